/**
 * What the form itself shows of GOV.UK's error pattern: the message at each field, and
 * "Error: " before the title. The words come with the check of the answers (`view.messages`,
 * from messages.ts), and the summary that links to each field with the later steps
 * (error-summary.ts); before they have come, the one thing that can go wrong is that their
 * code cannot be fetched, and that is said here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import type { Field, Problem } from './model.ts';
import type { CallbackView } from './view.ts';

/** The contact centre could not be reached: nothing was done, and nothing typed is lost. */
export function unreachableText(view: CallbackView, operation: CivicErrorOperation): string {
  const { m } = view;
  return operation === 'book-callback'
    ? m('callback-request.book-unreachable', 'We could not reach the contact centre, so your callback is not booked yet. Check your internet connection, then try again. Your answers are kept')
    : m('callback-request.unreachable', 'We could not reach the contact centre. Check your internet connection, then try again. What you entered has been kept');
}

/** The message at a field, tied to it by `cb-<field>-error`. */
export function inlineError(view: CallbackView, field: Field, problems: readonly Problem[]): TemplateResult | typeof nothing {
  const problem = problems.find((candidate) => candidate.field === field);
  if (!problem) return nothing;
  return html`<p id="cb-${field}-error" class="error-message">
    <span class="visually-hidden">${view.m('shared.error-prefix', 'Error:')}</span>
    ${view.messages?.problemText(view, problem)}
  </p>`;
}

/** "Error: " before a form's title while it shows errors, as GOV.UK pages do. */
export function errorPrefix(view: CallbackView, shown: boolean): TemplateResult | typeof nothing {
  return shown ? html`<span class="visually-hidden">${view.m('shared.error-prefix', 'Error:')} </span>` : nothing;
}

/** "There is a problem", then what the problem is (read out when it appears), then what the citizen can do. */
export function summaryFrame(view: CallbackView, what: TemplateResult, then: TemplateResult): TemplateResult {
  return html`<div id="cb-error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="cb-error-summary-title">
    <div role="alert">
      <h2 id="cb-error-summary-title">${view.m('shared.error-summary-title', 'There is a problem')}</h2>
      ${what}
    </div>
    ${then}
  </div>`;
}

/**
 * In place of the summary, when the code of the step the citizen asked for could not be
 * fetched: the contact centre could not be reached, and "Try again".
 */
export function unreachableNotice(view: CallbackView, operation: CivicErrorOperation, retry: () => void): TemplateResult {
  return summaryFrame(view, html`<p>${unreachableText(view, operation)}</p>`, retryButton(view, retry));
}

/** "Try again", after a network or server failure. */
export function retryButton(view: CallbackView, retry: () => void): TemplateResult {
  return html`<button class="button button--secondary retry" part="retry-button" type="button" @click=${retry}>
    ${view.m('callback-request.retry', 'Try again')}
  </button>`;
}
