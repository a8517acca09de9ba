/**
 * The contact centre's use cases, one method per operation of the v1 contract, over a
 * {@link Storage}. HTTP adapters (the msw mock, the reference server) extract headers, path
 * parameters and bodies, call a method, and turn a thrown {@link DomainError} into
 * `application/problem+json`. Every rule lives once, in the area modules under `centre/`;
 * this class is their one public face.
 *
 * Tenancy: every read and write is scoped by the caller's ministry. A key of one ministry
 * meets another ministry's ticket, callback, service or FAQ exactly as it meets one that
 * does not exist.
 *
 * @module
 */
import type {
  AgentTicket,
  Attachment,
  Callback,
  CallbackSlots,
  Challenge,
  ComplaintCreated,
  FaqArticle,
  FaqFeedbackResponse,
  FaqSearchResponse,
  Satisfaction,
  ServiceCatalogue,
  Stats,
  PublicStats,
  Ticket,
  TicketList,
} from '@civic-contact/contract';
import { authenticate, requireSecret, requireSite } from './centre/access.ts';
import { getAgentTicket, listTickets, rerouteTicket, updateTicketStatus } from './centre/agent.ts';
import { uploadAttachment } from './centre/attachments.ts';
import { callbackSlots, cancelCallback, createCallback } from './centre/callbacks.ts';
import { createComplaint } from './centre/complaints.ts';
import { createContext, type CentreContext } from './centre/context.ts';
import { faqFeedback, getFaq, searchFaq } from './centre/faq.ts';
import { challenge } from './centre/guards.ts';
import { sweep } from './centre/housekeeping.ts';
import { listServices } from './centre/services.ts';
import { stats } from './centre/stats.ts';
import { publicStats } from './centre/public-stats.ts';
import { getTicket, rateTicket } from './centre/tickets.ts';
import type { ContactCentreOptions, Credentials, IdempotentResult, RequestContext, SweepResult, UploadInput } from './centre/types.ts';
import type { Principal } from './keys.ts';
import type { QueryInput } from './query.ts';

export type { ContactCentreOptions, Credentials, IdempotentResult, ReceivedFile, RequestContext, SweepResult, UploadInput } from './centre/types.ts';

/**
 * The contact centre: one async method per operation of the v1 contract. Methods take the
 * {@link Principal} from {@link ContactCentre.authenticate} and already-extracted inputs;
 * bodies and queries are `unknown` and parsed with the contract schemas.
 */
export class ContactCentre {
  readonly #centre: CentreContext;

  constructor(options: ContactCentreOptions) {
    this.#centre = createContext(options);
  }

  /* ---------------------------------------------------------------- keys and scope */

