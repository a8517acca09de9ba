import { isHTTPError, isNetworkError, type RetryOptions as KyRetryOptions } from 'ky';
import { HEADERS } from '@civic-contact/contract';

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

/** @internal */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  limit: 2,
  backoffMs: 300,
  maxBackoffMs: 10_000,
  maxRetryAfterSeconds: 60,
});

/** Statuses worth another attempt; every other 4xx is about the request itself and would fail again. */
const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` the client honours. */
const RETRY_AFTER_STATUSES = [429, 503];

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
 * @internal ky's retry options for one request. ky does the waiting, the backoff with
 * full jitter, `Retry-After`, and re-sends the same `Request` (same headers, so the same
 * `Idempotency-Key`); `shouldRetry` adds what ky cannot know: the caller's abort, the
 * `Retry-After` ceiling that fails fast instead of clamping, and fetch failures that ky's
 * message heuristics do not recognise.
 */
export function kyRetryOptions(
  policy: RetryPolicy,
  request: { method: 'get' | 'post' | 'delete'; retrySafe: boolean; signal: AbortSignal | undefined },
): KyRetryOptions {
  if (!request.retrySafe || policy.limit === 0) return { limit: 0 };
  return {
    limit: policy.limit,
    methods: [request.method],
    statusCodes: [...RETRY_STATUSES],
    afterStatusCodes: RETRY_AFTER_STATUSES,
    maxRetryAfter: policy.maxRetryAfterSeconds * 1000,
    delay: (attempt) => policy.backoffMs * 2 ** (attempt - 1),
    backoffLimit: policy.maxBackoffMs,
    jitter: true,
    // A timed-out attempt may never have reached the server; the request is safe to repeat.
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (request.signal?.aborted) return false;
      if (isHTTPError(error)) {
        const { status, headers } = error.response;
        if (!RETRY_STATUSES.includes(status)) return false;
        if (RETRY_AFTER_STATUSES.includes(status)) {
          const wait = retryAfterOf(headers, error.data);
          if (wait !== undefined && wait > policy.maxRetryAfterSeconds) return false;
        }
        return undefined;
      }
      if (isNetworkError(error) || error instanceof TypeError) return true;
      return undefined;
    },
  };
}
