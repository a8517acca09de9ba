#!/usr/bin/env node
/**
 * `npm run bench:stats`: latency of `GET /v1/stats/public` at national scale (issue 15: "one
 * year at a million tickets across 40 ministries, p95 under 200 ms on this machine"), beside
 * a baseline measured in the same run.
 *
 * The database: the demo seed's three ministries and 37 copies of them (40 ministries, each
 * with the 5 or 6 services of the one it copies, an urgent one among health's; the copies in
 * six time zones, Kolkata's +5:30 and Kathmandu's +5:45 among them), and one year of tickets up
 * to the day it was made (1,000,000 by default) spread over services (some busier), channels
 * and mostly working hours: 90 % answered, 70–95 % resolved depending on the ministry, about a
 * third of the resolved ones rated.
 * It is written straight into the server's own schema, not through the API: one prepared
 * INSERT per row in large transactions into the schema as of migration 3, then the server's
 * remaining migrations build the public figures' indexes and counts in bulk, as on a server
 * upgraded with a year of data. It is kept in the data directory for the next run:
 * `--rebuild` makes it again.
 *
 * Then the reference server runs on it in a child process (bench/run-server.mjs, 127.0.0.1
 * only) and this process times sequential requests, one at a time, over one keep-alive
 * connection:
 *
 *   trivial         GET /v1/faq/transport-001: the baseline of bench:server, the cheapest call
 *                   that takes the whole normal path
 *   ministry-year   one ministry's figures for 366 days (New York's, its own site key)
 *   all-year        every ministry's figures together for 366 days (`ministry=all`)
 *   ministry-12w    one ministry, 12 weeks (the default period's length)
 *   all-12w         every ministry, 12 weeks
 *
 * Each stats scenario runs cold (every request a period not asked before, ending one day
 * earlier each time, so the server's answer cache cannot help) and warm (the same request
 * again, answered from that cache). Latencies are p50/p95/p99/max in ms; each scenario's p95
 * is also given as a multiple of the trivial request's. Anything but a 200 fails the run
 * (exit code 1); missing the target does not: this script reports, it is not a test.
 *
 * Options (flag, or environment variable):
 *   --tickets <n>       BENCH_TICKETS      tickets to generate (default 1000000)
 *   --data <dir>        BENCH_STATS_DATA   where the database is kept between runs
 *                                          (default <tmpdir>/civic-bench-stats)
 *   --rebuild                              make the database again even if one is there
 *   --cold <n>                             cold requests per scenario (default 30)
 *   --warm <n>                             warm requests per scenario (default 200)
 *   --json                                 print the results as JSON instead of a table
 *                                          (`npm run -s bench:stats -- --json`)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runOnNode24 } from './node-24.mjs';

runOnNode24(import.meta.url);
const { DatabaseSync } = await import('node:sqlite');
const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Bumped whenever the generated data changes, so a kept database of another shape is made again. */
const GENERATOR_VERSION = 1;
const MINISTRIES = 40;
const TARGET_P95_MS = 200;
const SITE_KEY = 'pk_test_transport';
const TRIVIAL_PATH = '/v1/faq/transport-001';

const { values: flags } = parseArgs({
  options: {
    tickets: { type: 'string' },
    data: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    cold: { type: 'string' },
    warm: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log('Usage: npm run bench:stats -- [--tickets n] [--data dir] [--rebuild] [--cold n] [--warm n] [--json]');
  process.exit(0);
}

function positiveInteger(name, value, fallback) {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`--${name} must be a whole number > 0, not "${value}".`);
    process.exit(2);
  }
  return number;
}

const config = {
  tickets: positiveInteger('tickets', flags.tickets ?? process.env.BENCH_TICKETS, 1_000_000),
  cold: positiveInteger('cold', flags.cold, 30),
  warm: positiveInteger('warm', flags.warm, 200),
  dataDir: resolve(flags.data ?? process.env.BENCH_STATS_DATA ?? join(tmpdir(), 'civic-bench-stats')),
};
const log = (line) => process.stderr.write(`${line}\n`);

