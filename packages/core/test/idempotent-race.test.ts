/**
 * The same request sent twice at once, as a store whose transactions run together
 * (PostgreSQL, several instances) lets it happen: both copies find the Idempotency-Key free,
 * one books the slot's last place, and the other, having waited for it, finds the slot full
 * — full with its own booking. It must replay the booking, not answer 409. The memory store
 * runs one transaction at a time, so the race is staged: the key's stored answer is hidden
 * from the copy's first two looks (before and inside its transaction), as an uncommitted
 * insert is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROBLEM_TYPES } from '@civic-contact/contract';
import type { StorageTx } from '../src/storage.ts';
import { callbackRequest, makeCentre, problem } from './fixtures.ts';

async function stage() {
  const f = await makeCentre();
  const listing = await f.centre.callbackSlots(f.health, { service: 'health-clinic-services' });
  const slot = listing.days.flatMap((day) => day.slots).find((s) => s.remaining > 0);
  assert.ok(slot, 'the seed calendar offers a free slot');
  for (let i = 1; i < slot.remaining; i++) {
    await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }, { phone: `+1758555${String(2000 + i)}` }), `other-booking-${i}`);
  }
  const request = callbackRequest({ type: 'slot', start: slot.start }, { phone: '+17585559999' });
  // The first copy, through another instance: it takes the last place.
  const first = await f.centre.createCallback(f.health, request, 'the-same-request-twice');
  assert.equal(first.status, 201);

  // The second copy looked before the first had committed: its looks at the key find nothing.
  let hidden = 2;
  const unseen = <T>(key: string, look: () => Promise<T>) => (key === 'the-same-request-twice' && hidden-- > 0 ? Promise.resolve(undefined) : look());
  const storage = f.storage;
  const getIdempotency = storage.getIdempotency.bind(storage);
  storage.getIdempotency = (ministryId, key) => unseen(key, () => getIdempotency(ministryId, key));
  const transaction = storage.transaction.bind(storage);
  storage.transaction = (fn) =>
    transaction((tx) =>
      fn(
        new Proxy(tx, {
          get(target, name, receiver) {
            if (name === 'getIdempotency') return (ministryId: string, key: string) => unseen(key, () => target.getIdempotency(ministryId, key));
            const value = Reflect.get(target, name, receiver) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }) as StorageTx,
      ),
    );
  return { f, request, first };
}

test('a copy of a booking that finds the slot full with its own booking replays it', async () => {
  const { f, request, first } = await stage();
  const second = await f.centre.createCallback(f.health, request, 'the-same-request-twice');
  assert.equal(second.status, 201);
  assert.equal(second.replayed, true);
  assert.deepEqual(second.body, first.body);
});

test('another request under that key, refused the same way, is an idempotency conflict', async () => {
  const { f, request } = await stage();
  await problem(f.centre.createCallback(f.health, { ...request, name: 'Someone Else' }, 'the-same-request-twice'), 409, PROBLEM_TYPES.idempotencyConflict);
});

test('a booking refused for a full slot, whose key holds nothing, is still refused', async () => {
  const { f, request } = await stage();
  await problem(f.centre.createCallback(f.health, { ...request, phone: '+17585558888' }, 'another-key-entirely'), 409, PROBLEM_TYPES.slotFull);
});
