import * as z from 'zod/mini';
import { CALLBACK_STATUSES, LIMITS, SLOT_DAY_STATUSES } from './constants.ts';
import { DateSchema, DateTimeSchema, LocaleSchema, LocalizedTextSchema, PhoneSchema, SlugSchema, text } from './common.ts';
import { ReferenceSchema } from './reference-schema.ts';

/** Query of `GET /v1/callbacks/slots`. */
export const SlotsQuerySchema = z.strictObject({
  service: SlugSchema,
  /** First day to list, in the centre's time zone; defaults to today there. */
  from: z.optional(DateSchema),
  days: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.slotDaysMax))),
});
export type SlotsQuery = z.infer<typeof SlotsQuerySchema>;

/** A callback slot; full slots are listed with `remaining: 0`, not hidden. */
export const SlotSchema = z.object({
  start: DateTimeSchema,
  end: DateTimeSchema,
  capacity: z.int().check(z.gte(0)),
  remaining: z.int().check(z.gte(0)),
});
export type Slot = z.infer<typeof SlotSchema>;

/** One calendar day of the centre: open with its slots, or closed and why. */
export const SlotDaySchema = z.object({
  date: DateSchema,
  status: z.enum(SLOT_DAY_STATUSES),
  holidayName: z.nullable(LocalizedTextSchema),
  slots: z.array(SlotSchema),
});
export type SlotDay = z.infer<typeof SlotDaySchema>;

/** `GET /v1/callbacks/slots` answer. */
export const CallbackSlotsSchema = z.object({
  service: SlugSchema,
  timeZone: z.string(),
  days: z.array(SlotDaySchema),
  /** "As soon as possible": whether the centre is open now, and if not when it opens. */
  asap: z.object({
    openNow: z.boolean(),
    expectedWaitMinutes: z.nullable(z.int().check(z.gte(0))),
    nextOpening: z.nullable(DateTimeSchema),
  }),
});
export type CallbackSlots = z.infer<typeof CallbackSlotsSchema>;

/** When to call: as soon as possible, or in a listed slot. */
export const CallbackScheduleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('asap') }),
  z.strictObject({ type: z.literal('slot'), start: DateTimeSchema }),
]);
export type CallbackSchedule = z.infer<typeof CallbackScheduleSchema>;

/** `POST /v1/callbacks` body (idempotent with `Idempotency-Key`). */
export const CallbackCreateRequestSchema = z.strictObject({
  service: SlugSchema,
  name: text(LIMITS.nameMaxLength),
  phone: PhoneSchema,
  /** Language the citizen wants to be called in. */
  locale: LocaleSchema,
  reason: text(LIMITS.reasonMaxLength),
  schedule: CallbackScheduleSchema,
});
export type CallbackCreateRequest = z.infer<typeof CallbackCreateRequestSchema>;

/** A booked callback. `slot` is null for "as soon as possible". */
export const CallbackSchema = z.object({
  reference: ReferenceSchema,
  service: SlugSchema,
  status: z.enum(CALLBACK_STATUSES),
  slot: z.nullable(z.object({ start: DateTimeSchema, end: DateTimeSchema })),
  timeZone: z.string(),
  locale: LocaleSchema,
  createdAt: DateTimeSchema,
});
export type Callback = z.infer<typeof CallbackSchema>;
