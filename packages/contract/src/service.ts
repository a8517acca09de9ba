import * as z from 'zod/mini';
import {
  ATTACHMENT_TYPES,
  CONTACT_REQUIREMENTS,
  FIELD_TYPES,
  LIMITS,
  LOCATION_REQUIREMENTS,
} from './constants.ts';
import { DateSchema, EmailSchema, LocaleSchema, LocalizedTextSchema, SlugSchema } from './common.ts';

const FieldIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'Expected a field id such as "licence_number"'));

/** One option of a single- or multi-choice field. */
export const FieldOptionSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  label: LocalizedTextSchema,
  /** Prompt for more information, shown when this option is chosen ("Tell us what happened"). */
  prompt: z.optional(LocalizedTextSchema),
});
export type FieldOption = z.infer<typeof FieldOptionSchema>;

/** A dynamic field of a service (an Open311-style attribute). */
export const FieldDefinitionSchema = z.object({
  id: FieldIdSchema,
  type: z.enum(FIELD_TYPES),
  label: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  required: z.boolean(),
  /** string/text: length bounds. */
  minLength: z.optional(z.int().check(z.gte(0))),
  maxLength: z.optional(z.int().check(z.gte(1))),
  /** string: a format the answer must match, with the message to show when it does not. */
  pattern: z.optional(z.object({ regex: z.string(), message: LocalizedTextSchema })),
  /** number: bounds, and whether only whole numbers are allowed. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  /** date: whether the date must be today or earlier (`past`) or today or later (`future`). */
  dateRange: z.optional(z.enum(['past', 'future', 'any'])),
  /** single_choice / multi_choice: the allowed values. */
  options: z.optional(z.array(FieldOptionSchema)),
  /** Conditionally required: required when another choice field has one of these values. */
  requiredWhen: z.optional(z.object({ field: FieldIdSchema, equals: z.array(z.string()).check(z.minLength(1)) })),
});
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;

/** Attachment limits of a service; `maxFiles: 0` means attachments are not accepted. */
export const AttachmentLimitsSchema = z.object({
  maxFiles: z.int().check(z.gte(0), z.lte(LIMITS.attachmentsPerComplaintMax)),
  maxBytes: z.int().check(z.gte(0), z.lte(LIMITS.attachmentMaxBytes)),
  types: z.array(z.enum(ATTACHMENT_TYPES)),
});
export type AttachmentLimits = z.infer<typeof AttachmentLimitsSchema>;

/** A service a ministry accepts complaints (and perhaps callbacks) for. */
export const ServiceSchema = z.object({
  id: SlugSchema,
  ministryId: SlugSchema,
  /** Heading to group services under in a picker. */
  group: LocalizedTextSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** The entity (department or agency) new tickets are routed to. */
  entityId: SlugSchema,
  contact: z.enum(CONTACT_REQUIREMENTS),
  /** Whether the citizen may leave out their name. */
  anonymousAllowed: z.boolean(),
  location: z.enum(LOCATION_REQUIREMENTS),
  attachments: AttachmentLimitsSchema,
  /** Response-time target, in business days of the ministry's centre. */
  responseTargetDays: z.int().check(z.gte(1), z.lte(365)),
  /** Whether callbacks can be booked for this service. */
  callbacks: z.boolean(),
  fields: z.array(FieldDefinitionSchema),
});
export type Service = z.infer<typeof ServiceSchema>;

const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time such as "07:00"'));

/** Opening hours of a contact centre for one ISO weekday (1 = Monday … 7 = Sunday), in its time zone. */
export const BusinessHoursSchema = z.object({
  day: z.int().check(z.gte(1), z.lte(7)),
  open: TimeOfDaySchema,
  close: TimeOfDaySchema,
});
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

/** A public holiday on which the centre is closed. */
export const HolidaySchema = z.object({ date: DateSchema, name: LocalizedTextSchema });
export type Holiday = z.infer<typeof HolidaySchema>;

/** A department or agency of a ministry that tickets are routed to. */
export const EntitySchema = z.object({ id: SlugSchema, name: LocalizedTextSchema });
export type Entity = z.infer<typeof EntitySchema>;

/** A ministry: a tenant of the shared contact centre. */
export const MinistrySchema = z.object({
  id: SlugSchema,
  /** Prefix of its ticket references, e.g. `MOH`. */
  code: z.string().check(z.regex(/^[A-Z]{2,5}$/, 'Expected 2–5 capital letters')),
  name: LocalizedTextSchema,
  defaultLocale: LocaleSchema,
  locales: z.array(LocaleSchema).check(z.minLength(1)),
  /** IANA time zone of its contact centre, e.g. `America/St_Lucia`. */
  timeZone: z.string().check(z.minLength(1)),
  /**
   * ISO 3166-1 alpha-2 country the centre serves, e.g. `LC`: phone numbers typed without a
   * `+` country code are read as numbers of this country.
   */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. GB'))),
  businessHours: z.array(BusinessHoursSchema),
  holidays: z.array(HolidaySchema),
  callbackSlotMinutes: z.int().check(z.gte(5), z.lte(240)),
  /** Callbacks that agents can make in one slot. */
  callbackCapacity: z.int().check(z.gte(1), z.lte(1000)),
  entities: z.array(EntitySchema).check(z.minLength(1)),
  contact: z.object({ phone: z.string(), email: EmailSchema }),
});
export type Ministry = z.infer<typeof MinistrySchema>;

/** `GET /v1/services`: the ministry behind the key and the services it accepts. */
export const ServiceCatalogueSchema = z.object({
  ministry: MinistrySchema,
  services: z.array(ServiceSchema),
});
export type ServiceCatalogue = z.infer<typeof ServiceCatalogueSchema>;
