/**
 * Without a pointer: a citizen files a complaint (with a photo) on the example site and then
 * reads its status, using only the keyboard — Tab, arrow keys, Space, Enter and typing. The test looks at where focus is (through the widgets' shadow roots) to decide the
 * next key, as a keyboard user reads the screen; it never clicks, fills or focuses anything.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSite, ticketsWithSubject, type Site } from './harness.ts';
import { complaintForm, pothole, ROAD_DEFECTS, roadDefect, ticketStatus } from './citizen.ts';

let site: Site;
before(async () => (site = await startSite()), { timeout: 240_000 });
after(() => site?.close());

/** The element that has focus, looked up through open shadow roots. */
interface Focus {
  tag: string;
  type: string;
  /** Its label (for a form control) or its text, whitespace collapsed. */
  name: string;
  checked: boolean;
}

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { tag: 'body', type: '', name: '', checked: false };
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    const text = labels && labels.length > 0 ? [...labels].map((label) => label.textContent).join(' ') : element.textContent;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      name: (text ?? '').replace(/[\s\u2066-\u2069]+/g, ' ').trim(),
      checked: (element as HTMLInputElement).checked === true,
    };
  });
}

function describe(f: Focus): string {
  return `${f.tag}${f.type ? `[${f.type}]` : ''} “${f.name.slice(0, 60)}”`;
}

/**
 * Presses `key` until focus is on what `wanted` accepts, as a person tabs until they reach
 * the field they want; fails, listing where focus went, if it is not reached in `max` presses.
 */
async function pressUntil(page: Page, key: string, wanted: (f: Focus) => boolean, what: string, max = 60): Promise<Focus> {
  const visited: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const now = await focus(page);
    if (wanted(now)) return now;
    visited.push(describe(now));
  }
  assert.fail(`${what} was not reached with ${key} in ${max} presses; focus went to:\n  ${visited.join('\n  ')}`);
}

const named = (tag: string, name: string | RegExp) => (f: Focus) =>
  f.tag === tag && (typeof name === 'string' ? f.name === name || f.name.startsWith(`${name} `) : name.test(f.name));

const radio = (name: string) => (f: Focus) => f.tag === 'input' && f.type === 'radio' && f.name === name;

/** Tabs to a text box and types into it. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await pressUntil(page, 'Tab', (f) => (f.tag === 'input' || f.tag === 'textarea') && (f.name === label || f.name.startsWith(`${label} `)), `the “${label}” box`);
  await page.keyboard.type(text);
}

/** Tabs into a group of radios (focus lands on its first) and arrows to the option, which selects it. */
async function chooseRadio(page: Page, firstOption: string, option: string): Promise<void> {
  await pressUntil(page, 'Tab', radio(firstOption), `the radio “${firstOption}”`);
  const now = option === firstOption ? await focus(page) : await pressUntil(page, 'ArrowDown', radio(option), `the radio “${option}”`, 12);
  if (!now.checked) await page.keyboard.press('Space');
  assert.equal((await focus(page)).checked, true, `“${option}” is selected`);
}

test('a keyboard-only citizen files a complaint with a photo and reads its status', async () => {
  const { page, context, problems } = await openPage(site);
  try {
    const complaint = roadDefect('keyboard');
    await page.goto(`${site.url}/complaint.html`);
    await complaintForm(page).getByRole('radio', { name: ROAD_DEFECTS }).waitFor();

    // The skip link first, as a keyboard user meets it; then into the widget.
    await page.keyboard.press('Tab');
    assert.equal(describe(await focus(page)), 'a “Skip to main content”');
    await page.keyboard.press('Enter');

    // Tabbing into the service radios lands on the first; the arrows move through them all.
    await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.type === 'radio', 'the first service');
    await pressUntil(page, 'ArrowDown', radio(ROAD_DEFECTS), `the service “${ROAD_DEFECTS}”`, 12);
    await pressUntil(page, 'Tab', named('button', 'Continue'), 'Continue');
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
    await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.type === 'file', 'the file input');
    await page.keyboard.press('Space');
    const photo = pothole();
    await (await chooser).setFiles({ name: photo.name, mimeType: 'image/png', buffer: photo.buffer });
    await complaintForm(page).getByRole('listitem').filter({ hasText: photo.name }).filter({ hasText: 'Uploaded' }).waitFor();

    await typeInto(page, 'Email address', complaint.email);
    await pressUntil(page, 'Tab', named('button', 'Continue'), 'Continue');
    await page.keyboard.press('Enter');

    // "Check your answers" takes focus; from there, on to Submit.
    await complaintForm(page).getByRole('heading', { name: 'Check your answers before sending your complaint' }).waitFor();
    assert.match(describe(await focus(page)), /^h2 “Check your answers/);
    await pressUntil(page, 'Tab', named('button', 'Submit complaint'), 'Submit complaint');
    await page.keyboard.press('Enter');

    // The confirmation takes focus, so a screen reader reads it; the reference is on it.
    await complaintForm(page).getByRole('heading', { name: 'Complaint sent' }).waitFor();
    assert.equal(describe(await focus(page)), 'h2 “Complaint sent”');
    const reference = ((await complaintForm(page).locator('[part~="reference"]').textContent()) ?? '').trim();
    assert.match(reference, /^MOT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [ticket] = await ticketsWithSubject(site, complaint.subject);
    assert.equal(ticket?.reference, reference);

    await pressUntil(page, 'Tab', named('a', 'Track your complaint'), 'the “Track your complaint” link');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/track.html');
    const widget = ticketStatus(page);
    await widget.getByRole('textbox', { name: 'Complaint reference' }).waitFor();

    await page.keyboard.press('Tab');
    assert.equal(describe(await focus(page)), 'a “Skip to main content”');
    await page.keyboard.press('Enter');
    // The reference came with the link; the citizen gives the email they filed with, then Enter.
    await typeInto(page, 'Email address or phone number', complaint.email);
    await page.keyboard.press('Enter');

    const heading = widget.getByRole('heading', { level: 2, name: new RegExp(`Complaint \\W?${reference}`) });
    await heading.waitFor();
    assert.match(describe(await focus(page)), new RegExp(`^h2 “Complaint ${reference}”$`), 'the result takes focus');
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
