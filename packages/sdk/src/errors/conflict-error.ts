import { CivicContactError, isNamedError } from './civic-contact-error.ts';

/**
 * 409: the request clashes with the current state. Tell the cases apart by
 * `problemType`: `PROBLEM_TYPES.slotFull` (the callback slot filled up),
 * `PROBLEM_TYPES.illegalTransition` (that status change is not allowed now),
 * `PROBLEM_TYPES.idempotencyConflict` (an `Idempotency-Key` reused with a different body),
 * `SATISFACTION_PROBLEM_TYPES.alreadyRated` (a ticket's satisfaction given a second time) or
 * `SATISFACTION_PROBLEM_TYPES.notYetResolved` (a ticket rated before it is resolved or closed).
 * Never retried.
 */
export class ConflictError extends CivicContactError {
  override name = 'ConflictError' as const;
}

/** Whether `error` is a {@link ConflictError} (from any copy of the SDK). */
export function isConflictError(error: unknown): error is ConflictError {
  return isNamedError(error, 'ConflictError');
}
