/**
 * `npm run test:faults`: complaints filed through a flaky network into a server that keeps
 * crashing, then counted in its database. Every complaint a client sends is filed exactly
 * once, whatever the network and the server do meanwhile.
 *
 * - The reference server runs as a child process (server-child.ts) on a fresh data
 *   directory, and is SIGKILLed at random moments and started again on the same directory
 *   and port; while it is down, connections to it are refused.
 * - Every request goes through a loopback proxy (proxy.ts) that faults 30% of the API's
 *   requests: drops or resets the connection before the request reaches the server or after
 *   the server has answered (the complaint is stored, the client never hears), delays the
 *   request or the answer, or sends the request twice. The example site's pages and the
 *   widget code pass through it unfaulted (a page that does not load files no complaint)
 *   but meet the server's crashes all the same.
 * - Complaints come from the SDK (`client.complaints.create`, with its own retries, inside an
 *   outer loop that keeps the same Idempotency-Key until a 201) and from the complaint
 *   widget on the example site's complaint page in headless Chromium (a citizen who presses
 *   Try again until the reference shows; the widget's outbox keeps the key). Each carries a
 *   unique marker in its subject. The SDK's pace follows the widget's, so both meet the crashes.
 * - Afterwards the database (`tickets`) must hold exactly one ticket per submission, under
 *   the reference the client was given, and no ticket nobody submitted.
 *
 * Figures are printed (submitted, stored, lost, duplicated, faults by kind, kills, wall time)
 * and the exit code is 1 on any loss, duplicate, stray ticket, submission never confirmed,
 * or unexpected server error. The run prints its seed; `FAULT_SEED=<seed>` replays the same
 * fault and kill decisions (timing on a busy machine still varies).
 *
 * Options (flags, or the environment variables in brackets):
 *   --seed N            [FAULT_SEED]     seed of every random decision (default: random)
 *   --sdk N             [FAULT_SDK]      complaints through the SDK (default 1000)
 *   --widget N          [FAULT_WIDGET]   complaints through the widget (default 200)
 *   --pages N           [FAULT_PAGES]    browser pages filing at once (default 4)
 *   --rate R            [FAULT_RATE]     share of API requests faulted (default 0.3)
 *   --kills N           [FAULT_KILLS]    times the server is SIGKILLed (default 8), at random points of the traffic
 *   --timeout S         [FAULT_TIMEOUT]  the whole run's limit in seconds (default 360)
 *   --counts FILE       writes `{ passed, failed }` (the run counts as one test) for `npm test`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROBLEM_TYPES } from '@civic-contact/contract';
import { createClient, isConflictError, isValidationError, type CivicContactClient } from '@civic-contact/sdk';
import { CHROME_ARGS, findChrome } from '../../../../scripts/find-chrome.mjs';
import { ensureBundle, SITE_KEY } from '../e2e/harness.ts';
import { complaintForm } from '../e2e/citizen.ts';
import { FAULT_KINDS, startFaultyProxy, type FaultyProxy } from './proxy.ts';
import { randomStream } from './random.ts';

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/* ------------------------------------------------------------------ options */

const { values: flags } = parseArgs({
  options: {
    seed: { type: 'string' },
    sdk: { type: 'string' },
    widget: { type: 'string' },
    pages: { type: 'string' },
    rate: { type: 'string' },
    kills: { type: 'string' },
    timeout: { type: 'string' },
    counts: { type: 'string' },
  },
});

