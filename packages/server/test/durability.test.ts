/**
 * Durability: complaints filed under load survive a `kill -9` of the server. Every complaint
 * a citizen saw a 201 for is there after the restart, exactly once, and a complaint whose
 * answer was lost in the crash, sent again with its Idempotency-Key, files one ticket, not two.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { busComplaint } from '@civic-contact/core/testing';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const SITE_KEY = 'pk_test_transport';
const SECRET_KEY = 'sk_test_transport';
/** Complaints that must have succeeded before the kill. */
const KILL_AFTER = 300;
const IN_FLIGHT = 12;

interface Child {
  process: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'civic-durability-'));
const LIMITS_FILE = join(dataDir, 'limits.json');
writeFileSync(LIMITS_FILE, JSON.stringify({ writes: { complaint: { perClient: { limit: 100_000, windowSeconds: 60 } } } }));
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `civic-contact-server start --port 0` on `dir` and waits for the URL it prints. */
function startChild(dir: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    // Raw requests: no proof of work (its own cases are in proof-of-work.test.ts); hundreds of
    // complaints from one address, far past the limit per client (limits.test.ts).
    ['--conditions=source', CLI, 'start', '--port', '0', '--host', '127.0.0.1', '--data-dir', dir, '--proof-of-work-difficulty', '0', '--limits', LIMITS_FILE],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '', DATA_DIR: '' } },
  );
  children.push(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`The server did not start within 20 s.\n${stdout}\n${stderr}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /API\s+(http:\/\/127\.0\.0\.1:(\d+))\/v1\//.exec(stdout);
      if (match && stdout.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        assert.notEqual(match[2], '0', 'the CLI must print the port it really listens on');
        resolve({ process: child, url: match[1]!, exited });
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before it was ready.\n${stdout}\n${stderr}`));
    });
  });
}

function fileComplaint(url: string, body: unknown, idempotencyKey: string): Promise<Response> {
  return fetch(`${url}/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Site-Key': SITE_KEY, 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Every ticket the transport key sees, all pages. */
async function allTickets(url: string): Promise<{ reference: string; subject: string }[]> {
  const tickets: { reference: string; subject: string }[] = [];
  let cursor: string | null = null;
  do {
    const query: string = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) }).toString();
    const response = await fetch(`${url}/v1/agent/tickets?${query}`, { headers: { Authorization: `Bearer ${SECRET_KEY}` } });
    assert.equal(response.status, 200, await response.clone().text());
    const page = (await response.json()) as { items: { reference: string; subject: string }[]; nextCursor: string | null };
    tickets.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return tickets;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

test('complaints answered 201 survive kill -9 exactly once, and lost answers replay to one ticket', { timeout: 120_000 }, async () => {
  const first = await startChild(dataDir);
  const before = (await allTickets(first.url)).length;

  // The CLI runs on the real clock, so the incident is dated by it rather than by the fixtures' one.
  const daysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const answers = busComplaint().answers as Record<string, unknown>;

  /** Answered 201: the citizen holds a reference. */
  const confirmed = new Map<string, { reference: string; subject: string }>();
  /** Sent, but the answer never came: the crash took it. */
  const lost: { key: string; body: Record<string, unknown> }[] = [];
  const unexpected: string[] = [];
  let sequence = 0;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let killed = false;
  let killing: Promise<void> | undefined;

  const worker = async () => {
    while (!killed) {
      const n = sequence++;
      const key = randomUUID();
      const subject = `Durability complaint #${n}`;
      const body = busComplaint({ subject, answers: { ...answers, incident_date: daysAgo } });
      inFlight++;
      try {
        const response = await fileComplaint(first.url, body, key);
        const text = await response.text();
        if (response.status === 201) {
          confirmed.set(key, { reference: (JSON.parse(text) as { reference: string }).reference, subject });
        } else {
          unexpected.push(`${response.status} ${text}`);
        }
      } catch {
        lost.push({ key, body });
      } finally {
        inFlight--;
      }
      if (confirmed.size >= KILL_AFTER && killing === undefined) {
        // A moment later, so the kill lands wherever the server happens to be: parsing, in a transaction, answering.
        killing = new Promise<void>((resolve) =>
          setTimeout(() => {
            killed = true;
            inFlightAtKill = inFlight;
            first.process.kill('SIGKILL');
            resolve();
          }, Math.random() * 5),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await killing;
  const exit = await first.exited;

  assert.equal(exit.signal, 'SIGKILL', 'the server was killed, not stopped');
  assert.deepEqual(unexpected, [], 'before the crash every complaint is either answered 201 or lost with the connection');
  assert.ok(confirmed.size >= KILL_AFTER);
  assert.ok(inFlightAtKill > 0, 'the kill came while requests were in flight');
  assert.ok(lost.length > 0, 'some requests lost their answer to the crash');

  // The database file is sound before anything else opens it.
  const db = new DatabaseSync(join(dataDir, 'civic-contact.db'));
  try {
    assert.deepEqual(db.prepare('PRAGMA integrity_check').all().map((row) => row.integrity_check), ['ok']);
  } finally {
    db.close();
  }

  const second = await startChild(dataDir);
  const tickets = await allTickets(second.url);
  const byReference = countBy(tickets, (t) => t.reference);
  const bySubject = countBy(tickets, (t) => t.subject);
  for (const { reference, subject } of confirmed.values()) {
    assert.equal(byReference.get(reference), 1, `confirmed complaint ${reference} is there once`);
    assert.equal(bySubject.get(subject), 1, `"${subject}" was filed once`);
  }
  assert.ok(tickets.length >= before + confirmed.size, `${tickets.length} tickets, ${before} before and ${confirmed.size} confirmed`);
  assert.ok(tickets.length <= before + confirmed.size + lost.length, 'nothing was filed that nobody sent');
  assert.ok([...bySubject.values()].every((n) => n === 1), 'no complaint was filed twice');

  // The citizen whose answer was lost sends the same request again, twice: one ticket each.
  const replayed = lost.slice(0, 6);
  const references: string[] = [];
  for (const { key, body } of replayed) {
    const replies = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fileComplaint(second.url, body, key);
      assert.equal(response.status, 201);
      replies.push(await response.json());
    }
    assert.deepEqual(replies[1], replies[0], 'a repeat answers with the same ticket');
    references.push((replies[0] as { reference: string }).reference);
  }
  const existedAlready = replayed.filter(({ body }) => bySubject.has(body.subject as string)).length;
  const afterReplay = await allTickets(second.url);
  assert.equal(afterReplay.length, tickets.length + replayed.length - existedAlready);
  const afterBySubject = countBy(afterReplay, (t) => t.subject);
  const afterByReference = countBy(afterReplay, (t) => t.reference);
  const referenceOf = new Map(tickets.map((t) => [t.subject, t.reference]));
  for (const [index, { body }] of replayed.entries()) {
    const subject = body.subject as string;
    assert.equal(afterBySubject.get(subject), 1, `"${subject}" is filed once after the replay`);
    assert.equal(afterByReference.get(references[index]!), 1);
    // A complaint stored just before the crash is answered with its own reference, not a new one.
    if (referenceOf.has(subject)) assert.equal(references[index], referenceOf.get(subject));
  }

  second.process.kill('SIGTERM');
  assert.deepEqual(await second.exited, { code: 0, signal: null }, 'the restarted server stops cleanly');
});
