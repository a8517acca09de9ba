export { CivicContactProvider } from './provider/provider.ts';
export { clientContext, localeContext, catalogueContext, type CatalogueState } from './context/contexts.ts';
export { directionOf, normaliseLang, resolveLocale, type LocaleInfo } from './locale.ts';
export * from './events/index.ts';
