/**
 * `publicStats`: hand-computed figures over a fixed set of tickets in Saint Lucia time
 * (UTC−4, no summer time), small counts suppressed, and the ISO weeks of the ministry's zone.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PublicStatsSchema, safeParse, type Channel, type TicketStatus } from '@civic-contact/contract';
import type { SatisfactionStatsRow, StatsFilter, TicketStatsRow } from '../src/storage.ts';
import { makeCentre, problem, type Fixture } from './fixtures.ts';

const S = { suppressed: true } as const;
/** A wall-clock time in Saint Lucia, as the instant it is. */
const lc = (local: string) => new Date(`${local}:00-04:00`).toISOString();

function ticket(serviceId: string, channel: Channel, submitted: string, times: { first?: string; resolved?: string; expected?: string } = {}): TicketStatsRow {
  return {
    ministryId: 'health',
    serviceId,
    channel,
    status: (times.resolved ? 'resolved' : 'received') as TicketStatus,
    submittedAt: lc(submitted),
    expectedResponseBy: lc(times.expected ?? '2026-12-31T00:00'),
    firstResponseAt: times.first ? lc(times.first) : null,
    resolvedAt: times.resolved ? lc(times.resolved) : null,
  };
}

const CLINIC = 'health-clinic-services';
const VACCINATION = 'health-vaccination';

/*
 * Received in 2026-11-02 … 2026-11-15 (local): A–I, 9 tickets. Week 45 (2–8 Nov): A–E, 5 —
 * E only because it came on Sunday at 23:30 local, already Monday in UTC. Week 46: F–I, 4.
 * Resolved in the period: A, B, J (week 45), C, E, F (week 46): 6, all but F by their date.
 * First responses in the period: A 1 h, B 2 h, C 3 h, D 4 h, E 10 h, F 30 h: median 3.5 h.
 */
const TICKETS: TicketStatsRow[] = [
  ticket(CLINIC, 'web', '2026-11-02T00:10', { first: '2026-11-02T01:10', resolved: '2026-11-03T10:00', expected: '2026-11-06T00:00' }), // A
  ticket(CLINIC, 'web', '2026-11-03T09:00', { first: '2026-11-03T11:00', resolved: '2026-11-04T09:00', expected: '2026-11-10T00:00' }), // B
  ticket(CLINIC, 'phone', '2026-11-04T09:00', { first: '2026-11-04T12:00', resolved: '2026-11-10T09:00', expected: '2026-11-11T00:00' }), // C
  ticket(VACCINATION, 'web', '2026-11-05T09:00', { first: '2026-11-05T13:00' }), // D
  ticket(CLINIC, 'web', '2026-11-08T23:30', { first: '2026-11-09T09:30', resolved: '2026-11-09T10:00', expected: '2026-11-13T00:00' }), // E
  ticket(CLINIC, 'web', '2026-11-09T00:30', { first: '2026-11-10T06:30', resolved: '2026-11-12T12:00', expected: '2026-11-11T23:59' }), // F, late
  ticket(VACCINATION, 'phone', '2026-11-10T09:00'), // G
  ticket(CLINIC, 'web', '2026-11-11T09:00'), // H
  ticket(VACCINATION, 'web', '2026-11-15T23:00'), // I, Sunday night local (Monday in UTC)
  ticket(CLINIC, 'web', '2026-10-28T09:00', { first: '2026-10-28T10:00', resolved: '2026-11-02T08:00', expected: '2026-11-05T00:00' }), // J, received before
  ticket(CLINIC, 'web', '2026-11-01T23:50'), // K, 2 Nov in UTC but 1 Nov here: before the period
  ticket(CLINIC, 'web', '2026-11-16T00:30'), // L, after the period
];

/* Ratings given in the period: 5, 5, 5, 5, 5 in week 45, 4 and 2 in week 46; the 1 is from October. */
const RATINGS: { at: string; rating: number }[] = [
  ...['2026-11-03T10:00', '2026-11-04T10:00', '2026-11-05T10:00', '2026-11-06T10:00', '2026-11-07T10:00'].map((at) => ({ at: lc(at), rating: 5 })),
  { at: lc('2026-11-10T10:00'), rating: 4 },
  { at: lc('2026-11-12T10:00'), rating: 2 },
  { at: lc('2026-10-30T10:00'), rating: 1 },
];

