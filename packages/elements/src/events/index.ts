export { CivicErrorEvent, type CivicErrorKind, type CivicErrorOperation } from './civic-error-event.ts';
export { CivicCatalogueLoadedEvent } from './civic-catalogue-loaded-event.ts';
export { CivicStatusLoadedEvent } from './civic-status-loaded-event.ts';
export { CivicSubmittedEvent } from './civic-submitted-event.ts';
export { CivicFaqFeedbackEvent } from './civic-faq-feedback-event.ts';
export { CivicContactRequestedEvent, type ContactChannel } from './civic-contact-requested-event.ts';
export { CivicCallbackBookedEvent } from './civic-callback-booked-event.ts';
export { CivicCallbackCancelledEvent } from './civic-callback-cancelled-event.ts';
export { CivicStepEvent } from './civic-step-event.ts';
