/**
 * What the public creates (complaints, callbacks) share: the Idempotency-Key that makes a
 * retry safe, and a fresh reference for what they file.
 *
 * @module
 */
import { generateReference, HEADERS, LIMITS, type Ministry } from '@civic-contact/contract';
import { canonicalJson } from '../crypto-utils.ts';
import { badRequest, idempotencyConflict, isDomainError } from '../errors.ts';
import { TransactionConflictError } from '../transaction-conflict.ts';
import type { IdempotencyRecord, StorageTx } from '../storage.ts';
import type { CentreContext } from './context.ts';
import type { IdempotentResult } from './types.ts';

const REFERENCE_ATTEMPTS = 10;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]+$/;

/** The `Idempotency-Key` header, or 400 when it is not one. */
export function readIdempotencyKey(key: string | null): string | null {
  if (key === null) return null;
  if (key.length < LIMITS.idempotencyKeyMinLength || key.length > LIMITS.idempotencyKeyMaxLength || !IDEMPOTENCY_KEY.test(key)) {
    throw badRequest(
      `The ${HEADERS.idempotencyKey} header must be ${LIMITS.idempotencyKeyMinLength} to ${LIMITS.idempotencyKeyMaxLength} visible ASCII characters, such as a UUID.`,
      [{ field: HEADERS.idempotencyKey, code: 'invalid_format', message: 'Use a new UUID for each request, and the same one when retrying it.' }],
    );
  }
  return key;
}

/** The stored answer to replay for a repeat of a request, or undefined when there is none; 409 when the key came with another request. */
function replay<T>(previous: IdempotencyRecord | undefined, requestHash: string): IdempotentResult<T> | undefined {
  if (!previous) return undefined;
  if (previous.requestHash !== requestHash) throw idempotencyConflict();
  return { status: 201, body: previous.body as T, replayed: true };
}

/**
 * Runs `create` in a transaction guarded by the Idempotency-Key: a repeat of the same
 * request gets the stored answer; the same key with another request is a conflict. A
 * create that fails stores nothing, so the key stays free.
 */
export async function idempotent<T>(
  centre: CentreContext,
  operation: string,
  ministryId: string,
  key: string | null,
  rawBody: unknown,
  guard: () => Promise<void>,
  create: (tx: StorageTx) => Promise<T>,
): Promise<IdempotentResult<T>> {
  const requestHash = key === null ? '' : await centre.sha256(`${operation}\n${canonicalJson(rawBody)}`);
  // A repeat of a request that was stored is answered before the gate: it files nothing, so it
  // needs no fresh proof of work and no room in the limits. Otherwise a retry across a server
  // restart (whose new key refuses the old proof) could be refused, and a client that then
  // took a new key would file twice.
  const stored = key === null ? undefined : replay<T>(await centre.storage.getIdempotency(ministryId, key), requestHash);
  if (stored) return stored;
  await guard();
  const at = centre.now();
  const result = await centre.storage.transaction<IdempotentResult<T>>(async (tx) => {
    if (key !== null) {
      const previous = replay<T>(await tx.getIdempotency(ministryId, key), requestHash);
      if (previous) return previous;
    }
    const body = await create(tx);
    if (key !== null) {
      const stored = await tx.putIdempotency({
        ministryId,
        key,
        requestHash,
        status: 201,
        body,
        createdAt: centre.now().toISOString(),
      });
      // Only a store whose transactions run together gets here: a concurrent request took the
      // key after this one looked. Run again: its rollback undoes the create, and the rerun
      // replays that request's answer (or files, should that request have been rolled back).
      if (!stored) throw new TransactionConflictError(`Another request with this ${HEADERS.idempotencyKey} stored its answer first.`);
    }
    return { status: 201, body, replayed: false };
  }).catch(async (error: unknown) => {
    // A store whose transactions run together: the same request sent twice at once (a retry
    // racing its original, or through two instances) finds the key free in both; one files,
    // and the other, having waited for it, may be refused by what it filed (a slot's last
    // place, now taken by that very booking). A refusal is no answer to a request that was
    // filed: should the key hold a stored answer now, replay it (a fresh read, after the
    // refused transaction rolled back). A failing read leaves the refusal as it was.
    if (key === null || !isDomainError(error)) throw error;
    const settled = replay<T>(await centre.storage.getIdempotency(ministryId, key).catch(() => undefined), requestHash);
    if (settled) return settled;
    throw error;
  });
  centre.publicStatsCache.written(at);
  return result;
}

/**
 * Stores a new record under a fresh random reference. `store(reference)` writes it and
 * answers false, having written nothing, when the reference is taken (the store checks that
 * inside the transaction anyway); then another is drawn.
 */
export async function storeUnderNewReference(
  centre: CentreContext,
  ministry: Ministry,
  store: (reference: string) => Promise<boolean>,
): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = generateReference(ministry.code, centre.randomBytes);
    if (await store(reference)) return reference;
  }
  // 35 random bits make this astronomically unlikely unless the randomness is broken.
  throw new Error(`Could not find a free reference for ${ministry.code} in ${REFERENCE_ATTEMPTS} attempts`);
}
