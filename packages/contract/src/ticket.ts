import * as v from 'valibot';
import { int, object, record, strictObject } from './schema.ts';
import { CHANNELS, LIMITS, TICKET_STATUSES } from './constants.ts';
import { DateSchema, DateTimeSchema, LocaleSchema, NamedRefSchema, SlugSchema, text } from './common.ts';
import { AnswerValueSchema, LocationSchema } from './complaint.ts';
import { AttachmentSchema } from './attachment.ts';
import { ReferenceSchema } from './reference-schema.ts';

export const TicketStatusSchema = v.picklist(TICKET_STATUSES);

/** One public update of a ticket: created, a status change or a re-route. */
export const TimelineEntrySchema = object({
  at: DateTimeSchema,
  kind: v.picklist(['created', 'status', 'rerouted']),
  status: TicketStatusSchema,
  /** The public note an agent wrote for the citizen, if any. */
  note: v.nullable(v.string()),
  entity: NamedRefSchema,
});
export interface TimelineEntry extends v.InferOutput<typeof TimelineEntrySchema> {}

/** The satisfaction a citizen gave, once, for a resolved or closed ticket. */
export const SatisfactionSchema = object({
  /** 1 ("very dissatisfied") to 5 ("very satisfied"), as `SATISFACTION_LABELS` names them. */
  // A picklist, not a ranged integer: the ticket status widget's first screen checks a found
  // ticket against this schema, and a picklist costs it no code it does not already carry.
  rating: v.picklist([1, 2, 3, 4, 5]),
  comment: v.nullable(v.string()),
  at: DateTimeSchema,
});
export interface Satisfaction extends v.InferOutput<typeof SatisfactionSchema> {}

/** `GET /v1/tickets/{reference}` (with the verifier header): what a citizen may see. Timeline newest first. */
export const TicketSchema = object({
  reference: ReferenceSchema,
  service: NamedRefSchema,
  status: TicketStatusSchema,
  entity: NamedRefSchema,
  submittedAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
  /** The language the complaint was made in, in which the team writes its notes (the timeline's `note`). */
  locale: LocaleSchema,
  timeline: v.array(TimelineEntrySchema),
  /**
   * The satisfaction the citizen gave once the ticket was resolved or closed; `null` until then.
   * Its `comment` is always `null` here: a reference and its verifier do not show what the
   * citizen wrote (agents see it).
   */
  satisfaction: v.nullable(SatisfactionSchema),
});
export interface Ticket extends v.InferOutput<typeof TicketSchema> {}

/** A ticket as agents and integrators see it (secret key only). */
export const AgentTicketSchema = object({
  reference: ReferenceSchema,
  ministryId: SlugSchema,
  serviceId: SlugSchema,
  entityId: SlugSchema,
  status: TicketStatusSchema,
  channel: v.picklist(CHANNELS),
  subject: v.string(),
  description: v.string(),
  answers: record(v.string(), AnswerValueSchema),
  citizen: object({
    name: v.nullable(v.string()),
    email: v.nullable(v.string()),
    phone: v.nullable(v.string()),
    preferredLocale: v.nullable(LocaleSchema),
  }),
  location: v.nullable(LocationSchema),
  attachments: v.array(AttachmentSchema),
  locale: LocaleSchema,
  submittedAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
  firstResponseAt: v.nullable(DateTimeSchema),
  resolvedAt: v.nullable(DateTimeSchema),
  timeline: v.array(TimelineEntrySchema),
  /** The citizen's satisfaction with how the ticket was handled, if they gave it. */
  satisfaction: v.nullable(SatisfactionSchema),
});
export interface AgentTicket extends v.InferOutput<typeof AgentTicketSchema> {}

/** A row of the agent ticket list. */
export const AgentTicketSummarySchema = v.pick(AgentTicketSchema, [
  'reference',
  'ministryId',
  'serviceId',
  'entityId',
  'status',
  'channel',
  'subject',
  'submittedAt',
  'updatedAt',
  'expectedResponseBy',
]);
export interface AgentTicketSummary extends v.InferOutput<typeof AgentTicketSummarySchema> {}

/** Query of `GET /v1/agent/tickets`. */
export const TicketListQuerySchema = strictObject({
  status: v.optional(TicketStatusSchema),
  service: v.optional(SlugSchema),
  entity: v.optional(SlugSchema),
  /** Tickets submitted on or after this date. */
  from: v.optional(DateSchema),
  /** Tickets submitted on or before this date. */
  to: v.optional(DateSchema),
  /**
   * Open tickets whose expected response time falls before this instant: those past their
   * target or about to be. The list is then soonest due first.
   */
  dueBefore: v.optional(DateTimeSchema),
  /** `true`: open tickets already past their expected response time, soonest due first. */
  overdue: v.optional(v.boolean()),
  limit: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(LIMITS.ticketPageSizeMax))),
  cursor: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
});
export interface TicketListQuery extends v.InferOutput<typeof TicketListQuerySchema> {}

/**
 * `GET /v1/agent/tickets` answer: newest first (soonest due first when the query asks for
 * `dueBefore` or `overdue`), with a cursor for the next page.
 */
export const TicketListSchema = object({
  items: v.array(AgentTicketSummarySchema),
  nextCursor: v.nullable(v.string()),
});
export interface TicketList extends v.InferOutput<typeof TicketListSchema> {}

/** `POST /v1/agent/tickets/{reference}/status` body: a new status with a public note. */
export const StatusUpdateRequestSchema = strictObject({
  status: TicketStatusSchema,
  note: v.optional(text(LIMITS.textFieldMaxLength)),
});
export interface StatusUpdateRequest extends v.InferOutput<typeof StatusUpdateRequestSchema> {}

/** `POST /v1/agent/tickets/{reference}/route` body: hand the ticket to another entity. */
export const RerouteRequestSchema = strictObject({
  entity: SlugSchema,
  note: v.optional(text(LIMITS.textFieldMaxLength)),
});
export interface RerouteRequest extends v.InferOutput<typeof RerouteRequestSchema> {}
