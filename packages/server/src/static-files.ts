/**
 * What the example site and the widget code share: Hono apps over @hono/node-server's
 * `serveStatic`, with Hono's `etag` middleware answering `If-None-Match` with 304 from an ETag
 * set here, a hash of the bytes sent, so each encoding of a file has its own.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Hono, MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';

/**
 * Strong ETags of files: a hash of each file's bytes, computed the first time it is served and
 * again only when its size or modification time changes. From the content, not the
 * modification time, so a fresh checkout or a second server gives the same ETag for the same
 * bytes.
 */
export function fileEtags(): (path: string) => Promise<string> {
  const known = new Map<string, { size: number; mtimeMs: number; etag: Promise<string> }>();
  return async (path) => {
    const { size, mtimeMs } = await stat(path);
    const cached = known.get(path);
    if (cached?.size === size && cached.mtimeMs === mtimeMs) return cached.etag;
    const etag = hashFile(path);
    known.set(path, { size, mtimeMs, etag });
    etag.catch(() => known.get(path)?.etag === etag && known.delete(path));
    return etag;
  };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}

/** Content codings a client accepts, by its `Accept-Encoding` (q-values and `*` included), in the server's order of preference. */
export function acceptedEncodings<T extends string>(header: string | null, offered: readonly T[]): T[] {
  if (!header) return [];
  const accepts = parseAccept(header);
  const wildcard = accepts.find((accept) => accept.type === '*');
  return offered.filter((encoding) => ((accepts.find((accept) => accept.type.toLowerCase() === encoding) ?? wildcard)?.q ?? 0) > 0);
}

/** Sets `headers` on every answer of an app: files, 304s and 404s alike. */
export function withHeaders(headers: Record<string, string>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  };
}

/**
 * Answers GET and HEAD through a static-file `app`, other methods with 405. The app sees
 * `Accept-Encoding` reduced to what the client accepts (serveStatic splits it on commas and
 * would read `br;q=0` as "not br" but `br;q=0.5` as "no encoding" too), and a HEAD as a GET
 * whose body is then dropped: Hono answers HEAD that way itself but without closing the file
 * it opened.
 */
export function getAndHead(app: Hono, headers: Record<string, string>) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const forwarded = new Headers(request.headers);
    forwarded.set('Accept-Encoding', acceptedEncodings(request.headers.get('Accept-Encoding'), ['br', 'gzip']).join(', '));
    const response = await app.fetch(new Request(request.url, { headers: forwarded }));
    if (request.method === 'HEAD') {
      await response.body?.cancel();
      return new Response(null, response);
    }
    // Sent in one piece with the headers. A streamed file ends a moment after its last byte,
    // and a client holding the whole body may send its next request on the connection first:
    // were that one malformed, Node, with a response still in flight, could only drop the
    // connection instead of answering 400.
    if (response.body && Number(response.headers.get('Content-Length')) <= IN_ONE_PIECE_BYTES) return new Response(await response.bytes(), response);
    return response;
  };
}

/** Every file of the example site and the widget build is far smaller; a larger one is streamed. */
const IN_ONE_PIECE_BYTES = 4 * 1024 * 1024;
