import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/** 401: the key is missing, unknown or revoked. */
export class AuthError extends CivicContactError {
  override name = 'AuthError' as const;
}

/** Whether `error` is an {@link AuthError} (from any copy of the SDK). */
export function isAuthError(error: unknown): error is AuthError {
  return isNamedError(error, 'AuthError');
}
