import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedResponseBy, holidayOn, isBusinessDay, openingStatus } from '../src/calendar.ts';
import type { CentreCalendar } from '../src/calendar.ts';

const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({ day, open: '07:00', close: '19:00' }));

/** Saint Lucia: UTC−4 all year, so 19:00 local is 23:00 UTC. */
const stLucia: CentreCalendar = {
  timeZone: 'America/St_Lucia',
  businessHours: WEEKDAYS,
  holidays: [
    { date: '2026-04-03', name: { en: 'Good Friday', fr: 'Vendredi saint' } },
    { date: '2026-04-06', name: { en: 'Easter Monday', fr: 'Lundi de Pâques' } },
  ],
};

const newYork: CentreCalendar = { timeZone: 'America/New_York', businessHours: WEEKDAYS, holidays: [] };

const due = (submitted: string, days: number, calendar = stLucia): string =>
  expectedResponseBy(new Date(submitted), days, calendar).toISOString();

describe('business days', () => {
  test('weekdays with hours are business days; weekends and holidays are not', () => {
    assert.equal(isBusinessDay('2026-03-09', stLucia), true);
    assert.equal(isBusinessDay('2026-03-14', stLucia), false);
    assert.equal(isBusinessDay('2026-03-15', stLucia), false);
    assert.equal(isBusinessDay('2026-04-03', stLucia), false);
  });

  test('holidayOn names the holiday', () => {
    assert.equal(holidayOn('2026-04-06', stLucia)?.name['en'], 'Easter Monday');
    assert.equal(holidayOn('2026-04-07', stLucia), undefined);
  });
});

describe('expectedResponseBy', () => {
  test('counts working days after the day of receipt, due at closing time', () => {
    // Monday 10:00 → day 1 is Tuesday, day 5 the next Monday, at 19:00 local.
    assert.equal(due('2026-03-09T14:00:00Z', 5), '2026-03-16T23:00:00.000Z');
    assert.equal(due('2026-03-09T14:00:00Z', 1), '2026-03-10T23:00:00.000Z');
  });

  test('skips the weekend and public holidays', () => {
    // Thursday before Easter: Good Friday, the weekend and Easter Monday do not count.
    assert.equal(due('2026-04-02T14:00:00Z', 1), '2026-04-07T23:00:00.000Z');
    assert.equal(due('2026-04-02T14:00:00Z', 2), '2026-04-08T23:00:00.000Z');
    // Wednesday + 10 working days crosses two weekends and the two holidays.
    assert.equal(due('2026-04-01T14:00:00Z', 10), '2026-04-17T23:00:00.000Z');
  });

  test('a complaint filed after closing on a Friday is received on Monday', () => {
    // Friday 20:00 local is Saturday 00:00 UTC.
    assert.equal(due('2026-03-14T00:00:00Z', 5), '2026-03-23T23:00:00.000Z');
    // At closing time exactly is already after hours…
    assert.equal(due('2026-03-13T23:00:00Z', 5), '2026-03-23T23:00:00.000Z');
    // …a minute before is still Friday.
    assert.equal(due('2026-03-13T22:59:00Z', 5), '2026-03-20T23:00:00.000Z');
  });

  test('a complaint filed on a weekend or before opening counts from that business day', () => {
    assert.equal(due('2026-03-14T15:00:00Z', 1), '2026-03-17T23:00:00.000Z');
    // Monday 05:00 local is before opening, but still Monday's complaint.
    assert.equal(due('2026-03-16T09:00:00Z', 1), '2026-03-17T23:00:00.000Z');
  });

  test('closing time is read in the centre’s zone after a DST change', () => {
    // Friday 6 March (EST) + 1 working day = Monday 9 March, 19:00 EDT = 23:00 UTC.
    assert.equal(due('2026-03-06T15:00:00Z', 1, newYork), '2026-03-09T23:00:00.000Z');
    // A week earlier, the same rule on standard time gives 00:00 UTC.
    assert.equal(due('2026-02-27T15:00:00Z', 1, newYork), '2026-03-03T00:00:00.000Z');
  });

  test('a calendar that never opens is an error, not an endless loop', () => {
    assert.throws(() => expectedResponseBy(new Date(), 5, { timeZone: 'UTC', businessHours: [], holidays: [] }), RangeError);
  });
});

describe('openingStatus', () => {
  test('open during hours, with the closing time', () => {
    assert.deepEqual(openingStatus(new Date('2026-03-09T14:00:00Z'), stLucia), {
      openNow: true,
      closesAt: new Date('2026-03-09T23:00:00Z'),
      nextOpening: null,
    });
    assert.equal(openingStatus(new Date('2026-03-09T11:00:00Z'), stLucia).openNow, true, 'open at 07:00 exactly');
  });

  test('closed before opening, after closing and over a holiday weekend, with the next opening', () => {
    assert.deepEqual(openingStatus(new Date('2026-03-09T10:00:00Z'), stLucia), {
      openNow: false,
      closesAt: null,
      nextOpening: new Date('2026-03-09T11:00:00Z'),
    });
    assert.deepEqual(openingStatus(new Date('2026-03-13T23:00:00Z'), stLucia).nextOpening, new Date('2026-03-16T11:00:00Z'));
    assert.deepEqual(openingStatus(new Date('2026-04-03T14:00:00Z'), stLucia).nextOpening, new Date('2026-04-07T11:00:00Z'));
  });

  test('a lunch break between two periods', () => {
    const split: CentreCalendar = {
      timeZone: 'Europe/London',
      businessHours: [
        { day: 1, open: '13:00', close: '17:00' },
        { day: 1, open: '08:00', close: '12:00' },
      ],
      holidays: [],
    };
    const lunch = openingStatus(new Date('2026-01-05T12:30:00Z'), split);
    assert.deepEqual(lunch, { openNow: false, closesAt: null, nextOpening: new Date('2026-01-05T13:00:00Z') });
    assert.deepEqual(openingStatus(new Date('2026-01-05T09:00:00Z'), split).closesAt, new Date('2026-01-05T12:00:00Z'));
  });

  test('a centre that never opens has no next opening', () => {
    assert.deepEqual(openingStatus(new Date(), { timeZone: 'UTC', businessHours: [], holidays: [] }), {
      openNow: false,
      closesAt: null,
      nextOpening: null,
    });
  });
});
