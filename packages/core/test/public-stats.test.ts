/**
 * `publicStats`: hand-computed figures over a fixed set of tickets in Saint Lucia time
 * (UTC−4, no summer time), small counts suppressed, and the ISO weeks of the ministry's zone;
 * every ministry together, each ministry's line suppressed on its own; the answer cache.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PublicStatsSchema, safeParse, type Channel } from '@civic-contact/contract';
import { seed } from '../src/seed/index.ts';
import { countPublicStats, type CountedRating, type CountedTicket } from '../src/public-stats-counts.ts';
import { clinicComplaint, makeCentre, problem, type Fixture } from './fixtures.ts';

const S = { suppressed: true } as const;
/** A wall-clock time in Saint Lucia, as the instant it is. */
const lc = (local: string) => new Date(`${local}:00-04:00`).toISOString();

function ticket(serviceId: string, channel: Channel, submitted: string, times: { first?: string; resolved?: string; expected?: string } = {}): CountedTicket {
  return {
    ministryId: serviceId.split('-')[0]!,
    serviceId,
    channel,
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
const TICKETS: CountedTicket[] = [
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
const RATINGS: CountedRating[] = [
  ...['2026-11-03T10:00', '2026-11-04T10:00', '2026-11-05T10:00', '2026-11-06T10:00', '2026-11-07T10:00'].map((at) => ({ ministryId: 'health', at: lc(at), rating: 5 })),
  { ministryId: 'health', at: lc('2026-11-10T10:00'), rating: 4 },
  { ministryId: 'health', at: lc('2026-11-12T10:00'), rating: 2 },
  { ministryId: 'health', at: lc('2026-10-30T10:00'), rating: 1 },
];

const BUS = 'transport-bus-service';
const ROADS = 'transport-road-defects';
/*
 * Transport, in the same two weeks (written in Saint Lucia time too): received T1–T3 in week
 * 45, T4–T6 in week 46, 6 in all (4 bus, 2 roads; 5 web, 1 phone). Resolved T1, T2 (week 45,
 * by their date) and T3 (week 46, late): 3. First responses 2, 6, 8, 12 h: 4. Ratings 5 and 1.
 */
const TRANSPORT: CountedTicket[] = [
  ticket(BUS, 'web', '2026-11-03T08:00', { first: '2026-11-03T10:00', resolved: '2026-11-04T08:00', expected: '2026-11-05T00:00' }), // T1
  ticket(BUS, 'web', '2026-11-04T08:00', { first: '2026-11-04T14:00', resolved: '2026-11-06T08:00', expected: '2026-11-07T00:00' }), // T2
  ticket(ROADS, 'phone', '2026-11-05T08:00', { first: '2026-11-05T16:00', resolved: '2026-11-10T08:00', expected: '2026-11-08T00:00' }), // T3, late
  ticket(BUS, 'web', '2026-11-09T08:00', { first: '2026-11-09T20:00' }), // T4
  ticket(BUS, 'web', '2026-11-10T08:00'), // T5
  ticket(ROADS, 'web', '2026-11-12T08:00'), // T6
];
const TRANSPORT_RATINGS: CountedRating[] = [
  { ministryId: 'transport', at: lc('2026-11-05T10:00'), rating: 5 },
  { ministryId: 'transport', at: lc('2026-11-11T10:00'), rating: 1 },
];

/** A seeded centre whose health (and transport) figures come from the tickets and ratings above, counted as the in-memory store counts. */
async function withFixtures(): Promise<Fixture> {
  const f = await makeCentre();
  f.storage.publicStatsCounts = async (filter) => countPublicStats([...TICKETS, ...TRANSPORT], [...RATINGS, ...TRANSPORT_RATINGS], filter);
  return f;
}

/** A ministry's services in catalogue order, with their names, as volumeByService lists them. */
const servicesOf = (ministryId: string) => seed.services.filter((s) => s.ministryId === ministryId).map((s) => ({ serviceId: s.id, ministryId, name: s.name }));

describe('public stats', () => {
  test('two weeks of figures, hand-computed: counts, within-target share, median first response, satisfaction, volumes, weeks', async () => {
    const f = await withFixtures();
    const stats = await f.centre.publicStats(f.health, { from: '2026-11-02', to: '2026-11-15' });
    assert.ok(safeParse(PublicStatsSchema, stats).success);
    assert.deepEqual(stats, {
      generatedAt: f.clock.now.toISOString(),
      ministryId: 'health',
      ministries: [{ id: 'health', name: { en: 'Ministry of Health and Wellness', fr: 'Ministère de la Santé et du Bien-être' } }],
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
      volumeByService: servicesOf('health').map((s) => ({ ...s, count: s.serviceId === CLINIC ? 6 : S })),
      volumeByChannel: [
        { channel: 'web', count: 7 },
        { channel: 'phone', count: S },
        { channel: 'email', count: S },
        { channel: 'walk_in', count: S },
        { channel: 'social', count: S },
      ],
      byMinistry: [{ ministryId: 'health', received: 9, resolved: 6, resolvedWithinTargetShare: 0.8333, medianFirstResponseHours: 3.5, satisfiedShare: 0.8571 }],
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
    const badMinistry = await problem(f.centre.publicStats(f.health, { ministry: 'Health Ministry' }), 400);
    assert.deepEqual(badMinistry.errors?.map((e) => e.field), ['ministry']);
  });

  test('a site key or a ministry’s secret key sees its own ministry by default; an all-ministries key sees every ministry', async () => {
    const f = await withFixtures();
    const period = { from: '2026-11-02', to: '2026-11-15' };
    assert.deepEqual(await f.centre.publicStats(f.healthAgent, period), await f.centre.publicStats(f.health, period));
    const transport = await f.centre.publicStats(f.transport, period);
    assert.equal(transport.ministryId, 'transport');
    assert.deepEqual(transport.period.timeZone, 'America/New_York');
    assert.equal(transport.received, 6);
    const admin = await f.centre.publicStats(f.admin, period);
    assert.equal(admin.ministryId, null);
    assert.deepEqual(admin.period, { ...period, timeZone: 'Europe/London' }, 'a key without a ministry counts on the first ministry’s calendar, by id (civil-registry)');
  });

  test('every ministry together, hand-computed: totals over both ministries, each ministry’s line suppressed on its own', async () => {
    const f = await withFixtures();
    const all = await f.centre.publicStats(f.health, { from: '2026-11-02', to: '2026-11-15', ministry: 'all' });
    assert.ok(safeParse(PublicStatsSchema, all).success);
    assert.equal(all.ministryId, null);
    assert.deepEqual(
      all.ministries.map((m) => [m.id, m.name.en]),
      [
        ['civil-registry', 'Civil Registry Office'],
        ['health', 'Ministry of Health and Wellness'],
        ['transport', 'Ministry of Transport'],
      ],
    );
    assert.deepEqual(all.period, { from: '2026-11-02', to: '2026-11-15', timeZone: 'America/St_Lucia' }, 'on the calendar of the key’s own ministry');
    // Health 9 + transport 6 received; resolved 6 + 3, of which 5 + 2 by their date.
    assert.equal(all.received, 15);
    assert.equal(all.resolved, 9);
    assert.equal(all.resolvedWithinTargetShare, 0.7778);
    // First responses 1, 2, 3, 4, 10, 30 h and 2, 6, 8, 12 h: the middle two of ten are 4 and 6.
    assert.equal(all.medianFirstResponseHours, 5);
    // Ratings 5 ×5, 4, 2 and 5, 1: nine, seven of them 4 or 5.
    assert.deepEqual(all.satisfaction, {
      responses: 9,
      satisfiedShare: 0.7778,
      distribution: [
        { rating: 1, count: S },
        { rating: 2, count: S },
        { rating: 3, count: S },
        { rating: 4, count: S },
        { rating: 5, count: 6 },
      ],
    });
    assert.deepEqual(all.volumeByChannel.slice(0, 2), [
      { channel: 'web', count: 12 },
      { channel: 'phone', count: S },
    ]);
    assert.deepEqual(
      all.volumeByService,
      [...servicesOf('civil-registry'), ...servicesOf('health'), ...servicesOf('transport')].map((s) => ({
        ...s,
        count: s.serviceId === CLINIC ? 6 : S,
      })),
      'every service of every ministry, ministry by ministry; bus 4 and roads 2 both under 5',
    );
    assert.deepEqual(all.byMinistry, [
      { ministryId: 'civil-registry', received: S, resolved: S, resolvedWithinTargetShare: S, medianFirstResponseHours: S, satisfiedShare: S },
      { ministryId: 'health', received: 9, resolved: 6, resolvedWithinTargetShare: 0.8333, medianFirstResponseHours: 3.5, satisfiedShare: 0.8571 },
      // 3 resolved, 4 first responses and 2 ratings: each under 5 on its own, though the totals above show.
      { ministryId: 'transport', received: 6, resolved: S, resolvedWithinTargetShare: S, medianFirstResponseHours: S, satisfiedShare: S },
    ]);
    // Week 45: health A–E and T1–T3 received, A, B, J and T1, T2 resolved; week 46: F–I and T4–T6, C, E, F and T3.
    assert.deepEqual(all.weekly, [
      { week: '2026-W45', start: '2026-11-02', received: 8, resolved: 5 },
      { week: '2026-W46', start: '2026-11-09', received: 7, resolved: S },
    ]);
    // The all-ministries key counts the same tickets on London's calendar (4 hours later than Saint Lucia's).
    const london = await f.centre.publicStats(f.admin, { from: '2026-11-02', to: '2026-11-15', ministry: 'all' });
    assert.equal(london.period.timeZone, 'Europe/London');
    // K (1 Nov, 23:50 in Saint Lucia) is 2 Nov, 03:50 in London: in; I (15 Nov, 23:00) is 16 Nov, 03:00: out.
    assert.equal(london.received, 15);
    assert.equal(london.byMinistry.find((m) => m.ministryId === 'health')?.received, 9);
    assert.deepEqual(london.weekly.map((w) => w.received), [8, 7], 'E (Sunday 23:30 in Saint Lucia) is in London’s week 46, K in its week 45');
  });

  test('any key may ask for another ministry’s figures by its id; an unknown ministry is a 404 that says what to ask for', async () => {
    const f = await withFixtures();
    const period = { from: '2026-11-02', to: '2026-11-15' };
    const asked = await f.centre.publicStats(f.transport, { ...period, ministry: 'health' });
    assert.deepEqual(asked, await f.centre.publicStats(f.health, period), 'the ministry’s own figures, on its own calendar');
    assert.deepEqual(await f.centre.publicStats(f.admin, { ...period, ministry: 'health' }), asked);
    const unknown = await problem(f.centre.publicStats(f.health, { ...period, ministry: 'fisheries' }), 404);
    assert.match(unknown.detail ?? '', /no ministry "fisheries".*"all"/);
  });

  test('over the real storage: five complaints filed and resolved today show, and four do not', async () => {
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

  test('an answer is kept a minute; a complaint filed through the centre shows at once, a write it did not see within the minute', async () => {
    const f = await makeCentre();
    for (let i = 0; i < 4; i++) await f.centre.createComplaint(f.health, clinicComplaint(), null);
    assert.deepEqual((await f.centre.publicStats(f.health, {})).received, S);
    await f.centre.createComplaint(f.health, clinicComplaint(), null);
    assert.equal((await f.centre.publicStats(f.health, {})).received, 5, 'the centre’s own write drops the answer');

    // Another process writing to the same database: this centre is not told.
    const copied = (await f.storage.listTickets({ ministryId: 'health', limit: 1 }))[0]!;
    await f.storage.transaction((tx) => tx.insertTicket({ ...copied, reference: 'MOH-0000-000Z' }, { at: copied.submittedAt, kind: 'created', status: 'received', note: null, entityId: copied.entityId }));
    assert.equal((await f.centre.publicStats(f.health, {})).received, 5, 'kept');
    f.advance(1);
    assert.equal((await f.centre.publicStats(f.health, {})).received, 6, 'a minute later, read again');
  });
});
