/**
 * Issue 16's fault and load test, on loopback and bounded in time: three instances of the real
 * server (`civic-contact-server start`, run from source as child processes, so that one can be
 * SIGKILLed) on one fresh PostgreSQL database, behind a small round-robin proxy in this process.
 *
 * Complaints (each with its own Idempotency-Key) and bookings for the last places of a few
 * callback slots are sent concurrently, every key to two or three instances at once: once
 * through the proxy and once or twice straight to an instance. A third of the way in, one
 * instance is SIGKILLed, with one request certainly in flight to it (its body half sent), and
 * started again on the same port while the load goes on. Then every key is sent once more, to
 * the restarted instance and through the proxy, as a client retrying would; and the database
 * and the agent API are checked:
 *
 * - exactly one ticket per complaint key, under the reference every 2xx for that key carried,
 *   and no ticket nobody sent;
 * - no slot over its capacity: each raced slot holds exactly its free places, booked by the
 *   keys that were answered 201, and the others were told `slot-full`;
 * - every write acknowledged with a 2xx is there (a ticket the agent API returns, a scheduled
 *   callback);
 * - a request that failed during the kill failed cleanly (a connection error, a 502 from the
 *   proxy or a 503 from a server, never another answer), and sent again with its key it gets the
 *   same result as every other copy of that key.
 *
 * Nothing is timed: the kill comes after a third of the keys are answered and the last third
 * waits for the restart, not for a delay, and only outcomes are asserted. The whole file takes
 * about 10 s on 2 shared CPUs (the three starts, the load, the restart and the checks); each
 * test is cancelled after 60 s.
 *
 * In the node suite (`npm test`), on the cluster of `TEST_DATABASE_URL`, like the other
 * PostgreSQL tests; run alone, it starts a cluster of its own (./postgres.ts).
 *
 * The proxy sends a request that could not be connected (ECONNREFUSED: the instance is down)
 * on to the next instance whatever it is: nothing reached the server. A request whose
 * connection broke after it was sent (the instance died while working on it) is sent on only
 * when repeating it is safe: GET and HEAD, and requests carrying an Idempotency-Key, which the
 * contact centre answers with the first answer's result however often it comes. A keyless POST
 * that broke that way may have been done: the proxy answers 502 and leaves it to the client.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { HEADERS, PROBLEM_TYPES } from '@civic-contact/contract';
import { busComplaint, callbackRequest } from '@civic-contact/core/testing';
import { freshDatabase } from './postgres.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const COMPLAINTS = 240;
/** Slots raced for, and bookers per slot beyond its free places. */
const SLOTS = 4;
const EXTRA_BOOKERS = 4;
/** Keys in flight at once (each sent two or three times at once). */
const WORKERS = 8;
const plenty = { perClient: { limit: 1_000_000, windowSeconds: 3600 }, perKey: { limit: 1_000_000, windowSeconds: 3600 } };

let database: Awaited<ReturnType<typeof freshDatabase>>;
let workDir: string;
const instances: Instance[] = [];
let proxy: Proxy;

/* ------------------------------------------------------------------ the instances */

class Instance {
  port = 0;
  child: ChildProcess | undefined;
  /** What the process wrote to stderr, over every start. */
  stderr = '';
  starts = 0;

  readonly name: string;
  readonly dataDir: string;

