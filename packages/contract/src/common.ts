import * as z from 'zod/mini';
import { LIMITS } from './constants.ts';

/** A BCP 47 language tag as used here: a language, optionally with a region (`en`, `fr-CA`). */
export const LocaleSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language tag such as "en" or "fr-CA"'));
export type Locale = z.infer<typeof LocaleSchema>;

/** Text in several languages, keyed by locale; at least one entry. */
export const LocalizedTextSchema = z.record(LocaleSchema, z.string()).check(
  z.refine((value) => Object.keys(value).length > 0, 'Expected text in at least one language'),
);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An ISO 8601 instant with `Z` or an offset. */
export const DateTimeSchema = z.iso.datetime({ offset: true });
/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();

/** A lower-case identifier: a service, ministry, entity, field or FAQ id. */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'Expected a lower-case identifier'));

/** The E.164 form of a phone number: `+`, a country code and up to 15 digits in all. */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** A phone number in E.164 form (`+15555550123`); the widgets format and validate it per country first. */
export const PhoneSchema = z.string().check(z.regex(PHONE_PATTERN, 'Expected a phone number in international form, e.g. +15555550123'));

/** An email address. */
export const EmailSchema = z.email().check(z.maxLength(LIMITS.emailMaxLength));

/** A reference to a named thing in several languages (a service or entity in a ticket view). */
export const NamedRefSchema = z.object({ id: SlugSchema, name: LocalizedTextSchema });
export type NamedRef = z.infer<typeof NamedRefSchema>;

/** Non-empty text after trimming, up to `max` characters. */
export function text(max: number, min = 1) {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
}
