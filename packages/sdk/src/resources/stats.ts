import { StatsQuerySchema, StatsSchema, type Stats, type StatsQuery } from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { validateInput } from '../validation.ts';

/** `client.stats`: the KPIs of a public service dashboard (secret key only). */
export class StatsResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/stats`: volume by service and channel, median first response, share
   * resolved within target and open backlog, for a period (default the last 30 days).
   * @example
   * const stats = await client.stats.get({ from: '2026-01-01', to: '2026-01-31' });
   */
  async get(query: StatsQuery = {}, options: RequestOptions = {}): Promise<Stats> {
    this.#http.requireKey('secret', 'stats.get');
    const params = await validateInput(StatsQuerySchema, query, 'stats query');
    return this.#http.send({
      operation: 'stats.get',
      method: 'get',
      path: 'v1/stats',
      auth: 'secret',
      query: params,
      response: StatsSchema,
      signal: options.signal,
    });
  }
}
