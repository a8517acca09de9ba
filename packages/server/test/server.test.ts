/**
 * What only the reference server does, tested on a real one (random port, temporary data
 * directory): HTTP headers, CORS per site key, keys made with the CLI, uploads streamed to
 * disk, data that outlives a restart, and the CLI's start command. The contract itself is
 * tested in contract.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { HEADERS, PROBLEM_TYPES, type ComplaintCreateRequest } from '@civic-contact/contract';
import { buildOpenApiDocument } from '@civic-contact/contract/openapi';
import { createClient, isAuthError, isValidationError } from '@civic-contact/sdk';
import { sha256Hex } from '@civic-contact/core';
import { createFaqSearch, loadFaqIndex } from '@civic-contact/core/faq-search';
import { startServer, type RunningServer } from '@civic-contact/server';
import { nodeSha256 } from '../src/node-sha256.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const SITE_DIR = fileURLToPath(new URL('../../../examples/ministry-site/', import.meta.url));
const TRANSPORT_ORIGIN = 'https://transport.example.gov';
const SERVICE = 'health-clinic-services';
const CLINIC_MAX_BYTES = 5 * 1024 * 1024;
/** Long enough for a slow CI machine; a condition that is met returns at once. */
const DEADLINE_MS = 20_000;

const temporaryDirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-contact-server-'));
  temporaryDirs.push(dir);
  return dir;
}
/** Shared by every CLI run of this file: the first compiles the modules, the others start in half the time. */
const compileCache = await temporaryDir();
after(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A server on a random port whose `close` fails if it met an unexpected error (one that reached a client as a 500). */
async function start(dataDir: string): Promise<RunningServer> {
  const unexpected: unknown[] = [];
  // Raw requests: no proof of work (its own cases are in proof-of-work.test.ts).
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, proofOfWork: false, onError: (error) => unexpected.push(error) });
  return {
    ...server,
    async close() {
      await server.close();
      assert.deepEqual(unexpected, [], 'no unexpected errors');
    },
  };
}

const complaint: ComplaintCreateRequest = {
  service: SERVICE,
  subject: 'Waited five hours at the clinic',
  description: 'I arrived at 8am with my daughter and we were only seen after 1pm.',
  answers: {
    clinic: 'castries',
    visit_date: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
    issues: ['long_wait'],
    details: 'Nobody told us how long the wait would be or why.',
  },
  citizen: { email: 'ana@example.com' },
};

function pdf(size?: number): Blob {
  const head = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
  return new Blob(size === undefined ? [head] : [head, new Uint8Array(size - head.length)]);
}

