/**
 * Sliding-window rate limits, kept behind a small store interface: in-process today
 * ({@link MemoryLimitStore}); a store shared by several API instances implements the same
 * two calls.
 *
 * @module
 */

/** How many attempts a bucket allows per window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The answer of {@link LimitStore.consume} and {@link LimitStore.check}. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Where the attempts of each bucket are counted. Buckets are plain strings
 * (`complaint:client:…`); the limit comes with each call, so one store serves every limit.
 * Refused attempts are not counted, so waiting `retryAfterSeconds` always helps.
 */
export interface LimitStore {
  /** Counts an attempt in `bucket`, unless the bucket is full. */
  consume(bucket: string, limit: RateLimit): Promise<RateLimitDecision>;
  /** Whether `bucket` has room for an attempt, without counting one. */
  check(bucket: string, limit: RateLimit): Promise<RateLimitDecision>;
}

/** Checks a limit as given in configuration: a whole `limit` ≥ 1 and a window > 0 seconds. */
export function isRateLimit(value: RateLimit): boolean {
  return Number.isInteger(value.limit) && value.limit >= 1 && value.windowSeconds > 0 && Number.isFinite(value.windowSeconds);
}

interface Bucket {
  /** Times of the attempts, oldest first; those before `start` have left the window. */
  times: number[];
  start: number;
  windowMs: number;
}

/**
 * {@link LimitStore} in a Map, for one process. Behind a load balancer each instance limits
 * on its own, which still bounds a client to (instances × limit).
 */
export class MemoryLimitStore implements LimitStore {
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();
  #lastSweep = 0;

  /** @param now - the clock in milliseconds; `Date.now` by default. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async consume(bucket: string, limit: RateLimit): Promise<RateLimitDecision> {
    return this.#decide(bucket, limit, true);
  }

  async check(bucket: string, limit: RateLimit): Promise<RateLimitDecision> {
    return this.#decide(bucket, limit, false);
  }

  #decide(key: string, limit: RateLimit, count: boolean): RateLimitDecision {
    if (!isRateLimit(limit)) throw new RangeError('A rate limit needs a whole limit ≥ 1 and windowSeconds > 0');
    const now = this.#now();
    const windowMs = limit.windowSeconds * 1000;
    this.#sweep(now);
    let bucket = this.#buckets.get(key);
    if (bucket) {
      bucket.windowMs = Math.max(bucket.windowMs, windowMs);
      const since = now - windowMs;
      while (bucket.start < bucket.times.length && bucket.times[bucket.start]! <= since) bucket.start++;
      // Dropping the expired head now and then keeps the array as long as the window's attempts.
      if (bucket.start > 64 && bucket.start * 2 > bucket.times.length) {
        bucket.times = bucket.times.slice(bucket.start);
        bucket.start = 0;
      }
      if (bucket.times.length - bucket.start >= limit.limit) {
        const oldest = bucket.times[bucket.times.length - limit.limit]!;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
      }
    }
    if (count) {
      if (!bucket) this.#buckets.set(key, (bucket = { times: [], start: 0, windowMs }));
      bucket.times.push(now);
    }
    return { allowed: true };
  }

  /** Drops buckets whose last attempt has left their window, at most once a minute, so memory stays bounded by recent callers. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [key, bucket] of this.#buckets) {
      const last = bucket.times[bucket.times.length - 1];
      if (last === undefined || last <= now - bucket.windowMs) this.#buckets.delete(key);
    }
  }
}
