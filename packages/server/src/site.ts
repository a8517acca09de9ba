import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServedFaqIndex } from './faq-index.ts';

/** The example site's Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const SITE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SITE_HEADERS = {
  'Content-Security-Policy': SITE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Serves static files from `roots`, first match wins (the example site, then the built
 * widget bundle), with the site's security headers. Paths never leave their root.
 */
export function staticFiles(roots: readonly string[]) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return notFound();
    }
    if (path.includes('\0')) return notFound();
    if (path.endsWith('/')) path += 'index.html';
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound();
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        headers: {
          ...SITE_HEADERS,
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': String(info.size),
          'Cache-Control': 'no-cache',
        },
      });
    }
    return notFound();
  };
}

/** Where the example site finds its ministry's prebuilt FAQ index (`<civic-faq-search index-src="…">`). */
export const FAQ_INDEX_PATH = '/assets/faq-index.json';

/**
 * `GET /assets/faq-index.json`: the site's ministry's prebuilt FAQ index. Browsers keep it and
 * revalidate it on each page load (`no-cache` with an ETag): unchanged, it costs a 304; after
 * an FAQ is edited, pages get the new one at once.
 */
export function faqIndexFile(index: () => Promise<ServedFaqIndex | undefined>) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
    const served = await index();
    if (!served) return notFound();
    const headers = { ...SITE_HEADERS, 'Cache-Control': 'no-cache', ETag: served.etag };
    const known = request.headers.get('If-None-Match')?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (known?.includes(served.etag) || known?.includes('*')) return new Response(null, { status: 304, headers });
    return new Response(request.method === 'HEAD' ? null : served.body, {
      headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(served.body.byteLength) },
    });
  };
}

function methodNotAllowed(): Response {
  return new Response('Method not allowed', { status: 405, headers: { ...SITE_HEADERS, Allow: 'GET, HEAD' } });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SITE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
