import { Hono, type Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { HEADERS, LIMITS, PROBLEM_TYPES, type Problem } from '@civic-contact/contract';
import {
  badRequest,
  busy,
  insufficientStorage,
  isDomainError,
  isTransactionConflictError,
  payloadTooLarge,
  unsupportedMediaType,
  type ContactCentre,
  type Principal,
  type RequestContext,
  type UploadInput,
} from '@civic-contact/core';

/** Options of the shared HTTP binding. */
export interface HttpAppOptions {
  centre: ContactCentre;
  /** Largest JSON body accepted, in bytes; larger ones get 413. */
  maxJsonBytes?: number;
  /** Largest multipart upload accepted before the per-service limit applies. */
  maxUploadBytes?: number;
  /** Identifies the caller for rate limiting (e.g. the socket's address); defaults to the key. */
  clientId?: (c: Context) => string | undefined;
  /**
   * Reads an attachment upload; by default the multipart body is read into memory. A server
   * passes a reader that streams the file to disk, stopping at `maxBytes`.
   */
  readUpload?: (request: Request, maxBytes: number) => Promise<UploadInput>;
  /**
   * The origin to check a site key against; by default the `Origin` header. A server answers
   * `null` for requests from its own pages, which are not cross-origin.
   */
  requestOrigin?: (request: Request) => string | null;
  /**
   * Called with unexpected errors. They reach the client as a bare 500 problem; but a full disk
   * as 507 with `Retry-After`, and a `RangeError` (input past what a helper can handle, that
   * validation let through) as 400.
   */
  onError?: (error: unknown) => void;
  /**
   * Told, once a request is answered, which route answered it: the pattern it was registered
   * with (`/v1/tickets/:reference`, never the path with a reference in it), or `null` when no
   * route took it. The server's metrics count requests by it.
   */
  onRoute?: (request: Request, route: string | null) => void;
}

type Env = { Variables: { principal: Principal } };

/** Headers on every API response: nothing is sniffed, cached, framed or run from an API answer. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/*
 * Answers are built with every header in a plain object: a Headers object, built and then
 * patched for each answer, and walked again to write it, cost more than the rest of a simple
 * answer on the Node server (whose Response keeps plain headers as they are).
 */
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'Content-Type': 'application/json', ...API_SECURITY_HEADERS });

/**
 * The public figures may be kept five minutes by anyone: they name no one. They differ by
 * ministry, so a shared cache keeps one copy per key (the server's CORS adds `Origin`).
 */
const PUBLIC_JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...JSON_HEADERS,
  'Cache-Control': 'public, max-age=300',
  Vary: `${HEADERS.siteKey}, ${HEADERS.authorization}`,
});

/** Answers built by the helpers below, which carry the security headers already. */
const secured = new WeakSet<Response>();

function jsonResponse(body: unknown, status = 200, headers: Readonly<Record<string, string>> = JSON_HEADERS): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  secured.add(response);
  return response;
}

function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  const response = new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...API_SECURITY_HEADERS, ...headers },
  });
  secured.add(response);
  return response;
}

/** SQLite's "database or disk is full" (the primary code of `errcode`, which may be an extended one). */
const SQLITE_FULL = 13;

/**
 * Whether `error` (or an error it was caused by) says the disk is full: `ENOSPC` or a disk
 * quota (`EDQUOT`) from the file system, `SQLITE_FULL` from `node:sqlite`.
 */
function isStorageFull(error: unknown): boolean {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const { code, errcode } = cause as { code?: unknown; errcode?: unknown };
    if (code === 'ENOSPC' || code === 'EDQUOT' || (typeof errcode === 'number' && (errcode & 0xff) === SQLITE_FULL)) return true;
  }
  return false;
}

/**
 * The v1 HTTP contract over a {@link ContactCentre}, on Web-standard Request/Response.
 * The mock (msw, in browsers and Node) and the reference server both serve this one app,
 * so the routes, parsing and problem documents cannot drift apart.
 */
