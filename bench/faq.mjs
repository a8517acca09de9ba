#!/usr/bin/env node
/**
 * `npm run bench:faq`: time per query and top-3 recall of the FAQ search (issue 6), beside two
 * baselines measured in the same run on the same data:
 *
 *   ours            createFaqSearch(…).search(q): what the server and the widget call — ranking,
 *                   highlighted question, snippet (default limit of 5 hits); its build time is
 *                   createFaqSearch and the first search, which builds the index
 *   ours (ranking)  the same search without building the hits (ranking only), for reference
 *   ours (loaded)   the same search over the prebuilt index read back from its JSON text
 *   minisearch      untuned MiniSearch: default options, { prefix: true, fuzzy: 0.2 }, fields
 *                   question, answer (as text), category, keywords
 *   fuse            Fuse.js over the same fields, with the options that found the most on the
 *                   first 50 queries (FUSE_OPTIONS below: why, and what else was tried)
 *
 * Data (bench/faq-data.ts): 5,000 generated FAQs and 500 labelled citizen queries with typos,
 * the same on every run. Each engine: index build time; one warm-up pass over the queries, then
 * one timed pass, each query timed alone; median and p95 ms; top-3 recall against the labels.
 * For ours also: the prebuilt index's JSON size and its load time (JSON.parse + loadFaqIndex).
 *
 * Targets: median ≤ 1 ms, p95 ≤ 5 ms, recall ≥ the best baseline, index built or loaded
 * ≤ 100 ms. Missing them prints FAIL and exits 1; it is a report, not a test (timings on a
 * shared machine are noisy: run it a few times).
 *
 * Options:
 *   --fuse-queries <n>   time Fuse.js on the first n queries only (default all: ~1 s each here)
 *   --passes <n>         timed passes over the queries, and builds and loads, per engine (default 3;
 *                        Fuse.js: 1): a query's time is its median over the passes, a build's the median
 *   --faqs <n>           number of FAQs (default 5000)
 *   --queries <n>        number of queries (default 500)
 *   --misses             list the queries each engine missed
 *   --json               print the results as JSON (`npm run -s bench:faq -- --json`)
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runOnNode24 } from './node-24.mjs';

runOnNode24(import.meta.url, ['--conditions=source', '--expose-gc']);

const { default: MiniSearch } = await import('minisearch');
const { default: Fuse } = await import('fuse.js');
const { createFaqSearch, buildFaqIndex, loadFaqIndex, htmlToText } = await import('@civic-contact/core/faq-search');
const { rankFaqs } = await import('../packages/core/src/faq-search.ts');
const { generateFaqBenchData } = await import('./faq-data.ts');

const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: {
    'fuse-queries': { type: 'string' },
    passes: { type: 'string' },
    faqs: { type: 'string' },
    queries: { type: 'string' },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log('Usage: npm run bench:faq -- [--fuse-queries n] [--passes n] [--faqs n] [--queries n] [--misses] [--json]');
  process.exit(0);
}
function count(name, value, fallback) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    console.error(`--${name} must be a whole number ≥ 0, not "${value}".`);
    process.exit(2);
  }
  return number;
}

const TARGETS = { medianMs: 1, p95Ms: 5, readyMs: 100 };
const config = { passes: Math.max(1, count('passes', flags.passes, 3)) };
const log = (line) => process.stderr.write(`${line}\n`);
const now = () => performance.now();

/* ------------------------------------------------------------------ data */

let started = now();
const data = generateFaqBenchData({ faqs: count('faqs', flags.faqs, 5000), queries: count('queries', flags.queries, 500) });
const { ministry, faqs, queries } = data;
log(`Data: ${faqs.length} FAQs, ${queries.length} labelled queries (generated in ${Math.round(now() - started)} ms).`);
const fuseQueries = Math.min(queries.length, count('fuse-queries', flags['fuse-queries'], queries.length));

/** The same documents for the baselines: the fields ours indexes, answers as text. */
const docs = faqs.map((faq) => ({
  id: faq.id,
  question: faq.question.en,
  answer: htmlToText(faq.answerHtml.en),
  category: faq.category.en,
  keywords: (faq.keywords ?? []).join(' '),
}));

/* ------------------------------------------------------------------ measuring */

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/**
 * Runs `search` (query → ids, best first) over `list`: a warm-up pass, then a timed pass.
 * @returns {{ medianMs: number, p95Ms: number, recall: number, queries: number, misses: object[] }}
 */
