/**
 * Cancelling a callback with its reference and the phone number given — the form, its check,
 * the request — and what the citizen sees once it is cancelled. Comes with the later steps
 * (later.ts): after booking, or at once when the element only cancels (`mode="cancel"`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { CallbacksResource, isConflictError, type BaseClient } from '@civic-contact/sdk';
import type { Misconfiguration } from '../base/misconfiguration.ts';
import { CivicCallbackCancelledEvent } from '../events/civic-callback-cancelled-event.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { ltr } from '../shared/bidi.ts';
import { asError, failureOf } from '../shared/failure.ts';
import { exampleReference } from '../shared/reference.ts';
import { checkCancel } from './check.ts';
import { errorSummary } from './error-summary.ts';
import { errorPrefix, inlineError } from './errors.ts';
import { phoneField } from './form.ts';
import type { Cancelling, Failure, Problem } from './model.ts';
import type { PhoneLibrary } from './phone.ts';
import type { CallbackView } from './view.ts';

/** What cancelling needs from the element that shows it. */
export interface CancelStepOptions {
  /** The element's client, once it has one. */
  client(): BaseClient | undefined;
  misconfiguration: Misconfiguration;
  /** How the reference and the number are read: the ministry's prefix, libphonenumber-js (waited for), the country. */
  reading(): Promise<{ code: string | undefined; phoneLibrary: PhoneLibrary | undefined; country: string | undefined }>;
  /** The element's wording. */
  view(): CallbackView;
  /** Moves focus to the element with this id once it has rendered. */
  focus(id: string): void;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
}

/** How a cancellation is shown, besides its own state. */
export interface CancelShown {
  /** The element only cancels (`mode="cancel"`): "Cancel another callback" rather than "Book another callback". */
  cancelOnly: boolean;
  phoneLibraryFailed: boolean;
  restart(): void;
  /** Back to the confirmation, when the citizen came from it. */
  keep: (() => void) | undefined;
}

/**
 * The cancellation: what the citizen typed, the problems found in it, where the request
 * stands; a request on its way is dropped when the element leaves the page.
 */
export class CancelStep implements ReactiveController {
  reference = '';
  phone = '';
  problems: readonly Problem[] = [];
  state: Cancelling = { state: 'idle' };
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: CancelStepOptions;
  #request: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CancelStepOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Whether the callback has been cancelled. */
  get done(): boolean {
    return this.state.state === 'done';
  }

  /** An empty form, or one filled in: with the booking's reference and number, or the page's reference. */
  reset(reference: string, phone = ''): void {
    this.#request?.abort();
    this.#set({ reference, phone, problems: [], state: { state: 'idle' } });
  }

  render(view: CallbackView, shown: CancelShown): TemplateResult {
    return cancelView({
      ...shown,
      view,
      cancellation: this.state,
      problems: this.problems,
      reference: this.reference,
      phone: this.phone,
      submit: this.#submit,
      input: this.#input,
      retry: this.#retry,
    });
  }

