/**
 * Hashing, randomness and canonical JSON on Web Crypto only, so that the same code runs in
 * the browser mock and in Node.
 *
 * @module
 */

/** A source of random bytes, `crypto.getRandomValues` by default; inject one only in tests. */
export type RandomBytes = (n: number) => Uint8Array;

/**
 * Lower-case hex SHA-256 of bytes, or of a string's UTF-8. {@link sha256Hex} (Web Crypto)
 * works everywhere; a server may pass a faster, synchronous one on node:crypto.
 */
export type Sha256 = (data: Uint8Array | string) => string | Promise<string>;

// Each getRandomValues call costs far more than the bytes it returns (tens of µs in Node for a
// handful of bytes), and every reference, key and attachment id asks for a few: draw a block at
// a time. Larger requests are drawn directly.
const RANDOM_POOL_BYTES = 4096;
let randomPool = new Uint8Array(0);
let randomPoolOffset = 0;

/**
 * Cryptographically strong random bytes from Web Crypto, handed out from a pool refilled a
 * block at a time. Every byte is given out once, as a copy the caller may keep or change.
 */
export const cryptoRandomBytes: RandomBytes = (n) => {
  if (n > RANDOM_POOL_BYTES) return globalThis.crypto.getRandomValues(new Uint8Array(n));
  if (randomPoolOffset + n > randomPool.length) {
    randomPool = globalThis.crypto.getRandomValues(new Uint8Array(RANDOM_POOL_BYTES));
    randomPoolOffset = 0;
  }
  const bytes = randomPool.slice(randomPoolOffset, randomPoolOffset + n);
  randomPoolOffset += n;
  return bytes;
};

const encoder = /* @__PURE__ */ new TextEncoder();

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8, through Web Crypto. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  // Copy into a fresh ArrayBuffer: digest() refuses views over SharedArrayBuffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Lower-case Crockford base32: no i, l, o, u, so tokens survive being read out or copied by hand. */
const TOKEN_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `length` random characters of lower-case Crockford base32 (5 bits each). */
export function randomToken(length: number, randomBytes: RandomBytes = cryptoRandomBytes): string {
  const bytes = randomBytes(length);
  if (bytes.length < length) throw new RangeError(`randomBytes returned ${bytes.length} bytes, ${length} are needed`);
  let token = '';
  // 256 is a multiple of 32, so the low 5 bits stay uniform.
  for (let i = 0; i < length; i++) token += TOKEN_ALPHABET.charAt(bytes[i]! & 31);
  return token;
}

/** Compares two strings in time that depends only on their lengths, so a verifier cannot be guessed by timing. */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/**
 * JSON with object keys sorted at every level, so two bodies that mean the same thing
 * (keys in another order, other whitespace) hash alike.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined (and functions) are what JSON.stringify drops; say so explicitly.
    return JSON.stringify(value) ?? 'null';
  }
  // Built up as one string: it runs on every idempotent request, and arrays of parts cost more.
  if (Array.isArray(value)) {
    let json = '[';
    for (let i = 0; i < value.length; i++) json += `${i === 0 ? '' : ','}${canonicalJson(value[i] === undefined ? null : value[i])}`;
    return `${json}]`;
  }
  const record = value as Record<string, unknown>;
  let json = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) json += `${json.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${json}}`;
}
