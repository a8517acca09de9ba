/**
 * Without a pointer: a citizen files a complaint (with a photo) on the example site and then
 * reads its status, using only the keyboard — Tab, arrow keys, Space, Enter and typing. The test looks at where focus is (through the widgets' shadow roots) to decide the
 * next key, as a keyboard user reads the screen; it never clicks, fills or focuses anything.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSite, ticketsWithSubject, type Site } from './harness.ts';
import {
  complaintForm,
  describeFocus,
  focusedElement,
  pothole,
  pressUntilFocused,
  ROAD_DEFECTS,
  roadDefect,
  ticketStatus,
  type FocusedElement,
} from './citizen.ts';

let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

const named = (tag: string, name: string | RegExp) => (f: FocusedElement) =>
  f.tag === tag && (typeof name === 'string' ? f.name === name || f.name.startsWith(`${name} `) : name.test(f.name));

const radio = (name: string) => (f: FocusedElement) => f.tag === 'input' && f.type === 'radio' && f.name === name;

/** Tabs to a text box and types into it. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await pressUntilFocused(page, 'Tab', (f) => (f.tag === 'input' || f.tag === 'textarea') && (f.name === label || f.name.startsWith(`${label} `)), `the “${label}” box`);
  await page.keyboard.type(text);
}

/** Tabs into a group of radios (focus lands on its first) and arrows to the option, which selects it. */
async function chooseRadio(page: Page, firstOption: string, option: string): Promise<void> {
  await pressUntilFocused(page, 'Tab', radio(firstOption), `the radio “${firstOption}”`);
  const now = option === firstOption ? await focusedElement(page) : await pressUntilFocused(page, 'ArrowDown', radio(option), `the radio “${option}”`, 12);
  if (!now.checked) await page.keyboard.press('Space');
  assert.equal((await focusedElement(page)).checked, true, `“${option}” is selected`);
}

test('a keyboard-only citizen files a complaint with a photo and reads its status', async () => {
  const { page, context, problems } = await openPage(site);
  try {
    const complaint = roadDefect('keyboard');
    await page.goto(`${site.url}/complaint.html`);
    await complaintForm(page).getByRole('radio', { name: ROAD_DEFECTS }).waitFor();

    // The skip link first, as a keyboard user meets it; then into the widget.
    await page.keyboard.press('Tab');
    assert.equal(describeFocus(await focusedElement(page)), 'a “Skip to main content”');
    await page.keyboard.press('Enter');

    // Tabbing into the service radios lands on the first; the arrows move through them all.
    await pressUntilFocused(page, 'Tab', (f) => f.tag === 'input' && f.type === 'radio', 'the first service');
    await pressUntilFocused(page, 'ArrowDown', radio(ROAD_DEFECTS), `the service “${ROAD_DEFECTS}”`, 12);
    await pressUntilFocused(page, 'Tab', named('button', 'Continue'), 'Continue');
    await page.keyboard.press('Enter');
    await complaintForm(page).getByRole('heading', { level: 2, name: ROAD_DEFECTS }).waitFor();

    await typeInto(page, 'Subject', complaint.subject);
    await typeInto(page, 'Describe your complaint', complaint.description);
    await chooseRadio(page, 'Pothole', 'Pothole');
    await chooseRadio(page, 'Smaller than a dinner plate', 'About the size of a car tyre');
    await chooseRadio(page, 'In a traffic lane', 'In a traffic lane');
    await typeInto(page, 'Address or location of the problem', complaint.address);

    // Space on the file input opens the system's file chooser, which the test answers. Listening
    // before tabbing there gives playwright time to start intercepting the chooser.
    const chooser = page.waitForEvent('filechooser');
    await pressUntilFocused(page, 'Tab', (f) => f.tag === 'input' && f.type === 'file', 'the file input');
    await page.keyboard.press('Space');
    const photo = pothole();
    await (await chooser).setFiles({ name: photo.name, mimeType: 'image/png', buffer: photo.buffer });
    await complaintForm(page).getByRole('listitem').filter({ hasText: photo.name }).filter({ hasText: 'Uploaded' }).waitFor();

    await typeInto(page, 'Email address', complaint.email);
    await pressUntilFocused(page, 'Tab', named('button', 'Continue'), 'Continue');
    await page.keyboard.press('Enter');

    // "Check your answers" takes focus; from there, on to Submit.
    await complaintForm(page).getByRole('heading', { name: 'Check your answers before sending your complaint' }).waitFor();
    assert.match(describeFocus(await focusedElement(page)), /^h2 “Check your answers/);
    await pressUntilFocused(page, 'Tab', named('button', 'Submit complaint'), 'Submit complaint');
    await page.keyboard.press('Enter');

    // The confirmation takes focus, so a screen reader reads it; the reference is on it.
    await complaintForm(page).getByRole('heading', { name: 'Complaint sent' }).waitFor();
    assert.equal(describeFocus(await focusedElement(page)), 'h2 “Complaint sent”');
    const reference = ((await complaintForm(page).locator('[part~="reference"]').textContent()) ?? '').trim();
    assert.match(reference, /^MOT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [ticket] = await ticketsWithSubject(site, complaint.subject);
    assert.equal(ticket?.reference, reference);

    await pressUntilFocused(page, 'Tab', named('a', 'Track your complaint'), 'the “Track your complaint” link');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/track.html');
    const widget = ticketStatus(page);
    await widget.getByRole('textbox', { name: 'Complaint reference' }).waitFor();

    await page.keyboard.press('Tab');
    assert.equal(describeFocus(await focusedElement(page)), 'a “Skip to main content”');
    await page.keyboard.press('Enter');
    // The reference came with the link; the citizen gives the email they filed with, then Enter.
    await typeInto(page, 'Email address or phone number', complaint.email);
    await page.keyboard.press('Enter');

    // A screen reader hears the reference spelled out in groups ("M O T, 0 V A 5, …"), not read as a word.
    const spoken = reference
      .split('-')
      .map((group) => [...group].join(' '))
      .join(', ');
    const heading = widget.getByRole('heading', { level: 2, name: `Complaint ${spoken}` });
    await heading.waitFor();
    assert.equal(describeFocus(await focusedElement(page)), `h2 “Complaint ${spoken}”`, 'the result takes focus');
    assert.match(await widget.locator('[part~="status"]').innerText(), /Received/);
    assert.match(await widget.locator('[part~="timeline"]').innerText(), /Complaint received/);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the server met no unexpected error', () => {
  assert.deepEqual(site.serverErrors, []);
});