/* ------------------------------------------------------------------ data */

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small deterministic generator (mulberry32), so two builds hold the same figures. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The demo seed's ministries, and 37 copies of them (some in other, half-hour zones). */
async function nationalSeed() {
  const { seed } = await import('@civic-contact/core/seed');
  const ministries = [...seed.ministries];
  const services = [...seed.services];
  const zones = ['America/St_Lucia', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Adelaide', 'Asia/Kathmandu'];
  for (let i = ministries.length; i < MINISTRIES; i++) {
    const base = seed.ministries[i % seed.ministries.length];
    const id = `m${String(i).padStart(2, '0')}-${base.id}`;
    const code = `Z${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    ministries.push({ ...base, id, code, timeZone: zones[i % zones.length], name: { ...base.name, en: `${base.name.en} (${i})` } });
    for (const service of seed.services.filter((s) => s.ministryId === base.id)) services.push({ ...service, id: `${id}-${service.id}`, ministryId: id });
  }
  return { ministries, services, faqs: seed.faqs };
}

/** Makes the database in `dataDir`: the tickets and ratings, then the rest of the server's schema and the national seed. */
async function build(dataDir, tickets) {
  const { MIGRATIONS, migrate, SqliteStorage } = await import('@civic-contact/server');
  const { loadSeed } = await import('@civic-contact/core');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'civic-contact.db');
  const seedData = await nationalSeed();

  const started = performance.now();
  const end = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const start = end - 365 * DAY;
  const next = random(15);
  // Busier ministries and services get more: a weight each, drawn once.
  const services = seedData.services.map((s) => ({ ...s, weight: 0.2 + next() * 2 }));
  const ministryResolved = new Map(seedData.ministries.map((m) => [m.id, 0.7 + next() * 0.25]));
  const cumulative = [];
  let total = 0;
  for (const s of services) cumulative.push((total += s.weight));
  const pickService = () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return services[lo];
  };
  const channels = [['web', 0.55], ['phone', 0.25], ['email', 0.12], ['walk_in', 0.06], ['social', 0.02]];
  const pickChannel = () => {
    let x = next();
    for (const [channel, share] of channels) if ((x -= share) < 0) return channel;
    return 'web';
  };
  /** Log-normal hours with the given median. */
  const hours = (median, spread) => median * Math.exp(spread * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()));

  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000');
  // The tickets go into the schema as it was before the public figures' indexes and counts
  // (migration 3), which the remaining migrations then build in bulk, as on an upgraded
  // server: a row at a time, their triggers would make the build ten times slower.
  migrate(db, MIGRATIONS.slice(0, 3));
  const insertTicket = db.prepare(
    `INSERT INTO tickets (reference, ministry_id, service_id, entity_id, status, channel, subject, description, answers, citizen, location,
       attachment_ids, locale, submitted_at, updated_at, expected_response_by, first_response_at, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, 'Benchmark complaint', 'A complaint made up for the stats benchmark.', '{}', '{}', NULL, '[]', 'en', ?, ?, ?, ?, ?)`,
  );
  const insertRating = db.prepare('INSERT INTO satisfaction (reference, ministry_id, service_id, rating, comment, at) VALUES (?, ?, ?, ?, NULL, ?)');
  const iso = (ms) => new Date(ms).toISOString();
  const BATCH = 50_000;
  let ratings = 0;
  for (let done = 0; done < tickets; ) {
    db.exec('BEGIN');
    for (const stop = Math.min(tickets, done + BATCH); done < stop; done++) {
      const service = pickService();
      // Mostly in working hours (UTC, roughly): a day of the year, then an hour weighted to the day.
      const day = start + Math.floor(next() * 365) * DAY;
      const submitted = day + Math.floor((next() < 0.8 ? 11 + next() * 11 : next() * 24) * HOUR) + Math.floor(next() * HOUR);
      const urgent = service.responseTargetHours !== undefined;
      const expected = submitted + (urgent ? service.responseTargetHours * 1.5 * HOUR : service.responseTargetDays * 1.4 * DAY);
      const answered = next() < 0.9 ? submitted + Math.floor(hours(urgent ? 2 : 20, 1) * HOUR) : null;
      const resolvedRoll = next();
      const resolved = answered !== null && resolvedRoll < ministryResolved.get(service.ministryId) ? answered + Math.floor(hours(urgent ? 3 : 72, 0.8) * HOUR) : null;
      // Nothing happens after the last day: what would come later is not there yet.
      const first = answered !== null && answered < end ? answered : null;
      const closedAt = resolved !== null && resolved < end ? resolved : null;
      const status = closedAt !== null ? (resolvedRoll < 0.3 ? 'closed' : 'resolved') : first !== null ? 'in_progress' : 'received';
      const reference = `BENCH-${done.toString(36).toUpperCase().padStart(6, '0')}`;
      insertTicket.run(
        reference,
        service.ministryId,
        service.id,
        service.entityId,
        status,
        pickChannel(),
        iso(submitted),
        iso(closedAt ?? first ?? submitted),
        iso(expected),
        first === null ? null : iso(first),
        closedAt === null ? null : iso(closedAt),
      );
      if (closedAt !== null && next() < 0.35) {
        const at = closedAt + Math.floor(next() * 2 * DAY);
        if (at < end) {
          const x = next();
          insertRating.run(reference, service.ministryId, service.id, x < 0.08 ? 1 : x < 0.16 ? 2 : x < 0.3 ? 3 : x < 0.6 ? 4 : 5, iso(at));
          ratings++;
        }
      }
    }
    db.exec('COMMIT');
    log(`  ${done.toLocaleString('en-US')} tickets…`);
  }
  db.close();
  log('  the remaining migrations and the seed…');
  const storage = SqliteStorage.open(file);
  await loadSeed(storage, seedData);
  storage.close();
  const meta = { version: GENERATOR_VERSION, tickets, ratings, ministries: MINISTRIES, end: iso(end).slice(0, 10), seconds: (performance.now() - started) / 1000 };
  writeFileSync(join(dataDir, 'bench-stats.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

/** The kept database when it was made by this generator for as many tickets; otherwise a new one. */
async function database() {
  const metaFile = join(config.dataDir, 'bench-stats.json');
  if (!flags.rebuild && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.tickets === config.tickets) {
      log(`Reusing the database in ${config.dataDir} (made for ${meta.end}; --rebuild makes it again).`);
      return { ...meta, reused: true };
    }
  }
  log(`Making ${config.tickets.toLocaleString('en-US')} tickets across ${MINISTRIES} ministries in ${config.dataDir}…`);
  const meta = await build(config.dataDir, config.tickets);
  log(`Made in ${meta.seconds.toFixed(1)} s (${meta.ratings.toLocaleString('en-US')} ratings).`);
  return { ...meta, reused: false };
}

/* ------------------------------------------------------------------ server */

/** Starts bench/run-server.mjs on the data directory and waits for its `{ url }` line. */
async function startServer(dataDir) {
  const child = spawn(process.execPath, ['--conditions=source', join(root, 'bench', 'run-server.mjs'), dataDir], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  process.on('exit', () => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    new Promise((done) => lines.once('line', done)),
    exited.then(({ code, signal }) => {
      throw new Error(`run-server.mjs exited (${signal ?? `code ${code}`}) before listening; its errors are above.`);
    }),
    new Promise((_, fail) => setTimeout(() => fail(new Error('run-server.mjs did not start within 120 s.')), 120_000).unref()),
  ]);
  const { url } = JSON.parse(first);
  // Never aim load anywhere but this machine's loopback.
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`run-server.mjs listens on ${url}, not on 127.0.0.1.`);
  lines.on('line', (line) => log(`[server] ${line}`));
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/* ------------------------------------------------------------------ timing */

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Times `paths` one after another; any status but 200 throws. */
async function time(url, name, paths) {
  const ms = [];
  let bytes = 0;
  for (const path of paths) {
    const started = performance.now();
    const answer = await fetch(`${url}${path}`, { headers: { 'X-Site-Key': SITE_KEY } });
    const body = await answer.text();
    ms.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`${name}: GET ${path} answered ${answer.status}: ${body.slice(0, 300)}`);
    bytes = body.length;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { name, requests: ms.length, bytes, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) };
}

const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/* ------------------------------------------------------------------ run */

let exitCode = 0;
const results = [];
let meta;
try {
  meta = await database();
  log('Starting the server…');
  const server = await startServer(config.dataDir);
  try {
    // Warm the connection, the server's statements and the page cache, as a running server has them.
    await time(server.url, 'warm-up', Array.from({ length: 20 }, () => TRIVIAL_PATH));
    await time(server.url, 'warm-up', [`/v1/stats/public?ministry=all&from=${addDays(meta.end, -365)}&to=${meta.end}`]);
    results.push({ ...(await time(server.url, 'trivial', Array.from({ length: config.warm }, () => TRIVIAL_PATH))), cache: '-' });
    const scenarios = [
      ['ministry-year', '', 365],
      ['all-year', 'ministry=all&', 365],
      ['ministry-12w', '', 83],
      ['all-12w', 'ministry=all&', 83],
    ];
    for (const [name, scope, days] of scenarios) {
      // Cold: a period not asked before each time (ending 1, 2, 3 … days before the last day).
      const cold = Array.from({ length: config.cold }, (_, k) => {
        const to = addDays(meta.end, -1 - k);
        return `/v1/stats/public?${scope}from=${addDays(to, -days)}&to=${to}`;
      });
      log(`${name}: ${config.cold} cold requests…`);
      results.push({ ...(await time(server.url, name, cold)), cache: 'cold' });
      log(`${name}: ${config.warm} warm requests…`);
      results.push({ ...(await time(server.url, name, Array.from({ length: config.warm }, () => cold[0]))), cache: 'warm' });
    }
  } finally {
    await server.stop();
  }
} catch (error) {
  log(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
}

const baseline = results.find((r) => r.name === 'trivial');
for (const r of results) {
  r.p95Ratio = baseline ? r.p95 / baseline.p95 : null;
  r.pass = r.cache === 'cold' ? r.p95 < TARGET_P95_MS : null;
}

if (flags.json) {
  const environment = { node: process.version, cpus: availableParallelism(), platform: `${process.platform}-${process.arch}` };
  console.log(JSON.stringify({ config, database: meta, environment, targetP95Ms: TARGET_P95_MS, scenarios: results }, null, 2));
} else if (results.length > 0) {
  const ms = (n) => n.toFixed(1);
  const rows = [['scenario', 'cache', 'requests', 'KB', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'p95 ÷ trivial', 'p95 < 200 ms']];
  for (const r of results) {
    rows.push([r.name, r.cache, String(r.requests), (r.bytes / 1024).toFixed(1), ms(r.p50), ms(r.p95), ms(r.p99), ms(r.max), r.p95Ratio === null ? '-' : r.p95Ratio.toFixed(1), r.pass === null ? '' : r.pass ? 'PASS' : 'MISS']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(
    `\nstats bench: ${meta.tickets.toLocaleString('en-US')} tickets and ${meta.ratings.toLocaleString('en-US')} ratings over the year to ${meta.end}, ` +
      `${meta.ministries} ministries; sequential requests, Node ${process.version}, ${availableParallelism()} CPUs, 127.0.0.1\n`,
  );
  for (const row of rows) console.log(row.map((cell, i) => (i >= 2 && i <= 8 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
  console.log('\ncold: each request a period not asked before (the answer cache cannot help); warm: the same request again.');
}
process.exit(exitCode);
