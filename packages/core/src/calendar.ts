/**
 * Business days and opening hours of a contact centre, in its own time zone.
 *
 * A weekday may have several opening periods (e.g. 08:00–12:00 and 13:00–17:00). A period
 * whose closing time is not after its opening time is ignored: periods across midnight are
 * not supported, because the contract's `HH:MM` times cannot say which day a close belongs to.
 */
import type { BusinessHours, Holiday, Ministry, Service } from '@civic-contact/contract';
import { isDeepFrozen } from './deep-freeze.ts';
import { addDaysToDate, instantToZoned, isoWeekdayOf, timeToMinutes, zonedDateTimeToInstant } from './timezone.ts';

/** The parts of a ministry that decide when its centre is open. */
export type CentreCalendar = Pick<Ministry, 'timeZone' | 'businessHours' | 'holidays'>;

/** One opening period of one calendar day, as instants. */
export interface OpeningPeriod {
  open: Date;
  close: Date;
}

// Far enough to cross any run of holidays and closed weekdays a real calendar has; it only
// bounds the search when a calendar is never open at all.
const SEARCH_DAYS = 400;

/** The public holiday on `date`, if any. */
export function holidayOn(date: string, calendar: CentreCalendar): Holiday | undefined {
  return calendar.holidays.find((holiday) => holiday.date === date);
}

/** The opening periods defined for the weekday of `date`, sorted by opening time; ignores holidays. */
export function hoursOn(date: string, calendar: CentreCalendar): BusinessHours[] {
  const weekday = isoWeekdayOf(date);
  return calendar.businessHours
    .filter((hours) => hours.day === weekday && timeToMinutes(hours.close) > timeToMinutes(hours.open))
    .sort((a, b) => timeToMinutes(a.open) - timeToMinutes(b.open));
}

/** Whether the centre opens at all on `date`: it has business hours that weekday and it is not a public holiday. */
export function isBusinessDay(date: string, calendar: CentreCalendar): boolean {
  return hoursOn(date, calendar).length > 0 && !holidayOn(date, calendar);
}

/** The opening periods of `date` as instants; empty on closed days and holidays. */
export function openingPeriodsOn(date: string, calendar: CentreCalendar): OpeningPeriod[] {
  if (holidayOn(date, calendar)) return [];
  return hoursOn(date, calendar).map((hours) => ({
    open: zonedDateTimeToInstant(date, hours.open, calendar.timeZone),
    close: zonedDateTimeToInstant(date, hours.close, calendar.timeZone),
  }));
}

/** The first business day on or after `date`. */
function businessDayOnOrAfter(date: string, calendar: CentreCalendar): string {
  let day = date;
  for (let i = 0; i < SEARCH_DAYS; i++) {
    if (isBusinessDay(day, calendar)) return day;
    day = addDaysToDate(day, 1);
  }
  throw new RangeError(`The centre in ${calendar.timeZone} has no business day within ${SEARCH_DAYS} days of ${date}`);
}

/*
 * Due dates are remembered per calendar: every complaint of a day asks the same question, and
 * answering it walks the calendar day by day. Only a deeply frozen calendar (as stores hand
 * out) is remembered, since its answers can never change; any other is answered afresh.
 */
const MAX_REMEMBERED = 10_000;
const remembered = new WeakMap<CentreCalendar, Map<string, number>>();

