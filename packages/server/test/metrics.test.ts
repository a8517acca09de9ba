/**
 * `GET /metrics` as a Prometheus scraper sees it: requests counted by route pattern (never a
 * path with a reference in it) and status, complaints filed, rate-limit refusals; refused
 * without the token, absent without one; each server counting apart; and on PostgreSQL, the
 * connection pool's use.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { HEADERS } from '@civic-contact/contract';
import { busComplaint } from '@civic-contact/core/testing';
import { startServer, type RunningServer, type ServerOptions } from '@civic-contact/server';
import { freshDatabase } from './postgres.ts';

const TOKEN = 'metrics-token-for-the-tests';
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function server(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-metrics-'));
  dirs.push(dataDir);
  return startServer({ port: 0, host: '127.0.0.1', dataDir, site: false, elementsDir: null, proofOfWork: false, metricsToken: TOKEN, ...options });
}

async function scrape(running: RunningServer): Promise<string> {
  const response = await fetch(`${running.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Content-Type') ?? '', /^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of the sample `name` with exactly these labels, in any order; undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(/,(?=[a-z_]+=")/).filter(Boolean).sort().join(',');
    if (have === wanted) return Number(match[3]);
  }
  return undefined;
}

function complain(running: RunningServer, key: string): Promise<Response> {
  return fetch(`${running.url}/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HEADERS.siteKey]: 'pk_test_transport', [HEADERS.idempotencyKey]: key },
    body: JSON.stringify(busComplaint()),
  });
}

describe('the metrics', () => {
  test('count requests by route pattern and status, complaints filed (not their replays) and rate-limit refusals; each server its own', async () => {
    const hour = 3600;
    const running = await server({ limits: { writes: { complaint: { perClient: { limit: 1, windowSeconds: hour } } } } });
    const other = await server();
    try {
      const filed = await complain(running, 'first-complaint');
      assert.equal(filed.status, 201);
      const { reference } = (await filed.json()) as { reference: string };
      assert.equal((await complain(running, 'first-complaint')).status, 201, 'a replay of the same request');
      const refused = await complain(running, 'second-complaint');
      assert.equal(refused.status, 429, 'past the limit of one an hour');
      await refused.body?.cancel();
      const lookup = await fetch(`${running.url}/v1/tickets/${reference}`, { headers: { [HEADERS.siteKey]: 'pk_test_transport', [HEADERS.verifier]: 'not-the-verifier' } });
      await lookup.body?.cancel();
      await (await fetch(`${running.url}/v1/no-such-thing`, { headers: { [HEADERS.siteKey]: 'pk_test_transport' } })).body?.cancel();

      const text = await scrape(running);
      const requests = (route: string, status: number, method = 'POST') => sample(text, 'civic_contact_http_requests_total', { method, route, status: String(status) });
      assert.equal(requests('/v1/complaints', 201), 2);
      assert.equal(requests('/v1/complaints', 429), 1);
      assert.equal(requests('/v1/tickets/:reference', lookup.status, 'GET'), 1);
      assert.equal(requests('unmatched', 404, 'GET'), 1);
      assert.equal(sample(text, 'civic_contact_http_request_duration_seconds_count', { method: 'POST', route: '/v1/complaints', status: '201' }), 2);
      assert.equal(sample(text, 'civic_contact_http_request_duration_seconds_bucket', { method: 'POST', route: '/v1/complaints', status: '201', le: '+Inf' }), 2);
      assert.ok(!text.includes(reference), 'no reference reaches a label');
      assert.ok(!text.includes('no-such-thing'), 'no raw path reaches a label');
      assert.equal(sample(text, 'civic_contact_complaints_created_total', { ministry: 'transport' }), 1, 'the replay filed nothing');
      assert.equal(sample(text, 'civic_contact_rate_limit_refusals_total', { route: '/v1/complaints' }), 1);
      assert.ok(!text.includes('civic_contact_db_pool'), 'SQLite has no pool to report');

      const others = await scrape(other);
      assert.equal(sample(others, 'civic_contact_http_requests_total', { method: 'POST', route: '/v1/complaints', status: '201' }), undefined);
      assert.equal(sample(others, 'civic_contact_complaints_created_total', { ministry: 'transport' }), undefined);
    } finally {
      await Promise.all([running.close(), other.close()]);
    }
  });

  test('are refused without the token, and not served at all when the server has none', async () => {
    const running = await server();
    const unmetered = await server({ metricsToken: undefined });
    try {
      for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer not-the-token' }, { Authorization: TOKEN }, { [HEADERS.siteKey]: 'pk_test_transport' }]) {
        const response = await fetch(`${running.url}/metrics`, { headers });
        assert.equal(response.status, 401);
        assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer realm="metrics"');
        assert.doesNotMatch(await response.text(), /civic_contact_/);
      }
      const absent = await fetch(`${unmetered.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(absent.status, 404);
      assert.doesNotMatch(await absent.text(), /civic_contact_/);
    } finally {
      await Promise.all([running.close(), unmetered.close()]);
    }
  });

  test('a token too short to keep them private is refused at start', async () => {
    await assert.rejects(server({ metricsToken: 'short' }), /at least 16 characters/);
  });

  test('the command line takes the token from METRICS_TOKEN, names the address it serves them at, and refuses a short one', async () => {
    const start = async (token: string) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-metrics-cli-'));
      dirs.push(dataDir);
      const child = spawn(process.execPath, ['--conditions=source', CLI, 'start', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PORT: '', DATA_DIR: '', DATABASE_URL: '', METRICS_TOKEN: token },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk;
        if (stdout.includes('Press Ctrl-C to stop.')) child.kill('SIGTERM');
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      return { code, stdout, stderr };
    };
    const started = await start(TOKEN);
    assert.match(started.stdout, /Metrics +http:\/\/127\.0\.0\.1:\d+\/metrics +\(Authorization: Bearer \$METRICS_TOKEN\)/);
    assert.doesNotMatch(started.stdout, new RegExp(TOKEN), 'the token itself is not printed');
    const refused = await start('short');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^METRICS_TOKEN must be at least 16 characters long/);
  });

  test('on PostgreSQL: the pool of connections, open, idle and waiting', async () => {
    const database = await freshDatabase();
    const running = await server({ databaseUrl: database.url, onError: () => {} });
    try {
      assert.equal((await complain(running, 'on-postgres')).status, 201);
      const text = await scrape(running);
      const open = sample(text, 'civic_contact_db_pool_connections');
      const idle = sample(text, 'civic_contact_db_pool_idle_connections');
      assert.ok(open !== undefined && open >= 1 && open <= 10, `connections open: ${open}`);
      assert.ok(idle !== undefined && idle >= 0 && idle <= open, `idle: ${idle}`);
      assert.equal(sample(text, 'civic_contact_db_pool_waiting_requests'), 0);
      assert.equal(sample(text, 'civic_contact_complaints_created_total', { ministry: 'transport' }), 1);
    } finally {
      await running.close();
      await database.drop();
    }
  });
});
