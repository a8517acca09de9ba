import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * No response was received: offline, DNS, refused connection, CORS refusal, or `fetch`
 * itself threw. `cause` holds what `fetch` threw. Thrown after the retries.
 */
export class NetworkError extends CivicContactError {
  override name = 'NetworkError' as const;
}

/** Whether `error` is a {@link NetworkError} (from any copy of the SDK). */
export function isNetworkError(error: unknown): error is NetworkError {
  return isNamedError(error, 'NetworkError');
}
