import type { ServiceCatalogue } from '@civic-contact/contract';

/** Fired by `<civic-contact-provider>` when the ministry's service catalogue has loaded. */
export class CivicCatalogueLoadedEvent extends Event {
  static readonly eventName = 'civic-catalogue-loaded';
  /** The ministry and the services it takes complaints and callbacks for. */
  readonly catalogue: ServiceCatalogue;

  constructor(catalogue: ServiceCatalogue) {
    super(CivicCatalogueLoadedEvent.eventName, { bubbles: true, composed: true });
    this.catalogue = catalogue;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-catalogue-loaded': CivicCatalogueLoadedEvent;
  }
}
