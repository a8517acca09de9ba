// Builds what a ministry page loads from the contact centre, into packages/elements/dist/cdn:
//   civic-contact.js          the loader: one small script that imports each element's chunk
//                             the first time its tag appears (src/loader/loader.ts)
//   chunks/<name>-<hash>.js   the elements, the runtime they share (Lit, the SDK, the contract)
//                             and what they load on demand (phone numbers, the HTML sanitiser,
//                             the FAQ index, each language's strings); content-hashed names
//   *.map, *.br, *.gz         source maps, and every file precompressed for the server
//   manifest.json             each file's SRI hash and sizes, and the chunks each element needs
// Run after `tsc -b`: workspace packages resolve to their built dist, never to src.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from 'minify-literals';
import { rollup } from 'rollup';

const elements = 'packages/elements';
const out = `${elements}/dist/cdn`;
const { name, version } = JSON.parse(readFileSync(`${elements}/package.json`, 'utf8'));

/** Zod's comments that merely look like annotations, and its internal import cycles. */
function isKnownNoise(warning) {
  const where = warning.id ?? warning.ids?.[0] ?? '';
  return where.includes('/node_modules/') && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY');
}

/** The widgets' modules; the provider comes with each of them (their base imports it). */
const WIDGETS = ['complaint-form', 'ticket-status', 'callback-request', 'faq-search'].map((name) => `/dist/${name}/${name}.js`);
/** Unminified bytes under which what a few widgets share joins the runtime (about 1 KB gzip). */
const SMALL_SHARED_CHUNK = 6000;

/**
 * Which chunk each module goes to: what every widget needs (Lit, the SDK's transport, the
 * contract's basics, the elements' base and the provider) goes to one `runtime` chunk, so
 * a page loads it once, in one request; the rest stays where rollup puts it — in the chunk
 * of the one widget that needs it, or in a chunk for the few that share it.
 *
 * "Needs" is what rollup keeps after tree-shaking, which an import graph cannot tell: the
 * contract's index re-exports the reference parser, yet only the widgets that read
 * references need it. So a first, quick pass (no minifying) lets rollup place every
 * module, and the widgets whose chunks hold or import a module are the widgets needing it.
 */
async function planChunks(options) {
  const build = await rollup({ ...options, plugins: options.plugins.filter((plugin) => plugin.name === 'node-resolve') });
  const { output } = await build.generate({ format: 'es', dir: out });
  await build.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const needs = new Map();
  const renderedLength = new Map();
  for (const chunk of chunks.values()) {
    const widget = WIDGETS.find((path) => chunk.facadeModuleId?.endsWith(path));
    if (!widget) continue;
    for (const needed of closure(Object.fromEntries(chunks), chunk.fileName)) {
      for (const [id, module] of Object.entries(chunks.get(needed).modules)) {
        // A module that renders nothing (an index of re-exports) goes wherever its users are.
        if (module.renderedLength === 0) continue;
        needs.set(id, new Set([...(needs.get(id) ?? []), widget]));
        renderedLength.set(id, module.renderedLength);
      }
    }
  }
  // Every module the widgets need is placed here, not only the runtime's: rollup puts what
  // a manual chunk imports into that chunk unless it has a chunk of its own, and through an
  // index of re-exports that would be everything the index names.
  const chunkOf = (widgets) => [...widgets].map((path) => path.split('/')[2]).sort().join('+');
  // What a few widgets share goes to the runtime too when it is small: a request of its own
  // (and a gzip stream of its own) would cost about as much as the bytes saved.
  const shared = new Map();
  for (const [id, widgets] of needs) {
    if (widgets.size > 1) shared.set(chunkOf(widgets), (shared.get(chunkOf(widgets)) ?? 0) + renderedLength.get(id));
  }
  return (id) => {
    const widgets = needs.get(id);
    if (!widgets) return undefined;
    if (widgets.size === WIDGETS.length || (widgets.size > 1 && shared.get(chunkOf(widgets)) < SMALL_SHARED_CHUNK)) return 'runtime';
    return chunkOf(widgets);
  };
}