/** Polls `condition` until it holds; fails after the deadline. No fixed sleeps. */
async function waitUntil(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/* ------------------------------------------------------------------ the CLI as a child process */

interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** Runs the CLI from source, as `npm start` runs its build. PORT, HOST and DATA_DIR come only from `env`. */
function cli(args: string[], env: Record<string, string> = {}, cwd?: string): CliProcess {
  const { PORT: _port, HOST: _host, DATA_DIR: _dataDir, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=source', CLI, ...args], {
    env: { ...inherited, NODE_COMPILE_CACHE: compileCache, ...env },
    cwd: cwd ?? tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs a CLI command to its end. */
async function runCli(args: string[], env?: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = cli(args, env);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Starts `civic-contact-server start …` and answers the URL it prints once it is ready. */
async function startCli(args: string[], env?: Record<string, string>): Promise<CliProcess & { url: string }> {
  const run = cli(['start', ...args], env);
  let exitCode: number | null | undefined;
  void run.exited.then((code) => (exitCode = code));
  await waitUntil(() => {
    if (exitCode !== undefined) assert.fail(`the server exited with ${exitCode}: ${run.stderr()}`);
    return run.stdout().includes('Press Ctrl-C to stop.');
  }, 'the CLI has started the server');
  const url = /Example ministry site\s+(http:\/\/\S+?)\/\s/.exec(run.stdout())?.[1];
  assert.ok(url, `the CLI prints the site's URL:\n${run.stdout()}`);
  return { ...run, url };
}

async function stopCli(run: CliProcess): Promise<number | null> {
  run.child.kill('SIGINT');
  return run.exited;
}

/** Resident memory of a process, in bytes. */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) * 1024;
}

/* ------------------------------------------------------------------ tests */

describe('HTTP: headers, the OpenAPI document, the example site', () => {
  let server: RunningServer;
  before(async () => (server = await start(await temporaryDir())));
  after(() => server.close());

  const API_HEADERS = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  };

  test('every API response carries the security headers: answers, refusals, preflights, the OpenAPI document', async () => {
    const site = { [HEADERS.siteKey]: server.keys!.site['health']! };
    const json = { ...site, 'content-type': 'application/json', [HEADERS.idempotencyKey]: crypto.randomUUID() };
    const requests: Array<[string, string, RequestInit]> = [
      ['200', '/v1/services', { headers: site }],
      ['201', '/v1/complaints', { method: 'POST', headers: json, body: JSON.stringify(complaint) }],
      ['400', '/v1/complaints', { method: 'POST', headers: { ...json, [HEADERS.idempotencyKey]: crypto.randomUUID() }, body: '{' }],
      ['401', '/v1/services', {}],
      ['403', '/v1/services', { headers: { ...site, Origin: 'https://elsewhere.example' } }],
      ['404', '/v1/nothing-here', { headers: site }],
      ['413', '/v1/complaints', { method: 'POST', headers: { ...json, [HEADERS.idempotencyKey]: crypto.randomUUID() }, body: JSON.stringify({ ...complaint, description: 'x'.repeat(300_000) }) }],
      ['422', '/v1/complaints', { method: 'POST', headers: { ...json, [HEADERS.idempotencyKey]: crypto.randomUUID() }, body: '{}' }],
      ['204', '/v1/services', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } }],
      ['200', '/v1/openapi.json', {}],
    ];
    for (const [status, path, init] of requests) {
      const response = await fetch(`${server.url}${path}`, init);
      await response.body?.cancel();
      assert.equal(String(response.status), status, `${init.method ?? 'GET'} ${path}`);
      for (const [name, value] of Object.entries(API_HEADERS)) {
        assert.equal(response.headers.get(name), value, `${name} on ${init.method ?? 'GET'} ${path} (${status})`);
      }
    }
  });

  test('GET /v1/openapi.json is the document generated from the contract, readable from any origin without a key', async () => {
    const response = await fetch(`${server.url}/v1/openapi.json`, { headers: { Origin: 'https://docs.example' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^application\/json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await response.json(), buildOpenApiDocument());
  });

  test('every page of the example site is served with the strict site CSP, and so is a missing page', async () => {
    const pages = (await readdir(SITE_DIR, { recursive: true })).filter((name) => name.endsWith('.html'));
    assert.ok(pages.includes('index.html') && pages.includes('agent.html') && pages.includes('health/complaint.acf.html'));
    for (const path of ['/', ...pages.map((page) => `/${page}`), '/no-such-page.html']) {
      const response = await fetch(`${server.url}${path}`);
      const body = await response.text();
      assert.equal(response.status, path === '/no-such-page.html' ? 404 : 200, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
        assert.ok(csp.includes(directive), `${path}: ${directive} in ${csp}`);
      }
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      if (response.status === 200) {
        assert.match(response.headers.get('content-type')!, /^text\/html/, path);
        assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i, `${path} has no inline script for the CSP to block`);
      }
    }
  });

  test('the site’s own wording for the elements (strings-src) is served as JSON, revalidated by ETag', async () => {
    const response = await fetch(`${server.url}/strings/acf.json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const { acf } = (await response.json()) as { acf: Record<string, string> };
    assert.equal(acf['complaint-form.submit'], 'Voyé plent-lan');
    const again = await fetch(`${server.url}/strings/acf.json`, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  test('a body sent with its length is read whole and still checked: not UTF-8 is 400, not JSON is 400', async () => {
    const headers = { [HEADERS.siteKey]: server.keys!.site['health']!, 'content-type': 'application/json' };
    for (const body of [new Uint8Array([0x7b, 0xff, 0x7d]), new TextEncoder().encode('{"service":')]) {
      const response = await fetch(`${server.url}/v1/complaints`, { method: 'POST', headers: { ...headers, [HEADERS.idempotencyKey]: crypto.randomUUID() }, body });
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.match((await response.json()).detail, /UTF-8|JSON/);
    }
  });

  test('paths never leave the site folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2Fpackage.json', '/assets/..%2F..%2F..%2Fpackage.json']) {
      const response = await fetch(`${server.url}${path}`);
      const body = await response.text();
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(body, /workspaces/, path);
    }
  });
});

describe('the prebuilt FAQ index: the example site’s /assets/faq-index.json and the CLI’s faq-index', () => {
  let dataDir: string;
  let server: RunningServer;
  before(async () => {
    dataDir = await temporaryDir();
    server = await start(dataDir);
  });
  after(() => server.close());

  /** What `/v1/faq/search` answers for the example site's ministry. */
  const apiSearch = async (q: string, lang: string): Promise<unknown> => {
    const response = await fetch(`${server.url}/v1/faq/search?${new URLSearchParams({ q, lang })}`, { headers: { [HEADERS.siteKey]: server.keys!.site['transport']! } });
    assert.equal(response.status, 200);
    return response.json();
  };

  test('GET /assets/faq-index.json is the site ministry’s index: JSON, revalidated by ETag, answering as the API does', async () => {
    const response = await fetch(`${server.url}/assets/faq-index.json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const etag = response.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    const index = loadFaqIndex(await response.json());
    assert.equal(index.ministryId, 'transport');
    for (const [q, lang] of [['licence renewl', 'en'], ['licencia', 'es'], ['pothole', 'fr'], ['bus', 'es-MX']] as const) {
      assert.deepEqual(index.search(q, { lang }), await apiSearch(q, lang), `${q} (${lang})`);
    }

    const again = await fetch(`${server.url}/assets/faq-index.json`, { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const head = await fetch(`${server.url}/assets/faq-index.json`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), etag);
    assert.equal((await fetch(`${server.url}/assets/faq-index.json`, { method: 'POST' })).status, 405);
  });

  test('an FAQ changed in the database is in the next index served, under a new ETag', async () => {
    const first = await fetch(`${server.url}/assets/faq-index.json`);
    const etag = first.headers.get('etag')!;
    assert.equal(loadFaqIndex(await first.json()).search('zanzibar').total, 0);
    const [faq] = await server.storage.listFaqs('transport');
    await server.storage.transaction((tx) => tx.upsertFaq({ ...faq!, question: { ...faq!.question, en: 'Can I drive to Zanzibar with my licence?' } }));

    const changed = await fetch(`${server.url}/assets/faq-index.json`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const hits = loadFaqIndex(await changed.json()).search('zanzibar').hits;
    assert.deepEqual(hits.map((hit) => hit.id), [faq!.id]);
    assert.deepEqual(await apiSearch('zanzibar', 'en').then((body) => (body as { hits: { id: string }[] }).hits.map((hit) => hit.id)), [faq!.id]);
  });

  test('civic-contact-server faq-index writes a ministry’s index from the database, to stdout or --out', async () => {
    const printed = await runCli(['faq-index', '--ministry', 'civil-registry', '--data-dir', dataDir]);
    assert.equal(printed.code, 0, printed.stderr);
    const index = loadFaqIndex(JSON.parse(printed.stdout));
    assert.equal(index.ministryId, 'civil-registry');
    const expected = createFaqSearch(await server.storage.listFaqs('civil-registry'), (await server.storage.getMinistry('civil-registry'))!);
    for (const [q, lang] of [['birth certficate', 'en'], ['شهادة ميلاد', 'ar'], ['marriage', 'fr']] as const) {
      assert.deepEqual(index.search(q, { lang }), expected.search(q, { lang }), `${q} (${lang})`);
    }
    assert.ok(index.search('شهادة', { lang: 'ar' }).total > 0);

    const out = join(dataDir, 'health-faq-index.json');
    const written = await runCli(['faq-index', '--ministry', 'health', '--out', out, '--data-dir', dataDir]);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    assert.match(written.stderr, /Wrote the FAQ index of health \(\d+ FAQs; en, fr; \d+ KB\)/);
    assert.equal(loadFaqIndex(JSON.parse(await readFile(out, 'utf8'))).search('vaccination').hits[0]?.lang, 'en');
  });

  test('faq-index refuses an unknown ministry, a missing --ministry and a missing database, saying why', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['faq-index', '--ministry', 'fisheries', '--data-dir', dataDir], 2, /There is no ministry "fisheries". Known ministries: health, transport, civil-registry/],
      [['faq-index', '--data-dir', dataDir], 2, /--ministry ID/],
      [['faq-index', '--ministry', 'health', '--data-dir', join(dataDir, 'nothing-here')], 1, /There is no database at .*nothing-here/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [index, [args, code, message]] of cases.entries()) {
      assert.equal(runs[index]!.code, code, `${args.join(' ')}: ${runs[index]!.stderr}`);
      assert.match(runs[index]!.stderr, message);
      assert.equal(runs[index]!.stdout, '');
    }
    assert.equal(existsSync(join(dataDir, 'nothing-here')), false, 'no empty database made');
  });
});

describe('SHA-256 through node:crypto', () => {
  test('hashes exactly as core’s Web Crypto default does, strings (UTF-8) and bytes', async () => {
    for (const data of ['', 'sk_test_admin', 'createComplaint\n{"subject":"Élan — 😀"}', new Uint8Array([0, 1, 2, 255])]) {
      assert.equal(nodeSha256(data), await sha256Hex(data));
    }
  });
});

describe('CORS per site key, and keys made with the CLI', () => {
  let dataDir: string;
  let server: RunningServer;
  let transportKey: string;
  let transportKeyId: string;

  before(async () => {
    dataDir = await temporaryDir();
    server = await start(dataDir);
    // Made by the CLI beside the running server, on the same database.
    const created = await runCli(['keys', 'create', '--ministry', 'transport', '--origin', TRANSPORT_ORIGIN, '--data-dir', dataDir]);
    assert.equal(created.code, 0, created.stderr);
    transportKey = created.stdout.split('\n')[0]!;
    assert.match(transportKey, /^pk_/);
    transportKeyId = /Publishable key (\S+) for transport/.exec(created.stdout)![1]!;
  });
  after(() => server.close());

  const preflight = (origin: string, headers = 'x-site-key, content-type') =>
    fetch(`${server.url}/v1/complaints`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
    });

  test('a preflight from an origin some site key allows answers for it, with the headers a page may send (not Authorization)', async () => {
    const response = await preflight(TRANSPORT_ORIGIN, 'authorization, x-site-key');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), TRANSPORT_ORIGIN);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const header of ['content-type', 'x-site-key', 'idempotency-key', 'x-civic-verifier']) assert.ok(allowed.includes(header), header);
    assert.ok(!allowed.includes('authorization'), 'secret keys never come from a browser');
  });

  test('a request from an allowed origin with its key is answered, with Access-Control-Allow-Origin and Vary: Origin', async () => {
    const response = await fetch(`${server.url}/v1/services`, { headers: { Origin: TRANSPORT_ORIGIN, [HEADERS.siteKey]: transportKey } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), TRANSPORT_ORIGIN);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal(((await response.json()) as { ministry: { id: string } }).ministry.id, 'transport');

    // Through the SDK, as a page on that origin would use it.
    const fromTransportSite: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      request.headers.set('Origin', TRANSPORT_ORIGIN);
      return fetch(request);
    };
    const client = createClient({ baseUrl: server.url, siteKey: transportKey, fetch: fromTransportSite });
    assert.ok((await client.faq.search({ q: 'driving test' })).hits.length > 0);
  });

  test('the public figures answer a page on an allowed origin, cacheable for five minutes, one copy per origin and key', async () => {
    const response = await fetch(`${server.url}/v1/stats/public`, { headers: { Origin: TRANSPORT_ORIGIN, [HEADERS.siteKey]: transportKey } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), TRANSPORT_ORIGIN);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const vary = (response.headers.get('vary') ?? '').toLowerCase().split(/,\s*/);
    for (const header of ['origin', 'x-site-key', 'authorization']) assert.ok(vary.includes(header), `Vary: ${header}`);
    assert.equal(((await response.json()) as { ministryId: string }).ministryId, 'transport');
    const elsewhere = await fetch(`${server.url}/v1/stats/public`, { headers: { Origin: 'https://elsewhere.example', [HEADERS.siteKey]: transportKey } });
    assert.equal(elsewhere.status, 403);
    assert.equal(elsewhere.headers.get('cache-control'), 'no-store');
  });

  test('a site key used from an origin it does not allow is refused with 403 the page can read', async () => {
    // The health demo key allows only the server's own pages.
    const demoFromTransport = await fetch(`${server.url}/v1/services`, { headers: { Origin: TRANSPORT_ORIGIN, [HEADERS.siteKey]: server.keys!.site['health']! } });
    assert.equal(demoFromTransport.status, 403);
    assert.equal(demoFromTransport.headers.get('access-control-allow-origin'), TRANSPORT_ORIGIN);
    assert.match(((await demoFromTransport.json()) as { detail: string }).detail, /may not be used from https:\/\/transport\.example\.gov/);

    const transportFromElsewhere = await fetch(`${server.url}/v1/services`, { headers: { Origin: 'https://elsewhere.example', [HEADERS.siteKey]: transportKey } });
    assert.equal(transportFromElsewhere.status, 403);
    // No key allows that origin, but a refusal of the key carries no data: the page may read why.
    assert.equal(transportFromElsewhere.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
  });

  test('requests from the server’s own pages (Origin is its own origin) pass with the demo keys', async () => {
    const response = await fetch(`${server.url}/v1/services`, { headers: { Origin: server.url, [HEADERS.siteKey]: server.keys!.site['health']! } });
    assert.equal(response.status, 200);
    const post = await fetch(`${server.url}/v1/complaints`, {
      method: 'POST',
      headers: { Origin: server.url, [HEADERS.siteKey]: server.keys!.site['health']!, 'content-type': 'application/json' },
      body: JSON.stringify(complaint),
    });
    assert.equal(post.status, 201);
  });

  test('a secret key made with the CLI is stored only as a hash, works for agent endpoints, and stops working when revoked', async () => {
    const created = await runCli(['keys', 'create', '--ministry', 'health', '--secret', '--label', 'Reports robot', '--data-dir', dataDir]);
    assert.equal(created.code, 0, created.stderr);
    const secret = created.stdout.split('\n')[0]!;
    assert.match(secret, /^sk_[A-Za-z0-9_-]{20,}$/);
    const id = /Secret key (\S+) for health/.exec(created.stdout)![1]!;

    for (const file of ['civic-contact.db', 'civic-contact.db-wal']) {
      const path = join(dataDir, file);
      if (existsSync(path)) assert.ok(!(await readFile(path)).includes(secret), `${file} does not hold the secret`);
    }
    const db = new DatabaseSync(join(dataDir, 'civic-contact.db'), { readOnly: true });
    try {
      const row = db.prepare('SELECT * FROM secret_keys WHERE id = ?').get(id) as Record<string, unknown>;
      assert.equal(row['label'], 'Reports robot');
      assert.ok(!JSON.stringify(row).includes(secret));
      assert.match(String(row['hash']), /^[0-9a-f]{64}$/);
    } finally {
      db.close();
    }

    const agent = createClient({ baseUrl: server.url, secretKey: secret });
    await agent.agent.tickets.list();
    assert.equal((await agent.stats.get()).ministryId, 'health');

    const listed = await runCli(['keys', 'list', '--ministry', 'health', '--data-dir', dataDir]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`${id}\\s+secret\\s+health\\s+active\\s+Reports robot`));
    assert.ok(!listed.stdout.includes(secret), 'a listing never shows a secret');

    const revoked = await runCli(['keys', 'revoke', id, '--data-dir', dataDir]);
    assert.equal(revoked.code, 0, revoked.stderr);
    const error = await agent.agent.tickets.list().catch((e: unknown) => e);
    assert.ok(isAuthError(error), String(error));
    assert.equal(error.status, 401);
  });

  test('revoking the publishable key shuts its origin out of the data, saying why', async () => {
    const revoked = await runCli(['keys', 'revoke', transportKeyId, '--data-dir', dataDir]);
    assert.equal(revoked.code, 0, revoked.stderr);
    const response = await fetch(`${server.url}/v1/services`, { headers: { Origin: TRANSPORT_ORIGIN, [HEADERS.siteKey]: transportKey } });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('access-control-allow-origin'), TRANSPORT_ORIGIN);
    assert.match(((await response.json()) as { detail: string }).detail, /was revoked on \d{4}-\d{2}-\d{2} and no longer works/);
    // No key allows that origin any more: answers with data are not readable there.
    const health = await fetch(`${server.url}/v1/services`, { headers: { Origin: TRANSPORT_ORIGIN, [HEADERS.authorization]: `Bearer ${server.keys!.secret['health']!}` } });
    assert.equal(health.status, 200);
    assert.equal(health.headers.get('access-control-allow-origin'), null);
    await health.body?.cancel();
    const again = await runCli(['keys', 'revoke', transportKeyId, '--data-dir', dataDir]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /There is no active key/);
  });

  test('the CLI refuses keys it cannot make, saying why', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['keys', 'create', '--ministry', 'fisheries', '--origin', TRANSPORT_ORIGIN], /There is no ministry "fisheries". Known ministries: .*health/],
      [['keys', 'create', '--ministry', 'health'], /--origin/],
      [['keys', 'create', '--ministry', 'health', '--secret', '--origin', TRANSPORT_ORIGIN], /Secret keys are never used from web pages/],
      [['keys', 'create', '--ministry', 'health', '--origin', 'not a url'], /./],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli([...args, '--data-dir', dataDir])));
    for (const [index, [args, message]] of cases.entries()) {
      const run = runs[index]!;
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });
});

