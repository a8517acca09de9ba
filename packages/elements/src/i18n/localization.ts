import { configureLocalization } from '@lit/localize';

/** The language the elements' strings are written in. */
export const SOURCE_LOCALE = 'en';

// Literal imports, one per locale: each becomes its own chunk of the bundle, loaded on demand.
const LOADERS = {
  ar: () => import('./locales/ar.ts'),
  es: () => import('./locales/es.ts'),
  fr: () => import('./locales/fr.ts'),
} as const;

/** Locales the elements ship strings for. */
export const SHIPPED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(LOADERS)];

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: Object.keys(LOADERS),
  loadLocale: (locale) => LOADERS[locale as keyof typeof LOADERS](),
});

/** The shipped locale that serves a language tag: `ar-EG` → `ar`; a language without strings → English. */
export function shippedLocaleFor(lang: string): string {
  const primary = lang.toLowerCase().split('-')[0] ?? SOURCE_LOCALE;
  return SHIPPED_LOCALES.includes(primary) ? primary : SOURCE_LOCALE;
}

/**
 * The `lang` of an element's own words: the reader's tag when the elements ship strings in
 * its language, else English, the language the strings then fall back to.
 */
export function stringsLang(lang: string): string {
  return shippedLocaleFor(lang) === lang.split('-')[0] ? lang : SOURCE_LOCALE;
}

/**
 * Switches the elements' strings to `lang`. Strings are page-wide in @lit/localize, so
 * the last provider or element to ask wins; dates and numbers still follow each element's
 * own `lang` through `Intl`.
 */
export async function useLocale(lang: string): Promise<void> {
  const locale = shippedLocaleFor(lang);
  if (getLocale() !== locale) await setLocale(locale);
}

export { getLocale };
