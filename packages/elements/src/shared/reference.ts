/**
 * References as the forms that ask for one need them: an example in the ministry's prefix,
 * and the prefix the citizen typed. What is wrong with a mistyped one is worded in
 * reference-problem.ts, and how a reference is shown and spoken in spoken-reference.ts, both
 * needed only once the citizen has acted.
 */
import type { ReferenceProblem } from '@civic-contact/contract';

/** Seven random characters whose check character is `6`: any ministry's prefix before it makes a valid example. */
const EXAMPLE_BODY = '7K3D-9QX6';
const GENERIC_PREFIX = 'ABC';

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
