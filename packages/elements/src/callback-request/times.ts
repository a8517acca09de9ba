/**
 * Days and times of the callback calendar. The contact centre lists days as calendar dates
 * of its own time zone and slots as instants; the citizen reads them in the centre's time
 * and, when their own clock differs, in theirs too.
 */
import type { CallbackSlots, Slot } from '@civic-contact/contract';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date format, built once per language and options: building one is slow, and the
 * calendar formats every slot of the day (in up to two zones) on every render.
 */
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

/** The browser's time zone, e.g. `Europe/London`. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
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

/** The zone's name in the reader's language, e.g. "Eastern Time", "heure de Paris". */
export function zoneName(zone: string, lang: string, at: Date): string {
  for (const style of ['longGeneric', 'long'] as const) {
    const parts = dateFormat(lang, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name) return name;
  }
  return zone;
}

/** The calendar date of an instant in `zone`, `YYYY-MM-DD`. */
export function dateIn(instant: Date, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** A calendar date in the reader's language, e.g. "Tuesday 24 November". */
export function dayText(date: string, lang: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  // Noon UTC of the date, read in UTC: the same calendar day in every browser.
  return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * A span of time on a clock, e.g. "10:00 – 10:30 AM"; with the weekday when it is asked for,
 * or when the span crosses midnight on that clock ("Mon, Nov 30, 11:30 PM – Tue, Dec 1,
 * 12:00 AM", where a bare range would print both dates in numbers).
 */
export function rangeText(start: string, end: string, zone: string, lang: string, withDay = false): string {
  const crossesMidnight = dateIn(new Date(start), zone) !== dateIn(new Date(end), zone);
  const format = dateFormat(lang, {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    ...(withDay || crossesMidnight ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
  });
  return format.formatRange(new Date(start), new Date(end));
}

/** An instant with its day, e.g. "Wednesday 25 November, 8:00 AM". */
export function momentText(instant: string, zone: string, lang: string): string {
  return dateFormat(lang, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

/** Whether an instant falls on another calendar day in `b` than in `a`. */
export function otherDay(instant: string, a: string, b: string): boolean {
  const at = new Date(instant);
  return dateIn(at, a) !== dateIn(at, b);
}

/** A free slot and the day it is listed under. */
export interface FreeSlot extends Slot {
  date: string;
}

/** The listed slots that still have room. */
export function freeSlots(listing: CallbackSlots): FreeSlot[] {
  return listing.days.flatMap((day) => day.slots.filter((slot) => slot.remaining > 0).map((slot) => ({ ...slot, date: day.date })));
}

/** The `count` free slots closest in time to `start` (the one that was taken), in time order. */
export function nearestFree(listing: CallbackSlots, start: string, count: number): FreeSlot[] {
  const wanted = Date.parse(start);
  return freeSlots(listing)
    .map((slot) => ({ slot, distance: Math.abs(Date.parse(slot.start) - wanted) }))
    .sort((a, b) => a.distance - b.distance || Date.parse(a.slot.start) - Date.parse(b.slot.start))
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
