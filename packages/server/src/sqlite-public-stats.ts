/**
 * {@link StorageReads.publicStatsCounts} in SQL, never a row per ticket.
 *
 * One ministry: each figure is a GROUP BY or a COUNT over a covering index (migration 4) —
 * a ministry's year is some 25,000 index entries. Every ministry: a year is a million, so the
 * whole UTC days of the period are summed from the daily counts the triggers of migration 5
 * keep (`public_daily`), and only the hours at each end of the period, and around each week's
 * start in the caller's zone, are counted from the tickets themselves: exact in any zone.
 * Medians are read at their rank along an index of the waits rather than sorted.
 *
 * @module
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Channel } from '@civic-contact/contract';
import type { FirstResponseMedian, PublicStatsCounts, PublicStatsFilter } from '@civic-contact/core';
import { FIRST_RESPONSE_WAIT_MS, WAIT_BANDS_HOURS, waitBandSql } from './migrations.ts';

type Row = Record<string, unknown>;
type Counts = Omit<PublicStatsCounts, 'intervals' | 'firstResponses'> & {
  answered: { ministryId: string; count: number }[];
  /** First responses per ministry and band of wait (every ministry only). */
  waits: { ministryId: string; band: number; count: number }[];
};

/** `AND ministry_id = :ministryId` for one ministry, nothing for every ministry. */
const scoped = (one: boolean) => (one ? 'AND ministry_id = :ministryId' : '');

/**
 * The statements that count from the tickets and ratings themselves: for one ministry along
 * its covering indexes (grouped in index order, no sort); for every ministry, which counts so
 * only the hours at a period's edges, along the indexes by time.
 */
function prepareCounts(db: DatabaseSync, one: boolean) {
  const ministry = scoped(one);
  const by = (index: string, forAll: string) => `INDEXED BY ${one ? index : forAll}`;
  return {
    received: db.prepare(
      `SELECT ministry_id, service_id, channel, COUNT(*) AS count FROM tickets ${by('tickets_public_received', 'tickets_public_submitted')}
       WHERE submitted_at >= :from AND submitted_at < :before ${ministry} GROUP BY ministry_id, service_id, channel`,
    ),
    resolved: db.prepare(
      `SELECT ministry_id, COUNT(*) AS count, SUM(resolved_at <= expected_response_by) AS within_target
       FROM tickets ${by('tickets_public_resolved', 'tickets_by_resolved')}
       WHERE resolved_at IS NOT NULL AND resolved_at >= :from AND resolved_at < :before ${ministry} GROUP BY ministry_id`,
    ),
    ratings: db.prepare(
      `SELECT ministry_id, rating, COUNT(*) AS count FROM satisfaction ${by('satisfaction_public', 'satisfaction_by_at')}
       WHERE at >= :from AND at < :before ${ministry} GROUP BY ministry_id, rating`,
    ),
    answered: db.prepare(
      `SELECT ministry_id, COUNT(*) AS count FROM tickets ${by('tickets_public_first_response', 'tickets_by_first_response')}
       WHERE first_response_at IS NOT NULL AND first_response_at >= :from AND first_response_at < :before ${ministry} GROUP BY ministry_id`,
    ),
    // One range count per interval, on the ticket indexes by submission and by resolution.
    intervals: db.prepare(
      `SELECT (SELECT COUNT(*) FROM tickets WHERE submitted_at >= i.value ->> 0 AND submitted_at < i.value ->> 1 ${ministry}) AS received,
              (SELECT COUNT(*) FROM tickets WHERE resolved_at >= i.value ->> 0 AND resolved_at < i.value ->> 1 ${ministry}) AS resolved
       FROM json_each(:intervals) AS i ORDER BY i.key`,
    ),
    answeredByBand: db.prepare(
      `SELECT ministry_id, ${waitBandSql('wait')} AS band, COUNT(*) AS count FROM (
         SELECT ministry_id, ${FIRST_RESPONSE_WAIT_MS} AS wait FROM tickets ${by('tickets_public_first_response', 'tickets_by_first_response')}
         WHERE first_response_at IS NOT NULL AND first_response_at >= :from AND first_response_at < :before ${ministry})
       GROUP BY ministry_id, band`,
    ),
    // The wait of a given rank among those of a band, along the index of the waits in order.
    waitInBand: db.prepare(
      `SELECT ${FIRST_RESPONSE_WAIT_MS} AS wait FROM tickets INDEXED BY ${one ? 'tickets_public_wait' : 'tickets_public_wait_all'}
       WHERE ${FIRST_RESPONSE_WAIT_MS} >= :lowest AND ${FIRST_RESPONSE_WAIT_MS} < :above
         AND first_response_at IS NOT NULL AND first_response_at >= :from AND first_response_at < :before ${ministry}
       ORDER BY ${FIRST_RESPONSE_WAIT_MS} LIMIT 1 OFFSET :skip`,
    ),
    // The middle wait (or two) of the period: the index holds the waits in order, so SQLite
    // steps over the first half of them instead of sorting them all.
    middleWaits: db.prepare(
      `SELECT ${FIRST_RESPONSE_WAIT_MS} AS wait FROM tickets INDEXED BY ${one ? 'tickets_public_wait' : 'tickets_public_wait_all'}
       WHERE first_response_at IS NOT NULL AND first_response_at >= :from AND first_response_at < :before ${ministry}
       ORDER BY ${FIRST_RESPONSE_WAIT_MS} LIMIT :take OFFSET :skip`,
    ),
  };
}

