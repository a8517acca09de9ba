import { CivicContactError, isNamedError, type CivicContactErrorOptions } from './civic-contact-error.ts';

/**
 * 429: too many requests. Thrown once retries are used up, at once for requests that
 * are not safe to retry, and at once when the contact centre asks for a longer wait than
 * the client's `retry.maxRetryAfterSeconds`.
 */
export class RateLimitedError extends CivicContactError {
  override name = 'RateLimitedError' as const;
  /** Seconds to wait before trying again, from `Retry-After` or the problem's `retryAfter`; undefined when not given. */
  readonly retryAfter: number | undefined;

  constructor(message: string, retryAfter: number | undefined, options: CivicContactErrorOptions = {}) {
    super(message, options);
    this.retryAfter = retryAfter;
  }
}

/** Whether `error` is a {@link RateLimitedError} (from any copy of the SDK). */
export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return isNamedError(error, 'RateLimitedError');
}
