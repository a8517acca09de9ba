/**
 * Fired by `<civic-complaint-form>` once the contact centre has filed the complaint, so the
 * page can show its own next steps or record the reference. Bubbles and crosses shadow roots.
 *
 * ```js
 * document.addEventListener('civic-submitted', (event) => console.log(event.reference));
 * ```
 */
export class CivicSubmittedEvent extends Event {
  static readonly eventName = 'civic-submitted';
  /** The ticket's reference, e.g. `MOT-7K3D-9QX6`: what the citizen reads out on the phone. */
  readonly reference: string;
  /** When the ministry expects to reply, an ISO 8601 instant. */
  readonly expectedResponseBy: string;
  /** Id of the service the complaint was filed under. */
  readonly service: string;

  constructor(reference: string, expectedResponseBy: string, service: string) {
    super(CivicSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.reference = reference;
    this.expectedResponseBy = expectedResponseBy;
    this.service = service;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-submitted': CivicSubmittedEvent;
  }
}
