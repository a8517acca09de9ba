/**
 * The agent console with the all-ministries key: every ministry's tickets in one list, each
 * with its ministry; any of them opens, moves on, and goes to another team of its own
 * ministry. And what citizens wrote is shown isolated, so right-to-left words or a bidi
 * override in it cannot reorder the page's own words around it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { busComplaint, clinicComplaint, NOW } from '@civic-contact/core/testing';
import { axeViolations, openPage, startSite, tinyPng, type Site } from './harness.ts';

const ADMIN_KEY = 'sk_test_admin';
/** Arabic, which runs right to left, and a right-to-left override that would flip what follows it. */
const ARABIC_SUBJECT = 'انتظرت أربع ساعات في العيادة';
const OVERRIDE_SUBJECT = 'Bus 12 skipped my stop \u202Epots ym deppiks';

let site: Site;
before(async () => (site = await startSite({ now: () => NOW })), { timeout: 240_000 });
after(() => site?.close());

/** Calls the API with a ministry's secret key, as its staff's own tools do (a phone complaint, a scan). */
async function call(key: string, path: string, body: BodyInit, json = true): Promise<{ id?: string; reference?: string }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
  if (json) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${site.url}/v1${path}`, { method: 'POST', headers, body });
  const answer = await response.json();
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Is the element an isolate: a `<bdi>`, or `unicode-bidi: isolate` with its direction its own? */
async function isIsolated(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => {
    const style = getComputedStyle(node);
    return node.localName === 'bdi' || (style.unicodeBidi === 'isolate' && node.getAttribute('dir') === 'auto');
  });
}

test('the all-ministries key lists every ministry’s tickets, opens any, and moves it within its own ministry', async () => {
  const form = new FormData();
  form.set('service', 'health-clinic-services');
  form.set('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'scan.png');
  const scan = await call('sk_test_health', '/attachments', form, false);
  const health = (await call('sk_test_health', '/complaints', JSON.stringify(clinicComplaint({ channel: 'phone', subject: ARABIC_SUBJECT, attachments: [scan.id] }))))
    .reference!;
  const transport = (await call('sk_test_transport', '/complaints', JSON.stringify(busComplaint({ channel: 'phone', subject: OVERRIDE_SUBJECT })))).reference!;

  const { page, context, problems } = await openPage(site, { axe: true });
  try {
    await page.goto(`${site.url}/agent.html`);
    await page.getByRole('textbox', { name: 'Secret key' }).fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByText('You are working on the tickets of every ministry.').waitFor();

    // One list, both ministries, each ticket saying whose it is.
    const row = (reference: string) => page.locator('#ticket-list li').filter({ has: page.locator(`button[data-reference="${reference}"]`) });
    assert.match(await row(health).locator('p.muted').innerText(), /Ministry of Health and Wellness · Community clinic services/);
    assert.match(await row(transport).locator('p.muted').innerText(), /Ministry of Transport · /);

    // The citizens' subjects are isolates, in the list and on the ticket.
    for (const [reference, subject] of [
      [health, ARABIC_SUBJECT],
      [transport, OVERRIDE_SUBJECT],
    ] as const) {
      const shown = row(reference).locator('button .link-button__sub');
      assert.equal(await shown.textContent(), subject);
      assert.ok(await isIsolated(shown), `the subject of ${reference} in the list is isolated`);
    }

    // A health ticket opens with the health ministry's services and teams.
    // From the full list: a ticket past its reply time by the browser's clock is in "Answer these first" too.
    await page.locator('#ticket-list').getByRole('button', { name: new RegExp(`^${health}\\b`) }).click();
    await page.getByRole('heading', { level: 2, name: health }).waitFor();
    assert.ok(await isIsolated(page.locator('#ticket-subject')), 'the open ticket’s subject is isolated');
    assert.ok(await isIsolated(page.locator('#ticket-description')));
    const summary = await page.locator('#ticket-summary').innerText();
    assert.match(summary, /Ministry\s+Ministry of Health and Wellness/);
    assert.match(summary, /Team\s+Primary Health Care Services/);
    const filename = page.locator('#ticket-attachments li bdi');
    assert.equal(await filename.textContent(), 'scan.png');
    assert.ok(await isIsolated(filename), 'the attachment’s name is isolated from its type and size');
    assert.ok(await isIsolated(page.locator('#ticket-citizen bdi').first()), 'the citizen’s name is isolated');
    const teams = await page.locator('#new-entity option').allTextContents();
    assert.ok(teams.includes('Hospital Services Directorate'), teams.join(', '));
    assert.ok(!teams.includes('Public Bus Service'), 'only the ticket’s own ministry’s teams are offered');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Hospital Services Directorate' });
    await page.getByRole('button', { name: 'Send to this team' }).click();
    await page.getByRole('status').filter({ hasText: `${health} is now with Hospital Services Directorate.` }).waitFor();

    // The transport ticket, opened from the same list, changes status.
    await page.locator('#ticket-list').getByRole('button', { name: new RegExp(`^${transport}\\b`) }).click();
    await page.getByRole('heading', { level: 2, name: transport }).waitFor();
    await page.getByLabel('New status').selectOption('in_progress');
    await page.locator('#status-note').fill('Nous regardons les horaires de la ligne 12.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('status').filter({ hasText: `${transport} is now In progress.` }).waitFor();
    assert.ok(await isIsolated(page.locator('#ticket-timeline .timeline__note').first()), 'the note is isolated');

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  assert.deepEqual(site.serverErrors, []);
});
