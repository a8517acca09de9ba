#!/usr/bin/env node
// civic-contact-server: runs the reference contact centre and manages its keys.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_MAX_NUMBER, generateKey, generateKeyId, hashSecret, parseLimitsConfig, validateAllowedOrigins, type LimitsConfig, type ProofOfWorkOptions } from '@civic-contact/core';
import { seed as demoSeed } from '@civic-contact/core/seed';
import { SqliteStorage } from './sqlite-storage.ts';
import { PostgresStorage } from './postgres-storage.ts';
import type { ServerStorage } from './server-storage.ts';
import { startServer } from './server.ts';
import { openDatabase, type OpenedDatabase } from './database.ts';
import { faqIndexOf } from './faq-index.ts';
import { DEFAULT_ELEMENTS_DIR, readWidgetManifest } from './widget-code.ts';
import { embedSnippet } from './embed-snippet.ts';
import { MIN_METRICS_TOKEN_LENGTH } from './metrics.ts';

const USAGE = `Usage:
  civic-contact-server [start] [--port N] [--host H] [--data-dir DIR] [--no-demo-keys] [--elements-dir DIR] [--trust-proxy N|ADDRESSES]
                       [--limits FILE] [--proof-of-work-difficulty N]
  civic-contact-server keys create --ministry ID --origin https://site.example.gov [--origin …] [--public-url URL]
  civic-contact-server keys create --ministry ID --secret [--label TEXT]
  civic-contact-server keys create --all-ministries --secret [--label TEXT]
  civic-contact-server keys list [--ministry ID]
  civic-contact-server keys revoke KEY_ID
  civic-contact-server faq-index --ministry ID [--out FILE]   (the prebuilt FAQ index; stdout without --out)

PORT, HOST, DATA_DIR and TRUST_PROXY set the same as --port, --host, --data-dir and --trust-proxy.
DATABASE_URL (postgres://user:password@host:5432/database) puts the data in that PostgreSQL
database instead of the SQLite file in the data directory, for every command: several servers,
each with its own data directory, can share it; start migrates it (once, however many start).
Attachments' bytes are then kept in that database too, unless ATTACHMENTS_DIR names a folder
to keep them in (on SQLite, the default is DATA_DIR/attachments).
One server at a time uses a data directory; the key commands work beside it, and create and
seed the database as start does when there is none yet. A publishable key comes with the
HTML to paste into the ministry's pages; --public-url is the contact centre's address as those
pages reach it (default http://localhost:<PORT or 3000>). --elements-dir is the widget build
(default packages/elements/dist/cdn).

--trust-proxy says which proxies in front of the server may name the client in X-Forwarded-For
(ticket lookups are limited per client): a number of proxies (1 behind one reverse proxy), or
their addresses and CIDR ranges (10.0.0.0/8,127.0.0.1,::1). By default none is: the client is
the connection's address, and X-Forwarded-For, which anyone can send, is ignored.

--limits (or LIMITS_FILE) is a JSON file that changes the limits on complaints, uploads, callback
bookings, FAQ feedback and ticket lookups, for every ministry and per ministry, e.g.
  { "writes": { "complaint": { "perClient": { "limit": 10, "windowSeconds": 3600 } } },
    "activeCallbacks": { "perPhone": 2, "perClient": 4 },
    "ministries": { "health": { "writes": { "callback": { "perKey": { "limit": 200, "windowSeconds": 3600 } } } } } }
Every setting and its default: docs/limits.md.

--proof-of-work-difficulty (or PROOF_OF_WORK_DIFFICULTY) is the largest number a browser may
have to try before a complaint, an upload or a callback booking with a site key (default
${DEFAULT_MAX_NUMBER.toLocaleString('en')}: on average 0.15 s of a laptop's browser, half a second of a phone's; a client
that keeps asking gets harder ones); 0 asks for no proof of work. PROOF_OF_WORK_KEY signs the challenges: give every server
that shares a database the same one (at least 16 characters); by default each draws its own.

METRICS_TOKEN (at least 16 characters) serves Prometheus metrics at GET /metrics to a scraper
that sends it as Authorization: Bearer <token>: requests by route and status, their latencies,
complaints filed, rate-limit refusals and, on PostgreSQL, the connection pool's use. Without it
there is no /metrics. See docs/deployment.md.`;

