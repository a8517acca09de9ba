import {
  AgentTicketSchema,
  RerouteRequestSchema,
  StatusUpdateRequestSchema,
  TicketListQuerySchema,
  TicketListSchema,
  type AgentTicket,
  type RerouteRequest,
  type StatusUpdateRequest,
  type TicketList,
  type TicketListQuery,
} from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { checkReference } from '../lookup.ts';
import { validateInput } from '../validation.ts';

/**
 * `client.agent.tickets`: the ministry's tickets as agents and integrators see them.
 * Secret key only: on a site-key client every method throws `ConfigurationError` before
 * any request. Status updates and re-routes are not retried (the contract gives them no
 * idempotency key); check the ticket before repeating one.
 */
export class AgentTicketsResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/agent/tickets`: newest first, filtered, one page at a time; pass
   * `nextCursor` back as `cursor` for the next page (with the same query). With `overdue: true`
   * (open tickets past their expected response time) or `dueBefore` (open tickets due before
   * that instant), the open tickets come soonest due first: what to answer next.
   * @example
   * const { items, nextCursor } = await client.agent.tickets.list({ status: 'received', limit: 50 });
   * @example
   * // Past their target, or due within the next four hours:
   * const dueSoon = await client.agent.tickets.list({ dueBefore: new Date(Date.now() + 4 * 3600_000).toISOString() });
   * const late = dueSoon.items.filter((t) => Date.parse(t.expectedResponseBy) <= Date.now());
   */
  async list(query: TicketListQuery = {}, options: RequestOptions = {}): Promise<TicketList> {
    this.#http.requireKey('secret', 'agent.tickets.list');
    const params = await validateInput(TicketListQuerySchema, query, 'ticket query');
    return this.#http.send({
      operation: 'agent.tickets.list',
      method: 'get',
      path: 'v1/agent/tickets',
      auth: 'secret',
      query: params,
      response: TicketListSchema,
      signal: options.signal,
    });
  }

  /** `GET /v1/agent/tickets/{reference}`: the whole ticket, with the citizen's details and every answer. */
  async get(reference: string, options: RequestOptions = {}): Promise<AgentTicket> {
    this.#http.requireKey('secret', 'agent.tickets.get');
    const canonical = checkReference(reference);
    return this.#http.send({
      operation: 'agent.tickets.get',
      method: 'get',
      path: `v1/agent/tickets/${encodeURIComponent(canonical)}`,
      auth: 'secret',
      response: AgentTicketSchema,
      signal: options.signal,
      notFoundMessage: `No ticket ${canonical} belongs to this key's ministry. Check the reference.`,
    });
  }

  /**
   * `POST /v1/agent/tickets/{reference}/status`: moves the ticket to a new status with
   * an optional public note, which the citizen sees in the timeline.
   * @throws ConflictError with `problemType` `PROBLEM_TYPES.illegalTransition` for a change the workflow does not allow.
   */
  async updateStatus(reference: string, body: StatusUpdateRequest, options: RequestOptions = {}): Promise<AgentTicket> {
    this.#http.requireKey('secret', 'agent.tickets.updateStatus');
    const canonical = checkReference(reference);
    const json = await validateInput(StatusUpdateRequestSchema, body, 'status update');
    return this.#http.send({
      operation: 'agent.tickets.updateStatus',
      method: 'post',
      path: `v1/agent/tickets/${encodeURIComponent(canonical)}/status`,
      auth: 'secret',
      json,
      response: AgentTicketSchema,
      signal: options.signal,
      notFoundMessage: `No ticket ${canonical} belongs to this key's ministry. Check the reference.`,
    });
  }

  /** `POST /v1/agent/tickets/{reference}/route`: hands the ticket to another entity of the ministry. */
  async reroute(reference: string, body: RerouteRequest, options: RequestOptions = {}): Promise<AgentTicket> {
    this.#http.requireKey('secret', 'agent.tickets.reroute');
    const canonical = checkReference(reference);
    const json = await validateInput(RerouteRequestSchema, body, 're-route');
    return this.#http.send({
      operation: 'agent.tickets.reroute',
      method: 'post',
      path: `v1/agent/tickets/${encodeURIComponent(canonical)}/route`,
      auth: 'secret',
      json,
      response: AgentTicketSchema,
      signal: options.signal,
      notFoundMessage: `No ticket ${canonical} belongs to this key's ministry. Check the reference.`,
    });
  }
}

/** `client.agent`: endpoints for agents and integrators (secret key only). */
export class AgentResource {
  /** The ministry's tickets. */
  readonly tickets: AgentTicketsResource;

  /** @internal */
  constructor(http: Transport) {
    this.tickets = new AgentTicketsResource(http);
  }
}
