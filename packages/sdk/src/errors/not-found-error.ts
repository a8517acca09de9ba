import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * 404: nothing matched. For a ticket lookup an unknown reference and a wrong verifier
 * answer the same, on purpose, so that nobody can learn which references exist.
 */
export class NotFoundError extends CivicContactError {
  override name = 'NotFoundError' as const;
}

/** Whether `error` is a {@link NotFoundError} (from any copy of the SDK). */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return isNamedError(error, 'NotFoundError');
}
