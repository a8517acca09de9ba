import * as v from 'valibot';
import { int, number, object, strictObject } from './schema.ts';
import {
  ATTACHMENT_TYPES,
  CONTACT_REQUIREMENTS,
  FIELD_TYPES,
  LIMITS,
  LOCATION_REQUIREMENTS,
} from './constants.ts';
import { DateSchema, EmailSchema, LocaleSchema, LocalizedTextSchema, SlugSchema } from './common.ts';

const FieldIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'Expected a field id such as "licence_number"'));

/** One option of a single- or multi-choice field. */
export const FieldOptionSchema = object({
  value: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  label: LocalizedTextSchema,
  /** Prompt for more information, shown when this option is chosen ("Tell us what happened"). */
  prompt: v.optional(LocalizedTextSchema),
});
export interface FieldOption extends v.InferOutput<typeof FieldOptionSchema> {}

/** A dynamic field of a service (an Open311-style attribute). */
export const FieldDefinitionSchema = object({
  id: FieldIdSchema,
  type: v.picklist(FIELD_TYPES),
  label: LocalizedTextSchema,
  help: v.optional(LocalizedTextSchema),
  required: v.boolean(),
  /** string/text: length bounds. */
  minLength: v.optional(v.pipe(int(), v.minValue(0))),
  maxLength: v.optional(v.pipe(int(), v.minValue(1))),
  /** string: a format the answer must match, with the message to show when it does not. */
  pattern: v.optional(object({ regex: v.string(), message: LocalizedTextSchema })),
  /** number: bounds, and whether only whole numbers are allowed. */
  min: v.optional(number()),
  max: v.optional(number()),
  integer: v.optional(v.boolean()),
  /** date: whether the date must be today or earlier (`past`) or today or later (`future`). */
  dateRange: v.optional(v.picklist(['past', 'future', 'any'])),
  /** single_choice / multi_choice: the allowed values. */
  options: v.optional(v.array(FieldOptionSchema)),
  /** Conditionally required: required when another choice field has one of these values. */
  requiredWhen: v.optional(object({ field: FieldIdSchema, equals: v.pipe(v.array(v.string()), v.minLength(1)) })),
});
export interface FieldDefinition extends v.InferOutput<typeof FieldDefinitionSchema> {}

/** Attachment limits of a service; `maxFiles: 0` means attachments are not accepted. */
export const AttachmentLimitsSchema = object({
  maxFiles: v.pipe(int(), v.minValue(0), v.maxValue(LIMITS.attachmentsPerComplaintMax)),
  maxBytes: v.pipe(int(), v.minValue(0), v.maxValue(LIMITS.attachmentMaxBytes)),
  types: v.array(v.picklist(ATTACHMENT_TYPES)),
});
export interface AttachmentLimits extends v.InferOutput<typeof AttachmentLimitsSchema> {}

/**
 * A service a ministry accepts complaints (and perhaps callbacks) for, as the catalogue gives
 * it. Its response-time target is one of `responseTargetDays` (working days) or
 * `responseTargetHours` (working hours: an urgent service, such as health, answered the same
 * or the next working day); {@link ServiceDefinitionSchema} holds a definition to exactly one.
 */
export const ServiceSchema = object({
  id: SlugSchema,
  ministryId: SlugSchema,
  /** Heading to group services under in a picker. */
  group: LocalizedTextSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** The entity (department or agency) new tickets are routed to. */
  entityId: SlugSchema,
  contact: v.picklist(CONTACT_REQUIREMENTS),
  /** Whether the citizen may leave out their name. */
  anonymousAllowed: v.boolean(),
  location: v.picklist(LOCATION_REQUIREMENTS),
  attachments: AttachmentLimitsSchema,
  /** Response-time target, in business days of the ministry's centre; or `responseTargetHours`. */
  responseTargetDays: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(365))),
  /**
   * Response-time target of an urgent service, in hours the ministry's centre is open (its
   * business hours, never on a holiday); or `responseTargetDays`. At most 80, about two
   * working weeks: a longer target reads more plainly in days.
   */
  responseTargetHours: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(80))),
  /** Whether callbacks can be booked for this service. */
  callbacks: v.boolean(),
  fields: v.array(FieldDefinitionSchema),
});
export interface Service extends v.InferOutput<typeof ServiceSchema> {}

