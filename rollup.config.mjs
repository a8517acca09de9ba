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
import { SERVICE_WIDGET_NAMES, WIDGET_NAMES } from './scripts/widgets.mjs';

const elements = 'packages/elements';
// CIVIC_CDN_OUT builds elsewhere (to compare two builds, or build while a server serves this one).
const out = process.env.CIVIC_CDN_OUT ?? `${elements}/dist/cdn`;
const { name, version } = JSON.parse(readFileSync(`${elements}/package.json`, 'utf8'));

/** Libraries' comments that merely look like annotations, and their internal import cycles. */
function isKnownNoise(warning) {
  const where = warning.id ?? warning.ids?.[0] ?? '';
  return where.includes('/node_modules/') && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY');
}

/** The widgets' modules; the provider comes with each of them (their base imports it). */
const WIDGETS = WIDGET_NAMES.map((name) => `/dist/${name}/${name}.js`);
/** The service widgets, which a ministry's service pages carry together (scripts/widgets.mjs): the runtime is planned for them. */
const SERVICE_WIDGETS = new Set(SERVICE_WIDGET_NAMES.map((name) => `/dist/${name}/${name}.js`));
/** Unminified bytes under which what a few widgets share joins the runtime (about 1 KB gzip). */
const SMALL_SHARED_CHUNK = 6000;

/**
 * Which chunk each module goes to: what every service widget needs (Lit, the SDK's transport,
 * the contract's basics, the elements' base and the provider) goes to one `runtime` chunk, so
 * a page loads it once, in one request; so does what a few of them share, when it is small
 * (a request and a gzip stream of its own would cost about as much as the bytes saved). A
 * widget on a page of its own (the dashboard) takes the runtime as it is, and draws nothing
 * into it: what it shares with a single service widget stays a chunk of its own.
 * Everything else stays where rollup would put it: in the chunk of the one widget that
 * needs it, in a chunk the few that need it share, in a chunk loaded on demand.
 *
 * "Needs" is what rollup keeps after tree-shaking, which the import graph cannot tell (the
 * contract's index re-exports the reference parser, yet only the widgets that read
 * references use it). So a first, quick pass (no minifying) lets rollup place every module,
 * and this plan keeps its chunks, merging the shared ones into the runtime. Every module is
 * placed: one left out would be put in the first manual chunk importing it, and draw that
 * chunk's imports after it.
 */
async function planChunks(options) {
  const build = await rollup(options);
  const { output } = await build.generate({ format: 'es', dir: out });
  await build.close();
  const chunks = output.filter((item) => item.type === 'chunk');
  const bundle = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, chunk]));
  // Each widget's home: the chunk holding its module.
  const homes = new Map(WIDGETS.map((widget) => [widget, chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(widget)))]));
  const widgetsOf = new Map(chunks.map((chunk) => [chunk.fileName, new Set()]));
  for (const [widget, home] of homes) {
    for (const needed of closure(bundle, home.fileName)) widgetsOf.get(needed).add(widget);
  }
  // A chunk's name: a widget's own or a shared chunk keeps rollup's; a chunk of later steps
  // is named after its widget's folder (complaint-form-later); the in-browser FAQ search, faq-index.
  const nameOf = (chunk) => {
    const facade = chunk.facadeModuleId ?? '';
    if (facade.endsWith('/core/dist/faq-search.js')) return 'faq-index';
    const folder = /\/dist\/([\w-]+)\/later\.js$/.exec(facade)?.[1];
    return folder ? `${folder}-later` : chunk.name;
  };
  const names = new Set();
  const place = new Map();
  for (const chunk of chunks) {
    if (chunk.isEntry) continue;
    const widgets = [...widgetsOf.get(chunk.fileName)];
    const services = widgets.filter((widget) => SERVICE_WIDGETS.has(widget));
    const small = Object.values(chunk.modules).reduce((total, module) => total + module.renderedLength, 0) < SMALL_SHARED_CHUNK;
    let name;
    if (services.length === SERVICE_WIDGETS.size || (services.length > 1 && small)) name = 'runtime';
    // What one widget shares with its later steps, when small, goes with the widget: a request saved.
    else if (widgets.length === 1 && small && homes.get(widgets[0]) !== chunk) name = nameOf(homes.get(widgets[0]));
    else {
      name = nameOf(chunk);
      if (names.has(name)) name = `${name}-${names.size}`;
      names.add(name);
    }
    for (const id of chunk.moduleIds) place.set(id, name);
  }
  return (id) => place.get(id);
}

/**
 * Rollup imports a chunk's own imports only once the chunk has arrived and been read: a
 * chain of round trips. For each dynamic import, ask for the target's static imports at
 * the same time, so the browser fetches them side by side; not the importing chunk itself,
 * which is there already.
 */
function importTogether() {
  return {
    name: 'import-together',
    renderDynamicImport({ chunk: importer, getTargetChunkImports }) {
      const imports = getTargetChunkImports()?.filter((chunk) => chunk.type === 'internal' && chunk.fileName !== importer.fileName) ?? [];
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
      // Each element's chunk is the one holding the module that defines it.
      const elementChunks = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const tag = /customElement\('(civic-[a-z-]+)'\)/.exec(this.getModuleInfo(id)?.code ?? '')?.[1];
          if (tag) elementChunks[tag] = [...closure(bundle, chunk.fileName)].sort();
        }
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
    // Every chunk is an ES module: its top-level names are its own to shorten (`module`), modern
    // syntax may stay modern (`ecma`), and a second pass finds what the first uncovered (85 B
    // gzip off the page with all four widgets; a third finds nothing more).
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    cdnManifest(),
  ],
  onwarn,
});
