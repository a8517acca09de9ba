import { HEADERS, TicketSchema, type Ticket } from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { checkReference, checkVerifier } from '../lookup.ts';

/** Options of {@link TicketLookupResource.get} and {@link TicketsResource.rate}. */
export interface TicketLookupOptions extends RequestOptions {
  /** The email address or phone number given when filing. Sent in the `X-Civic-Verifier` header, never in the URL. */
  verifier: string;
}

/**
 * A citizen looking up their own ticket (site key), and nothing more: what a page that only
 * shows a ticket needs. `client.tickets` ({@link TicketsResource}) adds rating it.
 */
export class TicketLookupResource {
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
}
