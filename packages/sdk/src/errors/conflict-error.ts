import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * 409: the request clashes with the current state. Tell the cases apart by
 * `problemType`: `PROBLEM_TYPES.slotFull` (the callback slot filled up),
 * `PROBLEM_TYPES.illegalTransition` (that status change is not allowed now) or
 * `PROBLEM_TYPES.idempotencyConflict` (an `Idempotency-Key` reused with a different body).
 * Never retried.
 */
export class ConflictError extends CivicContactError {
  override name = 'ConflictError' as const;
}

/** Whether `error` is a {@link ConflictError} (from any copy of the SDK). */
export function isConflictError(error: unknown): error is ConflictError {
  return isNamedError(error, 'ConflictError');
}
