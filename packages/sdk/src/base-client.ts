import { Transport } from './http.ts';
import { resolveOptions, type ClientOptions } from './options.ts';

/**
 * A resource class, such as `TicketsResource` or `AgentResource`, as {@link BaseClient.use}
 * takes it. Resources are built by the client over its connection, never by hand.
 */
export type ResourceClass<R> = new (http: Transport) => R;

/** A client holding only the resources it is asked for. Create it with {@link createBaseClient}. */
export interface BaseClient {
  /** The API address the client was created with, normalised. */
  readonly baseUrl: string;
  /** Which key the client holds: `site` (pk_, browsers) or `secret` (sk_, servers). */
  readonly keyKind: 'site' | 'secret';
  /**
   * The client's instance of a resource class: created on first use, then the same one.
   * @example
   * const tickets = client.use(TicketsResource);
   * const ticket = await tickets.get('MOH-7K3D-9QX6', { verifier: 'ana@example.com' });
   */
  use<R>(resource: ResourceClass<R>): R;
  /**
   * Starts solving the proof of work that the contact centre asks of a complaint, an
   * attachment or a callback booking made with a site key, so that it is ready when the
   * citizen submits: call it when they start on a form. A write without one ready solves one
   * itself (a fraction of a second), so calling this is never needed, only quicker. Does
   * nothing with a secret key, which needs no proof.
   */
  prepareProof(): void;
}

/**
 * Creates a client that holds no resources until {@link BaseClient.use} asks for one, so a
 * bundle carries only the resource classes (and their contract schemas) it imports: for a
 * widget or page that calls one or two endpoints. Takes the same options as `createClient`
 * and checks them the same way, failing at once with a `ConfigurationError`.
 *
 * @example A ticket-status page
 * ```ts
 * import { createBaseClient, TicketsResource } from '@civic-contact/sdk';
 *
 * const client = createBaseClient({ baseUrl: 'https://contact.gov.example', siteKey: 'pk_live_moh_…' });
 * const ticket = await client.use(TicketsResource).get('MOH-7K3D-9QX6', { verifier: 'ana@example.com' });
 * ```
 * @throws ConfigurationError for invalid options.
 */
export function createBaseClient(options: ClientOptions): BaseClient {
  const resolved = resolveOptions(options);
  const http = new Transport(resolved);
  const resources = new Map<ResourceClass<unknown>, unknown>();
  return Object.freeze({
    baseUrl: resolved.baseUrl,
    keyKind: resolved.key.kind,
    prepareProof: () => http.prepareProof(),
    use<R>(resource: ResourceClass<R>): R {
      if (!resources.has(resource)) resources.set(resource, new resource(http));
      return resources.get(resource) as R;
    },
  });
}
