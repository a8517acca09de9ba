/**
 * Phone numbers as citizens type them — national or international, with spaces, brackets,
 * dashes, Arabic-Indic digits — read with libphonenumber-js. The library is loaded with a
 * dynamic `import()`, so it is a chunk of its own that only pages with this element fetch.
 * Reading a number is part of the check (check.ts).
 */
import type { CountryCode } from 'libphonenumber-js/min';

/** The parts of libphonenumber-js (its smallest metadata) that the element uses. */
export type PhoneLibrary = typeof import('./phone-library.ts');

/** Why a typed phone number cannot be used. */
export type PhoneProblem =
  | 'missing'
  /** No `+` and no country to read a national number in. */
  | 'needs-country-code'
  /** The `+…` country calling code is not one that exists. */
  | 'bad-country-code'
  | 'not-a-number'
  | 'too-short'
  | 'too-long'
  /** Possible in length, but no number of that country looks like it. */
  | 'not-valid';

/** A typed phone number, read. */
export type PhoneCheck =
  | { ok: true; e164: string; international: string; country: string | undefined }
  | { ok: false; problem: PhoneProblem };

/** Fetches libphonenumber-js, a chunk of its own (the element asks once the citizen starts on the form). */
export function loadPhoneLibrary(): Promise<PhoneLibrary> {
  return import('./phone-library.ts');
}

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * The country, e.g. `GB`, when it names one: before libphonenumber-js has loaded, a code
 * that names a region (not `ZZ`, "unknown region"); after, a country the library knows.
 */
export function plausibleCountry(lib: PhoneLibrary | undefined, country: string | undefined): string | undefined {
  if (lib) return knownCountry(lib, country);
  const code = country?.trim().toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && regions.of(code) !== undefined ? code : undefined;
}

/** The country, e.g. `GB`, when libphonenumber-js knows it. */
export function knownCountry(lib: PhoneLibrary, country: string | undefined): CountryCode | undefined {
  const code = country?.trim().toUpperCase();
  return code && lib.isSupportedCountry(code) ? code : undefined;
}
