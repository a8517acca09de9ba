/**
 * The KPIs of a public service dashboard, over a period of calendar days.
 *
 * @module
 */
import { CHANNELS, FIRST_DATE, OPEN_TICKET_STATUSES, StatsQuerySchema, type Channel, type Kpis, type Ministry, type Stats } from '@civic-contact/contract';
import { badRequest, forbidden } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { addDaysToDate, todayIn, zonedDateTimeToInstant } from '../timezone.ts';
import { requireSecret } from './access.ts';
import type { CentreContext } from './context.ts';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export async function stats(centre: CentreContext, principal: Principal, query: QueryInput): Promise<Stats> {
  requireSecret(principal);
  const q = parseQuery(StatsQuerySchema, query);
  if (principal.ministryId !== null && q.ministry !== undefined && q.ministry !== principal.ministryId) {
    throw forbidden('A ministry key sees only its own ministry’s figures.');
  }
  const scope = principal.ministryId ?? q.ministry ?? null;
  const ministries = scope === null ? await centre.storage.listMinistries() : [await centre.storage.getMinistry(scope)];
  if (ministries.some((m) => m === undefined)) {
    throw badRequest('There is no such ministry.', [{ field: 'ministry', code: 'invalid_choice', message: 'There is no such ministry.' }]);
  }
  const scoped = ministries as Ministry[];
  const now = centre.now();
  const timeZone = scope === null ? 'UTC' : scoped[0]!.timeZone;
  const to = q.to ?? todayIn(timeZone, now);
  // The 30 days up to a `to` early in 1900 start on the contract's first date, which the answer can say.
  const monthBefore = addDaysToDate(to, -29);
  const from = q.from ?? (monthBefore < FIRST_DATE ? FIRST_DATE : monthBefore);
  if (from > to) {
    throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
  }
  const start = zonedDateTimeToInstant(from, '00:00', timeZone).toISOString();
  const before = zonedDateTimeToInstant(addDaysToDate(to, 1), '00:00', timeZone).toISOString();
  const filter = { ministryId: scope, from: start, before, openStatuses: OPEN_TICKET_STATUSES };
  const [rows, ratings] = await Promise.all([centre.storage.ticketStatsRows(filter), centre.storage.satisfactionStatsRows(filter)]);
  const inPeriod = (instant: string | null) => instant !== null && instant >= start && instant < before;
  const submitted = rows.filter((r) => inPeriod(r.submittedAt));

  const kpis = (subset: typeof rows, rated: typeof ratings): Kpis => {
    const resolved = subset.filter((r) => inPeriod(r.resolvedAt));
    const withinTarget = resolved.filter((r) => r.resolvedAt! <= r.expectedResponseBy).length;
    const firstResponses = subset
      .filter((r) => inPeriod(r.firstResponseAt))
      .map((r) => (Date.parse(r.firstResponseAt!) - Date.parse(r.submittedAt)) / 3_600_000);
    const medianHours = median(firstResponses);
    return {
      received: subset.filter((r) => inPeriod(r.submittedAt)).length,
      resolved: resolved.length,
      openBacklog: subset.filter((r) => OPEN_TICKET_STATUSES.includes(r.status)).length,
      medianFirstResponseHours: medianHours === null ? null : round(Math.max(0, medianHours), 2),
      resolvedWithinTargetShare: resolved.length === 0 ? null : round(withinTarget / resolved.length, 4),
      satisfaction: {
        responses: rated.length,
        averageRating: rated.length === 0 ? null : round(rated.reduce((sum, r) => sum + r.rating, 0) / rated.length, 2),
        satisfiedShare: rated.length === 0 ? null : round(rated.filter((r) => r.rating >= 4).length / rated.length, 4),
      },
    };
  };

  const volume = new Map<string, { serviceId: string; ministryId: string; count: number }>();
  for (const ministry of scoped) {
    for (const service of await centre.storage.listServices(ministry.id)) {
      volume.set(`${ministry.id}/${service.id}`, { serviceId: service.id, ministryId: ministry.id, count: 0 });
    }
  }
  for (const row of submitted) {
    const key = `${row.ministryId}/${row.serviceId}`;
    const entry = volume.get(key) ?? { serviceId: row.serviceId, ministryId: row.ministryId, count: 0 };
    entry.count++;
    volume.set(key, entry);
  }
  const byChannel = new Map<Channel, number>(CHANNELS.map((c) => [c, 0]));
  for (const row of submitted) byChannel.set(row.channel, (byChannel.get(row.channel) ?? 0) + 1);

  return {
    generatedAt: now.toISOString(),
    period: { from, to },
    ministryId: scope,
    overall: kpis(rows, ratings),
    volumeByService: [...volume.values()].sort(
      (a, b) => b.count - a.count || a.ministryId.localeCompare(b.ministryId) || a.serviceId.localeCompare(b.serviceId),
    ),
    volumeByChannel: [...byChannel].map(([channel, count]) => ({ channel, count })),
    byMinistry: scoped.map((m) => ({
      ministryId: m.id,
      kpis: kpis(
        rows.filter((r) => r.ministryId === m.id),
        ratings.filter((r) => r.ministryId === m.id),
      ),
    })),
  };
}
