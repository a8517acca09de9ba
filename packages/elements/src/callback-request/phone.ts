/**
 * Phone numbers as citizens type them — national or international, with spaces, brackets,
 * dashes, Arabic-Indic digits — read with libphonenumber-js. The library is loaded with a
 * dynamic `import()`, so it is a chunk of its own that only pages with this element fetch.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { PHONE_PATTERN } from '@civic-contact/contract';

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

let library: Promise<PhoneLibrary> | undefined;

/** Starts loading libphonenumber-js (once per page); resolves when it can be used. */
export function loadPhoneLibrary(): Promise<PhoneLibrary> {
  library ??= import('./phone-library.ts').catch((error: unknown) => {
    // Let a later call try again (the chunk may load once the connection is back).
    library = undefined;
    throw error;
  });
  return library;
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
function knownCountry(lib: PhoneLibrary, country: string | undefined): CountryCode | undefined {
  const code = country?.trim().toUpperCase();
  return code && lib.isSupportedCountry(code) ? code : undefined;
}

/**
 * Reads `text` as a phone number: international when it starts with `+` (or `00`), else a
 * number of `country`. Without the library (its chunk failed to load) only the
 * international form, digits and separators, is accepted.
 */
export function checkPhone(lib: PhoneLibrary | undefined, text: string, country: string | undefined): PhoneCheck {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'missing' };
  // "00 44 …" is how much of the world dials abroad; libphonenumber only knows it per country.
  const international = typed.replace(/^\s*00/, '+');
  if (!lib) {
    const compact = international.replace(/[\s().-]/g, '');
    if (!compact.startsWith('+')) return { ok: false, problem: 'needs-country-code' };
    return PHONE_PATTERN.test(compact) ? { ok: true, e164: compact, international: compact, country: undefined } : { ok: false, problem: 'not-a-number' };
  }
  const defaultCountry = knownCountry(lib, country);
  if (!international.startsWith('+') && !defaultCountry) {
    return /\d/.test(lib.parseIncompletePhoneNumber(international)) ? { ok: false, problem: 'needs-country-code' } : { ok: false, problem: 'not-a-number' };
  }
  const length = lib.validatePhoneNumberLength(international, defaultCountry);
  switch (length) {
    case 'INVALID_COUNTRY':
      return { ok: false, problem: international.startsWith('+') ? 'bad-country-code' : 'needs-country-code' };
    case 'NOT_A_NUMBER':
      return { ok: false, problem: 'not-a-number' };
    case 'TOO_SHORT':
      return { ok: false, problem: 'too-short' };
    case 'TOO_LONG':
      return { ok: false, problem: 'too-long' };
    case 'INVALID_LENGTH':
      return { ok: false, problem: 'not-valid' };
  }
  const parsed = lib.parsePhoneNumberFromString(international, defaultCountry);
  if (!parsed) return { ok: false, problem: 'not-a-number' };
  if (!parsed.isValid()) return { ok: false, problem: 'not-valid' };
  return { ok: true, e164: parsed.number, international: parsed.formatInternational(), country: parsed.country };
}
