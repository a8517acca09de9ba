#!/usr/bin/env node
/**
 * The reference server in a process of its own, for `bench/server.mjs`: the load generator
 * must not share the server's event loop, and the bare baseline runs the same way.
 *
 *   node --conditions=source bench/run-server.mjs <dataDir>
 *
 * With `BENCH_DATABASE_URL` set, the server stores in that PostgreSQL database instead of
 * SQLite (`npm run bench:server -- --db postgres`).
 *
 * Listens on a free port of 127.0.0.1 with the demo keys, no example site, no proof of work
 * and no limit on complaints per client, prints one
 * JSON line `{ "url": … }` once listening, and closes cleanly on SIGTERM, SIGINT or when its
 * stdin, a pipe, closes (the parent went away), so a `--cpu-prof` profile gets written.
 */
import { fstatSync } from 'node:fs';
import { startServer } from '@civic-contact/server';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('Usage: node --conditions=source bench/run-server.mjs <dataDir>');
  process.exit(2);
}

// The load comes from one address with the site key, as no citizen's would: the limits per
// client are raised out of its way, and the proof of work (solved by the SDK and the widgets,
// not by a load generator) is off. Both gates still run on every complaint.
const unlimited = { limit: 1_000_000_000, windowSeconds: 60 };
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  demoKeys: true,
  site: false,
  proofOfWork: false,
  limits: { writes: { complaint: { perClient: unlimited, perKey: unlimited } } },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// Under bench/server.mjs stdin is a pipe from the parent: its end means the parent is gone.
const stdin = fstatSync(0);
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
