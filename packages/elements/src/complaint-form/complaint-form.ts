import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import type { ComplaintCreateRequest, ComplaintCreated, Service } from '@civic-contact/contract';
import { isValidationError } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { withHoneypot } from '../base/honeypot.ts';
import { OnDemand } from '../base/on-demand.ts';
import { OutboxController } from '../base/outbox-controller.ts';
import { prepareProofOnFocus } from '../base/proof-of-work.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { CivicSubmittedEvent } from '../events/civic-submitted-event.ts';
import { copyReference } from '../shared/clipboard.ts';
import { asError } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { confirmationStyles } from '../styles/shared.ts';
import { baseStyles, tokens } from '../styles/tokens.ts';
import { Attachments, settledText } from './attachments.ts';
import { complaintFormStyles } from './complaint-form.styles.ts';
import { formView, loadingView, unavailableView } from './form-view.ts';
import { buildRequest, controlId, emptyDraft, failureOf, inPageOrder, withInput, type Draft, type FormError, type Step, type Submission } from './model.ts';
import { todayIn } from '../shared/time-zone.ts';
import { matchCount, matchingServices, pickerView } from './picker-view.ts';
import { FaqSuggestions, suggestionsView } from './suggestions.ts';

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');
type Later = Awaited<ReturnType<typeof loadLater>>;

/**
 * A citizen's complaint to a ministry, from choosing the service to the reference number.
 *
 * The fields come from the service definition; answers are checked with the same rules as
 * the contact centre, errors are shown GOV.UK style (an error summary that takes focus and
 * links to each field, a message at each field); the citizen checks their answers, then
 * submits. Submission goes through an outbox: one idempotency key for every attempt, kept
 * through network failures, so the complaint is filed exactly once. Nothing is stored in
 * the browser.
 *
 * ```html
 * <civic-contact-provider api-base="https://contact.gov.example" site-key="pk_live_…">
 *   <civic-complaint-form service="transport-road-defects" track-url="/track.html"></civic-complaint-form>
 * </civic-contact-provider>
 * ```
 *
 * Without `service`, the form first asks which service the complaint is about. While an error
 * is shown it puts "Error: " in front of the page title, as GOV.UK pages do, and restores it
 * afterwards; with `update-title` the title also names the step. Nothing is slotted: every
 * part of the form comes from the service definition.
 *
 * @fires civic-step - The form moved to another step (`event.step`: `service`, the service picker; `form`, the questions; `check`, "Check your answers"; `done`, the confirmation), with the step's heading (`event.title`).
 * @fires civic-submitted - The complaint was filed (`event.reference`, `event.expectedResponseBy`, `event.service`).
 * @fires civic-error - The service catalogue could not be loaded, or a submission failed (`event.error`, `event.operation`, `event.kind`); the form shows the problem too. Kind `configuration` is the page's mistake — a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection, a `service` not in the catalogue — which the console explains once; the citizen then sees whom to contact instead of the form (for an unknown `service`, the list of services).
 *
 * @csspart base - The element's root container (carries `lang` and `dir`).
 * @csspart form - Each step's form: the service picker and the complaint form.
 * @csspart service-picker - The service picker's form.
 * @csspart service-search - The service picker's search box.
 * @csspart field - A field: label, hint, error message and control.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart input - A text input, textarea or select.
 * @csspart choice - A radio button or checkbox.
 * @csspart prompt - Where a chosen option's prompt for more information appears.
 * @csspart error-message - An inline error message.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart continue-button - The button that checks the answers and moves on.
 * @csspart suggestions - The FAQs that may answer the complaint.
 * @csspart suggestion - One suggested FAQ's question (its `<summary>`).
 * @csspart dismiss-suggestions - The button that hides the suggestions.
 * @csspart drop-zone - Where files can be dropped, around the file input.
 * @csspart file-input - The file input.
 * @csspart attachments - The list of chosen files.
 * @csspart attachment - One chosen file.
 * @csspart progress - A file's upload progress.
 * @csspart retry-button - Retries a failed upload.
 * @csspart remove-button - Removes a file.
 * @csspart check-answers - The "Check your answers" step.
 * @csspart summary-list - The list of answers.
 * @csspart change-button - Goes back to change one answer.
 * @csspart submit-button - Submits the complaint (and tries again after a failure).
 * @csspart submission-error - What went wrong with a submission, and what to do.
 * @csspart confirmation - The confirmation panel.
 * @csspart reference - The reference number.
 * @csspart copy-button - Copies the reference number.
 * @csspart track-link - The link to track the complaint (with `track-url`).
 * @csspart unavailable - In place of the form when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-complaint-form-max-width=40rem] - Widest the form grows.
 * @cssprop [--civic-complaint-form-reference-size=2rem] - Font size of the reference number.
 * @cssprop [--civic-complaint-form-confirmation-background=var(--civic-color-success)] - Background of the confirmation panel.
 * @cssprop [--civic-complaint-form-confirmation-color=var(--civic-color-on-primary)] - Text colour of the confirmation panel.
 * @cssprop [--civic-complaint-form-drop-zone-border-color=var(--civic-color-border-muted)] - Border of the file drop zone.
 * @cssprop [--civic-complaint-form-drop-zone-active-background=var(--civic-color-surface-muted)] - Drop zone background while a file is dragged over it.
 * @cssprop [--civic-complaint-form-suggestions-background=var(--civic-color-surface-muted)] - Background of the suggested FAQs.
 * @cssprop [--civic-complaint-form-highlight-background=var(--civic-color-focus)] - Background of the words that matched in a suggested FAQ.
 * @cssprop [--civic-complaint-form-highlight-color=var(--civic-color-focus-text)] - Text colour of those words.
 */