  constructor(name: string, dataDir: string) {
    this.name = name;
    this.dataDir = dataDir;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts `civic-contact-server start` (on port 0 the first time, then on the same port) and waits until it listens. */
  start(): Promise<void> {
    const { PORT: _port, HOST: _host, DATA_DIR: _dataDir, DATABASE_URL: _databaseUrl, ...inherited } = process.env;
    const child = spawn(
      process.execPath,
      ['--conditions=source', CLI, 'start', '--port', String(this.port), '--host', '127.0.0.1', '--data-dir', this.dataDir, '--limits', join(workDir, 'limits.json'), '--proof-of-work-difficulty', '0'],
      { env: { ...inherited, DATABASE_URL: database.url, NODE_COMPILE_CACHE: join(workDir, 'compile-cache') }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.starts++;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    return new Promise((resolve, reject) => {
      let stdout = '';
      // Only against a start that hangs; not a timing assertion.
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${this.name} did not start within 30 s: ${this.stderr}`));
      }, 30_000);
      const exited = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code ?? signal}) before it listened: ${this.stderr}`));
      };
      child.once('exit', exited);
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const listening = /API\s+http:\/\/127\.0\.0\.1:(\d+)\/v1\//.exec(stdout);
        if (listening) {
          clearTimeout(timer);
          child.off('exit', exited);
          this.port = Number(listening[1]);
          resolve();
        }
      });
    });
  }

  /** SIGKILL: the process dies at once, whatever it was doing. */
  async kill(): Promise<void> {
    const child = this.child!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }

  /** SIGTERM, and a clean stop awaited (SIGKILL should it hang). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/* ------------------------------------------------------------------ the proxy */

interface Proxy {
  url: string;
  /** Requests sent on to another instance, by the error that made it. */
  retried: Map<string, number>;
  /** Requests answered 502: no instance could be reached, or a keyless write broke. */
  failed: number;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/** A round-robin HTTP proxy over the instances, in this process (see the top of the file for its retries). */
async function startProxy(upstreams: Instance[]): Promise<Proxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const retried = new Map<string, number>();
  let next = 0;
  const state = { failed: 0 };

