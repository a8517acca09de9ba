import * as v from 'valibot';
import { int, object, strictObject, variant } from './schema.ts';
import { CALLBACK_STATUSES, LIMITS, SLOT_DAY_STATUSES } from './constants.ts';
import { DateSchema, DateTimeSchema, LocaleSchema, LocalizedTextSchema, PhoneSchema, SlugSchema, text } from './common.ts';
import { ReferenceSchema } from './reference-schema.ts';
import { HoneypotSchema } from './honeypot.ts';

/** Query of `GET /v1/callbacks/slots`. */
export const SlotsQuerySchema = strictObject({
  service: SlugSchema,
  /** First day to list, in the centre's time zone; defaults to today there. */
  from: v.optional(DateSchema),
  days: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(LIMITS.slotDaysMax))),
});
export interface SlotsQuery extends v.InferOutput<typeof SlotsQuerySchema> {}

/** A callback slot; full slots are listed with `remaining: 0`, not hidden. */
export const SlotSchema = object({
  start: DateTimeSchema,
  end: DateTimeSchema,
  capacity: v.pipe(int(), v.minValue(0)),
  remaining: v.pipe(int(), v.minValue(0)),
});
export interface Slot extends v.InferOutput<typeof SlotSchema> {}

/** One calendar day of the centre: open with its slots, or closed and why. */
export const SlotDaySchema = object({
  date: DateSchema,
  status: v.picklist(SLOT_DAY_STATUSES),
  holidayName: v.nullable(LocalizedTextSchema),
  slots: v.array(SlotSchema),
});
export interface SlotDay extends v.InferOutput<typeof SlotDaySchema> {}

/** `GET /v1/callbacks/slots` answer. */
export const CallbackSlotsSchema = object({
  service: SlugSchema,
  timeZone: v.string(),
  days: v.array(SlotDaySchema),
  /** "As soon as possible": whether the centre is open now, and if not when it opens. */
  asap: object({
    openNow: v.boolean(),
    expectedWaitMinutes: v.nullable(v.pipe(int(), v.minValue(0))),
    nextOpening: v.nullable(DateTimeSchema),
  }),
});
export interface CallbackSlots extends v.InferOutput<typeof CallbackSlotsSchema> {}

/** When to call: as soon as possible, or in a listed slot. */
export const CallbackScheduleSchema = variant('type', [
  strictObject({ type: v.literal('asap') }),
  strictObject({ type: v.literal('slot'), start: DateTimeSchema }),
]);
export type CallbackSchedule = v.InferOutput<typeof CallbackScheduleSchema>;

/** `POST /v1/callbacks` body (idempotent with `Idempotency-Key`). */
export const CallbackCreateRequestSchema = strictObject({
  service: SlugSchema,
  name: text(LIMITS.nameMaxLength),
  phone: PhoneSchema,
  /** Language the citizen wants to be called in. */
  locale: LocaleSchema,
  reason: text(LIMITS.reasonMaxLength),
  schedule: CallbackScheduleSchema,
  /** The honeypot: leave it out (see {@link HoneypotSchema}). */
  website: HoneypotSchema,
});
export interface CallbackCreateRequest extends v.InferOutput<typeof CallbackCreateRequestSchema> {}

/** A booked callback. `slot` is null for "as soon as possible". */
export const CallbackSchema = object({
  reference: ReferenceSchema,
  service: SlugSchema,
  status: v.picklist(CALLBACK_STATUSES),
  slot: v.nullable(object({ start: DateTimeSchema, end: DateTimeSchema })),
  timeZone: v.string(),
  locale: LocaleSchema,
  createdAt: DateTimeSchema,
});
export interface Callback extends v.InferOutput<typeof CallbackSchema> {}