@customElement('civic-complaint-form')
export class CivicComplaintForm extends CivicElement {
  static override styles = [tokens, baseStyles, confirmationStyles, complaintFormStyles];

  /** Id of the service the complaint is about; without it the form first asks. */
  @property({ reflect: true }) service = '';

  /** Address of the page that tracks a complaint; the confirmation links to it with `?reference=…`. */
  @property({ attribute: 'track-url' }) trackUrl = '';

  /** The service picker: the service picked, the radio chosen, the search, and Continue pressed with none chosen. */
  @state() private picker = { picked: '', choice: '', query: '', missing: false };
  @state() private draft: Draft = emptyDraft();
  @state() private step: Step = { at: 'form', errors: [] };
  @state() private submission: Submission = { status: 'idle' };

  /** Everything after the form (check, send, confirm): fetched when the citizen starts on the form. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /** The complaint's way out, from the first press of Submit (a new one for another complaint); sent again when the browser is back online. */
  readonly #outbox = new OutboxController<ComplaintCreateRequest, ComplaintCreated>(this, {
    resend: () => void this.#send(),
    waiting: () => this.step.at === 'check' && this.submission.status === 'failed' && this.submission.reason === 'unreachable',
  });
  readonly #attachments = new Attachments(this, (item) => this.announcer.announce(settledText(item, this.view())));
  readonly #suggestions = new FaqSuggestions(this, (found) => {
    const { count, number } = this.view();
    // Only while the form shows them: a search answered after the citizen moved on would speak of nothing on screen.
    if (found > 0 && this.step.at === 'form') {
      this.announcer.announce(
        count('complaint-form.faq-found', found, {
          one: 'A question and answer may help, below the description',
          other: str`${number(found)} questions and answers may help, below the description`,
        }),
      );
    }
  });

  constructor() {
    super();
    // The proof of work each upload and the complaint need, solved from the moment the citizen starts on the form.
    prepareProofOnFocus(this, () => (this.step.at === 'done' ? undefined : this.client));
  }

  /* ------------------------------------------------------------------ what is shown */

  #find(id: string): Service | undefined {
    return id ? this.services.find((service) => service.id === id) : undefined;
  }

  /**
   * The service being complained about: the attribute's, else the one picked, else the only
   * one there is (a question with one answer is not worth asking).
   */
  get #service(): Service | undefined {
    const services = this.services;
    return this.#find(this.service) ?? this.#find(this.picker.picked) ?? (services.length === 1 ? services[0] : undefined);
  }

  #today(): string {
    return todayIn(this.ministry?.timeZone ?? 'UTC');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') && changed.get('service') !== undefined) this.#restart();
    this.misconfiguration.checkService(this.service, this.services);
  }

  /** Starts again from an empty form, e.g. for another service. */
  #restart(): void {
    this.draft = emptyDraft();
    this.step = { at: 'form', errors: [] };
    this.submission = { status: 'idle' };
    this.#attachments.clear();
    this.#suggestions.reset();
    this.#outbox.reset();
  }

  /* ------------------------------------------------------------------ events */

  #onInput = (event: Event): void => {
    // A text input, textarea, select, radio or checkbox of the form.
    const target = event.target as HTMLInputElement;
    const key = target.dataset['key'];
    const service = this.#service;
    if (!key || !service) return;
    const draft = withInput(this.draft, service, key, target.value, target.type === 'checkbox' ? target.checked : undefined);
    this.draft = draft;
    if (key === 'subject' || key === 'description') {
      this.#suggestions.request({ client: this.client, text: `${draft.subject} ${draft.description}`, lang: this.locale.lang, service: service.id });
    }
  };

  #removeFile(id: number): void {
    const name = this.#attachments.remove(id);
    if (name) this.announcer.announce(this.view().m('complaint-form.file-removed', str`${name} removed`));
    this.moveFocus.next('#cf-attachments');
  }

  /* ------------------------------------------------------------------ steps */

  #pickService = (event: Event): void => {
    event.preventDefault();
    const choice = this.#find(this.picker.choice);
    if (!choice) {
      this.picker = { ...this.picker, missing: true };
      this.moveFocus.next('#cf-error-summary');
      return;
    }
    this.picker = { ...this.picker, missing: false, picked: choice.id };
    this.step = { at: 'form', errors: [] };
    this.moveFocus.next('#cf-form-title');
  };

  #changeService = (): void => {
    this.picker = { ...this.picker, picked: '', choice: '' };
    this.step = { at: 'form', errors: [] };
    this.#attachments.clear();
    this.#suggestions.reset();
    this.moveFocus.next('#cf-picker-title');
  };

  #continue = (event: Event): void => {
    event.preventDefault();
    const later = this.#later.module;
    if (later) {
      this.#checkAnswers(later);
      return;
    }
    // Pressed before the check has come (it is fetched when the citizen starts on the form).
    this.#later.load().then(
      (loaded) => this.#checkAnswers(loaded),
      // Offline before it could come: the form says so beside Continue.
      () => this.moveFocus.next('#cf-offline'),
    );
  };

  #checkAnswers(later: Later): void {
    const service = this.#service;
    if (!service) return;
    const request = buildRequest(service, this.draft, this.#attachments.ids, this.locale.lang);
    const errors: FormError[] = later.checkComplaint(service, request, { today: this.#today(), attachmentCount: this.#attachments.items.length });
    if (this.#attachments.uploading) errors.push({ field: 'attachments', code: 'uploading', message: '' });
    else if (this.#attachments.failed) errors.push({ field: 'attachments', code: 'upload_failed', message: '' });
    if (errors.length > 0) {
      this.#showErrors(errors, service);
      return;
    }
    this.step = { at: 'check' };
    this.moveFocus.next('#cf-check-title');
  }

  /** Back to the form, its problems in the summary and at their fields. */
  #showErrors(errors: readonly FormError[], service: Service): void {
    this.step = { at: 'form', errors: inPageOrder(errors, service) };
    this.moveFocus.next('#cf-error-summary');
  }

  /** Back from the check to one answer, its question in view. */
  #change(key: string, service: Service): void {
    this.step = { at: 'form', errors: [] };
    if (this.submission.status !== 'sending') this.submission = { status: 'idle' };
    this.moveFocus.field(`#${controlId(key, service)}`);
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    void this.#send();
  };

  async #send(): Promise<void> {
    const service = this.#service;
    const client = this.client;
    const later = this.#later.module;
    // Pressed again while the complaint is on its way: the first press is still being answered.
    if (!service || !later || this.submission.status === 'sending' || this.#outbox.sending) return;
    if (!client) {
      this.misconfiguration.noConnection('submit-complaint');
      return;
    }
    this.submission = { status: 'sending' };
    this.announcer.announce(this.view().m('complaint-form.sending', 'Sending your complaint…'));
    try {
      const request = withHoneypot(this.renderRoot, buildRequest(service, this.draft, this.#attachments.ids, this.locale.lang));
      const filed = await this.#outbox.send(() => new later.Outbox(), client, request);
      // "Sending…" is over: the confirmation's heading, which takes focus, says what happened.
      this.announcer.clear();
      this.step = { at: 'done', filed, service };
      this.submission = { status: 'idle' };
      this.dispatchEvent(new CivicSubmittedEvent(filed.created.reference, filed.created.expectedResponseBy, service.id));
      this.moveFocus.next('#cf-done-title');
    } catch (error) {
      // Whatever went wrong is said where focus goes (the error summary), not as "Sending…".
      this.announcer.clear();
      this.submission = { status: 'idle' };
      if (isValidationError(error)) {
        // The contact centre is authoritative: back to the form, its errors at their fields.
        this.#showErrors(error.errors.length > 0 ? error.errors : [{ field: '', code: 'invalid_value', message: '' }], service);
        return;
      }
      if (this.misconfiguration.take(error, 'submit-complaint')) return;
      this.dispatchEvent(new CivicErrorEvent(asError(error), 'submit-complaint'));
      this.submission = failureOf(error);
      this.moveFocus.next('#cf-submission-error');
    }
  }

  async #copy(reference: string): Promise<void> {
    const { m } = this.view();
    this.announcer.announce(
      (await copyReference(this.renderRoot, reference))
        ? m('complaint-form.copied', 'Reference copied')
        : m('complaint-form.copy-selected', 'Reference selected: copy it with your device’s copy command'),
    );
  }

  /* ------------------------------------------------------------------ rendering */

  protected override render(): TemplateResult {
    return this.frame(this.misconfiguration.notice() ?? this.#body(this.view()));
  }

  #body(view: View): unknown {
    const catalogue = this.catalogue;
    if (catalogue.status === 'error') return unavailableView(view);
    if (catalogue.status !== 'ready') return loadingView(view);
    const service = this.#service;
    if (!service) {
      return pickerView({
        ...this.picker,
        view,
        services: this.services,
        search: (query) => {
          this.picker = { ...this.picker, query };
          this.announcer.announce(matchCount(matchingServices(this.services, query, view).length, view));
        },
        choose: (choice) => {
          this.picker = { ...this.picker, choice };
        },
        submit: this.#pickService,
      });
    }
    const { step } = this;
    const later = this.#later.module;
    if (step.at === 'done') {
      const copy = () => void this.#copy(step.filed.created.reference);
      return later?.confirmationView({ ...step, view, ministry: this.ministry, trackUrl: this.trackUrl, copy });
    }
    const client = this.client;
    const form = formView({
      view,
      service,
      draft: this.draft,
      errors: step.at === 'form' ? step.errors : [],
      // Errors come from the check or the contact centre, both after the later steps have come.
      errorText: (error) => later?.errorMessage(error, service, view) ?? '',
      today: this.#today(),
      hidden: step.at !== 'form',
      // Chosen here, rather than by the page, and not the only one there is.
      changeable: !this.#find(this.service) && this.services.length > 1,
      attachments: this.#attachments,
      suggestions: suggestionsView(this.#suggestions, view, {
        toggled: (id, lang, open) => open && void this.#suggestions.open(client, id, lang),
        dismiss: () => {
          this.#suggestions.dismiss();
          this.moveFocus.next('#cf-description');
        },
      }),
      offline: this.#later.failed,
      submit: this.#continue,
      input: this.#onInput,
      changeService: this.#changeService,
      addFiles: (files) => this.#attachments.add(files, service, client),
      removeFile: (id) => this.#removeFile(id),
      retryFile: (id) => this.#attachments.retry(id, service, client),
    });
    const check =
      step.at === 'check' && later
        ? later.checkView({
            view,
            service,
            draft: this.draft,
            attachments: this.#attachments,
            submission: this.submission,
            ministry: this.ministry,
            change: (key) => this.#change(key, service),
            submit: this.#submit,
          })
        : nothing;
    // One template whatever the step: the form stays the same DOM (and keeps what no binding holds, such as the honeypot's value).
    return html`${form} ${check}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-complaint-form': CivicComplaintForm;
  }
}
