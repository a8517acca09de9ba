#!/usr/bin/env node
/**
 * `npm run bench:render`: how soon each widget of the build in packages/elements/dist/cdn
 * shows up and how much main-thread script it costs, and how quickly it answers typing,
 * in headless Chromium with 4× CPU throttling, beside the floor measured in the same run:
 * a bare Lit element with one labelled input (bench/bare-lit-element.js), bundled for the
 * browser as the widget build is (node-resolve with the browser conditions, terser).
 *
 * Per page (one element on an otherwise empty page; the floor page holds <bare-lit-element>):
 *   first render  ms from `script-start` (a performance mark made by the page's first inline
 *                 script, before the loader's <script type="module">) to the first animation
 *                 frame at which the element's shadow root holds rendered elements
 *   ready         ms from `script-start` to the first frame at which the element's main input
 *                 is there, enabled and not in a hidden part (complaint form: the subject box;
 *                 ticket status: the reference box; callback request: the phone box; FAQ
 *                 search: the combobox; floor: its input). For the complaint form and the
 *                 callback request it includes the catalogue request to the real server
 *                 (on localhost: no network latency, the figures are CPU-bound)
 *   script, task  DevTools' Performance.getMetrics ScriptDuration and TaskDuration of the page's
 *                 document (Chromium counts them per document, from its start) read as soon as
 *                 the page reports ready (one DevTools round trip later): renderer main thread,
 *                 wall time under the throttling, minus the time spent in this bench's own
 *                 frame polling. Task is every main-thread task: parsing, style, layout, paint
 *                 and script
 *   input latency while typing ~30 characters into the complaint form's subject box, the FAQ
 *                 search box and the floor's input (60 ms between keys and a pause after each
 *                 word, as a person types, so the FAQ search's debounced search runs while
 *                 typing): per keystroke, ms from the keydown event's timeStamp to the frame
 *                 after it (requestAnimationFrame, then setTimeout 0, as web-vitals' polyfill
 *                 does), recorded by a capturing keydown listener on the document
 *
 * Each run opens the page in a fresh browser context (cold HTTP and code caches); the first
 * few load it again in that context (warm caches: every chunk is served `immutable`), after
 * typing into it if they type. Both loads start
 * from a blank page of the same origin, shown unthrottled since it is not measured. Pages take
 * turns within each round, so a machine that gets busier slows every page alike; one
 * unrecorded round first warms up the server and the browser.
 *
 * Serving: the real server (startServer, a temporary data directory, the example site, whose
 * demo key pk_test_transport works from the server's own origin) behind a small same-origin
 * front in this process that serves the bench pages and the floor bundle itself and forwards
 * every other request (the widget code at /elements/<version>/…, /v1/…, the FAQ index) with
 * its Host header, so the server sees the pages as its own. Not playwright's page.route:
 * routing turns Chromium's HTTP cache off, and warm runs would be cold ones. The server
 * serves a copy of the build taken at the start, so a rebuild meanwhile changes nothing. The
 * floor is served as the server serves the widget code: compressed (gzip: Chromium asks for
 * brotli over HTTPS only) and cached for a year.
 *
 * Targets (cold cache, medians): first render ≤ 2 × the floor's; script work ≤ 16 ms beyond
 * the floor's (the widget's own work). Missing one prints MISS: this is a report, not a test,
 * and exits 0; it exits 1 only when the bench itself fails (no build, a page never ready…).
 * Figures are also written to .test-results/bench-render.json. Timings on a shared machine
 * are noisy: read the ratios (those of the fastest runs are printed too, being the least
 * disturbed by other processes), and run it twice before believing a change.
 *
 * Options:
 *   --runs <n>          runs per page, each in a fresh browser context (default 15)
 *   --warm-runs <n>     of those, how many load the page again with warm caches (default 5)
 *   --typing-runs <n>   of those, how many type into the page (default 3: ~90 keystrokes a page)
 *   --throttle <rate>   CPU slowdown (default 4)
 *   --only <a,b>        measure only these pages (the floor is always measured): complaint-form,
 *                       ticket-status, callback-request, faq-search, service-dashboard
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { runOnNode24 } from './node-24.mjs';

runOnNode24(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));

const CDN = join(root, 'packages/elements/dist/cdn');
const FLOOR_SOURCE = join(root, 'bench/bare-lit-element.js');
const FLOOR_PATH = '/bench/floor/bare-lit-element.js';
const RESULTS = join(root, '.test-results/bench-render.json');
const SITE_KEY = 'pk_test_transport';
const TARGETS = { firstRenderRatio: 2, scriptOverFloorMs: 16 };
/** A page that is not ready by then is a failed bench, not a slow widget. */
const READY_TIMEOUT_MS = 30_000;
/** The whole bench, whatever happens. */
const OVERALL_TIMEOUT_MS = 15 * 60_000;
const KEY_DELAY_MS = 60;
const WORD_PAUSE_MS = 250;

