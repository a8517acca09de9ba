#!/usr/bin/env node
/**
 * `npm run bench:server`: complaint creations per second and p50/p99 latency of the
 * reference server, beside two floors measured in the same run (issue 4):
 *
 *   complaints    POST /v1/complaints on the real server: fresh temporary data directory,
 *                 SQLite file, seed data, real validation, a new Idempotency-Key each time
 *   trivial       GET /v1/faq/transport-001 on the same server: the cheapest call that still
 *                 goes through its whole normal path (Hono, security headers, key check, reads)
 *   bare          POST /v1/complaints on bench/bare-server.mjs: node:http + node:sqlite
 *                 doing the same inserts in one transaction, no framework, no validation
 *   bare-trivial  GET /health on the bare server (shows what the framework path costs)
 * and, with `--db postgres`, the first two again with the real server on PostgreSQL:
 *   complaints-pg, trivial-pg   a throwaway cluster (scripts/postgres.mjs: fsync off, as SQLite's
 *                               WAL NORMAL does not sync each commit either), a fresh database
 *
 * Each server runs in a child process of its own (the load generator is this process), on
 * 127.0.0.1 only, one at a time. Each scenario: a warm-up, then a measured run, with
 * autocannon, 50 connections. Only the expected status (201, or 200 for the trivial ones)
 * counts as a success; anything else, a connection error or a timeout fails the run loudly
 * (exit code 1), and so does a database holding fewer tickets than 201s were received (a
 * replayed Idempotency-Key would inflate the rate). Missing the targets does not: this
 * script reports, it is not a test. Rates count successes only; latencies are whole ms.
 *
 * Options (flag, or environment variable):
 *   --duration <s>      BENCH_DURATION     measured seconds per scenario (default 10)
 *   --warmup <s>        BENCH_WARMUP       warm-up seconds per scenario (default 2)
 *   --connections <n>   BENCH_CONNECTIONS  concurrent connections (default 50)
 *   --db <sqlite|postgres>                 postgres adds the PostgreSQL scenarios (default sqlite)
 *   --only <a,b>                           run only these scenarios
 *   --cpu-prof <dir>                       write a V8 CPU profile of each server to <dir>
 *   --json                                 print the results as JSON instead of a table
 *                                          (`npm run -s bench:server -- --json`: -s keeps
 *                                          npm's banner out of stdout)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// The machine's Node 20 has no node:sqlite (nor type stripping for the servers): hand over to
// the Node 24 that npm installed.
const sqlite = await import('node:sqlite').catch(() => null);
if (sqlite === null) {
  const node24 = join(root, 'node_modules', '.bin', 'node');
  const run = spawnSync(node24, ['--conditions=source', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) console.error(`Cannot run ${node24} (run npm ci first): ${run.error.message}`);
  process.exit(run.status ?? 1);
}

const { DatabaseSync } = sqlite;
const { default: autocannon } = await import('autocannon');

/**
 * The trivial endpoint of the real server: one FAQ article (~0.7 KB). It takes the normal
 * path — Hono, security headers, site-key check, the ministry read, the cached FAQ index —
 * and is the cheapest call that answers 200; `GET /v1/services` answers ~22 KB, and
 * `/v1/openapi.json` is served before the API, outside that path.
 */
const TRIVIAL_PATH = '/v1/faq/transport-001';
const SITE_KEY = 'pk_test_transport';
const TARGETS = { rateRatio: 0.75, p99Ratio: 1.5 };
const SCENARIOS = ['complaints', 'trivial', 'bare', 'bare-trivial', 'complaints-pg', 'trivial-pg'];
const POSTGRES_SCENARIOS = ['complaints-pg', 'trivial-pg'];

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    db: { type: 'string', default: 'sqlite' },
    'cpu-prof': { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log('Usage: npm run bench:server -- [--duration s] [--warmup s] [--connections n] [--db sqlite|postgres] [--only a,b] [--cpu-prof dir] [--json]');
  console.log(`Scenarios: ${SCENARIOS.join(', ')}`);
  process.exit(0);
}

function positiveNumber(name, value, fallback, { integer = false, zeroAllowed = false } = {}) {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || (number === 0 && !zeroAllowed) || (integer && !Number.isInteger(number))) {
    console.error(`--${name} must be a ${integer ? 'whole ' : ''}number ${zeroAllowed ? '≥ 0' : '> 0'}, not "${value}".`);
    process.exit(2);
  }
  return number;
}

