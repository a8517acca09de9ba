import type { Callback } from '@civic-contact/contract';

/**
 * Fired by `<civic-callback-request>` once the contact centre has booked the callback, so the
 * page can show its own next steps or record the reference. Bubbles and crosses shadow roots.
 *
 * ```js
 * document.addEventListener('civic-callback-booked', (event) => console.log(event.reference, event.start));
 * ```
 */
export class CivicCallbackBookedEvent extends Event {
  static readonly eventName = 'civic-callback-booked';
  /** The callback's reference, e.g. `MOT-7K3D-9QX6`: with the phone number, it cancels the callback. */
  readonly reference: string;
  /** Id of the service the callback is about. */
  readonly service: string;
  /** Start of the booked slot, an ISO 8601 instant; `null` for "as soon as possible". */
  readonly start: string | null;
  /** The contact centre's IANA time zone, e.g. `America/New_York`. */
  readonly timeZone: string;
  /** The booked callback as the contact centre answered it. */
  readonly callback: Callback;

  constructor(callback: Callback) {
    super(CivicCallbackBookedEvent.eventName, { bubbles: true, composed: true });
    this.callback = callback;
    this.reference = callback.reference;
    this.service = callback.service;
    this.start = callback.slot?.start ?? null;
    this.timeZone = callback.timeZone;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-callback-booked': CivicCallbackBookedEvent;
  }
}
