import { ServiceCatalogueSchema, type ServiceCatalogue } from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';

/** `client.services`: what the key's ministry accepts complaints and callbacks for. */
export class ServicesResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/services`: the ministry behind the key and its services, each with its
   * dynamic fields, attachment limits, location needs and response-time target.
   *
   * @example
   * const { ministry, services } = await client.services.list();
   */
  async list(options: RequestOptions = {}): Promise<ServiceCatalogue> {
    return this.#http.send({
      operation: 'services.list',
      method: 'get',
      path: 'v1/services',
      auth: 'either',
      response: ServiceCatalogueSchema,
      signal: options.signal,
    });
  }
}
