/**
 * `/elements/…`: the widget code, for ministry pages on any origin. The build's browser output
 * (`packages/elements/dist/cdn`) is served under its version, cached for good, and under a
 * short unversioned alias; brotli or gzip from the build's precompressed files.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import { getMimeType } from 'hono/utils/mime';
import { serveStatic } from '@hono/node-server/serve-static';
import { fileEtags, getAndHead, withHeaders } from './static-files.ts';

/** Where `npm run build` writes the widget code. */
export const DEFAULT_ELEMENTS_DIR = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));

/** The URL path the widget code is served under. */
export const ELEMENTS_PATH = '/elements';

/** `manifest.json` of the widget build: what it is, and each file's integrity hash and sizes. */
export interface WidgetManifest {
  /** `@civic-contact/elements` */
  name: string;
  version: string;
  /** The loader a page's script tag names, e.g. `civic-contact.js`. */
  entry: string;
  files: Record<string, { integrity: string; bytes: number; gzip: number; brotli: number; hashed: boolean }>;
}

/** The build's manifest, or undefined when the widget code is not built. */
export function readWidgetManifest(dir: string): WidgetManifest | undefined {
  try {
    return JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as WidgetManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The versioned URL path of the loader, e.g. `/elements/0.1.0/civic-contact.js`. */
export function entryPath(manifest: WidgetManifest): string {
  return `${ELEMENTS_PATH}/${manifest.version}/${manifest.entry}`;
}

/**
 * The manifest as it is now, read again only when the file changes: a build while the server
 * runs is served at once.
 */
function currentManifest(dir: string): () => WidgetManifest | undefined {
  let cached: { size: number; mtimeMs: number; manifest: WidgetManifest | undefined } | undefined;
  return () => {
    const info = statSync(`${dir}/manifest.json`, { throwIfNoEntry: false });
    if (!info) return undefined;
    if (cached?.size !== info.size || cached.mtimeMs !== info.mtimeMs) cached = { size: info.size, mtimeMs: info.mtimeMs, manifest: readWidgetManifest(dir) };
    return cached.manifest;
  };
}

/**
 * Code, not pages: readable by any origin (a module script is fetched with CORS), and none of
 * the example site's page policies.
 */
const CODE_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Timing-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};
const FOR_GOOD = 'public, max-age=31536000, immutable';
/** Unversioned names change content with each build: a page revalidates them, cheaply, by ETag. */
const SHORT = 'public, max-age=300';

/** `/elements/<version>/<file>` or `/elements/<file>`. */
function route(path: string): { version: string | undefined; file: string } {
  const [, version, file = '/'] = /^\/elements(?:\/(\d+\.\d+\.\d+(?:[-+][\w.+-]*)?)(?=\/|$))?(\/.*)?$/.exec(path) ?? [];
  return { version, file };
}

/**
 * Serves the widget build in `dir`:
 * - `/elements/<version>/<file>`: every file cached for a year (the URL changes with the
 *   version); another version is a 404 naming the one served;
 * - `/elements/<file>`: content-hashed chunks cached for a year too, the rest (the loader,
 *   the manifest, source maps) for five minutes, then revalidated by ETag.
 */
export function widgetCode(dir: string) {
  const manifest = currentManifest(dir);
  const etags = fileEtags();
  const app = new Hono();
  app.use(withHeaders(CODE_HEADERS), etag());
  app.use(async (c, next) => {
    const served = manifest();
    if (!served) return c.text('The widget code is not built on this contact centre: run npm run build.', 404, { 'Cache-Control': 'no-cache' });
    const { version, file } = route(c.req.path);
    if (version !== undefined && version !== served.version) {
      return c.text(`This contact centre serves ${served.name} ${served.version}: use ${ELEMENTS_PATH}/${served.version}${file}`, 404, { 'Cache-Control': 'no-cache' });
    }
    // The precompressed files are chosen by Accept-Encoding, not asked for by name.
    if (/\.(?:br|gz)$/.test(file)) return c.notFound();
    return next();
  });
  // Made once the build is there: serveStatic complains at once about a missing folder.
  let files: MiddlewareHandler | undefined;
  app.use((c, next) =>
    (files ??= serveStatic({
      root: dir,
      precompressed: true,
      rewriteRequestPath: (path) => route(path).file,
      onFound: async (path, c) => {
        const { version, file } = route(c.req.path);
        c.header('Cache-Control', version !== undefined || manifest()?.files[file.slice(1)]?.hashed ? FOR_GOOD : SHORT);
        c.header('ETag', await etags(path));
        // serveStatic says Vary only when it picked a compressed file; the uncompressed answer varies as much.
        const encoded = /\.(?:br|gz)$/.test(path);
        if (!encoded && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(getMimeType(path) ?? '')) c.header('Vary', 'Accept-Encoding');
      },
    }))(c, next),
  );
  app.notFound((c) => c.text('Not found', 404, { 'Cache-Control': 'no-cache' }));
  app.onError((error) => {
    throw error;
  });
  return getAndHead(app, CODE_HEADERS);
}
