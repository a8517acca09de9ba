/**
 * The rate limits and spent proofs of work that instances on one PostgreSQL share: the same
 * answers as the in-process stores, and one shared count however many instances ask at once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryLimitStore, MemoryUsedProofs, type RateLimit } from '@civic-contact/core';
import { PostgresStorage } from '../src/postgres-storage.ts';
import { freshDatabase } from './postgres.ts';

/** `count` instances (stores with pools of their own) on one fresh database, with one clock. */
async function instances(count: number, clock: { now: number }) {
  const database = await freshDatabase();
  const stores = await Promise.all(Array.from({ length: count }, () => PostgresStorage.open({ connectionString: database.url, poolSize: 4 })));
  return {
    shared: stores.map((store) => store.sharedLimits(() => clock.now)),
    async close() {
      await Promise.all(stores.map((store) => store.close()));
      await database.drop();
    },
  };
}

describe('limits shared on PostgreSQL', () => {
  test('a sliding window answers as the in-process store does, waits included', async () => {
    const clock = { now: Date.parse('2026-11-10T14:00:00.000Z') };
    const { shared, close } = await instances(1, clock);
    const memory = new MemoryLimitStore(() => clock.now);
    try {
      const perMinute: RateLimit = { limit: 3, windowSeconds: 60 };
      const perHour: RateLimit = { limit: 5, windowSeconds: 3600 };
      const steps: [number, 'consume' | 'check', string, RateLimit][] = [
        [0, 'consume', 'a', perMinute],
        [1_000, 'consume', 'a', perMinute],
        [2_000, 'check', 'a', perMinute],
        [2_500, 'consume', 'a', perMinute],
        [3_000, 'consume', 'a', perMinute],
        [3_000, 'check', 'a', perMinute],
        [59_999, 'consume', 'a', perMinute],
        [60_001, 'consume', 'a', perMinute],
        [60_001, 'consume', 'b', perHour],
        [61_000, 'consume', 'a', perMinute],
        [61_500, 'consume', 'a', perMinute],
        [90_000, 'consume', 'b', perHour],
        [3_000_000, 'consume', 'b', perHour],
        [3_000_001, 'consume', 'b', perHour],
        [3_000_002, 'consume', 'b', perHour],
        [3_000_003, 'check', 'b', perHour],
      ];
      const start = clock.now;
      for (const [at, call, bucket, limit] of steps) {
        clock.now = start + at;
        assert.deepEqual(await shared[0]!.limitStore[call](bucket, limit), await memory[call](bucket, limit), `${call} ${bucket} at +${at} ms`);
      }
    } finally {
      await close();
    }
  });

  test('three instances taking one bucket’s places at once give out exactly its limit', async () => {
    const clock = { now: Date.parse('2026-11-10T14:00:00.000Z') };
    const { shared, close } = await instances(3, clock);
    try {
      const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => shared[i % 3]!.limitStore.consume('complaint:client:x', { limit: 7, windowSeconds: 600 })));
      assert.equal(decisions.filter((d) => d.allowed).length, 7);
      assert.deepEqual(await shared[1]!.limitStore.check('complaint:client:x', { limit: 7, windowSeconds: 600 }), { allowed: false, retryAfterSeconds: 600 });
    } finally {
      await close();
    }
  });

  test('a proof is spent once across instances: the same request may claim it again, another may not until it expires', async () => {
    const clock = { now: Date.parse('2026-11-10T14:00:00.000Z') };
    const { shared, close } = await instances(3, clock);
    const memory = new MemoryUsedProofs(() => clock.now);
    try {
      const expiresAt = clock.now + 60_000;
      const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => shared[i % 3]!.usedProofs.claim('challenge-1', `request-${i}`, expiresAt)));
      assert.equal(claims.filter(Boolean).length, 1, 'one request of twelve, on three instances, wins the proof');
      const winner = `request-${claims.indexOf(true)}`;
      assert.equal(await shared[2]!.usedProofs.claim('challenge-1', winner, expiresAt), true, 'a retry of the winning request');
      assert.equal(await shared[0]!.usedProofs.claim('challenge-1', 'another', expiresAt), false);
      // As the in-process store answers, step by step, past the expiry.
      assert.equal(memory.claim('challenge-1', winner, expiresAt), true);
      clock.now = expiresAt;
      assert.equal(await shared[1]!.usedProofs.claim('challenge-1', 'another', expiresAt + 60_000), memory.claim('challenge-1', 'another', expiresAt + 60_000));
      assert.equal(await shared[0]!.usedProofs.claim('challenge-1', winner, expiresAt + 60_000), memory.claim('challenge-1', winner, expiresAt + 60_000));
    } finally {
      await close();
    }
  });
});
