import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ministry, SlotDay } from '@civic-contact/contract';
import { SLOT_LEAD_MINUTES, asapStatus, computeSlotDays, findSlot } from '../src/slots.ts';
import { instantToZoned } from '../src/timezone.ts';

function ministry(overrides: Partial<Ministry>): Ministry {
  return {
    id: 'test',
    code: 'TST',
    name: { en: 'Test ministry' },
    defaultLocale: 'en',
    locales: ['en'],
    timeZone: 'America/St_Lucia',
    businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '07:00', close: '19:00' })),
    holidays: [{ date: '2026-04-03', name: { en: 'Good Friday', fr: 'Vendredi saint' } }],
    callbackSlotMinutes: 30,
    callbackCapacity: 3,
    entities: [{ id: 'desk', name: { en: 'Desk' } }],
    contact: { phone: '+17585550311', email: 'contact@test.example.gov' },
    ...overrides,
  };
}

/** Saint Lucia, Mon–Fri 07:00–19:00 (UTC−4, no DST): 24 slots a day, 11:00Z to 22:30Z. */
const stLucia = ministry({});

/** Toronto, open on Sundays 01:00–04:00 (across the DST change) and Mondays 09:00–17:00. */
const toronto = ministry({
  timeZone: 'America/Toronto',
  businessHours: [
    { day: 7, open: '01:00', close: '04:00' },
    { day: 1, open: '09:00', close: '17:00' },
  ],
  holidays: [],
});

/** London, open on Sundays 00:00–03:00, across the change from GMT to BST at 01:00. */
const london = ministry({ timeZone: 'Europe/London', businessHours: [{ day: 7, open: '00:00', close: '03:00' }], holidays: [] });

const noBookings = new Map<string, number>();
const longAgo = new Date('2026-01-01T00:00:00Z');

function day(m: Ministry, date: string, now = longAgo, booked: ReadonlyMap<string, number> = noBookings): SlotDay {
  const [result] = computeSlotDays({ ministry: m, from: date, days: 1, now, booked });
  assert.ok(result);
  return result;
}

const starts = (d: SlotDay): string[] => d.slots.map((slot) => slot.start);
const localTimes = (d: SlotDay, zone: string): string[] => d.slots.map((slot) => instantToZoned(new Date(slot.start), zone).time);