function measure(name, search, list = queries, passes = config.passes) {
  for (const query of list) search(query.text);
  const times = list.map(() => []);
  let found = 0;
  const misses = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, query] of list.entries()) {
      const start = now();
      const ids = search(query.text);
      times[i].push(now() - start);
      if (pass > 0) continue;
      if (ids.slice(0, 3).includes(query.expected)) found++;
      else misses.push({ query: query.text, expected: query.expected, got: ids.slice(0, 3) });
    }
  }
  // Each query's median over the passes: one pass disturbed by another process counts once.
  const perQuery = times.map((t) => quantile(t.sort((a, b) => a - b), 0.5)).sort((a, b) => a - b);
  log(`  ${name}: done`);
  return { medianMs: quantile(perQuery, 0.5), p95Ms: quantile(perQuery, 0.95), recall: found / list.length, queries: list.length, misses };
}

/** Runs `run` `times` times (after a collection, when --expose-gc allows): its last value and the median time. */
function timed(run, times = config.passes) {
  const ms = [];
  let value;
  for (let i = 0; i < times; i++) {
    globalThis.gc?.();
    const start = now();
    value = run();
    ms.push(now() - start);
  }
  return { value, ms: quantile(ms.sort((a, b) => a - b), 0.5), firstMs: ms[0] };
}

/* ------------------------------------------------------------------ engines */

log('Measuring…');
const results = {};

// Ours, as the server builds it (lazily, on the first search: force it).
const ours = timed(() => {
  const search = createFaqSearch(faqs, ministry);
  search.search('', { lang: 'en' });
  return search;
});
const indexText = timed(() => JSON.stringify(buildFaqIndex(faqs, ministry)));
const loaded = timed(() => loadFaqIndex(JSON.parse(indexText.value)));
const ids = (response) => response.hits.map((hit) => hit.id);
results.ours = { ...measure('ours', (q) => ids(ours.value.search(q))), buildMs: ours.ms, loadMs: loaded.ms };
results.oursRanking = measure('ours (ranking only)', (q) => rankFaqs(ours.value, q).map((hit) => hit.id));
results.oursLoaded = { ...measure('ours (loaded)', (q) => ids(loaded.value.search(q))), loadMs: loaded.ms };
const index = { bytes: Buffer.byteLength(indexText.value), gzipBytes: gzipSync(indexText.value).byteLength, serialiseMs: indexText.ms };

const mini = timed(() => {
  const search = new MiniSearch({ fields: ['question', 'answer', 'category', 'keywords'] });
  search.addAll(docs);
  return search;
});
results.minisearch = { ...measure('untuned minisearch', (q) => mini.value.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => r.id)), buildMs: mini.ms };

/**
 * Fuse.js given a fair chance: tuned on the first 50 queries only (reported on all of them), top-3
 * recall / median ms per query there, on this shared machine:
 *   four keys, ignoreLocation, no token search (the query as one string)          8%  1.06 s
 *   the same, keys weighted (question 3, keywords 2, category 1, answer 1)        8%  0.99 s
 *   four keys, ignoreLocation, useTokenSearch                                     36%  1.57 s
 *     + threshold 0.4                                                              52%  0.68 s
 *     + ignoreFieldNorm                                                            68%  0.78 s
 *   weighted keys, ignoreLocation, useTokenSearch                                 48%  1.13 s
 *     without ignoreLocation | + ignoreDiacritics | + tokenMatch 'all'            48% | 50% | 48%
 *     + question 10, keywords 5                                                    62%  0.78 s
 *     + ignoreFieldNorm                                                            76%  1.20 s
 *     + ignoreFieldNorm, threshold 0.4                                             82%  1.10 s
 *     + ignoreFieldNorm, threshold 0.3                                             92%  0.76 s
 *     + ignoreFieldNorm, threshold 0.2 | 0.25                                      92% | 90%
 *     + question 10, keywords 5, ignoreFieldNorm, threshold 0.2                    92%  0.39 s
 *     + question 10, keywords 5, ignoreFieldNorm, threshold 0.3 (kept)             94%  0.50 s
 * Kept: the best recall on those 50. Token search matches each query word on its own (the whole
 * query as one fuzzy string finds almost nothing); weighting the question and keywords above the
 * answer, as any FAQ search would, and dropping the field-length norm (which, by the look of the
 * results, let a word in a two-word category or keyword list shared by hundreds of FAQs outrank
 * the question) help; a lower threshold keeps a typo'd word from fuzzily matching dozens of
 * unrelated answer words, which buried the FAQ asked about (and makes each query cheaper).
 */