describe('uploads are streamed to disk, content-addressed', () => {
  let dataDir: string;
  let server: RunningServer;
  let site: ReturnType<typeof createClient>;
  const tmp = () => join(dataDir, 'attachments', 'tmp');
  /** Stored files, as `<sha[0..2]>/<sha>`. */
  async function stored(): Promise<string[]> {
    const root = join(dataDir, 'attachments');
    const shards = (await readdir(root)).filter((name) => name !== 'tmp');
    return (await Promise.all(shards.map(async (shard) => (await readdir(join(root, shard))).map((file) => `${shard}/${file}`)))).flat().sort();
  }
  const tmpIsEmpty = async () => (await readdir(tmp())).length === 0;

  before(async () => {
    dataDir = await temporaryDir();
    server = await start(dataDir);
    site = createClient({ baseUrl: server.url, siteKey: server.keys!.site['health']!, retry: false });
  });
  after(() => server.close());

  test('an accepted file is stored under attachments/<sha[0..2]>/<sha>; the same bytes twice are stored once', async () => {
    const bytes = new Uint8Array(await pdf(300_000).arrayBuffer());
    bytes[1000] = 42;
    const first = await site.attachments.upload({ service: SERVICE, file: new Blob([bytes]), filename: 'referral.pdf' });
    const second = await site.attachments.upload({ service: SERVICE, file: new Blob([bytes]), filename: 'copy.pdf' });
    assert.notEqual(first.id, second.id);
    assert.equal(second.sha256, first.sha256);
    const expected = `${first.sha256.slice(0, 2)}/${first.sha256}`;
    assert.deepEqual(await stored(), [expected]);
    assert.deepEqual(new Uint8Array(await readFile(join(dataDir, 'attachments', expected))), bytes);
    assert.ok(await tmpIsEmpty());
  });

  test('a file over the service’s limit is refused with 413 and leaves nothing behind', async () => {
    const before = await stored();
    const error = await site.attachments.upload({ service: SERVICE, file: pdf(CLINIC_MAX_BYTES + 1) }).catch((e: unknown) => e);
    assert.ok(isValidationError(error) && error.status === 413, String(error));
    assert.ok(await tmpIsEmpty(), 'no temporary file left');
    assert.deepEqual(await stored(), before);
  });

  test('a text file renamed .pdf is refused with 415 and leaves nothing behind', async () => {
    const before = await stored();
    const error = await site.attachments
      .upload({ service: SERVICE, file: new Blob(['Dear Minister, here are my notes.\n'.repeat(100)], { type: 'application/pdf' }), filename: 'letter.pdf' })
      .catch((e: unknown) => e);
    assert.ok(isValidationError(error) && error.status === 415, String(error));
    assert.ok(await tmpIsEmpty());
    assert.deepEqual(await stored(), before);
  });

  test('a multipart body without a service, or with two files, is refused with 400 and leaves nothing behind', async () => {
    const before = await stored();
    const withoutService = new FormData();
    withoutService.append('file', pdf(100_000), 'a.pdf');
    const twoFiles = new FormData();
    twoFiles.append('service', SERVICE);
    twoFiles.append('file', pdf(100_000), 'a.pdf');
    twoFiles.append('file', pdf(200_000), 'b.pdf');
    for (const body of [withoutService, twoFiles]) {
      const response = await fetch(`${server.url}/v1/attachments`, { method: 'POST', headers: { [HEADERS.siteKey]: server.keys!.site['health']! }, body });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { type: string }).type, PROBLEM_TYPES.badRequest);
    }
    assert.ok(await tmpIsEmpty());
    assert.deepEqual(await stored(), before);
  });

  test('an upload declaring more than the contact centre’s cap is answered 413 before its body is read', async () => {
    const total = 64 * 1024 * 1024;
    const outcome = await rawUpload(server.url, server.keys!.site['health']!, total, { declareLength: true });
    assert.ok(outcome.status === 413 || outcome.error, `refused: ${JSON.stringify(outcome)}`);
    assert.ok(outcome.sent < total / 2, `the body was not read to its end (${outcome.sent} of ${total} bytes sent)`);
    assert.ok(await tmpIsEmpty());
  });
});

