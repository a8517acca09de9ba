/**
 * The proof of work the contact centre asks of complaints, attachments and callback bookings
 * made with a site key (see the contract's `ChallengeSchema`): fetching a challenge and
 * solving it. Fetched by http.ts only once a client needs a proof, so a page or script that
 * never writes, or writes with a secret key, never carries it.
 *
 * Solving runs on the calling thread, in slices of about 10 ms with a yield between them, so
 * a page stays responsive (a Web Worker would need its own file and a CSP `worker-src` the
 * ministry's page may not allow). SHA-256 is computed here rather than by Web Crypto:
 * `crypto.subtle.digest` answers each hash through a promise, which costs more than the hash.
 *
 * @module
 */
import { ChallengeSchema, HEADERS, type Challenge } from '@civic-contact/contract';
import { isNotFoundError } from './errors/not-found-error.ts';
import type { RequestSpec, Transport } from './http.ts';

/**
 * A client's proofs (`X-Civic-Proof` headers): one solved ahead (`prepare`) for the next
 * write, the one the last idempotent write used (its retries carry it again), and whether the
 * contact centre asks for proofs at all.
 *
 * A proof's expiry is left to the contact centre, whose clock says: a phone's may be wrong by
 * hours. One it refuses as expired gets a fresh one (see `fresh`).
 */
export class ProofOfWork {
  readonly #transport: Transport;
  #ready: Promise<string | null> | undefined;
  #last: { key: string; proof: string } | undefined;
  /** Set once the contact centre has said it asks for no proof (404 on the challenge). */
  #none = false;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** Starts solving a proof for the next write, unless one is on its way or ready. */
  prepare(): void {
    if (this.#none || this.#ready) return;
    const ready = this.#solve(undefined);
    this.#ready = ready;
    // A failed fetch is met again, and reported, by the write that needs a proof.
    ready.catch(() => {
      if (this.#ready === ready) this.#ready = undefined;
    });
  }

  /**
   * Puts the proof of the write `spec` in its `headers`: the one an earlier attempt with the
   * same `Idempotency-Key` carried, else the one prepared, else a new one; or, `fresh`, a new
   * one, for a write whose proof was refused (expired, used, or signed with a key the contact
   * centre no longer has). None when the contact centre asks for none.
   */
  async prove(headers: Record<string, string>, spec: RequestSpec<unknown>, fresh: boolean): Promise<void> {
    const key = spec.idempotencyKey;
    let proof: string | null | undefined;
    if (fresh) this.#none = false;
    else if (key !== undefined && this.#last?.key === key) proof = this.#last.proof;
    else {
      // Taken at once, so that two writes at the same moment (two uploads) do not share it.
      const ready = this.#ready;
      this.#ready = undefined;
      proof = await ready?.catch(() => undefined);
    }
    proof ??= await this.#solve(spec.signal);
    if (proof === null) {
      delete headers[HEADERS.proof];
      return;
    }
    if (key !== undefined) this.#last = { key, proof };
    headers[HEADERS.proof] = proof;
  }

  async #solve(signal: AbortSignal | undefined): Promise<string | null> {
    if (this.#none) return null;
    let challenge: Challenge;
    try {
      challenge = await this.#transport.send({
        operation: 'proof of work',
        method: 'get',
        path: 'v1/challenge',
        auth: 'site',
        response: ChallengeSchema,
        signal,
      });
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
      this.#none = true;
      return null;
    }
    const number = await solveChallenge(challenge, signal);
    if (number === null) throw new Error(`The contact centre's proof-of-work challenge has no solution up to ${challenge.maxnumber}.`);
    const { algorithm, salt, signature } = challenge;
    return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
  }
}

/* SHA-256 (FIPS 180-4): the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// prettier-ignore
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
/* The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
// prettier-ignore
const H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Whole slices of work between yields, in ms: short enough for a page to answer typing at once. */
const SLICE_MS = 10;

/**
 * Finds the number from 0 to `maxnumber` whose SHA-256 after `salt` is `challenge`, or null
 * when there is none. Yields to the event loop every {@link SLICE_MS}; `signal` stops it.
 *
 * @internal Exported for the SDK's tests and `npm run bench:pow`.
 */
export async function solveChallenge(challenge: Pick<Challenge, 'challenge' | 'salt' | 'maxnumber'>, signal?: AbortSignal): Promise<number | null> {
  const k = Int32Array.from(K);
  const w = new Int32Array(64);
  const target = new Int32Array(8);
  for (let i = 0; i < 8; i++) target[i] = parseInt(challenge.challenge.slice(i * 8, i * 8 + 8), 16) | 0;
  const salt = new TextEncoder().encode(challenge.salt);
  // Room for the salt, 16 digits, the 0x80 byte and the 8-byte length, in whole 64-byte blocks.
  const message = new Uint8Array(Math.ceil((salt.length + 16 + 9) / 64) * 64);
  message.set(salt);
  // The blocks that hold only salt hash alike for every number: once, here.
  const fixed = salt.length >> 6;
  const midstate = Int32Array.from(H);
  sha256(message, 0, fixed, k, w, midstate);
  const state = new Int32Array(8);
  let sliceEnd = performance.now() + SLICE_MS;
  for (let number = 0; number <= challenge.maxnumber; number++) {
    // Every 1024 numbers: time for a yield?
    if ((number & 1023) === 0 && performance.now() > sliceEnd) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceEnd = performance.now() + SLICE_MS;
    }
    let length = salt.length;
    const digits = String(number);
    for (let i = 0; i < digits.length; i++) message[length++] = digits.charCodeAt(i);
    const blocks = (length + 9 + 63) >> 6;
    message[length] = 0x80;
    message.fill(0, length + 1, blocks * 64 - 4);
    const bits = length * 8;
    const end = blocks * 64;
    message[end - 4] = bits >>> 24;
    message[end - 3] = bits >>> 16;
    message[end - 2] = bits >>> 8;
    message[end - 1] = bits;
    state.set(midstate);
    sha256(message, fixed, blocks, k, w, state);
    if (state[0] === target[0] && state.every((word, i) => word === target[i])) return number;
  }
  return null;
}

/** Runs SHA-256 over 64-byte blocks `from` to `to` (excluded) of `message`, from `state` into `state`. */
function sha256(message: Uint8Array, from: number, to: number, k: Int32Array, w: Int32Array, state: Int32Array): void {
  let h0 = state[0]!, h1 = state[1]!, h2 = state[2]!, h3 = state[3]!, h4 = state[4]!, h5 = state[5]!, h6 = state[6]!, h7 = state[7]!;
  for (let block = from; block < to; block++) {
    const offset = block * 64;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = (message[j]! << 24) | (message[j + 1]! << 16) | (message[j + 2]! << 8) | message[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + k[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
  }
  state[0] = h0; state[1] = h1; state[2] = h2; state[3] = h3; state[4] = h4; state[5] = h5; state[6] = h6; state[7] = h7;
}

/**
 * Lets the page (or Node) handle what is waiting. A message, not a timer: browsers hold a
 * background tab's timers back to once a second, and the citizen may look away meanwhile.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
