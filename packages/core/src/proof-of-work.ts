/**
 * Proof of work for public writes, self-hosted: before a complaint, an attachment or a
 * callback booking made with a site key, the client solves a challenge that costs a browser a
 * fraction of a second and a flood of thousands of requests as many CPU-seconds. The format
 * is ALTCHA's ("PoW v1", see the contract's `ChallengeSchema`), so ALTCHA's own solvers work
 * too; the SDK and the widgets solve it themselves.
 *
 * - **Signed, not stored.** A challenge's terms (its ministry, when it expires) are in its
 *   salt, which the SHA-256 challenge covers, which the HMAC signature covers: issuing one
 *   writes nothing. Several instances behind one load balancer must share `hmacKey` (and a
 *   {@link UsedProofs} store); without one, each process draws its own key at start, and a
 *   restart turns away the proofs being solved (the SDK then solves a fresh one).
 * - **Single use.** A proof is claimed for its request: its `Idempotency-Key`, so that a
 *   retry of the same request (the SDK's after a network failure, a widget's outbox) may
 *   carry it again; a request without one (an upload) claims it for itself alone.
 * - **Difficulty.** `maxNumber`: the client tries half of it on average. A ministry under
 *   attack gets its own (`perMinistry`); a client that keeps asking for challenges gets
 *   harder ones (`escalation`), so stockpiling them is no cheaper than solving.
 *
 * FAQ feedback needs no proof: a vote stores no citizen's words and is cheap to limit, and
 * the FAQ search would otherwise carry the solver.
 *
 * @module
 */
import { HEADERS, type Challenge } from '@civic-contact/contract';
import { constantTimeEqual, randomToken, type RandomBytes, type Sha256 } from './crypto-utils.ts';
import { badRequest, proofRequired } from './errors.ts';

/** How a contact centre asks for proofs of work (`ContactCentreOptions.proofOfWork`). */
export interface ProofOfWorkOptions {
  /**
   * Difficulty: the secret number of a challenge is a whole number from 0 to this, and a
   * client tries half of them on average. Default {@link DEFAULT_MAX_NUMBER}.
   */
  maxNumber?: number;
  /**
   * The key that signs challenges. Instances that share a database must share it. Default: a
   * random key drawn when the process starts.
   */
  hmacKey?: string;
  /** How long a challenge stays good, in seconds. Default 1800: a long complaint form is filled in within it. */
  expiresInSeconds?: number;
  /** A ministry's own difficulty, for a site under attack: `{ health: { maxNumber: 2_000_000 } }`. */
  perMinistry?: Record<string, { maxNumber: number }>;
  /**
   * Harder challenges for a client that keeps asking: the difficulty doubles for every
   * `every` challenges it was given in the last `windowSeconds`, up to `maxFactor` times.
   * Default `{ every: 20, windowSeconds: 600, maxFactor: 8 }`; `false` keeps it level.
   */
  escalation?: { every?: number; windowSeconds?: number; maxFactor?: number } | false;
  /** Where used proofs are remembered. Default: in this process ({@link MemoryUsedProofs}). */
  usedProofs?: UsedProofs;
}

/**
 * The proofs already used, until their challenges expire. In-process today; a store shared
 * by several instances (the database, Redis) implements the same claim.
 */
export interface UsedProofs {
  /**
   * Claims challenge `id` for `binding` until `expiresAt` (ms since the epoch): true when it
   * was free, or is already held by the same binding (a retry); false when another holds it.
   * Atomic: of two concurrent claims with different bindings, one wins.
   */
  claim(id: string, binding: string, expiresAt: number): boolean | Promise<boolean>;
}

/**
 * The default difficulty: a median of 0.15 s in a laptop's browser, half a second on a phone
 * (`npm run bench:pow`: 1.5 million hashes a second in headless Chromium, a quarter of that
 * with the CPU slowed 4×), spent while the citizen fills in the form.
 */
export const DEFAULT_MAX_NUMBER = 500_000;
/**
 * Gentle by default: many citizens may share one address (a mobile carrier's NAT, an office),
 * so it takes 20 challenges in 10 minutes to double, and it stops at 8 times (4 s on a phone).
 */
const DEFAULT_ESCALATION = { every: 20, windowSeconds: 600, maxFactor: 8 };
/** The writes (the contact centre's `WriteKind`s) that need a proof with a site key: those that store what a citizen sends. */
const PROVEN_WRITES: ReadonlySet<string> = new Set(['complaint', 'attachment', 'callback']);
const ALGORITHM = 'SHA-256';
const HEX_SHA256 = /^[0-9a-f]{64}$/;
/**
 * A salt: 64 random hex digits, a whole SHA-256 block that solvers hash once for every number
 * they try, then the terms signed into it, ALTCHA's `?name=value&…&` (the final `&` so that no
 * digit can move between the salt and the number).
 */
