/**
 * The public dashboard moves with the citizens' answers: five bus complaints resolved by the
 * agent, four rated through the API as the status page would, and the dashboard on the
 * example site's "How we are doing" page still holds the share back (fewer than 5 answers);
 * the fifth citizen rates on the track page, and the next visitor of the dashboard sees the
 * share, counted by hand, and the five answers. Then the same page in Spanish, keyboard only:
 * another period chosen and its table opened. The real server, its SQLite database, Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ComplaintCreated } from '@civic-contact/contract';
import { busComplaint } from '@civic-contact/core/testing';
import { checkStatus, ticketStatus } from './citizen.ts';
import { agentApi, axeViolations, openPage, SITE_KEY, startSite, type Site } from './harness.ts';

let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

/** The citizen of complaint `n`: each rates their own. */
const riderOf = (n: number) => `rider${n}@example.org`;

/** The ministry's own dashboard on the "How we are doing" page (the first of the two there). */
const dashboard = (page: Page) => page.locator('#dashboard-widget civic-service-dashboard');

/** The headline figure under `term`, once the figures are shown. */
async function figure(page: Page, term: string): Promise<string> {
  const widget = dashboard(page);
  await widget.locator('[part~="figures"]').waitFor();
  const kpi = widget.locator('.kpi').filter({ has: page.getByRole('term').filter({ hasText: term }) });
  return (await kpi.getByRole('definition').innerText()).replace(/\s+/g, ' ').trim();
}

/** A citizen's answer, sent as `<civic-ticket-status>` sends it: the site key and the verifier. */
async function rate(reference: string, verifier: string, rating: number): Promise<void> {
  const response = await fetch(`${site.url}/v1/tickets/${reference}/satisfaction`, {
    method: 'POST',
    headers: { 'X-Site-Key': SITE_KEY, 'X-Civic-Verifier': verifier, 'Content-Type': 'application/json', Origin: site.url },
    body: JSON.stringify({ rating }),
  });
  assert.equal(response.status, 201, await response.text());
}

test('an answer given on the track page changes the figure the next visitor of the dashboard sees', async () => {
  const references: string[] = [];
  for (let n = 0; n < 5; n++) {
    const filed = await agentApi<ComplaintCreated>(site, '/complaints', {
      method: 'POST',
      body: busComplaint({ channel: 'phone', subject: `Bus ${n + 10} skipped my stop`, citizen: { email: riderOf(n) } }),
    });
    await agentApi(site, `/agent/tickets/${filed.reference}/status`, { method: 'POST', body: { status: 'resolved', note: 'We spoke to the driver.' } });
    references.push(filed.reference);
  }
  // 5, 4, 2 and 1 through the API; the fifth citizen will say "Satisfied" (4) on the track page.
  for (const [n, rating] of [5, 4, 2, 1].entries()) await rate(references[n]!, riderOf(n), rating);

  const before = await openPage(site, { axe: true });
  try {
    await before.page.goto(`${site.url}/performance.html`);
    assert.equal(await figure(before.page, 'Complaints resolved'), '5');
    assert.equal(await figure(before.page, 'Satisfied with how their complaint was handled'), 'Too few to show');
    assert.match(
      await dashboard(before.page).getByRole('figure', { name: 'How satisfied people were' }).innerText(),
      /Fewer than 5 people said how satisfied they were in this period/,
    );
    assert.deepEqual(await axeViolations(before.page), []);
    assert.deepEqual(before.problems, []);
  } finally {
    await before.context.close();
  }

  const citizen = await openPage(site);
  try {
    await citizen.page.goto(`${site.url}/track.html`);
    await checkStatus(citizen.page, references[4]!, riderOf(4));
    const widget = ticketStatus(citizen.page);
    await widget.getByRole('radio', { name: 'Satisfied', exact: true }).check();
    await widget.getByRole('button', { name: 'Send', exact: true }).click();
    await widget.getByRole('heading', { name: 'Thank you for your answer' }).waitFor();
    assert.deepEqual(citizen.problems, []);
  } finally {
    await citizen.context.close();
  }

  // The next visitor: a browser of their own (nothing cached), the figure counted by hand: 5, 4 and 4 of 5 answers.
  const next = await openPage(site, { axe: true });
  try {
    await next.page.goto(`${site.url}/performance.html`);
    assert.equal(await figure(next.page, 'Satisfied with how their complaint was handled'), '60% Answers: 5');
    assert.match(
      await dashboard(next.page).getByRole('figure', { name: 'How satisfied people were' }).innerText(),
      /Of the people who said how satisfied they were with how their complaint was handled \(5\), 60% were satisfied or very satisfied\./,
    );
    assert.deepEqual(await axeViolations(next.page), []);
    assert.deepEqual(next.problems, []);
  } finally {
    await next.context.close();
  }
  assert.deepEqual(site.serverErrors, []);
});

test('in Spanish, by keyboard alone: another period, and a figure as a table', async () => {
  const { page, context, problems } = await openPage(site);
  try {
    await page.goto(`${site.url}/performance.html`);
    // Both dashboards of the page: the elements speak one language at a time on a page.
    for (const el of await page.locator('civic-service-dashboard').all()) await el.evaluate((element) => element.setAttribute('lang', 'es'));
    const widget = dashboard(page);
    await widget.getByRole('heading', { name: 'Nuestro servicio en cifras' }).waitFor();
    const period = widget.getByRole('combobox', { name: 'Periodo' });
    await period.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await period.inputValue(), '26');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Cifras mostradas del periodo' }).waitFor();
    const satisfaction = widget.getByRole('figure', { name: 'La satisfacción de las personas' });
    const toggle = satisfaction.getByText('Mostrar las cifras en una tabla');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = satisfaction.getByRole('table');
    await table.waitFor();
    assert.deepEqual(await table.getByRole('rowheader').allInnerTexts(), ['Muy satisfecho', 'Satisfecho', 'Ni satisfecho ni insatisfecho', 'Insatisfecho', 'Muy insatisfecho']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