/**
 * Rollup imports a chunk's own imports only once the chunk has arrived and been read: a
 * chain of round trips. For each dynamic import, ask for the target's static imports at
 * the same time, so the browser fetches them side by side.
 */
function importTogether() {
  return {
    name: 'import-together',
    renderDynamicImport({ getTargetChunkImports }) {
      const imports = getTargetChunkImports()?.filter((chunk) => chunk.type === 'internal') ?? [];
      if (imports.length === 0) return null;
      // resolvedImportPath comes quoted, ready to print.
      const together = imports.map((chunk) => `import(${chunk.resolvedImportPath})`).join(',');
      return { left: 'Promise.all([import(', right: `),${together}]).then((m)=>m[0])` };
    },
  };
}

/**
 * terser leaves template literals alone, and Lit's are a third of the elements' code: the
 * CSS of `css` templates goes through Lightning CSS, and the indentation of `html`
 * templates collapses to one space (conservatively: a space between inline elements is
 * text). Only the elements' own templates; the libraries ship minified.
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!id.includes('/packages/elements/dist/') || !/\b(html|css)\s*`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: {
          caseSensitive: true,
          collapseWhitespace: true,
          conservativeCollapse: true,
          removeComments: true,
          decodeEntities: false,
          removeAttributeQuotes: false,
          removeEmptyAttributes: false,
          minifyCSS: false,
          minifyJS: false,
        },
      });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The chunks a chunk needs before it runs: itself and its static imports, transitively. */
function closure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName].imports) closure(bundle, imported, seen);
  return seen;
}

/**
 * Writes every file's brotli and gzip siblings (the server picks one by Accept-Encoding) and
 * `manifest.json`: each file's integrity hash and sizes, and, for each element tag, the
 * chunks the loader fetches for it. The size budget script and the contact centre's CLI
 * read it.
 */
function cdnManifest() {
  return {
    name: 'cdn-manifest',
    buildStart() {
      rmSync(out, { recursive: true, force: true });
    },
    writeBundle(options, bundle) {
      const files = {};
      for (const [fileName, item] of Object.entries(bundle)) {
        const bytes = readFileSync(join(out, fileName));
        const gzip = gzipSync(bytes, { level: 9 });
        const brotli = brotliCompressSync(bytes, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        });
        writeFileSync(join(out, `${fileName}.gz`), gzip);
        writeFileSync(join(out, `${fileName}.br`), brotli);
        // Content-hashed names (chunks and their maps) never change content: caches keep them for good.
        const hashed = fileName.startsWith('chunks/');
        files[fileName] = { integrity: sri(bytes), bytes: bytes.length, gzip: gzip.length, brotli: brotli.length, hashed };
      }
      const elementChunks = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry || !chunk.facadeModuleId) continue;
        const tag = /customElement\('(civic-[a-z-]+)'\)/.exec(this.getModuleInfo(chunk.facadeModuleId)?.code ?? '')?.[1];
        if (tag) elementChunks[tag] = [...closure(bundle, chunk.fileName)].sort();
      }
      const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
      const manifest = { name, version, entry: entry.fileName, elements: elementChunks, files };
      writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

const input = { 'civic-contact': `${elements}/dist/loader/loader.js` };
const resolve = nodeResolve({ browser: true, exportConditions: ['browser', 'default'] });

function onwarn(warning, warn) {
  // A bare import left unresolved would reach the browser and fail there; stop here.
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  if (isKnownNoise(warning)) return;
  warn(warning);
}

export default async () => ({
  input,
  output: {
    dir: out,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    manualChunks: await planChunks({ input, plugins: [resolve], onwarn }),
  },
  plugins: [
    // No 'source' (TypeScript) and no 'development' condition: Lit's production build.
    resolve,
    minifyTemplates(),
    importTogether(),
    terser({ format: { comments: false } }),
    cdnManifest(),
  ],
  onwarn,
});