/** The statements of {@link publicStatsCounts} on one connection, prepared once. */
export function preparePublicStats(db: DatabaseSync) {
  return {
    one: prepareCounts(db, true),
    all: prepareCounts(db, false),
    // Every ministry's counts over whole UTC days [fromDay, beforeDay), per figure.
    dailyTotals: db.prepare(
      `SELECT ministry_id, figure, SUM(count) AS count FROM public_daily INDEXED BY public_daily_by_day
       WHERE day >= :fromDay AND day < :beforeDay GROUP BY ministry_id, figure`,
    ),
    // The same over whole UTC months [fromMonth, beforeMonth): the table is small (a row per
    // ministry, figure and month), and read in its own order it needs no sort (+month: no seeks).
    monthlyTotals: db.prepare(
      `SELECT ministry_id, figure, SUM(count) AS count FROM public_monthly
       WHERE +month >= :fromMonth AND +month < :beforeMonth GROUP BY ministry_id, figure`,
    ),
    // Every ministry's tickets received and resolved on each of those days, for the weekly trend.
    dailySeries: db.prepare(
      `SELECT figure, day, SUM(count) AS count FROM public_daily INDEXED BY public_daily_by_figure
       WHERE figure IN ('received', 'resolved') AND day >= :fromDay AND day < :beforeDay GROUP BY figure, day`,
    ),
  };
}
export type PublicStatsStatements = ReturnType<typeof preparePublicStats>;
type CountStatements = ReturnType<typeof prepareCounts>;

/** The median of `count` waits, read at its rank by `middleWaits`. */
function median(middleWaits: StatementSync, params: Record<string, string>, count: number): FirstResponseMedian {
  if (count === 0) return { count, medianMs: null };
  const middle = middleWaits.all({ ...params, take: 2 - (count % 2), skip: Math.floor((count - 1) / 2) }).map((r) => Number(r.wait));
  return { count, medianMs: middle.reduce((a, b) => a + b, 0) / middle.length };
}

/** `items` with those of the same key made one, their counts (and `more`) added up. */
function combine<T extends { count: number }>(items: T[], key: (item: T) => string, more?: (into: T, item: T) => void): T[] {
  const combined = new Map<string, T>();
  for (const item of items) {
    const into = combined.get(key(item));
    if (into === undefined) {
      combined.set(key(item), { ...item });
    } else {
      into.count += item.count;
      more?.(into, item);
    }
  }
  return [...combined.values()];
}

