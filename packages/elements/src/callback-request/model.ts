/**
 * The decisions of `<civic-callback-request>` that need no page: the citizen's answers and
 * the problems found in them, which service is being booked, how a new listing of times
 * keeps the choices, and the contact centre's days and time zones next to the citizen's.
 * The element keeps the state; these functions decide. What comes only once the citizen
 * acts — the check of the answers, what a refusal means, the nearest free times — is in
 * check.ts, with the later steps.
 *
 * The contact centre lists days as calendar dates of its own time zone and slots as instants.
 */
import { LIMITS, type Callback, type CallbackSlots, type Ministry, type ReferenceProblem, type Service, type Slot, type SlotDay } from '@civic-contact/contract';
import type { Failure as RequestFailure } from '../shared/failure.ts';
import { dateFormat } from '../shared/time-zone.ts';
import type { PhoneCheck, PhoneProblem } from './phone.ts';

/** Days of the calendar shown at once; the citizen moves a week at a time. */
export const DAYS_PER_PAGE = 7;

export type Field = 'service' | 'when' | 'day' | 'slot' | 'language' | 'name' | 'phone' | 'reason' | 'cancel-reference' | 'cancel-phone';

/** What is wrong with a field; worded at render time, so a change of language re-words it. */
export type Problem =
  | { field: 'service' | 'when' | 'day' | 'slot' | 'language' | 'name' | 'reason'; code: 'missing' | 'too-long' | 'invalid' }
  | { field: 'cancel-reference'; code: 'missing' }
  | { field: 'slot'; code: 'taken'; start: string; end: string }
  | { field: 'phone' | 'cancel-phone'; code: 'phone'; problem: PhoneProblem }
  | { field: 'cancel-reference'; code: 'reference'; problem: ReferenceProblem; prefix: string };

/** Why a request that was sent did not do what the citizen asked; `too-late`: the callback can no longer be cancelled. */
export type Failure = RequestFailure | { kind: 'too-late' };

/** A phone number that can be called. */
export type CheckedPhone = Extract<PhoneCheck, { ok: true }>;

/** Everything the citizen has chosen or typed for a booking, as they typed it. */
export interface Answers {
  when: '' | 'asap' | 'slot';
  day: string;
  /** Start of the chosen slot. */
  slot: string;
  language: string;
  name: string;
  phone: string;
  reason: string;
}

export function emptyAnswers(): Answers {
  return { when: '', day: '', slot: '', language: '', name: '', phone: '', reason: '' };
}

/** A free slot and the day it is listed under. */
export interface FreeSlot extends Slot {
  date: string;
}

/** What the last press of a button found: problems at fields, a request that failed, the nearest free times to one taken. */
export interface Outcome {
  problems: readonly Problem[];
  failure: Failure | undefined;
  suggestions: readonly FreeSlot[];
}

export const NO_OUTCOME: Outcome = { problems: [], failure: undefined, suggestions: [] };

/** What the confirmation shows. */
export interface Booking {
  callback: Callback;
  phone: string;
  e164: string;
  language: string;
  asap: CallbackSlots['asap'] | undefined;
  earlierVersion: boolean;
}

/** The services a citizen can be called back about, and which one is being booked. */
export interface Offer {
  /** The services that take callbacks. */
  offered: readonly Service[];
  /** The service named by the page, when it takes no callbacks: the citizen is told so. */
  refused: Service | undefined;
  /** The service being booked: the page's, else the one picked, else the only one there is. */
  service: Service | undefined;
  /** Whether the citizen chose the service here, rather than the page choosing it. */
  chosenHere: boolean;
}

export function offerOf(services: readonly Service[], named: string, picked: string): Offer {
  const offered = services.filter((service) => service.callbacks);
  const find = (id: string) => (id ? offered.find((service) => service.id === id) : undefined);
  const page = services.find((service) => service.id === named);
  const refused = page && !page.callbacks ? page : undefined;
  const service = find(named) ?? find(picked) ?? (offered.length === 1 && !refused ? offered[0] : undefined);
  return { offered, refused, service, chosenHere: !find(named) };
}

/** The language to be called in, until the citizen chooses: the page's when the centre speaks it. */
export function defaultLanguage(ministry: Ministry, lang: string): string {
  const primary = lang.split('-')[0] ?? lang;
  return ministry.locales.find((locale) => locale === lang) ?? ministry.locales.find((locale) => locale.split('-')[0] === primary) ?? ministry.defaultLocale;
}

/** The DOM id of a slot's radio. */
export function slotId(start: string): string {
  return `cb-slot-${start.replace(/[^0-9A-Za-z]/g, '')}`;
}

export function freeCount(day: SlotDay): number {
  return day.slots.filter((slot) => slot.remaining > 0).length;
}

/** The listed slot starting at `start`. */
export function findSlot(listing: CallbackSlots | undefined, start: string): Slot | undefined {
  return listing?.days.flatMap((day) => day.slots).find((slot) => slot.start === start);
}

/** A new listing keeps the chosen day when it is listed with free times, else the first that has some; and the chosen time while it is free. */
export function settle(answers: Answers, listing: CallbackSlots): Answers {
  const listed = listing.days.find((day) => day.date === answers.day);
  const day = !listed || freeCount(listed) === 0 ? (listing.days.find((candidate) => freeCount(candidate) > 0)?.date ?? '') : answers.day;
  const chosen = findSlot(listing, answers.slot);
  const slot = answers.slot && (!chosen || chosen.remaining === 0) ? '' : answers.slot;
  return { ...answers, day, slot };
}

/** The answers with what the citizen typed or chose in the field `name`; another day keeps the time chosen when it lists it. */
export function answerWith(answers: Answers, name: string, value: string, listing: CallbackSlots | undefined): Answers {
  switch (name) {
    case 'name':
    case 'reason':
    case 'language':
    case 'phone':
    case 'slot':
      return { ...answers, [name]: value };
    case 'when':
      return { ...answers, when: value === 'slot' ? 'slot' : 'asap' };
    case 'day': {
      const listed = listing?.days.find((candidate) => candidate.date === value)?.slots.some((slot) => slot.start === answers.slot);
      return { ...answers, day: value, slot: listed ? answers.slot : '' };
    }
  }
  return answers;
}

/** How many days to ask for from `from` ('' for today): a week, but never past the last day the centre books (counted from `firstDay`). */
export function daysToAsk(firstDay: string, from: string): number {
  const remaining = firstDay && from ? LIMITS.slotDaysMax - daysBetween(firstDay, from) : DAYS_PER_PAGE;
  return Math.max(1, Math.min(DAYS_PER_PAGE, remaining));
}

/* ------------------------------------------------------------------ days and time zones */

/** The citizen's time zone: `zone` (the page's) when this browser knows it, else the browser's, e.g. `Europe/London`. */
export function ownZone(zone: string): string {
  if (zone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    } catch {
      // Not a zone this browser knows: the browser's own.
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The UTC offset of `zone` at `at`, e.g. `GMT-05:00`. */
function offsetAt(zone: string, at: Date): string {
  const parts = dateFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** Whether two zones show the same clock time at `at` (New York and Toronto do). */
export function sameClock(a: string, b: string, at: Date): boolean {
  return a === b || offsetAt(a, at) === offsetAt(b, at);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** An instant with its day, e.g. "Wednesday 25 November, 8:00 AM". */
export function momentText(instant: string, zone: string, lang: string): string {
  return dateFormat(lang, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}
