import * as v from 'valibot';
import { int, number, object, strictObject } from './schema.ts';
import { CHANNELS } from './constants.ts';
import { DateSchema, DateTimeSchema, LocalizedTextSchema, SlugSchema } from './common.ts';

/** Query of `GET /v1/stats`; the period defaults to the last 30 days. */
export const StatsQuerySchema = strictObject({
  from: v.optional(DateSchema),
  to: v.optional(DateSchema),
  /** Narrow an all-ministries key to one ministry; a ministry key always sees only its own. */
  ministry: v.optional(SlugSchema),
});
export interface StatsQuery extends v.InferOutput<typeof StatsQuerySchema> {}

const Share = v.nullable(v.pipe(number(), v.minValue(0), v.maxValue(1)));
const Hours = v.nullable(v.pipe(number(), v.minValue(0)));

/** The KPIs of one ministry (or all of them). Medians and shares are null when nothing was measured. */
export const KpisSchema = object({
  received: v.pipe(int(), v.minValue(0)),
  resolved: v.pipe(int(), v.minValue(0)),
  openBacklog: v.pipe(int(), v.minValue(0)),
  medianFirstResponseHours: Hours,
  /** Share of the tickets resolved in the period that were resolved by their expected date. */
  resolvedWithinTargetShare: Share,
  /** How satisfied citizens said they were with the tickets they rated in the period (1 to 5). */
  satisfaction: object({
    responses: v.pipe(int(), v.minValue(0)),
    averageRating: v.nullable(v.pipe(number(), v.minValue(1), v.maxValue(5))),
    /** Share of the ratings that were "satisfied" or "very satisfied" (4 or 5). */
    satisfiedShare: Share,
  }),
});
export interface Kpis extends v.InferOutput<typeof KpisSchema> {}

/** `GET /v1/stats` answer: what a public service dashboard shows. */
export const StatsSchema = object({
  generatedAt: DateTimeSchema,
  period: object({ from: DateSchema, to: DateSchema }),
  ministryId: v.nullable(SlugSchema),
  overall: KpisSchema,
  volumeByService: v.array(object({ serviceId: SlugSchema, ministryId: SlugSchema, count: v.pipe(int(), v.minValue(0)) })),
  volumeByChannel: v.array(object({ channel: v.picklist(CHANNELS), count: v.pipe(int(), v.minValue(0)) })),
  byMinistry: v.array(object({ ministryId: SlugSchema, kpis: KpisSchema })),
});
export interface Stats extends v.InferOutput<typeof StatsSchema> {}

/** A public figure counted from fewer tickets or ratings than this is suppressed, so no citizen can be singled out. */
export const PUBLIC_STATS_MIN_COUNT = 5;
/** The longest period `GET /v1/stats/public` answers for, in days. */
export const PUBLIC_STATS_MAX_DAYS = 366;
/** The period `GET /v1/stats/public` answers for when none is given: the 12 weeks up to today, in days. */
export const PUBLIC_STATS_DEFAULT_DAYS = 84;

/** The `ministry` of `GET /v1/stats/public` that asks for every ministry together. */
export const ALL_MINISTRIES = 'all';

/**
 * Query of `GET /v1/stats/public`; the period defaults to the last 12 weeks and spans at most
 * 366 days. `ministry` chooses whose figures: omitted, the key's own ministry (every ministry
 * for an all-ministries secret key); a ministry's id, that ministry's (public figures: any key
 * may ask); `all`, every ministry together.
 */
export const PublicStatsQuerySchema = strictObject({
  from: v.optional(DateSchema),
  to: v.optional(DateSchema),
  ministry: v.optional(
    // Its OpenAPI description is in openapi.ts (DESCRIPTIONS): one here would ship valibot's description() to every page.
    v.union([v.literal(ALL_MINISTRIES), SlugSchema]),
  ),
});
export interface PublicStatsQuery extends v.InferOutput<typeof PublicStatsQuerySchema> {}

/** In place of a figure counted from fewer than 5 tickets or ratings (0 included). */
export const SuppressedSchema = object({ suppressed: v.literal(true) });
export interface Suppressed extends v.InferOutput<typeof SuppressedSchema> {}

