/**
 * The rate limits and the spent proofs of work on PostgreSQL, so that every instance on one
 * database counts against the same limits and refuses a proof another instance took: the
 * in-process stores let a client make (instances × limit) attempts, and spend one proof once
 * per instance.
 *
 * @module
 */
import type { Pool } from 'pg';
import { isRateLimit, type LimitStore, type RateLimit, type RateLimitDecision, type UsedProofs } from '@civic-contact/core';

/** How often each store deletes what has expired, at most. */
const SWEEP_EVERY_MS = 60_000;

/** Deletes expired rows of `table` now and then, in the background; a failure waits for the next turn. */
function sweeper(pool: Pool, table: 'rate_limit_hits' | 'used_proofs', now: () => number): () => void {
  let next = 0;
  return () => {
    const at = now();
    if (at < next) return;
    next = at + SWEEP_EVERY_MS;
    pool.query({ name: `sweep_${table}`, text: `DELETE FROM ${table} WHERE expires_ms <= $1`, values: [at] }).catch(() => {});
  };
}

/**
 * {@link LimitStore} on PostgreSQL: a sliding window over the attempts of each bucket, as
 * `MemoryLimitStore` keeps it, with the same answers. The attempts of one bucket are decided
 * one at a time across instances (a transaction-scoped advisory lock on the bucket), so two
 * instances cannot both take its last place.
 */
export class PostgresLimitStore implements LimitStore {
  readonly #pool: Pool;
  readonly #now: () => number;
  readonly #sweep: () => void;

  /** @param now - the clock in milliseconds; `Date.now` by default. */
  constructor(pool: Pool, now: () => number = Date.now) {
    this.#pool = pool;
    this.#now = now;
    this.#sweep = sweeper(pool, 'rate_limit_hits', now);
  }

  consume(bucket: string, limit: RateLimit): Promise<RateLimitDecision> {
    return this.#decide(bucket, limit, true);
  }

  check(bucket: string, limit: RateLimit): Promise<RateLimitDecision> {
    return this.#decide(bucket, limit, false);
  }

  async #decide(bucket: string, limit: RateLimit, count: boolean): Promise<RateLimitDecision> {
    if (!isRateLimit(limit)) throw new RangeError('A rate limit needs a whole limit ≥ 1 and windowSeconds > 0');
    this.#sweep();
    const now = this.#now();
    const windowMs = limit.windowSeconds * 1000;
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query({ name: 'lockBucket', text: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', values: [bucket] });
        // The limit-th newest attempt in the window: when there is one, the bucket is full until it leaves.
        const { rows } = await client.query<{ at_ms: string }>({
          name: 'bucketLimitth',
          text: 'SELECT at_ms FROM rate_limit_hits WHERE bucket = $1 AND at_ms > $2 ORDER BY at_ms DESC OFFSET $3 LIMIT 1',
          values: [bucket, now - windowMs, limit.limit - 1],
        });
        let decision: RateLimitDecision = { allowed: true };
        if (rows.length > 0) {
          const oldest = Number(rows[0]!.at_ms);
          decision = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
        } else if (count) {
          await client.query({ name: 'countHit', text: 'INSERT INTO rate_limit_hits (bucket, at_ms, expires_ms) VALUES ($1, $2, $3)', values: [bucket, now, now + windowMs] });
        }
        await client.query('COMMIT');
        return decision;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
  }
}

/**
 * {@link UsedProofs} on PostgreSQL: one statement claims a challenge, so of two instances
 * claiming it for different requests at once, one wins; a retry of the same request (same
 * binding) keeps its claim.
 */
export class PostgresUsedProofs implements UsedProofs {
  readonly #pool: Pool;
  readonly #now: () => number;
  readonly #sweep: () => void;

  /** @param now - the clock in milliseconds; `Date.now` by default. */
  constructor(pool: Pool, now: () => number = Date.now) {
    this.#pool = pool;
    this.#now = now;
    this.#sweep = sweeper(pool, 'used_proofs', now);
  }

  async claim(id: string, binding: string, expiresAt: number): Promise<boolean> {
    this.#sweep();
    const { rowCount } = await this.#pool.query({
      name: 'claimProof',
      text: `INSERT INTO used_proofs (id, binding, expires_ms) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET binding = excluded.binding,
               expires_ms = CASE WHEN used_proofs.expires_ms <= $4 THEN excluded.expires_ms ELSE used_proofs.expires_ms END
             WHERE used_proofs.expires_ms <= $4 OR used_proofs.binding = excluded.binding`,
      values: [id, binding, expiresAt, this.#now()],
    });
    return rowCount === 1;
  }
}
