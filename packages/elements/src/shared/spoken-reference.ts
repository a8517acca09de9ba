/**
 * References as citizens see and hear them once they have one: shown whole on one line, and
 * spelled out to a screen reader. Used by the confirmations and the complaint found, which
 * all come with later steps, so none of it weighs on a first screen.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A reference as a screen reader should say it: character by character, a pause between
 * groups — `MOT-0VA5-SGHK` is "M O T, 0 V A 5, S G H K", never a word, and never "oh" for zero.
 */
export function spokenReference(reference: string): string {
  return reference
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
}

/**
 * A reference where the citizen reads it: shown whole on one line (`white-space: nowrap`, left
 * to right in any page), and spelled out for screen readers, the shown form hidden from them.
 * In a sentence, a value of `view.rich()`. With `part`, it is the confirmation's large
 * `[part="reference"]` (what Copy selects when there is no clipboard: the shown form only).
 */
export function referenceView(reference: string, part?: 'reference'): TemplateResult {
  return html`<span class="ref ${part ?? ''}" part=${part ?? nothing} dir="ltr" translate="no" aria-hidden="true">${reference}</span
    ><span class="visually-hidden">${spokenReference(reference)}</span>`;
}
