import { createContext } from '@lit/context';
import type { ServiceCatalogue } from '@civic-contact/contract';
import type { CivicContactClient } from '@civic-contact/sdk';
import type { LocaleInfo } from '../locale.ts';

/** The service catalogue as it loads: elements render a loading or error state from it. */
export type CatalogueState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; catalogue: ServiceCatalogue }
  | { status: 'error'; error: Error };

/** The SDK client shared by `<civic-contact-provider>`; undefined until it has an API base and a key. */
export const clientContext = createContext<CivicContactClient | undefined>(Symbol('civic-contact-client'));

/** The locale shared by `<civic-contact-provider>`. */
export const localeContext = createContext<LocaleInfo>(Symbol('civic-contact-locale'));

/** The ministry and its services, shared by `<civic-contact-provider>`. */
export const catalogueContext = createContext<CatalogueState>(Symbol('civic-contact-catalogue'));