const FUSE_OPTIONS = {
  keys: [
    { name: 'question', weight: 10 },
    { name: 'keywords', weight: 5 },
    { name: 'category', weight: 1 },
    { name: 'answer', weight: 1 },
  ],
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.3,
};
const fuseOptions = { ...FUSE_OPTIONS, includeScore: true };
const fuse = timed(() => new Fuse(docs, fuseOptions), 1);
results.fuse = { ...measure(`fuse.js (${fuseQueries} queries)`, (q) => fuse.value.search(q).map((r) => r.item.id), queries.slice(0, fuseQueries), 1), buildMs: fuse.ms };

/* ------------------------------------------------------------------ report */

const bestBaselineRecall = Math.max(results.minisearch.recall, results.fuse.recall);
const readyMs = Math.min(results.ours.buildMs, results.ours.loadMs);
const checks = [
  { what: `median ≤ ${TARGETS.medianMs} ms`, value: `${results.ours.medianMs.toFixed(3)} ms`, pass: results.ours.medianMs <= TARGETS.medianMs },
  { what: `p95 ≤ ${TARGETS.p95Ms} ms`, value: `${results.ours.p95Ms.toFixed(3)} ms`, pass: results.ours.p95Ms <= TARGETS.p95Ms },
  {
    what: 'top-3 recall ≥ best baseline',
    value: `${pct(results.ours.recall)} vs ${pct(bestBaselineRecall)}`,
    pass: results.ours.recall >= bestBaselineRecall,
  },
  { what: `index built or loaded ≤ ${TARGETS.readyMs} ms`, value: `${readyMs.toFixed(1)} ms`, pass: readyMs <= TARGETS.readyMs },
];
const ratios = {
  median: results.minisearch.medianMs / results.ours.medianMs,
  p95: results.minisearch.p95Ms / results.ours.p95Ms,
  build: results.minisearch.buildMs / results.ours.buildMs,
};

if (flags.json) {
  console.log(JSON.stringify({ faqs: faqs.length, queries: queries.length, fuseOptions: FUSE_OPTIONS, index, results: strip(results), ratios, checks }, null, 2));
} else {
  const rows = [
    ['engine', 'median ms', 'p95 ms', 'top-3 recall', 'build ms', 'load ms', 'queries'],
    row('ours: search()', results.ours, results.ours.buildMs, results.ours.loadMs),
    row('ours: ranking only', results.oursRanking),
    row('ours: loaded index', results.oursLoaded, undefined, results.oursLoaded.loadMs),
    row('minisearch untuned', results.minisearch, results.minisearch.buildMs),
    row('fuse.js', results.fuse, results.fuse.buildMs),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('');
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('');
  console.log(`Fuse.js options: ${JSON.stringify(FUSE_OPTIONS)}.`);
  console.log(`Prebuilt index: ${kb(index.bytes)} JSON, ${kb(index.gzipBytes)} gzipped (serialised in ${index.serialiseMs.toFixed(0)} ms).`);
  console.log(
    `Against untuned MiniSearch (same run): median ${ratios.median.toFixed(1)}× faster, p95 ${ratios.p95.toFixed(1)}× faster, ` +
      `build ${ratios.build.toFixed(1)}× ${ratios.build >= 1 ? 'faster' : 'slower'}, recall ${signed(results.ours.recall - results.minisearch.recall)} points.`,
  );
  console.log('');
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.what.padEnd(34)} ${check.value}`);
  if (flags.misses) {
    for (const [name, result] of Object.entries(results)) {
      console.log(`\nMissed by ${name} (${result.misses.length}):`);
      for (const miss of result.misses) console.log(`  ${JSON.stringify(miss.query)} → ${miss.expected} (${faqs.find((f) => f.id === miss.expected).question.en}); got ${miss.got.join(', ') || 'nothing'}`);
    }
  }
}
process.exitCode = checks.every((check) => check.pass) ? 0 : 1;

function row(name, result, buildMs, loadMs) {
  const ms = (value) => (value === undefined ? '' : value.toFixed(value < 10 ? 3 : 1));
  return [name, ms(result.medianMs), ms(result.p95Ms), pct(result.recall), ms(buildMs), ms(loadMs), String(result.queries)];
}
function pct(value) {
  return `${(value * 100).toFixed(1)}%`;
}
function signed(value) {
  const points = value * 100;
  return `${points >= 0 ? '+' : ''}${points.toFixed(1)}`;
}
function kb(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
function strip(all) {
  return Object.fromEntries(Object.entries(all).map(([name, { misses, ...rest }]) => [name, { ...rest, missed: misses.length }]));
}