describe('computeSlotDays', () => {
  test('an ordinary open day is cut into slots from opening to closing', () => {
    const monday = day(stLucia, '2026-03-09');
    assert.equal(monday.status, 'open');
    assert.equal(monday.holidayName, null);
    assert.equal(monday.slots.length, 24);
    assert.deepEqual(monday.slots[0], { start: '2026-03-09T11:00:00.000Z', end: '2026-03-09T11:30:00.000Z', capacity: 3, remaining: 3 });
    assert.equal(monday.slots.at(-1)?.end, '2026-03-09T23:00:00.000Z', 'the last slot ends at closing time');
  });

  test('a slot must end by closing time', () => {
    const m = ministry({ callbackSlotMinutes: 45, businessHours: [{ day: 1, open: '09:00', close: '11:00' }] });
    assert.deepEqual(localTimes(day(m, '2026-03-09'), m.timeZone), ['09:00', '09:45']);
  });

  test('Toronto spring forward (2026-03-08): the skipped hour has no slots', () => {
    const sunday = day(toronto, '2026-03-08');
    assert.deepEqual(starts(sunday), [
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
    assert.deepEqual(localTimes(sunday, 'America/Toronto'), ['01:00', '01:30', '03:00', '03:30']);
    assert.equal(sunday.slots.at(-1)?.end, '2026-03-08T08:00:00.000Z');
    // The day after, on daylight time, is four hours behind UTC.
    const monday = day(toronto, '2026-03-09');
    assert.equal(monday.slots.length, 16);
    assert.equal(monday.slots[0]?.start, '2026-03-09T13:00:00.000Z');
    // A week later the same Sunday hours give the full six slots.
    assert.equal(day(toronto, '2026-03-15').slots.length, 6);
  });

  test('Toronto fall back (2026-11-01): the repeated hour has slots twice, at different instants', () => {
    const sunday = day(toronto, '2026-11-01');
    assert.equal(sunday.slots.length, 8);
    assert.deepEqual(starts(sunday), [
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T06:30:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T07:30:00.000Z',
      '2026-11-01T08:00:00.000Z',
      '2026-11-01T08:30:00.000Z',
    ]);
    assert.deepEqual(localTimes(sunday, 'America/Toronto'), ['01:00', '01:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30']);
    assert.equal(sunday.slots.at(-1)?.end, '2026-11-01T09:00:00.000Z');
    assert.equal(day(toronto, '2026-11-02').slots[0]?.start, '2026-11-02T14:00:00.000Z');
  });

  test('Europe/London spring forward (2026-03-29): 01:00–02:00 does not exist', () => {
    const sunday = day(london, '2026-03-29');
    assert.deepEqual(starts(sunday), [
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
    assert.deepEqual(localTimes(sunday, 'Europe/London'), ['00:00', '00:30', '02:00', '02:30']);
    assert.equal(day(london, '2026-03-22').slots.length, 6);
    assert.equal(day(london, '2026-04-05').slots[0]?.start, '2026-04-04T23:00:00.000Z');
  });

  test('a public holiday shows as a holiday with its name and no slots; a weekend as closed', () => {
    const days = computeSlotDays({ ministry: stLucia, from: '2026-04-02', days: 4, now: longAgo, booked: noBookings });
    assert.deepEqual(
      days.map((d) => [d.date, d.status, d.holidayName?.['en'] ?? null, d.slots.length]),
      [
        ['2026-04-02', 'open', null, 24],
        ['2026-04-03', 'holiday', 'Good Friday', 0],
        ['2026-04-04', 'closed', null, 0],
        ['2026-04-05', 'closed', null, 0],
      ],
    );
    assert.deepEqual(days[1]?.holidayName, { en: 'Good Friday', fr: 'Vendredi saint' });
  });

  test('capacity and remaining come from the bookings, never below zero', () => {
    const booked = new Map([
      ['2026-03-09T11:00:00.000Z', 1],
      ['2026-03-09T11:30:00.000Z', 3],
      ['2026-03-09T12:00:00.000Z', 5],
    ]);
    const monday = day(stLucia, '2026-03-09', longAgo, booked);
    assert.deepEqual(
      monday.slots.slice(0, 4).map((slot) => [slot.capacity, slot.remaining]),
      [[3, 2], [3, 0], [3, 0], [3, 3]],
    );
  });

  test('days before today are past; today drops slots within the lead time', () => {
    assert.equal(SLOT_LEAD_MINUTES, 30);
    // Tuesday 10 March, 10:10 in Saint Lucia.
    const now = new Date('2026-03-10T14:10:00Z');
    const days = computeSlotDays({ ministry: stLucia, from: '2026-03-09', days: 3, now, booked: noBookings });
    assert.deepEqual(days.map((d) => d.status), ['past', 'open', 'open']);
    assert.deepEqual(days[0]?.slots, []);
    // 10:30 starts within 30 minutes of 10:10, so 11:00 is the first slot offered.
    assert.equal(days[1]?.slots[0]?.start, '2026-03-10T15:00:00.000Z');
    assert.equal(days[1]?.slots.length, 16);
    assert.equal(days[2]?.slots.length, 24);
    // A slot exactly at the lead time is still offered.
    assert.equal(day(stLucia, '2026-03-10', new Date('2026-03-10T14:30:00Z')).slots[0]?.start, '2026-03-10T15:00:00.000Z');
  });

  test('today after closing is open with nothing left to book', () => {
    const evening = day(stLucia, '2026-03-10', new Date('2026-03-10T22:45:00Z'));
    assert.equal(evening.status, 'open');
    assert.deepEqual(evening.slots, []);
  });

  test('the days are counted in the centre’s zone, not in UTC', () => {
    // 01:00 UTC on 11 March is still 10 March in Saint Lucia, so 10 March is today, not past.
    const [tenth] = computeSlotDays({ ministry: stLucia, from: '2026-03-10', days: 1, now: new Date('2026-03-11T01:00:00Z'), booked: noBookings });
    assert.equal(tenth?.status, 'open');
  });
});

describe('findSlot', () => {
  const now = new Date('2026-03-10T14:10:00Z');

  test('accepts a real slot start, in any ISO spelling', () => {
    assert.deepEqual(findSlot(stLucia, '2026-03-11T13:00:00.000Z', now), { start: '2026-03-11T13:00:00.000Z', end: '2026-03-11T13:30:00.000Z' });
    assert.deepEqual(findSlot(stLucia, '2026-03-11T09:00:00-04:00', now)?.start, '2026-03-11T13:00:00.000Z');
    assert.deepEqual(findSlot(stLucia, '2026-03-10T15:00:00Z', now)?.end, '2026-03-10T15:30:00.000Z');
  });

  test('accepts both 01:00 slots of a fall-back day', () => {
    const before = new Date('2026-10-01T00:00:00Z');
    assert.ok(findSlot(toronto, '2026-11-01T05:00:00Z', before));
    assert.ok(findSlot(toronto, '2026-11-01T06:00:00Z', before));
  });

  test('refuses misaligned, out-of-hours, closed, holiday, past and too-soon starts', () => {
    const refused = {
      misaligned: '2026-03-11T13:15:00Z',
      'seconds off the grid': '2026-03-11T13:00:01Z',
      'before opening': '2026-03-11T10:30:00Z',
      'ending after closing': '2026-03-11T23:00:00Z',
      saturday: '2026-03-14T13:00:00Z',
      holiday: '2026-04-03T13:00:00Z',
      yesterday: '2026-03-09T13:00:00Z',
      'earlier today': '2026-03-10T13:00:00Z',
      'within the lead time': '2026-03-10T14:30:00Z',
      'not a date': 'tomorrow at nine',
    };
    for (const [why, start] of Object.entries(refused)) {
      assert.equal(findSlot(stLucia, start, now), null, why);
    }
    assert.equal(findSlot(toronto, '2026-03-08T06:45:00Z', longAgo), null, 'off the grid on a DST day');
  });
});

describe('asapStatus', () => {
  test('while open: a wait from the queue, at least five minutes', () => {
    const open = new Date('2026-03-10T14:10:00Z');
    assert.deepEqual(asapStatus(stLucia, open, 0), { openNow: true, expectedWaitMinutes: 5, nextOpening: null });
    // Six callbacks ahead, three per half hour: an hour.
    assert.deepEqual(asapStatus(stLucia, open, 6), { openNow: true, expectedWaitMinutes: 60, nextOpening: null });
    assert.equal(asapStatus(stLucia, open, 7).expectedWaitMinutes, 70);
  });

  test('while closed: no wait, and when the centre next opens', () => {
    // Friday 20:00 in Saint Lucia: next opening Monday 07:00.
    assert.deepEqual(asapStatus(stLucia, new Date('2026-03-14T00:00:00Z'), 4), {
      openNow: false,
      expectedWaitMinutes: null,
      nextOpening: '2026-03-16T11:00:00.000Z',
    });
  });
});
