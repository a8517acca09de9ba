import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import { PROBLEM_TYPES, type Problem } from '@civic-contact/contract';
import { buildOpenApiDocument } from '@civic-contact/contract/openapi';
import { ContactCentre, hashSecret, loadDemoKeys, type ContactCentreOptions, type DemoKeys, type LimitsConfig, type ProofOfWorkOptions, type SeedData } from '@civic-contact/core';
import { API_SECURITY_HEADERS, createHttpApp } from '@civic-contact/http';
import { seed as demoSeed } from '@civic-contact/core/seed';
import type { ServerStorage } from './server-storage.ts';
import { DiskBlobStore, type ServerBlobStore } from './disk-blob-store.ts';
import { streamingUploadReader } from './uploads.ts';
import { nodeSha256 } from './node-sha256.ts';
import { ownOrigin, withCors } from './cors.ts';
import { compressJson } from './compress-json.ts';
import { exampleSite } from './site.ts';
import { cachedFaqIndex } from './faq-index.ts';
import { openDatabase } from './database.ts';
import { lockDataDir } from './data-dir.ts';
import { clientOf, trustProxy } from './trust-proxy.ts';
import { createMetrics, METRICS_PATH, MeteredContactCentre } from './metrics.ts';
import { DEFAULT_ELEMENTS_DIR, ELEMENTS_PATH, entryPath, readWidgetManifest, widgetCode } from './widget-code.ts';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Interface to listen on. Default `localhost`. */
  host?: string;
  /** Folder of the database file and the attachments. Default `./data`. */
  dataDir?: string;
  /**
   * A PostgreSQL connection string (`postgres://user:password@host:5432/civic_contact`; the CLI
   * reads it from `DATABASE_URL`): the store is that database, which several instances of the
   * server can share, migrated at start; instead of the SQLite file in `dataDir`. Default: SQLite.
   */
  databaseUrl?: string;
  /** Ministries, services and FAQs loaded when the database is empty; `null` loads nothing. Default: the demo seed. */
  seed?: SeedData | null;
  /**
   * Store the demo keys (`pk_test_<ministry>` for this server's own pages, `sk_test_<ministry>`,
   * `sk_test_admin`). Default true; a production centre creates its keys with the CLI instead.
   */
  demoKeys?: boolean;
  /** Serve the example ministry site beside the API. Default true. */
  site?: boolean;
  /**
   * The widget build served at `/elements/` to ministry pages on any origin; `null` serves none.
   * Default: `packages/elements/dist/cdn`, where `npm run build` writes it.
   */
  elementsDir?: string | null;
  /** The ministry the example site belongs to: its FAQ index is served at `/assets/faq-index.json`. Default `transport`. */
  siteMinistry?: string;
  /** SQLite `synchronous`: NORMAL (default, survives a crashed process) or FULL (also survives power loss). Not used with `databaseUrl`. */
  synchronous?: 'NORMAL' | 'FULL';
  /**
   * Which proxies in front of the server may say who the client is, in `X-Forwarded-For`: a
   * number of proxies (`1` behind one reverse proxy), or the proxies' addresses and CIDR ranges
   * (`'10.0.0.0/8,127.0.0.1,::1'`). Ticket lookups are limited per client. Default: none, so
   * the client is the connection's address and `X-Forwarded-For`, which anyone can send, is
   * ignored. See {@link trustProxy}.
   */
  trustProxy?: string | number;
  /**
   * Longest wait for a request's headers, in milliseconds: a client that sends them slowly
   * (to hold connections open) is cut off with 408. At most `requestTimeoutMs`. Default 15 000.
   */
  headersTimeoutMs?: number;
  /**
   * Longest wait for a whole request, body included, in milliseconds. Default 180 000: the
   * largest attachment a service may accept (20 MB) takes about 170 s at 1 Mbit/s, a weak
   * mobile uplink, while a client sending slower still holds a connection at most 3 minutes
   * (Node's own default is 5).
   */
  requestTimeoutMs?: number;
  /**
   * How long an idle kept-alive connection stays open, in milliseconds. Default 5000. Behind a
   * proxy that reuses its connections to the server, make it longer than the proxy's own idle
   * timeout, or the proxy may send a request on a connection the server is closing.
   */
  keepAliveTimeoutMs?: number;
  /**
   * Keep attachments' bytes on disk in this folder (the CLI reads `ATTACHMENTS_DIR`), even on
   * PostgreSQL: a volume every instance mounts, say. Default: in the database on PostgreSQL
   * (`PostgresBlobStore`), `<dataDir>/attachments` on SQLite.
   */
  attachmentsDir?: string;
  /** Where attachment bytes are kept, overriding `attachmentsDir` and the default. */
  blobs?: ServerBlobStore;
  /**
   * Write, booking and lookup limits, for every ministry and per ministry (checked with
   * `parseLimitsConfig`); the defaults of `DEFAULT_LIMITS` where not given.
   */
  limits?: LimitsConfig;
  /**
   * The proof of work asked of complaints, attachments and callback bookings made with a site
   * key: its difficulty (`maxNumber`, per ministry too), the key that signs challenges (the
   * same for every instance behind one load balancer), and so on; `false` asks for none.
   * Default: asked, with the defaults of `ProofOfWorkOptions`.
   */
  proofOfWork?: ProofOfWorkOptions | false;
  /**
   * How often the server deletes uploads no complaint cited within a day, answers to
   * idempotent requests older than a day and temporary files of uploads that died an hour
   * ago, in milliseconds; also once at start. Default: hourly.
   */
  sweepIntervalMs?: number;
  /**
   * Serves Prometheus metrics at `GET /metrics` to a scraper that sends this token as
   * `Authorization: Bearer <token>` (at least 16 characters; the CLI reads `METRICS_TOKEN`).
   * Default: none, and no `/metrics`. See `metrics.ts` and docs/deployment.md.
   */
  metricsToken?: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Unexpected errors (they reach clients only as a bare 500). Default: printed to stderr. */
  onError?: (error: unknown) => void;
}

