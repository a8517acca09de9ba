/**
 * What the status tracker needs once the citizen presses "Check status", and not before: what
 * is wrong with what they typed, why a lookup failed, and, once a complaint is found, its
 * status in plain words, the dates and the public timeline. A chunk of its own, fetched when
 * the citizen starts on the form (see base/on-demand.ts), so that a page that only shows the
 * form does not pay for it.
 */
export { failureText, problemText } from './messages.ts';
export { foundText, resultView } from './result-view.ts';
