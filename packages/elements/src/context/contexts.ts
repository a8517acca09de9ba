import { createContext } from '@lit/context';
import type { ServiceCatalogue } from '@civic-contact/contract';
import type { BaseClient } from '@civic-contact/sdk';
import type { LocaleInfo } from '../locale.ts';

/** The service catalogue as it loads: elements render a loading or error state from it. */
export type CatalogueState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; catalogue: ServiceCatalogue }
  | { status: 'error'; error: Error };

/** The SDK client shared by `<civic-contact-provider>`; undefined until it has an API base and a key. */
export const clientContext = createContext<BaseClient | undefined>(Symbol('civic-contact-client'));

/** The locale shared by `<civic-contact-provider>`. */
export const localeContext = createContext<LocaleInfo | undefined>(Symbol('civic-contact-locale'));

/** The ministry and its services, shared by `<civic-contact-provider>`. */
export const catalogueContext = createContext<CatalogueState | undefined>(Symbol('civic-contact-catalogue'));

/** A ministry's own wording: strings by locale, then by string id (`{ en: { 'complaint.submit': 'Send' } }`). */
export type StringOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The ministry's string overrides, shared by `<civic-contact-provider>`. */
export const stringsContext = createContext<StringOverrides | undefined>(Symbol('civic-contact-strings'));
