/**
 * Records to rows and back, the same for the SQLite and the PostgreSQL store: both keep the
 * same columns, under the same names, with documents as JSON text and instants as ISO text.
 *
 * @module
 */
import type {
  AttachmentRecord,
  CallbackRecord,
  FaqFeedbackRecord,
  IdempotencyRecord,
  SatisfactionRecord,
  SatisfactionStatsRow,
  SecretKeyRecord,
  SiteKeyRecord,
  TicketRecord,
  TicketStatsRow,
  TimelineRecord,
} from '@civic-contact/core';
import type { KeyListing } from './server-storage.ts';

/** A row as a driver gives it, by column name. */
export type Row = Record<string, unknown>;

export const TICKET_COLUMNS = `reference, ministry_id, service_id, entity_id, status, channel, subject, description, answers,
  citizen, location, attachment_ids, locale, submitted_at, updated_at, expected_response_by, first_response_at, resolved_at`;
export const CALLBACK_COLUMNS = `reference, ministry_id, service_id, status, slot_start, slot_end, name, phone, locale, reason,
  created_at, cancelled_at, client`;
export const ATTACHMENT_COLUMNS = 'id, ministry_id, service_id, filename, content_type, size, sha256, created_at, ticket_reference';
export const STATS_COLUMNS = 'ministry_id, service_id, channel, status, submitted_at, expected_response_by, first_response_at, resolved_at';
export const toTicket = (r: Row): TicketRecord => ({
  reference: r.reference as string,
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  entityId: r.entity_id as string,
  status: r.status as TicketRecord['status'],
  channel: r.channel as TicketRecord['channel'],
  subject: r.subject as string,
  description: r.description as string,
  answers: JSON.parse(r.answers as string),
  citizen: JSON.parse(r.citizen as string),
  location: r.location === null ? null : JSON.parse(r.location as string),
  attachmentIds: JSON.parse(r.attachment_ids as string),
  locale: r.locale as string,
  submittedAt: r.submitted_at as string,
  updatedAt: r.updated_at as string,
  expectedResponseBy: r.expected_response_by as string,
  firstResponseAt: r.first_response_at as string | null,
  resolvedAt: r.resolved_at as string | null,
});

export const toTimeline = (r: Row): TimelineRecord => ({
  at: r.at as string,
  kind: r.kind as TimelineRecord['kind'],
  status: r.status as TimelineRecord['status'],
  note: r.note as string | null,
  entityId: r.entity_id as string,
});

export const toStatsRow = (r: Row): TicketStatsRow => ({
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  channel: r.channel as TicketStatsRow['channel'],
  status: r.status as TicketStatsRow['status'],
  submittedAt: r.submitted_at as string,
  expectedResponseBy: r.expected_response_by as string,
  firstResponseAt: r.first_response_at as string | null,
  resolvedAt: r.resolved_at as string | null,
});

export const toAttachment = (r: Row): AttachmentRecord => ({
  id: r.id as string,
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  filename: r.filename as string,
  contentType: r.content_type as AttachmentRecord['contentType'],
  size: r.size as number,
  sha256: r.sha256 as string,
  createdAt: r.created_at as string,
  ticketReference: r.ticket_reference as string | null,
});

export const toCallback = (r: Row): CallbackRecord => ({
  reference: r.reference as string,
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  status: r.status as CallbackRecord['status'],
  slotStart: r.slot_start as string | null,
  slotEnd: r.slot_end as string | null,
  name: r.name as string,
  phone: r.phone as string,
  locale: r.locale as string,
  reason: r.reason as string,
  createdAt: r.created_at as string,
  cancelledAt: r.cancelled_at as string | null,
  client: r.client as string | null,
});

export const toSiteKey = (r: Row): SiteKeyRecord => ({
  id: r.id as string,
  key: r.key as string,
  ministryId: r.ministry_id as string,
  allowedOrigins: JSON.parse(r.allowed_origins as string),
  createdAt: r.created_at as string,
  revokedAt: r.revoked_at as string | null,
});

export const toSecretKey = (r: Row): SecretKeyRecord => ({
  id: r.id as string,
  hash: r.hash as string,
  ministryId: r.ministry_id as string | null,
  label: r.label as string,
  createdAt: r.created_at as string,
  revokedAt: r.revoked_at as string | null,
});

export const toIdempotency = (r: Row): IdempotencyRecord => ({
  ministryId: r.ministry_id as string,
  key: r.key as string,
  requestHash: r.request_hash as string,
  status: r.status as number,
  body: JSON.parse(r.body as string),
  createdAt: r.created_at as string,
});

export const toSatisfaction = (r: Row): SatisfactionRecord => ({
  reference: r.reference as string,
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  rating: r.rating as number,
  comment: r.comment as string | null,
  at: r.at as string,
});

export const toSatisfactionStatsRow = (r: Row): SatisfactionStatsRow => ({
  ministryId: r.ministry_id as string,
  serviceId: r.service_id as string,
  rating: r.rating as number,
});

export const toFeedback = (r: Row): FaqFeedbackRecord => ({
  ministryId: r.ministry_id as string,
  faqId: r.faq_id as string,
  helpful: r.helpful === 1,
  comment: r.comment as string | null,
  lang: r.lang as string | null,
  at: r.at as string,
});

export const parseDoc = <T>(row: Row | undefined): T | undefined => (row === undefined ? undefined : (JSON.parse(row.doc as string) as T));

/** The rows of both key tables as `keys list` shows them: oldest first, secret keys without their hash. */
export function toKeyListings(siteRows: Row[], secretRows: Row[]): KeyListing[] {
  const site = siteRows.map((row): KeyListing => ({ kind: 'site', ...toSiteKey(row) }));
  const secret = secretRows.map((row): KeyListing => {
    // The hash stays in the database: a listing is for people, and people never need it.
    const { hash: _hash, ...rest } = toSecretKey(row);
    return { kind: 'secret', ...rest };
  });
  return [...site, ...secret].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
