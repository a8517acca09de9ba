/**
 * The end-to-end harness: the real reference server on a throwaway database, serving the
 * example ministry site and the built widget bundle, and a headless Chromium driven by
 * playwright-core.
 *
 * Every page opened through {@link openPage} records what a strict-CSP site must never
 * show: Content-Security-Policy (and Trusted Types) violations and uncaught page errors.
 * Tests assert that list is empty, so a widget that needs `unsafe-inline`, `unsafe-eval` or
 * an untrusted HTML sink fails here even when it looks fine.
 */
import { spawnSync } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import type { AgentTicket, TicketList, TicketStatus } from '@civic-contact/contract';
import type { LimitsConfig } from '@civic-contact/core';
import { CHROME_ARGS, findChrome } from '../../../../scripts/find-chrome.mjs';
import { startServer, type RunningServer } from '../../src/server.ts';
import { SITE_CSP } from '../../src/site.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The demo keys the server stores (see `loadDemoKeys`): the site's and the agent's. */
export const SITE_KEY = 'pk_test_transport';
export const SECRET_KEY = 'sk_test_transport';

/** The bundle the example pages load with their one `<script type="module">`. */
export const BUNDLE = join(root, 'packages/elements/dist/cdn/civic-contact.js');
const AXE = join(root, 'node_modules/axe-core/axe.min.js');

/** What the bundle is built from: when any of it is newer than the bundle, the bundle is stale. */
const BUNDLE_SOURCES = [
  ...['contract', 'core', 'sdk', 'elements'].map((pkg) => `packages/${pkg}/src/**/*.ts`),
  'rollup.config.mjs',
];