  /**
   * Checks the caller's key. A secret key in `Authorization: Bearer sk_…` wins over an
   * `X-Site-Key`. A publishable key must allow the request's `Origin`; a request without
   * `Origin` is not from another site's page (browsers always send it cross-origin), so it
   * passes.
   *
   * @throws DomainError 401 when no key is given or the key is unknown or revoked; 403 when
   *   the origin is not allowed for the publishable key.
   */
  async authenticate(credentials: Credentials): Promise<Principal> {
    return authenticate(this.#centre, credentials);
  }

  /** @throws DomainError 403 unless the principal holds a secret key (agent and reporting endpoints). */
  requireSecret(principal: Principal): void {
    requireSecret(principal);
  }

  /** @throws DomainError 403 unless the principal holds a publishable key. */
  requireSite(principal: Principal): void {
    requireSite(principal);
  }

  /* ---------------------------------------------------------------- housekeeping */

  /**
   * Deletes what has outlived its use: uploads no complaint cited within the upload TTL (and
   * their bytes, unless another upload has the same content or it was stored again in the
   * last hour), and answers to idempotent requests older than theirs. A server calls it now
   * and then; running it twice, or on several instances at once, is harmless.
   */
  async sweep(): Promise<SweepResult> {
    return sweep(this.#centre);
  }

  /* ---------------------------------------------------------------- services and proof of work */

  /**
   * `GET /v1/services?ministry=…`: the key's ministry and its services. An all-ministries key
   * names the ministry (its agents route that ministry's tickets to its teams); a ministry's
   * key may name only its own.
   *
   * @throws DomainError 400 (bad query, unknown ministry), 403 (another ministry's; an
   *   all-ministries key naming none).
   */
  async listServices(principal: Principal, query: QueryInput = null): Promise<ServiceCatalogue> {
    return listServices(this.#centre, principal, query);
  }

  /**
   * `GET /v1/challenge`: a proof-of-work challenge for the next complaint, attachment or
   * callback of a site key, harder for a client that keeps asking.
   *
   * @throws DomainError 403 (not a site key), 404 when this contact centre asks for no proof.
   */
  async challenge(principal: Principal, context: RequestContext): Promise<Challenge> {
    return challenge(this.#centre, principal, context);
  }

  /* ---------------------------------------------------------------- complaints and attachments */

  /**
   * `POST /v1/complaints`. Validates the body against the contract and then against the
   * service definition (every field error at once), checks the cited attachments, and files
   * the ticket with its first timeline entry, all in one transaction.
   *
   * @throws DomainError 400 (bad Idempotency-Key), 409 (key reused with another body), 422.
   */
  async createComplaint(
    principal: Principal,
    body: unknown,
    idempotencyKey: string | null,
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<IdempotentResult<ComplaintCreated>> {
    return createComplaint(this.#centre, principal, body, idempotencyKey, context);
  }

  /**
   * `POST /v1/attachments`: stores one file for a later complaint. Its type is sniffed from
   * the bytes, never taken from the name or the declared type.
   *
   * @param input - the upload, or how to read it: an adapter passes a reader, so that a
   *   refused key, proof or limit stops the upload before its bytes are received.
   * @throws DomainError 413 above the service's size limit, 415 for a type the service does
   *   not take, 422 for an unknown service, a service without attachments, or an empty file;
   *   429 past the upload limits.
   */
  async uploadAttachment(
    principal: Principal,
    input: UploadInput | (() => Promise<UploadInput>),
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<Attachment> {
    return uploadAttachment(this.#centre, principal, input, context);
  }

  /* ---------------------------------------------------------------- tickets (citizens) */

  /**
   * `GET /v1/tickets/{reference}` with the verifier: the ticket as the citizen may see it,
   * timeline newest first. An unknown reference, another ministry's reference and a wrong
   * verifier all get the same 404. Limited per client (every attempt), and per reference
   * (failed attempts: per client, and from everyone with a higher cap).
   *
   * @param clientId - who is asking, for rate limiting (the client address).
   * @throws DomainError 400 (malformed reference, no verifier), 403 (not a site key), 404, 429.
   */
  async getTicket(principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Ticket> {
    return getTicket(this.#centre, principal, reference, verifier, clientId);
  }

  /**
   * `POST /v1/tickets/{reference}/satisfaction` with the verifier: how satisfied the citizen is
   * with how the ticket was handled. The same check and limits as {@link getTicket}; accepted
   * once per ticket, and only once it is resolved or closed.
   *
   * @throws DomainError 400, 403, 404 (as the lookup), 409 (`already-rated`, `not-yet-resolved`), 422, 429.
   */
  async rateTicket(principal: Principal, reference: string, verifier: string | null, body: unknown, clientId: string): Promise<Satisfaction> {
    return rateTicket(this.#centre, principal, reference, verifier, body, clientId);
  }

  /* ---------------------------------------------------------------- callbacks */

  /**
   * `GET /v1/callbacks/slots?service=…&from=…&days=…`: the centre's calendar with free places.
   *
   * @throws DomainError 400 (bad query, or a service without callbacks), 404 (unknown service).
   */
  async callbackSlots(principal: Principal, query: QueryInput): Promise<CallbackSlots> {
    return callbackSlots(this.#centre, principal, query);
  }

  /**
   * `POST /v1/callbacks`: books a callback "as soon as possible" or in a listed slot.
   * The capacity check and the booking are one atomic step, so two citizens cannot take the
   * last place in a slot. Idempotent like complaints.
   *
   * @throws DomainError 400, 409 (slot full, key reused), 422 (including a slot that is not offered).
   */
  async createCallback(
    principal: Principal,
    body: unknown,
    idempotencyKey: string | null,
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<IdempotentResult<Callback>> {
    return createCallback(this.#centre, principal, body, idempotencyKey, context);
  }

  /**
   * `DELETE /v1/callbacks/{reference}` with the phone number as verifier. Cancelling a
   * callback that is already cancelled answers the cancelled callback again (a retried
   * DELETE must not fail); a completed callback, or one whose slot has begun, is a 409.
   * Rate limited like ticket lookups, in buckets of its own.
   *
   * @throws DomainError 400, 404 (unknown reference and wrong phone alike), 409, 429.
   */
  async cancelCallback(principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Callback> {
    return cancelCallback(this.#centre, principal, reference, verifier, clientId);
  }

  /* ---------------------------------------------------------------- FAQs */

  /** `GET /v1/faq/search?q=…&lang=…&limit=…&service=…`: ranked, typo-tolerant, highlighted. */
  async searchFaq(principal: Principal, query: QueryInput): Promise<FaqSearchResponse> {
    return searchFaq(this.#centre, principal, query);
  }

  /**
   * `GET /v1/faq/{id}?lang=…`: one FAQ in the asked language, or the ministry's default.
   *
   * @throws DomainError 400 (malformed `lang`), 404.
   */
  async getFaq(principal: Principal, id: string, lang: string | null): Promise<FaqArticle> {
    return getFaq(this.#centre, principal, id, lang);
  }

  /**
   * `POST /v1/faq/{id}/feedback`: "Did this answer your question?"
   *
   * @throws DomainError 404 (unknown FAQ or another ministry's), 422.
   */
  async faqFeedback(principal: Principal, id: string, body: unknown, context: RequestContext = { clientId: principal.keyId }): Promise<FaqFeedbackResponse> {
    return faqFeedback(this.#centre, principal, id, body, context);
  }

  /* ---------------------------------------------------------------- agents */

  /**
   * `GET /v1/agent/tickets`: the key's tickets (every ministry's for an all-ministries key),
   * newest first, filtered, a page at a time. `from`/`to` are calendar dates in the
   * ministry's time zone (UTC for an all-ministries key), both inclusive.
   */
  async listTickets(principal: Principal, query: QueryInput): Promise<TicketList> {
    return listTickets(this.#centre, principal, query);
  }

  /** `GET /v1/agent/tickets/{reference}`: everything an agent needs. */
  async getAgentTicket(principal: Principal, reference: string): Promise<AgentTicket> {
    return getAgentTicket(this.#centre, principal, reference);
  }

  /**
   * `POST /v1/agent/tickets/{reference}/status`: a new status with a public note. The first
   * change sets `firstResponseAt`; `resolved` sets `resolvedAt` and re-opening clears it.
   *
   * @throws DomainError 404, 409 (illegal transition), 422.
   */
  async updateTicketStatus(principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
    return updateTicketStatus(this.#centre, principal, reference, body);
  }

  /**
   * `POST /v1/agent/tickets/{reference}/route`: hands the ticket to another entity of its
   * ministry; the status stays as it is.
   *
   * @throws DomainError 404, 409 (already there, or closed), 422 (unknown entity).
   */
  async rerouteTicket(principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
    return rerouteTicket(this.#centre, principal, reference, body);
  }

  /* ---------------------------------------------------------------- stats */

  /**
   * `GET /v1/stats?from=…&to=…&ministry=…`: the KPIs of a public service dashboard.
   *
   * The period is calendar days, both inclusive, in the ministry's time zone (UTC across
   * ministries); it defaults to the 30 days up to today. `received` counts tickets submitted
   * in the period; `resolved` and the within-target share count tickets resolved in it;
   * the median first response is over tickets first answered in it; `openBacklog` is the
   * open tickets now. An all-ministries key sees every ministry (or the one in `ministry`);
   * a ministry key sees only its own.
   *
   * @throws DomainError 400 (bad query), 403 (a ministry key asking for another ministry).
   */
  async stats(principal: Principal, query: QueryInput): Promise<Stats> {
    return stats(this.#centre, principal, query);
  }

  /**
   * `GET /v1/stats/public?from=…&to=…`: the key's ministry's aggregate figures, safe to
   * publish (a site key is enough). Calendar days in the ministry's time zone, both inclusive,
   * by default the 12 weeks up to today, at most 366 days; the weekly trend is by ISO week in
   * that zone. Counts under 5, and shares and medians over fewer than 5 items, are
   * `{ suppressed: true }`.
   *
   * @throws DomainError 400 (bad query or period), 403 (an all-ministries key).
   */
  async publicStats(principal: Principal, query: QueryInput): Promise<PublicStats> {
    return publicStats(this.#centre, principal, query);
  }
}
