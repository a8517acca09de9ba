/**
 * The proof of work on the reference server as it starts by default, and what only the
 * server adds to it: challenges harder for one client address that keeps asking, CORS for
 * the header, the CLI's setting. The contract's cases (single use, the same request's retry,
 * expiry, another ministry's proof) run against the server and the mock alike, in
 * contract.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS, PROBLEM_TYPES, type Challenge, type ComplaintCreateRequest } from '@civic-contact/contract';
import { DEFAULT_MAX_NUMBER } from '@civic-contact/core';
import { createClient } from '@civic-contact/sdk';
import { startServer, type RunningServer } from '@civic-contact/server';
import { clinicComplaint } from '@civic-contact/core/testing';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const complaint = clinicComplaint() as ComplaintCreateRequest;

describe('proof of work on the reference server', () => {
  let server: RunningServer;
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-pow-'));
    // As it starts by default, but for the trusted proxy that lets a test speak for two addresses.
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false, elementsDir: null, trustProxy: '127.0.0.1' });
  });
  after(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const siteKey = () => server.keys!.site['health']!;
  const challenge = async (address: string): Promise<Challenge> => {
    const response = await fetch(`${server.url}/v1/challenge`, { headers: { [HEADERS.siteKey]: siteKey(), 'X-Forwarded-For': address } });
    assert.equal(response.status, 200);
    return (await response.json()) as Challenge;
  };

  test('by default a site key’s complaint needs a proof: refused without one, filed with the one the SDK solves; a secret key needs none', async () => {
    const refused = await fetch(`${server.url}/v1/complaints`, {
      method: 'POST',
      headers: { [HEADERS.siteKey]: siteKey(), 'Content-Type': 'application/json' },
      body: JSON.stringify(complaint),
    });
    assert.equal(refused.status, 400);
    assert.equal(((await refused.json()) as { type: string }).type, PROBLEM_TYPES.proofRequired);

    const proofs: Array<string | null> = [];
    const watching: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') proofs.push(request.headers.get(HEADERS.proof));
      return fetch(request);
    };
    const site = createClient({ baseUrl: server.url, siteKey: siteKey(), fetch: watching });
    site.prepareProof();
    const { reference } = await site.complaints.create(complaint);
    assert.match(reference, /^MOH-/);
    assert.equal(proofs.length, 1);
    assert.ok(proofs[0], 'the complaint carried its proof');

    const desk = createClient({ baseUrl: server.url, secretKey: server.keys!.secret['health']!, fetch: watching });
    await desk.complaints.create({ ...complaint, channel: 'phone' });
    assert.equal(proofs[1], null);
  });

  test('the difficulty is the default, and doubles for an address that keeps asking, not for another', async () => {
    const first = await challenge('198.51.100.7');
    assert.equal(first.maxnumber, DEFAULT_MAX_NUMBER);
    for (let i = 1; i < 20; i++) await challenge('198.51.100.7');
    assert.equal((await challenge('198.51.100.7')).maxnumber, DEFAULT_MAX_NUMBER * 2);
    assert.equal((await challenge('203.0.113.9')).maxnumber, DEFAULT_MAX_NUMBER);
  });

  test('a ministry page on another origin may send the proof: the preflight allows its header', async () => {
    const preflight = await fetch(`${server.url}/v1/complaints`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://health.example.gov', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-civic-proof' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /\bX-Civic-Proof\b/);
  });
});

test('the CLI refuses a proof-of-work difficulty that is not a whole number, saying what it takes', async () => {
  const child = spawn(process.execPath, ['--conditions=source', CLI, 'start', '--proof-of-work-difficulty', 'hard'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.equal(code, 2);
  assert.match(stderr, /proof-of-work difficulty "hard" is not a whole number from 0 \(no proof of work\)/);
});