const byService = (r: { ministryId: string; serviceId: string }) => `${r.ministryId}\u0000${r.serviceId}`;
const byChannel = (r: { ministryId: string; channel: string }) => `${r.ministryId}\u0000${r.channel}`;

/** The counts of `[from, before)` straight from the tickets and ratings (with the bands of the waits when `bands`). */
function countDirectly(s: CountStatements, params: Record<string, string>, bands = false): Counts {
  const received = s.received.all(params);
  return {
    receivedByService: combine(
      received.map((r: Row) => ({ ministryId: r.ministry_id as string, serviceId: r.service_id as string, count: Number(r.count) })),
      byService,
    ),
    receivedByChannel: combine(
      received.map((r: Row) => ({ ministryId: r.ministry_id as string, channel: r.channel as Channel, count: Number(r.count) })),
      byChannel,
    ),
    resolved: s.resolved.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, count: Number(r.count), withinTarget: Number(r.within_target) })),
    ratings: s.ratings.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, rating: Number(r.rating), count: Number(r.count) })),
    answered: s.answered.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, count: Number(r.count) })),
    waits: bands ? s.answeredByBand.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, band: Number(r.band), count: Number(r.count) })) : [],
  };
}

/** The first day of the month after `day`'s (`2026-12-01` for `2026-11-20`). */
const nextMonthStart = (day: string) => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * The counts of the whole UTC days `[fromDay, beforeDay)`: their whole months from
 * `public_monthly`, the days of the months at their ends from `public_daily`.
 */
function countDays(statements: PublicStatsStatements, fromDay: string, beforeDay: string): Counts {
  const firstMonth = fromDay.endsWith('-01') ? fromDay : nextMonthStart(fromDay);
  const lastMonth = beforeDay.slice(0, 8) + '01';
  if (firstMonth >= lastMonth) return countRows(statements.dailyTotals.all({ fromDay, beforeDay }));
  return countRows([
    ...statements.monthlyTotals.all({ fromMonth: firstMonth.slice(0, 7), beforeMonth: lastMonth.slice(0, 7) }),
    ...(fromDay < firstMonth ? statements.dailyTotals.all({ fromDay, beforeDay: firstMonth }) : []),
    ...(lastMonth < beforeDay ? statements.dailyTotals.all({ fromDay: lastMonth, beforeDay }) : []),
  ]);
}

/** Rows of (ministry, figure, count) from the daily or monthly counts, in the shape of {@link countDirectly}. */
function countRows(rows: Row[]): Counts {
  const counts: Counts = { receivedByService: [], receivedByChannel: [], resolved: [], ratings: [], answered: [], waits: [] };
  const resolved = new Map<string, { ministryId: string; count: number; withinTarget: number }>();
  const resolvedOf = (ministryId: string) => resolved.get(ministryId) ?? resolved.set(ministryId, { ministryId, count: 0, withinTarget: 0 }).get(ministryId)!;
  for (const r of rows) {
    const ministryId = r.ministry_id as string;
    const figure = r.figure as string;
    const count = Number(r.count);
    if (count === 0) continue;
    const colon = figure.indexOf(':');
    const kind = colon < 0 ? figure : figure.slice(0, colon);
    const value = figure.slice(colon + 1);
    if (kind === 'service') counts.receivedByService.push({ ministryId, serviceId: value, count });
    else if (kind === 'channel') counts.receivedByChannel.push({ ministryId, channel: value as Channel, count });
    else if (kind === 'rating') counts.ratings.push({ ministryId, rating: Number(value), count });
    else if (kind === 'wait') counts.waits.push({ ministryId, band: Number(value), count });
    else if (figure === 'resolved') resolvedOf(ministryId).count += count;
    else if (figure === 'within') resolvedOf(ministryId).withinTarget += count;
    else if (figure === 'answered') counts.answered.push({ ministryId, count });
  }
  counts.resolved = [...resolved.values()];
  // The same ministry and figure may come from a month and from days: one entry each.
  return add(counts, { receivedByService: [], receivedByChannel: [], resolved: [], ratings: [], answered: [], waits: [] });
}