function newestSourceTime(): number {
  let newest = 0;
  for (const pattern of BUNDLE_SOURCES) {
    for (const file of globSync(pattern, { cwd: root })) {
      if (file.endsWith('.test.ts')) continue;
      newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh(): boolean {
  try {
    return statSync(BUNDLE).mtimeMs >= newestSourceTime();
  } catch {
    return false;
  }
}

function build(args: string[]): void {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`Building the widget bundle failed: node ${args.join(' ')}\n${run.stdout}${run.stderr}`);
  }
}

/**
 * Builds the widget bundle (`tsc -b`, then rollup) when it is missing or older than its
 * sources, so the tests never drive yesterday's widgets. `npm test` builds it before the
 * suites; this covers running an e2e file on its own. Test files run in parallel
 * processes, so one builds while the others wait on a lock directory.
 */
export async function ensureBundle(): Promise<void> {
  if (bundleIsFresh()) return;
  // In dist, which git ignores, beside cdn/ (which the build empties first); a directory,
  // because creating one is atomic.
  const lock = join(dirname(dirname(BUNDLE)), '.e2e-build-lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a killed run would otherwise block every later run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited 3 minutes for another run to build the bundle (${lock})`);
      await delay(250);
    }
  }
  try {
    if (bundleIsFresh()) return;
    build([join(root, 'node_modules/typescript/bin/tsc'), '-b']);
    build([join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent']);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The running contact centre, its example site and a browser. */
export interface Site {
  /** e.g. `http://127.0.0.1:40123` — the site and the API share this origin. */
  url: string;
  server: RunningServer;
  browser: Browser;
  /** Errors the server met that reached clients only as a bare 500; a test expects none. */
  serverErrors: string[];
  /** Closes the browser and the server and deletes the database; safe to call twice. */
  close(): Promise<void>;
}

/** Options of {@link startSite}. */
export interface SiteOptions {
  /** The contact centre's clock, for tests that need a fixed moment (a weekday, a holiday week). */
  now?: () => Date;
  /**
   * Runs on the fresh data directory before the server first opens it, as an operator does
   * before the first start: e.g. the CLI's `keys create` for a ministry site on another origin.
   */
  prepareData?: (dataDir: string) => Promise<void>;
}

/**
 * Every citizen of these tests, and the test itself arranging data, comes from 127.0.0.1: as
 * one client they would meet the limits per client (limits.test.ts tests those), so those are
 * raised here. The limits per phone number and per key stay as they are.
 */
const manyCitizens = { limit: 100_000, windowSeconds: 3600 };
const EVERY_CITIZEN_ON_LOOPBACK: LimitsConfig = {
  writes: {
    complaint: { perClient: manyCitizens },
    attachment: { perClient: manyCitizens },
    callback: { perClient: manyCitizens },
    faqFeedback: { perClient: manyCitizens },
  },
  activeCallbacks: { perClient: 100_000 },
  lookups: { perClient: { limit: 100_000, windowSeconds: 60 } },
};

/** Starts the server on a free port with a fresh database, and launches Chromium. */
export async function startSite(options: SiteOptions = {}): Promise<Site> {
  await ensureBundle();
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
  try {
    await options.prepareData?.(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const serverErrors: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    limits: EVERY_CITIZEN_ON_LOOPBACK,
    ...(options.now ? { now: options.now } : {}),
    onError: (error) => serverErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  } catch (error) {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    server,
    browser,
    serverErrors,
    close() {
      closing ??= (async () => {
        try {
          await browser.close();
        } finally {
          await server.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      })();
      return closing;
    },
  };
}

/** Options of {@link openPage}. */
export interface PageOptions {
  /** Serve the site's pages with `require-trusted-types-for 'script'` added to their CSP. */
  trustedTypes?: boolean;
  /** Load axe-core into every page of the context (before the page's own scripts). */
  axe?: boolean;
  colorScheme?: 'light' | 'dark';
}

/** A page in its own browser context, and what it did wrong so far. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** CSP and Trusted Types violations and uncaught errors, one line each; expected empty. */
  problems: string[];
  /** Console errors, for the message of a failing test (a dropped request logs one). */
  consoleErrors: string[];
}

interface ViolationReport {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/**
 * Opens a page in a fresh context (no shared storage between tests), in English and New
 * York time like the example ministry, and records its violations and errors.
 *
 * The listener and axe-core go in through playwright's init scripts, which the DevTools
 * protocol runs outside the page's CSP: injecting them as `<script>` tags would itself be a
 * violation, and `bypassCSP` would hide the ones we look for.
 */
export async function openPage(site: Site, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await site.browser.newContext({
    locale: 'en-US',
    timezoneId: 'America/New_York',
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  // Long enough for a loaded machine, short enough that a missing element fails within the test's time.
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  await context.exposeBinding('__civicE2eViolation', ({ page }, report: ViolationReport) => {
    const where = report.source ? ` at ${report.source}:${report.line}` : '';
    const sample = report.sample ? ` (“${report.sample}”)` : '';
    problems.push(`${new URL(page.url()).pathname}: ${report.directive} blocked ${report.blocked || 'something'}${where}${sample}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __civicE2eViolation: (r: unknown) => void }).__civicE2eViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report({
          directive: event.effectiveDirective || event.violatedDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        }),
      { capture: true },
    );
  });
  if (options.axe) await context.addInitScript({ path: AXE });
  if (options.trustedTypes) {
    const csp = `${SITE_CSP}; require-trusted-types-for 'script'`;
    await context.route(
      (url) => url.origin === site.url && !url.pathname.startsWith('/v1/'),
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
      },
    );
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { page, context, problems, consoleErrors };
}

/** axe-core's violations on the whole page (shadow roots included), one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe?: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe-core is not loaded: open the page with { axe: true }');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}

/** A valid 2×2 grey PNG, built here so the test needs no fixture file. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const width = 2;
  const height = 2;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // truecolour RGB
  // Each scanline: filter byte 0, then the RGB samples.
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A call to the agent API with the ministry's secret key, as an integrator's script makes it. */
export async function agentApi<T>(site: Site, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${site.url}/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${SECRET_KEY}`,
      Accept: 'application/json',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /v1${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Every ticket of the transport ministry with this subject, through the agent API's pages. */
export async function ticketsWithSubject(site: Site, subject: string): Promise<TicketList['items']> {
  const found: TicketList['items'] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: TicketList = await agentApi<TicketList>(site, `/agent/tickets?limit=100${query}`);
    found.push(...page.items.filter((ticket) => ticket.subject === subject));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/** The agent's view of one ticket (its status, timeline and attachments). */
export function agentTicket(site: Site, reference: string): Promise<AgentTicket> {
  return agentApi<AgentTicket>(site, `/agent/tickets/${encodeURIComponent(reference)}`);
}

/**
 * An agent changes a ticket's status with a note for the citizen, the way staff do it:
 * on the example site's agent console, with the ministry's secret key.
 */
export async function changeStatusOnAgentPage(
  site: Site,
  page: Page,
  change: { reference: string; status: TicketStatus; statusLabel: string; note: string },
): Promise<void> {
  await page.goto(`${site.url}/agent.html`);
  await page.getByRole('textbox', { name: 'Secret key' }).fill(SECRET_KEY);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await page.getByRole('button', { name: new RegExp(`^${change.reference}\\b`) }).click();
  await page.getByRole('heading', { level: 2, name: change.reference }).waitFor();
  await page.getByLabel('New status').selectOption(change.status);
  await page.locator('#status-note').fill(change.note);
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByRole('status').filter({ hasText: `${change.reference} is now ${change.statusLabel}.` }).waitFor();
}
