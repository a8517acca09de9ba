/**
 * The elements as React components, for React 19:
 *
 * ```tsx
 * import { CivicContactProvider, CivicComplaintForm } from '@civic-contact/elements/react';
 *
 * <CivicContactProvider apiBase="https://contact.gov.example" siteKey="pk_live_…" strings={wording}>
 *   <CivicComplaintForm service="road-defects" onCivicSubmitted={(event) => setReference(event.reference)} />
 * </CivicContactProvider>
 * ```
 *
 * Each wrapper (made by `@lit/react`) takes the element's properties as camelCase props and
 * sets them as properties, so objects and functions (the provider's `strings` and `fetch`)
 * reach the element as they are, not as `[object Object]` in an attribute; and each event the
 * element fires (`@fires` in its JSDoc) as an `on…` prop typed with the event's class.
 * Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CivicContactProvider as ProviderElement } from '@civic-contact/elements/provider.js';
import { CivicComplaintForm as ComplaintFormElement } from '@civic-contact/elements/complaint-form.js';
import { CivicTicketStatus as TicketStatusElement } from '@civic-contact/elements/ticket-status.js';
import { CivicCallbackRequest as CallbackRequestElement } from '@civic-contact/elements/callback-request.js';
import { CivicFaqSearch as FaqSearchElement } from '@civic-contact/elements/faq-search.js';
import { CivicServiceDashboard as ServiceDashboardElement } from '@civic-contact/elements/service-dashboard.js';
import { ELEMENT_EVENTS, eventProp, type CivicEventMap, type EventOf, type EventProp, type Tag } from '@civic-contact/elements/frameworks.js';

/** A wrapper's events for `createComponent`: each `on…` prop to its event's name, typed with its class. */
type ReactEvents<N extends EventOf<Tag>> = { [K in N as EventProp<K>]: EventName<CivicEventMap[K]> };

function reactEvents<T extends Tag>(tag: T): ReactEvents<EventOf<T>> {
  return Object.fromEntries(ELEMENT_EVENTS[tag].map((name) => [eventProp(name), name])) as ReactEvents<EventOf<T>>;
}

export const CivicContactProvider = createComponent({
  react: React,
  tagName: 'civic-contact-provider',
  elementClass: ProviderElement,
  events: reactEvents('civic-contact-provider'),
  displayName: 'CivicContactProvider',
});

export const CivicComplaintForm = createComponent({
  react: React,
  tagName: 'civic-complaint-form',
  elementClass: ComplaintFormElement,
  events: reactEvents('civic-complaint-form'),
  displayName: 'CivicComplaintForm',
});

export const CivicTicketStatus = createComponent({
  react: React,
  tagName: 'civic-ticket-status',
  elementClass: TicketStatusElement,
  events: reactEvents('civic-ticket-status'),
  displayName: 'CivicTicketStatus',
});

export const CivicCallbackRequest = createComponent({
  react: React,
  tagName: 'civic-callback-request',
  elementClass: CallbackRequestElement,
  events: reactEvents('civic-callback-request'),
  displayName: 'CivicCallbackRequest',
});

export const CivicFaqSearch = createComponent({
  react: React,
  tagName: 'civic-faq-search',
  elementClass: FaqSearchElement,
  events: reactEvents('civic-faq-search'),
  displayName: 'CivicFaqSearch',
});

export const CivicServiceDashboard = createComponent({
  react: React,
  tagName: 'civic-service-dashboard',
  elementClass: ServiceDashboardElement,
  events: reactEvents('civic-service-dashboard'),
  displayName: 'CivicServiceDashboard',
});

// The event classes (and their kinds), so a handler declared apart can name its event's type from the same import.
export {
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
  type CivicErrorKind,
  type CivicErrorOperation,
  type ContactChannel,
} from '@civic-contact/elements';
