/**
 * What the callback request needs once the citizen acts, and not before: the calendar of
 * days and times (after "At a time I choose"), the check of the answers, the error summary
 * and the words for what is wrong, the outbox that books, the nearest free times when a slot
 * was taken, the confirmation, and the cancellation. A chunk of its own, fetched when the
 * citizen starts on the form (see base/on-demand.ts), or at once when the element only
 * cancels, so that a page that is only looked at does not pay for it.
 */
export { CivicCallbackBookedEvent } from '../events/civic-callback-booked-event.ts';
export { bookingOutbox, setbackOf } from './booking.ts';
export { calendarView, daysShown, suggestionsView } from './calendar.ts';
export { CancelStep } from './cancel.ts';
export { checkAnswers, checkPhone } from './check.ts';
export { confirmationView } from './confirmation.ts';
export { errorSummary } from './error-summary.ts';
export { failureText, problemText } from './messages.ts';
export { nearestFree } from './slots.ts';