interface UploadOutcome {
  status?: number;
  error?: string;
  /** Bytes of the body written before the server answered or hung up. */
  sent: number;
}

/**
 * Streams a multipart upload of a PDF of `size` bytes, from one reused buffer so the client's
 * memory stays flat, until the server answers or cuts the connection.
 */
function rawUpload(url: string, siteKey: string, size: number, options: { declareLength?: boolean } = {}): Promise<UploadOutcome> {
  const boundary = 'civic-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="service"\r\n\r\n${SERVICE}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const headers: Record<string, string | number> = { 'content-type': `multipart/form-data; boundary=${boundary}`, [HEADERS.siteKey]: siteKey };
  if (options.declareLength) headers['content-length'] = head.length + size + tail.length;
  const request = httpRequest(`${url}/v1/attachments`, { method: 'POST', headers });
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  return new Promise((resolve) => {
    const outcome: UploadOutcome = { sent: 0 };
    request.on('response', (response) => {
      outcome.status = response.statusCode;
      response.resume();
    });
    request.on('error', (error) => (outcome.error = error.message));
    request.on('close', () => resolve({ ...outcome, sent }));
    const write = () => {
      while (sent < size && !request.destroyed && outcome.status === undefined) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', write);
      }
      if (!request.destroyed) request.end(tail);
    };
    request.write(head);
    write();
  });
}

