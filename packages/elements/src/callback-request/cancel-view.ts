/**
 * Cancelling a callback: the form (the reference and the phone number given), and what the
 * citizen sees once it is cancelled. The state is the cancellation's (cancel.ts); both come
 * with the later steps (later.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { heading } from '../base/heading.ts';
import { stepTitle } from '../base/error-summary.ts';
import { unbroken } from '../shared/bidi.ts';
import { exampleReference } from '../shared/reference.ts';
import { referenceView } from '../shared/spoken-reference.ts';
import { fieldError, phoneField } from './form-view.ts';
import type { CallbackView } from './messages.ts';
import type { Failure, Problem } from './model.ts';
import { problemSummary } from './summary-view.ts';

/** How a cancellation is shown, besides its own state. */
export interface CancelShown {
  /** The element only cancels (`mode="cancel"`): "Cancel another callback" rather than "Book another callback". */
  cancelOnly: boolean;
  phoneLibraryFailed: boolean;
  restart(): void;
}

/** What the cancellation form shows and reports. */
export interface CancelContext extends CancelShown {
  view: CallbackView;
  /** Back to the confirmation, when the citizen came from it. */
  keep: (() => void) | undefined;
  /** Whether the request is on its way. */
  sending: boolean;
  /** The reference of the callback cancelled, once it is. */
  cancelled: string | undefined;
  /** Why the request did not cancel it. */
  failure: Failure | undefined;
  problems: readonly Problem[];
  reference: string;
  phone: string;
  submit(event: Event): void;
  input(event: Event): void;
  retry(): void;
}

/** The cancellation form: the reference and the phone number given; asks for confirmation when it comes from the booking's confirmation. */
export function cancelView(context: CancelContext): TemplateResult {
  const { view, sending, failure, problems } = context;
  const { m } = view;
  if (context.cancelled !== undefined) {
    const reference = referenceView(context.cancelled);
    return html`<div class="panel" part="confirmation">
        ${heading(view.level, m('callback-request.cancelled-title', 'Callback cancelled'), { id: 'cb-cancelled-title', focusable: true, step: 'cancelled' })}
        <p>${view.rich('callback-request.cancelled', str`We will not call you about ${reference}.`)}</p>
      </div>
      <div class="button-group">
        <button type="button" class="button button--secondary" part="restart-button" @click=${context.restart}>
          ${context.cancelOnly
            ? m('callback-request.cancel-another', 'Cancel another callback')
            : m('callback-request.book-another', 'Book another callback')}
        </button>
      </div>`;
  }
  const referenceProblem = problems.find((problem) => problem.field === 'cancel-reference');
  const fromConfirmation = context.keep !== undefined;
  const example = unbroken(exampleReference(view.ministry?.code));
  return html`${problemSummary(view, { problems, failure, operation: 'cancel-callback', retry: context.retry })}
    <form part="form" novalidate aria-labelledby="cb-cancel-name" aria-busy=${sending ? 'true' : 'false'} @submit=${context.submit} @input=${context.input}>
      ${heading(
        view.level,
        stepTitle(
          view,
          problems.length > 0 || failure !== undefined,
          'cb-cancel-name',
          fromConfirmation
            ? m('callback-request.cancel-confirm-title', 'Are you sure you want to cancel your callback?')
            : m('callback-request.cancel-title', 'Cancel a callback'),
        ),
        { id: 'cb-cancel-title', focusable: true, step: 'cancel' },
      )}
      <div class="form-group ${referenceProblem ? 'form-group--error' : ''}">
        <label for="cb-cancel-reference">${m('callback-request.reference-field', 'Callback reference')}</label>
        <p class="hint" id="cb-cancel-reference-hint">
          ${m('callback-request.reference-hint', str`It was shown when you booked the callback, for example ${example}`)}
        </p>
        ${fieldError(view, 'cancel-reference', problems)}
        <input
          id="cb-cancel-reference"
          name="cancel-reference"
          part="input"
          class="reference-input ${referenceProblem ? 'input--error' : ''}"
          type="text"
          dir="ltr"
          autocapitalize="characters"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="cb-cancel-reference-hint${referenceProblem ? ' cb-cancel-reference-error' : ''}"
          aria-invalid=${referenceProblem ? 'true' : 'false'}
          .value=${live(context.reference)}
        />
      </div>
      ${phoneField(view, { field: 'cancel-phone', value: context.phone, problems, phoneLibraryFailed: context.phoneLibraryFailed })}
      <div class="button-group">
        <button id="cb-cancel-submit" class="button button--warning" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending
            ? m('callback-request.cancel-sending', 'Cancelling…')
            : m('callback-request.cancel-submit', 'Cancel callback')}
        </button>
        ${fromConfirmation
          ? html`<button type="button" class="button button--secondary" part="keep-button" @click=${context.keep}>
              ${m('callback-request.keep', 'Keep my callback')}
            </button>`
          : nothing}
      </div>
    </form>`;
}
