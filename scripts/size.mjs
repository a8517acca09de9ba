#!/usr/bin/env node
/**
 * The size budgets of what citizens' browsers download, over the build in
 * packages/elements/dist/cdn (run `npm run build` first; `npm test` does). Every figure is
 * printed, beside the floor: a bare Lit element with one input, bundled the same way.
 *
 * Budgets (gzip, 1 KB = 1,000 bytes):
 *   loader                                    civic-contact.js                      ≤ 4 KB
 *   one element                               loader + every chunk it needs         ≤ 40 KB
 *   a page with the four service elements     loader + every chunk any of them needs ≤ 60 KB
 *     (complaint form, ticket status, callback request, FAQ search: what a ministry's
 *     service pages carry; the service dashboard goes on a page of its own, and is held to
 *     the one-element budget, so the citizen's first screen does not pay for it)
 *   one element from npm                      `import '@civic-contact/elements/<element>.js'`
 *                                             bundled by rollup                      ≤ 40 KB
 *                                             and holding no other element's code
 * "Every chunk it needs" is everything loaded before the element can render: its chunk
 * and their static imports. What an element fetches only when the citizen needs it (the
 * phone-number library, the HTML sanitiser, the in-browser FAQ index, a language's
 * strings) is listed apart, with its size.
 *
 * `--counts FILE` writes `{ passed, failed }` for `npm test`; the exit code is 1 on any
 * budget missed.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SERVICE_WIDGET_TAGS, WIDGET_TAGS } from './widgets.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// CIVIC_CDN_OUT measures a build made elsewhere (see rollup.config.mjs).
const cdn = process.env.CIVIC_CDN_OUT ?? join(root, 'packages/elements/dist/cdn');
const KB = 1000;
export const BUDGETS = { loader: 4 * KB, element: 40 * KB, allElements: 60 * KB };

/** The citizen-facing elements (scripts/widgets.mjs); the provider comes with each. */
export const WIDGETS = WIDGET_TAGS;
/** The widgets a ministry's service pages carry together. */
export const SERVICE_WIDGETS = SERVICE_WIDGET_TAGS;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bundles `code` (an entry module's source) for the browser as the widget build does: node-resolve, terser. */
async function bundle(code, options = {}) {
  const entry = '\0size-entry';
  const build = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
      nodeResolve({ browser: true, exportConditions: ['browser', 'default'], rootDir: root }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => {},
    ...options,
  });
  // Dynamic imports stay chunks of their own: a bundler user's app loads them only when needed too.
  const { output } = await build.generate({ format: 'es', dir: 'unused' });
  await build.close();
  const main = output.find((item) => item.type === 'chunk' && item.isEntry);
  const statics = new Set();
  const visit = (chunk) => {
    if (statics.has(chunk.fileName)) return;
    statics.add(chunk.fileName);
    for (const imported of chunk.imports) visit(output.find((item) => item.fileName === imported));
  };
  visit(main);
  const code_ = output.filter((item) => statics.has(item.fileName)).map((item) => item.code).join('\n');
  return { code: code_, gzip: gzip(code_), brotli: brotli(code_) };
}

