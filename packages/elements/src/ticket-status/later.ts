/**
 * What the status tracker needs once a complaint is found, and not before: its status in
 * plain words, the dates and the public timeline. A chunk of its own, fetched when the
 * citizen starts on the form (see base/on-demand.ts), so that a page that only shows the
 * form does not pay for it.
 */
export { foundText, resultView } from './result-view.ts';
