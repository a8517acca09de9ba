/**
 * The lookup form of `<civic-ticket-status>`: GOV.UK's error summary when something is wrong,
 * the reference and the email-or-phone fields with their hints and messages, "Check status".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { heading } from '../base/heading.ts';
import { errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import type { Failure } from '../shared/failure.ts';
import { unbroken } from '../shared/bidi.ts';
import { exampleReference } from '../shared/reference.ts';
import type { View } from '../shared/view.ts';
import type * as Messages from './messages.ts';
import type { FieldName, FieldProblem } from './model.ts';

export interface FormState {
  /**
   * The words for what is wrong and why a lookup failed (messages.ts). They come with the
   * result's code (later.ts): the element shows a problem only once they have.
   */
  messages: typeof Messages | undefined;
  reference: string;
  verifier: string;
  problems: readonly FieldProblem[];
  failure: Failure | undefined;
  busy: boolean;
  /** The ministry's reference prefix, once its catalogue has loaded. */
  code: string | undefined;
}

export interface FormActions {
  input(field: FieldName, value: string): void;
  submit(event: SubmitEvent): void;
  retry(): void;
}

export function formView(view: View, state: FormState, actions: FormActions): TemplateResult {
  const { m } = view;
  const example = unbroken(exampleReference(state.code));
  return html`
    ${summaryView(view, state, actions)}
    <form part="form" novalidate aria-labelledby="form-heading" @submit=${actions.submit}>
      ${heading(view.level, m('ticket-status.heading', 'Check the status of your complaint'), { id: 'form-heading', step: 'form' })}
      ${fieldView(view, state, actions, 'reference', {
        label: m('ticket-status.reference-label', 'Complaint reference'),
        hint: m('ticket-status.reference-hint', str`It is in the confirmation email or text message you were sent, for example ${example}`),
        inputmode: 'text',
        autocapitalize: 'characters',
      })}
      ${fieldView(view, state, actions, 'verifier', {
        label: m('ticket-status.verifier-label', 'Email address or phone number'),
        hint: m('ticket-status.verifier-hint', 'The email address or phone number you gave when you made the complaint'),
        autocapitalize: 'none',
      })}
      <div class="button-group">
        <button id="submit" class="button" part="submit-button" type="submit" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${m('ticket-status.submit', 'Check status')}
        </button>
      </div>
    </form>
  `;
}

function fieldView(
  view: View,
  state: FormState,
  actions: FormActions,
  field: FieldName,
  options: { label: string; hint: string; inputmode?: string; autocapitalize: string },
): TemplateResult {
  const problem = state.problems.find((p) => p.field === field);
  return html`<div class="form-group${problem ? ' form-group--error' : ''}">
    <label for=${field}>${options.label}</label>
    <p id="${field}-hint" class="hint">${options.hint}</p>
    ${problem ? errorMessage(view, field, state.messages?.problemText(view, problem, state.code)) : nothing}
    <input
      id=${field}
      class="${field}-input${problem ? ' input--error' : ''}"
      part="${field}-input"
      type="text"
      name=${field}
      dir="ltr"
      inputmode=${options.inputmode ?? nothing}
      autocapitalize=${options.autocapitalize}
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${problem ? `${field}-hint ${field}-error` : `${field}-hint`}
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${live(state[field])}
      @input=${(event: InputEvent) => actions.input(field, (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** That the contact centre could not be reached: said without the later code, which may be what could not come. */
export function unreachableText(view: View): string {
  return view.m('ticket-status.unreachable', 'We could not reach the contact centre. Check your internet connection, then try again. What you entered has been kept');
}

function summaryView(view: View, state: FormState, actions: FormActions): TemplateResult | typeof nothing {
  const { problems, failure } = state;
  if (problems.length === 0 && !failure) return nothing;
  const retryable = failure?.kind === 'unreachable' || failure?.kind === 'server';
  return errorSummary(view, {
    id: 'error-summary',
    items: [
      ...problems.map((problem) => ({ text: state.messages?.problemText(view, problem, state.code), target: `#${problem.field}` })),
      // Without the later code, the only failure there can be is that it could not come.
      ...(failure ? [{ text: state.messages?.failureText(view, failure) ?? unreachableText(view), target: failure.kind === 'not-found' ? '#reference' : undefined }] : []),
    ],
    after: retryable
      ? html`<button class="button button--secondary retry" part="retry-button" type="button" @click=${actions.retry}>
          ${view.m('ticket-status.retry', 'Try again')}
        </button>`
      : nothing,
  });
}
