/**
 * A mistyped reference in the citizen's language: the ticket status and the callback
 * cancellation both name the character that looks wrong and suggest the likely fix. Said only
 * once the citizen has pressed a button, so it comes with each element's later steps.
 */
import { str } from '@lit/localize';
import type { ReferenceProblem } from '@civic-contact/contract';
import { ltr } from './bidi.ts';
import { exampleReference } from './reference.ts';
import type { View } from './view.ts';

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