/** A running contact centre. */
export interface RunningServer {
  /** e.g. `http://localhost:3000` */
  url: string;
  port: number;
  /** The SQLite file, or the PostgreSQL database's URL without its password. */
  databaseFile: string;
  /** The URL of the widget code's loader under its version (for a script tag); null when it is not built or not served. */
  widgetCodeUrl: string | null;
  /** The demo keys, when they were stored. */
  keys: DemoKeys | null;
  centre: ContactCentre;
  storage: ServerStorage;
  /** Where the attachments' bytes are: on disk, or in the PostgreSQL database. */
  blobs: ServerBlobStore;
  /** Stops accepting requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the reference contact centre: the v1 API over SQLite (or PostgreSQL), the widget code for ministry
 * pages, and (by default) the example ministry site, on one port.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir ?? 'data');
  const seed = options.seed === undefined ? demoSeed : options.seed;
  const clientAddress = trustProxy(options.trustProxy);
  const onError = options.onError ?? ((error: unknown) => console.error('Unexpected error:', error));
  const lock = await lockDataDir(dataDir);
  const { storage, file: databaseFile } = await openDatabase(dataDir, seed, { synchronous: options.synchronous ?? 'NORMAL', databaseUrl: options.databaseUrl, onError }).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  const now = options.now ?? (() => new Date());

  let sweeper: { stop(): Promise<void> } | undefined;
  try {
    // On a database that several instances share, attachments are in it too, unless told to keep them on disk.
    const blobs =
      options.blobs ??
      (options.attachmentsDir === undefined ? storage.sharedBlobs(() => now().getTime()) : undefined) ??
      new DiskBlobStore(resolve(options.attachmentsDir ?? join(dataDir, 'attachments')));
    const keys = options.demoKeys === false ? null : await storeDemoKeys(storage, now());

    // On a database that several instances share, they count limits and spend proofs together.
    const shared = storage.sharedLimits(() => now().getTime());
    const proofOfWork = options.proofOfWork === false ? false : { usedProofs: shared?.usedProofs, ...options.proofOfWork };
    const metrics = options.metricsToken === undefined ? undefined : createMetrics(options.metricsToken, () => storage.poolUse());
    const centreOptions: ContactCentreOptions = { storage, blobs, now, sha256: nodeSha256, limits: options.limits, limitStore: shared?.limitStore, proofOfWork };
    const centre = metrics ? new MeteredContactCentre(centreOptions, metrics) : new ContactCentre(centreOptions);
    sweeper = startSweeper(
      async () => {
        await centre.sweep();
        await blobs.removeStaleTemporaryFiles();
      },
      options.sweepIntervalMs ?? 3600_000,
      onError,
    );
    const api = createHttpApp({
      centre,
      readUpload: streamingUploadReader(blobs),
      clientId: (c) => {
        const address = clientAddress((c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress, c.req.header('X-Forwarded-For'));
        return address === undefined ? undefined : clientOf(address);
      },
      requestOrigin: (request) => {
        const origin = request.headers.get('Origin');
        return origin && origin !== ownOrigin(request) ? origin : null;
      },
      // A client that hung up, or was cut off by a timeout, before sending its whole body is no fault of the server's.
      onError: (error) => {
        if (!isClientAbort(error)) onError(error);
      },
      onRoute: metrics && ((request, route) => apiRoutes.set(request, route ?? 'unmatched')),
    });
    const openApi = JSON.stringify(buildOpenApiDocument());
    const apiWithCors = withCors((request, env) => api.fetch(request, env), (origin) => storage.siteKeyAllowsOrigin(origin));
    const site =
      options.site === false ? null : exampleSite(join(repositoryRoot, 'examples/ministry-site'), cachedFaqIndex(storage, options.siteMinistry ?? 'transport'));
    const elementsDir = options.elementsDir === null ? null : resolve(options.elementsDir ?? DEFAULT_ELEMENTS_DIR);
    const elements = elementsDir === null ? null : widgetCode(elementsDir);

    // The metrics label an answer by the route that gave it: the API's pattern, or one of the fixed names below.
    const apiRoutes = new WeakMap<Request, string>();
    const routeName = (request: Request, pathname: string): string => {
      if (pathname === '/v1/openapi.json' || pathname === '/health' || pathname === '/ready' || pathname === METRICS_PATH) return pathname;
      if (elements && (pathname === ELEMENTS_PATH || pathname.startsWith(`${ELEMENTS_PATH}/`))) return `${ELEMENTS_PATH}/*`;
      if (pathname.startsWith('/v1/') || pathname === '/v1' || !site) return apiRoutes.get(request) ?? (request.method === 'OPTIONS' ? 'preflight' : 'unmatched');
      return 'site';
    };

    const route = (request: Request, env: unknown): Promise<Response> | Response => {
      const { pathname } = new URL(request.url);
      if (metrics && pathname === METRICS_PATH && (request.method === 'GET' || request.method === 'HEAD')) return metrics.serve(request);
      if (pathname === '/v1/openapi.json' && request.method === 'GET') {
        return new Response(openApi, { headers: { ...API_SECURITY_HEADERS, 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' } });
      }
      if (elements && (pathname === ELEMENTS_PATH || pathname.startsWith(`${ELEMENTS_PATH}/`))) return elements(request);
      if ((pathname === '/health' || pathname === '/ready') && (request.method === 'GET' || request.method === 'HEAD')) return probe(pathname, storage);
      if (pathname.startsWith('/v1/') || pathname === '/v1' || !site) return Promise.resolve(apiWithCors(request, env)).then((response) => compressJson(request, response));
      return site(request);
    };
    const answer = async (request: Request, env: unknown): Promise<Response> => closeIfBodyUnread(await route(request, env), env);
    const fetch = !metrics
      ? answer
      : async (request: Request, env: unknown): Promise<Response> => {
          const started = performance.now();
          const observe = (status: number) => metrics.observe(request.method, routeName(request, new URL(request.url).pathname), status, (performance.now() - started) / 1000);
          try {
            const response = await answer(request, env);
            observe(response.status);
            return response;
          } catch (error) {
            // The adapter's error handler answers it with a bare 500.
            observe(500);
            throw error;
          }
        };

    const server = await listen(fetch, options.port ?? 3000, options.host ?? 'localhost', onError, {
      requestTimeoutMs: options.requestTimeoutMs ?? 180_000,
      headersTimeoutMs: options.headersTimeoutMs ?? 15_000,
      keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? 5000,
    });
    const port = (server.address() as AddressInfo).port;
    const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const manifest = elementsDir === null ? undefined : readWidgetManifest(elementsDir);
    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      databaseFile,
      widgetCodeUrl: manifest ? `${url}${entryPath(manifest)}` : null,
      keys,
      centre,
      storage,
      blobs,
      close() {
        closing ??= new Promise<void>((done) => {
          server.close(() => done());
          server.closeIdleConnections();
        })
          .then(() => sweeper?.stop())
          .then(() => storage.close())
          .finally(() => lock.release());
        return closing;
      },
    };
  } catch (error) {
    await sweeper?.stop();
    await storage.close().finally(() => lock.release());
    throw error;
  }
}

/**
 * The probes of a load balancer or an orchestrator. `/health` (liveness): the process answers,
 * whatever the database does, so restarting it would not help. `/ready` (readiness): the
 * database answers and has this server's schema, so requests can be sent here; 503 otherwise,
 * with the reason. Never cached.
 */
async function probe(pathname: string, storage: ServerStorage): Promise<Response> {
  const answer = (status: number, body: object) =>
    new Response(JSON.stringify(body), { status, headers: { ...API_SECURITY_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  if (pathname === '/health') return answer(200, { status: 'ok' });
  const readiness = await storage.readiness();
  return readiness.ready ? answer(200, { status: 'ready' }) : answer(503, { status: 'not ready', reason: readiness.reason });
}

/**
 * Runs `sweep` now and every `intervalMs`, one at a time, without keeping the process alive.
 * A sweep that fails is reported and tried again at the next tick.
 */
function startSweeper(sweepOnce: () => Promise<void>, intervalMs: number, onError: (error: unknown) => void): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= sweepOnce()
      .catch(onError)
      .finally(() => (running = undefined));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    /** Stops the ticks and waits for a sweep under way, so the database can be closed. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Stores the demo keys. The publishable ones allow no other origin: they work on this
 * server's own pages (same-origin), whatever host and port it runs on, and from scripts.
 */
async function storeDemoKeys(storage: ServerStorage, now: Date): Promise<DemoKeys> {
  // Demo keys are public: one an operator revoked (`keys revoke`) must stay revoked across restarts.
  const revoked = new Map((await storage.listKeys()).filter((key) => key.revokedAt !== null).map((key) => [key.id, key.revokedAt]));
  const keys = await loadDemoKeys(storage, now);
  await storage.transaction(async (tx) => {
    for (const [ministryId, key] of Object.entries(keys.site)) {
      const record = await tx.findSiteKey(key);
      if (record) await tx.upsertSiteKey({ ...record, ministryId, allowedOrigins: [], revokedAt: revoked.get(record.id) ?? null });
    }
    for (const key of [...Object.values(keys.secret), keys.admin]) {
      const record = await tx.findSecretKeyByHash(await hashSecret(key, nodeSha256));
      const revokedAt = record ? revoked.get(record.id) : undefined;
      if (record && revokedAt) await tx.upsertSecretKey({ ...record, revokedAt });
    }
  });
  return keys;
}

/**
 * A response given before the request body was all received (a body refused part-way, such as
 * a 413 or a broken multipart upload) ends the connection. The rest of that body is never
 * read, so the connection cannot carry another request: without `Connection: close` a client
 * would send its next request on it and see the connection drop.
 */
function closeIfBodyUnread(response: Response, env: unknown): Response {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || incoming.complete) return response;
  const headers = new Headers(response.headers);
  headers.set('Connection', 'close');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function listen(
  fetch: (request: Request, env: unknown) => Promise<Response>,
  port: number,
  hostname: string,
  onError: (error: unknown) => void,
  timeouts: { requestTimeoutMs: number; headersTimeoutMs: number; keepAliveTimeoutMs: number },
): Promise<Server> {
  const listener = getRequestListener(fetch, {
    hostname,
    // Without this, a request the adapter cannot turn into a URL (a malformed Host header) gets
    // a bare 400, and an error outside the API app a bare 500 that nobody hears of.
    errorHandler: (error) => {
      if (error instanceof RequestError) return problem({ type: PROBLEM_TYPES.badRequest, title: 'The request could not be read', status: 400 });
      onError(error);
      return problem({ type: PROBLEM_TYPES.internal, title: 'Something went wrong on our side', status: 500 });
    },
  });
  return new Promise((resolvePromise, reject) => {
    const requestTimeout = timeouts.requestTimeoutMs;
    const headersTimeout = Math.min(timeouts.headersTimeoutMs, requestTimeout);
    const server = createServer(
      {
        requestTimeout,
        headersTimeout,
        // How often Node looks for requests past their time (30 s by default, which would let a
        // 15 s header timeout run to 45 s).
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.ceil(headersTimeout / 4))),
      },
      listener,
    );
    server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
    server.once('listening', () => resolvePromise(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: stop what uses it, or start with PORT=<another port> (or --port).`)
          : error,
      );
    });
    server.listen(port, hostname);
  });
}

/** Whether `error` is how a request's body fails when its connection closes before it was all received. */
function isClientAbort(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ECONNRESET' && error.message === 'aborted';
}

function problem(body: Problem): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
