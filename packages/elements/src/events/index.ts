export { CivicErrorEvent, type CivicErrorOperation } from './civic-error-event.ts';
export { CivicCatalogueLoadedEvent } from './civic-catalogue-loaded-event.ts';
export { CivicStatusLoadedEvent } from './civic-status-loaded-event.ts';
export { CivicSubmittedEvent } from './civic-submitted-event.ts';
