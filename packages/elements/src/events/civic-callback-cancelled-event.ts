/**
 * Fired by `<civic-callback-request>` once the contact centre has cancelled a callback.
 * Bubbles and crosses shadow roots.
 */
export class CivicCallbackCancelledEvent extends Event {
  static readonly eventName = 'civic-callback-cancelled';
  /** The cancelled callback's reference. */
  readonly reference: string;

  constructor(reference: string) {
    super(CivicCallbackCancelledEvent.eventName, { bubbles: true, composed: true });
    this.reference = reference;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-callback-cancelled': CivicCallbackCancelledEvent;
  }
}
