/**
 * What the callback request needs once the citizen acts, and not before: the calendar of
 * days and times (after "At a time I choose"), the check of the answers, the error summary
 * and the words for what is wrong, the outbox that books, the nearest free times when a slot
 * was taken, the confirmation, and the cancellation. A chunk of its own, fetched when the
 * citizen starts on the form (see base/on-demand.ts), or at once when the element only
 * cancels, so that a page that is only looked at does not pay for it.
 */
import { PROBLEM_TYPES, type Callback, type CallbackCreateRequest } from '@civic-contact/contract';
import { CallbacksResource, isConflictError } from '@civic-contact/sdk';
import { IdempotentOutbox } from '../base/outbox.ts';

export { CivicCallbackBookedEvent } from '../events/civic-callback-booked-event.ts';
export { calendarView, suggestionsView } from './calendar-view.ts';
export { CancelStep } from './cancel.ts';
export { checkAnswers, checkPhone, nearestFree, setbackOf } from './check.ts';
export { confirmationView } from './confirmation-view.ts';
export { daysShown, failureText, problemText } from './messages.ts';
export { problemSummary } from './summary-view.ts';

/**
 * How a booking reaches the contact centre: one idempotency key for every attempt, kept
 * through network failures, so a callback is booked once.
 */
export function bookingOutbox(): IdempotentOutbox<CallbackCreateRequest, Callback> {
  return new IdempotentOutbox<CallbackCreateRequest, Callback>(
    (client, body, idempotencyKey) => client.use(CallbacksResource).create(body, { idempotencyKey }),
    // A full slot booked nothing under the key: the next choice may use a new one.
    (error) => isConflictError(error) && error.problemType === PROBLEM_TYPES.slotFull,
  );
}
