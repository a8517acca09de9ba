export { CivicErrorEvent, type CivicErrorOperation } from './civic-error-event.ts';
export { CivicCatalogueLoadedEvent } from './civic-catalogue-loaded-event.ts';
