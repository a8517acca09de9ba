/**
 * Time-zone arithmetic on IANA zones with `Intl` only, so that the same code runs in browsers
 * (the mock) and in Node (the reference server) without shipping a time-zone database.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`) and times are wall-clock times (`HH:MM`) in a
 * named zone; instants are `Date`s.
 */

/** The wall clock of a zone at one instant. */
export interface ZonedDateTime {
  /** Calendar date in the zone, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock time in the zone, `HH:MM` (seconds dropped). */
  time: string;
  /** ISO weekday of `date`: 1 = Monday … 7 = Sunday. */
  isoWeekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Wall-clock minutes since midnight (hours × 60 + minutes), not elapsed minutes: on a DST day they differ. */
  minutes: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Creating a DateTimeFormat costs far more than formatting with one, and slot listings format
// hundreds of instants per request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which renders midnight as "24" in some engines.
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock as Intl formats it: the source of truth, and the costly part (several µs a call). */
function intlWallClock(instant: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = value('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - year : year,
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}

/** Milliseconds of the UTC instant that has the same wall-clock reading, for offset arithmetic. */
function wallClockAsUtc(clock: WallClock): number {
  const utc = new Date(0);
  utc.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  utc.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return utc.getTime();
}

/** Offset of the zone from UTC at an instant, in milliseconds (positive east of Greenwich), from Intl. */
function intlOffsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(intlWallClock(whole, timeZone)) - whole;
}

/*
 * Offsets are cached at whole UTC hours: a due date or a slot listing asks for offsets dozens
 * of times, around the same few hours, and Intl takes microseconds each time. Within an hour
 * whose two ends have the same offset, every instant has that offset too, as no zone changes
 * its offset and back again within an hour. An hour with a change in it is asked of Intl
 * instant by instant. So the answers are Intl's own.
 */
const HOUR_MS = 3_600_000;
// Past the Date range (±8.64e15 ms) an hour's end cannot be formatted: such instants go to Intl.
const CACHEABLE_MS = 8.64e15 - 2 * HOUR_MS;
// A bound on memory, far above what a server's working set of hours needs.
const MAX_CACHED_HOURS = 100_000;
const hourOffsets = new Map<string, Map<number, number>>();
let cachedHours = 0;
let offsetCaching = true;

/**
 * Turns the offset cache off (and empties it) or back on. For tests, which compare cached
 * answers with Intl's own: the cache must never change an answer, only its cost.
 */
export function setZoneOffsetCaching(enabled: boolean): void {
  offsetCaching = enabled;
  hourOffsets.clear();
  cachedHours = 0;
}

function offsetAtHour(hour: number, timeZone: string, offsets: Map<number, number>): number {
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = intlOffsetAt(hour * HOUR_MS, timeZone);
    offsets.set(hour, offset);
    cachedHours++;
  }
  return offset;
}

/** Offset of the zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  if (!offsetCaching || !(Math.abs(instant) <= CACHEABLE_MS)) return intlOffsetAt(instant, timeZone);
  if (cachedHours >= MAX_CACHED_HOURS) {
    hourOffsets.clear();
    cachedHours = 0;
  }
  let offsets = hourOffsets.get(timeZone);
  if (offsets === undefined) {
    // Checks the zone before it is used as a key, so unknown zones throw as before and stay out.
    formatterFor(timeZone);
    offsets = new Map();
    hourOffsets.set(timeZone, offsets);
  }
  const hour = Math.floor(instant / HOUR_MS);
  const start = offsetAtHour(hour, timeZone, offsets);
  return start === offsetAtHour(hour + 1, timeZone, offsets) ? start : intlOffsetAt(instant, timeZone);
}

/** The wall clock of `timeZone` at `instant` (to the second). */
function wallClock(instant: number, timeZone: string): WallClock {
  const whole = Math.floor(instant / 1000) * 1000;
  const local = new Date(whole + offsetAt(whole, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match || !isCalendarDate(date)) throw new RangeError(`Expected a calendar date YYYY-MM-DD, got "${date}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Expected a time HH:MM, got "${time}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether `date` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isCalendarDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/** Minutes since midnight of an `HH:MM` time. */
export function timeToMinutes(time: string): number {
  const { hour, minute } = parseTime(time);
  return hour * 60 + minute;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date; the same in every zone. */
export function isoWeekdayOf(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const { year, month, day } = parseDate(date);
  return isoWeekdayOfDay(year, month, day);
}

function isoWeekdayOfDay(year: number, month: number, day: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return (((utc.getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` and `time`.
 *
 * Daylight-saving changes make some wall times special, resolved as `Temporal`'s
 * `"compatible"` disambiguation does:
 * - a time that does not exist (skipped when clocks go forward) is read with the offset in
 *   force before the change, which lands as far past the gap as it was into it — in
 *   America/Toronto on 2026-03-08, `02:30` gives 07:30 UTC, which the clock shows as `03:30`;
 * - a time that happens twice (clocks go back) gives the earlier instant, still on summer
 *   time — in America/Toronto on 2026-11-01, `01:30` gives 05:30 UTC, not 06:30 UTC.
 *
 * @throws RangeError on a malformed date or time, or an unknown time zone.
 */
export function zonedDateTimeToInstant(date: string, time: string, timeZone: string): Date {
  const { year, month, day } = parseDate(date);
  const { hour, minute } = parseTime(time);
  const target = wallClockAsUtc({ year, month, day, hour, minute, second: 0 });
  // Offsets a day either side bracket any single transition near the target, and one of the
  // two candidate instants is right unless the wall time falls in a gap.
  const offsetBefore = offsetAt(target - DAY_MS, timeZone);
  const offsetAfter = offsetAt(target + DAY_MS, timeZone);
  const candidates = [target - offsetBefore, target - offsetAfter]
    .filter((instant) => instant + offsetAt(instant, timeZone) === target)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? target - offsetBefore);
}

/** The wall clock of `timeZone` at `instant`. */
export function instantToZoned(instant: Date, timeZone: string): ZonedDateTime {
  const clock = wallClock(instant.getTime(), timeZone);
  const date = formatDate(clock.year, clock.month, clock.day);
  return {
    date,
    time: `${pad(clock.hour)}:${pad(clock.minute)}`,
    isoWeekday: isoWeekdayOfDay(clock.year, clock.month, clock.day),
    minutes: clock.hour * 60 + clock.minute,
  };
}

/** The calendar date `days` days after `date` (negative for before). */
export function addDaysToDate(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day + days);
  return formatDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** Today's date in `timeZone` at `now`. */
export function todayIn(timeZone: string, now: Date): string {
  return instantToZoned(now, timeZone).date;
}

/** `instant` plus a number of minutes of elapsed time. */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}
