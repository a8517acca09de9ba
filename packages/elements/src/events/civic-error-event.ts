import { errorKindOf } from '../base/error-kind.ts';

/** What an element was doing when the error happened. */
export type CivicErrorOperation =
  | 'configure'
  | 'load-catalogue'
  | 'lookup-ticket'
  | 'rate-ticket'
  | 'submit-complaint'
  | 'load-slots'
  | 'book-callback'
  | 'cancel-callback'
  | 'search-faq'
  | 'load-faq-index'
  | 'load-faq'
  | 'send-feedback'
  | 'load-stats';

/**
 * What kind of failure a `civic-error` reports, so that a page can tell its own mistakes
 * from the citizen's and the network's:
 *
 * - `configuration`: the page's mistake, which no retry mends: the contact centre refused
 *   the key (401, 403: wrong, revoked, or used from an origin it does not allow), the
 *   `api-base` or `site-key` cannot be used, the element has no connection, or its `service`
 *   is not in the catalogue. The console says the fix, once per page.
 * - `network`: no answer came (offline, timed out).
 * - `server`: the contact centre failed, or answered something unexpected.
 * - `not-found`: nothing matched (a ticket, a callback, an answer).
 * - `rate-limited`: too many attempts; try again later.
 * - `validation`: the contact centre refused what the citizen entered.
 * - `conflict`: the request clashed with the current state (a callback slot just filled, a
 *   callback too late to cancel).
 */
export type CivicErrorKind = 'configuration' | 'network' | 'server' | 'not-found' | 'rate-limited' | 'validation' | 'conflict';

/**
 * Fired when a Civic Contact element meets an error it shows to the citizen, so the page
 * can log or report it. Bubbles and crosses shadow roots.
 */
export class CivicErrorEvent extends Event {
  static readonly eventName = 'civic-error';
  /** What went wrong: one of the SDK's errors (`ValidationError`, `NetworkError`, …), or the element's own for a page's mistake. */
  readonly error: Error;
  /** What the element was doing. */
  readonly operation: CivicErrorOperation;
  /** What kind of failure it is; `configuration` is the page's to fix. */
  readonly kind: CivicErrorKind;

  /** @param kind - by default, from the error (see {@link CivicErrorKind}). */
  constructor(error: Error, operation: CivicErrorOperation, kind: CivicErrorKind = errorKindOf(error)) {
    super(CivicErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.operation = operation;
    this.kind = kind;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-error': CivicErrorEvent;
  }
}
