/**
 * Reading and using a widget in the elements' browser tests, the same way for every widget:
 * `$`/`$$` look in its shadow root, `text` reads what the citizen reads, `click` and
 * `typeInto` act as a person does (real mouse and keys), `press` clicks programmatically.
 * No tests of its own; left out of the package build.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** A widget: an element with a shadow root that renders asynchronously. */
export type Widget = HTMLElement & { readonly updateComplete: Promise<unknown> };

/** The one element matching `selector` in the widget's shadow root; throws when there is none. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

/** Every element matching `selector` in the widget's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Visible text with the bidi isolates and marks and the word joiners that keep references whole taken out, and spaces collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f\u2060]/g, '').replace(/\s+/g, ' ').trim();
}

/** A real click in the middle of the element. */
export async function click(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Clicks the element matching `selector` programmatically, then waits for the widget to render. */
export async function press(el: Widget, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

/** Clicks into a field and types over whatever it holds, key by key. */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await click(input);
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
}

/**
 * The citizen starts on the widget (focus enters it), which fetches what its later steps
 * need (`modules`); waits until they have come, so that a button then acts at once, as it
 * does for a citizen who took a moment to read.
 */
export async function startOn(el: Widget, modules: () => Promise<unknown>): Promise<void> {
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await modules();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}