  /** Sends the request to one instance; resolves once its answer's head is in, rejects with whether the request may have reached it. */
  const forward = (instance: Instance, request: http.IncomingMessage, body: Buffer) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const upstream = http.request(
        { host: '127.0.0.1', port: instance.port, method: request.method, path: request.url, agent, headers: { ...withoutHopByHop(request.headers), 'content-length': body.length } },
        resolve,
      );
      upstream.setTimeout(30_000, () => upstream.destroy(new Error('upstream timeout')));
      upstream.once('error', reject);
      upstream.end(body);
    });

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const repeatable = request.method === 'GET' || request.method === 'HEAD' || request.headers['idempotency-key'] !== undefined;
    const first = next++;
    for (let i = 0; i < upstreams.length; i++) {
      const instance = upstreams[(first + i) % upstreams.length]!;
      let answer: http.IncomingMessage;
      try {
        answer = await forward(instance, request, body);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        // Refused: the request never reached the instance. Anything else: it may have.
        if (code !== 'ECONNREFUSED' && !repeatable) break;
        retried.set(code, (retried.get(code) ?? 0) + 1);
        continue;
      }
      response.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      // Once the head is relayed the answer is the client's: an instance dying mid-body cuts it off.
      answer.once('error', () => response.destroy());
      answer.pipe(response);
      return;
    }
    state.failed++;
    response.writeHead(502, { 'content-type': 'application/problem+json' });
    response.end(JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status: 502 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    retried,
    get failed() {
      return state.failed;
    },
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/* ------------------------------------------------------------------ clients */

/** One answer to one copy of a request: its status and body, or the connection error it met. */
interface Answer {
  via: string;
  status?: number;
  reference?: string;
  type?: string;
  error?: string;
}

async function post(via: string, base: string, path: string, siteKey: string, body: unknown, key: string): Promise<Answer> {
  try {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [HEADERS.siteKey]: siteKey, [HEADERS.idempotencyKey]: key },
      body: JSON.stringify(body),
      // Only against a hang; a copy that takes long is merely slow.
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: { reference?: string; type?: string } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {}
    return { via, status: response.status, reference: parsed.reference, type: parsed.type };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { via, error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

async function query<Row>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * A slot with free places that stays bookable however long the test takes: slots starting
 * within the lead time (30 minutes) are refused, so the soonest ones listed could drop out of
 * reach mid-run.
 */
function bookableThroughout(slot: { start: string; remaining: number }): boolean {
  return slot.remaining > 0 && Date.parse(slot.start) > Date.now() + 2 * 3600_000;
}

/** A key to send: a complaint, or a booking for one slot; with every answer its copies got. */
interface Work {
  key: string;
  path: '/v1/complaints' | '/v1/callbacks';
  siteKey: string;
  body: Record<string, unknown>;
  slot?: string;
  /** Indexes of the instances it also goes to directly, besides the proxy. */
  direct: number[];
  answers: Answer[];
}

/* ------------------------------------------------------------------ setup */

before(async () => {
  database = await freshDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'civic-contact-kill-'));
  await writeFile(join(workDir, 'limits.json'), JSON.stringify({ writes: { complaint: plenty, callback: plenty }, activeCallbacks: { perClient: 1_000_000 } }));
  for (const name of ['a', 'b', 'c']) instances.push(new Instance(`instance ${name}`, join(workDir, `data-${name}`)));
  // Started together: they migrate and seed the one database at the same moment.
  await Promise.all(instances.map((instance) => instance.start()));
  proxy = await startProxy(instances);
});

after(async () => {
  await proxy?.close();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/* ------------------------------------------------------------------ the run */

test('three instances behind a proxy, one SIGKILLed mid-run and restarted: one ticket per key, no slot over capacity, no acknowledged write lost', { timeout: 60_000 }, async (t) => {
  const started = performance.now();
  const victim = instances[1]!;

  // The slots to race for, and their free places, before anyone books.
  const response = await fetch(`${proxy.url}/v1/callbacks/slots?service=health-clinic-services&days=14`, { headers: { [HEADERS.siteKey]: 'pk_test_health' } });
  assert.equal(response.status, 200);
  const { days } = (await response.json()) as { days: { slots: { start: string; remaining: number }[] }[] };
  const slots = days
    .flatMap((day) => day.slots)
    .filter(bookableThroughout)
    .slice(0, SLOTS);
  assert.equal(slots.length, SLOTS, 'enough free slots in the next two weeks');

  // Every key goes through the proxy and straight to one or two instances, the victim among them for a third of the keys or more.
  const complaints: Work[] = Array.from({ length: COMPLAINTS }, (_, i) => {
    const key = `kill-run-complaint-${String(i).padStart(3, '0')}`;
    return {
      key,
      path: '/v1/complaints',
      siteKey: 'pk_test_transport',
      body: busComplaint({ subject: `Bus 12 skipped my stop [${key}]` }),
      direct: i % 2 === 0 ? [i % 3, (i + 1) % 3] : [i % 3],
      answers: [],
    };
  });
  let phone = 0;
  const bookings: Work[] = slots.flatMap((slot, s) =>
    Array.from({ length: slot.remaining + EXTRA_BOOKERS }, (_, i) => {
      const key = `kill-run-booking-${s}-${String(i).padStart(2, '0')}`;
      return {
        key,
        path: '/v1/callbacks' as const,
        siteKey: 'pk_test_health',
        body: callbackRequest({ type: 'slot', start: slot.start }, { phone: `+1758556${String(1000 + phone++)}` }),
        slot: slot.start,
        direct: i % 2 === 0 ? [(i + s) % 3, (i + s + 1) % 3] : [(i + s) % 3],
        answers: [],
      };
    }),
  );
  // Bookings spread through the complaints, so that some race during the kill too.
  const queue: Work[] = [];
  const every = Math.floor(complaints.length / bookings.length);
  for (let i = 0, b = 0; i < complaints.length; i++) {
    queue.push(complaints[i]!);
    if (i % every === every - 1 && b < bookings.length) queue.push(bookings[b++]!);
  }
  queue.push(...bookings.filter((booking) => !queue.includes(booking)));
  const all = [...queue];

  const sendAll = (work: Work) =>
    Promise.all([
      post('proxy', proxy.url, work.path, work.siteKey, work.body, work.key),
      ...work.direct.map((i) => post(instances[i]!.name, instances[i]!.url, work.path, work.siteKey, work.body, work.key)),
    ]);

  // The kill: after a third of the keys are answered, with a complaint's request certainly in flight to the victim.
  const cutOff: Work = {
    key: 'kill-run-cut-off',
    path: '/v1/complaints',
    siteKey: 'pk_test_transport',
    body: busComplaint({ subject: 'Bus 12 skipped my stop [kill-run-cut-off]' }),
    direct: [1],
    answers: [],
  };
  // The last third of the keys waits for the restart, so that the load meets the instance before, during and after it.
  let answered = 0;
  let taken = 0;
  let killed!: () => void;
  const killTime = new Promise<void>((resolve) => (killed = resolve));
  let restarted!: () => void;
  const backAgain = new Promise<void>((resolve) => (restarted = resolve));
  const crash = (async () => {
    try {
      await killTime;
      const inFlight = halfSent(victim, cutOff);
      await inFlight.sent;
      await victim.kill();
      cutOff.answers.push(await inFlight.answer);
      t.diagnostic(`SIGKILL ${victim.name} after ${answered} of ${all.length} keys answered`);
      await victim.start();
      t.diagnostic(`${victim.name} listens again on port ${victim.port}, ${answered} keys answered by then`);
    } finally {
      restarted();
    }
  })();
  const workers = Array.from({ length: WORKERS }, async () => {
    for (;;) {
      if (taken >= Math.floor((all.length * 2) / 3)) await backAgain;
      const work = queue.shift();
      if (!work) return;
      taken++;
      work.answers.push(...(await sendAll(work)));
      if (++answered === Math.floor(all.length / 3)) killed();
    }
  });
  await Promise.all(workers);
  await crash;
  const loadDone = performance.now();

  // The cut-off request failed, as the connection it came on died with the instance.
  assert.ok(cutOff.answers[0]!.error, `the request in flight to the killed instance failed (it got ${JSON.stringify(cutOff.answers[0])})`);
  all.push(cutOff);

  // During the run, a copy either failed cleanly or got a real answer: 201, or slot-full for a booking.
  const clean = (answer: Answer, work: Work) =>
    answer.error !== undefined ||
    answer.status === 201 ||
    answer.status === 502 ||
    (answer.status === 503 && answer.type === PROBLEM_TYPES.unavailable) ||
    (work.slot !== undefined && answer.status === 409 && answer.type === PROBLEM_TYPES.slotFull);
  const unclean = all.flatMap((work) => work.answers.filter((answer) => !clean(answer, work)).map((answer) => ({ key: work.key, ...answer })));
  assert.deepEqual(unclean, [], 'every copy during the run failed cleanly or got a real answer');
  const failedDuringRun = all.flatMap((work) => work.answers.filter((answer) => answer.error !== undefined || answer.status === 502 || answer.status === 503));

  // Every key sent again, as its client would: to the restarted instance and through the proxy.
  const retries = new Map<string, Answer[]>();
  const retryQueue = [...all];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let work = retryQueue.shift(); work; work = retryQueue.shift()) {
        retries.set(work.key, [
          await retry(`${victim.name} (retry)`, victim.url, work),
          await retry('proxy (retry)', proxy.url, work),
        ]);
      }
    }),
  );

  // One result per key: every 201 of a key, during the run and after, carries the same reference; a booking refused is refused every time.
  const results = new Map<string, { reference?: string; full?: true }>();
  for (const work of all) {
    const again = retries.get(work.key)!;
    const settled = again.filter((answer) => answer.error === undefined && answer.status !== 502 && answer.status !== 503);
    assert.equal(settled.length, 2, `${work.key} sent again (up to five times) gets its answer: ${JSON.stringify(again)}`);
    const answers = [...work.answers, ...again];
    const references = new Set(answers.filter((answer) => answer.status === 201).map((answer) => answer.reference));
    const full = answers.filter((answer) => answer.status === 409);
    if (references.size > 0) {
      assert.equal(references.size, 1, `${work.key} has one reference: ${JSON.stringify(answers)}`);
      assert.equal(full.length, 0, `${work.key} was booked, so never told the slot is full: ${JSON.stringify(answers)}`);
      assert.ok(again.every((answer) => answer.status === 201), `${work.key} sent again replays its 201: ${JSON.stringify(again)}`);
      results.set(work.key, { reference: [...references][0]! });
    } else {
      assert.ok(work.slot !== undefined && again.every((answer) => answer.status === 409), `${work.key} is refused every time: ${JSON.stringify(answers)}`);
      results.set(work.key, { full: true });
    }
  }

  // Exactly one ticket per complaint key, under its reference, and no other ticket.
  const complaintKeys = [...complaints, cutOff];
  const tickets = await query<{ subject: string; reference: string }>(`SELECT subject, reference FROM tickets`);
  assert.equal(tickets.length, complaintKeys.length, 'one ticket per complaint key, and no other');
  const bySubject = new Map(tickets.map((ticket) => [ticket.subject, ticket.reference]));
  for (const work of complaintKeys) {
    assert.equal(bySubject.get(work.body.subject as string), results.get(work.key)!.reference, `${work.key}'s ticket is the one it was answered with`);
  }

  // No slot over capacity: each raced slot holds exactly its free places, the keys answered 201; every booking acknowledged is scheduled.
  const callbacks = await query<{ reference: string; slot_start: string; status: string }>(`SELECT reference, slot_start, status FROM callbacks`);
  for (const slot of slots) {
    const booked = bookings.filter((work) => work.slot === slot.start && results.get(work.key)!.reference !== undefined);
    assert.equal(booked.length, slot.remaining, `${slot.start}: exactly its ${slot.remaining} free places were booked`);
    const scheduled = callbacks.filter((callback) => callback.slot_start === slot.start && callback.status === 'scheduled');
    assert.deepEqual(scheduled.map((callback) => callback.reference).sort(), booked.map((work) => results.get(work.key)!.reference).sort());
  }
  assert.equal(callbacks.length, slots.reduce((sum, slot) => sum + slot.remaining, 0), 'no callback nobody was answered 201 for');
  const afterRun = await fetch(`${proxy.url}/v1/callbacks/slots?service=health-clinic-services&days=14`, { headers: { [HEADERS.siteKey]: 'pk_test_health' } });
  const remaining = new Map(((await afterRun.json()) as { days: typeof days }).days.flatMap((day) => day.slots).map((slot) => [slot.start, slot.remaining]));
  for (const slot of slots) assert.equal(remaining.get(slot.start) ?? 0, 0, `${slot.start} is offered as full`);

  // The agent API, through the proxy, returns every acknowledged ticket.
  const references = complaintKeys.map((work) => results.get(work.key)!.reference!);
  const lookups = [...references];
  const missing: string[] = [];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let reference = lookups.shift(); reference; reference = lookups.shift()) {
        const answer = await fetch(`${proxy.url}/v1/agent/tickets/${reference}`, { headers: { Authorization: 'Bearer sk_test_admin' } });
        const ticket = (await answer.json()) as { reference?: string };
        if (answer.status !== 200 || ticket.reference !== reference) missing.push(`${reference}: ${answer.status}`);
      }
    }),
  );
  assert.deepEqual(missing, [], 'the agent API returns every acknowledged ticket');

  // No instance met an unexpected error (a bare 500), before or after the kill.
  for (const instance of instances) assert.doesNotMatch(instance.stderr, /Unexpected error/, `${instance.name}'s stderr`);
  assert.equal(victim.starts, 2);

  const copies = all.reduce((sum, work) => sum + work.answers.length, 0);
  t.diagnostic(
    `${all.length} keys (${complaintKeys.length} complaints, ${bookings.length} bookings for ${slots.length} slots), ${copies} copies during the run: ` +
      `${failedDuringRun.length} failed (${summarise(failedDuringRun)}); proxy sent ${[...proxy.retried.values()].reduce((a, b) => a + b, 0)} on (${[...proxy.retried].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}), answered 502 ${proxy.failed} times; ` +
      `load ${((loadDone - started) / 1000).toFixed(1)} s, checks ${((performance.now() - loadDone) / 1000).toFixed(1)} s`,
  );
});

