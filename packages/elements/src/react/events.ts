/**
 * The events each element fires (its JSDoc `@fires`), from which the React wrappers' `on…`
 * props are made: `civic-submitted` becomes `onCivicSubmitted`, typed with the event's class
 * as `GlobalEventHandlersEventMap` registers it (`CivicSubmittedEvent`). No DOM here, so a
 * Node test can hold this table against the custom-elements manifest.
 */
import type { EventName } from '@lit/react';
import type {} from '../events/index.ts';

type CivicEventName = Extract<keyof GlobalEventHandlersEventMap, `civic-${string}`>;

export const ELEMENT_EVENTS = {
  'civic-contact-provider': ['civic-catalogue-loaded', 'civic-error'],
  'civic-complaint-form': ['civic-step', 'civic-submitted', 'civic-error'],
  'civic-ticket-status': ['civic-step', 'civic-status-loaded', 'civic-error'],
  'civic-callback-request': ['civic-step', 'civic-callback-booked', 'civic-callback-cancelled', 'civic-error'],
  'civic-faq-search': ['civic-step', 'civic-contact-requested', 'civic-faq-feedback', 'civic-error'],
} as const satisfies Record<string, readonly CivicEventName[]>;

/** `civic-submitted` → `CivicSubmitted`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The `on…` prop of an event, as React names its own: `civic-submitted` → `onCivicSubmitted`. */
export type EventProp<N extends string> = `on${Pascal<N>}`;

/** A wrapper's events for `createComponent`: each `on…` prop to its event's name, typed with its class. */
export type ReactEvents<N extends CivicEventName> = { [K in N as EventProp<K>]: EventName<GlobalEventHandlersEventMap[K]> };

export function eventProp<N extends string>(name: N): EventProp<N> {
  return `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as EventProp<N>;
}

/** The `events` option of `createComponent` for one element. */
export function reactEvents<T extends keyof typeof ELEMENT_EVENTS>(tag: T): ReactEvents<(typeof ELEMENT_EVENTS)[T][number]> {
  return Object.fromEntries(ELEMENT_EVENTS[tag].map((name) => [eventProp(name), name])) as ReactEvents<(typeof ELEMENT_EVENTS)[T][number]>;
}