const config = {
  connections: positiveNumber('connections', flags.connections ?? process.env.BENCH_CONNECTIONS, 50, { integer: true }),
  durationSeconds: positiveNumber('duration', flags.duration ?? process.env.BENCH_DURATION, 10),
  warmupSeconds: positiveNumber('warmup', flags.warmup ?? process.env.BENCH_WARMUP, 2, { zeroAllowed: true }),
};
if (flags.db !== 'sqlite' && flags.db !== 'postgres') {
  console.error(`--db is sqlite or postgres, not "${flags.db}".`);
  process.exit(2);
}
const withPostgres = flags.db === 'postgres';
const only = flags.only
  ? flags.only.split(',').map((s) => s.trim()).filter(Boolean)
  : SCENARIOS.filter((name) => withPostgres || !POSTGRES_SCENARIOS.includes(name));
for (const name of only) {
  if (!SCENARIOS.includes(name)) {
    console.error(`Unknown scenario "${name}": choose from ${SCENARIOS.join(', ')}.`);
    process.exit(2);
  }
}
const profileDir = flags['cpu-prof'] === undefined ? null : resolve(flags['cpu-prof']);
const log = (line) => process.stderr.write(`${line}\n`);

/* ------------------------------------------------------------------ cleanup */

const workDir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

// Last resort when this process ends without the orderly stops below (an exception, Ctrl-C).
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`\n${signal}: stopping.`);
    process.exit(130);
  });
}

/* ------------------------------------------------------------------ servers */

/**
 * Starts `script <dataDir>` in a child process and waits for its `{ url }` line.
 * @returns {Promise<{ url: string, dataDir: string, stop: () => Promise<void> }>}
 */