/** Sends `work` to `base` as a client retrying would: again, a few times, while it fails cleanly (a 503 from a transaction conflicting on a busy machine, say). */
async function retry(via: string, base: string, work: Work): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const answer = await post(via, base, work.path, work.siteKey, work.body, work.key);
    const failed = answer.error !== undefined || answer.status === 502 || answer.status === 503;
    if (!failed || attempt === 5) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}

function summarise(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const kind = `${answer.via}: ${answer.error ?? answer.status}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ') || 'none';
}

/**
 * A complaint sent straight to `instance` with only half its body: `sent` resolves once the
 * head and that half are written, and the server waits for the rest, so the request is
 * certainly in flight when the instance is killed; `answer` is what the client then got.
 */
function halfSent(instance: Instance, work: Work): { sent: Promise<void>; answer: Promise<Answer> } {
  const body = Buffer.from(JSON.stringify(work.body));
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<Answer>((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: instance.port,
        method: 'POST',
        path: work.path,
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, [HEADERS.siteKey]: work.siteKey, [HEADERS.idempotencyKey]: work.key },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve({ via: `${instance.name} (half sent)`, status: response.statusCode }));
        response.once('error', (error) => resolve({ via: `${instance.name} (half sent)`, error: error.message }));
      },
    );
    request.once('error', (error: NodeJS.ErrnoException) => {
      sent();
      resolve({ via: `${instance.name} (half sent)`, error: error.code ?? error.message });
    });
    request.flushHeaders();
    request.write(body.subarray(0, body.length >> 1), () => sent());
  });
  return { sent: written, answer };
}

/**
 * The race the load above meets only now and then, staged: a session of the test holds the
 * `callbacks` table locked, so the copies of one booking, sent to every instance at once, all
 * look at their key (free) and then wait in the database; once all of them wait, the lock goes
 * and one copy takes the slot's last place. The others, having waited, find the slot full with
 * that very booking: each must answer the booking, not `slot-full`.
 */
test("one booking sent to every instance at once for a slot's last place: every copy answers that booking", { timeout: 60_000 }, async () => {
  // After the test above: its slots are full, these are the next free ones.
  const response = await fetch(`${proxy.url}/v1/callbacks/slots?service=health-clinic-services&days=14`, { headers: { [HEADERS.siteKey]: 'pk_test_health' } });
  const { days } = (await response.json()) as { days: { slots: { start: string; remaining: number }[] }[] };
  const slot = days.flatMap((day) => day.slots).find(bookableThroughout);
  assert.ok(slot, 'a free slot in the next two weeks');
  let phone = 0;
  const booking = () => callbackRequest({ type: 'slot', start: slot.start }, { phone: `+1758557${String(1000 + phone++)}` });
  for (let i = 1; i < slot.remaining; i++) {
    assert.equal((await post('proxy', proxy.url, '/v1/callbacks', 'pk_test_health', booking(), `last-place-other-${i}`)).status, 201);
  }

  const key = 'last-place-sent-everywhere';
  const body = booking();
  const blocker = new pg.Client({ connectionString: database.url });
  await blocker.connect();
  let answers: Answer[];
  try {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE callbacks IN EXCLUSIVE MODE');
    let settled = 0;
    const copies = [
      ...instances.map((instance) => post(instance.name, instance.url, '/v1/callbacks', 'pk_test_health', body, key)),
      post('proxy', proxy.url, '/v1/callbacks', 'pk_test_health', body, key),
      post('proxy', proxy.url, '/v1/callbacks', 'pk_test_health', body, key),
    ].map((copy) => copy.finally(() => settled++));
    // Every copy waits on a lock (the table's, or one the first copy holds): each has looked at its key by then.
    // (A copy answered while the table is locked did not get that far: its answer is asserted below.)
    for (let waiting = 0; waiting < copies.length && settled === 0; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      waiting = row!.n;
    }
    await blocker.query('COMMIT');
    answers = await Promise.all(copies);
  } finally {
    await blocker.end();
  }
  assert.ok(answers.every((answer) => answer.status === 201), `every copy answers 201: ${JSON.stringify(answers)}`);
  assert.equal(new Set(answers.map((answer) => answer.reference)).size, 1, 'one reference for every copy');
  const scheduled = await query<{ reference: string }>(`SELECT reference FROM callbacks WHERE slot_start = $1 AND status = 'scheduled'`, [slot.start]);
  assert.equal(scheduled.length, slot.remaining, 'the slot holds its places, no more');
  assert.ok(scheduled.some((callback) => callback.reference === answers[0]!.reference), 'the booking answered is there');
});
