import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * The client was created or used wrongly: a bad option, a secret key in a browser, or a
 * method that needs the other kind of key. Thrown before any request is made.
 */
export class ConfigurationError extends CivicContactError {
  override name = 'ConfigurationError' as const;
}

/** Whether `error` is a {@link ConfigurationError} (from any copy of the SDK). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return isNamedError(error, 'ConfigurationError');
}