async function startChild(name, script, env = {}) {
  const dataDir = join(workDir, name);
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}-\${pid}.cpuprofile`] : [];
  const child = spawn(process.execPath, ['--conditions=source', ...profiling, join(root, 'bench', script), dataDir], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.add(child);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    new Promise((done) => lines.once('line', done)),
    exited.then(({ code, signal }) => {
      throw new Error(`${script} exited (${signal ?? `code ${code}`}) before listening; its errors are above.`);
    }),
    new Promise((_, fail) => setTimeout(() => fail(new Error(`${script} did not start within 60 s.`)), 60_000).unref()),
  ]);
  const { url } = JSON.parse(first);
  // Never aim load anywhere but this machine's loopback.
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`${script} listens on ${url}, not on 127.0.0.1.`);
  lines.on('line', (line) => log(`[${name}] ${line}`));
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const { code, signal } = await exited;
      clearTimeout(timer);
      children.delete(child);
      if (code !== 0) log(`${script} ended with ${signal ?? `code ${code}`}.`);
    },
  };
}

/* ------------------------------------------------------------------ load */

/** A body the transport ministry's bus service accepts (packages/core/test/fixtures.ts, busComplaint). */
function complaintBody() {
  const lastWeek = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return JSON.stringify({
    service: 'transport-bus-service',
    subject: 'Bus 12 skipped my stop',
    description: 'The 7:40 bus drove past the stop on Main Street without stopping.',
    answers: { issue: 'skipped_stop', route: '12', incident_date: lastWeek, details: 'This is the third time this month it happened.' },
    citizen: { email: 'rider@example.org' },
  });
}

const runId = `${process.pid.toString(36)}${Date.now().toString(36)}`;
let requestCounter = 0;

/**
 * One autocannon run. `unique` gives every request its own Idempotency-Key.
 * @returns {Promise<{ result: any, unexpected: { status: number, body: string }[] }>}
 */
async function load(url, request, seconds) {
  const unexpected = [];
  const baseHeaders = request.headers ?? {};
  const result = await autocannon({
    url,
    connections: config.connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: baseHeaders,
        body: request.body,
        // autocannon rebuilds the request each time only when there is a setupRequest at all.
        ...(request.unique && {
          setupRequest: (req) => ({ ...req, headers: { ...baseHeaders, 'Idempotency-Key': `bench-${runId}-${++requestCounter}` } }),
        }),
        onResponse: (status, body) => {
          if (status !== request.expect && unexpected.length < 3) unexpected.push({ status, body: String(body).slice(0, 500) });
        },
      },
    ],
  });
  return { result, unexpected };
}

/** Warm-up (discarded, but it must succeed too), then the measured run. */
async function measure(name, url, request) {
  let warmedUp = 0;
  if (config.warmupSeconds > 0) {
    log(`${name}: warming up ${config.warmupSeconds} s…`);
    const warm = await load(url, request, config.warmupSeconds);
    const summary = summarise(name, request, warm.result, warm.unexpected);
    if (!summary.ok) return { ...summary, failedIn: 'warm-up' };
    warmedUp = summary.successes;
  }
  log(`${name}: measuring ${config.durationSeconds} s…`);
  const { result, unexpected } = await load(url, request, config.durationSeconds);
  const summary = summarise(name, request, result, unexpected);
  return { ...summary, created: request.unique ? warmedUp + summary.successes : 0 };
}

function summarise(name, request, result, unexpected) {
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const successes = statusCodes[request.expect] ?? 0;
  const total = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  return {
    name,
    request: `${request.method} ${request.path}`,
    server: request.server,
    expectedStatus: request.expect,
    durationSeconds: result.duration,
    successes,
    requestsPerSecond: successes / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    unexpectedResponses: total - successes,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    samples: unexpected,
    ok: total === successes && result.errors === 0 && result.timeouts === 0 && successes > 0,
  };
}

const complaintRequest = (server) => ({
  server,
  method: 'POST',
  path: '/v1/complaints',
  headers: { 'Content-Type': 'application/json', 'X-Site-Key': SITE_KEY },
  body: complaintBody(),
  unique: true,
  expect: 201,
});

/* ------------------------------------------------------------------ databases */

/** Counts the tickets of a server's SQLite file, `file` in its data directory. */
const sqliteTickets = (file) => async (dataDir) => {
  const db = new DatabaseSync(join(dataDir, file), { readOnly: true });
  try {
    return Number(db.prepare('SELECT COUNT(*) AS n FROM tickets').get().n);
  } finally {
    db.close();
  }
};

/**
 * A throwaway PostgreSQL cluster (stopped when this process ends) and a fresh database in it,
 * for the server's PostgreSQL scenarios; and how to count its tickets.
 */
async function postgresDatabase() {
  const { startPostgres } = await import('../scripts/postgres.mjs');
  const { default: pg } = await import('pg');
  log('Starting a throwaway PostgreSQL cluster…');
  const cluster = await startPostgres();
  process.on('exit', () => cluster.stop());
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE civic_bench');
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, '/civic_bench');
  return {
    url,
    async countTickets() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query('SELECT COUNT(*)::integer AS n FROM tickets')).rows[0].n;
      } finally {
        await client.end();
      }
    },
  };
}

/* ------------------------------------------------------------------ run */

const results = [];
/** Failures found after the load: stored tickets that do not match the 201s received. */
const problems = [];
const wanted = (name) => only.includes(name);

/**
 * Runs the wanted scenarios against one server, then checks its database: every 201 must be
 * one new ticket. A repeated Idempotency-Key would be answered 201 from the stored response
 * without a new ticket, and would make the rate look better than it is. A run's last
 * requests (at most one per connection) are cut off uncounted but still stored.
 */
async function withServer(name, script, countTickets, scenarios, env = {}) {
  const todo = scenarios.filter(([scenario]) => wanted(scenario));
  if (todo.length === 0) return;
  log(`Starting ${script}${env.BENCH_DATABASE_URL ? ' on PostgreSQL' : ''}…`);
  const server = await startChild(name, script, env);
  const ran = [];
  try {
    for (const [scenario, request] of todo) ran.push(await measure(scenario, server.url, request));
  } finally {
    await server.stop();
    results.push(...ran);
    try {
      const created = ran.reduce((sum, r) => sum + (r.created ?? 0), 0);
      if (created > 0 && ran.every((r) => r.ok)) {
        const runs = ran.filter((r) => r.created > 0).length * (config.warmupSeconds > 0 ? 2 : 1);
        const cutOff = runs * config.connections;
        const stored = await countTickets(server.dataDir);
        if (stored < created || stored > created + cutOff) {
          problems.push(`${script}: ${created} complaints answered 201 (+ at most ${cutOff} cut off), but ${stored} tickets are stored.`);
        }
      }
    } finally {
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
}

let exitCode = 0;
try {
  await withServer('bare', 'bare-server.mjs', sqliteTickets('bare.db'), [
    ['bare', complaintRequest('bare')],
    ['bare-trivial', { server: 'bare', method: 'GET', path: '/health', expect: 200 }],
  ]);
  await withServer('server', 'run-server.mjs', sqliteTickets('civic-contact.db'), [
    ['trivial', { server: 'real', method: 'GET', path: TRIVIAL_PATH, headers: { 'X-Site-Key': SITE_KEY }, expect: 200 }],
    ['complaints', complaintRequest('real')],
  ]);
  if (POSTGRES_SCENARIOS.some(wanted)) {
    const database = await postgresDatabase();
    await withServer(
      'server-pg',
      'run-server.mjs',
      database.countTickets,
      [
        ['trivial-pg', { server: 'real-pg', method: 'GET', path: TRIVIAL_PATH, headers: { 'X-Site-Key': SITE_KEY }, expect: 200 }],
        ['complaints-pg', complaintRequest('real-pg')],
      ],
      { BENCH_DATABASE_URL: database.url },
    );
  }
} catch (error) {
  log(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
}

const byName = Object.fromEntries(results.map((r) => [r.name, r]));
const ratios = [];
for (const [scenario, label] of [
  ['complaints', 'complaint'],
  ['complaints-pg', 'complaint (PostgreSQL)'],
]) {
  if (!byName[scenario]?.ok || !byName.bare?.ok) continue;
  const rate = byName[scenario].requestsPerSecond / byName.bare.requestsPerSecond;
  const p99 = byName[scenario].latencyMs.p99 / byName.bare.latencyMs.p99;
  ratios.push({ name: `${label} rate ÷ bare rate`, value: rate, target: `≥ ${TARGETS.rateRatio}`, pass: rate >= TARGETS.rateRatio });
  ratios.push({ name: `${label} p99 ÷ bare p99`, value: p99, target: `≤ ${TARGETS.p99Ratio}`, pass: p99 <= TARGETS.p99Ratio });
}
const failed = results.filter((r) => !r.ok);
if (failed.length > 0 || problems.length > 0) exitCode = 1;

if (flags.json) {
  const environment = { node: process.version, cpus: availableParallelism(), platform: `${process.platform}-${process.arch}` };
  console.log(JSON.stringify({ config: { ...config, trivialPath: TRIVIAL_PATH }, environment, scenarios: results, ratios, problems }, null, 2));
} else if (results.length > 0) {
  printTable();
}
for (const problem of problems) log(`\nFAILED: ${problem}`);
for (const r of failed) {
  log(`\nFAILED: ${r.name} (${r.request}${r.failedIn ? `, ${r.failedIn}` : ''}) expected only ${r.expectedStatus}: status codes ${JSON.stringify(r.statusCodes)}, ` +
    `${r.errors} connection errors, ${r.timeouts} timeouts.`);
  for (const sample of r.samples) log(`  ${sample.status} ${sample.body}`);
}
if (profileDir && results.length > 0) log(`\nCPU profiles in ${profileDir} (open them in Chrome DevTools → Performance).`);
process.exit(exitCode);

function printTable() {
  const number = (n) => Math.round(n).toLocaleString('en-US');
  const rows = [['scenario', 'request', 'server', 'req/s', 'p50 ms', 'p99 ms', 'other']];
  for (const r of results) {
    rows.push([r.name, r.request, r.server, number(r.requestsPerSecond), String(r.latencyMs.p50), String(r.latencyMs.p99), r.ok ? '0' : `${r.unexpectedResponses + r.errors + r.timeouts} !`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const right = new Set([3, 4, 5, 6]);
  console.log(
    `\nserver bench: ${config.connections} connections, ${config.warmupSeconds} s warm-up + ${config.durationSeconds} s per scenario, ` +
      `Node ${process.version}, ${availableParallelism()} CPUs, 127.0.0.1\n`,
  );
  for (const row of rows) console.log(row.map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
  console.log('\n"other": responses with another status, connection errors and timeouts (any fails the run).');
  if (ratios.length > 0) {
    console.log('');
    for (const r of ratios) console.log(`${r.name.padEnd(41)} ${r.value.toFixed(2).padStart(6)}  target ${r.target.padEnd(6)} ${r.pass ? 'PASS' : 'MISS'}`);
  }
}
