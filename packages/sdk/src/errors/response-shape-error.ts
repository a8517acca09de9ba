import { CivicContactError, isNamedError, type CivicContactErrorOptions } from './civic-contact-error.ts';

/** One way in which a response broke the contract, as the contract's schema reported it. */
export interface ResponseIssue {
  /** What is wrong, in the contract's field-error codes, e.g. `invalid_type` or `required`. */
  readonly code: string;
  /** Where in the response body, e.g. `['timeline', 0, 'at']`. */
  readonly path: readonly PropertyKey[];
  /** The same in an English sentence. */
  readonly message: string;
}

/**
 * A successful response that cannot be trusted: not JSON, a problem document with a 2xx
 * status, or JSON that does not match the contract's schema. The SDK never hands such
 * data to the caller. Usually the client and the contact centre speak different versions
 * of the contract.
 */
export class ResponseShapeError extends CivicContactError {
  override name = 'ResponseShapeError' as const;
  /** What did not match; empty when the body was not JSON at all. */
  readonly issues: readonly ResponseIssue[];

  constructor(message: string, issues: readonly ResponseIssue[], options: CivicContactErrorOptions = {}) {
    super(message, options);
    this.issues = Object.freeze([...issues]);
  }
}

/** Whether `error` is a {@link ResponseShapeError} (from any copy of the SDK). */
export function isResponseShapeError(error: unknown): error is ResponseShapeError {
  return isNamedError(error, 'ResponseShapeError');
}