describe('data outlives a restart on the same data directory', () => {
  test('tickets, attachments and keys are still there; the seed is loaded once', async () => {
    const dataDir = await temporaryDir();
    const first = await start(dataDir);
    const counts = async (server: RunningServer) => {
      const ministries = await server.storage.listMinistries();
      const perMinistry = await Promise.all(
        ministries.map(async (m) => [m.id, (await server.storage.listServices(m.id)).length, (await server.storage.listFaqs(m.id)).length]),
      );
      return { ministries: ministries.length, perMinistry };
    };
    const seeded = await counts(first);
    assert.equal(seeded.ministries, 3);
    const site = createClient({ baseUrl: first.url, siteKey: first.keys!.site['health']! });
    const { reference } = await site.complaints.create(complaint);
    const attachment = await site.attachments.upload({ service: SERVICE, file: pdf() });
    const faq = (await site.faq.search({ q: 'vaccination' })).hits[0]!;
    await first.close();

    const second = await start(dataDir);
    try {
      assert.deepEqual(await counts(second), seeded, 'the seed was not loaded a second time');
      const again = createClient({ baseUrl: second.url, siteKey: second.keys!.site['health']! });
      assert.equal((await again.tickets.get(reference, { verifier: 'ana@example.com' })).reference, reference);
      const filed = await again.complaints.create({ ...complaint, attachments: [attachment.id] });
      const agent = createClient({ baseUrl: second.url, secretKey: second.keys!.secret['health']! });
      assert.equal((await agent.agent.tickets.get(filed.reference)).attachments[0]?.sha256, attachment.sha256);
      const { items } = await agent.agent.tickets.list();
      assert.deepEqual(items.map((item) => item.reference).sort(), [reference, filed.reference].sort());
      assert.deepEqual((await again.faq.search({ q: 'vaccination' })).hits[0], faq, 'the search index is the same');
    } finally {
      await second.close();
    }
  });

  test('a demo key revoked with the CLI stays revoked after a restart', async () => {
    const dataDir = await temporaryDir();
    const first = await start(dataDir);
    await first.close();
    const revoked = await runCli(['keys', 'revoke', 'key_secret_admin', '--data-dir', dataDir]);
    assert.equal(revoked.code, 0, revoked.stderr);
    const second = await start(dataDir);
    try {
      const response = await fetch(`${second.url}/v1/stats`, { headers: { Authorization: `Bearer ${second.keys!.admin}` } });
      assert.equal(response.status, 401, 'the publicly known demo admin key must not come back to life');
      const health = await fetch(`${second.url}/v1/stats`, { headers: { Authorization: `Bearer ${second.keys!.secret['health']!}` } });
      assert.equal(health.status, 200);
    } finally {
      await second.close();
    }
  });
});