/**
 * The pages: the element's markup, the selector (in its shadow root) of the input that makes
 * it ready, and what to type there, if anything.
 */
const FLOOR = {
  name: 'floor',
  label: 'bare Lit (floor)',
  tag: 'bare-lit-element',
  markup: '<bare-lit-element></bare-lit-element>',
  ready: 'input',
  type: 'deep pothole near the bus stop',
};
const WIDGETS = [
  {
    name: 'complaint-form',
    label: 'complaint form',
    tag: 'civic-complaint-form',
    markup: `<civic-complaint-form api-base="/" site-key="${SITE_KEY}" service="transport-road-defects"></civic-complaint-form>`,
    ready: 'input[name="subject"]',
    type: 'deep pothole near the bus stop',
  },
  {
    name: 'ticket-status',
    label: 'ticket status',
    tag: 'civic-ticket-status',
    markup: `<civic-ticket-status api-base="/" site-key="${SITE_KEY}"></civic-ticket-status>`,
    ready: 'input[name="reference"]',
  },
  {
    name: 'callback-request',
    label: 'callback request',
    tag: 'civic-callback-request',
    // A transport service that takes callbacks (packages/core/src/seed/services.ts).
    markup: `<civic-callback-request api-base="/" site-key="${SITE_KEY}" service="transport-licence-status"></civic-callback-request>`,
    ready: 'input[name="phone"]',
  },
  {
    name: 'faq-search',
    label: 'FAQ search',
    tag: 'civic-faq-search',
    // As the example site's help page embeds it: searching in the prebuilt index, in the browser.
    markup: `<civic-faq-search api-base="/" site-key="${SITE_KEY}" index-src="/assets/faq-index.json"></civic-faq-search>`,
    ready: 'input[role="combobox"]',
    type: 'renew my driving licence online',
  },
  {
    name: 'service-dashboard',
    label: 'service dashboard',
    tag: 'civic-service-dashboard',
    // Ready once its figures have come from the contact centre (or it says there are too few).
    markup: `<civic-service-dashboard api-base="/" site-key="${SITE_KEY}"></civic-service-dashboard>`,
    ready: '[part~="figures"], [part~="too-few"]',
  },
];

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '15' },
      'warm-runs': { type: 'string', default: '5' },
      'typing-runs': { type: 'string', default: '3' },
      throttle: { type: 'string', default: '4' },
      only: { type: 'string' },
    },
  });
  const count = (name, text, min) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} wants a whole number ≥ ${min}, not ${text}`);
    return value;
  };
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !WIDGETS.some((page) => page.name === name)) ?? [];
  if (unknown.length) throw new Error(`--only: no page named ${unknown.join(', ')} (there are ${WIDGETS.map((p) => p.name).join(', ')})`);
  const throttle = Number(values.throttle);
  if (!(throttle >= 1)) throw new Error(`--throttle wants a rate ≥ 1, not ${values.throttle}`);
  return {
    runs: count('runs', values.runs, 1),
    warmRuns: count('warm-runs', values['warm-runs'], 0),
    typingRuns: count('typing-runs', values['typing-runs'], 0),
    throttle,
    pages: [FLOOR, ...WIDGETS.filter((page) => !only || only.includes(page.name))],
  };
}

// ---------------------------------------------------------------------------------------------
// Serving

/**
 * A copy of the build, served for the whole bench: a rebuild meanwhile (`npm run build` in
 * another terminal) would otherwise take chunks away from under the pages. A copy made while
 * a build is writing misses files its manifest names: try again, then give up saying so.
 */
async function snapshotBuild(into) {
  for (let attempt = 1; ; attempt += 1) {
    rmSync(into, { recursive: true, force: true });
    cpSync(CDN, into, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(into, 'manifest.json'), 'utf8'));
    const missing = Object.keys(manifest.files).filter((file) => !existsSync(join(into, file)));
    if (missing.length === 0) return manifest;
    if (attempt === 3) throw new Error(`The build in ${CDN} lacks ${missing.slice(0, 3).join(', ')}, which its manifest names: is a build running? Run npm run build.`);
    await delay(2_000);
  }
}

/** The floor, bundled for the browser as the widget build is; with its gzip and brotli forms. */
async function bundleFloor() {
  const [{ rollup }, { nodeResolve }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
  ]);
  const build = await rollup({
    input: FLOOR_SOURCE,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'default'], rootDir: root }), terser({ format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const code = Buffer.from(output[0].code);
  return { identity: code, gzip: gzipSync(code, { level: 9 }), br: brotliCompressSync(code) };
}

/**
 * The HTML of a bench page. Its first script marks `script-start` and polls every animation
 * frame for first render and ready, then reports both through the `__benchReport` binding
 * (added by the DevTools protocol, so it costs the page nothing to install). The time spent
 * polling is measured so that it can be taken off the page's script work.
 */
function benchPage(page, scriptUrl) {
  const probe = `performance.mark('script-start');
