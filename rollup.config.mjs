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

const elements = 'packages/elements';
const out = `${elements}/dist/cdn`;
const { name, version } = JSON.parse(readFileSync(`${elements}/package.json`, 'utf8'));

/** Zod's comments that merely look like annotations, and its internal import cycles. */
function isKnownNoise(warning) {
  const where = warning.id ?? warning.ids?.[0] ?? '';
  return where.includes('/node_modules/') && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY');
}

/**
 * Which chunk a module goes to: what every element needs (Lit, the SDK's transport, the
 * contract's basics, the elements' base and the provider) goes to one `runtime` chunk, so
 * a page loads it once in one request. The rest is left to rollup, which puts what one
 * element needs in that element's chunk and what a few share in a chunk of their own.
 */
function manualChunks(id, { getModuleInfo }) {
  return widgetsReaching(id, getModuleInfo).size >= 2 ? 'runtime' : undefined;
}

/** The widgets' modules; the provider comes with each of them (their base imports it). */
const WIDGETS = ['complaint-form', 'ticket-status', 'callback-request', 'faq-search'].map((name) => `/dist/${name}/${name}.js`);
const reaching = new Map();

/** The widget modules whose static imports lead to `id`. */
function widgetsReaching(id, getModuleInfo) {
  let found = reaching.get(id);
  if (found) return found;
  found = new Set();
  reaching.set(id, found);
  const widget = WIDGETS.find((path) => id.endsWith(path));
  if (widget) found.add(widget);
  for (const importer of getModuleInfo(id)?.importers ?? []) for (const reached of widgetsReaching(importer, getModuleInfo)) found.add(reached);
  return found;
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

export default {
  input: { 'civic-contact': `${elements}/dist/loader/loader.js` },
  output: {
    dir: out,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    manualChunks,
  },
  plugins: [
    // No 'source' (TypeScript) and no 'development' condition: Lit's production build.
    nodeResolve({ browser: true, exportConditions: ['browser', 'default'] }),
    minifyTemplates(),
    importTogether(),
    terser({ format: { comments: false } }),
    cdnManifest(),
  ],
  onwarn(warning, warn) {
    // A bare import left unresolved would reach the browser and fail there; stop here.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    if (isKnownNoise(warning)) return;
    warn(warning);
  },
};