const SALT = /^[0-9a-f]{64}\?expires=(\d{1,12})&ministry=([a-z0-9_-]{1,80})&$/;

const SOLVE_FRESH = 'Solve a fresh challenge from GET /v1/challenge (the SDK and the widgets do this by themselves).';

/** Remembers used proofs in this process, each until its challenge expires. */
export class MemoryUsedProofs implements UsedProofs {
  readonly #claims = new Map<string, { binding: string; expiresAt: number }>();
  readonly #now: () => number;
  #nextSweep = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  claim(id: string, binding: string, expiresAt: number): boolean {
    const now = this.#now();
    if (now >= this.#nextSweep) {
      this.#nextSweep = now + 60_000;
      for (const [key, held] of this.#claims) if (held.expiresAt <= now) this.#claims.delete(key);
    }
    const held = this.#claims.get(id);
    if (held && held.expiresAt > now) return held.binding === binding;
    this.#claims.set(id, { binding, expiresAt });
    return true;
  }
}

/** What a {@link ProofOfWork} needs from its contact centre. */
export interface ProofOfWorkDependencies {
  now: () => Date;
  randomBytes: RandomBytes;
  sha256: Sha256;
}

/** Issues proof-of-work challenges and checks their solutions. */
export class ProofOfWork {
  readonly #maxNumber: number;
  readonly #perMinistry: Readonly<Record<string, { maxNumber: number }>>;
  readonly #expiresInMs: number;
  readonly #escalation: { every: number; windowMs: number; maxFactor: number } | null;
  readonly #usedProofs: UsedProofs;
  readonly #deps: ProofOfWorkDependencies;
  readonly #key: Promise<CryptoKey>;
  /** When each client was last given challenges, within the escalation window, newest last. */
  readonly #issued = new Map<string, number[]>();
  #nextSweep = 0;

