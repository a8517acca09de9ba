/**
 * The example ministry site as a browser gets it from the reference server: every page
 * passes axe-core in the light and the dark scheme with its widget rendered, and nothing on
 * any page breaks the site's strict Content-Security-Policy, nor Trusted Types when the
 * policy requires them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, startSite, type Site, type WatchedPage } from './harness.ts';
import { chooseService, complaintForm, ROAD_DEFECTS, ticketStatus } from './citizen.ts';

interface SitePage {
  path: string;
  /** Resolves once the page shows what a visitor came for: its widget rendered, its script run. */
  ready(page: Page): Promise<void>;
}

const PAGES: SitePage[] = [
  { path: '/', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/complaint.html', ready: complaintFormReady },
  { path: '/track.html', ready: (page) => ticketStatus(page).getByRole('textbox', { name: 'Complaint reference' }).waitFor() },
  { path: '/callback.html', ready: callbackPageReady },
  { path: '/help.html', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/performance.html', ready: dashboardsReady },
  // The key form stays hidden until agent.js runs: its appearing proves the module ran under the CSP.
  { path: '/agent.html', ready: (page) => page.getByRole('textbox', { name: 'Secret key' }).waitFor() },
  { path: '/health/complaint.html', ready: (page) => healthFormReady(page, 'What is your complaint about?') },
  { path: '/health/complaint.acf.html', ready: (page) => healthFormReady(page, KWEYOL['complaint-form.picker-title']!) },
];

/** The health ministry's Kwéyòl wording of the elements, as the site serves it to `strings-src`. */
const KWEYOL = (JSON.parse(readFileSync(new URL('../../../../examples/ministry-site/strings/acf.json', import.meta.url), 'utf8')) as { acf: Record<string, string> }).acf;
const HEALTH_CARD = 'Health card: apply, replace or update';

/** The health ministry's form has asked its first question and listed the ministry's services. */
async function healthFormReady(page: Page, question: string): Promise<void> {
  await complaintForm(page).getByRole('heading', { name: question }).waitFor();
  await complaintForm(page).getByRole('radio', { name: HEALTH_CARD }).waitFor();
}

/** Both dashboards have asked for their figures and show them, or say why there are none. */
async function dashboardsReady(page: Page): Promise<void> {
  for (const widget of await page.locator('civic-service-dashboard').all()) {
    await widget.locator('[part~="figures"], [part~="too-few"]').first().waitFor();
  }
}

/** Both callback widgets rendered: the booking one asks which service, the other cancels. */
async function callbackPageReady(page: Page): Promise<void> {
  const widgets = page.locator('civic-callback-request');
  await widgets.first().getByRole('radio', { name: 'Driving test bookings and results' }).waitFor();
  await widgets.last().getByRole('textbox', { name: 'Callback reference' }).waitFor();
}

let site: Site;
/** One page for every axe run: a context per page load would cost more than the checks. */
let audited: WatchedPage;
before(
  async () => {
    site = await startSite();
    audited = await openPage(site, { axe: true });
  },
  { timeout: 240_000 },
);
after(() => site?.close());

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { path, ready } of PAGES) {
    test(`${path} (${colorScheme}) passes axe-core with no CSP violation or page error`, async () => {
      const { page, problems } = audited;
      const before = problems.length;
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${path}`);
      await ready(page);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems.slice(before), []);
    });
  }
}

test('no page breaks Trusted Types (require-trusted-types-for script)', async () => {
  const { page, context, problems } = await openPage(site, { trustedTypes: true });
  try {
    for (const { path, ready } of PAGES) {
      const response = await page.goto(`${site.url}${path}`);
      // Worth something only if the browser really got the stricter policy.
      assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
      await ready(page);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an empty complaint shows its errors on the page: the title says so, and axe-core finds nothing wrong', async () => {
  const { page, problems } = audited;
  const before = problems.length;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site.url}/complaint.html`);
  await chooseService(page, ROAD_DEFECTS);
  await complaintForm(page).getByRole('button', { name: 'Continue' }).click();
  const summary = complaintForm(page).locator('[part~="error-summary"]');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  // The title follows a moment later: the code that marks it comes once the citizen has started on the form.
  await page.waitForFunction((title) => document.title === title, 'Error: Make a complaint – Ministry of Transport', { timeout: 5000 });
  assert.ok((await summary.getByRole('link').count()) >= 4, 'each missing answer is listed, linked to its field');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.slice(before), []);
});