/**
 * A service as a ministry defines it, checked when it is loaded into a store (`loadSeed`): a
 * {@link ServiceSchema} with exactly one response-time target. The check is kept out of
 * `ServiceSchema`, which the SDK and the widgets validate the catalogue with on every page, so
 * that its bytes stay off the citizen's first screen.
 */
export const ServiceDefinitionSchema = v.pipe(
  ServiceSchema,
  v.check(
    (service) => (service.responseTargetDays === undefined) !== (service.responseTargetHours === undefined),
    'Give exactly one response-time target: responseTargetDays or responseTargetHours',
  ),
);

const TimeOfDaySchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time such as "07:00"'));

/** Opening hours of a contact centre for one ISO weekday (1 = Monday … 7 = Sunday), in its time zone. */
export const BusinessHoursSchema = object({
  day: v.pipe(int(), v.minValue(1), v.maxValue(7)),
  open: TimeOfDaySchema,
  close: TimeOfDaySchema,
});
export interface BusinessHours extends v.InferOutput<typeof BusinessHoursSchema> {}

/** A public holiday on which the centre is closed. */
export const HolidaySchema = object({ date: DateSchema, name: LocalizedTextSchema });
export interface Holiday extends v.InferOutput<typeof HolidaySchema> {}

/** A department or agency of a ministry that tickets are routed to. */
export const EntitySchema = object({ id: SlugSchema, name: LocalizedTextSchema });
export interface Entity extends v.InferOutput<typeof EntitySchema> {}

/** A ministry: a tenant of the shared contact centre. */
export const MinistrySchema = object({
  id: SlugSchema,
  /** Prefix of its ticket references, e.g. `MOH`. */
  code: v.pipe(v.string(), v.regex(/^[A-Z]{2,5}$/, 'Expected 2–5 capital letters')),
  name: LocalizedTextSchema,
  defaultLocale: LocaleSchema,
  locales: v.pipe(v.array(LocaleSchema), v.minLength(1)),
  /** IANA time zone of its contact centre, e.g. `America/St_Lucia`. */
  timeZone: v.pipe(v.string(), v.minLength(1)),
  /**
   * ISO 3166-1 alpha-2 country the centre serves, e.g. `LC`: phone numbers typed without a
   * `+` country code are read as numbers of this country.
   */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. GB'))),
  businessHours: v.array(BusinessHoursSchema),
  holidays: v.array(HolidaySchema),
  callbackSlotMinutes: v.pipe(int(), v.minValue(5), v.maxValue(240)),
  /** Callbacks that agents can make in one slot. */
  callbackCapacity: v.pipe(int(), v.minValue(1), v.maxValue(1000)),
  entities: v.pipe(v.array(EntitySchema), v.minLength(1)),
  contact: object({ phone: v.string(), email: EmailSchema }),
});
export interface Ministry extends v.InferOutput<typeof MinistrySchema> {}

/** Query of `GET /v1/services`: an all-ministries key names the ministry; a ministry's key may name only its own. */
export const ServicesQuerySchema = strictObject({ ministry: v.optional(SlugSchema) });
export interface ServicesQuery extends v.InferOutput<typeof ServicesQuerySchema> {}

/** `GET /v1/services`: the ministry behind the key (or named by an all-ministries key) and the services it accepts. */
export const ServiceCatalogueSchema = object({
  ministry: MinistrySchema,
  services: v.array(ServiceSchema),
});
export interface ServiceCatalogue extends v.InferOutput<typeof ServiceCatalogueSchema> {}
