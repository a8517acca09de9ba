/**
 * The answers of `GET /v1/stats/public`, kept for a short while in this process: a ministry's
 * page and a central government page ask for the same figures again and again (each visitor's
 * browser, and each shared cache after its `max-age=300`), and a year of a whole country's
 * figures costs a real read.
 *
 * @module
 */
import type { PublicStats } from '@civic-contact/contract';

/** How long an answer is kept by default, in seconds. */
export const PUBLIC_STATS_CACHE_SECONDS = 60;
/** How many answers are kept at most: the oldest goes first. */
const MAX_ENTRIES = 500;

interface Entry {
  answer: Promise<PublicStats>;
  expires: number;
  /** The end of its period (exclusive instant): a write before it changes nothing the answer counted. */
  before: string;
}

/**
 * Answers by scope, time zone and period, each for `ttlSeconds` on the centre's clock. A write
 * through this centre (a complaint filed, a status changed, a rating given) drops at once every
 * answer whose period reaches the moment of the write, so whoever files a complaint and then
 * looks sees it; answers about periods wholly in the past are kept, since nothing changes
 * them. Writes made by another process (another server sharing the database) show within the
 * TTL. Two requests for an answer being computed share the one computation.
 */
export class PublicStatsCache {
  readonly #ttlMs: number;
  readonly #now: () => Date;
  readonly #entries = new Map<string, Entry>();

  /** @param ttlSeconds - 0 keeps nothing. */
  constructor(ttlSeconds: number, now: () => Date) {
    this.#ttlMs = ttlSeconds * 1000;
    this.#now = now;
  }

  /** The kept answer for `key`, or the one `compute` gives (kept for next time unless it fails). */
  answer(key: string, before: string, compute: () => Promise<PublicStats>): Promise<PublicStats> {
    if (this.#ttlMs <= 0) return compute();
    const now = this.#now().getTime();
    const kept = this.#entries.get(key);
    if (kept !== undefined && kept.expires > now) return kept.answer;
    this.#entries.delete(key);
    const answer = compute();
    this.#entries.set(key, { answer, expires: now + this.#ttlMs, before });
    answer.catch(() => {
      if (this.#entries.get(key)?.answer === answer) this.#entries.delete(key);
    });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
    return answer;
  }

  /** Something the figures count was written at `at`: every answer whose period reaches it is dropped. */
  written(at: Date): void {
    const instant = at.toISOString();
    for (const [key, entry] of this.#entries) if (entry.before > instant) this.#entries.delete(key);
  }
}
