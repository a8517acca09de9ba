/**
 * {@link StorageReads.publicStatsCounts} over records in memory: what the in-memory store
 * answers, and the reference the other stores' SQL is held to by the conformance suite.
 *
 * @module
 */
import type { Channel } from '@civic-contact/contract';
import type { FirstResponseMedian, PublicStatsCounts, PublicStatsFilter, StorageReads } from './storage.ts';

/** What of a ticket the counts read. */
export interface CountedTicket {
  ministryId: string;
  serviceId: string;
  channel: Channel;
  submittedAt: string;
  expectedResponseBy: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
}

/** What of a rating the counts read. */
export interface CountedRating {
  ministryId: string;
  rating: number;
  at: string;
}

function median(values: number[]): FirstResponseMedian {
  if (values.length === 0) return { count: 0, medianMs: null };
  const sorted = values.sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return { count: sorted.length, medianMs: sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2 };
}

/** Increments `key`'s count in `map`, starting from 0. */
function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The counts of {@link PublicStatsCounts} over `tickets` and `ratings`, for `filter`. */
export function countPublicStats(tickets: Iterable<CountedTicket>, ratings: Iterable<CountedRating>, filter: PublicStatsFilter): PublicStatsCounts {
  const inPeriod = (instant: string | null): instant is string => instant !== null && instant >= filter.from && instant < filter.before;
  const inScope = (ministryId: string) => filter.ministryId === null || ministryId === filter.ministryId;
  /** The interval an instant of the period falls in: the number of splits at or before it. */
  const interval = (instant: string) => {
    let i = 0;
    while (i < filter.splits.length && filter.splits[i]! <= instant) i++;
    return i;
  };
  const byService = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const resolved = new Map<string, { ministryId: string; count: number; withinTarget: number }>();
  const intervals = Array.from({ length: filter.splits.length + 1 }, () => ({ received: 0, resolved: 0 }));
  const firstResponses = new Map<string, number[]>();
  for (const t of tickets) {
    if (!inScope(t.ministryId)) continue;
    if (inPeriod(t.submittedAt)) {
      bump(byService, `${t.ministryId}\u0000${t.serviceId}`);
      bump(byChannel, `${t.ministryId}\u0000${t.channel}`);
      intervals[interval(t.submittedAt)]!.received++;
    }
    if (inPeriod(t.resolvedAt)) {
      const entry = resolved.get(t.ministryId) ?? { ministryId: t.ministryId, count: 0, withinTarget: 0 };
      entry.count++;
      if (t.resolvedAt <= t.expectedResponseBy) entry.withinTarget++;
      resolved.set(t.ministryId, entry);
      intervals[interval(t.resolvedAt)]!.resolved++;
    }
    if (inPeriod(t.firstResponseAt)) {
      const waits = firstResponses.get(t.ministryId) ?? [];
      waits.push(Date.parse(t.firstResponseAt) - Date.parse(t.submittedAt));
      firstResponses.set(t.ministryId, waits);
    }
  }
  const rated = new Map<string, number>();
  for (const r of ratings) {
    if (inScope(r.ministryId) && inPeriod(r.at)) bump(rated, `${r.ministryId}\u0000${r.rating}`);
  }
  const split = (key: string) => key.split('\u0000') as [string, string];
  return {
    receivedByService: [...byService].map(([key, count]) => {
      const [ministryId, serviceId] = split(key);
      return { ministryId, serviceId, count };
    }),
    receivedByChannel: [...byChannel].map(([key, count]) => {
      const [ministryId, channel] = split(key);
      return { ministryId, channel: channel as Channel, count };
    }),
    resolved: [...resolved.values()],
    ratings: [...rated].map(([key, count]) => {
      const [ministryId, rating] = split(key);
      return { ministryId, rating: Number(rating), count };
    }),
    intervals,
    firstResponses: {
      overall: median([...firstResponses.values()].flat()),
      byMinistry: [...firstResponses].map(([ministryId, values]) => ({ ministryId, ...median(values) })),
    },
  };
}
