/**
 * The agents' side of tickets, for secret keys: listing them a page at a time, reading one
 * with everything an agent needs, changing its status, handing it to another team.
 *
 * @module
 */
import {
  LIMITS,
  OPEN_TICKET_STATUSES,
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

/** Where a page ended, in the order it was listed in: newest first, or soonest due first. */
type Position = { order: 'newest'; submittedAt: string; reference: string } | { order: 'due'; expectedResponseBy: string; reference: string };

function encodeCursor(position: Position): string {
  const value =
    position.order === 'newest' ? [position.submittedAt, position.reference] : ['due', position.expectedResponseBy, position.reference];
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The position a cursor names; a cursor of the other order is refused like a forged one. */
function decodeCursor(cursor: string, order: Position['order']): Position {
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    const parts: unknown[] = Array.isArray(value) ? value : [];
    const [a, b, c] = parts;
    if (order === 'newest' && parts.length === 2 && typeof a === 'string' && typeof b === 'string') {
      return { order, submittedAt: a, reference: b };
    }
    if (order === 'due' && parts.length === 3 && a === 'due' && typeof b === 'string' && typeof c === 'string') {
      return { order, expectedResponseBy: b, reference: c };
    }
  } catch {
    // Reported below.
  }
  throw badRequest('The cursor is not one this API gave out for this query.', [
    { field: 'cursor', code: 'invalid_value', message: 'Use the nextCursor of the previous page, with the same query.' },
  ]);
}

/**
 * The instant before which an open ticket is listed as due: the earlier of `dueBefore` and,
 * with `overdue=true`, now. Undefined when the query asks for neither.
 */
function dueLimit(centre: CentreContext, dueBefore: string | undefined, overdue: boolean | undefined): string | undefined {
  // The contract's pattern admits only real instants, so Date.parse never gives NaN here.
  const limits: number[] = [];
  if (dueBefore !== undefined) limits.push(Date.parse(dueBefore));
  if (overdue === true) limits.push(centre.now().getTime());
  return limits.length === 0 ? undefined : new Date(Math.min(...limits)).toISOString();
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
  const dueBefore = dueLimit(centre, q.dueBefore, q.overdue);
  const order = dueBefore === undefined ? 'newest' : 'due';
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, order);
  const timeZone = await agentTimeZone(centre, principal.ministryId);
  const limit = q.limit ?? LIMITS.ticketPageSizeDefault;
  const rows = await centre.storage.listTickets({
    ministryId: principal.ministryId,
    status: q.status,
    serviceId: q.service,
    entityId: q.entity,
    submittedFrom: q.from === undefined ? undefined : zonedDateTimeToInstant(q.from, '00:00', timeZone).toISOString(),
    submittedBefore: q.to === undefined ? undefined : zonedDateTimeToInstant(addDaysToDate(q.to, 1), '00:00', timeZone).toISOString(),
    ...(dueBefore === undefined ? {} : { order, dueBefore, statuses: OPEN_TICKET_STATUSES }),
    after: after?.order === 'newest' ? after : undefined,
    afterDue: after?.order === 'due' ? after : undefined,
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
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const position: Position =
    order === 'due'
      ? { order, expectedResponseBy: last.expectedResponseBy, reference: last.reference }
      : { order, submittedAt: last.submittedAt, reference: last.reference };
  return { items, nextCursor: encodeCursor(position) };
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
  const at = centre.now();
  const now = at.toISOString();
  const updated = await centre.storage.transaction(async (tx) => {
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
  // A first response or a resolution now counts in every period that reaches now.
  centre.publicStatsCache.written(at);
  return updated;
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