class UsageError extends Error {}

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`civic-contact-server needs Node.js 22 or newer (this is ${process.version}); run it through npm (npm start, npx) to use the project's Node.`);
  process.exit(1);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command = 'start', sub, ...rest] = positionals;
  const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? 'data');
  if (values.help) return void console.log(USAGE);
  if (command === 'start') return start(values, dataDir);
  if (command === 'keys') return keys(sub, rest, values, dataDir);
  if (command === 'faq-index') return faqIndex(values, dataDir);
  throw new UsageError(`Unknown command "${command}".`);
}

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-demo-keys': { type: 'boolean' },
        'elements-dir': { type: 'string' },
        'trust-proxy': { type: 'string' },
        limits: { type: 'string' },
        'proof-of-work-difficulty': { type: 'string' },
        'public-url': { type: 'string' },
        ministry: { type: 'string' },
        'all-ministries': { type: 'boolean' },
        origin: { type: 'string', multiple: true },
        secret: { type: 'boolean' },
        label: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function start(values: Values, dataDir: string): Promise<void> {
  const portText = values.port ?? process.env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Port "${portText}" is not a port number (0–65535).`);
  const server = await startServer({
    port,
    host: values.host ?? process.env.HOST ?? 'localhost',
    dataDir,
    databaseUrl: databaseUrl(),
    attachmentsDir: process.env.ATTACHMENTS_DIR || undefined,
    demoKeys: !values['no-demo-keys'],
    elementsDir: elementsDir(values),
    trustProxy: values['trust-proxy'] ?? process.env.TRUST_PROXY,
    limits: readLimits(values.limits ?? process.env.LIMITS_FILE),
    proofOfWork: proofOfWork(values['proof-of-work-difficulty'] ?? process.env.PROOF_OF_WORK_DIFFICULTY, process.env.PROOF_OF_WORK_KEY),
    metricsToken: metricsToken(),
  });
  const lines = [
    '',
    'Civic Contact — reference contact centre',
    '',
    `  Example ministry site  ${server.url}/`,
    `  Agent page             ${server.url}/agent.html`,
    `  API                    ${server.url}/v1/  (contract: ${server.url}/v1/openapi.json)`,
    `  Widget code            ${server.widgetCodeUrl ?? 'not built: run npm run build'}`,
    `  Database               ${server.databaseFile}`,
  ];
  if (metricsToken() !== undefined) lines.push(`  Metrics                ${server.url}/metrics  (Authorization: Bearer $METRICS_TOKEN)`);
  if (server.keys) {
    lines.push('', 'Demo keys');
    lines.push('  Publishable (X-Site-Key; work on this server’s own pages, whatever host and port):');
    for (const [ministry, key] of Object.entries(server.keys.site)) lines.push(`    ${key.padEnd(28)} ${ministry}`);
    lines.push('  Secret (Authorization: Bearer …; paste one into the agent page):');
    for (const [ministry, key] of Object.entries(server.keys.secret)) lines.push(`    ${key.padEnd(28)} ${ministry}`);
    lines.push(`    ${server.keys.admin.padEnd(28)} all ministries`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    server.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** METRICS_TOKEN, when set (an empty one serves no metrics, as none does). */
function metricsToken(): string | undefined {
  const token = process.env.METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < MIN_METRICS_TOKEN_LENGTH) throw new UsageError(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long: it is all that keeps the metrics private.`);
  return token;
}

/** The proof of work asked: `difficulty` 0 asks none; none given, the default difficulty. */
function proofOfWork(difficulty: string | undefined, hmacKey: string | undefined): ProofOfWorkOptions | false {
  const maxNumber = difficulty === undefined || difficulty === '' ? DEFAULT_MAX_NUMBER : Number(difficulty);
  if (!(Number.isSafeInteger(maxNumber) && maxNumber >= 0 && maxNumber <= 1e9)) {
    throw new UsageError(`The proof-of-work difficulty "${difficulty}" is not a whole number from 0 (no proof of work) to 1000000000.`);
  }
  if (hmacKey !== undefined && hmacKey.length < 16) throw new UsageError('PROOF_OF_WORK_KEY must be at least 16 characters long: it is what makes a challenge impossible to forge.');
  return maxNumber === 0 ? false : { maxNumber, ...(hmacKey ? { hmacKey } : {}) };
}

