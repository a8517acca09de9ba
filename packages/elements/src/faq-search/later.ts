/**
 * What the FAQ search needs once the citizen has searched, and not before: the answer to
 * a result they open, "Did this answer your question?" and its comment, and the ways to
 * contact the ministry when no answer helped ("No answers match", "Still need help?"). The
 * answer's sanitiser is a chunk of its own, loaded with the first answer. A chunk of its
 * own, fetched when the citizen starts on the search (see base/on-demand.ts), so that a
 * page that is only looked at does not pay for it.
 */
export { FaqAnswer } from './answer.ts';
export { noResultsView } from './escalation-view.ts';
