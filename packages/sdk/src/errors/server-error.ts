import { CivicContactError, isNamedError, type CivicContactErrorOptions } from './civic-contact-error.ts';

/** 5xx: the contact centre (or a gateway before it) failed; thrown after the retries. */
export class ServerError extends CivicContactError {
  override name = 'ServerError' as const;
  /** Seconds to wait before trying again, when a 503 (unavailable) or a 507 (storage full) said so. */
  readonly retryAfter: number | undefined;

  constructor(message: string, retryAfter: number | undefined, options: CivicContactErrorOptions = {}) {
    super(message, options);
    this.retryAfter = retryAfter;
  }
}

/** Whether `error` is a {@link ServerError} (from any copy of the SDK). */
export function isServerError(error: unknown): error is ServerError {
  return isNamedError(error, 'ServerError');
}
