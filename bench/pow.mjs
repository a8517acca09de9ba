#!/usr/bin/env node
/**
 * `npm run bench:pow`: how long a citizen's browser spends solving the proof of work the
 * reference server asks of a complaint, an upload or a callback booking, in headless
 * Chromium: the solver of the build in packages/elements/dist/cdn (the chunk the widgets
 * fetch), on challenges of the real server at its default difficulty, or `--difficulty N`.
 *
 * Each run fetches a challenge from the server (not timed) and times the widget's own code
 * solving it (`prove`, as the SDK calls it before a write): from the first number tried to the
 * proof, its yields to the page included. A challenge's secret number is uniform from 0 to the
 * difficulty, so solve times spread from nothing to the whole range: the median is the figure
 * to read, the 90th percentile the slow case. Runs are repeated with the CPU slowed 4× (DevTools'
 * throttling), roughly a mid-range phone.
 *
 * Figures are printed and written to .test-results/bench-pow.json. Timings on a shared machine
 * are noisy: run it twice before believing a change.
 *
 * Options:
 *   --runs <n>          challenges solved per CPU speed (default 41)
 *   --difficulty <n>    the challenges' maxnumber (default: the server's default)
 *   --throttle <rate>   the slow CPU's slowdown (default 4)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runOnNode24 } from './node-24.mjs';

runOnNode24(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));

const CDN = join(root, 'packages/elements/dist/cdn');
const RESULTS = join(root, '.test-results/bench-pow.json');
const SITE_KEY = 'pk_test_transport';

function parseOptions() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '41' }, difficulty: { type: 'string' }, throttle: { type: 'string', default: '4' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number ≥ 1, not ${values.runs}`);
  const difficulty = values.difficulty === undefined ? undefined : Number(values.difficulty);
  if (difficulty !== undefined && !(Number.isSafeInteger(difficulty) && difficulty >= 1)) throw new Error(`--difficulty wants a whole number ≥ 1, not ${values.difficulty}`);
  const throttle = Number(values.throttle);
  if (!(throttle >= 1)) throw new Error(`--throttle wants a rate ≥ 1, not ${values.throttle}`);
  return { runs, difficulty, throttle };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))];

async function main() {
  const options = parseOptions();
  if (!existsSync(join(CDN, 'manifest.json'))) throw new Error(`No widget build at ${CDN} (manifest.json is missing): run npm run build first.`);
  const manifest = JSON.parse(readFileSync(join(CDN, 'manifest.json'), 'utf8'));
  const solver = Object.keys(manifest.files).find((file) => /^chunks\/proof-of-work-[\w-]+\.js$/.test(file));
  if (!solver) throw new Error('The build has no proof-of-work chunk: is it older than the proof of work? Run npm run build.');

  const [{ chromium }, { startServer }, { DEFAULT_MAX_NUMBER }, { CHROME_ARGS, findChrome }] = await Promise.all([
    import('playwright-core'),
    import('@civic-contact/server'),
    import('@civic-contact/core'),
    import('../scripts/find-chrome.mjs'),
  ]);
  const difficulty = options.difficulty ?? DEFAULT_MAX_NUMBER;
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-bench-pow-'));
  // Every challenge at the same difficulty: this client asks for many, which would raise it.
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, elementsDir: CDN, site: true, proofOfWork: { maxNumber: difficulty, escalation: false } });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    // One of the server's own pages: its demo key works there.
    await page.goto(`${server.url}/`);
    const cdp = await page.context().newCDPSession(page);
    const solverUrl = new URL(solver, server.widgetCodeUrl ?? `${server.url}/elements/${manifest.version}/${manifest.entry}`).href;
    const results = {};
    for (const rate of [1, options.throttle]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const runs = await page.evaluate(
        async ({ solverUrl, siteKey, runs }) => {
          const { ProofOfWork } = await import(solverUrl);
          const times = [];
          for (let i = 0; i < runs + 1; i++) {
            const challenge = await (await fetch('/v1/challenge', { headers: { 'X-Site-Key': siteKey } })).json();
            const headers = {};
            const started = performance.now();
            await new ProofOfWork({ send: async () => challenge }).prove(headers, {}, true);
            const ms = performance.now() - started;
            // The first solve warms the code up: not counted.
            if (i > 0) times.push({ ms, hashes: JSON.parse(atob(headers['X-Civic-Proof'])).number + 1 });
          }
          return times;
        },
        { solverUrl, siteKey: SITE_KEY, runs: options.runs },
      );
      const ms = runs.map((run) => run.ms).sort((a, b) => a - b);
      const hashRate = runs.reduce((sum, run) => sum + run.hashes, 0) / (runs.reduce((sum, run) => sum + run.ms, 0) / 1000);
      results[rate === 1 ? 'cpu 1x' : `cpu ${rate}x slower`] = {
        runs: runs.length,
        medianMs: Math.round(percentile(ms, 0.5)),
        p90Ms: Math.round(percentile(ms, 0.9)),
        maxMs: Math.round(ms.at(-1)),
        hashesPerSecond: Math.round(hashRate),
        expectedMedianMs: Math.round(((difficulty / 2) / hashRate) * 1000),
      };
    }
    const report = { difficulty, solver, results };
    console.log(`proof of work: ${solver}, difficulty (maxnumber) ${difficulty.toLocaleString('en')}, ${options.runs} challenges per CPU speed, headless Chromium`);
    for (const [speed, r] of Object.entries(results)) {
      console.log(
        `  ${speed.padEnd(16)} median ${String(r.medianMs).padStart(5)} ms   p90 ${String(r.p90Ms).padStart(5)} ms   max ${String(r.maxMs).padStart(5)} ms   ${(r.hashesPerSecond / 1e6).toFixed(2)} M hashes/s (median expected from the rate: ${r.expectedMedianMs} ms)`,
      );
    }
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