function option(flag: string | undefined, env: string, fallback: number): number {
  const text = flag ?? process.env[env];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`fault run: ${env} (or its flag) must be a number of 0 or more, not ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
}

const seed = Math.floor(option(flags.seed, 'FAULT_SEED', Math.floor(Math.random() * 2 ** 31)));
const SDK_COMPLAINTS = Math.floor(option(flags.sdk, 'FAULT_SDK', 1000));
const WIDGET_COMPLAINTS = Math.floor(option(flags.widget, 'FAULT_WIDGET', 200));
const PAGES = Math.max(1, Math.floor(option(flags.pages, 'FAULT_PAGES', 4)));
const RATE = option(flags.rate, 'FAULT_RATE', 0.3);
const TIMEOUT_S = option(flags.timeout, 'FAULT_TIMEOUT', 360);
const KILLS = Math.floor(option(flags.kills, 'FAULT_KILLS', 8));
/** Share of the widget's complaints made after loading the complaint page anew (the others get a fresh form on the page). */
const RELOAD_SHARE = 0.2;
/** Parallel SDK callers. */
const SDK_CALLERS = 12;

const killRandom = randomStream(seed, 'kills');
const sdkRandom = randomStream(seed, 'sdk');
const widgetRandom = randomStream(seed, 'widget');

/* ------------------------------------------------------------------ the run's state */

/** When the run proper began (after the widget code was built), for the log and the wall time. */
let started = performance.now();
/** When the clients stop trying: TIMEOUT_S after the start. */
let deadline = Date.now() + TIMEOUT_S * 1000;
/** Why the run was cut short: the time was up, or the server could not be started again. */
let stopped: string | undefined;

/** Whether the clients should stop trying. */
function timeUp(): boolean {
  if (stopped === undefined && Date.now() > deadline) {
    stopped = `time up after ${TIMEOUT_S} s`;
    log(`TIME UP after ${TIMEOUT_S} s: the clients stop; what they filed is still checked`);
  }
  return stopped !== undefined;
}
/** Set once every submission is confirmed (or the time is up): the killer and the workers stop. */
let finished = false;

type Channel = 'sdk' | 'widget';

interface Submission {
  marker: string;
  channel: Channel;
  /** The reference the client was given with its 201; undefined while unconfirmed. */
  reference?: string;
  attempts: number;
  /** Why it was given up, for a submission that never got its 201. */
  gaveUp?: string;
}

const submissions: Submission[] = [];
/** Errors the clients met and rode out, by kind. */
const clientErrors = new Map<string, number>();
const figures = { tryAgain: 0, reloads: 0, continueAgain: 0, backToForm: 0, pageErrors: [] as string[], driverErrors: [] as string[] };
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function marker(channel: Channel, n: number): string {
  return `fault-${seed}-${channel === 'sdk' ? 'sdk' : 'web'}-${String(n).padStart(4, '0')}`;
}

function log(message: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/* ------------------------------------------------------------------ the server, crashing */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The server child: started, killed and started again on the same data directory and port. */
class Supervisor {
  readonly port: number;
  readonly dataDir: string;
  child: ChildProcess | undefined;
  kills = 0;
  /** How long each restart took, from the kill to the server listening again, in ms. */
  readonly downtimes: number[] = [];
  /** `UNEXPECTED` lines of the server: errors that reached a client as a bare 500. */
  readonly unexpected: string[] = [];
  /** Starts that failed and were tried again (e.g. the data directory still locked). */
  failedStarts = 0;

  constructor(port: number, dataDir: string) {
    this.port = port;
    this.dataDir = dataDir;
  }

  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.child = await this.#spawn();
        return;
      } catch (error) {
        this.failedStarts++;
        if (attempt >= 5) throw error;
        log(`server start failed, trying again: ${(error as Error).message.split('\n')[0]}`);
        await sleep(250 * attempt);
      }
    }
  }

  #spawn(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--conditions=source', CHILD, String(this.port), this.dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const lines = stderr.split('\n');
      stderr = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('UNEXPECTED ')) this.unexpected.push(line.slice('UNEXPECTED '.length));
    });
    return new Promise((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('the server did not start within 30 s'));
      }, 30_000);
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (/^READY /m.test(stdout)) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before it was ready: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      });
    });
  }

  /** SIGKILL, then start again at once on the same directory and port. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const killedAt = performance.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
    this.child = undefined;
    await this.start();
    this.downtimes.push(performance.now() - killedAt);
  }

  /** SIGTERM and wait for a clean stop (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Kills the server KILLS times, at points of the traffic drawn at random (after so many
 * complaints have been confirmed, then a random fraction of a second, so that a kill lands
 * wherever the server happens to be), each time starting it again at once. Counting
 * complaints rather than seconds gives every run its kills, on a fast machine as on a slow one.
 */
async function killer(server: Supervisor, confirmed: () => number): Promise<void> {
  const total = SDK_COMPLAINTS + WIDGET_COMPLAINTS;
  const points = Array.from({ length: KILLS }, () => Math.floor(total * (0.05 + 0.9 * killRandom()))).sort((a, b) => a - b);
  for (const point of points) {
    while (!finished && confirmed() < point) await sleep(50);
    await sleep(killRandom() * 1000);
    if (finished) return;
    log(`SIGKILL the server (kill ${server.kills + 1}, after ${confirmed()} complaints confirmed)`);
    try {
      await server.crash();
    } catch (error) {
      stopped = `the server could not be started again after kill ${server.kills}: ${(error as Error).message}`;
      log(stopped);
      return;
    }
    log(`server back after ${(server.downtimes.at(-1)! / 1000).toFixed(1)} s`);
  }
}

/* ------------------------------------------------------------------ SDK callers */

/** A date the bus incident happened on: a few days ago, a date in the past wherever the ministry is. */
const incidentDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

/** An SDK error in a few words: `NetworkError`, `ServerError 503`, `ValidationError 400 proof-required`. */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { status, problemType } = error as { status?: number; problemType?: string };
  return [error.name, status, problemType?.split(':').at(-1)].filter((part) => part !== undefined).join(' ');
}

/** Files one complaint through the SDK, with one Idempotency-Key, until the contact centre answers 201. */
async function fileThroughSdk(client: CivicContactClient, submission: Submission, n: number): Promise<void> {
  const body = {
    service: 'transport-bus-service',
    subject: `Bus 12 skipped my stop [${submission.marker}]`,
    description: 'The 7:40 bus drove past the stop on Main Street without stopping.',
    answers: { issue: 'skipped_stop', route: '12', incident_date: incidentDate, details: `Complaint ${n} of the fault run.` },
    citizen: { email: `rider.${n}@example.org` },
  };
  for (;;) {
    submission.attempts++;
    try {
      const created = await client.complaints.create(body, { idempotencyKey: submission.marker });
      submission.reference = created.reference;
      return;
    } catch (error) {
      count(clientErrors, `sdk: ${errorKind(error)}`);
      // A refusal of the request itself would be refused again: nothing to ride out. A refused
      // proof of work is not one (its key may have died with the server): the SDK solves a fresh one.
      const refused =
        (isValidationError(error) && error.problemType !== PROBLEM_TYPES.proofRequired) ||
        (isConflictError(error) && error.problemType === PROBLEM_TYPES.idempotencyConflict);
      if (refused) {
        submission.gaveUp = `${errorKind(error)}: ${(error as Error).message}`;
        return;
      }
      if (timeUp()) {
        submission.gaveUp = `stopped after ${submission.attempts} attempts (last: ${errorKind(error)})`;
        return;
      }
      await sleep(100 + sdkRandom() * 400);
    }
  }
}

async function sdkCallers(proxy: FaultyProxy, widgetDone: () => number): Promise<void> {
  const client = createClient({
    baseUrl: proxy.url,
    siteKey: SITE_KEY,
    // Shorter than the default, so a delayed answer is sometimes given up on and retried.
    timeoutMs: 2500,
    retry: { limit: 3, backoffMs: 100, maxBackoffMs: 1000 },
  });
  let next = 0;
  /** How many SDK complaints may have started: in step with the widget's progress, so both meet every crash. */
  const allowed = () =>
    WIDGET_COMPLAINTS === 0 || widgetDone() >= WIDGET_COMPLAINTS
      ? SDK_COMPLAINTS
      : Math.ceil((SDK_COMPLAINTS * (widgetDone() + 1)) / WIDGET_COMPLAINTS) + SDK_CALLERS;
  const caller = async () => {
    while (next < SDK_COMPLAINTS && !timeUp()) {
      if (next >= allowed()) {
        await sleep(50);
        continue;
      }
      const n = next++;
      const submission: Submission = { marker: marker('sdk', n), channel: 'sdk', attempts: 0 };
      submissions.push(submission);
      await fileThroughSdk(client, submission, n);
    }
  };
  await Promise.all(Array.from({ length: SDK_CALLERS }, caller));
}

/* ------------------------------------------------------------------ citizens in Chromium */

type FormState =
  | { state: 'none' | 'loading' | 'unavailable' | 'picker' | 'later-failed' | 'check' | 'sending' }
  | { state: 'form'; errors: string }
  | { state: 'failed'; text: string }
  | { state: 'notice'; text: string }
  | { state: 'done'; reference: string };

/** Where the complaint form on the page stands, read from its shadow root in one round trip. */
async function formState(page: Page): Promise<FormState> {
  try {
    return await page.evaluate((): FormState => {
      const root = document.querySelector('civic-complaint-form')?.shadowRoot;
      if (!root?.querySelector('[part~="base"]')) return { state: 'none' };
      const text = (selector: string) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const reference = root.querySelector('[part~="reference"]');
      if (reference) return { state: 'done', reference: text('[part~="reference"]') };
      if (root.querySelector('[part~="unavailable"]')) return { state: 'notice', text: text('[part~="unavailable"]') };
      const submit = root.querySelector('[part~="submit-button"]');
      if (submit) {
        if (submit.getAttribute('aria-disabled') === 'true') return { state: 'sending' };
        return root.querySelector('[data-submission-error]') ? { state: 'failed', text: text('[data-submission-error]') } : { state: 'check' };
      }
      if (root.querySelector('[data-later-failed]')) return { state: 'later-failed' };
      if (root.querySelector('[part~="service-picker"]')) return { state: 'picker' };
      if (root.querySelector('[part~="form"]')) return { state: 'form', errors: text('[data-error-summary]') };
      if (root.querySelector('[part~="error-summary"]')) return { state: 'unavailable' };
      return { state: 'loading' };
    });
  } catch {
    // Navigating, or the page crashed: nothing to read now.
    return { state: 'none' };
  }
}

/** Polls the form until `wanted` accepts its state, or `ms` pass (then the last state is returned). */
async function waitForState(page: Page, wanted: (state: FormState) => boolean, ms: number): Promise<FormState> {
  const until = Date.now() + ms;
  for (;;) {
    const state = await formState(page);
    if (wanted(state) || Date.now() > until || timeUp()) return state;
    await sleep(100);
  }
}

class TimeUp extends Error {}

function checkTime(): void {
  if (timeUp()) throw new TimeUp(stopped);
}

/** Opens the complaint page until the form offers its services, reloading as a citizen would. */
async function openForm(page: Page, url: string): Promise<void> {
  for (;;) {
    checkTime();
    try {
      await page.goto(`${url}/complaint.html`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      const state = await waitForState(page, (s) => !['none', 'loading'].includes(s.state), 15_000);
      if (state.state === 'picker') return;
    } catch {
      // The page itself did not load (the server was down): reload.
    }
    figures.reloads++;
    await sleep(300 + widgetRandom() * 700);
  }
}

/** The first lines of a driver error: playwright's message and what it was waiting for. */
function firstLines(error: unknown, lines = 4): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').slice(0, lines).join(' | ');
}

/**
 * A fresh complaint form in place of the last one, as the next citizen gets it (a new element
 * has no outbox, so no key); false when it does not offer its services (then the page is loaded again).
 */
async function freshForm(page: Page): Promise<boolean> {
  try {
    await page.evaluate(() => {
      const old = document.querySelector('civic-complaint-form')!;
      const fresh = document.createElement('civic-complaint-form');
      for (const { name, value } of old.attributes) fresh.setAttribute(name, value);
      old.replaceWith(fresh);
    });
  } catch {
    return false;
  }
  return (await waitForState(page, (s) => !['none', 'loading'].includes(s.state), 15_000)).state === 'picker';
}

/**
 * Fills in the form and reaches "Check your answers"; false when the page went wrong on the way
 * (then it is loaded again). The controls are found by their names (CSS through the shadow
 * root), which is quicker than by role and label, and the citizen's path is the same.
 */
async function fillIn(page: Page, url: string, submission: Submission, n: number, reload: boolean): Promise<boolean> {
  if (reload || !(await freshForm(page))) await openForm(page, url);
  const form = complaintForm(page);
  try {
    await form.locator('[part~="service-picker"] input[value="transport-road-defects"]').check();
    await form.locator('[part~="service-picker"] [part~="continue-button"]').click();
    await form.locator('[name="subject"]').fill(`Pothole on Canal Street [${submission.marker}]`);
    await form.locator('[name="description"]').fill('A deep pothole in the eastbound lane outside the gas station. Cars swerve into the next lane to avoid it.');
    await form.locator('[name="answers.defect_type"][value="pothole"]').check();
    await form.locator('[name="answers.size"][value="small"]').check();
    await form.locator('[name="answers.position"][value="traffic_lane"]').check();
    await form.locator('[name="location.address"]').fill('212 Canal Street, at the junction with Mott Street');
    await form.locator('[name="citizen.email"]').fill(`citizen.${n}@example.org`);
    return await continueToCheck(page);
  } catch (error) {
    if (error instanceof TimeUp) throw error;
    figures.driverErrors.push(`${submission.marker} before Submit: ${firstLines(error)}`);
    return false;
  }
}

/**
 * Presses Continue until "Check your answers" shows; false when the page went wrong instead.
 * Continue needs the later steps' code: while the server is down it cannot come, and the form says so.
 */
async function continueToCheck(page: Page): Promise<boolean> {
  for (let press = 0; ; press++) {
    checkTime();
    if (press > 0) {
      figures.continueAgain++;
      await sleep(300 + widgetRandom() * 700);
    }
    await complaintForm(page).locator('[part~="form"] [part~="continue-button"]').click({ timeout: 10_000 });
    const state = await waitForState(page, (s) => s.state === 'check' || s.state === 'later-failed', 15_000);
    if (state.state === 'check') return true;
    if (state.state !== 'later-failed' && state.state !== 'form') return false;
  }
}

/** One citizen's complaint through the widget, pressing Try again until the reference shows. */
async function fileThroughWidget(page: Page, url: string, submission: Submission, n: number, reload: boolean): Promise<void> {
  try {
    // Until Submit is pressed, a page that went wrong is simply loaded again.
    for (let fresh = reload; !(await fillIn(page, url, submission, n, fresh)); fresh = true) figures.reloads++;
    // From the first press of Submit the outbox holds the key: the page is never loaded again
    // (that would be another complaint), Submit and then Try again are pressed until the reference shows.
    let pressed = false;
    let unsent = 0;
    for (;;) {
      const state = await waitForState(page, (s) => s.state !== 'sending', 60_000);
      if (state.state === 'done') {
        submission.reference = state.reference;
        return;
      }
      if (state.state === 'failed' || (state.state === 'check' && !pressed)) {
        if (state.state === 'failed') {
          // What the citizen reads, in its first sentence: "We could not send your complaint".
          count(clientErrors, `widget: ${state.text.replace(/^Your complaint has not been sent\s*/, '').split('.')[0]}`);
          await sleep(200 + widgetRandom() * 800);
        }
        checkTime();
        try {
          await complaintForm(page).locator('[part~="submit-button"]').click({ timeout: 10_000 });
          submission.attempts++;
          if (pressed) figures.tryAgain++;
          pressed = true;
        } catch (error) {
          // Not pressed (the page was busy): its state is read again, and the citizen presses again.
          figures.driverErrors.push(`${submission.marker} pressing ${pressed ? 'Try again' : 'Submit'}: ${firstLines(error)}`);
        }
        continue;
      }
      checkTime();
      if (state.state === 'sending') continue;
      if (state.state === 'form') {
        // The contact centre refused the complaint, says the widget, and it is back on the form with
        // its errors. A citizen reads them, finds nothing to change, and sends it again.
        count(clientErrors, `widget: back to the form: ${state.errors.slice(0, 100) || '(no error shown)'}`);
        figures.backToForm++;
        if (!(await continueToCheck(page))) {
          submission.gaveUp = 'the widget went back to the form and could not go on from it';
          return;
        }
        [pressed, unsent] = [false, 0];
        continue;
      }
      if (state.state === 'check') {
        // Pressed, but the form has not started sending: a press that did not register is made again.
        await sleep(250);
        if (++unsent >= 8) [pressed, unsent] = [false, 0];
        continue;
      }
      submission.gaveUp = state.state === 'notice' ? `the widget gave up: ${state.text}` : `after Submit the widget showed: ${state.state}`;
      return;
    }
  } catch (error) {
    submission.gaveUp = error instanceof TimeUp ? `stopped after ${submission.attempts} attempts` : `driver: ${firstLines(error)}`;
  }
}

async function citizens(browser: Browser, proxy: FaultyProxy, done: () => void): Promise<void> {
  let next = 0;
  const citizen = async () => {
    // One browser context per citizen at a time: its own connections and cache, as another person's phone.
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York', serviceWorkers: 'block' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => figures.pageErrors.push(`${error.name}: ${error.message}`));
    let first = true;
    try {
      while (next < WIDGET_COMPLAINTS && !timeUp()) {
        const n = next++;
        const submission: Submission = { marker: marker('widget', n), channel: 'widget', attempts: 0 };
        submissions.push(submission);
        // Most citizens get a fresh form on the page already loaded; some load the page anew, through the crashes too.
        await fileThroughWidget(page, proxy.url, submission, n, first || widgetRandom() < RELOAD_SHARE);
        first = false;
        done();
      }
    } finally {
      await context.close().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: PAGES }, citizen));
}

/* ------------------------------------------------------------------ the check */

interface Verdict {
  stored: number;
  lost: Submission[];
  duplicated: { marker: string; references: string[] }[];
  stray: string[];
  mismatched: { marker: string; given: string; stored: string }[];
  integrity: string;
}

function check(databaseFile: string): Verdict {
  const db = new DatabaseSync(databaseFile, { readOnly: true });
  try {
    const integrity = db.prepare('PRAGMA integrity_check').all().map((row) => String(row.integrity_check)).join(', ');
    const rows = db.prepare('SELECT reference, subject FROM tickets').all() as { reference: string; subject: string }[];
    const byMarker = new Map<string, string[]>();
    const stray: string[] = [];
    for (const { reference, subject } of rows) {
      const found = /\[(fault-\d+-(?:sdk|web)-\d+)\]/.exec(subject)?.[1];
      if (found === undefined) stray.push(`${reference} "${subject}"`);
      else byMarker.set(found, [...(byMarker.get(found) ?? []), reference]);
    }
    const known = new Set(submissions.map((s) => s.marker));
    for (const [found, references] of byMarker) if (!known.has(found)) stray.push(`${references.join(', ')} [${found}]`);
    const lost = submissions.filter((s) => !byMarker.has(s.marker));
    const duplicated = [...byMarker].filter(([, references]) => references.length > 1).map(([found, references]) => ({ marker: found, references }));
    const mismatched = submissions
      .filter((s) => s.reference !== undefined && byMarker.get(s.marker)?.length === 1 && byMarker.get(s.marker)![0] !== s.reference)
      .map((s) => ({ marker: s.marker, given: s.reference!, stored: byMarker.get(s.marker)![0]! }));
    return { stored: rows.length, lost, duplicated, stray, mismatched, integrity };
  } finally {
    db.close();
  }
}

/* ------------------------------------------------------------------ the run */

async function main(): Promise<boolean> {
  console.log(
    `fault run: seed ${seed} (FAULT_SEED=${seed} replays it): ${SDK_COMPLAINTS} complaints through the SDK, ${WIDGET_COMPLAINTS} through the widget in ${PAGES} pages, ` +
      `${Math.round(RATE * 100)}% of API requests faulted, the server killed ${KILLS} times, at most ${TIMEOUT_S} s`,
  );
  if (WIDGET_COMPLAINTS > 0) {
    const building = performance.now();
    await ensureBundle();
    const seconds = (performance.now() - building) / 1000;
    if (seconds > 1) console.log(`(the widget code was built first: ${seconds.toFixed(1)} s, not counted in the run's time)`);
  }
  started = performance.now();
  deadline = Date.now() + TIMEOUT_S * 1000;
  // Should anything hang past the run's limit (a browser that never closes, a server that never
  // stops), end anyway, and say so.
  setTimeout(() => abandon(`fault run FAILED: still running ${TIMEOUT_S + 60} s after the start (seed ${seed})`), (TIMEOUT_S + 60) * 1000).unref();
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-faults-'));
  const server = new Supervisor(await freePort(), dataDir);
  running = server;
  let proxy: FaultyProxy | undefined;
  let browser: Browser | undefined;
  try {
    await server.start();
    proxy = await startFaultyProxy({
      target: { host: '127.0.0.1', port: server.port },
      rate: RATE,
      random: randomStream(seed, 'proxy'),
      // The API: what the clients must ride out. Pages and widget code pass through unfaulted.
      eligible: (_method, path) => path.startsWith('/v1/'),
    });
    if (WIDGET_COMPLAINTS > 0) browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
    log(`server on port ${server.port}, proxy at ${proxy.url}, data in ${dataDir}`);

    let widgetDone = 0;
    const progress = setInterval(() => {
      const confirmed = (channel: Channel) => submissions.filter((s) => s.channel === channel && s.reference !== undefined).length;
      log(`confirmed: sdk ${confirmed('sdk')}/${SDK_COMPLAINTS}, widget ${confirmed('widget')}/${WIDGET_COMPLAINTS}; kills ${server.kills}`);
    }, 15_000);
    const killing = killer(server, () => submissions.filter((s) => s.reference !== undefined).length);
    await Promise.all([
      sdkCallers(proxy, () => widgetDone),
      browser ? citizens(browser, proxy, () => void widgetDone++) : Promise.resolve(),
    ]);
    finished = true;
    clearInterval(progress);
    await killing;
    await server.stop();

    const wall = (performance.now() - started) / 1000;
    const verdict = check(join(dataDir, 'civic-contact.db'));
    return report(verdict, server, proxy, wall);
  } finally {
    finished = true;
    await browser?.close().catch(() => {});
    await proxy?.close();
    await server.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(verdict: Verdict, server: Supervisor, proxy: FaultyProxy, wall: number): boolean {
  const ofChannel = (channel: Channel) => submissions.filter((s) => s.channel === channel);
  const unconfirmed = submissions.filter((s) => s.reference === undefined);
  const { counts } = proxy;
  const faulted = FAULT_KINDS.reduce((sum, kind) => sum + counts.faults[kind], 0);
  const eligible = faulted + counts.clean;
  const downtimes = server.downtimes.map((ms) => ms / 1000);
  const errors = [...clientErrors].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} × ${kind}`);

  console.log('');
  console.log(`Submitted   ${submissions.length} (sdk ${ofChannel('sdk').length}, widget ${ofChannel('widget').length}); confirmed with a 201: ${submissions.length - unconfirmed.length}`);
  const created = counts.answers['POST /v1/complaints 201'] ?? 0;
  console.log(
    `Stored      ${verdict.stored} tickets (database integrity: ${verdict.integrity}); the server answered 201 ${created} times, ` +
      `${created - verdict.stored} more than the tickets: repeats answered with the ticket already filed`,
  );
  console.log(`Lost        ${verdict.lost.length}`);
  console.log(`Duplicated  ${verdict.duplicated.length}`);
  console.log(`Stray       ${verdict.stray.length} (tickets no submission made)`);
  console.log(`Mismatched  ${verdict.mismatched.length} (stored under another reference than the client was given)`);
  console.log(
    `Proxy       ${counts.requests} requests, ${faulted} faulted (${eligible ? Math.round((faulted / eligible) * 100) : 0}% of the API's): ` +
      FAULT_KINDS.map((kind) => `${kind} ${counts.faults[kind]}`).join(', ') +
      `; ${counts.serverDown} reset while the server was down`,
  );
  const routes = Object.entries(counts.routes)
    .filter(([route]) => route !== 'site')
    .sort((a, b) => b[1] - a[1])
    .map(([route, n]) => {
      const answered = Object.entries(counts.answers)
        .filter(([key]) => key.startsWith(`${route} `))
        .map(([key, times]) => `${key.slice(route.length + 1)} × ${times}`);
      return `${route} ${n} (answered ${answered.join(', ') || 'never'})`;
    });
  console.log(`API         ${routes.join('; ')}; pages and widget code ${counts.routes.site ?? 0}`);
  console.log(
    `Kills       ${server.kills} SIGKILLs, each followed by a restart` +
      (downtimes.length ? ` (down ${Math.min(...downtimes).toFixed(1)}-${Math.max(...downtimes).toFixed(1)} s)` : '') +
      (server.failedStarts ? `; ${server.failedStarts} starts failed and were retried` : ''),
  );
  console.log(`Clients     rode out ${[...clientErrors.values()].reduce((a, b) => a + b, 0)} errors: ${errors.slice(0, 8).join('; ') || 'none'}`);
  console.log(
    `Widget      ${figures.tryAgain} × Try again, ${figures.backToForm} × sent back to the form after Submit, ` +
      `${figures.continueAgain} × Continue again, ${figures.reloads} page reloads before submitting`,
  );
  if (figures.driverErrors.length) console.log(`Driver      ${figures.driverErrors.length} steps of the browser driver failed and were done again, e.g.:`);
  for (const error of figures.driverErrors.slice(0, 5)) console.log(`  ${error}`);
  console.log(`Wall time   ${wall.toFixed(1)} s`);

  const problems: string[] = [];
  const list = (what: string, items: string[]) => {
    if (items.length === 0) return;
    problems.push(`${items.length} ${what}`);
    for (const item of items.slice(0, 10)) console.log(`  ${what}: ${item}`);
  };
  if (stopped) problems.push(stopped);
  list('unconfirmed', unconfirmed.map((s) => `${s.marker}: ${s.gaveUp ?? 'not finished'}`));
  list('lost', verdict.lost.map((s) => `${s.marker} (${s.reference ? `given ${s.reference}` : 'never confirmed'})`));
  list('duplicated', verdict.duplicated.map((d) => `${d.marker}: ${d.references.join(', ')}`));
  list('stray', verdict.stray);
  list('mismatched', verdict.mismatched.map((m) => `${m.marker}: given ${m.given}, stored ${m.stored}`));
  list('unexpected server errors', server.unexpected);
  list('uncaught page errors', figures.pageErrors);
  if (verdict.integrity !== 'ok') problems.push(`database integrity: ${verdict.integrity}`);
  if (submissions.length < SDK_COMPLAINTS + WIDGET_COMPLAINTS) problems.push(`${SDK_COMPLAINTS + WIDGET_COMPLAINTS - submissions.length} complaints never started`);

  console.log('');
  if (problems.length === 0) {
    console.log(`fault run passed: ${submissions.length} complaints, each stored exactly once (seed ${seed})`);
    return true;
  }
  console.log(`fault run FAILED: ${problems.join('; ')} (seed ${seed}: FAULT_SEED=${seed} npm run test:faults)`);
  return false;
}

function writeCounts(passed: boolean): void {
  if (!flags.counts) return;
  mkdirSync(dirname(flags.counts), { recursive: true });
  writeFileSync(flags.counts, `${JSON.stringify({ passed: passed ? 1 : 0, failed: passed ? 0 : 1 })}\n`);
}

/** The server of the run, for a watchdog or Ctrl-C to kill on the way out (a child outlives its parent otherwise). */
let running: Supervisor | undefined;

function abandon(message: string): never {
  console.log(message);
  running?.child?.kill('SIGKILL');
  writeCounts(false);
  process.exit(1);
}

process.once('SIGINT', () => abandon(`fault run interrupted (seed ${seed})`));

let passed = false;
try {
  passed = await main();
} catch (error) {
  console.log(`fault run FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)} (seed ${seed})`);
}
writeCounts(passed);
// Exit outright: after a run that reset connections with writes pending, Node 24's cleanup at a
// natural exit can spin forever on a request that never completes (seen: 100% CPU in uv_run
// under node::Environment::CleanupHandles); process.exit skips that cleanup.
process.exit(passed ? 0 : 1);