test('the track page fills in the reference from its address, and nothing else', async () => {
  const { page, context, problems } = await openPage(site);
  try {
    await page.goto(`${site.url}/track.html?reference=MOT-7K3D-9QX6`);
    const widget = ticketStatus(page);
    await widget.getByRole('textbox', { name: 'Complaint reference' }).waitFor();
    assert.equal(await widget.getByRole('textbox', { name: 'Complaint reference' }).inputValue(), 'MOT-7K3D-9QX6');
    assert.equal(await widget.getByRole('textbox', { name: 'Email address or phone number' }).inputValue(), '');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a widget’s fallback (whom to call instead) shows only while its element is undefined, and no slot draws a dashed box', async () => {
  const withWidgets = PAGES.filter(({ path }) => path !== '/' && path !== '/agent.html');
  const { page, problems } = audited;
  const before = problems.length;
  await page.emulateMedia({ colorScheme: 'light' });
  for (const { path, ready } of withWidgets) {
    await page.goto(`${site.url}${path}`);
    await ready(page);
    assert.ok((await page.locator('.widget-fallback').count()) > 0, `${path} has a fallback`);
    assert.deepEqual(await visibleFallbacks(page), [], `${path}: fallbacks shown beside a working widget`);
    const borders = await page.locator('.widget-slot').evaluateAll((slots) => slots.map((slot) => getComputedStyle(slot).borderTopStyle));
    assert.deepEqual(borders.filter((style) => style !== 'none'), [], `${path}: widget slots draw no box`);
  }
  assert.deepEqual(problems.slice(before), []);

  // Without scripts the elements are never defined: the fallback is what the citizen gets.
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    for (const { path } of withWidgets) {
      await noScript.goto(`${site.url}${path}`);
      const fallbacks = noScript.locator('.widget-fallback');
      assert.equal((await visibleFallbacks(noScript)).length, await fallbacks.count(), `${path}: every fallback shows without scripts`);
    }
  } finally {
    await context.close();
  }
});

/** The text of each widget fallback on the page that a sighted citizen sees. */
function visibleFallbacks(page: Page): Promise<string[]> {
  return page.locator('.widget-fallback').evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.textContent ?? ''));
}

test('the health ministry’s Kwéyòl page: the form speaks the ministry’s own words (a locale it does not ship), marked lang="acf", and its services stay marked English', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site, { trustedTypes: true });
  const strings: Array<{ status: number; type: string | undefined }> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/strings/acf.json') strings.push({ status: response.status(), type: response.headers()['content-type'] });
  });
  try {
    await page.goto(`${site.url}/health/complaint.acf.html`);
    const form = complaintForm(page);
    const question = KWEYOL['complaint-form.picker-title']!;
    assert.notEqual(question, 'What is your complaint about?');
    await form.getByRole('heading', { level: 2, name: question }).waitFor();
    assert.equal(await form.locator('[part~="base"]').getAttribute('lang'), 'acf', 'the root carries the language of its words');
    assert.deepEqual(strings, [{ status: 200, type: 'application/json' }], 'the ministry’s words are fetched once, as JSON');
    // The ministry names its services in English and French only: the name shown is English, and says so.
    const nameLang = await form.getByRole('radio', { name: HEALTH_CARD }).evaluate((radio) => {
      const label = (radio as HTMLInputElement).labels![0]!;
      const text = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode();
      return text?.parentElement?.closest('[lang]')?.getAttribute('lang');
    });
    assert.equal(nameLang, 'en', 'the service name’s nearest lang');

    // A mistake is told in Kwéyòl too, in the error summary and in the page title.
    await form.getByRole('button', { name: KWEYOL['complaint-form.continue']! }).click();
    await form.getByRole('heading', { name: KWEYOL['shared.error-summary-title']! }).waitFor();
    await form.getByRole('link', { name: KWEYOL['complaint-form.error.service-required']! }).waitFor();
    await page.waitForFunction((title) => document.title === title, `${KWEYOL['shared.error-prefix']!} Fè on plent – Ministè Lasanté èk Byennèt`, { timeout: 5000 });

    // The language switch leads to the same form in English.
    await page.getByRole('navigation', { name: 'Lang' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/health\/complaint\.html$/);
    await form.getByRole('heading', { level: 2, name: 'What is your complaint about?' }).waitFor();
    assert.equal(await form.locator('[part~="base"]').getAttribute('lang'), 'en');
    assert.deepEqual(problems, []);
    assert.deepEqual(consoleErrors, [], 'the strings file was accepted');
  } finally {
    await context.close();
  }
});

test('the server met no unexpected error', () => {
  assert.deepEqual(site.serverErrors, []);
});

/** The form has the ministry's services: it loaded its catalogue from the API under the CSP. */
async function complaintFormReady(page: Page): Promise<void> {
  await complaintForm(page).getByRole('radio', { name: ROAD_DEFECTS }).waitFor();
}
