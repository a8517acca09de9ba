/**
 * The limits that keep one client, or one flooded site, from exhausting the contact centre:
 * public writes per client and per key, active callback bookings per phone number and per
 * client, ticket lookups. Defaults suit a ministry's site; an operator changes them for every
 * ministry, or for one, in a configuration file (`civic-contact-server start --limits FILE`).
 *
 * @module
 */
import { deepFreeze } from './deep-freeze.ts';
import { isRateLimit, type RateLimit } from './rate-limit.ts';

/** The public writes that are limited, each in buckets of its own. */
export type WriteKind = 'complaint' | 'attachment' | 'callback' | 'faqFeedback';
export const WRITE_KINDS: readonly WriteKind[] = ['complaint', 'attachment', 'callback', 'faqFeedback'];

/** A write's limits: per client (its address) and per key (the whole site, all clients together). */
export interface WriteLimit {
  perClient: RateLimit;
  perKey: RateLimit;
}

/** Every limit, as they apply to one ministry. */
export interface Limits {
  writes: Record<WriteKind, WriteLimit>;
  /**
   * Callbacks booked and not yet due (a slot that has not begun, or waiting in the "as soon
   * as possible" queue) that one phone number, and one client, may hold at once.
   */
  activeCallbacks: { perPhone: number; perClient: number };
  /**
   * Ticket lookups and callback cancellations (each counted on its own): every attempt per
   * client; failed attempts per reference and client, so a stranger guessing someone's
   * verifier slows down only themselves; and failed attempts per reference from everyone, a
   * higher cap against guessing from many addresses.
   */
  lookups: { perClient: RateLimit; failuresPerReferenceAndClient: RateLimit; failuresPerReference: RateLimit };
}

type Override<T> = { [K in keyof T]?: T[K] extends RateLimit | number ? T[K] : Override<T[K]> };

/** Changes to the default limits: any part may be left out. */
export type LimitsOverride = Override<Limits>;

/** Limits as configured: changes for every ministry, and per ministry on top of those. */
export interface LimitsConfig extends LimitsOverride {
  ministries?: Record<string, LimitsOverride>;
}

const hour = 3600;

/**
 * The defaults. Per client: a family or an office behind one address files a few complaints
 * an hour, not thirty; per key: a national ministry's site takes a few hundred an hour on its
 * worst day. The proof of work asked of each write makes reaching them costly besides.
 */
export const DEFAULT_LIMITS: Limits = deepFreeze({
  writes: {
    complaint: { perClient: { limit: 30, windowSeconds: hour }, perKey: { limit: 3000, windowSeconds: hour } },
    // Up to ten files a complaint, and a few tries each.
    attachment: { perClient: { limit: 120, windowSeconds: hour }, perKey: { limit: 12_000, windowSeconds: hour } },
    callback: { perClient: { limit: 10, windowSeconds: hour }, perKey: { limit: 1000, windowSeconds: hour } },
    faqFeedback: { perClient: { limit: 30, windowSeconds: hour }, perKey: { limit: 5000, windowSeconds: hour } },
  },
  activeCallbacks: { perPhone: 2, perClient: 4 },
  lookups: {
    perClient: { limit: 20, windowSeconds: 60 },
    failuresPerReferenceAndClient: { limit: 10, windowSeconds: 15 * 60 },
    failuresPerReference: { limit: 100, windowSeconds: 15 * 60 },
  },
});

function merge<T>(base: T, override: Override<T> | undefined): T {
  if (override === undefined) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = (base as Record<string, unknown>)[key];
    merged[key] = typeof value === 'object' && value !== null && !('limit' in value) ? merge(current, value as Override<unknown>) : value;
  }
  return merged as T;
}

/** The limits of each ministry under `config` (checked with {@link parseLimitsConfig} first), computed once per ministry. */
export function limitsResolver(config: LimitsConfig = {}): (ministryId: string) => Limits {
  const { ministries = {}, ...everyMinistry } = config;
  const base = merge(DEFAULT_LIMITS, everyMinistry);
  const resolved = new Map<string, Limits>();
  return (ministryId) => {
    let limits = resolved.get(ministryId);
    if (!limits) resolved.set(ministryId, (limits = merge(base, Object.hasOwn(ministries, ministryId) ? ministries[ministryId] : undefined)));
    return limits;
  };
}

/** A limits configuration that cannot be used; the message names the setting and what it takes. */
export class LimitsConfigError extends Error {
  override name = 'LimitsConfigError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against the shape of `template` (the defaults), naming the first wrong setting by its path. */
function check(value: unknown, template: unknown, path: string): void {
  if (!isObject(value)) throw new LimitsConfigError(`${path} must be an object.`);
  for (const [key, setting] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (!isObject(template) || !Object.hasOwn(template, key)) {
      throw new LimitsConfigError(`${at} is not a setting; ${path} takes ${Object.keys(template as object).join(', ')}.`);
    }
    const expected = template[key];
    if (typeof expected === 'number') {
      if (!Number.isInteger(setting) || (setting as number) < 0) throw new LimitsConfigError(`${at} must be a whole number ≥ 0.`);
    } else if (isObject(expected) && 'limit' in expected) {
      const limit = setting as RateLimit;
      if (!isObject(setting) || Object.keys(setting).some((k) => k !== 'limit' && k !== 'windowSeconds') || !isRateLimit(limit)) {
        throw new LimitsConfigError(`${at} must be { "limit": a whole number ≥ 1, "windowSeconds": a number > 0 }.`);
      }
    } else {
      check(setting, expected, at);
    }
  }
}

/**
 * Checks a limits configuration read from JSON: every setting must be one of
 * {@link DEFAULT_LIMITS}, with a usable value.
 *
 * @throws LimitsConfigError naming the first wrong setting.
 */
export function parseLimitsConfig(value: unknown): LimitsConfig {
  if (!isObject(value)) throw new LimitsConfigError('The limits configuration must be a JSON object.');
  const { ministries, ...everyMinistry } = value;
  check(everyMinistry, DEFAULT_LIMITS, 'limits');
  if (ministries !== undefined) {
    if (!isObject(ministries)) throw new LimitsConfigError('limits.ministries must map ministry ids to limits.');
    for (const [id, override] of Object.entries(ministries)) check(override, DEFAULT_LIMITS, `limits.ministries.${id}`);
  }
  return value as LimitsConfig;
}
