/**
 * API keys.
 *
 * - **Publishable** keys (`pk_live_…`, sent as `X-Site-Key`) are public: they sit in a
 *   ministry's web page. Each is bound to one ministry and a list of allowed origins, so
 *   another site cannot file complaints in that ministry's name from a browser. They are
 *   stored as they are.
 * - **Secret** keys (`sk_live_…`, sent as `Authorization: Bearer …`) are for agents and
 *   integrators and never reach a browser. Only their SHA-256 is stored. A secret key acts
 *   for one ministry, or for all of them (`ministryId: null`).
 *
 * Generated keys are `pk_live_` / `sk_live_` followed by random lower-case Crockford base32
 * (26 characters, 130 bits, for publishable keys; 40 characters, 200 bits, for secret
 * keys). The prefix says what a key is, so secret scanners and people can spot a leaked
 * secret. The ministry is not in the key: the key record says which ministry it belongs to.
 * Deterministic demo keys for the mock and tests (`pk_test_<ministry>`, `sk_test_…`) are in
 * `seed-storage.ts`.
 *
 * @module
 */
import { cryptoRandomBytes, randomToken, sha256Hex, type RandomBytes, type Sha256 } from './crypto-utils.ts';

/** Who is calling, once a key has been checked. */
export type Principal = {
  /** `site`: a publishable key (citizen widgets); `secret`: a secret key (agents, integrators). */
  kind: 'site' | 'secret';
  /** The ministry the key acts for; `null` only for an all-ministries secret key. */
  ministryId: string | null;
  /** The key record's id (not the key), for logs and rate limiting. */
  keyId: string;
};

/** Prefix of publishable keys. */
export const SITE_KEY_PREFIX = 'pk_';
/** Prefix of secret keys. */
export const SECRET_KEY_PREFIX = 'sk_';

/** Creates a new random key: `pk_live_…` for `site`, `sk_live_…` for `secret`. */
export function generateKey(kind: 'site' | 'secret', randomBytes: RandomBytes = cryptoRandomBytes): string {
  return kind === 'site' ? `${SITE_KEY_PREFIX}live_${randomToken(26, randomBytes)}` : `${SECRET_KEY_PREFIX}live_${randomToken(40, randomBytes)}`;
}

/** Creates a key record id, `key_…`. */
export function generateKeyId(randomBytes: RandomBytes = cryptoRandomBytes): string {
  return `key_${randomToken(20, randomBytes)}`;
}

/**
 * The lower-case hex SHA-256 under which a secret key is stored.
 *
 * @param sha256 - the hash function; Web Crypto by default (a server passes a faster one).
 */
export async function hashSecret(secret: string, sha256: Sha256 = sha256Hex): Promise<string> {
  return sha256(secret);
}

/**
 * A publishable key as a refusal names it: its first 12 characters (`pk_live_7k3d…`), enough
 * to tell which key a page holds without repeating it whole.
 */
export function keyHint(key: string): string {
  return key.length > 12 ? `${key.slice(0, 12)}…` : key;
}

/**
 * The origin as browsers send it in the `Origin` header: lower-case scheme and host, no
 * default port, no path. `null` when `value` is not an http(s) origin.
 */
export function normaliseOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return url.origin;
}

/**
 * Checks and normalises the allowed origins of a publishable key.
 *
 * @param options.allowWildcard - allow `*` (any origin). Only for the mock and demos: a
 *   production key with `*` could be used by any site in the ministry's name.
 * @throws RangeError on an origin that is not `http(s)://host[:port]`, or on `*` when not allowed.
 */
export function validateAllowedOrigins(origins: readonly string[], options: { allowWildcard?: boolean } = {}): string[] {
  const result: string[] = [];
  for (const origin of origins) {
    if (origin === '*') {
      if (!options.allowWildcard) throw new RangeError('"*" (any origin) is allowed for demo and mock keys only; list the ministry site origins.');
      result.push('*');
      continue;
    }
    const normalised = normaliseOrigin(origin);
    if (normalised === null) throw new RangeError(`${JSON.stringify(origin)} is not an origin such as https://health.example.gov`);
    result.push(normalised);
  }
  return [...new Set(result)];
}

/**
 * Whether a request with this `Origin` header may use a publishable key with these allowed origins.
 *
 * No `Origin` header is allowed: browsers send one on every cross-origin request, so a
 * request without it does not come from another site's page. It comes from a server or a
 * script, and a publishable key is public anyway; the origin check stops other sites'
 * pages, it does not authenticate.
 */
export function originAllowed(allowedOrigins: readonly string[], origin: string | null | undefined): boolean {
  if (origin === null || origin === undefined || origin === '') return true;
  if (allowedOrigins.includes('*')) return true;
  // `Origin: null` (sandboxed frames, file: pages) matches nothing but `*`.
  const normalised = normaliseOrigin(origin);
  return normalised !== null && allowedOrigins.includes(normalised);
}
