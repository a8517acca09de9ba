/**
 * The limits and the proof of work: what a public write, a ticket lookup or a callback
 * cancellation must get past before it is carried out.
 *
 * @module
 */
import type { Challenge, Ministry } from '@civic-contact/contract';
import { isDomainError, notFound, rateLimited } from '../errors.ts';
import type { Principal } from '../keys.ts';
import type { WriteKind } from '../limits.ts';
import type { RateLimit } from '../rate-limit.ts';
import { ministryOf, requireSite } from './access.ts';
import type { CentreContext } from './context.ts';
import type { RequestContext } from './types.ts';

/** A proof-of-work challenge for the next write of a site key, harder for a client that keeps asking. */
export async function challenge(centre: CentreContext, principal: Principal, context: RequestContext): Promise<Challenge> {
  requireSite(principal);
  const ministry = await ministryOf(centre, principal);
  if (!centre.proofOfWork) throw notFound('This contact centre asks for no proof of work: send public writes without one.');
  return centre.proofOfWork.issue(ministry.id, context.clientId);
}

/**
 * The one gate every public write passes before it reads its body further: the write
 * limits of the ministry (per client and per key) and, for site keys, the proof of work.
 * `idempotencyKey` lets a retry of a request that was already made carry the same proof.
 *
 * @throws DomainError 429 (limit reached), 400/403 (proof missing, wrong or used).
 */
export async function guardWrite(
  centre: CentreContext,
  kind: WriteKind,
  principal: Principal,
  ministry: Ministry,
  context: RequestContext,
  idempotencyKey: string | null,
): Promise<void> {
  // Secret keys are the contact centre's own desks and integrations, not the public.
  if (principal.kind !== 'site') return;
  await centre.proofOfWork?.checkWrite(kind, ministry.id, context.proof, idempotencyKey);
  const limit = centre.limits(ministry.id).writes[kind];
  // The key's bucket is checked first and counted last, so one client's refused attempts do not use up the site's.
  await check(centre, `${kind}:key:${principal.keyId}`, limit.perKey);
  await consume(centre, `${kind}:client:${ministry.id}:${context.clientId}`, limit.perClient);
  await consume(centre, `${kind}:key:${principal.keyId}`, limit.perKey);
}

/** Counts an attempt in `bucket`, or refuses it with 429 when the bucket is full. */
export async function consume(centre: CentreContext, bucket: string, limit: RateLimit): Promise<void> {
  const decision = await centre.limitStore.consume(bucket, limit);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
}

/** Refuses with 429 when `bucket` is full, without counting an attempt. */
async function check(centre: CentreContext, bucket: string, limit: RateLimit): Promise<void> {
  const decision = await centre.limitStore.check(bucket, limit);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
}

/**
 * Runs a lookup by reference and verifier (`attempt`), within the lookup limits: every
 * attempt counts for the client; a failed one (the 404 that also answers a wrong verifier)
 * counts for the reference and client, and for the reference from everyone. So a stranger
 * guessing a verifier stops themselves long before the owner, who still gets in with the
 * right one; only a guess from many addresses reaches the reference's own, higher cap.
 */
export async function lookup<T>(
  centre: CentreContext,
  area: string,
  ministry: Ministry,
  reference: string,
  clientId: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const { lookups } = centre.limits(ministry.id);
  const byReference = `${area}:reference:${reference}`;
  const byReferenceAndClient = `${byReference}:client:${clientId}`;
  await check(centre, byReferenceAndClient, lookups.failuresPerReferenceAndClient);
  await check(centre, byReference, lookups.failuresPerReference);
  try {
    return await attempt();
  } catch (error) {
    if (isDomainError(error) && error.status === 404) {
      await centre.limitStore.consume(byReferenceAndClient, lookups.failuresPerReferenceAndClient);
      await centre.limitStore.consume(byReference, lookups.failuresPerReference);
    }
    throw error;
  }
}
