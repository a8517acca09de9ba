#!/usr/bin/env node
/**
 * `npm test`: every suite of the repository, then one closing line `N passed, N failed`
 * summed over all of them, and a non-zero exit code on any failure.
 *
 * Suites, in order (a failing suite does not stop the next one):
 *   typecheck  `tsc -b` and `tsc -p tsconfig.test.json` — a type error counts as 1 failure
 *   bundle     `rollup -c` over the tsc output: the widget code that the example site loads
 *              and the end-to-end tests (packages/server/test/e2e) drive — a failure counts as 1
 *   size       scripts/size.mjs: the size budgets of that code, one test per budget
 *   node       `node --conditions=source --test` over packages/{pkg}/test/**\/*.test.ts, with
 *              TEST_DATABASE_URL naming a throwaway PostgreSQL cluster (scripts/postgres.mjs)
 *              that the PostgreSQL store's suites run on, stopped when they end; DATABASE_URL is
 *              emptied, so that no server a test starts uses a database of the machine's
 *   browser    @web/test-runner over packages/{pkg}/src/**\/*.test.ts in Chromium
 *   packages   scripts/packages.mjs: every package packed and installed as a stranger would —
 *              its tarball's contents and metadata, publint, are-the-types-wrong (ESM only),
 *              and fresh projects in the temporary directory importing each package in Node
 *              and the elements in Chromium (no hono in an install of the elements): one test
 *              per check and package
 * and, asked for (CI asks for both: `.ci/run`), after them:
 *   faults     `--faults`: the fault run (`npm run test:faults`, a few minutes), as 1 test
 *   audit      `--audit`: `npm audit` of the runtime dependencies (scripts/audit.mjs), as 1
 *              test; when the registry's audit endpoint cannot be used it says so in one line
 *              and counts as neither passed nor failed
 * A runner that ends without reporting its counts counts as 1 failure.
 * Per-suite counts go to .test-results/ (node.tap, browser.json, size.json, packages.json, faults.json,
 * audit.json).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';
import { findPostgres, startPostgres } from './postgres.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resultsDir = join(root, '.test-results');
const nodeTap = join(resultsDir, 'node.tap');
// Written by the reporter in web-test-runner.config.mjs.
const browserCounts = join(resultsDir, 'browser.json');
// Written by scripts/size.mjs.
const sizeCounts = join(resultsDir, 'size.json');
// Written by scripts/packages.mjs.
const packageCounts = join(resultsDir, 'packages.json');
// Written by the fault run and by scripts/audit.mjs, when asked for.
const faultCounts = join(resultsDir, 'faults.json');
const auditCounts = join(resultsDir, 'audit.json');
const withFaults = process.argv.includes('--faults');
const withAudit = process.argv.includes('--audit');

// `node scripts/test.mjs` on the machine's Node 20 would lack type stripping and
// fs.globSync: hand over to the Node 24 that npm installed.
if (Number(process.versions.node.split('.')[0]) < 22) {
  const node24 = join(root, 'node_modules', '.bin', 'node');
  const run = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.error) {
    console.error(`Cannot run ${node24} (run npm ci first): ${run.error.message}`);
    console.log('0 passed, 1 failed');
  }
  process.exit(run.status ?? 1);
}

/** @type {{ name: string, passed: number, failed: number, note: string, seconds: number }[]} */
const suites = [];

