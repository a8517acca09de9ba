/**
 * A citizen says how satisfied they are with how their complaint was handled: the agent
 * resolves the ticket through the agent API, the citizen looks it up on the example site's
 * track page, answers, and on a second look sees the answer given rather than the question.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ComplaintCreated } from '@civic-contact/contract';
import { busComplaint } from '@civic-contact/core/testing';
import { checkStatus, ticketStatus } from './citizen.ts';
import { agentApi, agentTicket, axeViolations, openPage, startSite, type Site } from './harness.ts';

const RIDER = 'rider@example.org';
let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

test('the citizen rates a resolved complaint once; the agent sees the answer, and a second look shows it instead of the question', async () => {
  const filed = await agentApi<ComplaintCreated>(site, '/complaints', { method: 'POST', body: busComplaint({ channel: 'phone', subject: 'Bus 12 skipped my stop' }) });
  await agentApi(site, `/agent/tickets/${filed.reference}/status`, { method: 'POST', body: { status: 'resolved', note: 'We spoke to the driver.' } });

  const { page, context, problems } = await openPage(site, { axe: true });
  try {
    await page.goto(`${site.url}/track.html`);
    await checkStatus(page, filed.reference, RIDER);
    const widget = ticketStatus(page);
    const question = widget.getByRole('group', { name: 'How satisfied are you with how this was handled?' });
    await question.waitFor();
    assert.equal(await question.getByRole('radio').count(), 5);
    assert.deepEqual(await axeViolations(page), []);

    await question.getByRole('radio', { name: 'Satisfied', exact: true }).check();
    await widget.getByRole('textbox', { name: 'Tell us more (optional)' }).fill('Quick and polite.');
    await widget.getByRole('button', { name: 'Send', exact: true }).click();
    await widget.getByRole('heading', { name: 'Thank you for your answer' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Your answer has been sent.' }).waitFor();
    assert.equal(await question.count(), 0, 'the question is not asked again');
    assert.deepEqual(await axeViolations(page), []);

    const seen = await agentTicket(site, filed.reference);
    assert.equal(seen.satisfaction?.rating, 4);
    assert.equal(seen.satisfaction?.comment, 'Quick and polite.');

    // A second look, as after a reload: the answer given, not the question.
    await page.reload();
    await checkStatus(page, filed.reference, RIDER);
    await widget.getByRole('heading', { name: 'Your answer' }).waitFor();
    assert.match(await widget.locator('[part~="satisfaction"]').innerText(), /How satisfied you said you were:\s*Satisfied/);
    assert.equal(await widget.getByRole('radio').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  assert.deepEqual(site.serverErrors, []);
});
