/**
 * Fired by `<civic-faq-search>` once the contact centre has recorded a citizen's answer to
 * "Did this answer your question?", so the page can count it in its own analytics. Bubbles
 * and crosses shadow roots.
 */
export class CivicFaqFeedbackEvent extends Event {
  static readonly eventName = 'civic-faq-feedback';
  /** Id of the FAQ the feedback is about. */
  readonly id: string;
  /** Whether the answer helped. */
  readonly helpful: boolean;

  constructor(id: string, helpful: boolean) {
    super(CivicFaqFeedbackEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
    this.helpful = helpful;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-faq-feedback': CivicFaqFeedbackEvent;
  }
}
