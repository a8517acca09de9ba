/**
 * A loopback HTTP proxy that misbehaves as a flaky network does, for the fault run
 * (run.ts): on a share of the requests it drops the connection without an answer, resets
 * it, delays the request or the answer, or sends the request twice to the server; each
 * either before the request reaches the server or after the server has answered (the
 * server stored it, the client never hears). When the server is down (killed, restarting)
 * the client's connection is reset, as a refused connection would be.
 *
 * It reads each request whole before deciding (so a duplicate carries the same bytes) and
 * each answer whole before passing it on (so an answer can be cut part-way), which is fine
 * for the API's small JSON bodies.
 */
import { createServer, request as httpRequest, Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** What the proxy does to a request it chooses to fault. */
export const FAULT_KINDS = [
  /** Closes the client's connection without forwarding the request (the server never sees it). */
  'drop-before',
  /** Forwards the request, then closes the client's connection instead of answering. */
  'drop-after',
  /** Resets (RST) the client's connection without forwarding the request. */
  'reset-before',
  /** Forwards the request, sends the answer's head and half its body, then resets the connection. */
  'reset-after',
  /** Holds the request a while before forwarding it (the client may give up meanwhile). */
  'delay-before',
  /** Forwards the request and holds the answer a while. */
  'delay-after',
  /** Sends the request to the server twice, a moment apart, and answers with the later answer. */
  'duplicate',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** Options of {@link startFaultyProxy}. */
export interface FaultyProxyOptions {
  /** Where the server listens; it may be down at any moment. */
  target: { host: string; port: number };
  /** Share of the eligible requests that get a fault, from 0 to 1. */
  rate: number;
  /** Random numbers in [0, 1): seed it to replay a run. Decides which requests are faulted, how, and for how long. */
  random: () => number;
  /** Which requests may be faulted (the others pass through untouched). Default: all. */
  eligible?: (method: string, path: string) => boolean;
  /** Fault kinds to pick from, evenly. Default: all of {@link FAULT_KINDS}. */
  kinds?: readonly FaultKind[];
  /** Longest delay of a delay fault, in milliseconds (each is random up to it). Default 3000. */
  maxDelayMs?: number;
  /** Port of the proxy; default 0 (a free one). */
  port?: number;
}

/** What the proxy did, request by request. */
export interface ProxyCounts {
  /** Requests received. */
  requests: number;
  /** Requests that could have been faulted and passed through without a fault. */
  clean: number;
  /** Requests that were not eligible for faults (`eligible`), passed through untouched. */
  untouched: number;
  /** Faults injected, by kind. */
  faults: Record<FaultKind, number>;
  /** Requests whose forwarding failed because the server was down or died meanwhile (the client's connection is reset). */
  serverDown: number;
  /** Requests by route: `POST /v1/complaints`, `GET /v1/challenge`… (the API's first two path segments; other paths are `site`). */
  routes: Record<string, number>;
  /** The server's answers by route and status, `POST /v1/complaints 201`, whether or not the client got them (a duplicate's two count). */
  answers: Record<string, number>;
}

/** A request's route for the counts: method and the API's first two path segments. */
function routeOf(method: string, url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.startsWith('/v1/') ? `${method} ${path.split('/').slice(0, 3).join('/')}` : 'site';
}

export interface FaultyProxy {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  port: number;
  counts: ProxyCounts;
  /** Stops accepting and drops every open connection. */
  close(): Promise<void>;
}

/** Headers about one connection, not the message: never forwarded as they are. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'content-length']);

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}

/** Starts the proxy on 127.0.0.1. */
export async function startFaultyProxy(options: FaultyProxyOptions): Promise<FaultyProxy> {
  const { target, rate, random } = options;
  const kinds = options.kinds ?? FAULT_KINDS;
  const maxDelayMs = options.maxDelayMs ?? 3000;
  const eligible = options.eligible ?? (() => true);
  const counts: ProxyCounts = {
    requests: 0,
    clean: 0,
    untouched: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>,
    serverDown: 0,
    routes: {},
    answers: {},
  };
  const tally = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  // Kept-alive connections to the server, as a real proxy keeps them; a killed server breaks them.
  // An idle one is closed before the server would close it (its keep-alive timeout is 5 s), so a
  // request is never sent on a connection the server is closing: every failure is a fault or a crash.
  const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4000 });
  const sockets = new Set<Socket>();

  const forward = (incoming: IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers = endToEnd(incoming.headers);
      if (body.length > 0 || !['GET', 'HEAD'].includes(incoming.method ?? 'GET')) headers['content-length'] = body.length;
      const outgoing = httpRequest(
        { host: target.host, port: target.port, method: incoming.method, path: incoming.url, headers, agent },
        (response) => {
          tally(counts.answers, `${routeOf(incoming.method ?? 'GET', incoming.url ?? '/')} ${response.statusCode}`);
          readAll(response).then(
            (answerBody) => resolve({ status: response.statusCode ?? 502, headers: endToEnd(response.headers), body: answerBody }),
            reject,
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const decide = (): FaultKind | null => (random() < rate ? kinds[Math.floor(random() * kinds.length)]! : null);
  const someDelay = () => 100 + Math.floor(random() * Math.max(0, maxDelayMs - 100));

  const server = createServer((request, response) => {
    void (async () => {
      const socket = request.socket;
      counts.requests++;
      const route = routeOf(request.method ?? 'GET', request.url ?? '/');
      tally(counts.routes, route);
      const body = await readAll(request);
      const faultable = eligible(request.method ?? 'GET', request.url ?? '/');
      const kind = faultable ? decide() : null;
      if (kind !== null) counts.faults[kind]++;
      else if (faultable) counts.clean++;
      else counts.untouched++;
      // Drawn now, in the order requests arrive, so a seed replays the same faults for the same traffic.
      const wait = kind === 'delay-before' || kind === 'delay-after' ? someDelay() : kind === 'duplicate' ? Math.floor(random() * 50) : 0;

      if (kind === 'drop-before') return void socket.destroy();
      if (kind === 'reset-before') return void socket.resetAndDestroy();
      if (kind === 'delay-before') await delay(wait);

      let answer: Answer;
      try {
        if (kind === 'duplicate') {
          const first = forward(request, body);
          // Judged below with the second; until then its failure must not count as unhandled.
          first.catch(() => {});
          await delay(wait);
          const second = forward(request, body);
          const [a, b] = await Promise.allSettled([first, second]);
          if (b.status === 'fulfilled') answer = b.value;
          else if (a.status === 'fulfilled') answer = a.value;
          else throw b.reason;
        } else {
          answer = await forward(request, body);
        }
      } catch {
        counts.serverDown++;
        return void socket.resetAndDestroy();
      }

      if (kind === 'drop-after') return void socket.destroy();
      if (kind === 'delay-after') await delay(wait);
      if (socket.destroyed) return;
      if (kind === 'reset-after') {
        response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
        // The head and half the body reach the client before the reset.
        await new Promise<void>((done) => response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => done()));
        return void socket.resetAndDestroy();
      }
      response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
      response.end(answer.body);
    })().catch(() => request.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that resets its own connection mid-request is no error of the proxy's.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        agent.destroy();
      }),
  };
}