/** `a` and `b` added up, entry by entry. */
function add(a: Counts, b: Counts): Counts {
  return {
    receivedByService: combine([...a.receivedByService, ...b.receivedByService], byService),
    receivedByChannel: combine([...a.receivedByChannel, ...b.receivedByChannel], byChannel),
    resolved: combine([...a.resolved, ...b.resolved], (r) => r.ministryId, (into, r) => (into.withinTarget += r.withinTarget)),
    ratings: combine([...a.ratings, ...b.ratings], (r) => `${r.ministryId}\u0000${r.rating}`),
    answered: combine([...a.answered, ...b.answered], (r) => r.ministryId),
    waits: combine([...a.waits, ...b.waits], (r) => `${r.ministryId}\u0000${r.band}`),
  };
}

const DAY_MS = 86_400_000;
/** The UTC day an instant falls on. */
const dayOf = (instant: string) => instant.slice(0, 10);
/** The instant a UTC day starts. */
const startOf = (day: string) => `${day}T00:00:00.000Z`;
const nextDay = (day: string) => new Date(Date.parse(startOf(day)) + DAY_MS).toISOString().slice(0, 10);
/** The whole UTC days in `[from, before)`, as `[fromDay, beforeDay)`; empty when `fromDay >= beforeDay`. */
const wholeDays = (from: string, before: string) => ({ fromDay: startOf(dayOf(from)) === from ? dayOf(from) : nextDay(dayOf(from)), beforeDay: dayOf(before) });

/** Every ministry: whole days from `public_daily`, the hours around them from the tickets. */
function countAll(statements: PublicStatsStatements, filter: PublicStatsFilter): { counts: Counts; intervals: PublicStatsCounts['intervals'] } {
  const direct = statements.all;
  const { fromDay, beforeDay } = wholeDays(filter.from, filter.before);
  const bounds = [filter.from, ...filter.splits, filter.before];
  const intervals = bounds.slice(1).map((end, i) => [bounds[i]!, end] as const);
  if (fromDay >= beforeDay) {
    return {
      counts: countDirectly(direct, { from: filter.from, before: filter.before }, true),
      intervals: direct.intervals.all({ intervals: JSON.stringify(intervals) }).map((r: Row) => ({ received: Number(r.received), resolved: Number(r.resolved) })),
    };
  }
  let counts = countDays(statements, fromDay, beforeDay);
  if (filter.from < startOf(fromDay)) counts = add(counts, countDirectly(direct, { from: filter.from, before: startOf(fromDay) }, true));
  if (startOf(beforeDay) < filter.before) counts = add(counts, countDirectly(direct, { from: startOf(beforeDay), before: filter.before }, true));

  // Each interval: its whole days from the daily series, its ragged ends counted in one query.
  const series = new Map<string, { received: number; resolved: number }>();
  for (const r of statements.dailySeries.all({ fromDay, beforeDay })) {
    const day = series.get(r.day as string) ?? { received: 0, resolved: 0 };
    day[r.figure as 'received' | 'resolved'] += Number(r.count);
    series.set(r.day as string, day);
  }
  const totals = intervals.map(() => ({ received: 0, resolved: 0 }));
  const pieces: { interval: number; range: readonly [string, string] }[] = [];
  intervals.forEach(([start, end], i) => {
    const days = wholeDays(start, end);
    if (days.fromDay >= days.beforeDay) {
      pieces.push({ interval: i, range: [start, end] });
      return;
    }
    for (let day = days.fromDay; day < days.beforeDay; day = nextDay(day)) {
      totals[i]!.received += series.get(day)?.received ?? 0;
      totals[i]!.resolved += series.get(day)?.resolved ?? 0;
    }
    if (start < startOf(days.fromDay)) pieces.push({ interval: i, range: [start, startOf(days.fromDay)] });
    if (startOf(days.beforeDay) < end) pieces.push({ interval: i, range: [startOf(days.beforeDay), end] });
  });
  if (pieces.length > 0) {
    direct.intervals.all({ intervals: JSON.stringify(pieces.map((p) => p.range)) }).forEach((r: Row, k) => {
      totals[pieces[k]!.interval]!.received += Number(r.received);
      totals[pieces[k]!.interval]!.resolved += Number(r.resolved);
    });
  }
  return { counts, intervals: totals };
}

