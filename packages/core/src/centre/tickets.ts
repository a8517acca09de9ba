/**
 * A citizen looking up their ticket, with the email address or phone number they gave as
 * the verifier, and saying how satisfied they are once it is resolved or closed.
 *
 * @module
 */
import {
  RATEABLE_TICKET_STATUSES,
  SatisfactionRequestSchema,
  type Ministry,
  type Satisfaction,
  type Ticket,
} from '@civic-contact/contract';
import { alreadyRated, notFound, notYetResolved, parseOrThrow } from '../errors.ts';
import type { Principal } from '../keys.ts';
import type { SatisfactionRecord, TicketRecord } from '../storage.ts';
import { ministryOf, requireSite } from './access.ts';
import type { CentreContext } from './context.ts';
import { consume, lookup } from './guards.ts';
import { canonicalReference, emailMatches, jsonObject, phoneMatches, readVerifier } from './requests.ts';
import { entity, lookedUpSatisfaction, named, satisfaction, timeline } from './views.ts';

/** The same answer for an unknown ticket and a wrong verifier, so neither can be told from the other. */
const TICKET_NOT_FOUND = 'No ticket matches this reference and email address or phone number. Check both and try again.';

/**
 * The ticket a citizen may act on: the reference of their ministry with the verifier they gave
 * when filing. Every attempt counts against the client's lookups, and failures against the
 * reference, whichever use case asks.
 */
async function verifiedTicket(
  centre: CentreContext,
  principal: Principal,
  reference: string,
  verifier: string | null,
  clientId: string,
): Promise<{ ministry: Ministry; ticket: TicketRecord }> {
  requireSite(principal);
  const ministry = await ministryOf(centre, principal);
  await consume(centre, `ticket:client:${ministry.id}:${clientId}`, centre.limits(ministry.id).lookups.perClient);
  const canonical = canonicalReference(reference, [ministry.code]);
  const proof = readVerifier(verifier);
  const ticket = await lookup(centre, 'ticket', ministry, canonical, clientId, async () => {
    const ticket = await centre.storage.getTicket(canonical);
    const matches =
      ticket !== undefined &&
      ticket.ministryId === ministry.id &&
      (proof.includes('@') ? emailMatches(proof, ticket.citizen.email) : phoneMatches(proof, ticket.citizen.phone));
    if (!ticket || !matches) throw notFound(TICKET_NOT_FOUND);
    return ticket;
  });
  return { ministry, ticket };
}

export async function getTicket(centre: CentreContext, principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Ticket> {
  const { ministry, ticket } = await verifiedTicket(centre, principal, reference, verifier, clientId);
  const [records, service, rating] = await Promise.all([
    centre.storage.getTimeline(ticket.reference),
    centre.storage.getService(ticket.serviceId),
    centre.storage.getSatisfaction(ticket.reference),
  ]);
  return {
    reference: ticket.reference,
    service: named(ticket.serviceId, service?.name, ministry.defaultLocale),
    status: ticket.status,
    entity: entity(ministry, ticket.entityId),
    submittedAt: ticket.submittedAt,
    updatedAt: ticket.updatedAt,
    expectedResponseBy: ticket.expectedResponseBy,
    locale: ticket.locale,
    timeline: timeline(ministry, records),
    satisfaction: lookedUpSatisfaction(rating),
  };
}

/**
 * "How satisfied are you with how this was handled?": once per ticket, once it is resolved or
 * closed, with the same reference and verifier check as the lookup.
 */
export async function rateTicket(
  centre: CentreContext,
  principal: Principal,
  reference: string,
  verifier: string | null,
  body: unknown,
  clientId: string,
): Promise<Satisfaction> {
  const { ticket } = await verifiedTicket(centre, principal, reference, verifier, clientId);
  const request = parseOrThrow(SatisfactionRequestSchema, jsonObject(body));
  const record: SatisfactionRecord = {
    reference: ticket.reference,
    ministryId: ticket.ministryId,
    serviceId: ticket.serviceId,
    rating: request.rating,
    comment: request.comment || null,
    at: centre.now().toISOString(),
  };
  await centre.storage.transaction(async (tx) => {
    // Read again inside the transaction: the status may have changed since the lookup.
    const current = await tx.getTicket(ticket.reference);
    if (!current || !RATEABLE_TICKET_STATUSES.includes(current.status)) {
      throw notYetResolved();
    }
    if (!(await tx.insertSatisfaction(record))) {
      throw alreadyRated();
    }
  });
  centre.publicStatsCache.written(new Date(record.at));
  return satisfaction(record)!;
}