/** `compute()`, remembered under `key` for a deeply frozen `calendar`. */
function remember(calendar: CentreCalendar, key: string, compute: () => number): number {
  let answers = remembered.get(calendar);
  if (answers === undefined) {
    if (!isDeepFrozen(calendar)) return compute();
    answers = new Map();
    remembered.set(calendar, answers);
  }
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** The closing instant of the `targetDays`-th business day after `received`. */
function dueAfter(received: string, targetDays: number, calendar: CentreCalendar): number {
  let day = received;
  for (let counted = 0; counted < targetDays; counted++) {
    day = businessDayOnOrAfter(addDaysToDate(day, 1), calendar);
  }
  const close = openingPeriodsOn(day, calendar).at(-1)?.close;
  // A business day always has at least one period, so this is only reached on a broken calendar.
  if (!close) throw new RangeError(`No closing time on ${day}`);
  return close.getTime();
}

/**
 * When a complaint is due an answer: `targetDays` working days after it was received, at the
 * centre's closing time on the last of them.
 *
 * The rule, as GOV.UK counts working days: the day a complaint is received is day 0 and does
 * not count; the next business day is day 1. A complaint submitted before closing time on a
 * business day (even before opening) is received that day. One submitted at or after closing
 * time, or on a weekend, holiday or other closed day, is received on the next business day.
 * Weekends and public holidays are never counted.
 *
 * Example (Mon–Fri 07:00–19:00, target 5): filed Friday 10:00 → due the next Friday at 19:00;
 * filed Friday 20:00 → received Monday → due the Monday after at 19:00.
 *
 * @throws RangeError when the calendar has no business day to count.
 */
export function expectedResponseBy(submittedAt: Date, targetDays: number, calendar: CentreCalendar): Date {
  const date = instantToZoned(submittedAt, calendar.timeZone).date;
  // Within one local day the answer changes only at the day's last close, if it is a business day.
  const lastClose = remember(calendar, `close ${date}`, () =>
    isBusinessDay(date, calendar) ? (openingPeriodsOn(date, calendar).at(-1)?.close.getTime() ?? Infinity) : -Infinity,
  );
  const late = submittedAt.getTime() >= lastClose;
  return new Date(
    remember(calendar, `due ${date} ${late ? 'late' : 'early'} ${targetDays}`, () => {
      const first = businessDayOnOrAfter(date, calendar);
      const received = first === date && late ? businessDayOnOrAfter(addDaysToDate(date, 1), calendar) : first;
      return dueAfter(received, targetDays, calendar);
    }),
  );
}

/**
 * When a complaint to an urgent service is due an answer: once the centre has been open for
 * `targetHours` hours since it was submitted. Only the centre's opening periods count, in its
 * own time zone: not the night, a lunch break, a closed weekday or a public holiday. A complaint
 * submitted while the centre is closed starts counting when it next opens; a target used up
 * exactly at a closing time is due at that close, not at the next opening.
 *
 * Example (Mon–Fri 08:00–17:00, target 4): filed Monday 10:00 → due Monday 14:00; filed Monday
 * 15:30 → 1½ hours on Monday, 2½ on Tuesday → due Tuesday 10:30; filed Saturday → due Monday 12:00.
 *
 * @throws RangeError when the calendar is never open within a year to count the hours in.
 */
export function expectedResponseWithinHours(submittedAt: Date, targetHours: number, calendar: CentreCalendar): Date {
  const from = submittedAt.getTime();
  let remaining = targetHours * 3_600_000;
  let day = instantToZoned(submittedAt, calendar.timeZone).date;
  for (let i = 0; i < SEARCH_DAYS; i++) {
    for (const period of openingPeriodsOn(day, calendar)) {
      const start = Math.max(period.open.getTime(), from);
      const open = period.close.getTime() - start;
      if (open <= 0) continue;
      if (remaining <= open) return new Date(start + remaining);
      remaining -= open;
    }
    day = addDaysToDate(day, 1);
  }
  throw new RangeError(`The centre in ${calendar.timeZone} is not open for ${targetHours} hours within ${SEARCH_DAYS} days of ${submittedAt.toISOString()}`);
}

/** When a complaint to `service` is due an answer: by its target in working hours if it has one, else in working days. */
export function responseDue(
  submittedAt: Date,
  service: Pick<Service, 'responseTargetDays' | 'responseTargetHours'>,
  calendar: CentreCalendar,
): Date {
  if (service.responseTargetHours !== undefined) return expectedResponseWithinHours(submittedAt, service.responseTargetHours, calendar);
  // The contract gives a service exactly one of the two targets.
  return expectedResponseBy(submittedAt, service.responseTargetDays!, calendar);
}

/** Whether the centre is open at an instant, and when that changes. */
export interface OpeningStatus {
  openNow: boolean;
  /** End of the current opening period while open; null when closed. */
  closesAt: Date | null;
  /** Start of the next opening period while closed; null while open, or when the centre never opens again. */
  nextOpening: Date | null;
}

/** Whether the centre is open at `now`, when it closes if so, and when it next opens if not. */
export function openingStatus(now: Date, calendar: CentreCalendar): OpeningStatus {
  const time = now.getTime();
  let day = instantToZoned(now, calendar.timeZone).date;
  for (let i = 0; i < SEARCH_DAYS; i++) {
    for (const period of openingPeriodsOn(day, calendar)) {
      if (period.open.getTime() <= time && time < period.close.getTime()) {
        return { openNow: true, closesAt: period.close, nextOpening: null };
      }
      if (period.open.getTime() > time) {
        return { openNow: false, closesAt: null, nextOpening: period.open };
      }
    }
    day = addDaysToDate(day, 1);
  }
  return { openNow: false, closesAt: null, nextOpening: null };
}
