/**
 * How `<civic-callback-request>` words what it says once the citizen has acted: what is
 * wrong with an answer, why a request did not work, days and times, how full a day is, when
 * the call will come. It comes with the later steps (later.ts); the few words the first view
 * needs too (a time in both zones, a language's name, a contact centre out of reach) are in
 * form-view.ts and when-view.ts.
 */
import type { TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { LIMITS, type CallbackSlots, type Ministry, type SlotDay } from '@civic-contact/contract';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { ltr } from '../shared/bidi.ts';
import { waitText } from '../shared/failure.ts';
import { referenceProblemText } from '../shared/reference-problem.ts';
import type { View } from '../shared/view.ts';
import { countryName, unreachableText } from './form-view.ts';
import { dateFormat, zoneName } from '../shared/time-zone.ts';
import { sameClock, type Booking, type Failure, type Problem } from './model.ts';
import type { PhoneProblem } from './phone.ts';
import { minutes, momentInZones } from './when-view.ts';

/** What the callback request's views need from the element: its wording, the ministry, the zones, the country of national numbers. */
export interface CallbackView extends View {
  ministry: Ministry | undefined;
  /** The contact centre's time zone, in which times are offered. */
  centreZone: string;
  /** The citizen's time zone, in which times are also shown when its clock differs. */
  ownZone: string;
  /** The country whose national numbers may be typed without a country code. */
  country: string | undefined;
  /**
   * The words for what is wrong with an answer and why a request failed (messages.ts). They
   * come with the check of the answers (later.ts), so they are there whenever a problem is.
   */
  messages: Messages | undefined;
}

export interface Messages {
  problemText(view: CallbackView, problem: Problem): string;
  failureText(view: CallbackView, failure: Failure, operation: CivicErrorOperation): string;
}

/** What is wrong with a field, in the reader's language. */
export function problemText(view: CallbackView, problem: Problem): string {
  const { m } = view;
  switch (problem.field) {
    case 'service':
      return m('callback-request.error.service', 'Select what you would like us to call you about');
    case 'when':
      return m('callback-request.error.when', 'Select when you would like us to call you');
    case 'day':
      return m('callback-request.error.day', 'Select a day with free times, or choose “As soon as possible”');
    case 'slot':
      if (problem.code === 'taken') {
        const when = slotText(view, problem.start, problem.end, true);
        return m('callback-request.error.slot-taken', str`Someone else has just booked the last place at ${when}. Choose another time: your other answers are kept`);
      }
      if (problem.code === 'invalid') {
        return m('callback-request.error.slot-invalid', 'That time can no longer be booked. Choose one of the times shown now');
      }
      return m('callback-request.error.slot', 'Select a time for your callback');
    case 'language':
      return m('callback-request.error.language', 'Select the language you would like to be called in');
    case 'name':
      if (problem.code === 'too-long') {
        const max = view.number(LIMITS.nameMaxLength);
        return m('callback-request.error.name-too-long', str`Your name must be ${max} characters or fewer`);
      }
      return m('callback-request.error.name', 'Enter your name');
    case 'reason':
      if (problem.code === 'too-long') {
        const max = view.number(LIMITS.reasonMaxLength);
        return m('callback-request.error.reason-too-long', str`What you want to talk about must be ${max} characters or fewer`);
      }
      return m('callback-request.error.reason', 'Tell us what you would like to talk about');
    case 'phone':
    case 'cancel-phone':
      return problem.code === 'phone' ? phoneProblemText(view, problem.problem) : '';
    case 'cancel-reference':
      return problem.code === 'reference'
        ? referenceProblemText(view, problem.problem, view.ministry?.code, problem.prefix)
        : m('callback-request.error.reference', 'Enter your callback reference');
  }
}

function phoneProblemText(view: CallbackView, problem: PhoneProblem): string {
  const { m, country } = view;
  switch (problem) {
    case 'missing':
      return m('callback-request.error.phone', 'Enter the phone number we should call');
    case 'needs-country-code':
      return m('callback-request.error.phone-country-code', str`Enter the phone number with its country code, starting with +, for example ${ltr('+44 20 7946 0000')}`);
    case 'bad-country-code':
      return m('callback-request.error.phone-bad-country-code', 'The country code after the + is not right. Check the number');
    case 'not-a-number':
      return m('callback-request.error.phone-not-a-number', 'Enter a phone number using digits, like 212 555 0100. You can use spaces, brackets and dashes');
    case 'too-short':
      return m('callback-request.error.phone-too-short', 'The phone number is too short. Check you have entered all of it, with the area code');
    case 'too-long':
      return m('callback-request.error.phone-too-long', 'The phone number is too long. Check it, and leave out any extension');
    case 'not-valid': {
      if (country) {
        const place = countryName(view, country);
        return m('callback-request.error.phone-not-valid-country', str`This is not a phone number in ${place}. For a number in another country, start with + and the country code`);
      }
      return m('callback-request.error.phone-not-valid', 'This is not a phone number that can be called. Check it, with its country code');
    }
  }
}

/** Why a request did not work and what to do, for the operation the citizen attempted. */
export function failureText(view: CallbackView, failure: Failure, operation: CivicErrorOperation): string {
  const { m } = view;
  switch (failure.kind) {
    case 'not-found':
      return operation === 'cancel-callback'
        ? m('callback-request.cancel-not-found', 'We could not find a callback with that reference and phone number. Check both against your confirmation and try again')
        : m('callback-request.service-gone', 'Callbacks about this service cannot be booked at the moment. Contact the ministry another way');
    case 'too-late':
      return m('callback-request.cancel-too-late', 'This callback can no longer be cancelled: its time has begun or the call has been made');
    case 'rate-limited': {
      if (failure.retryAfter === undefined) {
        return m('callback-request.rate-limited-unknown', 'There have been too many attempts. Wait a few minutes, then try again. What you entered has been kept');
      }
      const when = waitText(failure.retryAfter, view.lang);
      return m('callback-request.rate-limited', str`There have been too many attempts. Try again ${when}. What you entered has been kept`);
    }
    case 'unreachable':
      return unreachableText(view, operation);
    case 'server':
      return m('callback-request.server', 'The contact centre is not working properly at the moment. Try again in a few minutes. What you entered has been kept');
  }
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

/** Whether an instant is on the hour on `zone`'s clock (some zones are half an hour off). */
function onTheHour(instant: Date, zone: string): boolean {
  return dateFormat('en', { timeZone: zone, minute: 'numeric' }).format(instant) === '0';
}

/**
 * A span of time on a clock as it is said, e.g. "12:30 to 1 PM" — a dash is read as nothing,
 * or as "dash" — and with the zone named when `zone` says so ("12:30 to 1 PM Eastern Time").
 * On a 12-hour clock a whole hour is "1 PM", not "1:00 PM". With the weekday when it is asked
 * for, or when the span crosses midnight on that clock ("Mon, Nov 30, 11:30 PM to Tue, Dec 1,
 * 12 AM", where a bare range would print both dates in numbers). Intl's range keeps what both
 * ends share said once ("PM"); the words between them are the reader's language's.
 */
export function rangeText(view: View, start: string, end: string, zone: string, options: { withDay?: boolean; named?: boolean } = {}): string {
  const from = new Date(start);
  const to = new Date(end);
  const crossesMidnight = dateIn(from, zone) !== dateIn(to, zone);
  const parts = dateFormat(view.lang, {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    ...(options.withDay || crossesMidnight ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
  }).formatRangeToParts(from, to);
  const twelveHour = parts.some((part) => part.type === 'dayPeriod');
  const kept: typeof parts = [];
  for (const part of parts) {
    if (twelveHour && part.type === 'minute' && onTheHour(part.source === 'endRange' ? to : from, zone)) {
      // The minutes go with the separator before them (":").
      if (kept.at(-1)?.type === 'literal' && kept.at(-1)?.source === part.source) kept.pop();
      continue;
    }
    kept.push(part);
  }
  const lastOfStart = kept.findLastIndex((part) => part.source === 'startRange');
  const firstOfEnd = kept.findIndex((part) => part.source === 'endRange');
  const join = (list: typeof parts) => list.map((part) => part.value).join('');
  if (lastOfStart < 0 || firstOfEnd < 0) return join(kept);
  const first = join(kept.slice(0, lastOfStart + 1));
  const last = join(kept.slice(firstOfEnd));
  if (!options.named) return view.m('callback-request.time-range', str`${first} to ${last}`);
  const name = zoneName(zone, view.lang, from);
  return view.m('callback-request.time-range-in-zone', str`${first} to ${last} ${name}`);
}

/** Whether an instant falls on another calendar day in `b` than in `a`. */
export function otherDay(instant: string, a: string, b: string): boolean {
  const at = new Date(instant);
  return dateIn(at, a) !== dateIn(at, b);
}

/**
 * A slot as it is said: "12:30 to 1 PM Eastern Time (5:30 to 6 PM your time)" — the centre's
 * time, its zone named, then the citizen's when their clock differs (with its day when that
 * is another one) — with the day first when asked for.
 */
export function slotText(view: CallbackView, start: string, end: string, withDay = false): string {
  const { centreZone: centre, ownZone: own } = view;
  const centreText = rangeText(view, start, end, centre, { withDay, named: true });
  if (sameClock(centre, own, new Date(start))) return centreText;
  const ownText = rangeText(view, start, end, own, { withDay: otherDay(start, centre, own) });
  return view.m('callback-request.slot-two-zones', str`${centreText} (${ownText} your time)`);
}

/** Closed, a holiday, full or how many free times: days are shown as they are, not hidden. */
export function dayStatus(view: CallbackView, day: SlotDay, free: number): string | TemplateResult {
  const { m } = view;
  switch (day.status) {
    case 'holiday':
      // The holiday's name in its own language when the centre has none in the reader's.
      return view.rich('callback-request.day-holiday', str`Closed: ${day.holidayName ? view.text(day.holidayName) : ''}`);
    case 'closed':
      return m('callback-request.day-closed', 'Closed');
    case 'past':
      return m('callback-request.day-past', 'In the past');
    case 'open': {
      if (day.slots.length === 0) return m('callback-request.day-none-left', 'No times left');
      if (free === 0) return m('callback-request.day-full', 'Fully booked');
      return view.count('callback-request.day-free', free, { one: '1 free time', other: str`${view.number(free)} free times` });
    }
  }
}

/** Which days are listed now, e.g. "Showing Tuesday 1 December – Monday 7 December": said when the citizen moves a week. */
export function daysShown(view: CallbackView, listing: CallbackSlots): string | undefined {
  const first = listing.days[0]?.date;
  const last = listing.days.at(-1)?.date;
  if (!first || !last) return undefined;
  const range = `${dayText(first, view.lang)} – ${dayText(last, view.lang)}`;
  return view.m('callback-request.days-shown', str`Showing ${range}`);
}

/** When the callback will be made, as the confirmation says it. */
export function bookedWhen(view: CallbackView, booking: Booking): string {
  const { m } = view;
  const slot = booking.callback.slot;
  if (slot) return slotText(view, slot.start, slot.end, true);
  const asap = booking.asap;
  if (asap?.openNow && asap.expectedWaitMinutes !== null) {
    const wait = minutes(view, asap.expectedWaitMinutes);
    return m('callback-request.booked-asap-open', str`As soon as possible: we expect to call you within about ${wait}`);
  }
  if (asap?.nextOpening) {
    const opens = momentInZones(view, asap.nextOpening);
    return m('callback-request.booked-asap-closed', str`As soon as possible after the contact centre opens ${opens}`);
  }
  return m('callback-request.asap', 'As soon as possible');
}
