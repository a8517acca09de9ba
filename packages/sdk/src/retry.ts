import { HEADERS } from '@civic-contact/contract';
import type { CivicContactError } from './errors/civic-contact-error.ts';
import { isTimeoutError } from './errors/timeout-error.ts';

/**
 * How the client retries. Only requests that are safe to repeat are retried: GETs, the
 * callback cancellation (a DELETE), and POSTs that carry an `Idempotency-Key`.
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Base of the exponential backoff, in milliseconds: attempt n waits a random time up to `backoffMs × 2^(n-1)` (full jitter). Default 300. */
  backoffMs?: number;
  /** Cap on one backoff wait, in milliseconds. Default 10 000. */
  maxBackoffMs?: number;
  /**
   * Longest `Retry-After` (on 429 and 503) the client waits out, in seconds. A longer one
   * is not waited for: the error is thrown at once with its `retryAfter`. Default 60.
   */
  maxRetryAfterSeconds?: number;
}

/** @internal The retry options with every default filled in. */
export interface RetryPolicy {
  limit: number;
  backoffMs: number;
  maxBackoffMs: number;
  maxRetryAfterSeconds: number;
}

/**
 * @internal Readonly by type rather than `Object.freeze`, whose call at the top level would be
 * the one import-time side effect of the package (see test/bundle.test.ts).
 */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  limit: 2,
  backoffMs: 300,
  maxBackoffMs: 10_000,
  maxRetryAfterSeconds: 60,
};

/** Statuses worth another attempt; every other 4xx is about the request itself and would fail again. */
const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * Seconds until a `Retry-After` header says to try again: delay-seconds or an HTTP date.
 * Undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Date.parse reads the IMF-fixdate that RFC 9110 requires (and its obsolete forms).
  const at = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** The wait an HTTP error asks for, from the header or else the problem body's `retryAfter`. */
export function retryAfterOf(headers: Headers, body: unknown): number | undefined {
  const fromHeader = parseRetryAfter(headers.get(HEADERS.retryAfter));
  if (fromHeader !== undefined) return fromHeader;
  const fromBody = typeof body === 'object' && body !== null ? (body as { retryAfter?: unknown }).retryAfter : undefined;
  return typeof fromBody === 'number' && Number.isFinite(fromBody) && fromBody >= 0 ? fromBody : undefined;
}

/**
 * @internal How long to wait before retry `n` (from 1) of a retry-safe request that failed
 * with `error`, or undefined when the error is final. A `Retry-After` (only 429 and 503
 * carry one, as `retryAfter`) is waited out exactly, or not at all when it is longer than
 * the policy allows; otherwise the wait is exponential with full jitter.
 */
export function retryDelay(policy: RetryPolicy, error: CivicContactError, n: number): number | undefined {
  const { status } = error;
  // No status: the attempt timed out (it may never have reached the server), or fetch threw.
  // Fetch fails with a TypeError; anything else it throws is a bug that would fail again.
  if (status === undefined ? !isTimeoutError(error) && !(error.cause instanceof TypeError) : !RETRY_STATUSES.includes(status)) {
    return undefined;
  }
  const retryAfter = (error as { retryAfter?: number }).retryAfter;
  if (retryAfter !== undefined) return retryAfter > policy.maxRetryAfterSeconds ? undefined : retryAfter * 1000;
  return Math.random() * Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (n - 1));
}
