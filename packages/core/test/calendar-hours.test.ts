/**
 * Targets in working hours (urgent services): only the centre's opening periods count, in its
 * own time zone. Every expected instant below is worked out by hand in the comment above it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedResponseBy, expectedResponseWithinHours, responseDue, type CentreCalendar } from '../src/calendar.ts';

const weekdays = (open: string, close: string) => [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));

/** Saint Lucia: UTC−4 all year, so 07:00–19:00 local is 11:00–23:00 UTC. */
const stLucia: CentreCalendar = {
  timeZone: 'America/St_Lucia',
  businessHours: weekdays('07:00', '19:00'),
  holidays: [
    { date: '2026-04-03', name: { en: 'Good Friday' } },
    { date: '2026-04-06', name: { en: 'Easter Monday' } },
  ],
};

const due = (submitted: string, hours: number, calendar = stLucia): string =>
  expectedResponseWithinHours(new Date(submitted), hours, calendar).toISOString();

describe('expectedResponseWithinHours', () => {
  test('within one working day: the hours are added to the time it was filed', () => {
    // Monday 9 March 10:00 local + 4 h = 14:00 local = 18:00 UTC.
    assert.equal(due('2026-03-09T14:00:00Z', 4), '2026-03-09T18:00:00.000Z');
  });

  test('near the end of the day the rest carries over to the next opening', () => {
    // Monday 17:30 local: 1½ h until 19:00, then 2½ h from Tuesday 07:00 → Tuesday 09:30 local = 13:30 UTC.
    assert.equal(due('2026-03-09T21:30:00Z', 4), '2026-03-10T13:30:00.000Z');
    // Monday 15:00 local + 4 h ends exactly at closing: due at 19:00 Monday, not Tuesday morning.
    assert.equal(due('2026-03-09T19:00:00Z', 4), '2026-03-09T23:00:00.000Z');
    // Filed at closing time exactly: nothing left that day → Tuesday 07:00 + 4 h = 11:00 local = 15:00 UTC.
    assert.equal(due('2026-03-09T23:00:00Z', 4), '2026-03-10T15:00:00.000Z');
    // 24 h from Monday's opening: 12 h Monday, 12 h Tuesday → Tuesday 19:00 local = 23:00 UTC.
    assert.equal(due('2026-03-09T11:00:00Z', 24), '2026-03-10T23:00:00.000Z');
  });

  test('before opening, the hours start at opening time', () => {
    // Monday 05:00 local → 07:00 + 4 h = 11:00 local = 15:00 UTC.
    assert.equal(due('2026-03-09T09:00:00Z', 4), '2026-03-09T15:00:00.000Z');
  });

  test('weekends are not counted', () => {
    // Saturday 14 March 12:00 local → Monday 16 March 07:00 + 4 h = 11:00 local = 15:00 UTC.
    assert.equal(due('2026-03-14T16:00:00Z', 4), '2026-03-16T15:00:00.000Z');
    // Friday 13 March 18:00 local: 1 h on Friday, 3 h from Monday 07:00 → 10:00 local = 14:00 UTC.
    assert.equal(due('2026-03-13T22:00:00Z', 4), '2026-03-16T14:00:00.000Z');
  });

  test('public holidays are not counted', () => {
    // Thursday 2 April 17:00 local: 2 h on Thursday; Good Friday, the weekend and Easter Monday
    // are closed; 2 h from Tuesday 7 April 07:00 → 09:00 local = 13:00 UTC.
    assert.equal(due('2026-04-02T21:00:00Z', 4), '2026-04-07T13:00:00.000Z');
    // Filed on Good Friday itself → Tuesday 07:00 + 4 h = 11:00 local = 15:00 UTC.
    assert.equal(due('2026-04-03T14:00:00Z', 4), '2026-04-07T15:00:00.000Z');
  });

  test('a lunch break is not counted', () => {
    // London in January is on UTC. 08:00–12:00 and 13:00–17:00: filed Monday 12 January 11:00,
    // 1 h until 12:00, 1 h from 13:00 → 14:00.
    const london: CentreCalendar = {
      timeZone: 'Europe/London',
      businessHours: [...weekdays('08:00', '12:00'), ...weekdays('13:00', '17:00')],
      holidays: [],
    };
    assert.equal(due('2026-01-12T11:00:00Z', 2, london), '2026-01-12T14:00:00.000Z');
    // Filed during lunch: the hours start at 13:00 → 15:00.
    assert.equal(due('2026-01-12T12:30:00Z', 2, london), '2026-01-12T15:00:00.000Z');
  });

  test('hours are read in the centre’s zone: across a DST change, and where its day starts before UTC’s', () => {
    // New York, 07:00–19:00. Friday 6 March 18:00 EST (23:00 UTC): 1 h on Friday. Clocks go
    // forward on Sunday 8 March, so Monday opens at 07:00 EDT = 11:00 UTC; + 3 h = 14:00 UTC.
    const newYork: CentreCalendar = { timeZone: 'America/New_York', businessHours: weekdays('07:00', '19:00'), holidays: [] };
    assert.equal(due('2026-03-06T23:00:00Z', 4, newYork), '2026-03-09T14:00:00.000Z');
    // Kolkata (UTC+5:30), 09:00–17:00. Sunday 8 March 20:00 UTC is already Monday 01:30 there:
    // before opening → 09:00 + 4 h = 13:00 IST = 07:30 UTC on Monday.
    const kolkata: CentreCalendar = { timeZone: 'Asia/Kolkata', businessHours: weekdays('09:00', '17:00'), holidays: [] };
    assert.equal(due('2026-03-08T20:00:00Z', 4, kolkata), '2026-03-09T07:30:00.000Z');
    // Monday 10:00 UTC = 15:30 IST: 1½ h on Monday, 2½ h from Tuesday 09:00 → 11:30 IST = 06:00 UTC.
    assert.equal(due('2026-03-09T10:00:00Z', 4, kolkata), '2026-03-10T06:00:00.000Z');
  });

  test('a calendar that never opens is an error, not an endless loop', () => {
    assert.throws(() => due('2026-03-09T14:00:00Z', 4, { timeZone: 'UTC', businessHours: [], holidays: [] }), RangeError);
  });
});

describe('responseDue', () => {
  test('takes the service’s target in hours if it has one, else in days', () => {
    const filed = new Date('2026-03-09T14:00:00Z');
    assert.equal(responseDue(filed, { responseTargetHours: 4 }, stLucia).toISOString(), '2026-03-09T18:00:00.000Z');
    assert.equal(responseDue(filed, { responseTargetDays: 5 }, stLucia).toISOString(), expectedResponseBy(filed, 5, stLucia).toISOString());
  });
});
