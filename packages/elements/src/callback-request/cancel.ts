/**
 * Cancelling a callback with its reference and the phone number given: what the citizen
 * typed, the problems found in it, and the request, whose late answer is dropped when the
 * element leaves the page. Comes with the later steps (later.ts): after booking, or at once
 * when the element only cancels (`mode="cancel"`). Its form is cancel-view.ts.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { CallbacksResource, isConflictError, type BaseClient } from '@civic-contact/sdk';
import type { Announcer } from '../base/announcer.ts';
import type { Focus } from '../base/focus.ts';
import type { Misconfiguration } from '../base/misconfiguration.ts';
import { Task } from '../base/task.ts';
import { CivicCallbackCancelledEvent } from '../events/civic-callback-cancelled-event.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { asError, failureOf } from '../shared/failure.ts';
import { cancelView, type CancelShown } from './cancel-view.ts';
import { checkCancel } from './check.ts';
import type { CallbackView } from './messages.ts';
import type { Problem } from './model.ts';
import type { PhoneLibrary } from './phone.ts';

/** What cancelling needs from the element that shows it. */
export interface CancelStepOptions {
  /** The element's client, once it has one. */
  client(): BaseClient | undefined;
  misconfiguration: Misconfiguration;
  /** How the reference and the number are read: the ministry's prefix, libphonenumber-js (waited for), the country. */
  reading(): Promise<{ code: string | undefined; phoneLibrary: PhoneLibrary | undefined; country: string | undefined }>;
  /** The element's wording. */
  view(): CallbackView;
  focus: Focus;
  announcer: Announcer;
}

export class CancelStep {
  reference = '';
  phone = '';
  problems: readonly Problem[] = [];
  /** Whether the citizen came from the confirmation of the callback just booked (and may keep it). */
  fromConfirmation = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: CancelStepOptions;
  /** The request: the reference of the callback cancelled, once it is. */
  readonly #request: Task<string>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CancelStepOptions) {
    this.#host = host;
    this.#options = options;
    this.#request = new Task(host);
  }

  /** Whether the callback has been cancelled. */
  get done(): boolean {
    return this.#request.status === 'complete';
  }

  /** Whether the cancellation is what the element shows (when it does not only cancel). */
  get shown(): boolean {
    return this.fromConfirmation || this.done;
  }

  /** An empty form, or one filled in with the page's reference. */
  reset(reference: string, phone = ''): void {
    this.#request.reset();
    this.#set({ reference, phone, problems: [], fromConfirmation: false });
  }

  /** From the confirmation: the booking's reference and number filled in, and a way back. */
  open(reference: string, phone: string): void {
    this.reset(reference, phone);
    this.#set({ fromConfirmation: true });
    this.#options.focus.next('#cb-cancel-title');
  }

  render(view: CallbackView, shown: CancelShown): TemplateResult {
    const request = this.#request;
    const { error } = request;
    return cancelView({
      ...shown,
      view,
      keep: this.fromConfirmation ? this.#keep : undefined,
      sending: request.pending,
      cancelled: this.done ? request.value : undefined,
      // 409: the callback was made, or its time has begun.
      failure: request.status !== 'error' ? undefined : isConflictError(error) ? { kind: 'too-late' } : failureOf(error),
      problems: this.problems,
      reference: this.reference,
      phone: this.phone,
      submit: this.#submit,
      input: this.#input,
      retry: this.#retry,
    });
  }

  #set(changes: Partial<Pick<CancelStep, 'reference' | 'phone' | 'problems' | 'fromConfirmation'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #input = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === 'cancel-reference') this.#set({ reference: target.value });
    if (target.name === 'cancel-phone') this.#set({ phone: target.value });
  };

  #keep = (): void => {
    this.#set({ fromConfirmation: false });
    this.#options.focus.next('#cb-done-title');
  };

  #submit = (event: Event): void => {
    event.preventDefault();
    void this.#cancel();
  };

  #retry = (): void => {
    // The summary, and this button with it, goes while the request runs: keep focus in the form.
    this.#options.focus.next('#cb-cancel-submit');
    void this.#cancel();
  };

  async #cancel(): Promise<void> {
    if (this.#request.pending) return;
    const options = this.#options;
    const checked = checkCancel({ reference: this.reference, phone: this.phone }, await options.reading());
    this.#request.reset();
    this.#set({ problems: checked.problems });
    if (checked.reference === undefined) {
      options.focus.next('#cb-error-summary');
      return;
    }
    const { reference, e164 } = checked;
    this.#set({ reference });
    const client = options.client();
    if (!client) {
      options.misconfiguration.noConnection('cancel-callback');
      return;
    }
    options.announcer.announce(options.view().m('callback-request.cancelling', 'Cancelling your callback…'));
    try {
      const cancelled = await this.#request.run(async (signal) => (await client.use(CallbacksResource).cancel(reference, { verifier: e164, signal })).reference);
      if (cancelled === undefined) return;
      // "Cancelling…" is over: the heading that takes focus says it is done.
      options.announcer.clear();
      options.focus.next('#cb-cancelled-title');
      this.#host.dispatchEvent(new CivicCallbackCancelledEvent(cancelled));
    } catch (error) {
      options.announcer.clear();
      if (options.misconfiguration.take(error, 'cancel-callback')) {
        this.#request.reset();
        return;
      }
      options.focus.next('#cb-error-summary');
      this.#host.dispatchEvent(new CivicErrorEvent(asError(error), 'cancel-callback'));
    }
  }
}
