/**
 * The agents' side of tickets, for secret keys: listing them a page at a time, reading one
 * with everything an agent needs, changing its status, handing it to another team.
 *
 * @module
 */
import {
  LIMITS,
  RerouteRequestSchema,
  StatusUpdateRequestSchema,
  TicketListQuerySchema,
  type AgentTicket,
  type AgentTicketSummary,
  type TicketList,
} from '@civic-contact/contract';
import { badRequest, conflict, illegalTransition, notFound, parseOrThrow, validationFailed } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { allowedTransitions, canTransition } from '../status.ts';
import type { Storage, TicketRecord } from '../storage.ts';
import { addDaysToDate, zonedDateTimeToInstant } from '../timezone.ts';
import { mayAccess, requireSecret } from './access.ts';
import type { CentreContext } from './context.ts';
import { canonicalReference, jsonObject } from './requests.ts';
import { satisfaction, timeline } from './views.ts';

function encodeCursor(ticket: Pick<TicketRecord, 'submittedAt' | 'reference'>): string {
  return btoa(JSON.stringify([ticket.submittedAt, ticket.reference])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): { submittedAt: string; reference: string } {
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { submittedAt: value[0], reference: value[1] };
    }
  } catch {
    // Reported below.
  }
  throw badRequest('The cursor is not one this API gave out.', [
    { field: 'cursor', code: 'invalid_value', message: 'Use the nextCursor of the previous page.' },
  ]);
}

/** The time zone that calendar dates in agent queries are read in: the key's ministry's, or UTC for an all-ministries key. */
async function agentTimeZone(centre: CentreContext, ministryId: string | null): Promise<string> {
  if (ministryId === null) return 'UTC';
  return (await centre.storage.getMinistry(ministryId))?.timeZone ?? 'UTC';
}

export async function listTickets(centre: CentreContext, principal: Principal, query: QueryInput): Promise<TicketList> {
  requireSecret(principal);
  const q = parseQuery(TicketListQuerySchema, query);
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
  }
  const timeZone = await agentTimeZone(centre, principal.ministryId);
  const limit = q.limit ?? LIMITS.ticketPageSizeDefault;
  const rows = await centre.storage.listTickets({
    ministryId: principal.ministryId,
    status: q.status,
    serviceId: q.service,
    entityId: q.entity,
    submittedFrom: q.from === undefined ? undefined : zonedDateTimeToInstant(q.from, '00:00', timeZone).toISOString(),
    submittedBefore: q.to === undefined ? undefined : zonedDateTimeToInstant(addDaysToDate(q.to, 1), '00:00', timeZone).toISOString(),
    after: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const items = page.map(
    (t): AgentTicketSummary => ({
      reference: t.reference,
      ministryId: t.ministryId,
      serviceId: t.serviceId,
      entityId: t.entityId,
      status: t.status,
      channel: t.channel,
      subject: t.subject,
      submittedAt: t.submittedAt,
      updatedAt: t.updatedAt,
      expectedResponseBy: t.expectedResponseBy,
    }),
  );
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** A ticket the key may see, or the 404 that also answers unknown references. */
async function agentTicketRecord(reader: Pick<Storage, 'getTicket'>, principal: Principal, reference: string): Promise<TicketRecord> {
  const ticket = await reader.getTicket(reference);
  if (!ticket || !mayAccess(principal, ticket.ministryId)) throw notFound('There is no such ticket.');
  return ticket;
}

async function agentView(
  reader: Pick<Storage, 'getMinistry' | 'getTimeline' | 'getAttachment' | 'getSatisfaction'>,
  ticket: TicketRecord,
): Promise<AgentTicket> {
  const [ministry, records, attachments, rating] = await Promise.all([
    reader.getMinistry(ticket.ministryId),
    reader.getTimeline(ticket.reference),
    Promise.all(ticket.attachmentIds.map((id) => reader.getAttachment(id))),
    reader.getSatisfaction(ticket.reference),
  ]);
  if (!ministry) throw new Error(`Ticket ${ticket.reference} belongs to a missing ministry`);
  const { attachmentIds: _ids, ...rest } = ticket;
  return {
    ...rest,
    attachments: attachments
      .filter((a) => a !== undefined)
      .map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
    timeline: timeline(ministry, records),
    satisfaction: satisfaction(rating),
  };
}

export async function getAgentTicket(centre: CentreContext, principal: Principal, reference: string): Promise<AgentTicket> {
  requireSecret(principal);
  const canonical = canonicalReference(reference);
  return agentView(centre.storage, await agentTicketRecord(centre.storage, principal, canonical));
}

export async function updateTicketStatus(centre: CentreContext, principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
  requireSecret(principal);
  const canonical = canonicalReference(reference);
  const request = parseOrThrow(StatusUpdateRequestSchema, jsonObject(body));
  const now = centre.now().toISOString();
  return centre.storage.transaction(async (tx) => {
    const ticket = await agentTicketRecord(tx, principal, canonical);
    if (!canTransition(ticket.status, request.status)) {
      throw illegalTransition(ticket.status, request.status, allowedTransitions(ticket.status));
    }
    const resolvedAt = request.status === 'resolved' ? now : request.status === 'reopened' ? null : ticket.resolvedAt;
    await tx.updateTicket(
      canonical,
      { status: request.status, updatedAt: now, firstResponseAt: ticket.firstResponseAt ?? now, resolvedAt },
      { at: now, kind: 'status', status: request.status, note: request.note ?? null, entityId: ticket.entityId },
    );
    return agentView(tx, (await tx.getTicket(canonical))!);
  });
}

export async function rerouteTicket(centre: CentreContext, principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
  requireSecret(principal);
  const canonical = canonicalReference(reference);
  const request = parseOrThrow(RerouteRequestSchema, jsonObject(body));
  const now = centre.now().toISOString();
  return centre.storage.transaction(async (tx) => {
    const ticket = await agentTicketRecord(tx, principal, canonical);
    const ministry = await tx.getMinistry(ticket.ministryId);
    if (!ministry?.entities.some((e) => e.id === request.entity)) {
      throw validationFailed([
        { field: 'entity', code: 'invalid_choice', message: `Choose one of: ${ministry?.entities.map((e) => e.id).join(', ') ?? ''}.` },
      ]);
    }
    if (request.entity === ticket.entityId) throw conflict(`The ticket is already with ${request.entity}.`);
    if (ticket.status === 'closed') throw conflict('A closed ticket cannot be re-routed; re-open it first.');
    await tx.updateTicket(
      canonical,
      { entityId: request.entity, updatedAt: now },
      { at: now, kind: 'rerouted', status: ticket.status, note: request.note ?? null, entityId: request.entity },
    );
    return agentView(tx, (await tx.getTicket(canonical))!);
  });
}
