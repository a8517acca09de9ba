/**
 * How a booking reaches the contact centre — through an outbox, with one idempotency key for
 * every attempt, kept through network failures, so a callback is booked once — and what it
 * means for the form when the centre does not book it. Needed from the first press of
 * "Request callback", so it comes with the later steps (later.ts).
 */
import { PROBLEM_TYPES, type Callback, type CallbackCreateRequest } from '@civic-contact/contract';
import { CallbacksResource, isConflictError, isValidationError } from '@civic-contact/sdk';
import { IdempotentOutbox } from '../base/outbox.ts';
import { failureOf } from '../shared/failure.ts';
import { serverProblems } from './check.ts';
import type { Failure, Problem } from './model.ts';

export type BookingOutbox = IdempotentOutbox<CallbackCreateRequest, Callback>;

export function bookingOutbox(): BookingOutbox {
  return new IdempotentOutbox<CallbackCreateRequest, Callback>(
    (client, body, idempotencyKey) => client.use(CallbacksResource).create(body, { idempotencyKey }),
    // A full slot booked nothing under the key: the next choice may use a new one.
    (error) => isConflictError(error) && error.problemType === PROBLEM_TYPES.slotFull,
  );
}

/** What a booking the contact centre did not make means for the form. */
export type Setback =
  /** The chosen slot filled up meanwhile (its start). */
  | { taken: string }
  /** Answers the contact centre refused, at the fields the citizen can correct. */
  | { problems: Problem[] }
  | { failure: Failure };

export function setbackOf(error: unknown, request: CallbackCreateRequest): Setback {
  if (isConflictError(error) && error.problemType === PROBLEM_TYPES.slotFull && request.schedule.type === 'slot') return { taken: request.schedule.start };
  const problems = isValidationError(error) ? serverProblems(error.errors) : [];
  return problems.length > 0 ? { problems } : { failure: failureOf(error) };
}
