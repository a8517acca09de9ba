/**
 * Creates a new `Idempotency-Key`: a random UUID. Create one per logical operation (one
 * complaint, one booking) and keep it across every retry of that operation, including
 * retries after a page reload, so the contact centre files it once.
 *
 * Uses `crypto.randomUUID()`; on pages that are not a secure context (plain http), where
 * browsers leave that out, builds the same version 4 UUID from `crypto.getRandomValues()`.
 */
export function createIdempotencyKey(): string {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
