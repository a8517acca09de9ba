/**
 * What the complaint form needs once the citizen presses Continue, and not before: the check
 * of their answers (the contract's schema and the service's rules), the error messages,
 * "Check your answers", the outbox that sends the complaint, and the confirmation. A chunk
 * of its own, fetched when the citizen starts on the form (see base/on-demand.ts), so that a
 * page that is only looked at does not pay for it.
 */
export { checkComplaint } from './check.ts';
export { checkAnswersView } from './check-answers.ts';
export { errorMessage } from './messages.ts';
export { confirmationView, failureView } from './outcome.ts';
export { Outbox } from './outbox.ts';
