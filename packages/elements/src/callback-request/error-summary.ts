/**
 * The "There is a problem" summary of GOV.UK's error pattern: it takes focus, links to each
 * field with a problem, and says why a request failed. Shown only once the citizen has
 * acted, so it comes with the later steps (later.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { retryButton, summaryFrame } from './errors.ts';
import { failureText, problemText } from './messages.ts';
import type { Failure, Field, Problem } from './model.ts';
import type { CallbackView } from './view.ts';

/** The control a field's error links to: a group's checked or first enabled option. */
function controlOf(root: Node, field: Field): HTMLElement | null {
  if (!(root instanceof ShadowRoot || root instanceof Document)) return null;
  switch (field) {
    case 'service':
    case 'when':
    case 'day':
    case 'slot':
    case 'language':
      return (
        root.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ??
        root.querySelector<HTMLElement>(`input[name="${field}"]:not([disabled])`) ??
        root.querySelector<HTMLElement>(`select[name="${field}"]`) ??
        root.querySelector<HTMLElement>(`#cb-${field}-group`)
      );
    default:
      return root.querySelector<HTMLElement>(`#cb-${field}`);
  }
}

/** A link in the error summary that takes the citizen to the field (fragment links cannot reach into a shadow root). */
function fieldLink(field: Field, text: string): TemplateResult {
  return html`<a
    href="#cb-${field}"
    @click=${(event: Event) => {
      event.preventDefault();
      const control = controlOf((event.currentTarget as Element).getRootNode(), field);
      control?.closest('.form-group')?.scrollIntoView({ block: 'start' });
      control?.focus({ preventScroll: true });
    }}
    >${text}</a
  >`;
}

/** The "There is a problem" summary, with "Try again" after a network or server failure and anything `extra` to offer. */
export function errorSummary(
  view: CallbackView,
  options: {
    problems: readonly Problem[];
    failure?: Failure | undefined;
    operation: CivicErrorOperation;
    retry?: () => void;
    extra?: TemplateResult | typeof nothing;
  },
): TemplateResult | typeof nothing {
  const { problems, failure, operation, retry } = options;
  if (problems.length === 0 && !failure) return nothing;
  const retryable = failure?.kind === 'unreachable' || failure?.kind === 'server';
  return summaryFrame(
    view,
    html`<ul>
      ${problems.map((problem) => html`<li>${fieldLink(problem.field, problemText(view, problem))}</li>`)}
      ${failure ? html`<li>${failureText(view, failure, operation)}</li>` : nothing}
    </ul>`,
    html`${options.extra ?? nothing} ${retryable && retry ? retryButton(view, retry) : nothing}`,
  );
}

