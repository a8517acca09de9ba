/**
 * Limits that keep one client from exhausting the contact centre: public writes per client and
 * per key, active callbacks per phone number and per client, lookups that a stranger's guesses
 * cannot lock the owner out of, and the sweep of uploads and idempotency answers nobody needs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HEADERS, PROBLEM_TYPES } from '@civic-contact/contract';
import { DEFAULT_LIMITS, limitsResolver, LimitsConfigError, parseLimitsConfig } from '../src/limits.ts';
import { MemoryLimitStore } from '../src/rate-limit.ts';
import { busComplaint, callbackRequest, clinicComplaint, proofHeader, makeCentre, pngBytes, problem, refusal, type Fixture } from './fixtures.ts';

const hourly = (limit: number) => ({ limit, windowSeconds: 3600 });

async function fileComplaint(f: Fixture, clientId: string, principal = f.health) {
  return (await f.centre.createComplaint(principal, clinicComplaint(), null, { clientId })).body.reference;
}

describe('MemoryLimitStore', () => {
  test('allows `limit` attempts per sliding window, then says how long to wait', async () => {
    let now = 0;
    const store = new MemoryLimitStore(() => now);
    const limit = { limit: 2, windowSeconds: 10 };
    assert.deepEqual(await store.consume('a', limit), { allowed: true });
    now = 4000;
    assert.deepEqual(await store.consume('a', limit), { allowed: true });
    assert.deepEqual(await store.consume('a', limit), { allowed: false, retryAfterSeconds: 6 });
    assert.deepEqual(await store.consume('b', limit), { allowed: true }, 'buckets are separate');
    now = 10_001;
    assert.deepEqual(await store.consume('a', limit), { allowed: true }, 'the first attempt has left the window');
    assert.deepEqual(await store.consume('a', limit), { allowed: false, retryAfterSeconds: 4 });
  });

  test('refused attempts do not extend the wait, and check() counts nothing', async () => {
    let now = 0;
    const store = new MemoryLimitStore(() => now);
    const limit = { limit: 1, windowSeconds: 60 };
    for (let i = 0; i < 5; i++) assert.equal((await store.check('a', limit)).allowed, true);
    await store.consume('a', limit);
    for (now = 1000; now < 60_000; now += 1000) assert.equal((await store.consume('a', limit)).allowed, false);
    now = 60_000;
    assert.equal((await store.consume('a', limit)).allowed, true);
  });

  test('with thousands of attempts in the window, the wait is until enough of them have left it', async () => {
    let now = 0;
    const store = new MemoryLimitStore(() => now);
    const limit = { limit: 3000, windowSeconds: 3600 };
    for (let i = 0; i < 3000; i++, now += 1000) assert.equal((await store.consume('k', limit)).allowed, true);
    // 3,000 attempts one second apart, from 0 s to 2,999 s: the first leaves the window at 3,600 s.
    now = 3000_000;
    assert.deepEqual(await store.consume('k', limit), { allowed: false, retryAfterSeconds: 600 });
    now = 3600_001;
    assert.equal((await store.consume('k', limit)).allowed, true);
  });

  test('a limit that could never allow anything is refused', async () => {
    const store = new MemoryLimitStore();
    await assert.rejects(store.consume('a', { limit: 0, windowSeconds: 60 }), RangeError);
    await assert.rejects(store.consume('a', { limit: 1.5, windowSeconds: 60 }), RangeError);
  });
});

describe('limits configuration', () => {
  test('a ministry’s settings apply on top of everyone’s, and everything else keeps its default', () => {
    const limitsOf = limitsResolver({
      writes: { complaint: { perClient: hourly(5) } },
      ministries: { health: { writes: { complaint: { perKey: hourly(50) } }, activeCallbacks: { perPhone: 1 } } },
    });
    const health = limitsOf('health');
    assert.deepEqual(health.writes.complaint, { perClient: hourly(5), perKey: hourly(50) });
    assert.equal(health.activeCallbacks.perPhone, 1);
    assert.equal(health.activeCallbacks.perClient, DEFAULT_LIMITS.activeCallbacks.perClient);
    assert.deepEqual(limitsOf('transport').writes.complaint, { perClient: hourly(5), perKey: DEFAULT_LIMITS.writes.complaint.perKey });
    assert.deepEqual(limitsOf('transport').lookups, DEFAULT_LIMITS.lookups);
  });

  test('a configuration file with a wrong setting is refused, naming the setting', () => {
    assert.deepEqual(parseLimitsConfig({ writes: { callback: { perClient: hourly(3) } } }), { writes: { callback: { perClient: hourly(3) } } });
    const refused = (value: unknown, message: RegExp) => assert.throws(() => parseLimitsConfig(value), (e: unknown) => e instanceof LimitsConfigError && message.test(e.message));
    refused([], /must be a JSON object/);
    refused({ writes: { complaints: {} } }, /limits\.writes\.complaints is not a setting; limits\.writes takes complaint, attachment, callback, faqFeedback/);
    refused({ writes: { complaint: { perClient: { limit: 0, windowSeconds: 60 } } } }, /limits\.writes\.complaint\.perClient must be \{ "limit": a whole number ≥ 1/);
    refused({ writes: { complaint: { perClient: 5 } } }, /perClient must be/);
    refused({ activeCallbacks: { perPhone: -1 } }, /limits\.activeCallbacks\.perPhone must be a whole number ≥ 0/);
    refused({ ministries: { health: { lookups: { perClient: { limit: 5, windowSeconds: 60, burst: 2 } } } } }, /limits\.ministries\.health\.lookups\.perClient must be/);
    refused({ ministries: [] }, /limits\.ministries must map ministry ids/);
  });
});

describe('write limits', () => {
  test('complaints are limited per client: 429 with Retry-After and the SDK’s problem type; other clients go on', async () => {
    const f = await makeCentre({ limits: { writes: { complaint: { perClient: hourly(2) } } } });
    await fileComplaint(f, 'client-1');
    f.advance(10);
    await fileComplaint(f, 'client-1');
    const limited = await refusal(fileComplaint(f, 'client-1'));
    assert.equal(limited.problem.status, 429);
    assert.equal(limited.problem.type, PROBLEM_TYPES.rateLimited);
    assert.equal(limited.problem.retryAfter, 50 * 60, 'the first complaint leaves the hour’s window in 50 minutes');
    assert.equal(limited.headers[HEADERS.retryAfter], String(50 * 60));
    await fileComplaint(f, 'client-2');
    f.advance(50);
    await fileComplaint(f, 'client-1');
  });

  test('a site’s key has a cap of its own across all clients; refused clients do not use it up', async () => {
    const f = await makeCentre({ limits: { writes: { complaint: { perClient: hourly(1), perKey: hourly(3) } } } });
    await fileComplaint(f, 'a');
    await problem(fileComplaint(f, 'a'), 429);
    await problem(fileComplaint(f, 'a'), 429);
    await fileComplaint(f, 'b');
    await fileComplaint(f, 'c');
    await problem(fileComplaint(f, 'd'), 429, PROBLEM_TYPES.rateLimited);
    // Another ministry's site is not affected.
    await f.centre.createComplaint(f.transport, busComplaint(), null, { clientId: 'd' });
  });

  test('a ministry’s own limits apply to it alone', async () => {
    const f = await makeCentre({ limits: { ministries: { health: { writes: { complaint: { perClient: hourly(1) } } } } } });
    await fileComplaint(f, 'x');
    await problem(fileComplaint(f, 'x'), 429);
    for (let i = 0; i < 3; i++) await f.centre.createComplaint(f.transport, busComplaint(), null, { clientId: 'x' });
  });

  test('secret keys (the centre’s own desks and integrations) are not limited', async () => {
    const f = await makeCentre({ limits: { writes: { complaint: { perClient: hourly(1), perKey: hourly(1) } } } });
    for (let i = 0; i < 3; i++) await fileComplaint(f, 'desk', f.healthAgent);
  });

  test('uploads, bookings and FAQ feedback are limited too, each in buckets of its own', async () => {
    const one = hourly(1);
    const f = await makeCentre({ limits: { writes: { attachment: { perClient: one }, callback: { perClient: one }, faqFeedback: { perClient: one } } } });
    const upload = () =>
      f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'a.png', content: pngBytes() }, { clientId: 'c' });
    await upload();
    await problem(upload(), 429);
    const book = () => f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null, { clientId: 'c' });
    await book();
    await problem(book(), 429);
    const [faq] = (await f.centre.searchFaq(f.health, { q: 'appointment' })).hits;
    const vote = () => f.centre.faqFeedback(f.health, faq!.id, { helpful: false }, { clientId: 'c' });
    await vote();
    await problem(vote(), 429);
    // Complaints have their own bucket.
    await fileComplaint(f, 'c');
  });
});

describe('callbacks per phone number and per client', () => {
  test('a phone number holds at most two callbacks to come; cancelling one makes room', async () => {
    const f = await makeCentre();
    const book = (clientId: string) => f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null, { clientId });
    const first = await book('home');
    await book('work');
    const refused = await refusal(book('phone-shop'));
    assert.equal(refused.problem.status, 429);
    assert.match(refused.problem.detail!, /This phone number already has 2 callbacks booked\. Cancel one/);
    await f.centre.cancelCallback(f.health, first.body.reference, '+17585550123', 'home');
    await book('phone-shop');
  });

  test('a client holds at most four callbacks to come, whatever the phone numbers', async () => {
    const f = await makeCentre();
    const book = (i: number, clientId = 'flood') =>
      f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }, { phone: `+1758555${String(i).padStart(4, '0')}` }), null, { clientId });
    for (let i = 0; i < 4; i++) await book(i);
    const refused = await refusal(book(4));
    assert.equal(refused.problem.status, 429);
    assert.match(refused.problem.detail!, /This device or network already has 4 callbacks booked/);
    await book(5, 'neighbour');
  });

  test('a callback whose slot has begun no longer counts', async () => {
    const f = await makeCentre({ limits: { activeCallbacks: { perPhone: 1 } } });
    const listing = await f.centre.callbackSlots(f.health, { service: 'health-clinic-services' });
    const slot = listing.days.flatMap((d) => d.slots).find((s) => s.remaining > 0)!;
    await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }), null, { clientId: 'c' });
    await problem(f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null, { clientId: 'c' }), 429);
    f.clock.now = new Date(Date.parse(slot.start) + 1000);
    await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null, { clientId: 'c' });
  });

  test('a retried booking (same Idempotency-Key) is answered again, not refused by the cap it fills', async () => {
    const f = await makeCentre({ limits: { activeCallbacks: { perPhone: 1 } } });
    const first = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), 'booking-key-1', { clientId: 'c' });
    const again = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), 'booking-key-1', { clientId: 'c' });
    assert.equal(again.replayed, true);
    assert.equal(again.body.reference, first.body.reference);
  });

  test('an agent booking for a caller with a secret key is not capped', async () => {
    const f = await makeCentre({ limits: { activeCallbacks: { perPhone: 1, perClient: 1 } } });
    for (let i = 0; i < 3; i++) await f.centre.createCallback(f.healthAgent, callbackRequest({ type: 'asap' }), null, { clientId: 'desk' });
  });
});

describe('lookups', () => {
  test('a stranger’s wrong guesses lock out the stranger, not the owner', async () => {
    const f = await makeCentre();
    const reference = await fileComplaint(f, 'owner');
    for (let i = 0; i < DEFAULT_LIMITS.lookups.failuresPerReferenceAndClient.limit; i++) {
      f.advance(1); // under the per-client rate of every lookup
      await problem(f.centre.getTicket(f.health, reference, `guess${i}@example.org`, 'stranger'), 404);
    }
    f.advance(1);
    const locked = await refusal(f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'stranger'));
    assert.equal(locked.problem.status, 429);
    assert.equal((await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'owner')).reference, reference);
  });

  test('the owner’s own lookups never count as failures', async () => {
    const f = await makeCentre({ limits: { lookups: { perClient: hourly(1000), failuresPerReferenceAndClient: hourly(1) } } });
    const reference = await fileClinicComplaintOf(f);
    for (let i = 0; i < 5; i++) await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'owner');
    await problem(f.centre.getTicket(f.health, reference, 'wrong@example.org', 'owner'), 404);
    await problem(f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'owner'), 429);
  });

  test('guesses from many addresses reach the reference’s own, higher cap', async () => {
    const f = await makeCentre({ limits: { lookups: { failuresPerReference: { limit: 5, windowSeconds: 900 } } } });
    const reference = await fileClinicComplaintOf(f);
    for (let i = 0; i < 5; i++) await problem(f.centre.getTicket(f.health, reference, 'guess@example.org', `botnet-${i}`), 404);
    const limited = await refusal(f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'owner'));
    assert.equal(limited.problem.status, 429);
    assert.equal(limited.problem.retryAfter, 900);
  });
});

async function fileClinicComplaintOf(f: Fixture) {
  return fileComplaint(f, 'owner');
}

describe('sweep', () => {
  test('an upload no complaint cites is deleted after a day, with its bytes; a cited one stays', async () => {
    const f = await makeCentre();
    const upload = (bytes: Uint8Array) => f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'a.png', content: bytes });
    const forgotten = await upload(pngBytes(100));
    const cited = await upload(pngBytes(200));
    await f.centre.createComplaint(f.health, clinicComplaint({ attachments: [cited.id] }), null);
    f.advance(23 * 60);
    assert.deepEqual(await f.centre.sweep(), { uploads: 0, blobs: 0, idempotency: 0 }, 'nothing is a day old yet');
    f.advance(61);
    assert.deepEqual(await f.centre.sweep(), { uploads: 1, blobs: 1, idempotency: 0 });
    assert.equal(await f.storage.getAttachment(forgotten.id), undefined);
    assert.equal(await f.blobs.get(forgotten.sha256), undefined);
    assert.ok(await f.storage.getAttachment(cited.id));
    assert.ok(await f.blobs.get(cited.sha256));
    assert.deepEqual(await f.centre.sweep(), { uploads: 0, blobs: 0, idempotency: 0 }, 'a second sweep finds nothing');
  });

  test('bytes another upload still refers to, or stored again within the hour, are kept', async () => {
    const f = await makeCentre();
    const upload = () => f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'same.png', content: pngBytes(300) });
    const old = await upload();
    f.advance(24 * 60 + 30);
    const fresh = await upload();
    assert.equal(fresh.sha256, old.sha256);
    assert.deepEqual(await f.centre.sweep(), { uploads: 1, blobs: 0, idempotency: 0 });
    assert.ok(await f.blobs.get(fresh.sha256), 'the fresh upload’s bytes are there');
  });

  test('idempotency answers expire after a day, so the store does not grow for ever', async () => {
    const f = await makeCentre({ idempotencyTtlSeconds: 3600 });
    const first = await f.centre.createComplaint(f.health, clinicComplaint(), 'retry-key-0001');
    assert.equal((await f.centre.createComplaint(f.health, clinicComplaint(), 'retry-key-0001')).body.reference, first.body.reference);
    f.advance(61);
    assert.deepEqual(await f.centre.sweep(), { uploads: 0, blobs: 0, idempotency: 1 });
    assert.equal(await f.storage.getIdempotency('health', 'retry-key-0001'), undefined);
  });
});

describe('a repeat of a request that was stored', () => {
  test('is answered before the gate: it needs no fresh proof of work and no room in the limits', async () => {
    const f = await makeCentre({ proofOfWork: { maxNumber: 50 }, limits: { writes: { complaint: { perClient: hourly(1) } } } });
    const proof = proofHeader(await f.centre.challenge(f.health, { clientId: 'c' }));
    const first = await f.centre.createComplaint(f.health, clinicComplaint(), 'replay-key-0001', { clientId: 'c', proof });
    // A server restarted with a new signing key refuses the old proof: the repeat must not need it.
    const again = await f.centre.createComplaint(f.health, clinicComplaint(), 'replay-key-0001', { clientId: 'c', proof: null });
    assert.deepEqual(again, { ...first, replayed: true });
    await problem(f.centre.createComplaint(f.health, clinicComplaint({ subject: 'Something else' }), 'replay-key-0001', { clientId: 'c' }), 409, PROBLEM_TYPES.idempotencyConflict);
    // A new request still passes the whole gate.
    await problem(f.centre.createComplaint(f.health, clinicComplaint(), 'replay-key-0002', { clientId: 'c', proof: null }), 400, PROBLEM_TYPES.proofRequired);
    const fresh = proofHeader(await f.centre.challenge(f.health, { clientId: 'c' }));
    await problem(f.centre.createComplaint(f.health, clinicComplaint(), 'replay-key-0002', { clientId: 'c', proof: fresh }), 429, PROBLEM_TYPES.rateLimited);
  });

  test('a booking likewise', async () => {
    const f = await makeCentre({ proofOfWork: { maxNumber: 50 } });
    const proof = proofHeader(await f.centre.challenge(f.health, { clientId: 'c' }));
    const first = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), 'booking-key-0001', { clientId: 'c', proof });
    const again = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), 'booking-key-0001', { clientId: 'c', proof: 'not even a proof' });
    assert.deepEqual(again, { ...first, replayed: true });
  });
});
