/**
 * How a booking reaches the contact centre: through an outbox, with one idempotency key for
 * every attempt, kept through network failures, so a callback is booked once. Needed from the
 * first press of "Request callback", so it comes with the later steps (later.ts).
 */
import { PROBLEM_TYPES, type Callback, type CallbackCreateRequest } from '@civic-contact/contract';
import { CallbacksResource, isConflictError } from '@civic-contact/sdk';
import { IdempotentOutbox } from '../base/outbox.ts';

export type BookingOutbox = IdempotentOutbox<CallbackCreateRequest, Callback>;

export function bookingOutbox(): BookingOutbox {
  return new IdempotentOutbox<CallbackCreateRequest, Callback>(
    (client, body, idempotencyKey) => client.use(CallbacksResource).create(body, { idempotencyKey }),
    // A full slot booked nothing under the key: the next choice may use a new one.
    (error) => isConflictError(error) && error.problemType === PROBLEM_TYPES.slotFull,
  );
}
