import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { ChallengeSchema, PROBLEM_TYPES, safeParse } from '@civic-contact/contract';
import { cryptoRandomBytes, sha256Hex } from '../src/crypto-utils.ts';
import { isDomainError } from '../src/errors.ts';
import { MemoryUsedProofs, ProofOfWork, refuseHoneypot, type ProofOfWorkOptions } from '../src/proof-of-work.ts';
import { proofHeader, solveChallenge } from './fixtures.ts';

function setUp(options: ProofOfWorkOptions = {}) {
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const pow = new ProofOfWork({ maxNumber: 500, ...options }, { now: () => new Date(clock.now), randomBytes: cryptoRandomBytes, sha256: sha256Hex });
  return { pow, clock };
}

/** The refusal `promise` ends in: its problem type, status and detail. */
async function refusal(promise: Promise<unknown>): Promise<{ type: string; status: number; detail: string }> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (error: unknown) => error,
  );
  assert.ok(isDomainError(error), String(error));
  return { type: error.problem.type, status: error.status, detail: error.problem.detail ?? '' };
}

describe('proof of work', () => {
  test('a challenge is in ALTCHA’s format, signed, for one ministry, and expires', async () => {
    const { pow } = setUp({ expiresInSeconds: 600 });
    const challenge = await pow.issue('health', '203.0.113.7');
    assert.ok(safeParse(ChallengeSchema, challenge).success);
    assert.equal(challenge.maxnumber, 500);
    assert.match(challenge.salt, /^[0-9a-f]{64}\?expires=\d+&ministry=health&$/);
    assert.equal(challenge.expires, '2026-03-02T10:10:00.000Z');
    // ALTCHA's verification: the challenge is SHA-256 of salt and number.
    assert.equal(createHash('sha256').update(`${challenge.salt}${solveChallenge(challenge)}`).digest('hex'), challenge.challenge);
  });

  test('a solved proof passes once; a retry of the same request may carry it again, another request may not', async () => {
    const { pow } = setUp();
    const proof = proofHeader(await pow.issue('health', 'client'));
    await pow.checkWrite('complaint', 'health', proof, 'key-0001');
    await pow.checkWrite('complaint', 'health', proof, 'key-0001');
    const reused = await refusal(pow.checkWrite('complaint', 'health', proof, 'key-0002'));
    assert.equal(reused.type, PROBLEM_TYPES.proofRequired);
    assert.equal(reused.status, 400);
    assert.match(reused.detail, /already used by another request/);
    // The same key for another kind of write is another request.
    assert.match((await refusal(pow.checkWrite('callback', 'health', proof, 'key-0001'))).detail, /already used/);
  });

  test('a request without an Idempotency-Key (an upload) uses its proof up', async () => {
    const { pow } = setUp();
    const proof = proofHeader(await pow.issue('health', 'client'));
    await pow.checkWrite('attachment', 'health', proof, null);
    assert.match((await refusal(pow.checkWrite('attachment', 'health', proof, null))).detail, /already used/);
  });

  test('missing, malformed, unsolved, forged, expired and other-ministry proofs are refused, each saying why', async () => {
    const { pow, clock } = setUp({ expiresInSeconds: 60 });
    const challenge = await pow.issue('health', 'client');
    const number = solveChallenge(challenge);
    const cases: [string | null, RegExp][] = [
      [null, /needs a proof of work in the X-Civic-Proof header/],
      ['not base64 json', /is not a solved challenge/],
      [btoa('{"algorithm":"SHA-1"}'), /is not a solved challenge/],
      [proofHeader(challenge, number + 1), /is not solved/],
      [proofHeader({ ...challenge, signature: 'f'.repeat(64) }, number), /not issued by this contact centre/],
      // Moving a digit between salt and number keeps the hash, but breaks the terms.
      [proofHeader({ ...challenge, salt: challenge.salt.slice(0, -1) }, number), /is not a solved challenge/],
    ];
    for (const [proof, detail] of cases) {
      const refused = await refusal(pow.checkWrite('complaint', 'health', proof, 'key-0001'));
      assert.equal(refused.type, PROBLEM_TYPES.proofRequired);
      assert.match(refused.detail, detail);
    }
    assert.match((await refusal(pow.checkWrite('complaint', 'transport', proofHeader(challenge, number), 'key-0001'))).detail, /another ministry/);
    clock.now += 61_000;
    assert.match((await refusal(pow.checkWrite('complaint', 'health', proofHeader(challenge, number), 'key-0001'))).detail, /expired at 2026-03-02T10:01:00/);
  });

  test('FAQ feedback needs no proof', async () => {
    const { pow } = setUp();
    await pow.checkWrite('faqFeedback', 'health', null, null);
  });

  test('a challenge from another instance is good only when both share the HMAC key', async () => {
    const shared = { hmacKey: 'a key shared by every instance' };
    const one = setUp(shared).pow;
    const other = setUp(shared).pow;
    await other.checkWrite('complaint', 'health', proofHeader(await one.issue('health', 'client')), 'key-0001');
    const stranger = setUp().pow;
    assert.match((await refusal(stranger.checkWrite('complaint', 'health', proofHeader(await one.issue('health', 'client')), 'key-0001'))).detail, /not issued by this/);
  });

  test('a ministry under attack gets its own difficulty; a client that keeps asking gets harder challenges', async () => {
    const { pow, clock } = setUp({ perMinistry: { health: { maxNumber: 2000 } }, escalation: { every: 3, windowSeconds: 60, maxFactor: 4 } });
    const sizes = [];
    for (let i = 0; i < 8; i++) sizes.push((await pow.issue('health', 'flood')).maxnumber);
    assert.deepEqual(sizes, [2000, 2000, 2000, 4000, 4000, 4000, 8000, 8000]);
    assert.equal((await pow.issue('transport', 'someone else')).maxnumber, 500);
    clock.now += 61_000;
    assert.equal((await pow.issue('health', 'flood')).maxnumber, 2000);
    const level = setUp({ escalation: false }).pow;
    for (let i = 0; i < 30; i++) assert.equal((await level.issue('health', 'flood')).maxnumber, 500);
  });

  test('options out of range are refused when the contact centre is set up', () => {
    const deps = { now: () => new Date(), randomBytes: cryptoRandomBytes, sha256: sha256Hex };
    assert.throws(() => new ProofOfWork({ maxNumber: 0 }, deps), /maxNumber/);
    assert.throws(() => new ProofOfWork({ perMinistry: { health: { maxNumber: 1.5 } } }, deps), /perMinistry\.health\.maxNumber/);
    assert.throws(() => new ProofOfWork({ hmacKey: 'short' }, deps), /hmacKey/);
    assert.throws(() => new ProofOfWork({ expiresInSeconds: 0 }, deps), /expiresInSeconds/);
  });

  test('used proofs are forgotten once their challenge has expired', () => {
    let now = 0;
    const used = new MemoryUsedProofs(() => now);
    assert.equal(used.claim('c', 'a', 1000), true);
    assert.equal(used.claim('c', 'b', 1000), false);
    assert.equal(used.claim('c', 'a', 1000), true);
    now = 1000;
    assert.equal(used.claim('c', 'b', 2000), true);
  });

  test('the honeypot refuses a request that fills it, and lets an empty one through', () => {
    refuseHoneypot({});
    refuseHoneypot({ website: '' });
    assert.throws(
      () => refuseHoneypot({ website: 'https://spam.example' }),
      (error: unknown) => isDomainError(error) && error.status === 400 && error.problem.errors?.[0]?.field === 'website',
    );
  });
});