describe('the CLI’s start command', () => {
  test('--port and --data-dir: prints the URL and the demo keys, serves, and stops cleanly on SIGINT', async () => {
    const dataDir = await temporaryDir();
    const run = await startCli(['--port', '0', '--data-dir', dataDir]);
    const output = run.stdout();
    for (const key of ['pk_test_health', 'pk_test_transport', 'pk_test_civil-registry', 'sk_test_health', 'sk_test_admin']) {
      assert.ok(output.includes(key), `prints ${key}`);
    }
    assert.ok(output.includes(join(dataDir, 'civic-contact.db')), 'prints where the database is');
    assert.match(run.url, /^http:\/\/localhost:\d+$/);
    assert.notEqual(run.url, 'http://localhost:0');

    const site = createClient({ baseUrl: run.url, siteKey: 'pk_test_health' });
    assert.equal((await site.services.list()).ministry.id, 'health');
    const page = await fetch(`${run.url}/`);
    assert.equal(page.status, 200);
    await page.body?.cancel();

    assert.equal(await stopCli(run), 0);
    assert.match(run.stdout(), /Stopped\.\s*$/);
    assert.equal(run.stderr(), '');
    assert.ok(existsSync(join(dataDir, 'civic-contact.db')));
  });

  test('PORT and DATA_DIR set the same', async () => {
    const dataDir = await temporaryDir();
    const run = await startCli(['--host', '127.0.0.1'], { PORT: '0', DATA_DIR: dataDir });
    try {
      assert.match(run.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(run.stdout().includes(join(dataDir, 'civic-contact.db')));
      const response = await fetch(`${run.url}/v1/services`, { headers: { [HEADERS.siteKey]: 'pk_test_transport' } });
      assert.equal(response.status, 200);
    } finally {
      assert.equal(await stopCli(run), 0);
    }
    assert.ok(existsSync(join(dataDir, 'civic-contact.db')));
  });

  test('a port already in use gives one clear line and exit code 1', async () => {
    const busy = await start(await temporaryDir());
    try {
      const run = await runCli(['start', '--port', String(busy.port), '--host', '127.0.0.1', '--data-dir', await temporaryDir()]);
      assert.equal(run.code, 1);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, new RegExp(`Port ${busy.port} is already in use`));
      assert.match(lines[0]!, /PORT=|--port/);
    } finally {
      await busy.close();
    }
  });

  test('a huge upload past the cap is cut off without the server holding it in memory', async () => {
    const dataDir = await temporaryDir();
    const run = await startCli(['--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir]);
    try {
      const size = 1024 * 1024 * 1024;
      const pid = run.child.pid!;
      const baseline = await rssOf(pid);
      let peak = baseline;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, await rssOf(pid));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      // No Content-Length: the server learns the size only by reading.
      const outcome = await rawUpload(run.url, 'pk_test_health', size);
      sampling = false;
      await sampler;

      // The server answers 413 as soon as the cap is passed and hangs up; a client still
      // sending may see only the hang-up.
      assert.ok(outcome.status === 413 || /EPIPE|ECONNRESET/.test(outcome.error ?? ''), JSON.stringify(outcome));
      assert.ok(outcome.sent < 64 * 1024 * 1024, `cut off after ${outcome.sent >> 20} MB of ${size >> 20} MB`);
      assert.ok(peak - baseline < 160 * 1024 * 1024, `memory grew by ${(peak - baseline) >> 20} MB while ${outcome.sent >> 20} MB arrived`);
      await waitUntil(async () => (await readdir(join(dataDir, 'attachments', 'tmp'))).length === 0, 'the partial file is deleted');
      assert.deepEqual((await readdir(join(dataDir, 'attachments'))).filter((name) => name !== 'tmp'), [], 'nothing was stored');

      const still = await fetch(`${run.url}/v1/services`, { headers: { [HEADERS.siteKey]: 'pk_test_health' } });
      assert.equal(still.status, 200, 'the server carries on');
    } finally {
      assert.equal(await stopCli(run), 0);
    }
  });
});