function run(args, env = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function glob(pattern) {
  return fs
    .globSync(pattern, { cwd: root })
    .sort();
}

/**
 * A suite's `{ passed, failed }` from the counts file its runner wrote. No file counts as a
 * failure, and so does a non-zero exit with nothing failed: something broke all the same.
 */
function countsOf(file, status, who) {
  let counts;
  try {
    counts = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { failed: 1, note: `${who} ended (exit ${status}) without counts` };
  }
  return { passed: counts.passed, failed: status !== 0 && counts.failed === 0 ? 1 : counts.failed, note: counts.note ?? '' };
}

function heading(text) {
  console.log(`\n━━ ${text}`);
}

function timed(name, body) {
  const start = performance.now();
  const { passed = 0, failed = 0, note = '' } = body();
  suites.push({ name, passed, failed, note, seconds: (performance.now() - start) / 1000 });
}

function finish() {
  console.log('');
  for (const s of suites) {
    const detail = s.note || `${s.passed} passed, ${s.failed} failed`;
    console.log(`${s.name.padEnd(10)} ${detail} (${s.seconds.toFixed(1)} s)`);
  }
  const passed = suites.reduce((sum, s) => sum + s.passed, 0);
  const failed = suites.reduce((sum, s) => sum + s.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

fs.mkdirSync(resultsDir, { recursive: true });
fs.rmSync(nodeTap, { force: true });
fs.rmSync(browserCounts, { force: true });
fs.rmSync(sizeCounts, { force: true });
fs.rmSync(packageCounts, { force: true });
fs.rmSync(faultCounts, { force: true });
fs.rmSync(auditCounts, { force: true });

const nodeTests = glob('packages/*/test/**/*.test.ts');
const browserTests = glob('packages/*/src/**/*.test.ts');
const typedTests = glob('packages/*/test/**/*.ts');

// First, so that a machine without a browser learns it in one line, not after the build.
let chromePath = '';
try {
  chromePath = findChrome({ install: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  suites.push({ name: 'browser', passed: 0, failed: 1, note: 'no browser', seconds: 0 });
  finish();
}

// Likewise PostgreSQL, which the node suite's PostgreSQL tests run on (installed as Chromium is).
let postgresBin = '';
try {
  postgresBin = findPostgres({ install: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  suites.push({ name: 'node', passed: 0, failed: 1, note: 'no PostgreSQL', seconds: 0 });
  finish();
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
timed('typecheck', () => {
  heading('typecheck: tsc -b, tsc -p tsconfig.test.json');
  let ok = run([tsc, '-b']) === 0;
  if (typedTests.length + browserTests.length > 0) {
    ok = run([tsc, '-p', 'tsconfig.test.json']) === 0 && ok;
  }
  return ok ? { note: 'ok' } : { failed: 1, note: 'type errors (counted as 1 failure)' };
});

// The end-to-end tests in the node suite load the example site, which loads this bundle: build
// it here, once, rather than in each test process.
timed('bundle', () => {
  heading('bundle: rollup -c');
  const status = run([join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c']);
  return status === 0 ? { note: 'ok' } : { failed: 1, note: 'rollup failed (counted as 1 failure)' };
});

timed('size', () => {
  heading('size: the budgets of the widget code (scripts/size.mjs)');
  const status = run([join(root, 'scripts', 'size.mjs'), '--counts', sizeCounts]);
  return countsOf(sizeCounts, status, 'size script');
});

// Started here rather than in each test file, so that one cluster serves them all.
let postgres;
try {
  postgres = await startPostgres({ bin: postgresBin });
  process.on('exit', () => postgres.stop());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  suites.push({ name: 'postgres', passed: 0, failed: 1, note: 'the PostgreSQL cluster did not start (counted as 1 failure)', seconds: 0 });
}

timed('node', () => {
  heading(`node: ${nodeTests.length} test files${postgres ? `, PostgreSQL on 127.0.0.1:${postgres.port}` : ''}`);
  if (nodeTests.length === 0) return { note: 'no test files' };
  const status = run([
    '--conditions=source',
    '--test',
    '--test-concurrency=2',
    // A test that hangs is cancelled (and counted as failed) rather than stalling CI.
    '--test-timeout=60000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${nodeTap}`,
    ...nodeTests,
  ], { DATABASE_URL: '', ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}) });
  postgres?.stop();
  const tap = fs.existsSync(nodeTap) ? fs.readFileSync(nodeTap, 'utf8') : '';
  const count = (label) => {
    const match = tap.match(new RegExp(`^# ${label} (\\d+)$`, 'm'));
    return match ? Number(match[1]) : undefined;
  };
  const passed = count('pass');
  const failed = count('fail');
  if (passed === undefined || failed === undefined) {
    return { failed: 1, note: `runner ended (exit ${status}) without counts` };
  }
  const total = failed + (count('cancelled') ?? 0);
  // A non-zero exit with every test passing still means something broke.
  return { passed, failed: status !== 0 && total === 0 ? 1 : total };
});

timed('browser', () => {
  heading(`browser: ${browserTests.length} test files in ${chromePath}`);
  if (browserTests.length === 0) return { note: 'no test files' };
  const status = run(
    [
      join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'),
      '--config',
      'web-test-runner.config.mjs',
    ],
    { CHROME_PATH: chromePath },
  );
  return countsOf(browserCounts, status, 'runner');
});

timed('packages', () => {
  heading('packages: each package packed, linted (publint, attw) and installed in a fresh project (scripts/packages.mjs)');
  const status = run([join(root, 'scripts', 'packages.mjs'), '--counts', packageCounts], { CHROME_PATH: chromePath });
  return countsOf(packageCounts, status, 'packages script');
});

if (withFaults) {
  timed('faults', () => {
    heading('faults: complaints through a faulty network into a crashing server (packages/server/test/faults/run.ts)');
    const status = run(['--conditions=source', join(root, 'packages/server/test/faults/run.ts'), '--counts', faultCounts], { CHROME_PATH: chromePath });
    return countsOf(faultCounts, status, 'fault run');
  });
}

if (withAudit) {
  timed('audit', () => {
    heading('audit: npm audit --omit=dev --audit-level=high (scripts/audit.mjs)');
    const status = run([join(root, 'scripts', 'audit.mjs'), '--counts', auditCounts]);
    return countsOf(auditCounts, status, 'audit script');
  });
}

console.log(`\nresults in ${relative(process.cwd(), resultsDir) || '.'}/`);
finish();
