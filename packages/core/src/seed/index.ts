import { civilRegistryFaqs } from './faqs-civil-registry.ts';
import { healthFaqs } from './faqs-health.ts';
import { transportFaqs } from './faqs-transport.ts';
import { ministries } from './ministries.ts';
import { services } from './services.ts';
import type { FaqEntry, Ministry, Service } from '@civic-contact/contract';

/** Seed ministries: health (Saint Lucia, en/fr), transport (New York, en/es), civil registry (London, en/ar). */
export const seedMinistries: readonly Ministry[] = ministries;

/** Seed services of every seed ministry. */
export const seedServices: readonly Service[] = services;

/** Seed FAQs of every seed ministry, in ministry order. */
export const seedFaqs: readonly FaqEntry[] = [...healthFaqs, ...transportFaqs, ...civilRegistryFaqs];

/** The whole seed, ready to load into a store. */
export const seed: {
  readonly ministries: readonly Ministry[];
  readonly services: readonly Service[];
  readonly faqs: readonly FaqEntry[];
} = { ministries: seedMinistries, services: seedServices, faqs: seedFaqs };
