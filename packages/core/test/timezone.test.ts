import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDaysToDate,
  instantToZoned,
  isCalendarDate,
  isoWeekdayOf,
  todayIn,
  zonedDateTimeToInstant,
} from '../src/timezone.ts';

const iso = (date: string, time: string, zone: string): string => zonedDateTimeToInstant(date, time, zone).toISOString();

describe('zonedDateTimeToInstant', () => {
  test('ordinary wall times, east and west of Greenwich and without DST', () => {
    assert.equal(iso('2026-06-15', '09:00', 'America/Toronto'), '2026-06-15T13:00:00.000Z');
    assert.equal(iso('2026-01-15', '09:00', 'America/Toronto'), '2026-01-15T14:00:00.000Z');
    assert.equal(iso('2026-07-01', '09:00', 'Europe/London'), '2026-07-01T08:00:00.000Z');
    assert.equal(iso('2026-07-01', '09:00', 'America/St_Lucia'), '2026-07-01T13:00:00.000Z');
    assert.equal(iso('2026-07-01', '09:00', 'Asia/Kolkata'), '2026-07-01T03:30:00.000Z');
    assert.equal(iso('2026-07-01', '00:00', 'UTC'), '2026-07-01T00:00:00.000Z');
  });

  test('midnight that belongs to the previous UTC day', () => {
    assert.equal(iso('2026-03-01', '00:00', 'Asia/Tokyo'), '2026-02-28T15:00:00.000Z');
  });

  test('a wall time skipped by spring forward lands after the gap (02:30 → 03:30 daylight time)', () => {
    const instant = zonedDateTimeToInstant('2026-03-08', '02:30', 'America/Toronto');
    assert.equal(instant.toISOString(), '2026-03-08T07:30:00.000Z');
    assert.equal(instantToZoned(instant, 'America/Toronto').time, '03:30');
    assert.equal(iso('2026-03-29', '01:15', 'Europe/London'), '2026-03-29T01:15:00.000Z');
    assert.equal(instantToZoned(new Date('2026-03-29T01:15:00Z'), 'Europe/London').time, '02:15');
  });

  test('times either side of the spring-forward gap are exact', () => {
    assert.equal(iso('2026-03-08', '01:59', 'America/Toronto'), '2026-03-08T06:59:00.000Z');
    assert.equal(iso('2026-03-08', '03:00', 'America/Toronto'), '2026-03-08T07:00:00.000Z');
  });

  test('a wall time repeated by fall back is the earlier instant', () => {
    assert.equal(iso('2026-11-01', '01:30', 'America/Toronto'), '2026-11-01T05:30:00.000Z');
    assert.equal(iso('2026-10-25', '01:30', 'Europe/London'), '2026-10-25T00:30:00.000Z');
    assert.equal(iso('2026-11-01', '02:00', 'America/Toronto'), '2026-11-01T07:00:00.000Z');
  });

  test('refuses malformed input', () => {
    assert.throws(() => zonedDateTimeToInstant('2026-02-30', '09:00', 'UTC'), RangeError);
    assert.throws(() => zonedDateTimeToInstant('2026-02-01', '24:00', 'UTC'), RangeError);
    assert.throws(() => zonedDateTimeToInstant('2026-02-01', '9:00', 'UTC'), RangeError);
    assert.throws(() => zonedDateTimeToInstant('2026-02-01', '09:00', 'Mars/Olympus'), RangeError);
  });
});

describe('instantToZoned', () => {
  test('gives date, time, ISO weekday and wall-clock minutes in the zone', () => {
    assert.deepEqual(instantToZoned(new Date('2026-03-09T03:30:00Z'), 'America/Toronto'), {
      date: '2026-03-08',
      time: '23:30',
      isoWeekday: 7,
      minutes: 23 * 60 + 30,
    });
    assert.deepEqual(instantToZoned(new Date('2026-03-09T00:00:00Z'), 'Europe/London'), {
      date: '2026-03-09',
      time: '00:00',
      isoWeekday: 1,
      minutes: 0,
    });
  });

  test('round-trips every half hour across both DST changes of a year', () => {
    for (const zone of ['America/Toronto', 'Europe/London', 'Australia/Lord_Howe']) {
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 30 * 60_000) {
        const local = instantToZoned(new Date(t), zone);
        const back = zonedDateTimeToInstant(local.date, local.time, zone).getTime();
        // A repeated hour maps back to its first occurrence, at most an hour earlier.
        assert.ok(back === t || (back < t && t - back <= 3_600_000), `${zone} ${new Date(t).toISOString()}`);
      }
    }
  });
});

describe('dates', () => {
  test('addDaysToDate crosses months, leap days and years', () => {
    assert.equal(addDaysToDate('2028-02-28', 1), '2028-02-29');
    assert.equal(addDaysToDate('2026-02-28', 1), '2026-03-01');
    assert.equal(addDaysToDate('2026-12-31', 1), '2027-01-01');
    assert.equal(addDaysToDate('2026-03-01', -1), '2026-02-28');
    assert.equal(addDaysToDate('2026-03-07', 2), '2026-03-09');
    assert.equal(addDaysToDate('2026-01-01', 365), '2027-01-01');
  });

  test('todayIn follows the zone, not UTC', () => {
    const now = new Date('2026-05-01T02:00:00Z');
    assert.equal(todayIn('UTC', now), '2026-05-01');
    assert.equal(todayIn('America/Toronto', now), '2026-04-30');
    assert.equal(todayIn('Pacific/Auckland', new Date('2026-04-30T13:00:00Z')), '2026-05-01');
  });

  test('isCalendarDate accepts real dates only', () => {
    assert.ok(isCalendarDate('2028-02-29'));
    assert.ok(isCalendarDate('2026-12-31'));
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00']) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
  });

  test('isoWeekdayOf counts Monday as 1 and Sunday as 7', () => {
    assert.equal(isoWeekdayOf('2026-03-09'), 1);
    assert.equal(isoWeekdayOf('2026-03-13'), 5);
    assert.equal(isoWeekdayOf('2026-03-08'), 7);
  });
});
