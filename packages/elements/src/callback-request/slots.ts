/**
 * Days and slots as the citizen reads them — a slot is a span on the centre's clock and,
 * when theirs differs, on their own — and the free slots nearest one that was taken. Needed
 * once the citizen chooses a time or has booked, so it comes with the later steps (later.ts).
 */
import { str } from '@lit/localize';
import type { CallbackSlots, Slot } from '@civic-contact/contract';
import { dateFormat, sameClock } from './times.ts';
import type { CallbackView } from './view.ts';

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** A calendar date in the reader's language, e.g. "Tuesday 24 November". */
export function dayText(date: string, lang: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  // Noon UTC of the date, read in UTC: the same calendar day in every browser.
  return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** The calendar date of an instant in `zone`, `YYYY-MM-DD`. */
function dateIn(instant: Date, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
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

/** Whether an instant falls on another calendar day in `b` than in `a`. */
export function otherDay(instant: string, a: string, b: string): boolean {
  const at = new Date(instant);
  return dateIn(at, a) !== dateIn(at, b);
}

/** A slot with its day, in the centre's time and the citizen's when it differs. */
export function slotWithDay(view: CallbackView, start: string, end: string): string {
  const { lang, centreZone: centre, ownZone: own } = view;
  const centreText = rangeText(start, end, centre, lang, true);
  if (sameClock(centre, own, new Date(start))) return centreText;
  const ownText = rangeText(start, end, own, lang, otherDay(start, centre, own));
  return view.m('callback-request.slot-two-zones', str`${centreText} (${ownText} your time)`);
}

/** A free slot and the day it is listed under. */
export interface FreeSlot extends Slot {
  date: string;
}

/** The listed slots that still have room. */
function freeSlots(listing: CallbackSlots): FreeSlot[] {
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
