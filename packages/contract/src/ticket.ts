import * as z from 'zod/mini';
import { CHANNELS, LIMITS, TICKET_STATUSES } from './constants.ts';
import { DateSchema, DateTimeSchema, LocaleSchema, NamedRefSchema, SlugSchema, text } from './common.ts';
import { AnswerValueSchema, LocationSchema } from './complaint.ts';
import { AttachmentSchema } from './attachment.ts';
import { ReferenceSchema } from './reference-schema.ts';

export const TicketStatusSchema = z.enum(TICKET_STATUSES);

/** One public update of a ticket: created, a status change or a re-route. */
export const TimelineEntrySchema = z.object({
  at: DateTimeSchema,
  kind: z.enum(['created', 'status', 'rerouted']),
  status: TicketStatusSchema,
  /** The public note an agent wrote for the citizen, if any. */
  note: z.nullable(z.string()),
  entity: NamedRefSchema,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** `GET /v1/tickets/{reference}` (with the verifier header): what a citizen may see. Timeline newest first. */
export const TicketSchema = z.object({
  reference: ReferenceSchema,
  service: NamedRefSchema,
  status: TicketStatusSchema,
  entity: NamedRefSchema,
  submittedAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
  timeline: z.array(TimelineEntrySchema),
});
export type Ticket = z.infer<typeof TicketSchema>;

/** A ticket as agents and integrators see it (secret key only). */
export const AgentTicketSchema = z.object({
  reference: ReferenceSchema,
  ministryId: SlugSchema,
  serviceId: SlugSchema,
  entityId: SlugSchema,
  status: TicketStatusSchema,
  channel: z.enum(CHANNELS),
  subject: z.string(),
  description: z.string(),
  answers: z.record(z.string(), AnswerValueSchema),
  citizen: z.object({
    name: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    preferredLocale: z.nullable(LocaleSchema),
  }),
  location: z.nullable(LocationSchema),
  attachments: z.array(AttachmentSchema),
  locale: LocaleSchema,
  submittedAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedResponseBy: DateTimeSchema,
  firstResponseAt: z.nullable(DateTimeSchema),
  resolvedAt: z.nullable(DateTimeSchema),
  timeline: z.array(TimelineEntrySchema),
});
export type AgentTicket = z.infer<typeof AgentTicketSchema>;

/** A row of the agent ticket list. */
export const AgentTicketSummarySchema = z.pick(AgentTicketSchema, {
  reference: true,
  ministryId: true,
  serviceId: true,
  entityId: true,
  status: true,
  channel: true,
  subject: true,
  submittedAt: true,
  updatedAt: true,
  expectedResponseBy: true,
});
export type AgentTicketSummary = z.infer<typeof AgentTicketSummarySchema>;

/** Query of `GET /v1/agent/tickets`. */
export const TicketListQuerySchema = z.strictObject({
  status: z.optional(TicketStatusSchema),
  service: z.optional(SlugSchema),
  entity: z.optional(SlugSchema),
  /** Tickets submitted on or after this date. */
  from: z.optional(DateSchema),
  /** Tickets submitted on or before this date. */
  to: z.optional(DateSchema),
  limit: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.ticketPageSizeMax))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type TicketListQuery = z.infer<typeof TicketListQuerySchema>;

/** `GET /v1/agent/tickets` answer: newest first, with a cursor for the next page. */
export const TicketListSchema = z.object({
  items: z.array(AgentTicketSummarySchema),
  nextCursor: z.nullable(z.string()),
});
export type TicketList = z.infer<typeof TicketListSchema>;

/** `POST /v1/agent/tickets/{reference}/status` body: a new status with a public note. */
export const StatusUpdateRequestSchema = z.strictObject({
  status: TicketStatusSchema,
  note: z.optional(text(LIMITS.textFieldMaxLength)),
});
export type StatusUpdateRequest = z.infer<typeof StatusUpdateRequestSchema>;

/** `POST /v1/agent/tickets/{reference}/route` body: hand the ticket to another entity. */
export const RerouteRequestSchema = z.strictObject({
  entity: SlugSchema,
  note: z.optional(text(LIMITS.textFieldMaxLength)),
});
export type RerouteRequest = z.infer<typeof RerouteRequestSchema>;
