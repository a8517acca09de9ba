/**
 * The server's Prometheus metrics, at `GET /metrics`: requests by route and status (a count
 * and a latency histogram), complaints filed, rate-limit refusals, and the PostgreSQL pool's
 * use. Each server has a registry of its own (never prom-client's global one), so several
 * servers in one process count apart.
 *
 * `/metrics` is served only when the server is given a token (`METRICS_TOKEN`), and only to a
 * scraper that sends it as `Authorization: Bearer <token>`: the figures say how busy each
 * route and ministry is, which is not for the public. Without a token the path is not there.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PROBLEM_TYPES } from '@civic-contact/contract';
import { ContactCentre, type ContactCentreOptions } from '@civic-contact/core';
import { API_SECURITY_HEADERS } from '@civic-contact/http';
import type { PoolUse } from './server-storage.ts';

/** The path the metrics are served at, outside `/v1`, beside the probes. */
export const METRICS_PATH = '/metrics';

/** A token shorter than this is refused at start: it is all that keeps the figures private. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

/** Methods counted by name; any other is counted as `other`, so a client cannot make up labels. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A server's metrics: what it counts, and the handler of `GET /metrics`. */
export interface ServerMetrics {
  /** Counts one answered request; `route` is a pattern or a fixed name, never a raw path. */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** Counts a complaint filed (not a replay of one already filed). */
  complaintCreated(ministry: string): void;
  /** Answers `GET /metrics`: the figures in Prometheus' text format, or 401 without the token. */
  serve(request: Request): Promise<Response>;
}

/**
 * Makes the metrics of one server.
 *
 * @param token - what a scraper must send as `Authorization: Bearer …`.
 * @param poolUse - the store's connection pool now, or `undefined` for a store without one
 *   (SQLite): its gauges are then not registered at all, rather than report a constant.
 */
export function createMetrics(token: string, poolUse: () => PoolUse | undefined): ServerMetrics {
  if (token.length < MIN_METRICS_TOKEN_LENGTH) throw new Error(`The metrics token must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long: it is all that keeps the figures private.`);
  const registry = new Registry();
  const registers = [registry];
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'civic_contact_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status.', labelNames, registers });
  const durations = new Histogram({
    name: 'civic_contact_http_request_duration_seconds',
    help: "Time from a request's arrival to its answer's headers, by method, route pattern and status.",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const complaints = new Counter({ name: 'civic_contact_complaints_created_total', help: 'Complaints filed (replays of one already filed not counted), by ministry.', labelNames: ['ministry'], registers });
  const refusals = new Counter({
    name: 'civic_contact_rate_limit_refusals_total',
    help: 'Requests refused by a limit (429), by route pattern: which write or lookup was refused.',
    labelNames: ['route'],
    registers,
  });
  if (poolUse() !== undefined) {
    const pool = (name: string, help: string, read: (use: PoolUse) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const use = poolUse();
          if (use) this.set(read(use));
        },
      });
    pool('civic_contact_db_pool_connections', 'PostgreSQL connections this instance holds open, idle or in use.', (use) => use.total);
    pool('civic_contact_db_pool_idle_connections', 'PostgreSQL connections open and idle.', (use) => use.idle);
    pool('civic_contact_db_pool_waiting_requests', 'Queries waiting for a PostgreSQL connection, every one being in use.', (use) => use.waiting);
  }

  const expected = digest(`Bearer ${token}`);
  return {
    observe(method, route, status, seconds) {
      const labels = { method: METHODS.has(method) ? method : 'other', route, status: String(status) };
      requests.inc(labels);
      durations.observe(labels, seconds);
      if (status === 429) refusals.inc({ route });
    },
    complaintCreated(ministry) {
      complaints.inc({ ministry });
    },
    async serve(request) {
      // Compared as digests, in constant time: the answer's timing says nothing of the token.
      if (!timingSafeEqual(digest(request.headers.get('Authorization') ?? ''), expected)) {
        const problem = { type: PROBLEM_TYPES.unauthorized, title: 'The metrics need their token', status: 401, detail: 'Send Authorization: Bearer <METRICS_TOKEN>.' };
        return new Response(JSON.stringify(problem), {
          status: 401,
          headers: { ...API_SECURITY_HEADERS, 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer realm="metrics"' },
        });
      }
      return new Response(await registry.metrics(), { headers: { ...API_SECURITY_HEADERS, 'Content-Type': registry.contentType } });
    },
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** A {@link ContactCentre} that counts the complaints it files: only the centre knows a filing from a replay of one. */
export class MeteredContactCentre extends ContactCentre {
  readonly #metrics: ServerMetrics;

  constructor(options: ContactCentreOptions, metrics: ServerMetrics) {
    super(options);
    this.#metrics = metrics;
  }

  override async createComplaint(...args: Parameters<ContactCentre['createComplaint']>): ReturnType<ContactCentre['createComplaint']> {
    const result = await super.createComplaint(...args);
    // A complaint is filed for its key's ministry: a key for every ministry is refused before this.
    if (!result.replayed) this.#metrics.complaintCreated(args[0].ministryId ?? 'none');
    return result;
  }
}