/** Where each band of waits starts and ends, in milliseconds (the last one ends beyond any wait). */
const BAND_BOUNDS = WAIT_BANDS_HOURS.map((hours, band) => [hours * 3_600_000, (WAIT_BANDS_HOURS[band + 1] ?? 1e9) * 3_600_000] as const);

/**
 * The median of the waits counted per band in `bands`: the band holding each middle rank is
 * found in the counts, and the wait of that rank within its band read along the index.
 */
function medianByBands(waitInBand: StatementSync, params: Record<string, string>, bands: Map<number, number>): FirstResponseMedian {
  const count = [...bands.values()].reduce((a, b) => a + b, 0);
  if (count === 0) return { count, medianMs: null };
  const ranks = count % 2 === 1 ? [(count - 1) / 2] : [count / 2 - 1, count / 2];
  const values = ranks.map((rank) => {
    let band = 0;
    let skip = rank;
    while (skip >= (bands.get(band) ?? 0)) skip -= bands.get(band++) ?? 0;
    const [lowest, above] = BAND_BOUNDS[band]!;
    return Number(waitInBand.get({ ...params, lowest, above, skip })!.wait);
  });
  return { count, medianMs: values.reduce((a, b) => a + b, 0) / values.length };
}

export function publicStatsCounts(statements: PublicStatsStatements, filter: PublicStatsFilter): PublicStatsCounts {
  const params: Record<string, string> = { from: filter.from, before: filter.before };
  let counts: Counts;
  let intervals: PublicStatsCounts['intervals'];
  if (filter.ministryId === null) {
    ({ counts, intervals } = countAll(statements, filter));
  } else {
    params.ministryId = filter.ministryId;
    counts = countDirectly(statements.one, params);
    const bounds = [filter.from, ...filter.splits, filter.before];
    intervals = statements.one.intervals
      .all({ intervals: JSON.stringify(bounds.slice(1).map((end, i) => [bounds[i], end])), ministryId: filter.ministryId })
      .map((r: Row) => ({ received: Number(r.received), resolved: Number(r.resolved) }));
  }
  const { answered, waits, ...rest } = counts;
  let byMinistry: PublicStatsCounts['firstResponses']['byMinistry'];
  let overall: FirstResponseMedian;
  if (filter.ministryId === null) {
    // Every ministry: each median found in the counts by band, then read inside its band.
    const bandsOf = new Map<string, Map<number, number>>();
    const all = new Map<number, number>();
    for (const { ministryId, band, count } of waits) {
      const bands = bandsOf.get(ministryId) ?? bandsOf.set(ministryId, new Map()).get(ministryId)!;
      bands.set(band, (bands.get(band) ?? 0) + count);
      all.set(band, (all.get(band) ?? 0) + count);
    }
    byMinistry = [...bandsOf]
      .map(([ministryId, bands]) => ({ ministryId, ...medianByBands(statements.one.waitInBand, { ...params, ministryId }, bands) }))
      .filter(({ count }) => count > 0);
    overall = medianByBands(statements.all.waitInBand, params, all);
  } else {
    // One ministry: its first half of waits is short enough to step over.
    byMinistry = answered
      .filter(({ count }) => count > 0)
      .map(({ ministryId, count }) => ({ ministryId, ...median(statements.one.middleWaits, { ...params, ministryId }, count) }));
    overall = byMinistry[0] ?? { count: 0, medianMs: null };
  }
  return {
    ...rest,
    intervals,
    firstResponses: { overall: { count: overall.count, medianMs: overall.medianMs }, byMinistry },
  };
}