  #set(changes: Partial<Pick<CancelStep, 'reference' | 'phone' | 'problems' | 'state'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #input = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === 'cancel-reference') this.#set({ reference: target.value });
    if (target.name === 'cancel-phone') this.#set({ phone: target.value });
  };

  #submit = (event: Event): void => {
    event.preventDefault();
    void this.#cancel();
  };

  #retry = (): void => {
    // The summary, and this button with it, goes while the request runs: keep focus in the form.
    this.#options.focus('cb-cancel-submit');
    void this.#cancel();
  };

  async #cancel(): Promise<void> {
    if (this.state.state === 'sending') return;
    const options = this.#options;
    const checked = checkCancel({ reference: this.reference, phone: this.phone }, await options.reading());
    this.#set({ problems: checked.problems, state: { state: 'idle' } });
    if (checked.reference === undefined) {
      options.focus('cb-error-summary');
      return;
    }
    const { reference, e164 } = checked;
    this.#set({ reference });
    const client = options.client();
    if (!client) {
      options.misconfiguration.noConnection('cancel-callback');
      return;
    }
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#set({ state: { state: 'sending' } });
    options.announce(options.view().m('callback-request.cancelling', 'Cancelling your callback…'));
    try {
      const cancelled = await client.use(CallbacksResource).cancel(reference, { verifier: e164, signal: request.signal });
      if (request.signal.aborted) return;
      this.#set({ state: { state: 'done', reference: cancelled.reference } });
      options.focus('cb-cancelled-title');
      this.#host.dispatchEvent(new CivicCallbackCancelledEvent(cancelled.reference));
    } catch (error) {
      if (request.signal.aborted) return;
      if (options.misconfiguration.take(error, 'cancel-callback')) {
        this.#set({ state: { state: 'idle' } });
        return;
      }
      // 409: the callback was made, or its time has begun.
      this.#failed(asError(error), isConflictError(error) ? { kind: 'too-late' } : failureOf(error));
    } finally {
      if (this.#request === request) this.#request = undefined;
    }
  }

  #failed(error: Error, failure: Failure): void {
    this.#set({ state: { state: 'failed', failure } });
    this.#options.focus('cb-error-summary');
    this.#host.dispatchEvent(new CivicErrorEvent(error, 'cancel-callback'));
  }
}

/** What the cancellation form shows and reports. */
interface CancelContext extends CancelShown {
  view: CallbackView;
  cancellation: Cancelling;
  problems: readonly Problem[];
  reference: string;
  phone: string;
  submit(event: Event): void;
  input(event: Event): void;
  retry(): void;
}

/** The cancellation form: the reference and the phone number given; asks for confirmation when it comes from the booking's confirmation. */
function cancelView(context: CancelContext): TemplateResult {
  const { view, cancellation, problems } = context;
  const { m } = view;
  if (cancellation.state === 'done') {
    const reference = ltr(cancellation.reference);
    return html`<div class="panel" part="confirmation">
        <h2 id="cb-cancelled-title" tabindex="-1">${m('callback-request.cancelled-title', 'Callback cancelled')}</h2>
        <p>${m('callback-request.cancelled', str`We will not call you about ${reference}.`)}</p>
      </div>
      <div class="button-group">
        <button type="button" class="button button--secondary" part="restart-button" @click=${context.restart}>
          ${context.cancelOnly
            ? m('callback-request.cancel-another', 'Cancel another callback')
            : m('callback-request.book-another', 'Book another callback')}
        </button>
      </div>`;
  }
  const sending = cancellation.state === 'sending';
  const failure = cancellation.state === 'failed' ? cancellation.failure : undefined;
  const referenceProblem = problems.find((problem) => problem.field === 'cancel-reference');
  const fromConfirmation = context.keep !== undefined;
  const example = ltr(exampleReference(view.ministry?.code));
  return html`${errorSummary(view, { problems, failure, operation: 'cancel-callback', retry: context.retry })}
    <form part="form" novalidate aria-labelledby="cb-cancel-title" aria-busy=${sending ? 'true' : 'false'} @submit=${context.submit} @input=${context.input}>
      <h2 id="cb-cancel-title" tabindex="-1">
        ${errorPrefix(view, problems.length > 0 || failure !== undefined)}${fromConfirmation
          ? m('callback-request.cancel-confirm-title', 'Are you sure you want to cancel your callback?')
          : m('callback-request.cancel-title', 'Cancel a callback')}
      </h2>
      <div class="form-group ${referenceProblem ? 'form-group--error' : ''}">
        <label for="cb-cancel-reference">${m('callback-request.reference-field', 'Callback reference')}</label>
        <p class="hint" id="cb-cancel-reference-hint">
          ${m('callback-request.reference-hint', str`It was shown when you booked the callback, for example ${example}`)}
        </p>
        ${inlineError(view, 'cancel-reference', problems)}
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