/** The limits configuration in `file` (none: the defaults), checked; a file that cannot be used stops the start, saying why. */
function readLimits(file: string | undefined): LimitsConfig | undefined {
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the limits file ${resolve(file)}: ${(error as Error).message}`);
  }
  try {
    return parseLimitsConfig(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`The limits file ${resolve(file)} cannot be used: ${(error as Error).message}`);
  }
}

/** Writes the prebuilt FAQ index of a ministry, from the database, for a site to serve as a static file. */
async function faqIndex(values: Values, dataDir: string): Promise<void> {
  if (!values.ministry) throw new UsageError('Name the ministry whose FAQs to index: --ministry ID.');
  const file = join(dataDir, 'civic-contact.db');
  const url = databaseUrl();
  // Opening a missing database would create an empty one: say where the data was looked for instead.
  if (url === undefined && !existsSync(file)) {
    throw new Error(`There is no database at ${file}: start the server once (it loads the seed) or point --data-dir at its data.`);
  }
  const storage: ServerStorage = url === undefined ? SqliteStorage.open(file) : await PostgresStorage.open({ connectionString: url, poolSize: 1 });
  try {
    const index = await faqIndexOf(storage, values.ministry);
    if (!index) throw await unknownMinistry(storage, values.ministry, 'none');
    const json = JSON.stringify(index);
    if (values.out === undefined) return void process.stdout.write(`${json}\n`);
    writeFileSync(values.out, `${json}\n`);
    const faqs = Object.keys(index.indexes[index.ministry.defaultLocale]?.documentIds ?? {}).length;
    console.error(`Wrote the FAQ index of ${index.ministry.id} (${faqs} FAQs; ${Object.keys(index.indexes).join(', ')}; ${Math.round(Buffer.byteLength(json) / 1024)} KB) to ${resolve(values.out)}.`);
  } finally {
    await storage.close();
  }
}

/** The error for a ministry the database does not hold, naming those it does (`none` when it holds none). */
async function unknownMinistry(storage: ServerStorage, id: string, none: string): Promise<UsageError> {
  const known = (await storage.listMinistries()).map((m) => m.id).join(', ');
  return new UsageError(`There is no ministry "${id}". Known ministries: ${known || none}.`);
}

/** `DATABASE_URL` when set (not empty): the PostgreSQL database to use instead of the SQLite file. */
function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

function elementsDir(values: Values): string {
  return resolve(values['elements-dir'] ?? DEFAULT_ELEMENTS_DIR);
}

async function keys(sub: string | undefined, rest: string[], values: Values, dataDir: string): Promise<void> {
  if (sub !== 'create' && sub !== 'list' && sub !== 'revoke') {
    throw new UsageError(sub ? `Unknown keys command "${sub}".` : 'Say what to do with keys: create, list or revoke.');
  }
  const request = sub === 'create' ? keyRequest(values) : undefined;
  // As start does, so that keys can be made before the server has ever run. The demo keys are start's alone.
  const database = await openDatabase(dataDir, demoSeed, { databaseUrl: databaseUrl(), poolSize: 1 });
  // On stderr: the first line of stdout stays the key, for scripts.
  console.error(describeDatabase(database));
  const { storage } = database;
  try {
    if (request) return await createKey(storage, request);
    if (sub === 'list') return await listKeys(storage, values.ministry);
    return await revokeKey(storage, rest[0]);
  } finally {
    await storage.close();
  }
}

function describeDatabase({ file, created, seeded }: OpenedDatabase): string {
  const seed = seeded && `the demo seed (${seeded.ministries.length} ministries, ${seeded.services.length} services, ${seeded.faqs.length} FAQs)`;
  if (created) return `Created the database at ${file}${seed ? ` with ${seed}` : ''}.`;
  if (seed) return `Loaded ${seed} into the empty database at ${file}.`;
  return `Using the database at ${file}.`;
}

/** A key to create, as the command line asks for it; checked before the database is opened. */
type KeyRequest =
  | { kind: 'secret'; ministryId: string | null; label: string | undefined }
  | { kind: 'site'; ministryId: string; allowedOrigins: string[]; publicUrl: string; publicUrlGiven: boolean; elementsDir: string };

function keyRequest(values: Values): KeyRequest {
  const ministryId = values['all-ministries'] ? null : values.ministry;
  if (ministryId === undefined) throw new UsageError('Name the ministry the key belongs to: --ministry ID (or --all-ministries for a secret reporting key).');
  if (values.secret) {
    if (values.origin) throw new UsageError('Secret keys are never used from web pages: leave out --origin.');
    return { kind: 'secret', ministryId, label: values.label };
  }
  if (ministryId === null) throw new UsageError('Publishable keys belong to one ministry: use --ministry ID.');
  if (!values.origin?.length) throw new UsageError('Say which sites may use the key: --origin https://site.example.gov (repeatable).');
  let allowedOrigins: string[];
  try {
    allowedOrigins = validateAllowedOrigins(values.origin);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { kind: 'site', ministryId, allowedOrigins, publicUrl: contactCentreUrl(values), publicUrlGiven: values['public-url'] !== undefined, elementsDir: elementsDir(values) };
}

async function createKey(storage: ServerStorage, request: KeyRequest): Promise<void> {
  const createdAt = new Date().toISOString();
  const { ministryId } = request;
  if (ministryId !== null && !(await storage.getMinistry(ministryId))) throw await unknownMinistry(storage, ministryId, 'none');
  const id = generateKeyId();
  if (request.kind === 'secret') {
    const key = generateKey('secret');
    const label = request.label ?? (ministryId ? `Secret key of ${ministryId}` : 'All-ministries secret key');
    const hash = await hashSecret(key);
    await storage.transaction((tx) => tx.upsertSecretKey({ id, hash, ministryId, label, createdAt, revokedAt: null }));
    console.log(`${key}\n\nSecret key ${id} for ${ministryId ?? 'all ministries'}. It is stored only as a hash: copy it now, it cannot be shown again.`);
    return;
  }
  const { allowedOrigins } = request;
  const key = generateKey('site');
  await storage.transaction((tx) => tx.upsertSiteKey({ id, key, ministryId: request.ministryId, allowedOrigins, createdAt, revokedAt: null }));
  const [service] = await storage.listServices(request.ministryId);
  const snippet = embedSnippet({ publicUrl: request.publicUrl, siteKey: key, manifest: readWidgetManifest(request.elementsDir), service: service?.id });
  const note = request.publicUrlGiven ? '' : `\n\n${request.publicUrl} is this machine: give --public-url with the address the ministry's pages reach.`;
  console.log(`${key}\n\nPublishable key ${id} for ${ministryId}, usable from ${allowedOrigins.join(', ')}.\n\n${snippet}${note}`);
}

