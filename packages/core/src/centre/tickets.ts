/**
 * A citizen looking up their ticket, with the email address or phone number they gave as
 * the verifier.
 *
 * @module
 */
import type { Ticket } from '@civic-contact/contract';
import { notFound } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { ministryOf, requireSite } from './access.ts';
import type { CentreContext } from './context.ts';
import { consume, lookup } from './guards.ts';
import { canonicalReference, emailMatches, phoneMatches, readVerifier } from './requests.ts';
import { entity, named, timeline } from './views.ts';

/** The same answer for an unknown ticket and a wrong verifier, so neither can be told from the other. */
const TICKET_NOT_FOUND = 'No ticket matches this reference and email address or phone number. Check both and try again.';

export async function getTicket(centre: CentreContext, principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Ticket> {
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

  const [records, service] = await Promise.all([centre.storage.getTimeline(canonical), centre.storage.getService(ticket.serviceId)]);
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
  };
}