  constructor(options: ProofOfWorkOptions, deps: ProofOfWorkDependencies) {
    this.#maxNumber = difficulty(options.maxNumber ?? DEFAULT_MAX_NUMBER, 'maxNumber');
    this.#perMinistry = Object.fromEntries(
      Object.entries(options.perMinistry ?? {}).map(([ministry, { maxNumber }]) => [ministry, { maxNumber: difficulty(maxNumber, `perMinistry.${ministry}.maxNumber`) }]),
    );
    const seconds = options.expiresInSeconds ?? 1800;
    if (!(Number.isInteger(seconds) && seconds >= 10)) throw new RangeError(`proofOfWork.expiresInSeconds must be a whole number of seconds, 10 or more; got ${seconds}`);
    this.#expiresInMs = seconds * 1000;
    const escalation = options.escalation === false ? null : { ...DEFAULT_ESCALATION, ...options.escalation };
    if (escalation && !(escalation.every >= 1 && escalation.windowSeconds > 0 && escalation.maxFactor >= 1)) {
      throw new RangeError('proofOfWork.escalation needs every ≥ 1, windowSeconds > 0 and maxFactor ≥ 1');
    }
    this.#escalation = escalation && { every: escalation.every, windowMs: escalation.windowSeconds * 1000, maxFactor: escalation.maxFactor };
    this.#deps = deps;
    this.#usedProofs = options.usedProofs ?? new MemoryUsedProofs(() => deps.now().getTime());
    const key = options.hmacKey === undefined ? deps.randomBytes(32) : new TextEncoder().encode(options.hmacKey);
    if (key.length < 16) throw new RangeError('proofOfWork.hmacKey must be at least 16 bytes: it is what makes a challenge impossible to forge');
    this.#key = globalThis.crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: ALGORITHM }, false, ['sign']);
  }

  /** A challenge for `clientId`, a client of ministry `ministryId`. */
  async issue(ministryId: string, clientId: string): Promise<Challenge> {
    const now = this.#deps.now().getTime();
    const maxnumber = (this.#perMinistry[ministryId]?.maxNumber ?? this.#maxNumber) * this.#factor(clientId, now);
    const expires = Math.floor((now + this.#expiresInMs) / 1000);
    const salt = `${hex(this.#deps.randomBytes(32))}?expires=${expires}&ministry=${ministryId}&`;
    const challenge = await this.#deps.sha256(`${salt}${randomUpTo(maxnumber, this.#deps.randomBytes)}`);
    return { algorithm: ALGORITHM, challenge, maxnumber, salt, signature: await this.#sign(challenge), expires: new Date(expires * 1000).toISOString() };
  }

  /**
   * Checks the proof of a public write (`X-Civic-Proof`) made with a site key of
   * `ministryId`, and claims it for the request: `idempotencyKey` lets a retry of the same
   * request carry it again. FAQ feedback needs none.
   *
   * @throws DomainError 400 (`proof-required`) when the proof is missing, malformed, wrong,
   *   expired, another ministry's, or used by another request.
   */
  async checkWrite(kind: string, ministryId: string, proof: string | null | undefined, idempotencyKey: string | null): Promise<void> {
    if (!PROVEN_WRITES.has(kind)) return;
    if (!proof) {
      throw proofRequired(`A ${kind === 'callback' ? 'callback request' : kind} sent with a site key needs a proof of work in the ${HEADERS.proof} header. ${SOLVE_FRESH}`);
    }
    const solution = parse(proof);
    const terms = solution && SALT.exec(solution.salt);
    if (!solution || !terms) {
      throw proofRequired(`The ${HEADERS.proof} header is not a solved challenge: send base64 of the JSON { algorithm, challenge, number, salt, signature }.`);
    }
    if (!constantTimeEqual(await this.#sign(solution.challenge), solution.signature)) {
      throw proofRequired(`This proof of work was not issued by this contact centre, or its key has changed since. ${SOLVE_FRESH}`);
    }
    if ((await this.#deps.sha256(`${solution.salt}${solution.number}`)) !== solution.challenge) {
      throw proofRequired(`This proof of work is not solved: its number does not give its challenge. ${SOLVE_FRESH}`);
    }
    const expiresAt = Number(terms[1]) * 1000;
    if (expiresAt <= this.#deps.now().getTime()) {
      throw proofRequired(`This proof of work expired at ${new Date(expiresAt).toISOString()}. ${SOLVE_FRESH}`);
    }
    if (terms[2] !== ministryId) {
      throw proofRequired(`This proof of work was issued for another ministry's site key. ${SOLVE_FRESH}`);
    }
    // A request without a key cannot be told from another: its proof is its own.
    const binding = idempotencyKey === null ? `once:${randomToken(26, this.#deps.randomBytes)}` : `${kind}:${idempotencyKey}`;
    if (!(await this.#usedProofs.claim(solution.challenge, binding, expiresAt))) {
      throw proofRequired(
        `This proof of work was already used by another request: each write needs its own (a retry of the same request, with the same ${HEADERS.idempotencyKey}, may carry it again). ${SOLVE_FRESH}`,
      );
    }
  }

  async #sign(challenge: string): Promise<string> {
    return hex(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', await this.#key, new TextEncoder().encode(challenge))));
  }

  /** 1, 2, 4, … by how many challenges `clientId` was given within the window, counting this one. */
  #factor(clientId: string, now: number): number {
    const escalation = this.#escalation;
    if (!escalation) return 1;
    const since = now - escalation.windowMs;
    if (now >= this.#nextSweep) {
      this.#nextSweep = now + escalation.windowMs;
      for (const [client, times] of this.#issued) if (times[times.length - 1]! <= since) this.#issued.delete(client);
    }
    // Past maxFactor more do not count, so a flooding client costs a bounded list.
    const cap = escalation.every * Math.ceil(Math.log2(escalation.maxFactor) + 1);
    const times = (this.#issued.get(clientId) ?? []).filter((time) => time > since).slice(-cap);
    const factor = Math.min(escalation.maxFactor, 2 ** Math.floor(times.length / escalation.every));
    times.push(now);
    this.#issued.set(clientId, times);
    return factor;
  }
}

/**
 * Refuses a complaint or callback request whose honeypot (`website`, see the contract's
 * `HoneypotSchema`) holds anything: no person can reach that field, so a program filled it.
 *
 * @throws DomainError 400.
 */
export function refuseHoneypot(request: { website?: string | undefined }): void {
  if (request.website) {
    throw badRequest('The request fills in "website", a field no person sees or reaches in the forms: it was taken for a program\'s and not accepted.', [
      { field: 'website', code: 'not_allowed', message: 'Leave this field empty.' },
    ]);
  }
}

function difficulty(value: number, name: string): number {
  if (!(Number.isSafeInteger(value) && value >= 1 && value <= 1e9)) throw new RangeError(`proofOfWork.${name} must be a whole number from 1 to 1,000,000,000; got ${value}`);
  return value;
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** A uniform whole number from 0 to `max` (below 2^48). */
function randomUpTo(max: number, randomBytes: RandomBytes): number {
  const bytes = randomBytes(6);
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  // Out of 2^48 values, the remainder favours none by more than (max + 1) / 2^48, 6e-5 at most here.
  return value % (max + 1);
}

/** The solution in the header, or null when it is not one. */
function parse(proof: string): { challenge: string; number: number; salt: string; signature: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(atob(proof));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { algorithm, challenge, number, salt, signature } = value as Record<string, unknown>;
  if (algorithm !== ALGORITHM || typeof challenge !== 'string' || !HEX_SHA256.test(challenge) || typeof signature !== 'string' || !HEX_SHA256.test(signature)) return null;
  if (typeof salt !== 'string' || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return null;
  return { challenge, number, salt, signature };
}
