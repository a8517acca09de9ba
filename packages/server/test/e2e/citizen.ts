/**
 * What a citizen does with the two widgets on the example site, written once for the
 * end-to-end tests: find controls by their role and visible name (through the shadow roots,
 * as playwright's locators do), never by internal ids, so the tests read as the steps a
 * person takes and break only when what that person sees changes.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { tinyPng } from './harness.ts';

/** A road-defect complaint (the service accepts photos), as the citizen would type it. */
export interface RoadDefect {
  subject: string;
  description: string;
  address: string;
  email: string;
  /** A photo to attach; the test makes it, so there is no fixture file. */
  photo?: { name: string; buffer: Buffer };
}

/** A complaint whose subject no other test uses, so the agent API can count its tickets. */
export function roadDefect(label: string): RoadDefect {
  const unique = `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    subject: `Pothole on Canal Street (${unique})`,
    description: 'A deep pothole in the eastbound lane outside the gas station. Cars swerve into the next lane to avoid it.',
    address: '212 Canal Street, at the junction with Mott Street',
    email: `citizen.${unique.replace(/\W+/g, '.')}@example.org`,
  };
}

/** The name of the transport ministry's road-defect service, as the service picker shows it. */
export const ROAD_DEFECTS = 'Report a pothole or road defect';

/** The complaint form on the page (playwright's locators inside it pierce its shadow root). */
export function complaintForm(page: Page): Locator {
  return page.locator('civic-complaint-form');
}

/** The status widget on the page. */
export function ticketStatus(page: Page): Locator {
  return page.locator('civic-ticket-status');
}

/** Picks the service on the form's first step. */
export async function chooseService(page: Page, name: string): Promise<void> {
  const form = complaintForm(page);
  await form.getByRole('radio', { name }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { level: 2, name }).waitFor();
}

/** Fills the road-defect form and attaches the photo, waiting until it is uploaded. */
export async function fillRoadDefect(page: Page, complaint: RoadDefect): Promise<void> {
  const form = complaintForm(page);
  await form.getByRole('textbox', { name: 'Subject', exact: true }).fill(complaint.subject);
  await form.getByRole('textbox', { name: 'Describe your complaint' }).fill(complaint.description);
  await form.getByRole('radio', { name: 'Pothole', exact: true }).check();
  await form.getByRole('radio', { name: 'Smaller than a dinner plate' }).check();
  await form.getByRole('radio', { name: 'In a traffic lane' }).check();
  await form.getByRole('textbox', { name: 'Address or location of the problem' }).fill(complaint.address);
  if (complaint.photo) {
    await form.getByLabel('Photos or documents').setInputFiles({ name: complaint.photo.name, mimeType: 'image/png', buffer: complaint.photo.buffer });
    await form.getByRole('listitem').filter({ hasText: complaint.photo.name }).filter({ hasText: 'Uploaded' }).waitFor();
  }
  await form.getByRole('textbox', { name: 'Email address' }).fill(complaint.email);
}

/** Continue from the filled form to "Check your answers". */
export async function continueToCheck(page: Page): Promise<void> {
  const form = complaintForm(page);
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Check your answers before sending your complaint' }).waitFor();
}

/** The reference on the confirmation panel, once it shows. */
export async function confirmedReference(page: Page): Promise<string> {
  const form = complaintForm(page);
  await form.getByRole('heading', { name: 'Complaint sent' }).waitFor();
  const reference = (await form.locator('[part~="reference"]').textContent())?.trim() ?? '';
  assert.match(reference, /^MOT-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'the confirmation shows a reference the citizen can read out');
  return reference;
}

/** A photo of the pothole: a real (tiny) PNG, which the server sniffs from its bytes. */
export function pothole(): { name: string; buffer: Buffer } {
  return { name: 'pothole.png', buffer: tinyPng() };
}

/** What the status widget shows for a ticket: its status words and its timeline, newest first. */
export interface ShownStatus {
  heading: string;
  status: string;
  timeline: string[];
}

/** Reads the found ticket off the status widget (waits for it). */
export async function shownStatus(page: Page, reference: string): Promise<ShownStatus> {
  const widget = ticketStatus(page);
  // A screen reader hears the reference spelled out in groups: "M O T, 0 V A 5, S G H K".
  const spelled = reference
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
  const heading = widget.getByRole('heading', { level: 2, name: `Complaint ${spelled}` });
  await heading.waitFor();
  const result = widget.locator('[part~="result"]');
  return {
    heading: (await heading.innerText()).trim(),
    status: (await result.locator('[part~="status"]').innerText()).trim(),
    timeline: (await result.locator('[part~="timeline"] > li').allInnerTexts()).map((text) => text.trim()),
  };
}

/** Looks a ticket up on the track page (already open) with the reference shown there and the verifier. */
export async function checkStatus(page: Page, reference: string, verifier: string): Promise<ShownStatus> {
  const widget = ticketStatus(page);
  const box = widget.getByRole('textbox', { name: 'Complaint reference' });
  if ((await box.inputValue()) !== reference) await box.fill(reference);
  await widget.getByRole('textbox', { name: 'Email address or phone number' }).fill(verifier);
  await widget.getByRole('button', { name: 'Check status' }).click();
  return shownStatus(page, reference);
}

/** The FAQ search on the page. */
export function faqSearch(page: Page): Locator {
  return page.locator('civic-faq-search');
}

/** What has keyboard focus, looked up through open shadow roots: enough to decide the next key. */
export interface FocusedElement {
  tag: string;
  /** Its `type` attribute (`radio`, `file`…), or ''. */
  type: string;
  role: string;
  /** Its label (for a form control) or its text, whitespace collapsed. */
  name: string;
  /** Whether it is a checked radio or checkbox. */
  checked: boolean;
}

export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { tag: 'body', type: '', role: '', name: '', checked: false };
    // The text a screen reader reads: what is hidden from it (aria-hidden) left out.
    const heard = (node: Node): string =>
      [...node.childNodes]
        .map((child) => (child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : child instanceof Element && child.getAttribute('aria-hidden') !== 'true' ? heard(child) : ''))
        .join('');
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    const text = labels && labels.length > 0 ? [...labels].map(heard).join(' ') : heard(element);
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      role: element.getAttribute('role') ?? '',
      name: (text ?? '').replace(/[\s\u2066-\u2069]+/g, ' ').trim(),
      checked: (element as HTMLInputElement).checked === true,
    };
  });
}

/** What has focus, in a few words: `input[radio] “By post”`, `h2 “Complaint sent”`. */
export function describeFocus(focused: FocusedElement): string {
  return `${focused.tag}${focused.type ? `[${focused.type}]` : ''}${focused.role ? `[role=${focused.role}]` : ''} “${focused.name.slice(0, 60)}”`;
}

/**
 * Presses `key` until focus is on what `wanted` accepts, as a keyboard user moves until they
 * reach what they want; fails, listing where focus went, if it is not reached in `max` presses.
 */
export async function pressUntilFocused(
  page: Page,
  key: string,
  wanted: (focused: FocusedElement) => boolean,
  what: string,
  max = 60,
): Promise<FocusedElement> {
  const visited: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const now = await focusedElement(page);
    if (wanted(now)) return now;
    visited.push(describeFocus(now));
  }
  assert.fail(`${what} was not reached with ${key} in ${max} presses; focus went to:\n  ${visited.join('\n  ')}`);
}
