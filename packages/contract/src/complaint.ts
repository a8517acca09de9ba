import * as v from 'valibot';
import { number, object, record, strictObject } from './schema.ts';
import { CHANNELS, LIMITS, TICKET_STATUSES } from './constants.ts';
import { DateTimeSchema, EmailSchema, LocaleSchema, PhoneSchema, SlugSchema, text } from './common.ts';
import { AttachmentIdSchema } from './attachment.ts';
import { ReferenceSchema } from './reference-schema.ts';
import { HoneypotSchema } from './honeypot.ts';

/** An answer to a dynamic field: text/date/single choice as a string, number as a number, multi choice as a list. */
export const AnswerValueSchema = v.union([v.string(), number(), v.array(v.string())]);
export type AnswerValue = v.InferOutput<typeof AnswerValueSchema>;

/** Who is complaining and how to reach them; `email` or `phone` later proves who may read the ticket. */
export const CitizenSchema = strictObject({
  name: v.optional(text(LIMITS.nameMaxLength)),
  email: v.optional(EmailSchema),
  phone: v.optional(PhoneSchema),
  preferredLocale: v.optional(LocaleSchema),
});
export interface Citizen extends v.InferOutput<typeof CitizenSchema> {}

/** Where the problem is, for services that need a location. */
export const LocationSchema = strictObject({
  address: text(LIMITS.addressMaxLength),
  latitude: v.optional(v.pipe(number(), v.minValue(-90), v.maxValue(90))),
  longitude: v.optional(v.pipe(number(), v.minValue(-180), v.maxValue(180))),
});
export interface Location extends v.InferOutput<typeof LocationSchema> {}

/**
 * `POST /v1/complaints` body. Structural checks live here; the checks that depend on the
 * service definition (required dynamic fields, choices, contact details) live in `core`.
 */
export const ComplaintCreateRequestSchema = strictObject({
  service: SlugSchema,
  subject: text(LIMITS.subjectMaxLength),
  description: text(LIMITS.descriptionMaxLength),
  answers: v.optional(record(v.string(), AnswerValueSchema)),
  citizen: CitizenSchema,
  location: v.optional(LocationSchema),
  attachments: v.optional(v.pipe(v.array(AttachmentIdSchema), v.maxLength(LIMITS.attachmentsPerComplaintMax))),
  /** Language the citizen wrote in and wants replies in. */
  locale: v.optional(LocaleSchema),
  channel: v.optional(v.picklist(CHANNELS)),
  /** The honeypot: leave it out (see {@link HoneypotSchema}). */
  website: HoneypotSchema,
});
export interface ComplaintCreateRequest extends v.InferOutput<typeof ComplaintCreateRequestSchema> {}

/** `201` answer to `POST /v1/complaints`: the reference to read out on the phone. */
export const ComplaintCreatedSchema = object({
  reference: ReferenceSchema,
  status: v.picklist(TICKET_STATUSES),
  submittedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
});
export interface ComplaintCreated extends v.InferOutput<typeof ComplaintCreatedSchema> {}
