/** What an element was doing when the error happened. */
export type CivicErrorOperation =
  | 'configure'
  | 'load-catalogue'
  | 'lookup-ticket'
  | 'submit-complaint'
  | 'load-slots'
  | 'book-callback'
  | 'cancel-callback'
  | 'search-faq'
  | 'load-faq-index'
  | 'load-faq'
  | 'send-feedback';

/**
 * Fired when a Civic Contact element meets an error it shows to the citizen, so the page
 * can log or report it. Bubbles and crosses shadow roots.
 */
export class CivicErrorEvent extends Event {
  static readonly eventName = 'civic-error';
  readonly error: Error;
  readonly operation: CivicErrorOperation;

  constructor(error: Error, operation: CivicErrorOperation) {
    super(CivicErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.operation = operation;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-error': CivicErrorEvent;
  }
}
