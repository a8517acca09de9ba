/**
 * A seeded contact centre with a movable clock, and the citizen requests the tests send.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Challenge, Problem } from '@civic-contact/contract';
import { seed } from '../src/seed/index.ts';
import { ContactCentre, type ContactCentreOptions } from '../src/contact-centre.ts';
import { DomainError, isDomainError } from '../src/errors.ts';
import { MemoryBlobStore, MemoryStorage } from '../src/memory-storage.ts';
import { seedDemo } from '../src/seed-storage.ts';
import { NOW } from '../src/testing/requests.ts';

export { busComplaint, callbackRequest, clinicComplaint, NOW, pdfBytes, pngBytes } from '../src/testing/requests.ts';

export async function makeCentre(
  options: Partial<Pick<ContactCentreOptions, 'limits' | 'proofOfWork' | 'randomBytes' | 'sha256' | 'uploadTtlSeconds' | 'idempotencyTtlSeconds'>> = {},
) {
  const storage = new MemoryStorage();
  const clock = { now: new Date(NOW) };
  const blobs = new MemoryBlobStore(() => clock.now.getTime());
  const keys = await seedDemo(storage, seed, NOW);
  const centre = new ContactCentre({ storage, blobs, now: () => clock.now, ...options });
  return {
    storage,
    blobs,
    clock,
    keys,
    centre,
    /** Moves the clock on. */
    advance(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
    health: await centre.authenticate({ siteKey: keys.site.health!, origin: 'https://health.example.gov' }),
    transport: await centre.authenticate({ siteKey: keys.site.transport! }),
    healthAgent: await centre.authenticate({ authorization: `Bearer ${keys.secret.health!}` }),
    transportAgent: await centre.authenticate({ authorization: `Bearer ${keys.secret.transport!}` }),
    admin: await centre.authenticate({ authorization: `Bearer ${keys.admin}` }),
  };
}

export type Fixture = Awaited<ReturnType<typeof makeCentre>>;

/** Awaits `promise`, which must reject with a DomainError, and returns the error. */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  assert.fail('expected the call to be refused with a DomainError');
}

/** Awaits a refusal and checks its status (and type, when given); returns the problem. */
export async function problem(promise: Promise<unknown>, status: number, type?: string): Promise<Problem> {
  const error = await refusal(promise);
  assert.equal(error.problem.status, status, `expected ${status}, got ${error.problem.status}: ${JSON.stringify(error.problem)}`);
  if (type !== undefined) assert.equal(error.problem.type, type);
  return error.problem;
}

/** The `field:code` pairs of a validation problem, for compact assertions. */
export function fieldCodes(p: Problem): string[] {
  return (p.errors ?? []).map((e) => `${e.field}:${e.code}`);
}

/** Finds the number behind a proof-of-work challenge by trying each, as a client does. */
export function solveChallenge(challenge: Challenge): number {
  for (let number = 0; number <= challenge.maxnumber; number++) {
    if (createHash('sha256').update(`${challenge.salt}${number}`).digest('hex') === challenge.challenge) return number;
  }
  throw new Error('no solution');
}

/** The `X-Civic-Proof` header for `challenge` with `number` (by default, its solution). */
export function proofHeader(challenge: Challenge, number = solveChallenge(challenge)): string {
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
}
