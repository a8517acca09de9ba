/**
 * Concurrency against the real server over HTTP: the last place in a callback slot is given
 * once however many citizens ask for it at the same moment, and simultaneous repeats of one
 * request (same Idempotency-Key) file one thing and all get the same answer.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PROBLEM_TYPES, type CallbackSlots, type Slot } from '@civic-contact/contract';
import { busComplaint, callbackRequest, NOW } from '@civic-contact/core/testing';
import { startServer, type RunningServer } from '../src/server.ts';

/** Simultaneous requests per race. */
const RACERS = 20;
const HEALTH = 'pk_test_health';
const TRANSPORT = 'pk_test_transport';

const crowd = { limit: 100_000, windowSeconds: 60 };
let server: RunningServer;
let dataDir: string;
const unexpectedErrors: unknown[] = [];

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'civic-concurrency-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    site: false,
    // Raw requests racing each other: no proof of work (its own cases are in proof-of-work.test.ts),
    // and crowds of citizens who all come from 127.0.0.1, so no limits per client or phone (limits.test.ts).
    proofOfWork: false,
    limits: {
      writes: { complaint: { perClient: crowd }, callback: { perClient: crowd } },
      activeCallbacks: { perPhone: 100_000, perClient: 100_000 },
    },
    now: () => new Date(NOW),
    onError: (error) => unexpectedErrors.push(error),
  });
});
after(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
  assert.deepEqual(unexpectedErrors, [], 'no request ended in an unexpected server error');
});

interface Answer {
  status: number;
  type: string | null;
  body: Record<string, unknown>;
}

async function post(path: string, siteKey: string, body: unknown, idempotencyKey: string | null = randomUUID()): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Site-Key': siteKey,
      ...(idempotencyKey === null ? {} : { 'Idempotency-Key': idempotencyKey }),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  return { status: response.status, type: typeof json.type === 'string' ? json.type : null, body: json };
}

/** A different citizen each time, so nothing but the slot's capacity stands between them. */
function citizenBooking(start: string, n: number): Record<string, unknown> {
  return callbackRequest({ type: 'slot', start }, { name: `Citizen ${n}`, phone: `+1758555${String(1000 + n)}` });
}

let citizens = 0;
const book = (start: string) => post('/v1/callbacks', HEALTH, citizenBooking(start, citizens++));

async function listSlots(): Promise<Slot[]> {
  const response = await fetch(`${server.url}/v1/callbacks/slots?service=health-clinic-services&from=2026-11-11&days=5`, {
    headers: { 'X-Site-Key': HEALTH },
  });
  assert.equal(response.status, 200);
  const slots = (await response.json()) as CallbackSlots;
  return slots.days.flatMap((day) => day.slots);
}

async function remaining(start: string): Promise<number> {
  const slot = (await listSlots()).find((s) => s.start === start);
  assert.ok(slot, `slot ${start} is listed`);
  return slot.remaining;
}

const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort((a, b) => a - b);

describe('the last place in a callback slot', () => {
  let freeSlots: Slot[];
  before(async () => {
    freeSlots = (await listSlots()).filter((s) => s.remaining === s.capacity && s.capacity > 1);
    assert.ok(freeSlots.length >= 12, 'enough free slots to race over');
  });

  test(`is given once when ${RACERS} citizens ask for it at the same moment, slot after slot`, async () => {
    for (const slot of freeSlots.slice(0, 8)) {
      for (let i = 0; i < slot.capacity - 1; i++) assert.equal((await book(slot.start)).status, 201);
      assert.equal(await remaining(slot.start), 1);

      const answers = await Promise.all(Array.from({ length: RACERS }, () => book(slot.start)));
      assert.deepEqual(statuses(answers), [201, ...Array<number>(RACERS - 1).fill(409)], `one winner for ${slot.start}`);
      for (const refused of answers.filter((a) => a.status === 409)) assert.equal(refused.type, PROBLEM_TYPES.slotFull);
      assert.equal(await remaining(slot.start), 0, `${slot.start} shows no place left`);
    }
  });

  test('an empty slot gives exactly its capacity to a crowd', async () => {
    for (const slot of freeSlots.slice(8, 12)) {
      const answers = await Promise.all(Array.from({ length: RACERS }, () => book(slot.start)));
      const won = answers.filter((a) => a.status === 201);
      assert.equal(won.length, slot.capacity, `${slot.start} took ${won.length} bookings for ${slot.capacity} places`);
      assert.equal(new Set(won.map((a) => a.body.reference)).size, slot.capacity, 'each booking has its own reference');
      assert.ok(answers.filter((a) => a.status !== 201).every((a) => a.status === 409 && a.type === PROBLEM_TYPES.slotFull));
      assert.equal(await remaining(slot.start), 0);
    }
  });
});

describe('simultaneous repeats of one request', () => {
  /** The transport tickets with this subject, as agents see them. */
  async function ticketsWithSubject(subject: string): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) }).toString();
      const response = await fetch(`${server.url}/v1/agent/tickets?${query}`, { headers: { Authorization: 'Bearer sk_test_transport' } });
      const page = (await response.json()) as { items: { reference: string; subject: string }[]; nextCursor: string | null };
      found.push(...page.items.filter((t) => t.subject === subject).map((t) => t.reference));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return found;
  }

  test('complaints with the same Idempotency-Key and body file one ticket and get identical answers', async () => {
    for (let round = 0; round < 3; round++) {
      const key = randomUUID();
      const subject = `Same key, round ${round}`;
      const body = busComplaint({ subject });
      const answers = await Promise.all(Array.from({ length: RACERS }, () => post('/v1/complaints', TRANSPORT, body, key)));
      assert.deepEqual(statuses(answers), Array<number>(RACERS).fill(201));
      for (const answer of answers) assert.deepEqual(answer.body, answers[0]!.body);
      assert.deepEqual(await ticketsWithSubject(subject), [answers[0]!.body.reference]);
    }
  });

  test('the same Idempotency-Key with different bodies files one ticket; the others are refused as a conflict', async () => {
    const key = randomUUID();
    const subjects = Array.from({ length: RACERS }, (_, n) => `Same key, other body ${n}`);
    const answers = await Promise.all(subjects.map((subject) => post('/v1/complaints', TRANSPORT, busComplaint({ subject }), key)));
    assert.deepEqual(statuses(answers), [201, ...Array<number>(RACERS - 1).fill(409)]);
    for (const refused of answers.filter((a) => a.status === 409)) assert.equal(refused.type, PROBLEM_TYPES.idempotencyConflict);
    const winner = subjects[answers.findIndex((a) => a.status === 201)]!;
    assert.deepEqual(await ticketsWithSubject(winner), [answers.find((a) => a.status === 201)!.body.reference]);
    for (const subject of subjects.filter((s) => s !== winner)) assert.deepEqual(await ticketsWithSubject(subject), []);
  });

  test('a booking repeated at the same moment with one Idempotency-Key takes one place', async () => {
    const slot = (await listSlots()).find((s) => s.remaining === s.capacity && s.capacity >= 2);
    assert.ok(slot);
    const key = randomUUID();
    const body = citizenBooking(slot.start, citizens++);
    const answers = await Promise.all(Array.from({ length: RACERS }, () => post('/v1/callbacks', HEALTH, body, key)));
    assert.deepEqual(statuses(answers), Array<number>(RACERS).fill(201));
    for (const answer of answers) assert.deepEqual(answer.body, answers[0]!.body);
    assert.equal(await remaining(slot.start), slot.capacity - 1);
  });
});
