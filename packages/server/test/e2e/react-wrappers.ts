/**
 * A page for react.test.ts, bundled by esbuild: every React wrapper of
 * `@civic-contact/react`, each given a handler for every `on…` prop its element's
 * events make (frameworks/elements.ts). Each handler records the event it received on `window`, so
 * the test can dispatch each event on each element and see which handler React called.
 */
import { createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import * as wrappers from '@civic-contact/react';
import { ELEMENT_EVENTS, eventProp } from '@civic-contact/elements/frameworks.js';

/** Events received, as `tag onProp` → the events. */
const received = new Map<string, Event[]>();
(window as unknown as { received: typeof received }).received = received;

const components: Record<keyof typeof ELEMENT_EVENTS, ComponentType<Record<string, unknown>>> = {
  'civic-contact-provider': wrappers.CivicContactProvider,
  'civic-complaint-form': wrappers.CivicComplaintForm,
  'civic-ticket-status': wrappers.CivicTicketStatus,
  'civic-callback-request': wrappers.CivicCallbackRequest,
  'civic-faq-search': wrappers.CivicFaqSearch,
  'civic-service-dashboard': wrappers.CivicServiceDashboard,
} as Record<keyof typeof ELEMENT_EVENTS, ComponentType<Record<string, unknown>>>;

const handlersOf = (tag: keyof typeof ELEMENT_EVENTS) =>
  Object.fromEntries(
    ELEMENT_EVENTS[tag].map((name) => {
      const prop = eventProp(name);
      return [prop, (event: Event) => received.set(`${tag} ${prop}`, [...(received.get(`${tag} ${prop}`) ?? []), event])];
    }),
  );

// The widgets side by side, not inside the provider: an event a widget fires bubbles, and the
// provider's handlers would hear it too.
const root = createRoot(document.getElementById('app')!);
root.render(
  createElement(
    'div',
    null,
    ...Object.entries(components).map(([tag, component]) => createElement(component, { key: tag, ...handlersOf(tag as keyof typeof ELEMENT_EVENTS) })),
  ),
);