(() => {
  const TAG = ${JSON.stringify(page.tag)};
  const READY = ${JSON.stringify(page.ready)};
  const start = performance.getEntriesByName('script-start')[0].startTime;
  const latencies = [];
  window.__bench = { latencies };
  // Input latency: keydown to the frame after it, as web-vitals' polyfill measures it.
  document.addEventListener('keydown', (event) => {
    const at = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - at), 0));
  }, { capture: true });
  let firstRender;
  let pollMs = 0;
  let frames = 0;
  // Only DOM queries, nothing that forces style or layout: the frames must cost what they would without the bench.
  const poll = () => {
    const began = performance.now();
    frames += 1;
    const shadow = document.querySelector(TAG)?.shadowRoot;
    if (firstRender === undefined && shadow?.querySelector('*')) firstRender = began;
    const input = shadow?.querySelector(READY);
    const ready = input && !input.matches(':disabled') && !input.closest('[hidden]');
    pollMs += performance.now() - began;
    if (!ready) return requestAnimationFrame(poll);
    const scripts = performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    window.__benchReport(JSON.stringify({
      firstRender: firstRender - start,
      ready: began - start,
      pollMs,
      frames,
      scriptFiles: scripts.length,
      scriptTransferKB: scripts.reduce((sum, entry) => sum + entry.transferSize, 0) / 1000,
    }));
  };
  requestAnimationFrame(poll);
})();`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench:render ${page.label}</title>
<link rel="icon" href="data:,">
<script>${probe}</script>
<script type="module" src="${scriptUrl}"></script>
</head>
<body>
<main>
${page.markup}
</main>
</body>
</html>
`;
}

