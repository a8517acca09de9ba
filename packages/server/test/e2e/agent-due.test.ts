/**
 * The agent console shows what to answer first: the open tickets past the time their citizen
 * was told to expect a reply, then those due in the next 24 hours, each list under its own
 * heading and each ticket saying "Overdue" or "Due soon" in words, above the full list. The
 * contact centre's clock and the browser's are set to the same moment.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ComplaintCreated } from '@civic-contact/contract';
import { busComplaint, NOW } from '@civic-contact/core/testing';
import { agentApi, axeViolations, openPage, startSite, type Site } from './harness.ts';

const HOUR = 3_600_000;
let now = NOW;
let site: Site;
before(async () => (site = await startSite({ now: () => now })), { timeout: 240_000 });
after(() => site?.close());

function file(subject: string): Promise<ComplaintCreated> {
  return agentApi<ComplaintCreated>(site, '/complaints', { method: 'POST', body: busComplaint({ channel: 'phone', subject }) });
}

test('overdue and due-soon tickets come first, labelled in words, and leave the list once resolved', async () => {
  const late = await file('Driver was rude');
  const answered = await file('Bus shelter broken');
  now = new Date(NOW.getTime() + 3 * 24 * HOUR);
  const soon = await file('Bus 12 skipped my stop');
  // The moment of the test: half a day before the second ticket is due.
  now = new Date(Date.parse(soon.expectedResponseBy) - 12 * HOUR);
  const later = await file('Timetable is wrong');
  assert.ok(Date.parse(late.expectedResponseBy) < now.getTime(), 'the first ticket is overdue by then');
  assert.ok(Date.parse(later.expectedResponseBy) > now.getTime() + 24 * HOUR, 'the last is not due soon');
  await agentApi(site, `/agent/tickets/${answered.reference}/status`, { method: 'POST', body: { status: 'resolved', note: 'Repaired.' } });

  const { page, context, problems } = await openPage(site, { axe: true });
  try {
    await page.clock.setFixedTime(now);
    await page.goto(`${site.url}/agent.html`);
    await page.getByRole('textbox', { name: 'Secret key' }).fill('sk_test_transport');
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByRole('status').filter({ hasText: '1 ticket is overdue and 1 is due in the next 24 hours. 4 tickets shown.' }).waitFor();

    // "Answer these first" comes before the full list, its two lists each under a heading.
    const headings = await page.locator('#workspace').getByRole('heading').allTextContents();
    assert.ok(headings.indexOf('Answer these first') < headings.indexOf('Tickets'), headings.join(' | '));
    await page.getByRole('heading', { level: 2, name: 'Answer these first' }).waitFor();
    const overdue = page.getByRole('list', { name: 'Overdue' });
    const dueSoon = page.getByRole('list', { name: 'Due in the next 24 hours' });
    const references = async (list: typeof overdue) =>
      list.locator('button[data-reference]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.reference));
    assert.deepEqual(await references(overdue), [late.reference]);
    assert.deepEqual(await references(dueSoon), [soon.reference]);
    assert.equal(await overdue.getByRole('heading', { level: 4 }).count(), 1);

    // In words, with the time in the centre's zone: not by colour alone.
    assert.match(await overdue.locator('li').innerText(), /Overdue\s+Reply was due \w{3} \d{1,2}, 2026, \d{1,2}:\d{2}\s[AP]M\sE[SD]T/);
    assert.match(await dueSoon.locator('li').innerText(), /Due soon\s+Reply due by /);
    // The full list marks the overdue ticket too, and only that one.
    const fullList = page.locator('#ticket-list');
    assert.equal(await fullList.locator('li').count(), 4);
    assert.deepEqual(await fullList.locator('li').filter({ hasText: 'Overdue' }).locator('button').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.reference)), [
      late.reference,
    ]);
    assert.deepEqual(await axeViolations(page), []);

    // Answered from the overdue list, the ticket leaves it.
    await overdue.getByRole('button', { name: new RegExp(`^${late.reference}\\b`) }).click();
    await page.getByRole('heading', { level: 2, name: late.reference }).waitFor();
    await page.getByLabel('New status').selectOption('resolved');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('status').filter({ hasText: `${late.reference} is now Resolved.` }).waitFor();
    await page.getByText('No open ticket is past its reply time.').waitFor();
    assert.equal(await overdue.isHidden(), true);
    assert.deepEqual(await references(dueSoon), [soon.reference]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  assert.deepEqual(site.serverErrors, []);
});
