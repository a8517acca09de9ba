import {
  HEADERS,
  SatisfactionRequestSchema,
  SatisfactionSchema,
  TicketSchema,
  type Satisfaction,
  type SatisfactionRequest,
  type Ticket,
} from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { checkReference, checkVerifier } from '../lookup.ts';
import { validateInput } from '../validation.ts';

/** Options of {@link TicketsResource.get}. */
export interface TicketLookupOptions extends RequestOptions {
  /** The email address or phone number given when filing. Sent in the `X-Civic-Verifier` header, never in the URL. */
  verifier: string;
}

/** `client.tickets`: a citizen looking up their own ticket (site key). */
export class TicketsResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/tickets/{reference}`: status, public timeline and expected date.
   *
   * The reference may be typed as citizens do (`moh 7k3d 9qx6`); a malformed one — a
   * wrong character, a failed check character — is refused before any request with a
   * `ValidationError` on `reference` that names the character. An unknown reference and
   * a wrong verifier both give `NotFoundError`. Lookups are rate limited.
   *
   * @throws ValidationError, NotFoundError, RateLimitedError
   * @example
   * const ticket = await client.tickets.get('MOH-7K3D-9QX6', { verifier: 'ana@example.com' });
   */
  async get(reference: string, options: TicketLookupOptions): Promise<Ticket> {
    this.#http.requireKey('site', 'tickets.get');
    const canonical = checkReference(reference);
    const verifier = checkVerifier(options?.verifier, 'email or phone number');
    return this.#http.send({
      operation: 'tickets.get',
      method: 'get',
      path: `v1/tickets/${encodeURIComponent(canonical)}`,
      auth: 'site',
      headers: { [HEADERS.verifier]: verifier },
      response: TicketSchema,
      signal: options.signal,
      notFoundMessage: `No ticket matches ${canonical} with that email address or phone number. Check both against the confirmation message and try again.`,
    });
  }

  /**
   * `POST /v1/tickets/{reference}/satisfaction`: how satisfied the citizen is with how a
   * resolved or closed ticket was handled — a rating from 1 ("very dissatisfied") to 5 ("very
   * satisfied", `SATISFACTION_LABELS` names them) and an optional comment. Asked once per
   * ticket, with the same reference and verifier as {@link get}; the ticket's `satisfaction`
   * then holds the answer. Not retried: a second answer is refused.
   *
   * @throws ValidationError (before any request for a bad rating, comment or reference),
   * NotFoundError (unknown reference or wrong verifier), ConflictError (`problemType` is
   * `PROBLEM_TYPES.alreadyRated` when the ticket was already rated, `PROBLEM_TYPES.notYetResolved`
   * before it is resolved or closed), RateLimitedError
   * @example
   * await client.tickets.rate('MOH-7K3D-9QX6', { rating: 4, comment: 'Quick and clear.' }, { verifier: 'ana@example.com' });
   */
  async rate(reference: string, body: SatisfactionRequest, options: TicketLookupOptions): Promise<Satisfaction> {
    this.#http.requireKey('site', 'tickets.rate');
    const canonical = checkReference(reference);
    const verifier = checkVerifier(options?.verifier, 'email or phone number');
    const json = await validateInput(SatisfactionRequestSchema, body, 'rating');
    return this.#http.send({
      operation: 'tickets.rate',
      method: 'post',
      path: `v1/tickets/${encodeURIComponent(canonical)}/satisfaction`,
      auth: 'site',
      headers: { [HEADERS.verifier]: verifier },
      json,
      response: SatisfactionSchema,
      signal: options.signal,
      notFoundMessage: `No ticket matches ${canonical} with that email address or phone number. Check both against the confirmation message and try again.`,
    });
  }
}
