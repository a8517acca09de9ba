/**
 * The Help page of the example site against the real server: a citizen using only the
 * keyboard searches the FAQs with a typo, reads an answer that does not help, says so, and
 * goes on to make a complaint. The page runs under the site's strict CSP with Trusted Types
 * required, so an answer inserted as an HTML string would be a violation here.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, openPage, startSite, type Site } from './harness.ts';
import { complaintForm, faqSearch, focusedElement, pressUntilFocused } from './citizen.ts';

let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

const RENEWAL = 'How do I renew my driving licence and how much does it cost?';

test('a keyboard-only citizen finds an answer despite a typo, says it did not help, and goes on to make a complaint', async () => {
  const { page, context, problems, consoleErrors } = await openPage(site, { trustedTypes: true, axe: true });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    await page.goto(`${site.url}/help.html`);
    const faq = faqSearch(page);
    await faq.getByRole('combobox', { name: 'Search for an answer' }).waitFor();

    await pressUntilFocused(page, 'Tab', (f) => f.role === 'combobox', 'the search box');
    await page.keyboard.type('renew licnce', { delay: 60 });
    const renewal = faq.getByRole('option', { name: new RegExp(RENEWAL.replace(/[?]/g, '\\?')) });
    await renewal.waitFor();
    assert.equal(await faq.getByRole('combobox').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await axeViolations(page), [], 'axe with the questions offered');
    // The prebuilt index answered every keystroke: it was fetched once, and no search went to the API.
    assert.equal(requests.filter((path) => path === '/assets/faq-index.json').length, 1, 'the index is fetched once');
    assert.deepEqual(requests.filter((path) => path.startsWith('/v1/faq/search')), [], 'no search request per keystroke');

    // Down until the renewal question is the active option, then Enter opens it.
    const options = await faq.getByRole('option').allTextContents();
    const position = options.findIndex((text) => text.includes(RENEWAL));
    assert.ok(position >= 0, `the renewal FAQ is offered: ${options.join(' | ')}`);
    for (let i = 0; i <= position; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await renewal.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await faq.getByRole('heading', { level: 2, name: RENEWAL }).waitFor();
    await faq.getByText('Class D licence, 8 years').waitFor();
    assert.equal((await focusedElement(page)).name, RENEWAL, 'focus moves to the answer’s heading');
    assert.equal(await faq.getByRole('link', { name: 'online' }).getAttribute('href'), 'https://transport.example.gov/licences/renew');
    assert.deepEqual(await axeViolations(page), [], 'axe with the answer open');

    await pressUntilFocused(page, 'Tab', (f) => f.tag === 'button' && f.name === 'No', 'the No button');
    await page.keyboard.press('Enter');
    await faq.getByRole('textbox', { name: 'What were you looking for? (optional)' }).waitFor();
    assert.equal((await focusedElement(page)).tag, 'textarea');
    await page.keyboard.type('The fee for a commercial licence renewal');
    await pressUntilFocused(page, 'Tab', (f) => f.tag === 'button' && f.name === 'Send feedback', 'Send feedback');
    await page.keyboard.press('Enter');
    await faq.getByText('Thank you. Your feedback helps us improve our answers.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe with the ways to contact the ministry');

    const recorded = await site.server.storage.feedback();
    assert.deepEqual(
      recorded.map((r) => ({ ministry: r.ministryId, faq: r.faqId, helpful: r.helpful, comment: r.comment, lang: r.lang })),
      [{ ministry: 'transport', faq: 'transport-003', helpful: false, comment: 'The fee for a commercial licence renewal', lang: 'en' }],
      'the feedback is recorded by the contact centre',
    );

    await pressUntilFocused(page, 'Tab', (f) => f.tag === 'a' && f.name === 'Make a complaint', 'Make a complaint');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/complaint\.html$/);
    await complaintForm(page).getByRole('heading', { name: 'What is your complaint about?' }).waitFor();

    assert.deepEqual(problems, [], 'no CSP or Trusted Types violations and no uncaught errors');
    assert.deepEqual(site.serverErrors, []);
  } catch (error) {
    if (consoleErrors.length > 0) console.error(`Console errors:\n${consoleErrors.join('\n')}`);
    throw error;
  } finally {
    await context.close();
  }
});