/** Forwards a request to the real server, Host header and all. */
function forward(request, response, upstream) {
  const outgoing = httpRequest({ host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
    const headers = { ...answer.headers };
    delete headers.connection;
    delete headers['keep-alive'];
    response.writeHead(answer.statusCode ?? 502, headers);
    answer.pipe(response);
  });
  outgoing.on('error', (error) => {
    if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
    response.end(`bench front: the server did not answer: ${error.message}`);
  });
  request.pipe(outgoing);
}

/** The same-origin front: bench pages and the floor from here, the rest from the real server. */
async function startFront(serverUrl, pages, elementsUrl, floor) {
  const upstream = new URL(serverUrl);
  const html = new Map(pages.map((page) => [`/bench/${page.name}.html`, benchPage(page, page === FLOOR ? FLOOR_PATH : elementsUrl)]));
  html.set('/bench/blank.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head><body></body></html>');
  const front = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://front');
    if (html.has(pathname)) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(html.get(pathname));
    }
    if (pathname === FLOOR_PATH) {
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
        ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      });
      return response.end(floor[encoding]);
    }
    forward(request, response, upstream);
  });
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${front.address().port}`, server: front };
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** Rejects after `ms` with `message`, so no step can hang the bench. */
function within(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

/**
 * DevTools' main-thread durations of the page's current document, in ms. Chromium counts them
 * per document (a navigation starts them again from zero), so read at ready they cover the
 * document from its start.
 */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? NaN) * 1000;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

/**
 * A fresh browser context with one page, throttled, and the DevTools session that reads its
 * metrics and receives its page's report.
 */
async function openRun(browser, throttle) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York', serviceWorkers: 'block' });
  context.setDefaultTimeout(READY_TIMEOUT_MS);
  const page = await context.newPage();
  const errors = [];
  let waiting;
  // A page that cannot load its code will never be ready: say so at once, not after the timeout.
  page.on('pageerror', (error) => {
    errors.push(`uncaught ${error.name}: ${error.message}`);
    waiting?.reject(new Error(`the page threw ${error.name}: ${error.message}`));
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    errors.push(`${response.status()} for ${response.url()}`);
    waiting?.reject(new Error(`the server answered ${response.status()} for ${response.url()}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name === '__benchReport') waiting?.resolve(JSON.parse(event.payload));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchReport' });
  await cdp.send('Performance.enable');
  return {
    context,
    page,
    cdp,
    errors,
    /** The next report of a page, or a rejection naming what went wrong. */
    nextReport() {
      const report = new Promise((resolve, reject) => (waiting = { resolve, reject }));
      const timed = within(report, READY_TIMEOUT_MS, `not ready within ${READY_TIMEOUT_MS / 1000} s`).finally(() => (waiting = undefined));
      // Awaited only once the navigation is under way: a rejection before then is not unhandled.
      timed.catch(() => {});
      return timed;
    },
    /** Throttling applies to the page's later documents too, until changed. */
    throttle: (on) => cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? throttle : 1 }),
    close: () => context.close(),
  };
}

/**
 * Loads a bench page and measures first render, ready, and the script work up to ready. Cold
 * and warm loads alike start from a blank page of the same origin, shown unthrottled (it is
 * not measured) to save time.
 */
async function measureLoad(run, origin, page) {
  await run.throttle(false);
  await run.page.goto(`${origin}/bench/blank.html`);
  await run.throttle(true);
  const report = run.nextReport();
  await run.page.goto(`${origin}/bench/${page.name}.html`, { waitUntil: 'commit' });
  let figures;
  try {
    figures = await report;
  } catch (error) {
    const state = await run.page
      .evaluate(({ tag }) => document.querySelector(tag)?.shadowRoot?.innerHTML.slice(0, 400) ?? `(${tag} has no shadow root)`, page)
      .catch(() => '(page unreadable)');
    throw new Error(`the ${page.label} page: ${error.message}. Its shadow root: ${state}${run.errors.length ? `\n${run.errors.join('\n')}` : ''}`);
  }
  const mainThread = await mainThreadMs(run.cdp);
  return {
    firstRender: figures.firstRender,
    ready: figures.ready,
    script: mainThread.script - figures.pollMs,
    task: mainThread.task - figures.pollMs,
    pollMs: figures.pollMs,
    frames: figures.frames,
    scriptFiles: figures.scriptFiles,
    scriptTransferKB: figures.scriptTransferKB,
  };
}

