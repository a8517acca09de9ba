/**
 * The calendar's caches (zone offsets by UTC hour in timezone.ts, due dates per frozen calendar
 * in calendar.ts) must change what answers cost, never what they are. Each case computes its
 * answers uncached (offsets from Intl every time, calendars not frozen), then cached, once on a
 * cold cache and once on a warm one, over instants around every offset change of a set of zones
 * (DST, half-hour DST, offsets in seconds) and around local midnights and closing times.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedResponseBy, openingStatus, type CentreCalendar } from '../src/calendar.ts';
import { deepFreeze } from '../src/deep-freeze.ts';
import { addDaysToDate, instantToZoned, setZoneOffsetCaching, zonedDateTimeToInstant } from '../src/timezone.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

after(() => setZoneOffsetCaching(true));

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant, in seconds, straight from Intl (the test's own reading). */
function intlOffsetSeconds(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const whole = Math.floor(instant / 1000) * 1000;
  const wall = new Date(0);
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return (wall.getTime() - whole) / 1000;
}

/** Every instant in [from, to) at which the zone's offset changes, to the second. */
function transitions(timeZone: string, from: string, to: string): number[] {
  const found: number[] = [];
  const end = Date.parse(to);
  for (let t = Date.parse(from); t < end; t += HOUR) {
    if (intlOffsetSeconds(t, timeZone) === intlOffsetSeconds(t + HOUR, timeZone)) continue;
    let [low, high] = [t, t + HOUR];
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (intlOffsetSeconds(middle, timeZone) === intlOffsetSeconds(low, timeZone)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  return found;
}

/** Instants around one change: every 20 minutes for 30 hours either side, and right at it. */
function around(change: number): number[] {
  const instants = [change - 1000, change, change + 1000, change - MINUTE, change + MINUTE, change + 7 * MINUTE + 13_000];
  for (let t = change - 30 * HOUR; t <= change + 30 * HOUR; t += 20 * MINUTE) instants.push(t);
  return instants;
}

/**
 * Answers `compute()` gives uncached, and cached on a cold then a warm cache; all three must
 * be the same. `compute` gets `cached` to pick a frozen (remembered) or an unfrozen calendar.
 */
function agree<T>(label: string, compute: (cached: boolean) => T[]): void {
  setZoneOffsetCaching(false);
  const uncached = compute(false);
  setZoneOffsetCaching(true);
  const cold = compute(true);
  const warm = compute(true);
  assert.ok(uncached.length > 0, label);
  for (const [name, answers] of [['cold', cold], ['warm', warm]] as const) {
    for (let i = 0; i < uncached.length; i++) assert.deepEqual(answers[i], uncached[i], `${label}, ${name} cache, case ${i}`);
  }
}

const ZONES_WITH_CHANGES: [zone: string, from: string, to: string][] = [
  ['America/Toronto', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['Europe/London', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  // Half-hour DST, and offsets of quarter hours.
  ['Australia/Lord_Howe', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['America/St_Johns', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['Pacific/Chatham', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  // Changes at local midnight, so the wall clock skips or repeats the start of a day.
  ['America/Santiago', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  // Offsets in seconds (local mean time), changes not on the hour.
  ['Africa/Monrovia', '1971-06-01T00:00:00Z', '1972-06-01T00:00:00Z'],
  ['America/Toronto', '1895-01-01T00:00:00Z', '1896-01-01T00:00:00Z'],
];

const changes = ZONES_WITH_CHANGES.map(([zone, from, to]) => ({ zone, instants: transitions(zone, from, to) }));

describe('cached and uncached time-zone answers agree', () => {
  test('the zones under test do change their offsets', () => {
    for (const { zone, instants } of changes) assert.ok(instants.length > 0, zone);
  });

  test('instantToZoned, around every offset change and across ordinary days', () => {
    agree('instantToZoned', () =>
      changes.flatMap(({ zone, instants }) => instants.flatMap(around).map((t) => ({ zone, t, zoned: instantToZoned(new Date(t), zone) }))),
    );
    agree('instantToZoned without changes', () =>
      ['Asia/Kolkata', 'UTC', 'America/St_Lucia'].flatMap((zone) =>
        around(Date.parse('2026-06-15T00:00:00Z')).map((t) => ({ zone, t, zoned: instantToZoned(new Date(t), zone) })),
      ),
    );
  });

  test('zonedDateTimeToInstant, for every half hour and the minutes at midnight of the days around each change', () => {
    const times = [...Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`), '00:01', '23:59'];
    agree('zonedDateTimeToInstant', () =>
      changes.flatMap(({ zone, instants }) =>
        instants.flatMap((change) => {
          const day = instantToZoned(new Date(change), zone).date;
          return [-1, 0, 1].flatMap((offset) =>
            times.map((time) => {
              const date = addDaysToDate(day, offset);
              return { zone, date, time, instant: zonedDateTimeToInstant(date, time, zone).toISOString() };
            }),
          );
        }),
      ),
    );
  });
});

describe('cached and uncached calendar answers agree', () => {
  /** A working week, a Saturday morning, and a holiday on the day of each change; or hours that fall in the DST gap. */
  function calendars(zone: string, changeDays: string[]): CentreCalendar[] {
    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: '07:00', close: '19:00' }));
    return [
      {
        timeZone: zone,
        businessHours: [...weekdays, { day: 6, open: '09:00', close: '13:00' }],
        holidays: changeDays.map((date) => ({ date, name: { en: 'Holiday' } })),
      },
      { timeZone: zone, businessHours: [0, 1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '00:30', close: '02:30' })), holidays: [] },
    ];
  }

  const cases = changes.slice(0, 6).map(({ zone, instants }) => ({
    zone,
    instants,
    calendars: calendars(zone, instants.map((t) => instantToZoned(new Date(t), zone).date)),
  }));

  /** The calendar as the cached run sees it (deeply frozen, so its due dates are remembered) or the uncached one (a fresh copy). */
  const prepared = (calendar: CentreCalendar, cached: boolean) => (cached ? frozen(calendar) : structuredClone(calendar));
  const frozenCopies = new Map<CentreCalendar, CentreCalendar>();
  const frozen = (calendar: CentreCalendar) => {
    let copy = frozenCopies.get(calendar);
    if (!copy) frozenCopies.set(calendar, (copy = deepFreeze(structuredClone(calendar))));
    return copy;
  };

  test('expectedResponseBy, around every change and its local midnights and closing times', () => {
    agree('expectedResponseBy', (cached) =>
      cases.flatMap(({ zone, instants, calendars }) =>
        calendars.flatMap((calendar) => {
          const centre = prepared(calendar, cached);
          const edges = instants.flatMap((change) => {
            const day = instantToZoned(new Date(change), zone).date;
            return [-1, 0, 1].flatMap((offset) =>
              ['00:00', '02:30', '13:00', '19:00'].flatMap((time) => {
                const edge = zonedDateTimeToInstant(addDaysToDate(day, offset), time, zone).getTime();
                return [edge - MINUTE, edge - 1, edge, edge + MINUTE];
              }),
            );
          });
          return [...instants.flatMap(around), ...edges].flatMap((t) =>
            [1, 5].map((days) => ({ zone, t, days, due: expectedResponseBy(new Date(t), days, centre).toISOString() })),
          );
        }),
      ),
    );
  });

  test('openingStatus, around every change', () => {
    agree('openingStatus', (cached) =>
      cases.flatMap(({ zone, instants, calendars }) =>
        calendars.flatMap((calendar) => instants.flatMap(around).map((t) => ({ zone, t, status: openingStatus(new Date(t), prepared(calendar, cached)) }))),
      ),
    );
  });

  test('a calendar that is not frozen is answered afresh: changing it changes the answer', () => {
    const calendar: CentreCalendar = { timeZone: 'UTC', businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '07:00', close: '19:00' })), holidays: [] };
    const monday = new Date('2026-03-09T10:00:00Z');
    assert.equal(expectedResponseBy(monday, 1, calendar).toISOString(), '2026-03-10T19:00:00.000Z');
    calendar.holidays.push({ date: '2026-03-10', name: { en: 'Holiday' } });
    assert.equal(expectedResponseBy(monday, 1, calendar).toISOString(), '2026-03-11T19:00:00.000Z');
  });
});
