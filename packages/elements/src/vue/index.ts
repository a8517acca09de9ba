/**
 * Types only: the elements' tags as Vue 3 knows components, so that a template's
 * `<civic-complaint-form :service="…" @civic-submitted="…">` is type-checked (vue-tsc, Volar).
 * One line in the app, beside its other declarations, brings them in:
 *
 * ```ts
 * import type {} from '@civic-contact/elements/vue';
 * ```
 *
 * Each tag takes the element's properties (typed from its class) and an `on…` handler for
 * each event it fires, typed with the event's class: `@civic-submitted="(event) =>
 * event.reference"`. Vue must still be told that `civic-` tags are custom elements
 * (`compilerOptions.isCustomElement`): docs/frameworks.md.
 */
import type { HTMLAttributes } from 'vue';
import type { CivicElementMap, CivicEventMap, EventOf, EventProp, PropertyOf, Tag } from '../frameworks/elements.ts';

/** A handler for each event the element of `T` fires, as Vue names `@civic-submitted`'s: `onCivicSubmitted`. */
export type CivicEventHandlers<T extends Tag> = {
  [N in EventOf<T> as EventProp<N>]?: (event: CivicEventMap[N]) => void;
};

/** What a Vue template may give the element of `T`: HTML attributes, its properties, handlers of its events. */
export type CivicElementProps<T extends Tag> = HTMLAttributes & Partial<Pick<CivicElementMap[T], Extract<PropertyOf<T>, keyof CivicElementMap[T]>>> & CivicEventHandlers<T>;

/**
 * A custom element as Vue's type checker takes a global component: its instance is the
 * element, with the props a template may give it (the form Vue's guide gives for web components).
 */
export type CivicCustomElement<T extends Tag> = new () => CivicElementMap[T] & {
  /** For templates' type checking only: not a property of the element. */
  $props: CivicElementProps<T>;
};

declare module 'vue' {
  interface GlobalComponents {
    'civic-contact-provider': CivicCustomElement<'civic-contact-provider'>;
    'civic-complaint-form': CivicCustomElement<'civic-complaint-form'>;
    'civic-ticket-status': CivicCustomElement<'civic-ticket-status'>;
    'civic-callback-request': CivicCustomElement<'civic-callback-request'>;
    'civic-faq-search': CivicCustomElement<'civic-faq-search'>;
    'civic-service-dashboard': CivicCustomElement<'civic-service-dashboard'>;
  }
}
