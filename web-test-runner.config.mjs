// Component tests in a real headless Chromium. `npm test` runs this through
// scripts/test.mjs, which reads the counts file written by `countsReporter` below.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { accessibilityTreePlugin, snapshotFilesPlugin, timeZonePlugin } from './scripts/wtr-snapshots.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** Where the browser suite's `{ passed, failed }` counts are written. */
export const BROWSER_COUNTS_FILE = join(root, '.test-results', 'browser.json');

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * @web/test-runner's own summary is not the `N passed, N failed` line npm test prints,
 * so count the results here. An error outside any test (a module that fails to load, an
 * uncaught exception) or a session that failed with no failed test (a timeout, a browser
 * crash) is a failure too, or a broken file would pass as "0 tests".
 */
function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const failedBefore = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        counts.failed += session.errors.length;
        if (session.passed === false && counts.failed === failedBefore) counts.failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

/**
 * axe-core ships one UMD script, which sets `window.axe` but has no ES export, so
 * `import axe from 'axe-core'` would fail in the browser. Give it the default export
 * its type declarations promise.
 */
const axeCoreAsModule = {
  name: 'axe-core-as-module',
  transform(context) {
    if (context.path.endsWith('/node_modules/axe-core/axe.js')) {
      return { body: `${context.body}\nexport default window.axe;\n` };
    }
  },
};

/**
 * msw's service worker must be served from the root for its scope to cover the test
 * pages, as `npx msw init` would place it in a site; serve the installed copy there.
 */
const mockServiceWorker = {
  name: 'msw-service-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: readFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'), 'utf8'), type: 'js' };
    }
  },
};

function chromePath() {
  try {
    return findChrome();
  } catch (error) {
    // One line naming what to install, not a stack trace through the config loader.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['packages/*/src/**/*.test.ts'],
  // 'source' makes workspace packages resolve to their TypeScript, so no build is needed.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    // The page's accessibility tree, as assistive technology gets it (a11ySnapshot in a test).
    a11ySnapshotPlugin(),
    // The reviewed accessibility-tree snapshots (CONTRIBUTING.md, "Accessibility-tree
    // snapshots"): the whole tree around a widget, the expected files read (or written with
    // UPDATE_SNAPSHOTS=1), and a fixed time zone so that they read the same on every machine.
    accessibilityTreePlugin(),
    snapshotFilesPlugin({ rootDir: root }),
    timeZonePlugin(),
    axeCoreAsModule,
    mockServiceWorker,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Read verbatim by esbuild (no "extends"): it carries the decorator settings.
      tsconfig: join(root, 'packages/elements/tsconfig.json'),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        // puppeteer adds the headless flag itself (and leaves it out for --debug).
        args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
      },
    }),
  ],
  // One page at a time. With two, one is in the background, and msw's service worker (which
  // a test uses to cut the connection to a module) finds the page of a module request by
  // its visibility, so it let a background page's module through. On the two-core CI
  // machines one page at a time takes about as long (96 s against 90 s for the suite).
  concurrency: 1,
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  // A file's tests must finish within this. The default two minutes is too tight for the
  // widget files (each runs axe in every state, in two languages) on a loaded two-core
  // machine; each test still has its own timeout, so a hang is still caught.
  testsFinishTimeout: 300_000,
  // Lit's development build says so in every page; that is expected under 'development'.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countsReporter(BROWSER_COUNTS_FILE)],
};
