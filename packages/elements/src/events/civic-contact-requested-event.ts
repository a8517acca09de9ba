/** How a citizen asked to reach the contact centre. */
export type ContactChannel = 'complaint' | 'callback';

/**
 * Fired by `<civic-faq-search>` when a citizen who found no answer chooses "Make a complaint"
 * or "Request a callback". It is cancelable: a page that calls `preventDefault()` keeps the
 * citizen where they are (and can open `<civic-complaint-form>` or `<civic-callback-request>`
 * in place); otherwise the element follows its link. Bubbles and crosses shadow roots.
 *
 * ```js
 * faq.addEventListener('civic-contact-requested', (event) => {
 *   event.preventDefault();
 *   openComplaintDialog({ subject: event.query });
 * });
 * ```
 */
export class CivicContactRequestedEvent extends Event {
  static readonly eventName = 'civic-contact-requested';
  /** What the citizen chose. */
  readonly channel: ContactChannel;
  /** What they searched for, e.g. to start a complaint's subject with it. */
  readonly query: string;
  /** The FAQ they read and found no help in, when they came from one. */
  readonly faqId: string | undefined;

  constructor(channel: ContactChannel, query: string, faqId: string | undefined) {
    super(CivicContactRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.channel = channel;
    this.query = query;
    this.faqId = faqId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-contact-requested': CivicContactRequestedEvent;
  }
}
