/**
 * What each element takes and fires, for the framework bindings: the properties a page may
 * set (its public fields) and the events it fires (its JSDoc `@fires`). The React wrappers
 * (the @civic-contact/react package) make an `on…` prop of each event, the Vue declarations (vue/index.ts) type
 * the props and handlers of each tag from both. No DOM here, so a Node test holds this table
 * against the custom-elements manifest.
 */
import type {
  CivicCallbackBookedEvent,
  CivicCallbackCancelledEvent,
  CivicCatalogueLoadedEvent,
  CivicContactRequestedEvent,
  CivicErrorEvent,
  CivicFaqFeedbackEvent,
  CivicStatsLoadedEvent,
  CivicStatusLoadedEvent,
  CivicStepEvent,
  CivicSubmittedEvent,
} from '../events/index.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import type { CivicComplaintForm } from '../complaint-form/complaint-form.ts';
import type { CivicTicketStatus } from '../ticket-status/ticket-status.ts';
import type { CivicCallbackRequest } from '../callback-request/callback-request.ts';
import type { CivicFaqSearch } from '../faq-search/faq-search.ts';
import type { CivicServiceDashboard } from '../service-dashboard/service-dashboard.ts';

// Named here rather than read from HTMLElementTagNameMap and GlobalEventHandlersEventMap: a
// declaration file keeps only the imports it uses, so the bindings' types would otherwise
// lose the elements' global declarations in an app that imports only the bindings.

/** Each element's class, by tag. */
export interface CivicElementMap {
  'civic-contact-provider': CivicContactProvider;
  'civic-complaint-form': CivicComplaintForm;
  'civic-ticket-status': CivicTicketStatus;
  'civic-callback-request': CivicCallbackRequest;
  'civic-faq-search': CivicFaqSearch;
  'civic-service-dashboard': CivicServiceDashboard;
}

/** Each event's class, by name. */
export interface CivicEventMap {
  'civic-callback-booked': CivicCallbackBookedEvent;
  'civic-callback-cancelled': CivicCallbackCancelledEvent;
  'civic-catalogue-loaded': CivicCatalogueLoadedEvent;
  'civic-contact-requested': CivicContactRequestedEvent;
  'civic-error': CivicErrorEvent;
  'civic-faq-feedback': CivicFaqFeedbackEvent;
  'civic-stats-loaded': CivicStatsLoadedEvent;
  'civic-status-loaded': CivicStatusLoadedEvent;
  'civic-step': CivicStepEvent;
  'civic-submitted': CivicSubmittedEvent;
}

/** What every widget takes from `CivicElement`, beside its own. */
const WIDGET = ['apiBase', 'siteKey', 'fetch', 'updateTitle', 'headingLevel'] as const;

export const ELEMENT_PROPERTIES = {
  'civic-contact-provider': ['apiBase', 'siteKey', 'fetch', 'client', 'locale', 'catalogue', 'strings', 'stringsSrc'],
  'civic-complaint-form': ['service', 'trackUrl', ...WIDGET],
  'civic-ticket-status': ['reference', 'referenceParam', ...WIDGET],
  'civic-callback-request': ['service', 'mode', 'defaultCountry', 'timeZone', 'reference', ...WIDGET],
  'civic-faq-search': ['service', 'indexSrc', 'complaintHref', 'callbackHref', 'debounce', ...WIDGET],
  'civic-service-dashboard': ['ministryId', 'weeks', 'to', ...WIDGET],
} as const satisfies { [T in keyof CivicElementMap]: readonly (keyof CivicElementMap[T])[] };

export const ELEMENT_EVENTS = {
  'civic-contact-provider': ['civic-catalogue-loaded', 'civic-error'],
  'civic-complaint-form': ['civic-step', 'civic-submitted', 'civic-error'],
  'civic-ticket-status': ['civic-step', 'civic-status-loaded', 'civic-error'],
  'civic-callback-request': ['civic-step', 'civic-callback-booked', 'civic-callback-cancelled', 'civic-error'],
  'civic-faq-search': ['civic-step', 'civic-contact-requested', 'civic-faq-feedback', 'civic-error'],
  'civic-service-dashboard': ['civic-step', 'civic-stats-loaded', 'civic-error'],
} as const satisfies Record<keyof CivicElementMap, readonly (keyof CivicEventMap)[]>;

export type Tag = keyof typeof ELEMENT_EVENTS;
/** The properties a page may set on the element of `T`. */
export type PropertyOf<T extends Tag> = (typeof ELEMENT_PROPERTIES)[T][number];
/** The events the element of `T` fires. */
export type EventOf<T extends Tag> = (typeof ELEMENT_EVENTS)[T][number];

/** `civic-submitted` → `CivicSubmitted`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The `on…` prop of an event, as React and Vue name handlers: `civic-submitted` → `onCivicSubmitted`. */
export type EventProp<N extends string> = `on${Pascal<N>}`;

export function eventProp<N extends string>(name: N): EventProp<N> {
  return `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as EventProp<N>;
}
