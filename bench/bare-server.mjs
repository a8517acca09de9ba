#!/usr/bin/env node
/**
 * The floor the reference server is measured against (issue 4): bare `node:http` +
 * `node:sqlite`, no framework, no validation. Each `POST /v1/complaints` reads and parses
 * the JSON body and, in one transaction, inserts what the real server inserts for a new
 * complaint — the ticket row, its first timeline row and the idempotency row — under a
 * random reference, then answers 201 with the same small JSON body. `GET /health` is its
 * trivial endpoint.
 *
 *   node bench/bare-server.mjs <dataDir>
 *
 * It uses the real schema (the server's migrations: same tables, indexes, triggers and
 * foreign keys) and the real store's pragmas (WAL, synchronous NORMAL, foreign_keys ON,
 * 5 s busy timeout), so the difference measured is the code path, not the database. Like
 * `bench/run-server.mjs`, it listens on a free port of 127.0.0.1, prints one JSON line
 * `{ "url": … }`, and stops on SIGTERM, SIGINT or when its stdin (a pipe) closes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { fstatSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from '../packages/server/src/migrations.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('Usage: node bench/bare-server.mjs <dataDir>');
  process.exit(2);
}
mkdirSync(dataDir, { recursive: true });

const db = new DatabaseSync(join(dataDir, 'bare.db'), { timeout: 5000 });
db.exec('PRAGMA journal_mode = WAL');
db.exec('PRAGMA synchronous = NORMAL');
db.exec('PRAGMA foreign_keys = ON');
migrate(db);

const insertTicket = db.prepare(
  `INSERT INTO tickets (reference, ministry_id, service_id, entity_id, status, channel, subject, description, answers,
     citizen, location, attachment_ids, locale, submitted_at, updated_at, expected_response_by, first_response_at, resolved_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
);
const insertTimeline = db.prepare('INSERT INTO timeline (reference, at, kind, status, note, entity_id) VALUES (?, ?, ?, ?, NULL, ?)');
const insertIdempotency = db.prepare(
  'INSERT INTO idempotency (ministry_id, key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
);

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** `MOT-XXXX-XXXX` from 40 random bits: the shape of a real reference, without its check character. */
function randomReference() {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 8; i++) chars += CROCKFORD[Number((bits >> BigInt(35 - 5 * i)) & 31n)];
  return `MOT-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

function createComplaint(text, idempotencyKey) {
  const body = JSON.parse(text);
  const now = new Date();
  const submittedAt = now.toISOString();
  const reference = randomReference();
  const result = {
    reference,
    status: 'received',
    submittedAt,
    expectedResponseBy: new Date(now.getTime() + WEEK_MS).toISOString(),
  };
  const json = JSON.stringify(result);
  db.exec('BEGIN IMMEDIATE');
  try {
    insertTicket.run(
      reference,
      'transport',
      body.service,
      'public-bus',
      'received',
      body.channel ?? 'web',
      body.subject,
      body.description,
      JSON.stringify(body.answers ?? {}),
      JSON.stringify(body.citizen),
      body.location === undefined ? null : JSON.stringify(body.location),
      '[]',
      body.locale ?? 'en',
      submittedAt,
      submittedAt,
      result.expectedResponseBy,
    );
    insertTimeline.run(reference, submittedAt, 'created', 'received', 'public-bus');
    insertIdempotency.run('transport', idempotencyKey ?? reference, createHash('sha256').update(text).digest('hex'), 201, json, submittedAt);
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return json;
}

function send(res, status, json) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, '{"ok":true}');
  if (req.method !== 'POST' || req.url !== '/v1/complaints') return send(res, 404, '{"status":404}');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      send(res, 201, createComplaint(Buffer.concat(chunks).toString('utf8'), req.headers['idempotency-key']));
    } catch (error) {
      console.error(error);
      send(res, 500, '{"status":500}');
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    db.close();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// Under bench/server.mjs stdin is a pipe from the parent: its end means the parent is gone.
const stdin = fstatSync(0);
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
