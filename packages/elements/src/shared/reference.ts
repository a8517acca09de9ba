/**
 * References as citizens see and hear them — shown on one line, spelled out to a screen
 * reader — and a mistyped reference in the citizen's language: the ticket status and the
 * callback cancellation both name the character that looks wrong and suggest the likely fix.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { ReferenceProblem } from '@civic-contact/contract';
import { ltr } from './bidi.ts';
import type { View } from './view.ts';

/** Seven random characters whose check character is `6`: any ministry's prefix before it makes a valid example. */
const EXAMPLE_BODY = '7K3D-9QX6';
const GENERIC_PREFIX = 'ABC';

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

/** A valid reference in this ministry's own prefix, so the citizen sees what theirs looks like. */
export function exampleReference(code: string | undefined): string {
  return `${code ?? GENERIC_PREFIX}-${EXAMPLE_BODY}`;
}

/**
 * The prefix the citizen typed, for "character 7 after MOT-". parseReference names it only
 * in its English message; failing that, the ministry's code or the letters typed first.
 */
export function typedPrefix(problem: ReferenceProblem, code: string | undefined, typed: string): string {
  return /after ([A-Z]{2,5})-/.exec(problem.message)?.[1] ?? code ?? /^\s*([A-Za-z]{2,5})/.exec(typed)?.[1]?.toUpperCase() ?? GENERIC_PREFIX;
}

/**
 * What is wrong with a reference that is not empty (each element words "enter your
 * reference" itself), naming the position and character where one can be named.
 */
export function referenceProblemText(view: View, problem: ReferenceProblem, code: string | undefined, prefix: string): string {
  const { m } = view;
  const example = ltr(exampleReference(code));
  const after = ltr(`${prefix}-`);
  switch (problem.code) {
    case 'empty':
    case 'bad_length':
      return m('shared.reference-length', str`A reference has 8 letters and numbers after the letters at the start, in two groups of 4, for example ${example}`);
    case 'bad_prefix':
      return code
        ? m('shared.reference-wrong-prefix', str`References here start with ${ltr(code)}. Check the letters at the start of your reference`)
        : m('shared.reference-no-prefix', str`Enter the reference with the letters at the start, for example ${example}`);
    case 'bad_character': {
      const position = view.number((problem.position ?? 0) + 1);
      const character = ltr(problem.character ?? '');
      return m('shared.reference-bad-character', str`Character ${position} after ${after} is “${character}”, which is never used in references`);
    }
    case 'check_failed': {
      const best = problem.suggestions?.[0];
      if (!best) {
        return m(
          'shared.reference-check-failed',
          'The reference is not right: a character may be mistyped, or two characters next to each other swapped. Check it against your confirmation message',
        );
      }
      const position = view.number(best.position + 1);
      const found = ltr(best.found);
      const replacement = ltr(best.replacement);
      return m(
        'shared.reference-check-suggestion',
        str`The reference is not right. Check character ${position} after ${after}: you typed “${found}”, did you mean “${replacement}”?`,
      );
    }
  }
}