/**
 * Types into the page's main input as a person would and returns each keystroke's latency.
 * Call on a page that `measureLoad` left ready.
 */
async function measureTyping(run, page) {
  const input = run.page.locator(`${page.tag} ${page.ready}`);
  await input.click();
  const words = page.type.split(' ');
  for (const [index, word] of words.entries()) {
    await run.page.keyboard.type(index < words.length - 1 ? `${word} ` : word, { delay: KEY_DELAY_MS });
    await delay(WORD_PAUSE_MS);
  }
  const keys = page.type.length;
  const read = () => run.page.evaluate(() => window.__bench.latencies.slice());
  const deadline = Date.now() + 10_000;
  let latencies = await read();
  while (latencies.length < keys) {
    if (Date.now() > deadline) throw new Error(`the ${page.label} page timed ${latencies.length} of ${keys} keystrokes within 10 s`);
    await delay(50);
    latencies = await read();
  }
  const typed = await input.inputValue();
  if (typed !== page.type) throw new Error(`the ${page.label} page's input holds “${typed}” after typing “${page.type}”: the keystrokes went elsewhere`);
  return latencies;
}

/** One run of one page: a cold load, maybe typing, maybe a warm load in the same context. */
async function runPage(browser, origin, page, options, { typing, warm: reload }) {
  const run = await openRun(browser, options.throttle);
  try {
    const cold = await measureLoad(run, origin, page);
    const latencies = typing && page.type ? await measureTyping(run, page) : [];
    const warm = reload ? await measureLoad(run, origin, page) : undefined;
    return { cold, warm, latencies, errors: run.errors };
  } finally {
    await run.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

/** Nearest-rank quantile of a list of numbers. */
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function summarise(results, pages) {
  const summary = {};
  for (const page of pages) {
    const runs = results.get(page.name);
    const stats = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9), min: Math.min(...values), max: Math.max(...values), values });
    const loads = (kind) => {
      const measured = runs.map((run) => run[kind]).filter((load) => load !== undefined);
      if (measured.length === 0) return undefined;
      return Object.fromEntries(['firstRender', 'ready', 'script', 'task', 'scriptTransferKB'].map((key) => [key, stats(measured.map((load) => load[key]))]));
    };
    const latencies = runs.flatMap((run) => run.latencies);
    summary[page.name] = {
      label: page.label,
      cold: loads('cold'),
      warm: loads('warm'),
      inputLatency: latencies.length ? { keystrokes: latencies.length, median: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: Math.max(...latencies), values: latencies } : undefined,
    };
  }
  const floor = summary[FLOOR.name].cold;
  for (const page of pages.filter((page) => page !== FLOOR)) {
    const cold = summary[page.name].cold;
    const firstRenderRatio = cold.firstRender.median / floor.firstRender.median;
    const scriptOverFloorMs = cold.script.median - floor.script.median;
    summary[page.name].targets = {
      firstRenderRatio,
      firstRenderMet: firstRenderRatio <= TARGETS.firstRenderRatio,
      scriptOverFloorMs,
      scriptMet: scriptOverFloorMs <= TARGETS.scriptOverFloorMs,
      // The fastest runs, the least disturbed by other processes: for reading, not judging.
      fastest: { firstRenderRatio: cold.firstRender.min / floor.firstRender.min, scriptOverFloorMs: cold.script.min - floor.script.min },
    };
  }
  return summary;
}

const ms = (value) => (Number.isFinite(value) ? value.toFixed(Math.abs(value) < 100 ? 1 : 0) : '–');
const signed = (value) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
const pad = (text, width) => String(text).padStart(width);