/** Runs every check; returns the lines to print and the counts. */
export async function measure() {
  const manifest = JSON.parse(readFileSync(join(cdn, 'manifest.json'), 'utf8'));
  const { files, elements, entry } = manifest;
  const results = [];
  const check = (name, bytes, budget, detail = '') => {
    results.push({ name, gzip: bytes.gzip, brotli: bytes.brotli, budget, ok: budget === undefined || bytes.gzip <= budget, detail });
  };
  const sum = (list) => ({
    gzip: list.reduce((total, file) => total + files[file].gzip, 0),
    brotli: list.reduce((total, file) => total + files[file].brotli, 0),
  });

  const floor = await bundle(readFileSync(join(root, 'bench/bare-lit-element.js'), 'utf8'));
  check('floor: a bare Lit element with one input', floor);
  check(`loader (${entry})`, files[entry], BUDGETS.loader);

  const missing = WIDGETS.filter((tag) => !elements[tag]);
  if (missing.length) throw new Error(`manifest.json names no chunks for ${missing.join(', ')}: is the loader missing them?`);
  const runtime = Object.keys(files).find((file) => /^chunks\/runtime-[\w-]+\.js$/.test(file));
  if (runtime) check(`shared runtime (${runtime})`, files[runtime]);
  for (const tag of WIDGETS) {
    const own = elements[tag].filter((file) => file !== runtime);
    check(`loader + runtime + <${tag}>`, sum([entry, ...elements[tag]]), BUDGETS.element, own.map((f) => `${f} ${kb(files[f].gzip)}`).join(', '));
  }
  const page = new Set([entry, ...SERVICE_WIDGETS.flatMap((tag) => elements[tag])]);
  check(`a page with the ${SERVICE_WIDGETS.length} service elements`, sum([...page]), BUDGETS.allElements, `${page.size} files`);
  // Reported, not budgeted: each element is, and a page needs not carry them all.
  const every = new Set([entry, ...WIDGETS.flatMap((tag) => elements[tag])]);
  if (every.size > page.size) check(`a page with all ${WIDGETS.length} elements`, sum([...every]), undefined, `${every.size} files`);

  const onDemand = Object.keys(files).filter((file) => file.endsWith('.js') && !every.has(file) && file !== entry);
  for (const file of onDemand.sort()) check(`on demand: ${file}`, files[file]);

  for (const tag of WIDGETS) {
    const module = tag.replace(/^civic-/, '');
    const built = await bundle(`import '@civic-contact/elements/${module}.js';`);
    const others = WIDGETS.filter((other) => other !== tag && built.code.includes(`"${other}"`));
    results.push({
      name: `npm: import '@civic-contact/elements/${module}.js'`,
      gzip: built.gzip,
      brotli: built.brotli,
      budget: BUDGETS.element,
      ok: built.gzip <= BUDGETS.element && others.length === 0 && built.code.includes(`"${tag}"`),
      detail: others.length ? `also holds ${others.join(', ')}` : built.code.includes(`"${tag}"`) ? '' : `does not define ${tag}`,
    });
  }

  const lines = [`${'figure'.padEnd(62)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  ${'× floor'.padStart(7)}  budget`];
  for (const r of results) {
    const verdict = r.budget === undefined ? '' : `${r.ok ? 'ok  ' : 'OVER'} ≤ ${kb(r.budget)}`;
    lines.push(
      `${r.name.padEnd(62)} ${kb(r.gzip).padStart(9)} ${kb(r.brotli).padStart(9)}  ${(r.gzip / floor.gzip).toFixed(1).padStart(7)}  ${verdict}${r.detail ? `  (${r.detail})` : ''}`,
    );
  }
  const checked = results.filter((r) => r.budget !== undefined);
  return { lines, passed: checked.filter((r) => r.ok).length, failed: checked.filter((r) => !r.ok).length, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const countsAt = process.argv.indexOf('--counts');
  const countsFile = countsAt > 0 ? process.argv[countsAt + 1] : undefined;
  let outcome;
  if (!existsSync(join(cdn, 'manifest.json'))) {
    console.error(`No build at ${cdn}: run npm run build first.`);
    outcome = { passed: 0, failed: 1 };
  } else {
    outcome = await measure();
    console.log(outcome.lines.join('\n'));
    console.log(`\n${outcome.passed} budgets met, ${outcome.failed} missed`);
  }
  if (countsFile) {
    mkdirSync(dirname(countsFile), { recursive: true });
    writeFileSync(countsFile, `${JSON.stringify({ passed: outcome.passed, failed: outcome.failed })}\n`);
  }
  process.exitCode = outcome.failed > 0 ? 1 : 0;
}