/** The contact centre's address as ministry pages reach it: --public-url, or this machine's default. */
function contactCentreUrl(values: Values): string {
  const text = values['public-url'] ?? `http://localhost:${values.port ?? process.env.PORT ?? '3000'}`;
  const url = URL.parse(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new UsageError(`--public-url "${text}" is not the address of a web server, e.g. https://contact.gov.example.`);
  }
  return url.href.replace(/\/+$/, '');
}

async function listKeys(storage: ServerStorage, ministry: string | undefined): Promise<void> {
  const rows = await storage.listKeys();
  const shown = rows.filter((row) => ministry === undefined || row.ministryId === ministry);
  if (!shown.length) return void console.log('No keys.');
  for (const row of shown) {
    const state = row.revokedAt ? `revoked ${row.revokedAt}` : 'active';
    const detail = row.kind === 'site' ? `${row.key}  origins: ${row.allowedOrigins.join(', ') || '(this server’s own pages)'}` : row.label;
    console.log(`${row.id}  ${row.kind.padEnd(6)} ${(row.ministryId ?? 'all').padEnd(16)} ${state.padEnd(10)} ${detail}`);
  }
}

async function revokeKey(storage: ServerStorage, id: string | undefined): Promise<void> {
  if (!id) throw new UsageError('Say which key to revoke: keys revoke KEY_ID (see keys list).');
  const revoked = await storage.revokeKey(id, new Date().toISOString());
  if (!revoked) throw new UsageError(`There is no active key ${id}.`);
  console.log(`Revoked ${id}.`);
}
