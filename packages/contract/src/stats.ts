import * as z from 'zod/mini';
import { CHANNELS } from './constants.ts';
import { DateSchema, DateTimeSchema, SlugSchema } from './common.ts';

/** Query of `GET /v1/stats`; the period defaults to the last 30 days. */
export const StatsQuerySchema = z.strictObject({
  from: z.optional(DateSchema),
  to: z.optional(DateSchema),
  /** Narrow an all-ministries key to one ministry; a ministry key always sees only its own. */
  ministry: z.optional(SlugSchema),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

const Share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const Hours = z.nullable(z.number().check(z.gte(0)));

/** The KPIs of one ministry (or all of them). Medians and shares are null when nothing was measured. */
export const KpisSchema = z.object({
  received: z.int().check(z.gte(0)),
  resolved: z.int().check(z.gte(0)),
  openBacklog: z.int().check(z.gte(0)),
  medianFirstResponseHours: Hours,
  /** Share of the tickets resolved in the period that were resolved by their expected date. */
  resolvedWithinTargetShare: Share,
});
export type Kpis = z.infer<typeof KpisSchema>;

/** `GET /v1/stats` answer: what a public service dashboard shows. */
export const StatsSchema = z.object({
  generatedAt: DateTimeSchema,
  period: z.object({ from: DateSchema, to: DateSchema }),
  ministryId: z.nullable(SlugSchema),
  overall: KpisSchema,
  volumeByService: z.array(z.object({ serviceId: SlugSchema, ministryId: SlugSchema, count: z.int().check(z.gte(0)) })),
  volumeByChannel: z.array(z.object({ channel: z.enum(CHANNELS), count: z.int().check(z.gte(0)) })),
  byMinistry: z.array(z.object({ ministryId: SlugSchema, kpis: KpisSchema })),
});
export type Stats = z.infer<typeof StatsSchema>;
