/** What kind of failure an error is, as `civic-error` reports it. */
import {
  isAuthError,
  isConfigurationError,
  isConflictError,
  isForbiddenError,
  isNetworkError,
  isNotFoundError,
  isRateLimitedError,
  isTimeoutError,
  isValidationError,
} from '@civic-contact/sdk';
import type { CivicErrorKind } from '../events/civic-error-event.ts';

/**
 * An element set up wrongly, found before or without any request: no connection to a
 * contact centre, or a `service` its catalogue does not have. The message says the fix.
 */
export class ElementConfigurationError extends Error {
  override name = 'ElementConfigurationError';
}

/** The `cause` of an `ElementConfigurationError` for an element with no connection at all, before it is worded. */
export const NO_CONNECTION = 'no connection';

/**
 * Whether `error` is the page's mistake rather than the citizen's or the network's: a key
 * the contact centre refuses (401, 403: wrong, revoked, or used from an origin it does not
 * allow), options the SDK refuses before any request (a malformed `api-base`, a secret key
 * as `site-key`), or an element set up wrongly.
 */
export function isConfigurationFailure(error: unknown): boolean {
  return isAuthError(error) || isForbiddenError(error) || isConfigurationError(error) || error instanceof ElementConfigurationError;
}

/** The kind of `error`; anything not recognised counts as the contact centre's own trouble. */
export function errorKindOf(error: unknown): CivicErrorKind {
  if (isConfigurationFailure(error)) return 'configuration';
  if (isNetworkError(error) || isTimeoutError(error)) return 'network';
  if (isValidationError(error)) return 'validation';
  if (isNotFoundError(error)) return 'not-found';
  if (isRateLimitedError(error)) return 'rate-limited';
  if (isConflictError(error)) return 'conflict';
  return 'server';
}