/** A count of 5 or more, or `{ "suppressed": true }` for fewer than 5. */
export const PublicCountSchema = v.union([v.pipe(int(), v.minValue(PUBLIC_STATS_MIN_COUNT)), SuppressedSchema]);
/** A share (0 to 1) of 5 or more items, or `{ "suppressed": true }` when fewer than 5 were measured. */
export const PublicShareSchema = v.union([v.pipe(number(), v.minValue(0), v.maxValue(1)), SuppressedSchema]);
/** A median in hours over 5 or more items, or `{ "suppressed": true }` when fewer than 5 were measured. */
export const PublicHoursSchema = v.union([v.pipe(number(), v.minValue(0)), SuppressedSchema]);

/** One ministry's headline figures in {@link PublicStatsSchema}'s `byMinistry`, suppressed by the same rules. */
export const PublicMinistryFiguresSchema = object({
  ministryId: SlugSchema,
  received: PublicCountSchema,
  resolved: PublicCountSchema,
  resolvedWithinTargetShare: PublicShareSchema,
  medianFirstResponseHours: PublicHoursSchema,
  /** Share of the ministry's ratings in the period that were 4 or 5. */
  satisfiedShare: PublicShareSchema,
});
export interface PublicMinistryFigures extends v.InferOutput<typeof PublicMinistryFiguresSchema> {}

/**
 * `GET /v1/stats/public` answer: the aggregate figures of one ministry, or of every ministry
 * together, safe to publish. Every count under 5, and every share or median computed from
 * fewer than 5 items, is `{ "suppressed": true }`, in the totals and in each ministry's line alike.
 */
export const PublicStatsSchema = object({
  generatedAt: DateTimeSchema,
  /** The ministry shown, or `null` for every ministry together (`ministry=all`). */
  ministryId: v.nullable(SlugSchema),
  /** The ministries the figures cover, in id order for every ministry: one entry for one ministry. */
  ministries: v.array(object({ id: SlugSchema, name: LocalizedTextSchema })),
  /**
   * Calendar days, both included, in `timeZone`: the ministry's own zone, or for every
   * ministry together one calendar for all of them, the zone of the key's ministry (of the
   * first ministry in id order for a key without one). Weeks are ISO weeks in that zone.
   */
  period: object({
    from: DateSchema,
    to: DateSchema,
    /** The calendar the days and ISO weeks are counted on (described in openapi.ts). */
    timeZone: v.string(),
  }),
  /** Figures from fewer items than this are suppressed (5). */
  minimumCount: int(),
  /** Complaints submitted in the period. */
  received: PublicCountSchema,
  /** Complaints resolved in the period. */
  resolved: PublicCountSchema,
  /** Share of the complaints resolved in the period that were resolved by their expected date. */
  resolvedWithinTargetShare: PublicShareSchema,
  /** Median hours from submission to first response, over the first responses given in the period. */
  medianFirstResponseHours: PublicHoursSchema,
  /** The ratings given in the period. */
  satisfaction: object({
    responses: PublicCountSchema,
    /** Share of the ratings that were 4 or 5. */
    satisfiedShare: PublicShareSchema,
    /** One entry per rating, 1 to 5. */
    distribution: v.array(object({ rating: v.pipe(int(), v.minValue(1), v.maxValue(5)), count: PublicCountSchema })),
  }),
  /** Complaints received in the period, per service of the ministries covered (ministry by ministry, each in its catalogue's order), with the service's name. */
  volumeByService: v.array(object({ serviceId: SlugSchema, ministryId: SlugSchema, name: LocalizedTextSchema, count: PublicCountSchema })),
  /** Complaints received in the period, per channel. */
  volumeByChannel: v.array(object({ channel: v.picklist(CHANNELS), count: PublicCountSchema })),
  /** The headline figures of each ministry covered, in the order of `ministries`. */
  byMinistry: v.array(PublicMinistryFiguresSchema),
  /** Each ISO week (in the period's time zone) that meets the period, oldest first; a week's figures count only its days in the period. */
  weekly: v.array(
    object({
      /** ISO week, e.g. `2026-W49`. */
      week: v.pipe(v.string(), v.regex(/^\d{4}-W\d{2}$/)),
      /** Its Monday. */
      start: DateSchema,
      received: PublicCountSchema,
      resolved: PublicCountSchema,
    }),
  ),
});
export interface PublicStats extends v.InferOutput<typeof PublicStatsSchema> {}
