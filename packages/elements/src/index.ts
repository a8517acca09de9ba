export { CivicContactProvider } from './provider/provider.ts';
export { CivicComplaintForm } from './complaint-form/complaint-form.ts';
export { CivicTicketStatus } from './ticket-status/ticket-status.ts';
export { CivicCallbackRequest } from './callback-request/callback-request.ts';
export { CivicFaqSearch } from './faq-search/faq-search.ts';
export { CivicServiceDashboard } from './service-dashboard/service-dashboard.ts';
export {
  clientContext,
  localeContext,
  catalogueContext,
  stringsContext,
  type CatalogueState,
  type StringOverrides,
} from './context/contexts.ts';
export { CivicElement } from './base/civic-element.ts';
export { useLocale, shippedLocaleFor, SHIPPED_LOCALES } from './i18n/localization.ts';
export { directionOf, normaliseLang, resolveLocale, type LocaleInfo } from './locale.ts';
export * from './events/index.ts';
