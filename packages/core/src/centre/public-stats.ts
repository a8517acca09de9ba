/**
 * The aggregate figures of a ministry, or of every ministry together, for anyone to see
 * (`GET /v1/stats/public`, a site key is enough): every count under 5, and every share or
 * median over fewer than 5 items, is suppressed so that no citizen can be singled out. The
 * store hands over counts, never rows (`publicStatsCounts`); answers are kept a short while
 * (`public-stats-cache.ts`).
 *
 * @module
 */
import {
  ALL_MINISTRIES,
  CHANNELS,
  FIRST_DATE,
  PUBLIC_STATS_DEFAULT_DAYS,
  PUBLIC_STATS_MAX_DAYS,
  PUBLIC_STATS_MIN_COUNT,
  PublicStatsQuerySchema,
  type Ministry,
  type PublicStats,
  type Suppressed,
} from '@civic-contact/contract';
import { badRequest, notFound, unauthorized } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import type { FirstResponseMedian } from '../storage.ts';
import { addDaysToDate, isoWeekdayOf, todayIn, zonedDateTimeToInstant } from '../timezone.ts';
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

/** The median wait in hours, or suppressed when fewer than 5 were measured. */
function publicMedianHours({ count, medianMs }: FirstResponseMedian): number | Suppressed {
  if (count < PUBLIC_STATS_MIN_COUNT || medianMs === null) return SUPPRESSED;
  return round(Math.max(0, medianMs / 3_600_000), 2);
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

/** Whose figures: the ministries covered (by id for every ministry), and the calendar they are counted on. */
interface Scope {
  /** `null`: every ministry. */
  ministryId: string | null;
  ministries: Ministry[];
  timeZone: string;
}

/**
 * `ministry` omitted: the key's own ministry, or every ministry for a key without one; a
 * ministry's id: that ministry (its figures are public: any key may ask); `all`: every ministry,
 * on the calendar of the key's ministry (of the first by id for a key without one), so that a
 * central government page counts its days as its own ministry does.
 */
async function scopeOf(centre: CentreContext, principal: Principal, ministry: string | undefined): Promise<Scope> {
  const wanted = ministry ?? principal.ministryId ?? ALL_MINISTRIES;
  if (wanted !== ALL_MINISTRIES) {
    const one = await centre.storage.getMinistry(wanted);
    if (!one && ministry === undefined) throw unauthorized('The ministry of this key no longer exists.');
    if (!one) {
      throw notFound(`There is no ministry "${wanted}" in this contact centre: ask for a ministry by its id, or for "${ALL_MINISTRIES}" of them together.`);
    }
    return { ministryId: one.id, ministries: [one], timeZone: one.timeZone };
  }
  const ministries = [...(await centre.storage.listMinistries())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const own = ministries.find((m) => m.id === principal.ministryId) ?? ministries[0];
  return { ministryId: null, ministries, timeZone: own?.timeZone ?? 'UTC' };
}

export async function publicStats(centre: CentreContext, principal: Principal, query: QueryInput): Promise<PublicStats> {
  const q = parseQuery(PublicStatsQuerySchema, query);
  const scope = await scopeOf(centre, principal, q.ministry);
  const { timeZone } = scope;
  const to = q.to ?? todayIn(timeZone, centre.now());
  const weeksBefore = addDaysToDate(to, 1 - PUBLIC_STATS_DEFAULT_DAYS);
  const from = q.from ?? (weeksBefore < FIRST_DATE ? FIRST_DATE : weeksBefore);
  if (from > to) {
    throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
  }
  if (daysBetween(from, to) + 1 > PUBLIC_STATS_MAX_DAYS) {
    const message = `The period spans at most ${PUBLIC_STATS_MAX_DAYS} days.`;
    throw badRequest(message, [{ field: 'to', code: 'invalid_value', message }]);
  }
  const before = zonedDateTimeToInstant(addDaysToDate(to, 1), '00:00', timeZone).toISOString();
  const key = `${scope.ministryId ?? ALL_MINISTRIES} ${timeZone} ${from} ${to}`;
  return centre.publicStatsCache.answer(key, before, () => compute(centre, scope, from, to, before));
}

async function compute(centre: CentreContext, scope: Scope, from: string, to: string, before: string): Promise<PublicStats> {
  const { timeZone } = scope;
  const start = zonedDateTimeToInstant(from, '00:00', timeZone).toISOString();
  // Each ISO week meeting the period, by its Monday in the zone; the store counts per week
  // between the instants its Mondays begin.
  const mondays: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDaysToDate(monday, 7)) mondays.push(monday);
  const splits = mondays.slice(1).map((monday) => zonedDateTimeToInstant(monday, '00:00', timeZone).toISOString());
  const [counts, catalogues] = await Promise.all([
    centre.storage.publicStatsCounts({ ministryId: scope.ministryId, from: start, before, splits }),
    Promise.all(scope.ministries.map((m) => centre.storage.listServices(m.id))),
  ]);

  const sum = <T>(items: T[], count: (item: T) => number) => items.reduce((total, item) => total + count(item), 0);
  const ofMinistry = <T extends { ministryId: string }>(items: T[], id: string) => items.filter((item) => item.ministryId === id);
  const received = sum(counts.receivedByService, (r) => r.count);
  const resolved = sum(counts.resolved, (r) => r.count);
  const withinTarget = sum(counts.resolved, (r) => r.withinTarget);
  const ratings = sum(counts.ratings, (r) => r.count);
  const satisfied = sum(counts.ratings.filter((r) => r.rating >= 4), (r) => r.count);

  // Every service of the ministries covered, in catalogue order, then any that counted but is no longer listed.
  const volume = new Map<string, { serviceId: string; ministryId: string; name: Record<string, string>; count: number }>();
  scope.ministries.forEach((ministry, i) => {
    for (const service of catalogues[i]!) volume.set(service.id, { serviceId: service.id, ministryId: ministry.id, name: service.name, count: 0 });
  });
  for (const r of counts.receivedByService) {
    const entry = volume.get(r.serviceId) ?? { serviceId: r.serviceId, ministryId: r.ministryId, name: { en: r.serviceId }, count: 0 };
    entry.count += r.count;
    volume.set(r.serviceId, entry);
  }

  return {
    generatedAt: centre.now().toISOString(),
    ministryId: scope.ministryId,
    ministries: scope.ministries.map((m) => ({ id: m.id, name: m.name })),
    period: { from, to, timeZone },
    minimumCount: PUBLIC_STATS_MIN_COUNT,
    received: publicCount(received),
    resolved: publicCount(resolved),
    resolvedWithinTargetShare: publicShare(withinTarget, resolved),
    medianFirstResponseHours: publicMedianHours(counts.firstResponses.overall),
    satisfaction: {
      responses: publicCount(ratings),
      satisfiedShare: publicShare(satisfied, ratings),
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: publicCount(sum(counts.ratings.filter((r) => r.rating === rating), (r) => r.count)) })),
    },
    volumeByService: [...volume.values()].map((entry) => ({ ...entry, count: publicCount(entry.count) })),
    volumeByChannel: CHANNELS.map((channel) => ({ channel, count: publicCount(sum(counts.receivedByChannel.filter((r) => r.channel === channel), (r) => r.count)) })),
    byMinistry: scope.ministries.map((m) => {
      const mResolved = ofMinistry(counts.resolved, m.id);
      const mRatings = ofMinistry(counts.ratings, m.id);
      const mRatingCount = sum(mRatings, (r) => r.count);
      return {
        ministryId: m.id,
        received: publicCount(sum(ofMinistry(counts.receivedByService, m.id), (r) => r.count)),
        resolved: publicCount(sum(mResolved, (r) => r.count)),
        resolvedWithinTargetShare: publicShare(sum(mResolved, (r) => r.withinTarget), sum(mResolved, (r) => r.count)),
        medianFirstResponseHours: publicMedianHours(counts.firstResponses.byMinistry.find((f) => f.ministryId === m.id) ?? { count: 0, medianMs: null }),
        satisfiedShare: publicShare(sum(mRatings.filter((r) => r.rating >= 4), (r) => r.count), mRatingCount),
      };
    }),
    weekly: mondays.map((monday, i) => ({
      week: isoWeekLabel(monday),
      start: monday,
      received: publicCount(counts.intervals[i]!.received),
      resolved: publicCount(counts.intervals[i]!.resolved),
    })),
  };
}
