/**
 * The "There is a problem" summary of the booking, the service picker and the cancellation
 * (base/error-summary.ts): a link to each field with a problem, why a request failed, and
 * what the citizen can do. Shown only once the citizen has acted, so it comes with the later
 * steps (later.ts).
 */
import { nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../base/error-summary.ts';
import type { FocusTarget } from '../base/focus.ts';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { retryButton } from './form-view.ts';
import { failureText, problemText, type CallbackView } from './messages.ts';
import type { Failure, Field, Problem } from './model.ts';

/**
 * What a field's link moves to: a box, by its id; a group of options, the one checked, else
 * the first that can be chosen (else the group).
 */
function targetOf(field: Field): FocusTarget {
  if (!['service', 'when', 'day', 'slot', 'language'].includes(field)) return `#cb-${field}`;
  return (root) =>
    root.querySelector(`input[name="${field}"]:checked`) ??
    root.querySelector(`input[name="${field}"]:not([disabled])`) ??
    root.querySelector(`#cb-${field}-group`);
}

/** The summary, with "Try again" after a network or server failure and anything `extra` to offer (the nearest free times). */
export function problemSummary(
  view: CallbackView,
  options: {
    problems: readonly Problem[];
    failure?: Failure | undefined;
    operation: CivicErrorOperation;
    retry?: () => void;
    extra?: unknown;
  },
): TemplateResult | typeof nothing {
  const { problems, failure, retry } = options;
  if (problems.length === 0 && !failure) return nothing;
  const retryable = failure?.kind === 'unreachable' || failure?.kind === 'server';
  return errorSummary(view, {
    id: 'cb-error-summary',
    items: [
      ...problems.map((problem) => ({ text: problemText(view, problem), target: targetOf(problem.field), href: `#cb-${problem.field}` })),
      ...(failure ? [{ text: failureText(view, failure, options.operation) }] : []),
    ],
    after: [options.extra ?? nothing, retryable && retry ? retryButton(view, retry) : nothing],
  });
}
