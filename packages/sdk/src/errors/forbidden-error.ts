import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * 403: the key is valid but may not do this — a site key on an agent endpoint, a key
 * used from an origin it is not bound to, or another ministry's data.
 */
export class ForbiddenError extends CivicContactError {
  override name = 'ForbiddenError' as const;
}

/** Whether `error` is a {@link ForbiddenError} (from any copy of the SDK). */
export function isForbiddenError(error: unknown): error is ForbiddenError {
  return isNamedError(error, 'ForbiddenError');
}
