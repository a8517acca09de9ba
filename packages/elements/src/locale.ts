import { RTL_LOCALES } from '@civic-contact/contract';

/** The language the elements speak, and which way it is written. */
export interface LocaleInfo {
  /** A BCP 47 tag such as `en` or `ar`. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

const FALLBACK_LANG = 'en';

/** The language's writing direction, from its primary subtag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return RTL_LOCALES.includes(primary) ? 'rtl' : 'ltr';
}

/**
 * A language tag in the form the contract accepts: a language and, when there is one, a
 * two-letter region (`EN-gb` → `en-GB`, `zh-Hant-TW` → `zh-TW`, `es-419` → `es`).
 * Unreadable tags give English.
 */
export function normaliseLang(tag: string): string {
  try {
    const locale = new Intl.Locale(tag.trim());
    return locale.region && /^[A-Z]{2}$/.test(locale.region) ? `${locale.language}-${locale.region}` : locale.language;
  } catch {
    return FALLBACK_LANG;
  }
}

/**
 * The locale for an element: its own `lang`, else the nearest ancestor's (the page's
 * `<html lang>`), else the browser's language, else English.
 */
export function resolveLocale(element: Element, own: string): LocaleInfo {
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  const lang = normaliseLang(own || inherited || globalThis.navigator?.language || FALLBACK_LANG);
  return { lang, dir: directionOf(lang) };
}
