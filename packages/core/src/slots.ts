/**
 * Callback slots, computed from a ministry's business hours, public holidays, time zone and
 * per-slot capacity.
 *
 * Slots follow elapsed time, not the wall clock: each opening period is cut into
 * `callbackSlotMinutes` steps from its opening instant, and a slot must end by the closing
 * instant. On an ordinary day that is the wall-clock grid (07:00, 07:30, …). On a DST day it
 * keeps the slots agents can really staff: when clocks go forward the skipped hour has no
 * slots (01:30 is followed by 03:00), and when they go back the repeated hour has slots twice,
 * at different UTC instants.
 */
import { LAST_DATE, type CallbackSlots, type Ministry, type Slot, type SlotDay } from '@civic-contact/contract';
import { holidayOn, hoursOn, openingPeriodsOn, openingStatus } from './calendar.ts';
import { addDaysToDate, addMinutes, instantToZoned, todayIn } from './timezone.ts';

/** Slots starting sooner than this after `now` are not offered, so agents can plan the call. */
export const SLOT_LEAD_MINUTES = 30;

/** Least wait ever promised for an "as soon as possible" callback. */
export const ASAP_MIN_WAIT_MINUTES = 5;

/** Start and end of one slot, as `toISOString()` instants. */
export interface SlotTimes {
  start: string;
  end: string;
}

// The first instant no contract date-time can write (west of Greenwich, the last day's evening).
const PAST_LAST_DATE = Date.parse(`${addDaysToDate(LAST_DATE, 1)}T00:00:00Z`);

/** Every slot of `date` that starts at or after `earliest` (and ends by the contract's last date), in time order. */
function slotTimesOn(ministry: Ministry, date: string, earliest: number): SlotTimes[] {
  const length = ministry.callbackSlotMinutes;
  const slots: SlotTimes[] = [];
  for (const period of openingPeriodsOn(date, ministry)) {
    for (let start = period.open; addMinutes(start, length).getTime() <= period.close.getTime(); start = addMinutes(start, length)) {
      if (start.getTime() >= earliest && addMinutes(start, length).getTime() < PAST_LAST_DATE) {
        slots.push({ start: start.toISOString(), end: addMinutes(start, length).toISOString() });
      }
    }
  }
  return slots;
}

/** The instant before which no slot may start. */
function earliestStart(now: Date): number {
  return addMinutes(now, SLOT_LEAD_MINUTES).getTime();
}

/** Input of {@link computeSlotDays}. */
export interface SlotDaysInput {
  ministry: Ministry;
  /** First calendar day to list, in the centre's time zone. */
  from: string;
  /** How many calendar days to list. */
  days: number;
  now: Date;
  /** Callbacks already booked, keyed by slot start (`toISOString()`). */
  booked: ReadonlyMap<string, number>;
}

/**
 * The callback calendar of a ministry, one entry per calendar day from `from`, up to
 * `LAST_DATE` (2100-12-31) at most.
 *
 * A day's status is, in this order of precedence: `past` (before today in the centre's zone),
 * `holiday` (with its name), `closed` (no business hours that weekday), else `open`. Only open
 * days have slots. Today is `open` but lists only slots starting at least
 * {@link SLOT_LEAD_MINUTES} from `now` — possibly none once the day is nearly over. Full slots
 * are listed with `remaining: 0`.
 *
 * @throws RangeError when `from` is not a calendar date.
 */
export function computeSlotDays(input: SlotDaysInput): SlotDay[] {
  const { ministry, from, days, now, booked } = input;
  const today = todayIn(ministry.timeZone, now);
  const earliest = earliestStart(now);
  const result: SlotDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDaysToDate(from, i);
    // A listing that runs past the contract's last date stops there: its answer could not say the days after.
    if (date > LAST_DATE) break;
    const holiday = holidayOn(date, ministry);
    if (date < today) {
      result.push({ date, status: 'past', holidayName: null, slots: [] });
    } else if (holiday) {
      result.push({ date, status: 'holiday', holidayName: holiday.name, slots: [] });
    } else if (hoursOn(date, ministry).length === 0) {
      result.push({ date, status: 'closed', holidayName: null, slots: [] });
    } else {
      const slots = slotTimesOn(ministry, date, earliest).map(
        (times): Slot => ({
          ...times,
          capacity: ministry.callbackCapacity,
          remaining: Math.max(0, ministry.callbackCapacity - (booked.get(times.start) ?? 0)),
        }),
      );
      result.push({ date, status: 'open', holidayName: null, slots });
    }
  }
  return result;
}

/**
 * The slot that starts at `start`, if it is one a citizen may book now: on an open day, on the
 * slot grid, within business hours, not on a holiday and not within the lead time. `start` may
 * be any ISO instant (`…Z` or with an offset); the answer is normalised to `toISOString()`.
 * Capacity is not checked here: that needs the bookings.
 */
export function findSlot(ministry: Ministry, start: string, now: Date): SlotTimes | null {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) return null;
  const date = instantToZoned(instant, ministry.timeZone).date;
  return slotTimesOn(ministry, date, earliestStart(now)).find((slot) => slot.start === instant.toISOString()) ?? null;
}

/**
 * The "as soon as possible" option of the slot listing.
 *
 * Wait model: agents handle `callbackCapacity` callbacks per `callbackSlotMinutes`, so each
 * callback already queued holds the line for `callbackSlotMinutes / callbackCapacity` minutes:
 * wait = ceil(queueLength × callbackSlotMinutes / callbackCapacity), at least
 * {@link ASAP_MIN_WAIT_MINUTES}. It is an estimate for the citizen, not a promise; it is not cut
 * at closing time. While closed the wait is null and `nextOpening` says when the centre opens.
 */
export function asapStatus(ministry: Ministry, now: Date, queueLength: number): CallbackSlots['asap'] {
  const status = openingStatus(now, ministry);
  if (!status.openNow) {
    return { openNow: false, expectedWaitMinutes: null, nextOpening: status.nextOpening?.toISOString() ?? null };
  }
  const queued = Math.max(0, queueLength);
  const wait = Math.ceil((queued * ministry.callbackSlotMinutes) / ministry.callbackCapacity);
  return { openNow: true, expectedWaitMinutes: Math.max(ASAP_MIN_WAIT_MINUTES, wait), nextOpening: null };
}
