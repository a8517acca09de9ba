#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium binary for the browser tests, and can install Debian's
 * `chromium` when none is present and we are root on an apt-based machine (as in CI).
 *
 * Plain JavaScript with no dependencies on purpose: `.ci/run` calls it with the machine's
 * own Node (20) before `npm ci` has brought Node 24 into node_modules.
 *
 * CLI: `node scripts/find-chrome.mjs [--install]` prints the path, or one line saying
 * what to install and exits 1.
 */
import { fileURLToPath } from 'node:url';
import { findOrInstall, isExecutable, isRoot } from './debian-package.mjs';

/** Where Chrome and Chromium usually live, checked in this order after `CHROME_PATH`. */
export const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const MISSING_CHROME_MESSAGE =
  "No Chrome or Chromium found: install Debian's chromium package (apt-get install chromium) " +
  'or set CHROME_PATH to a Chrome/Chromium binary';

/**
 * Flags for a headless Chromium on a closed network: without the networking/sync/update
 * switches it keeps dialling Google services and floods the log with refused connections;
 * as root it refuses to start without `--no-sandbox`; /dev/shm is tiny in containers.
 */
export const CHROME_ARGS = [
  '--headless=new',
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Two test pages run at once: a page in the background must not have its timers slowed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-default-apps',
  '--disable-quic',
  '--no-default-browser-check',
];

function locate() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    // A wrong CHROME_PATH is a mistake to report, not a reason to quietly use another browser.
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file`);
  }
  return CHROME_PATHS.find(isExecutable);
}

/**
 * Returns the path of a Chrome/Chromium binary: `CHROME_PATH` if set, else the first
 * of {@link CHROME_PATHS} that exists.
 *
 * @param {{ install?: boolean }} [options] with `install: true`, when nothing is found
 *   and we run as root with apt-get available, install Debian's `chromium` first.
 * @returns {string}
 * @throws {Error} with a one-line message naming what to install.
 */
export function findChrome({ install = false } = {}) {
  return findOrInstall({ locate, install, missing: MISSING_CHROME_MESSAGE, packageArgs: ['chromium'] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChrome({ install: process.argv.includes('--install') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