function table(summary, pages, options, browserVersion) {
  const lines = [
    `bench:render — Chromium ${browserVersion}, ${options.throttle}× CPU throttling; per page ${options.runs} cold loads in fresh contexts, ` +
      `${Math.min(options.warmRuns, options.runs)} warm loads, ${Math.min(options.typingRuns, options.runs)} typing runs`,
    'first render, ready: ms from script start. script, task: main-thread ms of the page up to ready. JS KB: scripts transferred.',
    'ready includes the catalogue request to the server (on localhost) for the widgets that need it.',
  ];
  const loadsTable = (kind, title) => {
    const floor = summary[FLOOR.name][kind];
    lines.push(
      '',
      `${title.padEnd(18)} ${pad('first render', 15)} ${pad('× floor', 8)} ${pad('ready', 15)} ${pad('script', 8)} ${pad('− floor', 8)} ${pad('task', 7)} ${pad('JS KB', 6)}`,
      `${''.padEnd(18)} ${pad('median', 7)} ${pad('p90', 7)} ${pad('', 8)} ${pad('median', 7)} ${pad('p90', 7)} ${pad('median', 8)} ${pad('', 8)} ${pad('median', 7)}`,
    );
    for (const page of pages) {
      const loads = summary[page.name][kind];
      const pair = (stats) => `${pad(ms(stats.median), 7)} ${pad(ms(stats.p90), 7)}`;
      const ratio = (loads.firstRender.median / floor.firstRender.median).toFixed(1);
      const overFloor = page === FLOOR ? '' : signed(loads.script.median - floor.script.median);
      lines.push(
        `${page.label.padEnd(18)} ${pair(loads.firstRender)} ${pad(ratio, 8)} ${pair(loads.ready)} ${pad(ms(loads.script.median), 8)} ${pad(overFloor, 8)} ${pad(ms(loads.task.median), 7)} ${pad(loads.scriptTransferKB.median.toFixed(1), 6)}`,
      );
    }
  };
  loadsTable('cold', 'cold cache');
  if (summary[FLOOR.name].warm) loadsTable('warm', 'warm cache');

  const typed = pages.filter((page) => summary[page.name].inputLatency);
  if (typed.length) {
    lines.push('', `${'input latency'.padEnd(18)} ${pad('keys', 5)} ${pad('median', 7)} ${pad('p95', 7)} ${pad('max', 7)}   ms from keydown to the frame after it`);
    for (const page of typed) {
      const latency = summary[page.name].inputLatency;
      lines.push(`${page.label.padEnd(18)} ${pad(latency.keystrokes, 5)} ${pad(ms(latency.median), 7)} ${pad(ms(latency.p95), 7)} ${pad(ms(latency.max), 7)}`);
    }
  }

  lines.push(
    '',
    `targets (cold cache, medians): first render ≤ ${TARGETS.firstRenderRatio}× the floor's, script ≤ ${TARGETS.scriptOverFloorMs} ms beyond the floor's` +
      '   (fastest runs, for reading)',
  );
  for (const page of pages.filter((page) => page !== FLOOR)) {
    const t = summary[page.name].targets;
    lines.push(
      `${page.label.padEnd(18)} first render ${pad(t.firstRenderRatio.toFixed(2), 5)}× ${t.firstRenderMet ? 'PASS' : 'MISS'}   ` +
        `script ${pad(signed(t.scriptOverFloorMs), 7)} ms ${t.scriptMet ? 'PASS' : 'MISS'}   ` +
        `(${t.fastest.firstRenderRatio.toFixed(2)}×, ${signed(t.fastest.scriptOverFloorMs)} ms)`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions();
  if (!existsSync(join(CDN, 'manifest.json'))) throw new Error(`No widget build at ${CDN} (manifest.json is missing): run npm run build first.`);

  const [{ chromium }, { startServer }, { CHROME_ARGS, findChrome }] = await Promise.all([
    import('playwright-core'),
    import('@civic-contact/server'),
    import('../scripts/find-chrome.mjs'),
  ]);
  const floor = await bundleFloor();
  const temporary = mkdtempSync(join(tmpdir(), 'civic-bench-render-'));
  closers.push(async () => rmSync(temporary, { recursive: true, force: true }));
  const elementsDir = join(temporary, 'elements');
  const manifest = await snapshotBuild(elementsDir);
  const serverErrors = [];
  const dataDir = join(temporary, 'data');
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, elementsDir, site: true, onError: (error) => serverErrors.push(String(error?.stack ?? error)) });
  closers.push(() => server.close());
  const elementsUrl = `/elements/${manifest.version}/${manifest.entry}`;
  const front = await startFront(server.url, options.pages, elementsUrl, floor);
  closers.push(
    () =>
      new Promise((resolve) => {
        front.server.close(resolve);
        front.server.closeAllConnections();
      }),
  );
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  closers.push(() => browser.close());

  const started = Date.now();
  process.stderr.write(`warming up (one unrecorded round), then ${options.runs} rounds of ${options.pages.length} pages\n`);
  for (const page of options.pages) await runPage(browser, front.url, page, options, { typing: false, warm: false });

  const results = new Map(options.pages.map((page) => [page.name, []]));
  for (let round = 0; round < options.runs; round += 1) {
    // Each round starts with another page, so none is always first after a pause.
    const order = options.pages.map((_, index) => options.pages[(index + round) % options.pages.length]);
    const chosen = { typing: round < options.typingRuns, warm: round < options.warmRuns };
    for (const page of order) results.get(page.name).push(await runPage(browser, front.url, page, options, chosen));
    process.stderr.write(`\rround ${round + 1}/${options.runs} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  process.stderr.write('\n');
  if (serverErrors.length) throw new Error(`the server met errors during the bench:\n${serverErrors.join('\n')}`);

  const summary = summarise(results, options.pages);
  const browserVersion = browser.version();
  console.log(table(summary, options.pages, options, browserVersion).join('\n'));
  // Not a failed bench, but figures to read with care: a widget that errs may render less.
  const pageErrors = [...new Set(options.pages.flatMap((page) => results.get(page.name).flatMap((run) => run.errors.map((error) => `${page.label}: ${error.split('\n')[0]}`))))];
  if (pageErrors.length) console.log(`\nthe pages reported errors:\n  ${pageErrors.join('\n  ')}`);
  mkdirSync(dirname(RESULTS), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    chromium: browserVersion,
    throttle: options.throttle,
    runs: options.runs,
    warmRuns: options.warmRuns,
    typingRuns: options.typingRuns,
    targets: TARGETS,
    build: { version: manifest.version, entry: manifest.entry },
    pages: summary,
    pageErrors,
  };
  writeFileSync(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nfigures written to ${RESULTS}`);
}

/** What main started, closed last first: the browser, the front, the server, the data directory. */
const closers = [];
async function closeAll() {
  while (closers.length) await closers.pop()().catch(() => {});
}
process.once('SIGINT', () => closeAll().finally(() => process.exit(130)));

try {
  await within(main(), OVERALL_TIMEOUT_MS, `bench:render did not finish within ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
  process.exitCode = 0;
} catch (error) {
  // An error from elsewhere (the server, playwright) says where it was thrown: the bench's own say enough.
  const at = error instanceof Error ? error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim() : undefined;
  const where = at?.includes('/bench/render.mjs') ? undefined : at;
  console.error(`\nbench:render failed: ${error instanceof Error ? error.message : String(error)}${where ? ` (${where})` : ''}`);
  process.exitCode = 1;
} finally {
  await within(closeAll(), 20_000, 'closing the browser and the server took over 20 s').catch((error) => console.error(error.message));
  // A stuck socket must not keep the process alive after the report.
  setTimeout(() => process.exit(), 2_000).unref();
}
