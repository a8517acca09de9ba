/**
 * A honeypot: a field named `website` that no person sees or reaches (off-screen, hidden from
 * assistive technology, inert, out of the tab order, not autofilled), so that only a program
 * filling in every field fills it. The form sends what it holds as the request's `website`,
 * and the contact centre refuses a request in which it holds anything.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';

/** The field, for inside a form. It needs no label: no one reaches it. */
export const honeypot: TemplateResult = html`<input name=website class=visually-hidden aria-hidden=true inert tabindex=-1 autocomplete=off />`;

/** `body` with what the honeypot in `root` holds, when it holds anything. */
export function withHoneypot<B extends object>(root: ParentNode, body: B): B {
  const website = root.querySelector<HTMLInputElement>('[name=website]')?.value;
  return website ? { ...body, website } : body;
}
