import * as v from 'valibot';
import { LIMITS } from './constants.ts';
import { object, record } from './schema.ts';

/** A BCP 47 language tag as used here: a language, optionally with a region (`en`, `fr-CA`). */
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language tag such as "en" or "fr-CA"'));
export type Locale = v.InferOutput<typeof LocaleSchema>;

/** Text in several languages, keyed by locale; at least one entry. */
export const LocalizedTextSchema = v.pipe(
  record(LocaleSchema, v.string()),
  v.check((value) => Object.keys(value).length > 0, 'Expected text in at least one language'),
);
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/*
 * A real date from 1900-01-01 to 2100-12-31. A centre turns the dates it is sent into instants
 * in its zone and counts days on from them, so a date needs room around it: 0000-01-01 has no
 * day before and 9999-12-31 none after in four digits. No citizen, ticket or holiday needs a
 * date outside these two centuries. Their leap years: every fourth, 1904 to 2096, with 2000.
 */
const DATE = '(?:(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29|(?:(?:19|20)\\d\\d|2100)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))';

/**
 * A real calendar date from 1900 to 2100, `YYYY-MM-DD`, leap years included. Valibot's
 * `isoDate` also takes `2026-02-30`, and any year.
 */
export const DATE_PATTERN = new RegExp(`^${DATE}$`);

/** The first date {@link DATE_PATTERN} takes: a period counted back from a date stops here. */
export const FIRST_DATE = '1900-01-01';
/** The last date {@link DATE_PATTERN} takes: a listing counted on from a date stops here. */
export const LAST_DATE = '2100-12-31';

/**
 * An ISO 8601 instant: a real date from 1900 to 2100, `T`, hours, minutes and seconds (any
 * fraction), and `Z` or an offset such as `+01:00`. Valibot's `isoTimestamp` also takes a
 * space for the `T`, `+0100` and `+01`, `2026-02-30`, and any year.
 */
export const DATE_TIME_PATTERN = new RegExp(`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);

/**
 * An email address: ASCII letters, digits and `_'+-` in dotted parts before the `@`, a domain
 * with a two-letter or longer top level after it. Valibot's `email` refuses `o'neil@example.org`
 * and `a@b--c.org`; this is the pattern the contract has always used.
 */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** An ISO 8601 instant with `Z` or an offset. */
export const DateTimeSchema = v.pipe(v.string(), v.regex(DATE_TIME_PATTERN));
/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export const DateSchema = v.pipe(v.string(), v.regex(DATE_PATTERN));

/** A lower-case identifier: a service, ministry, entity, field or FAQ id. */
export const SlugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'Expected a lower-case identifier'));

/** The E.164 form of a phone number: `+`, a country code and up to 15 digits in all. */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** A phone number in E.164 form (`+15555550123`); the widgets format and validate it per country first. */
export const PhoneSchema = v.pipe(v.string(), v.regex(PHONE_PATTERN, 'Expected a phone number in international form, e.g. +15555550123'));

/** An email address. */
export const EmailSchema = v.pipe(v.string(), v.regex(EMAIL_PATTERN), v.maxLength(LIMITS.emailMaxLength));

/** A reference to a named thing in several languages (a service or entity in a ticket view). */
export const NamedRefSchema = object({ id: SlugSchema, name: LocalizedTextSchema });
export interface NamedRef extends v.InferOutput<typeof NamedRefSchema> {}

/**
 * A character a person can see: not white space, a control, a format character (zero-width
 * spaces and joiners, bidi marks), another default-ignorable one (the Hangul filler, variation
 * selectors) or the blank Braille cell. Text made only of those looks empty, and is.
 */
export const VISIBLE_PATTERN = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{DI}\u2800]/u;

/** Text with a visible character in it (else it is missing), trimmed, up to `max` characters. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number) {
  return v.pipe(v.string(), v.trim(), v.regex(VISIBLE_PATTERN), v.maxLength(max));
}
