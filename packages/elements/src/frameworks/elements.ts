/**
 * What each element takes and fires, for the framework bindings: the properties a page may
 * set (its public fields) and the events it fires (its JSDoc `@fires`). The React wrappers
 * (react/index.ts) make an `on…` prop of each event, the Vue declarations (vue/index.ts) type
 * the props and handlers of each tag from both. No DOM here, so a Node test holds this table
 * against the custom-elements manifest.
 */
import type {} from '../events/index.ts';
// For their HTMLElementTagNameMap entries, against which the properties are checked.
import type {} from '../provider/provider.ts';
import type {} from '../complaint-form/complaint-form.ts';
import type {} from '../ticket-status/ticket-status.ts';
import type {} from '../callback-request/callback-request.ts';
import type {} from '../faq-search/faq-search.ts';

type CivicTag = Extract<keyof HTMLElementTagNameMap, `civic-${string}`>;
export type CivicEventName = Extract<keyof GlobalEventHandlersEventMap, `civic-${string}`>;

/** What every widget takes from `CivicElement`, beside its own. */
const WIDGET = ['apiBase', 'siteKey', 'fetch', 'updateTitle', 'headingLevel'] as const;

export const ELEMENT_PROPERTIES = {
  'civic-contact-provider': ['apiBase', 'siteKey', 'fetch', 'client', 'locale', 'catalogue', 'strings', 'stringsSrc'],
  'civic-complaint-form': ['service', 'trackUrl', ...WIDGET],
  'civic-ticket-status': ['reference', 'referenceParam', ...WIDGET],
  'civic-callback-request': ['service', 'mode', 'defaultCountry', 'timeZone', 'reference', ...WIDGET],
  'civic-faq-search': ['service', 'indexSrc', 'complaintHref', 'callbackHref', 'debounce', ...WIDGET],
} as const satisfies { [T in CivicTag]: readonly (keyof HTMLElementTagNameMap[T])[] };

export const ELEMENT_EVENTS = {
  'civic-contact-provider': ['civic-catalogue-loaded', 'civic-error'],
  'civic-complaint-form': ['civic-step', 'civic-submitted', 'civic-error'],
  'civic-ticket-status': ['civic-step', 'civic-status-loaded', 'civic-error'],
  'civic-callback-request': ['civic-step', 'civic-callback-booked', 'civic-callback-cancelled', 'civic-error'],
  'civic-faq-search': ['civic-step', 'civic-contact-requested', 'civic-faq-feedback', 'civic-error'],
} as const satisfies Record<CivicTag, readonly CivicEventName[]>;

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
