import { createBaseClient, type BaseClient } from './base-client.ts';
import type { ClientOptions } from './options.ts';
import { AgentResource } from './resources/agent.ts';
import { AttachmentsResource } from './resources/attachments.ts';
import { CallbacksResource } from './resources/callbacks.ts';
import { ComplaintsResource } from './resources/complaints.ts';
import { FaqResource } from './resources/faq.ts';
import { ServicesResource } from './resources/services.ts';
import { StatsResource } from './resources/stats.ts';
import { TicketsResource } from './resources/tickets.ts';

/**
 * A client of the Civic Contact API with every resource; its methods read like the API.
 * Create it with {@link createClient}. `client.use(TicketsResource)` is `client.tickets`.
 */
export interface CivicContactClient extends BaseClient {
  /** The ministry's services. */
  readonly services: ServicesResource;
  /** Filing complaints. */
  readonly complaints: ComplaintsResource;
  /** Uploading files to cite in a complaint. */
  readonly attachments: AttachmentsResource;
  /** A citizen's ticket lookup (site key). */
  readonly tickets: TicketsResource;
  /** Callback slots, booking and cancelling. */
  readonly callbacks: CallbacksResource;
  /** FAQ search, articles and feedback. */
  readonly faq: FaqResource;
  /** Agent and integrator endpoints (secret key). */
  readonly agent: AgentResource;
  /** Dashboard KPIs (secret key). */
  readonly stats: StatsResource;
}

/**
 * Creates a client with every resource. A bundle that calls it carries every resource
 * class and the contract schemas they use; a widget or page that needs one or two
 * resources carries less with {@link createBaseClient} and `client.use(…)`.
 *
 * Every option is checked here, so a wrong base URL, a missing key,
 * both keys, a key of the wrong kind, or a secret key in a browser fail at once with a
 * `ConfigurationError`, before any request.
 *
 * @example In a ministry web page
 * ```ts
 * const client = createClient({ baseUrl: 'https://contact.gov.example', siteKey: 'pk_live_moh_…', locale: 'fr' });
 * const { services } = await client.services.list();
 * ```
 * @example In an integrator's script (Node)
 * ```ts
 * const client = createClient({ baseUrl: process.env.CIVIC_API!, secretKey: process.env.CIVIC_SECRET_KEY! });
 * const { items } = await client.agent.tickets.list({ status: 'received' });
 * ```
 * @throws ConfigurationError for invalid options.
 */
export function createClient(options: ClientOptions): CivicContactClient {
  const client = createBaseClient(options);
  const { use } = client;
  return Object.freeze({
    ...client,
    services: use(ServicesResource),
    complaints: use(ComplaintsResource),
    attachments: use(AttachmentsResource),
    tickets: use(TicketsResource),
    callbacks: use(CallbacksResource),
    faq: use(FaqResource),
    agent: use(AgentResource),
    stats: use(StatsResource),
  });
}
