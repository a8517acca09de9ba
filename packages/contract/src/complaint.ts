import * as z from 'zod/mini';
import { CHANNELS, LIMITS, TICKET_STATUSES } from './constants.ts';
import { DateTimeSchema, EmailSchema, LocaleSchema, PhoneSchema, SlugSchema, text } from './common.ts';
import { AttachmentIdSchema } from './attachment.ts';
import { ReferenceSchema } from './reference-schema.ts';

/** An answer to a dynamic field: text/date/single choice as a string, number as a number, multi choice as a list. */
export const AnswerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/** Who is complaining and how to reach them; `email` or `phone` later proves who may read the ticket. */
export const CitizenSchema = z.strictObject({
  name: z.optional(text(LIMITS.nameMaxLength)),
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
  preferredLocale: z.optional(LocaleSchema),
});
export type Citizen = z.infer<typeof CitizenSchema>;

/** Where the problem is, for services that need a location. */
export const LocationSchema = z.strictObject({
  address: text(LIMITS.addressMaxLength),
  latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});
export type Location = z.infer<typeof LocationSchema>;

/**
 * `POST /v1/complaints` body. Structural checks live here; the checks that depend on the
 * service definition (required dynamic fields, choices, contact details) live in `core`.
 */
export const ComplaintCreateRequestSchema = z.strictObject({
  service: SlugSchema,
  subject: text(LIMITS.subjectMaxLength),
  description: text(LIMITS.descriptionMaxLength),
  answers: z.optional(z.record(z.string(), AnswerValueSchema)),
  citizen: CitizenSchema,
  location: z.optional(LocationSchema),
  attachments: z.optional(z.array(AttachmentIdSchema).check(z.maxLength(LIMITS.attachmentsPerComplaintMax))),
  /** Language the citizen wrote in and wants replies in. */
  locale: z.optional(LocaleSchema),
  channel: z.optional(z.enum(CHANNELS)),
});
export type ComplaintCreateRequest = z.infer<typeof ComplaintCreateRequestSchema>;

/** `201` answer to `POST /v1/complaints`: the reference to read out on the phone. */
export const ComplaintCreatedSchema = z.object({
  reference: ReferenceSchema,
  status: z.enum(TICKET_STATUSES),
  submittedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
});
export type ComplaintCreated = z.infer<typeof ComplaintCreatedSchema>;
