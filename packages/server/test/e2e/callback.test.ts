/**
 * Callbacks on the example site against the real server, with the contact centre's clock at
 * Tuesday 24 November 2026, 10:00 in New York — Thanksgiving week. Two citizens want the last
 * place of the same slot: the one who books first gets it, the other is told, shown the
 * nearest free times with their answers kept, and books another. Both then cancel: one from
 * the confirmation, the other with the cancel form further down the page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { CallbackSlots } from '@civic-contact/contract';
import { createClient } from '@civic-contact/sdk';
import { axeViolations, openPage, SITE_KEY, startSite, type Site } from './harness.ts';

const NOW = '2026-11-24T15:00:00Z';
const SERVICE = 'transport-driving-test';
const SERVICE_NAME = 'Driving test bookings and results';
/** Wednesday 25 November, 10:00–10:30 in New York. */
const SLOT = '2026-11-25T15:00:00.000Z';

let site: Site;
before(async () => (site = await startSite({ now: () => new Date(NOW) })), { timeout: 240_000 });
after(() => site?.close());

/** A call to the public API with the site's key, as the ministry's own pages make it (same origin). */
async function siteApi<T>(path: string): Promise<T> {
  const response = await fetch(`${site.url}/v1${path}`, { headers: { 'X-Site-Key': SITE_KEY, Origin: site.url, Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /v1${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The SDK with the site's key, as a script on the ministry's own pages uses it: it solves the proof of work a booking needs. */
function siteClient() {
  const fromSite: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    request.headers.set('Origin', site.url);
    return fetch(request);
  };
  return createClient({ baseUrl: site.url, siteKey: SITE_KEY, fetch: fromSite });
}

async function placesLeft(start: string): Promise<number> {
  const listing = await siteApi<CallbackSlots>(`/callbacks/slots?service=${SERVICE}&days=7`);
  const slot = listing.days.flatMap((day) => day.slots).find((candidate) => candidate.start === start);
  assert.ok(slot, `the centre lists a slot at ${start}`);
  return slot.remaining;
}

/** The booking widget (the first on the page) and the cancel form (the last). */
const booking = (page: Page): Locator => page.locator('civic-callback-request').first();
const cancelForm = (page: Page): Locator => page.locator('civic-callback-request').last();

/** Opens the callback page, picks the service and asks for a time of one's own. */
async function openCalendar(page: Page): Promise<Locator> {
  await page.goto(`${site.url}/callback.html`);
  const widget = booking(page);
  await widget.getByRole('radio', { name: SERVICE_NAME }).check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { level: 2, name: 'Request a callback' }).waitFor();
  await widget.getByRole('radio', { name: 'At a time I choose' }).check();
  await widget.getByRole('group', { name: 'Day', exact: true }).waitFor();
  return widget;
}

async function fillAnswers(widget: Locator, answers: { name: string; phone: string; reason: string }): Promise<void> {
  await widget.getByRole('textbox', { name: 'Your name' }).fill(answers.name);
  await widget.getByRole('textbox', { name: 'Phone number to call' }).fill(answers.phone);
  await widget.getByRole('textbox', { name: 'What would you like to talk about?' }).fill(answers.reason);
}

async function bookedReference(widget: Locator): Promise<string> {
  await widget.getByRole('heading', { name: 'Callback booked' }).waitFor();
  const reference = ((await widget.locator('[part~="reference"]').textContent()) ?? '').trim();
  assert.match(reference, /^MOT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return reference;
}

test('two citizens want the last place of a slot: the second is told, keeps their answers and books another; both cancel', async () => {
  // Three of the four places are taken before either citizen looks.
  const client = siteClient();
  for (let i = 1; i <= 3; i++) {
    await client.callbacks.create({ service: SERVICE, name: `Earlier caller ${i}`, phone: `+1212555010${i}`, locale: 'en', reason: 'Booked earlier', schedule: { type: 'slot', start: SLOT } });
  }
  assert.equal(await placesLeft(SLOT), 1);

  const [first, second] = await Promise.all([openPage(site, { axe: true, trustedTypes: true }), openPage(site, { axe: true, trustedTypes: true })]);
  try {
    const a = await openCalendar(first.page);
    const b = await openCalendar(second.page);
    for (const widget of [a, b]) {
      await widget.locator('input[name="day"][value="2026-11-25"]').check();
      const slot = widget.locator(`input[name="slot"][value="${SLOT}"]`);
      assert.equal(await slot.isDisabled(), false, 'both see the last place free');
      await slot.check();
    }
    await fillAnswers(a, { name: 'Alex Kim', phone: '212-555-0111', reason: 'Rebook my road test' });
    await fillAnswers(b, { name: 'Bea Ortiz', phone: '(212) 555-0122', reason: 'Test result query' });
    await b.getByRole('radio', { name: /Spanish/ }).check();
    assert.deepEqual(await axeViolations(second.page), [], 'the filled form with the calendar open');

    await a.getByRole('button', { name: 'Request callback' }).click();
    const referenceA = await bookedReference(a);
    assert.equal(await placesLeft(SLOT), 0);
    assert.deepEqual(await axeViolations(first.page), [], 'the confirmation');

    // The second citizen still sees the place as free, and asks for it.
    await b.getByRole('button', { name: 'Request callback' }).click();
    const summary = b.locator('[part~="error-summary"]');
    await summary.getByText('Someone else has just booked the last place').waitFor();
    await summary.getByRole('heading', { name: 'The nearest free times' }).waitFor();
    assert.equal(await b.locator(`input[name="slot"][value="${SLOT}"]`).isDisabled(), true, 'the taken time now shows full');
    assert.equal(await b.getByRole('textbox', { name: 'Your name' }).inputValue(), 'Bea Ortiz');
    assert.equal(await b.getByRole('textbox', { name: 'Phone number to call' }).inputValue(), '(212) 555-0122');
    assert.equal(await b.getByRole('textbox', { name: 'What would you like to talk about?' }).inputValue(), 'Test result query');
    assert.equal(await b.getByRole('radio', { name: /Spanish/ }).isChecked(), true);
    assert.deepEqual(await axeViolations(second.page), [], 'told the time was taken');

    const suggestions = summary.locator('[part~="suggested-slot"]');
    assert.equal(await suggestions.count(), 3);
    await suggestions.nth(1).click();
    const chosen = await b.locator('input[name="slot"]:checked').getAttribute('value');
    assert.ok(chosen && chosen !== SLOT, `another time is chosen: ${chosen}`);
    await b.getByRole('button', { name: 'Request callback' }).click();
    const referenceB = await bookedReference(b);
    assert.notEqual(referenceB, referenceA);
    assert.match((await b.locator('[part~="summary-list"]').innerText()).replace(/\s+/g, ' '), /Number we will call \+1 212 555 0122/);
    const before = await placesLeft(chosen);

    // The first cancels from the confirmation: nothing to type again.
    await a.getByRole('button', { name: 'Cancel this callback' }).click();
    await a.getByRole('heading', { name: 'Are you sure you want to cancel your callback?' }).waitFor();
    assert.equal(await a.getByRole('textbox', { name: 'Callback reference' }).inputValue(), referenceA);
    assert.deepEqual(await axeViolations(first.page), [], 'are you sure');
    await a.getByRole('button', { name: 'Cancel callback' }).click();
    await a.getByRole('heading', { name: 'Callback cancelled' }).waitFor();
    assert.equal(await placesLeft(SLOT), 1, 'the place is free again');

    // The second uses the cancel form further down the page, with the number as they typed it.
    const cancel = cancelForm(second.page);
    await cancel.getByRole('textbox', { name: 'Callback reference' }).fill(referenceB.toLowerCase());
    await cancel.getByRole('textbox', { name: 'Phone number you gave' }).fill('212 555 0122');
    await cancel.getByRole('button', { name: 'Cancel callback' }).click();
    await cancel.getByRole('heading', { name: 'Callback cancelled' }).waitFor();
    assert.equal(await placesLeft(chosen), before + 1);
    assert.deepEqual(await axeViolations(second.page), [], 'cancelled');

    assert.deepEqual([...first.problems, ...second.problems], []);
    assert.deepEqual(site.serverErrors, []);
  } finally {
    await Promise.all([first.context.close(), second.context.close()]);
  }
});

test('a public holiday shows as closed, with its name, and cannot be chosen', async () => {
  const { page, context, problems } = await openPage(site, { axe: true, trustedTypes: true });
  try {
    const widget = await openCalendar(page);
    const thanksgiving = widget.locator('input[name="day"][value="2026-11-26"]');
    assert.equal(await thanksgiving.isDisabled(), true);
    assert.equal((await widget.locator('#cb-day-2026-11-26-hint').innerText()).trim(), 'Closed: Thanksgiving Day');
    assert.equal(await widget.locator('input[name="day"][value="2026-11-29"]').isDisabled(), true, 'Sunday');
    assert.match(await widget.locator('[part~="asap-status"]').innerText(), /The contact centre is open now/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a malformed reference is caught on the page, before any request', async () => {
  const { page, context, problems } = await openPage(site, { axe: true, trustedTypes: true });
  const cancels: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE') cancels.push(request.url());
  });
  try {
    await page.goto(`${site.url}/callback.html`);
    const cancel = cancelForm(page);
    await cancel.getByRole('textbox', { name: 'Callback reference' }).fill('MOT-7K3D-9QX7');
    await cancel.getByRole('textbox', { name: 'Phone number you gave' }).fill('212 555 0122');
    await cancel.getByRole('button', { name: 'Cancel callback' }).click();
    await cancel.locator('[part~="error-summary"]').getByText('The reference is not right').waitFor();
    assert.deepEqual(cancels, []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
