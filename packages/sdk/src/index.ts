export { createClient, type CivicContactClient } from './client.ts';
export { createBaseClient, type BaseClient, type ResourceClass } from './base-client.ts';
export type { ClientOptions } from './options.ts';
export type { RetryOptions } from './retry.ts';
export type { RequestOptions, IdempotentRequestOptions } from './request-options.ts';
export { createIdempotencyKey } from './idempotency.ts';
export { ServicesResource } from './resources/services.ts';
export { ComplaintsResource } from './resources/complaints.ts';
export { AttachmentsResource, type AttachmentUpload } from './resources/attachments.ts';
export { TicketLookupResource, type TicketLookupOptions } from './resources/ticket-lookup.ts';
export { TicketsResource } from './resources/tickets.ts';
export { CallbacksResource, type CallbackCancelOptions } from './resources/callbacks.ts';
export { FaqResource, type FaqGetOptions } from './resources/faq.ts';
export { AgentResource, AgentTicketsResource } from './resources/agent.ts';
export { StatsResource } from './resources/stats.ts';
export * from './errors/index.ts';
export type {
  AgentTicket,
  Attachment,
  Callback,
  CallbackCreateRequest,
  CallbackSlots,
  ComplaintCreateRequest,
  ComplaintCreated,
  FaqArticle,
  FaqFeedbackRequest,
  FaqFeedbackResponse,
  FaqSearchQuery,
  FaqSearchResponse,
  FieldError,
  Problem,
  ReferenceProblem,
  RerouteRequest,
  Satisfaction,
  SatisfactionRequest,
  ServiceCatalogue,
  SlotsQuery,
  Stats,
  StatsQuery,
  StatusUpdateRequest,
  Ticket,
  TicketList,
  TicketListQuery,
} from '@civic-contact/contract';