export function createHttpApp(options: HttpAppOptions): Hono<Env> {
  const { centre } = options;
  const maxJsonBytes = options.maxJsonBytes ?? 256 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? LIMITS.attachmentMaxBytes + 64 * 1024;
  const app = new Hono<Env>();

  app.onError((error) => {
    if (isDomainError(error)) return problemResponse(error.problem, error.headers);
    // These are answered as the citizen's or the disk's fault, but an operator has something to fix all the same.
    options.onError?.(error);
    if (isStorageFull(error)) {
      const full = insufficientStorage();
      return problemResponse(full.problem, full.headers);
    }
    if (isTransactionConflictError(error)) {
      const conflicted = busy();
      return problemResponse(conflicted.problem, conflicted.headers);
    }
    if (error instanceof RangeError) return problemResponse(badRequest('A value in the request is outside what the contact centre can handle.').problem);
    return problemResponse({ type: PROBLEM_TYPES.internal, title: 'Something went wrong on our side', status: 500 });
  });
  app.notFound(() => problemResponse({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404 }));

  app.use('*', async (c, next) => {
    await next();
    // Middleware is registered for every method ('ALL'); a route's handler for its own.
    if (options.onRoute) options.onRoute(c.req.raw, matchedRoutes(c).findLast((route) => route.method !== 'ALL')?.path ?? null);
    // For any answer not built by the helpers above.
    if (secured.has(c.res)) return;
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  });

  app.use('/v1/*', async (c, next) => {
    const principal = await centre.authenticate({
      siteKey: c.req.header(HEADERS.siteKey) ?? null,
      authorization: c.req.header(HEADERS.authorization) ?? null,
      origin: options.requestOrigin ? options.requestOrigin(c.req.raw) : (c.req.header('Origin') ?? null),
    });
    c.set('principal', principal);
    await next();
  });

  const clientId = (c: Context<Env>) => options.clientId?.(c) ?? c.get('principal').keyId;
  const context = (c: Context<Env>): RequestContext => ({ clientId: clientId(c), proof: c.req.header(HEADERS.proof) ?? null });
  const idempotencyKey = (c: Context) => c.req.header(HEADERS.idempotencyKey) ?? null;
  const verifier = (c: Context) => c.req.header(HEADERS.verifier) ?? null;
  const query = (c: Context) => c.req.query();

  async function json(c: Context): Promise<unknown> {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
      throw unsupportedMediaType('Send the body as application/json.');
    }
    const text = await readLimited(c.req.raw, maxJsonBytes);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest('The body is not valid JSON.');
    }
    if (openingBrackets(text) > MAX_JSON_DEPTH && nestedDeeperThan(body, MAX_JSON_DEPTH)) throw badRequest(`The body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
    return body;
  }

  app.get('/v1/services', async (c) => jsonResponse(await centre.listServices(c.get('principal'), query(c))));
  app.get('/v1/challenge', async (c) => jsonResponse(await centre.challenge(c.get('principal'), context(c))));

  app.post('/v1/complaints', async (c) => {
    const result = await centre.createComplaint(c.get('principal'), await json(c), idempotencyKey(c), context(c));
    return jsonResponse(result.body, 201);
  });

  app.post('/v1/attachments', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!type.toLowerCase().startsWith('multipart/form-data')) {
      throw unsupportedMediaType('Upload the file as multipart/form-data with a "service" field and a "file" part.');
    }
    const declared = Number(c.req.header('Content-Length'));
    if (declared > maxUploadBytes) throw payloadTooLarge('The file is too large.');
    // Read only once the key, the proof and the limits have let it through.
    const read = () => (options.readUpload ?? readUploadInMemory)(c.req.raw, maxUploadBytes);
    return jsonResponse(await centre.uploadAttachment(c.get('principal'), read, context(c)), 201);
  });

  app.get('/v1/tickets/:reference', async (c) =>
    jsonResponse(await centre.getTicket(c.get('principal'), c.req.param('reference'), verifier(c), clientId(c))),
  );
  app.post('/v1/tickets/:reference/satisfaction', async (c) =>
    jsonResponse(await centre.rateTicket(c.get('principal'), c.req.param('reference'), verifier(c), await json(c), clientId(c)), 201),
  );

  app.get('/v1/callbacks/slots', async (c) => jsonResponse(await centre.callbackSlots(c.get('principal'), query(c))));
  app.post('/v1/callbacks', async (c) => {
    const result = await centre.createCallback(c.get('principal'), await json(c), idempotencyKey(c), context(c));
    return jsonResponse(result.body, 201);
  });
  app.delete('/v1/callbacks/:reference', async (c) =>
    jsonResponse(await centre.cancelCallback(c.get('principal'), c.req.param('reference'), verifier(c), clientId(c))),
  );

  app.get('/v1/faq/search', async (c) => jsonResponse(await centre.searchFaq(c.get('principal'), query(c))));
  app.get('/v1/faq/:id', async (c) => jsonResponse(await centre.getFaq(c.get('principal'), c.req.param('id'), c.req.query('lang') ?? null)));
  app.post('/v1/faq/:id/feedback', async (c) =>
    jsonResponse(await centre.faqFeedback(c.get('principal'), c.req.param('id'), await json(c), context(c)), 202),
  );

  app.get('/v1/agent/tickets', async (c) => jsonResponse(await centre.listTickets(c.get('principal'), query(c))));
  app.get('/v1/agent/tickets/:reference', async (c) =>
    jsonResponse(await centre.getAgentTicket(c.get('principal'), c.req.param('reference'))),
  );
  app.post('/v1/agent/tickets/:reference/status', async (c) =>
    jsonResponse(await centre.updateTicketStatus(c.get('principal'), c.req.param('reference'), await json(c))),
  );
  app.post('/v1/agent/tickets/:reference/route', async (c) =>
    jsonResponse(await centre.rerouteTicket(c.get('principal'), c.req.param('reference'), await json(c))),
  );
  app.get('/v1/stats', async (c) => jsonResponse(await centre.stats(c.get('principal'), query(c))));
  app.get('/v1/stats/public', async (c) => jsonResponse(await centre.publicStats(c.get('principal'), query(c)), 200, PUBLIC_JSON_HEADERS));

  return app;
}

/**
 * No request body of the contract is more than a few levels deep. Deeper ones are refused
 * before anything walks them recursively (the idempotency hash does, over parts of the body
 * that the schemas ignore, such as a `__proto__` key), which would overflow the stack.
 */
const MAX_JSON_DEPTH = 32;

/**
 * How many `{` and `[` the JSON text holds, strings included: each level of nesting opens
 * one, so a body with no more than the limit cannot be too deep, and need not be walked.
 */
function openingBrackets(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x5b) count++;
  }
  return count;
}

/** Whether `value` has objects or arrays nested more than `limit` deep; walked without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** The default upload reader: the whole multipart body in memory (the mock, small files). */
async function readUploadInMemory(request: Request, maxBytes: number): Promise<UploadInput> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('The multipart body could not be read.');
  }
  const service = form.get('service');
  const file = form.get('file');
  // Exactly one file part, as the server's streaming reader insists, so both answer alike.
  const files = [...form.values()].filter((value) => value instanceof Blob).length;
  if (typeof service !== 'string' || !(file instanceof Blob) || files !== 1) {
    throw badRequest('Send a "service" field and exactly one "file" part.');
  }
  if (file.size > maxBytes) throw payloadTooLarge('The file is too large.');
  return {
    serviceId: service,
    filename: file instanceof File ? file.name : 'upload',
    content: new Uint8Array(await file.arrayBuffer()),
  };
}

// Reused: a fatal decoder keeps no state between whole-buffer decode() calls.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body as text, refusing it with 413 as soon as it passes `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const length = request.headers.get('Content-Length');
  const declared = length !== null && /^\d+$/.test(length) ? Number(length) : null;
  if (declared !== null && declared > limit) throw payloadTooLarge(`The body is larger than ${limit} bytes.`);
  // With a length declared within the limit, the body is read whole: Node's HTTP parser stops at
  // that length, and the Node adapter then reads the socket directly instead of through a web
  // stream. Only a body of unknown length (chunked) is streamed and counted as it arrives.
  const bytes = declared !== null ? new Uint8Array(await request.arrayBuffer()) : await readStreamLimited(request, limit);
  // A Request built in JavaScript (the mock) may declare one length and carry a longer body.
  if (bytes.byteLength > limit) throw payloadTooLarge(`The body is larger than ${limit} bytes.`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw badRequest('The body is not valid UTF-8.');
  }
}

/** Reads a body of unknown length, refusing it with 413 as soon as it passes `limit` bytes. */
async function readStreamLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: on a teed body (msw hands handlers a clone) cancelling one branch
      // settles only once the other is cancelled too, which would hang this request.
      reader.cancel().catch(() => undefined);
      throw payloadTooLarge(`The body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
