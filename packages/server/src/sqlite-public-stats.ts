/**
 * {@link StorageReads.publicStatsCounts} in SQL: every figure is a GROUP BY or a COUNT over a
 * covering index (migration 4), so SQLite hands back a few hundred small rows, never a row per
 * ticket, and the medians are read at their rank along an index of the waits rather than sorted.
 *
 * @module
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Channel } from '@civic-contact/contract';
import type { FirstResponseMedian, PublicStatsCounts, PublicStatsFilter } from '@civic-contact/core';
import { FIRST_RESPONSE_WAIT_MS } from './migrations.ts';

type Row = Record<string, unknown>;

/** `AND ministry_id = :ministryId` for one ministry, nothing for every ministry. */
const scoped = (one: boolean) => (one ? 'AND ministry_id = :ministryId' : '');

function prepareScope(db: DatabaseSync, one: boolean) {
  const ministry = scoped(one);
  return {
    // Streams along (ministry_id, service_id, channel, submitted_at): grouped in index order, no sort.
    received: db.prepare(
      `SELECT ministry_id, service_id, channel, COUNT(*) AS count FROM tickets INDEXED BY tickets_public_received
       WHERE submitted_at >= :from AND submitted_at < :before ${ministry} GROUP BY ministry_id, service_id, channel`,
    ),
    resolved: db.prepare(
      `SELECT ministry_id, COUNT(*) AS count, SUM(resolved_at <= expected_response_by) AS within_target
       FROM tickets INDEXED BY tickets_public_resolved
       WHERE resolved_at IS NOT NULL AND resolved_at >= :from AND resolved_at < :before ${ministry} GROUP BY ministry_id`,
    ),
    ratings: db.prepare(
      `SELECT ministry_id, rating, COUNT(*) AS count FROM satisfaction INDEXED BY satisfaction_public
       WHERE at >= :from AND at < :before ${ministry} GROUP BY ministry_id, rating`,
    ),
    // One range count per interval, on the ticket indexes by submission and by resolution.
    intervals: db.prepare(
      `SELECT (SELECT COUNT(*) FROM tickets WHERE submitted_at >= i.value ->> 0 AND submitted_at < i.value ->> 1 ${ministry}) AS received,
              (SELECT COUNT(*) FROM tickets WHERE resolved_at >= i.value ->> 0 AND resolved_at < i.value ->> 1 ${ministry}) AS resolved
       FROM json_each(:intervals) AS i ORDER BY i.key`,
    ),
    firstResponses: db.prepare(
      `SELECT ministry_id, COUNT(*) AS count FROM tickets INDEXED BY tickets_public_first_response
       WHERE first_response_at IS NOT NULL AND first_response_at >= :from AND first_response_at < :before ${ministry} GROUP BY ministry_id`,
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
  return { one: prepareScope(db, true), all: prepareScope(db, false) };
}
export type PublicStatsStatements = ReturnType<typeof preparePublicStats>;

/** The median of `count` waits, read at its rank by `middleWaits`. */
function median(middleWaits: StatementSync, params: Record<string, string>, count: number): FirstResponseMedian {
  if (count === 0) return { count, medianMs: null };
  const middle = middleWaits.all({ ...params, take: 2 - (count % 2), skip: Math.floor((count - 1) / 2) }).map((r) => Number(r.wait));
  return { count, medianMs: middle.reduce((a, b) => a + b, 0) / middle.length };
}

export function publicStatsCounts(statements: PublicStatsStatements, filter: PublicStatsFilter): PublicStatsCounts {
  const s = filter.ministryId === null ? statements.all : statements.one;
  const params: Record<string, string> = { from: filter.from, before: filter.before };
  if (filter.ministryId !== null) params.ministryId = filter.ministryId;
  const bounds = [filter.from, ...filter.splits, filter.before];
  const intervals = JSON.stringify(bounds.slice(1).map((end, i) => [bounds[i], end]));

  const firstResponses = s.firstResponses.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, count: Number(r.count) }));
  const byMinistry = firstResponses.map(({ ministryId, count }) => ({
    ministryId,
    ...median(statements.one.middleWaits, { ...params, ministryId }, count),
  }));
  const total = firstResponses.reduce((sum, r) => sum + r.count, 0);
  // One ministry's overall is its own line; every ministry's is read along the index of all waits.
  const overall = filter.ministryId === null ? median(s.middleWaits, params, total) : byMinistry[0] ?? { count: 0, medianMs: null };
  return {
    received: s.received.all(params).map((r: Row) => ({
      ministryId: r.ministry_id as string,
      serviceId: r.service_id as string,
      channel: r.channel as Channel,
      count: Number(r.count),
    })),
    resolved: s.resolved.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, count: Number(r.count), withinTarget: Number(r.within_target) })),
    ratings: s.ratings.all(params).map((r: Row) => ({ ministryId: r.ministry_id as string, rating: Number(r.rating), count: Number(r.count) })),
    intervals: s.intervals.all(filter.ministryId === null ? { intervals } : { intervals, ministryId: filter.ministryId }).map((r: Row) => ({ received: Number(r.received), resolved: Number(r.resolved) })),
    firstResponses: { overall: { count: overall.count, medianMs: overall.medianMs }, byMinistry },
  };
}
