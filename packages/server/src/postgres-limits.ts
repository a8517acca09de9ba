/**
 * The rate limits and the spent proofs of work on PostgreSQL, so that every instance on one
 * database counts against the same limits and refuses a proof another instance took: the
 * in-process stores let a client make (instances × limit) attempts, and spend one proof once
 * per instance.
 *
 * @module
 */
import pg from 'pg';
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
    const now = Math.floor(this.#now());
    const windowMs = Math.ceil(limit.windowSeconds * 1000);
    const name = pg.escapeLiteral(bucket);
    // One round trip, so the bucket's lock is held only while the database runs it: the
    // statements of one simple query are one transaction, which the lock lasts for, and at
    // READ COMMITTED the second sees every attempt committed before the lock was granted.
    // The limit-th newest attempt in the window, when there is one, keeps the bucket full until it leaves.
    const results = (await this.#pool.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0));
       WITH limiting AS (
         SELECT at_ms FROM rate_limit_hits WHERE bucket = ${name} AND at_ms > ${now - windowMs} ORDER BY at_ms DESC OFFSET ${limit.limit - 1} LIMIT 1
       ), counted AS (
         INSERT INTO rate_limit_hits (bucket, at_ms, expires_ms)
         SELECT ${name}, ${now}, ${now + windowMs} WHERE ${count ? 'TRUE' : 'FALSE'} AND NOT EXISTS (SELECT 1 FROM limiting)
       )
       SELECT (SELECT at_ms FROM limiting) AS limiting`,
    )) as unknown as { rows: { limiting: string | null }[] }[];
    const limiting = results[1]!.rows[0]!.limiting;
    if (limiting === null) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(limiting) + windowMs - now) / 1000)) };
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