/** A seeded centre whose health figures come from the tickets and ratings above. */
async function withFixtures(): Promise<Fixture> {
  const f = await makeCentre();
  const within = (instant: string | null, filter: StatsFilter) => instant !== null && instant >= filter.from && instant < filter.before;
  f.storage.ticketStatsRows = async (filter) =>
    TICKETS.filter((t) => t.ministryId === filter.ministryId && [t.submittedAt, t.firstResponseAt, t.resolvedAt].some((i) => within(i, filter)));
  f.storage.satisfactionStatsRows = async (filter) =>
    RATINGS.filter((r) => filter.ministryId === 'health' && within(r.at, filter)).map(
      (r): SatisfactionStatsRow => ({ ministryId: 'health', serviceId: CLINIC, rating: r.rating }),
    );
  return f;
}

describe('public stats', () => {
  test('two weeks of figures, hand-computed: counts, within-target share, median first response, satisfaction, volumes, weeks', async () => {
    const f = await withFixtures();
    const stats = await f.centre.publicStats(f.health, { from: '2026-11-02', to: '2026-11-15' });
    assert.ok(safeParse(PublicStatsSchema, stats).success);
    assert.deepEqual(stats, {
      generatedAt: f.clock.now.toISOString(),
      ministryId: 'health',
      period: { from: '2026-11-02', to: '2026-11-15', timeZone: 'America/St_Lucia' },
      minimumCount: 5,
      received: 9,
      resolved: 6,
      resolvedWithinTargetShare: 0.8333,
      medianFirstResponseHours: 3.5,
      satisfaction: {
        responses: 7,
        satisfiedShare: 0.8571,
        distribution: [
          { rating: 1, count: S },
          { rating: 2, count: S },
          { rating: 3, count: S },
          { rating: 4, count: S },
          { rating: 5, count: 5 },
        ],
      },
      volumeByService: [
        { serviceId: CLINIC, count: 6 },
        { serviceId: 'health-hospital-waiting-times', count: S },
        { serviceId: VACCINATION, count: S },
        { serviceId: 'health-card', count: S },
        { serviceId: 'health-environmental-concern', count: S },
        { serviceId: 'health-urgent-care', count: S },
      ],
      volumeByChannel: [
        { channel: 'web', count: 7 },
        { channel: 'phone', count: S },
        { channel: 'email', count: S },
        { channel: 'walk_in', count: S },
        { channel: 'social', count: S },
      ],
      weekly: [
        { week: '2026-W45', start: '2026-11-02', received: 5, resolved: S },
        { week: '2026-W46', start: '2026-11-09', received: S, resolved: S },
      ],
    });
    assert.equal(stats.volumeByService.length, 6, 'every service of the ministry, each once');
  });

  test('a ticket at 23:30 on a Sunday in the ministry’s zone (Monday in UTC) belongs to that Sunday’s week', async () => {
    const f = await withFixtures();
    // Without E (Sunday 23:30 local), week 45 would have 4 received: suppressed.
    const w45 = (await f.centre.publicStats(f.health, { from: '2026-11-02', to: '2026-11-08' })).weekly;
    assert.deepEqual(w45, [{ week: '2026-W45', start: '2026-11-02', received: 5, resolved: S }]);
    // And a period that starts on that Monday does not count it.
    assert.deepEqual((await f.centre.publicStats(f.health, { from: '2026-11-09', to: '2026-11-15' })).received, S);
  });

  test('shares and medians over fewer than 5 items are suppressed, as are all counts under 5', async () => {
    const f = await withFixtures();
    const stats = await f.centre.publicStats(f.health, { from: '2026-11-09', to: '2026-11-15' });
    assert.ok(safeParse(PublicStatsSchema, stats).success);
    // Received F, G, H, I; resolved C, E, F (2 of 3 within target); first responses E, F; ratings 4 and 2.
    assert.deepEqual(stats.received, S);
    assert.deepEqual(stats.resolved, S);
    assert.deepEqual(stats.resolvedWithinTargetShare, S);
    assert.deepEqual(stats.medianFirstResponseHours, S);
    assert.deepEqual(stats.satisfaction, { responses: S, satisfiedShare: S, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: S })) });
    assert.ok(stats.volumeByService.every((s) => 'suppressed' in Object(s.count)));
    assert.ok(stats.volumeByChannel.every((c) => 'suppressed' in Object(c.count)));
  });

  test('the weekly trend lists each ISO week the period meets, named by its ISO year across a year end', async () => {
    const f = await withFixtures();
    const year = await f.centre.publicStats(f.health, { from: '2026-12-27', to: '2027-01-04' });
    assert.deepEqual(
      year.weekly.map((w) => [w.week, w.start]),
      [
        ['2026-W52', '2026-12-21'],
        ['2026-W53', '2026-12-28'],
        ['2027-W01', '2027-01-04'],
      ],
    );
  });

  test('the period defaults to the 12 weeks up to today in the ministry’s zone; it is checked and limited to 366 days', async () => {
    const f = await withFixtures();
    // NOW is 2026-11-10T14:00Z, 10:00 in Saint Lucia.
    assert.deepEqual((await f.centre.publicStats(f.health, {})).period, { from: '2026-08-19', to: '2026-11-10', timeZone: 'America/St_Lucia' });
    assert.deepEqual((await f.centre.publicStats(f.health, { to: '2026-11-15' })).period.from, '2026-08-24', 'a `to` on a Sunday gives exactly 12 ISO weeks');

    const reversed = await problem(f.centre.publicStats(f.health, { from: '2026-11-15', to: '2026-11-02' }), 400);
    assert.deepEqual(reversed.errors?.map((e) => e.field), ['from']);
    const long = await problem(f.centre.publicStats(f.health, { from: '2025-01-01', to: '2026-01-02' }), 400);
    assert.deepEqual(long.errors?.map((e) => e.field), ['to']);
    assert.equal((await f.centre.publicStats(f.health, { from: '2025-01-01', to: '2026-01-01' })).period.from, '2025-01-01', '366 days is allowed');
    const bad = await problem(f.centre.publicStats(f.health, { from: '2 Nov 2026' }), 400);
    assert.deepEqual(bad.errors?.map((e) => e.field), ['from']);
    const unknown = await problem(f.centre.publicStats(f.health, { ministry: 'transport' }), 400);
    assert.deepEqual(unknown.errors?.map((e) => e.field), ['ministry']);
  });

  test('a site key or a ministry’s secret key sees its own ministry; an all-ministries key is refused', async () => {
    const f = await withFixtures();
    const period = { from: '2026-11-02', to: '2026-11-15' };
    assert.deepEqual(await f.centre.publicStats(f.healthAgent, period), await f.centre.publicStats(f.health, period));
    const transport = await f.centre.publicStats(f.transport, period);
    assert.equal(transport.ministryId, 'transport');
    assert.deepEqual(transport.received, S);
    await problem(f.centre.publicStats(f.admin, period), 403);
  });

  test('over the real storage: five complaints filed and resolved today show, and four do not', async () => {
    const { clinicComplaint } = await import('./fixtures.ts');
    const f = await makeCentre();
    for (let i = 0; i < 5; i++) {
      const { reference } = (await f.centre.createComplaint(f.health, clinicComplaint(), null)).body;
      f.advance(60);
      if (i < 4) await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'resolved', note: 'Done.' });
    }
    const stats = await f.centre.publicStats(f.health, {});
    assert.equal(stats.received, 5);
    assert.deepEqual(stats.resolved, S);
    assert.deepEqual(stats.resolvedWithinTargetShare, S);
    assert.equal(stats.volumeByService.find((s) => s.serviceId === CLINIC)?.count, 5);
    assert.equal(stats.weekly.at(-1)?.received, 5);
    assert.equal(stats.weekly.length, 13, '12 weeks back from a Tuesday meets 13 ISO weeks');
  });
});
