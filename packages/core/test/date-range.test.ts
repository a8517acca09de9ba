/**
 * The contract takes dates from 1900 to 2100 and nothing else; the date helpers take every
 * date it does, and a little past either end (a listing or a period that runs over), so no
 * date a client sends reaches them as something they cannot handle. What the HTTP binding
 * answers for dates outside the range is in http/test/date-range.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DATE_PATTERN, LIMITS, type Ministry } from '@civic-contact/contract';
import { computeSlotDays } from '../src/slots.ts';
import { addDaysToDate, instantToZoned, isoWeekdayOf, zonedDateTimeToInstant } from '../src/timezone.ts';
import { makeCentre, NOW } from './fixtures.ts';

const fixture = await makeCentre();

/* Every date the contract accepts, and the month past either end of it (periods and listings run over). */
const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2100, 11, 31);
const DAY = 86_400_000;
const contractDate = fc.integer({ min: FIRST / DAY, max: LAST / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10));
// Zones with seconds in their 1900 offsets (Amsterdam's +00:19:32), DST, no DST, far east and west.
const zone = fc.constantFrom('America/St_Lucia', 'America/New_York', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC');
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

test('the date helpers answer for every date the contract accepts, in any zone', () => {
  fc.assert(
    fc.property(contractDate, zone, time, fc.integer({ min: -LIMITS.slotDaysMax, max: LIMITS.slotDaysMax }), (date, timeZone, wall, days) => {
      assert.match(date, DATE_PATTERN);
      // The calendar date `days` away is the one the UTC calendar gives.
      const moved = addDaysToDate(date, days);
      assert.equal(moved, new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10));
      assert.equal(isoWeekdayOf(moved), ((new Date(Date.parse(moved)).getUTCDay() + 6) % 7) + 1);
      // A wall time there is an instant whose wall clock shows that date (or, past a gap, the next day).
      const instant = zonedDateTimeToInstant(moved, wall, timeZone);
      assert.ok(!Number.isNaN(instant.getTime()));
      const shown = instantToZoned(instant, timeZone);
      assert.ok(shown.date === moved || shown.date === addDaysToDate(moved, 1), `${moved} ${wall} ${timeZone} shows ${shown.date} ${shown.time}`);
    }),
    { numRuns: 2000 },
  );
});

test('a slot listing can start on any date the contract accepts, and lists only dates it accepts', async () => {
  const health = await fixture.storage.getMinistry('health');
  assert.ok(health);
  await fc.assert(
    fc.property(contractDate, zone, fc.integer({ min: 1, max: LIMITS.slotDaysMax }), (from, timeZone, days) => {
      const ministry: Ministry = { ...health, timeZone, holidays: [{ date: from, name: { en: 'Holiday' } }] };
      const listed = computeSlotDays({ ministry, from, days, now: NOW, booked: new Map() });
      assert.equal(listed[0]?.date, from);
      for (const day of listed) {
        assert.match(day.date, DATE_PATTERN);
        for (const slot of day.slots) assert.ok(slot.end <= '2101', `${slot.end} is past the range`);
      }
      assert.equal(listed.length, Math.min(days, (LAST - Date.parse(from)) / DAY + 1));
    }),
    { numRuns: 300 },
  );
});
