import * as v from 'valibot';
import { int, number, object, strictObject } from './schema.ts';
import { CHANNELS } from './constants.ts';
import { DateSchema, DateTimeSchema, SlugSchema } from './common.ts';

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
