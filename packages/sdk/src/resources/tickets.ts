import { HEADERS, SatisfactionRequestSchema, SatisfactionSchema, type Satisfaction, type SatisfactionRequest } from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import { checkReference, checkVerifier } from '../lookup.ts';
import { validateInput } from '../validation.ts';
import { TicketLookupResource, type TicketLookupOptions } from './ticket-lookup.ts';

/**
 * `client.tickets`: a citizen looking up their own ticket (site key), and saying how satisfied
 * they are once it is resolved or closed. A module of its own, apart from the lookup
 * ({@link TicketLookupResource}), so that a page that only looks tickets up does not carry it.
 */
export class TicketsResource extends TicketLookupResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    super(http);
    this.#http = http;
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
   * `SATISFACTION_PROBLEM_TYPES.alreadyRated` when the ticket was already rated, `SATISFACTION_PROBLEM_TYPES.notYetResolved`
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
