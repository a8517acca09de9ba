import { CivicContactError, isNamedError, type CivicContactErrorOptions } from './civic-contact-error.ts';

/**
 * An attempt got no answer within the client's `timeoutMs` (or the server answered 408).
 * Not thrown for the caller's own abort signal, even `AbortSignal.timeout()`: that
 * reason is rethrown as it is.
 */
export class TimeoutError extends CivicContactError {
  override name = 'TimeoutError' as const;
  /** The per-attempt timeout that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options: CivicContactErrorOptions = {}) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}

/** Whether `error` is a {@link TimeoutError} of the SDK (from any copy of it). */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return isNamedError(error, 'TimeoutError');
}
