import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import type { ServedFaqIndex } from './faq-index.ts';
import { acceptedEncodings, fileEtags, getAndHead, withHeaders } from './static-files.ts';

/** The example site's Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const SITE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const SITE_HEADERS = {
  'Content-Security-Policy': SITE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Where the example site finds its ministry's prebuilt FAQ index (`<civic-faq-search index-src="…">`). */
export const FAQ_INDEX_PATH = '/assets/faq-index.json';

/**
 * The example ministry site: the files in `root` with the site's security headers, and its
 * ministry's prebuilt FAQ index at {@link FAQ_INDEX_PATH}. Pages are edited by hand, so a
 * browser keeps them but revalidates them on each use (`no-cache` with an ETag: a 304 while
 * unchanged). They are sent as they are: a few kilobytes each, where compressing on every
 * request would cost more than it saves and turn the ETags weak. Paths never leave `root`.
 */
export function exampleSite(root: string, faqIndex: () => Promise<ServedFaqIndex | undefined>) {
  const etags = fileEtags();
  const app = new Hono();
  app.use(withHeaders(SITE_HEADERS), etag());
  app.get(FAQ_INDEX_PATH, async (c) => {
    const served = await faqIndex();
    if (!served) return c.notFound();
    const { body, etag, encoding } = await faqIndexEncoded(served, c.req.header('Accept-Encoding') ?? null);
    return c.body(body, 200, {
      'Content-Type': 'application/json',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(encoding && { 'Content-Encoding': encoding }),
    });
  });
  app.use(
    serveStatic({
      root,
      onFound: async (path, c) => {
        c.header('Cache-Control', 'no-cache');
        c.header('ETag', await etags(path));
      },
    }),
  );
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error) => {
    throw error;
  });
  return getAndHead(app, SITE_HEADERS);
}

type Encoding = 'br' | 'gzip';
const compressors: Record<Encoding, (body: Uint8Array) => Promise<Uint8Array<ArrayBuffer>>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};
/** Each version of the index is compressed once per encoding, when first asked for. */
const compressed = new WeakMap<ServedFaqIndex, Partial<Record<Encoding, Promise<Uint8Array<ArrayBuffer>>>>>();

/**
 * The FAQ index in the best encoding the client accepts, under an ETag of its own: it is every
 * FAQ of the ministry in each locale, tens of kilobytes of JSON that compress to a fifth.
 */
async function faqIndexEncoded(served: ServedFaqIndex, acceptEncoding: string | null) {
  const [encoding] = acceptedEncodings(acceptEncoding, ['br', 'gzip'] as const);
  if (!encoding) return { body: served.body, etag: served.etag, encoding };
  let versions = compressed.get(served);
  if (!versions) compressed.set(served, (versions = {}));
  const body = await (versions[encoding] ??= compressors[encoding](served.body));
  return { body, etag: served.etag.replace(/"$/, encoding === 'br' ? '-br"' : '-gz"'), encoding };
}
