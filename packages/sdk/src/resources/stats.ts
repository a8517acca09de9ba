import { PublicStatsQuerySchema, PublicStatsSchema, StatsQuerySchema, StatsSchema, type PublicStats, type PublicStatsQuery, type Stats, type StatsQuery } from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import { validateInput } from '../validation.ts';

/** `client.stats`: the KPIs of a public service dashboard (secret key), and the figures anyone may see (`public`, a site key is enough). */
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

  /**
   * `GET /v1/stats/public`: aggregate figures, safe to publish, for a period (default the last
   * 12 weeks, at most 366 days): the key's own ministry's, another ministry's (`ministry`: its
   * id), or every ministry's together (`ministry: 'all'`, on the calendar of the key's
   * ministry, with a line per ministry in `byMinistry`). A count under 5, and a share or median
   * over fewer than 5 items, is `{ suppressed: true }`. An unknown ministry is a `NotFoundError`.
   * @example
   * const figures = await client.stats.public({ from: '2026-09-14', to: '2026-12-06' });
   * const received = typeof figures.received === 'number' ? figures.received : 'fewer than 5';
   * const country = await client.stats.public({ ministry: 'all' });
   */
  async public(query: PublicStatsQuery = {}, options: RequestOptions = {}): Promise<PublicStats> {
    const params = await validateInput(PublicStatsQuerySchema, query, 'public stats query');
    return this.#http.send({
      operation: 'stats.public',
      method: 'get',
      path: 'v1/stats/public',
      auth: 'either',
      query: params,
      response: PublicStatsSchema,
      signal: options.signal,
    });
  }
}
