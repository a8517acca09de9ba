/**
 * An in-memory sliding-window rate limiter. It is per process: behind a load balancer, each
 * API instance limits on its own, which still bounds guessing to (instances × limit).
 *
 * @module
 */

/** How many attempts a bucket allows per window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The answer of {@link RateLimiter.consume}. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Allows at most `limit` attempts per bucket in any `windowSeconds`-long window. Refused
 * attempts do not count, so waiting `retryAfterSeconds` always helps.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  /** Times of the attempts still inside the window, oldest first. */
  readonly #buckets = new Map<string, number[]>();
  #lastSweep = 0;

  constructor(options: RateLimit & { now?: () => number }) {
    if (!(options.limit >= 1) || !(options.windowSeconds > 0)) {
      throw new RangeError('A rate limit needs limit ≥ 1 and windowSeconds > 0');
    }
    this.#limit = options.limit;
    this.#windowMs = options.windowSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Records an attempt in `bucketKey`, unless the bucket is full. */
  consume(bucketKey: string): RateLimitDecision {
    const now = this.#now();
    this.#sweep(now);
    const since = now - this.#windowMs;
    const times = (this.#buckets.get(bucketKey) ?? []).filter((t) => t > since);
    if (times.length >= this.#limit) {
      this.#buckets.set(bucketKey, times);
      const retryAfterMs = times[0]! + this.#windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    times.push(now);
    this.#buckets.set(bucketKey, times);
    return { allowed: true };
  }

  /** Drops buckets with nothing left in the window, at most once per window, so memory stays bounded by recent callers. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.#windowMs) return;
    this.#lastSweep = now;
    const since = now - this.#windowMs;
    for (const [key, times] of this.#buckets) {
      if (times.length === 0 || times[times.length - 1]! <= since) this.#buckets.delete(key);
    }
  }
}
