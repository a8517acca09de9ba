/**
 * A ministry's aggregate figures for anyone to see (`GET /v1/stats/public`, a site key is
 * enough): every count under 5, and every share or median over fewer than 5 items, is
 * suppressed so that no citizen can be singled out.
 *
 * @module
 */
import {
  CHANNELS,
  FIRST_DATE,
  PUBLIC_STATS_DEFAULT_DAYS,
  PUBLIC_STATS_MAX_DAYS,
  PUBLIC_STATS_MIN_COUNT,
  PublicStatsQuerySchema,
  type PublicStats,
  type Suppressed,
} from '@civic-contact/contract';
import { badRequest } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { addDaysToDate, instantToZoned, isoWeekdayOf, todayIn, zonedDateTimeToInstant } from '../timezone.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';

const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true as const });
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** A count, or suppressed under 5. */
function publicCount(count: number): number | Suppressed {
  return count < PUBLIC_STATS_MIN_COUNT ? SUPPRESSED : count;
}

/** The share of `part` in `of` items, or suppressed when fewer than 5 items were measured. */
function publicShare(part: number, of: number): number | Suppressed {
  return of < PUBLIC_STATS_MIN_COUNT ? SUPPRESSED : round(part / of, 4);
}

function publicMedian(values: number[]): number | Suppressed {
  if (values.length < PUBLIC_STATS_MIN_COUNT) return SUPPRESSED;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return round(Math.max(0, median), 2);
}

/** Days from `a` to `b` (calendar dates). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The Monday of `date`'s ISO week. */
function mondayOf(date: string): string {
  return addDaysToDate(date, 1 - isoWeekdayOf(date));
}

/** `2026-W49`: the ISO week whose Monday is `monday` (its year is its Thursday's). */
function isoWeekLabel(monday: string): string {
  const thursday = addDaysToDate(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export async function publicStats(centre: CentreContext, principal: Principal, query: QueryInput): Promise<PublicStats> {
  const q = parseQuery(PublicStatsQuerySchema, query);
  const ministry = await ministryOf(centre, principal);
  const timeZone = ministry.timeZone;
  const now = centre.now();
  const to = q.to ?? todayIn(timeZone, now);
  const weeksBefore = addDaysToDate(to, 1 - PUBLIC_STATS_DEFAULT_DAYS);
  const from = q.from ?? (weeksBefore < FIRST_DATE ? FIRST_DATE : weeksBefore);
  if (from > to) {
    throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
  }
  if (daysBetween(from, to) + 1 > PUBLIC_STATS_MAX_DAYS) {
    const message = `The period spans at most ${PUBLIC_STATS_MAX_DAYS} days.`;
    throw badRequest(message, [{ field: 'to', code: 'invalid_value', message }]);
  }
  const start = zonedDateTimeToInstant(from, '00:00', timeZone).toISOString();
  const before = zonedDateTimeToInstant(addDaysToDate(to, 1), '00:00', timeZone).toISOString();
  // No open backlog here: only the tickets submitted, answered or resolved in the period are read.
  const filter = { ministryId: ministry.id, from: start, before, openStatuses: [] };
  const [rows, ratings, services] = await Promise.all([
    centre.storage.ticketStatsRows(filter),
    centre.storage.satisfactionStatsRows(filter),
    centre.storage.listServices(ministry.id),
  ]);
  const inPeriod = (instant: string | null): instant is string => instant !== null && instant >= start && instant < before;
  const received = rows.filter((r) => inPeriod(r.submittedAt));
  const resolved = rows.filter((r) => inPeriod(r.resolvedAt));
  const withinTarget = resolved.filter((r) => r.resolvedAt! <= r.expectedResponseBy).length;
  const firstResponses = rows
    .filter((r) => inPeriod(r.firstResponseAt))
    .map((r) => (Date.parse(r.firstResponseAt!) - Date.parse(r.submittedAt)) / 3_600_000);

  const byService = new Map<string, number>(services.map((s) => [s.id, 0]));
  for (const r of received) byService.set(r.serviceId, (byService.get(r.serviceId) ?? 0) + 1);
  const byChannel = new Map<string, number>(CHANNELS.map((c) => [c, 0]));
  for (const r of received) byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + 1);

  // Each week meeting the period, by its Monday in the ministry's zone.
  const weeks = new Map<string, { received: number; resolved: number }>();
  for (let monday = mondayOf(from); monday <= to; monday = addDaysToDate(monday, 7)) weeks.set(monday, { received: 0, resolved: 0 });
  const weekOf = (instant: string) => weeks.get(mondayOf(instantToZoned(new Date(instant), timeZone).date))!;
  for (const r of received) weekOf(r.submittedAt).received++;
  for (const r of resolved) weekOf(r.resolvedAt!).resolved++;

  return {
    generatedAt: now.toISOString(),
    ministryId: ministry.id,
    period: { from, to, timeZone },
    minimumCount: PUBLIC_STATS_MIN_COUNT,
    received: publicCount(received.length),
    resolved: publicCount(resolved.length),
    resolvedWithinTargetShare: publicShare(withinTarget, resolved.length),
    medianFirstResponseHours: publicMedian(firstResponses),
    satisfaction: {
      responses: publicCount(ratings.length),
      satisfiedShare: publicShare(ratings.filter((r) => r.rating >= 4).length, ratings.length),
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: publicCount(ratings.filter((r) => r.rating === rating).length) })),
    },
    volumeByService: [...byService].map(([serviceId, count]) => ({ serviceId, count: publicCount(count) })),
    volumeByChannel: CHANNELS.map((channel) => ({ channel, count: publicCount(byChannel.get(channel) ?? 0) })),
    weekly: [...weeks].map(([start, week]) => ({
      week: isoWeekLabel(start),
      start,
      received: publicCount(week.received),
      resolved: publicCount(week.resolved),
    })),
  };
}
