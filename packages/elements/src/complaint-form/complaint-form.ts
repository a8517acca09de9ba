import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import type { AnswerValue, Service } from '@civic-contact/contract';
import {
  isConflictError,
  isNetworkError,
  isRateLimitedError,
  isServerError,
  isTimeoutError,
  isValidationError,
} from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { withHoneypot, honeypot } from '../base/honeypot.ts';
import { OnDemand } from '../base/on-demand.ts';
import { prepareProofOnFocus } from '../base/proof-of-work.ts';
import { CivicSubmittedEvent } from '../events/civic-submitted-event.ts';
import { confirmationStyles } from '../styles/shared.ts';
import { baseStyles, tokens } from '../styles/tokens.ts';
import { attachmentsField, Attachments, type AttachmentItem } from './attachments.ts';
import { complaintFormStyles } from './complaint-form.styles.ts';
import { citizenFields, errorSummary, fixedLabel, MAX_RADIOS, serviceField, textField, type FieldsContext, type SummaryItem } from './fields.ts';
import type { FormError } from './messages.ts';
import { answersOf, buildRequest, emptyDraft, inPageOrder, keyOf, todayIn, type Draft } from './model.ts';
import type { Submission } from './outcome.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import type { Filed, Outbox } from './outbox.ts';
import { matchingServices, pickerView } from './picker.ts';
import { FaqSuggestions, suggestionsView } from './suggestions.ts';
import { copyReference } from '../shared/clipboard.ts';
import { asError } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { fieldId } from './view.ts';

type Step = 'form' | 'check' | 'done';

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
 * afterwards.
 *
 * @fires civic-submitted - The complaint was filed (`event.reference`, `event.expectedResponseBy`, `event.service`).
 * @fires civic-error - The service catalogue could not be loaded, or a submission failed (`event.error`, `event.operation`, `event.kind`); the form shows the problem too. Kind `configuration` is the page's mistake — a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection, a `service` not in the catalogue — which the console explains once; the citizen then sees whom to contact instead of the form (for an unknown `service`, the list of services).
 *
 * @slot - Nothing is slotted: every part of the form comes from the service definition.
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
 * @cssprop --civic-complaint-form-max-width - Widest the form grows (default `40rem`).
 * @cssprop --civic-complaint-form-reference-size - Font size of the reference number (default `2rem`).
 * @cssprop --civic-complaint-form-confirmation-background - Background of the confirmation panel (default `--civic-color-success`).
 * @cssprop --civic-complaint-form-confirmation-color - Text colour of the confirmation panel (default `--civic-color-on-primary`).
 * @cssprop --civic-complaint-form-drop-zone-border-color - Border of the file drop zone (default `--civic-color-border-muted`).
 * @cssprop --civic-complaint-form-drop-zone-active-background - Drop zone background while a file is dragged over it (default `--civic-color-surface-muted`).
 * @cssprop --civic-complaint-form-suggestions-background - Background of the suggested FAQs (default `--civic-color-surface-muted`).
 * @cssprop --civic-complaint-form-highlight-background - Background of the words that matched in a suggested FAQ (default `--civic-color-focus`).
 * @cssprop --civic-complaint-form-highlight-color - Text colour of those words (default `--civic-color-focus-text`).
 */
@customElement('civic-complaint-form')
export class CivicComplaintForm extends CivicElement {
  static override styles = [tokens, baseStyles, confirmationStyles, complaintFormStyles];

  /** Id of the service the complaint is about; without it the form first asks. */
  @property({ reflect: true }) service = '';

  /** Address of the page that tracks a complaint; the confirmation links to it with `?reference=…`. */
  @property({ attribute: 'track-url' }) trackUrl = '';

  @state() private picked = '';
  @state() private pickerChoice = '';
  @state() private pickerError = false;
  @state() private serviceQuery = '';
  @state() private step: Step = 'form';
  @state() private draft: Draft = emptyDraft();
  @state() private errors: FormError[] = [];
  @state() private submission: Submission = { state: 'idle' };
  @state() private filed: (Filed & { service: Service }) | undefined = undefined;
  @state() private announcement = '';
  @state() private dragging = false;

  /** Everything after the form (check, send, confirm): fetched when the citizen starts on the form. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /** The complaint's way out, from the first press of Submit (a new one for another complaint). */
  #outbox: Outbox | undefined;
  readonly #attachments = new Attachments(this, (item) => this.#uploadSettled(item));
  readonly #suggestions = new FaqSuggestions(this, (count) => this.#suggestionsFound(count));
  /** The page title before "Error: " was put in front of it, and the title with it. */
  #title: { before: string; marked: string } | undefined;

  constructor() {
    super();
    // The proof of work each upload and the complaint need, solved from the moment the citizen starts on the form.
    prepareProofOnFocus(this, () => (this.step === 'done' ? undefined : this.client));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('online', this.#backOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.#backOnline);
    this.#markTitle(false);
  }

  /* ------------------------------------------------------------------ what is shown */

  get #services(): readonly Service[] {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.services : [];
  }

  #find(id: string): Service | undefined {
    return id ? this.#services.find((service) => service.id === id) : undefined;
  }

  /** Whether the citizen chose the service here, rather than the page choosing it. */
  get #chosenHere(): boolean {
    return !this.#find(this.service);
  }

  /**
   * The service being complained about: the attribute's, else the one picked, else the only
   * one there is (a question with one answer is not worth asking).
   */
  get #service(): Service | undefined {
    const services = this.#services;
    return this.#find(this.service) ?? this.#find(this.picked) ?? (services.length === 1 ? services[0] : undefined);
  }

  #today(): string {
    return todayIn(this.ministry?.timeZone ?? 'UTC');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service') && changed.get('service') !== undefined) this.#restart();
    this.misconfiguration.checkService(this.service, this.#services);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const showingErrors = (this.step === 'form' && this.errors.length > 0 && this.#service !== undefined) || (this.pickerError && !this.#service);
    this.#markTitle(showingErrors);
  }

  /** Starts again from an empty form, e.g. for another service. */
  #restart(): void {
    this.draft = emptyDraft();
    this.errors = [];
    this.step = 'form';
    this.filed = undefined;
    this.submission = { state: 'idle' };
    this.#attachments.clear();
    this.#suggestions.reset();
    this.#outbox = undefined;
  }

  /** "Error: " in front of the page title while errors show, as GOV.UK does; the page's own title otherwise. */
  #markTitle(on: boolean): void {
    if (on && !this.#title) {
      const before = document.title;
      const marked = `${this.view().m('shared.error-prefix', 'Error:')} ${before}`;
      document.title = marked;
      this.#title = { before, marked };
    } else if (!on && this.#title) {
      // The page may have set its own title since: leave that alone.
      if (document.title === this.#title.marked) document.title = this.#title.before;
      this.#title = undefined;
    }
  }

  async #announce(text: string): Promise<void> {
    // Emptied first, so the same words twice are still announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Moves to a field, as an error summary link or a Change button does: its question in view, its control focused. */
  async #focusField(key: string): Promise<void> {
    await this.updateComplete;
    const group = this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    const control = group?.querySelector<HTMLElement>('input, select, textarea');
    group?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  }

  /* ------------------------------------------------------------------ events */

  #onClick = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-focus]');
    if (link) {
      // The ids live in the shadow root: the page's own fragment navigation cannot reach them.
      event.preventDefault();
      void this.#focusField(link.dataset['focus']!);
      return;
    }
    const change = target?.closest<HTMLElement>('[data-change]');
    if (change) {
      this.step = 'form';
      this.submission = this.submission.state === 'sending' ? this.submission : { state: 'idle' };
      void this.#focusField(change.dataset['change']!);
      return;
    }
    const action = target?.closest<HTMLElement>('[data-action]');
    const service = this.#service;
    switch (action?.dataset['action']) {
      case 'remove-file': {
        const name = this.#attachments.remove(Number(action.dataset['file']));
        if (name) void this.#announce(this.view().m('complaint-form.file-removed', str`${name} removed`));
        void this.#focus('[data-files]');
        break;
      }
      case 'retry-file':
        if (service) this.#attachments.retry(Number(action.dataset['file']), service, this.client);
        break;
      case 'dismiss-suggestions':
        this.#suggestions.dismiss();
        void this.#focus(`#${fieldId('description')}`);
        break;
      case 'change-service':
        this.picked = '';
        this.pickerChoice = '';
        this.errors = [];
        this.#attachments.clear();
        this.#suggestions.reset();
        void this.#focus('#cf-picker-title');
        break;
      case 'copy':
        void this.#copy();
        break;
    }
  };

  #onInput = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
    const key = target.dataset['key'];
    if (!key) return;
    const draft: Draft = { ...this.draft };
    if (key.startsWith('answers.')) {
      const id = key.slice('answers.'.length);
      if (target instanceof HTMLInputElement && target.type === 'checkbox') {
        const field = this.#service?.fields.find((candidate) => candidate.id === id);
        const current = draft.answers[id];
        const before = Array.isArray(current) ? current : [];
        const values = target.checked ? [...before, target.value] : before.filter((value) => value !== target.value);
        // In the order of the options, whatever order they were ticked in.
        const order = (field?.options ?? []).map((option) => option.value);
        draft.answers = { ...draft.answers, [id]: order.filter((value) => values.includes(value)) };
      } else {
        draft.answers = { ...draft.answers, [id]: target.value };
      }
    } else if (key === 'subject' || key === 'description') {
      draft[key] = target.value;
    } else if (key === 'citizen.name') draft.name = target.value;
    else if (key === 'citizen.email') draft.email = target.value;
    else if (key === 'citizen.phone') draft.phone = target.value;
    else if (key === 'location.address') draft.address = target.value;
    this.draft = draft;
    if (key === 'subject' || key === 'description') this.#suggest();
  };

  #onFiles = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-files')) return;
    const service = this.#service;
    if (service && input.files) this.#attachments.add([...input.files], service, this.client);
    // Cleared, so that choosing the same file again (after removing it) is seen as a change.
    input.value = '';
  };

  #dropZone(event: DragEvent): HTMLElement | null {
    return event.target instanceof Element ? event.target.closest<HTMLElement>('[data-drop-zone]') : null;
  }

  #onDragOver = (event: DragEvent): void => {
    if (!this.#dropZone(event)) return;
    event.preventDefault();
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    const zone = this.#dropZone(event);
    if (zone && !(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    if (!this.#dropZone(event)) return;
    event.preventDefault();
    this.dragging = false;
    const service = this.#service;
    const files = event.dataTransfer?.files;
    if (service && files && files.length > 0) this.#attachments.add([...files], service, this.client);
  };

  #backOnline = (): void => {
    if (this.step === 'check' && this.submission.state === 'failed' && this.submission.reason === 'unreachable' && this.#outbox?.pending) {
      void this.#send();
    }
  };

  #uploadSettled(item: AttachmentItem): void {
    const { m } = this.view();
    const name = item.file.name;
    void this.#announce(
      item.status === 'uploaded'
        ? m('complaint-form.file-uploaded-announcement', str`${name} uploaded`)
        : m('complaint-form.file-failed-announcement', str`${name} could not be uploaded`),
    );
  }

  #suggestionsFound(count: number): void {
    if (count === 0) return;
    const { m, number } = this.view();
    void this.#announce(m('complaint-form.faq-found', str`${number(count)} questions and answers may help, below the description`));
  }

  #suggest(): void {
    const service = this.#service;
    if (!service) return;
    this.#suggestions.request({
      client: this.client,
      text: `${this.draft.subject} ${this.draft.description}`,
      lang: this.locale.lang,
      service: service.id,
    });
  }

  /* ------------------------------------------------------------------ steps */

  #searchServices(query: string, view: View): void {
    this.serviceQuery = query;
    const count = matchingServices(this.#services, query, view).length;
    void this.#announce(
      count === 0
        ? view.m('complaint-form.picker-none', 'No services match your search')
        : view.m('complaint-form.picker-count', str`${view.number(count)} services match your search`),
    );
  }

  #pickService = (event: Event): void => {
    event.preventDefault();
    const choice = this.#services.find((service) => service.id === this.pickerChoice);
    if (!choice) {
      this.pickerError = true;
      void this.#focus('[data-error-summary]');
      return;
    }
    this.pickerError = false;
    this.picked = choice.id;
    this.step = 'form';
    this.errors = [];
    void this.#focus('#cf-form-title');
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
      () => void this.#focus('[data-later-failed]'),
    );
  };

  #checkAnswers(later: Later): void {
    const service = this.#service;
    if (!service) return;
    const request = buildRequest(service, this.draft, this.#attachments.ids, this.locale.lang);
    const errors: FormError[] = later.checkComplaint(service, request, { today: this.#today(), attachmentCount: this.#attachments.items.length });
    if (this.#attachments.uploading) errors.push({ field: 'attachments', code: 'uploading', message: '' });
    else if (this.#attachments.failed) errors.push({ field: 'attachments', code: 'upload_failed', message: '' });
    this.errors = inPageOrder(errors, service);
    if (this.errors.length > 0) {
      void this.#focus('[data-error-summary]');
      return;
    }
    this.step = 'check';
    void this.#focus('#cf-check-title');
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
    if (!service || !later || this.submission.state === 'sending' || this.#outbox?.sending) return;
    if (!client) {
      this.misconfiguration.noConnection('submit-complaint');
      return;
    }
    const view = this.view();
    this.submission = { state: 'sending' };
    void this.#announce(view.m('complaint-form.sending', 'Sending your complaint…'));
    try {
      this.#outbox ??= new later.Outbox();
      const filed = await this.#outbox.send(client, withHoneypot(this.renderRoot, buildRequest(service, this.draft, this.#attachments.ids, this.locale.lang)));
      this.filed = { ...filed, service };
      this.step = 'done';
      this.submission = { state: 'idle' };
      this.errors = [];
      this.dispatchEvent(new CivicSubmittedEvent(filed.created.reference, filed.created.expectedResponseBy, service.id));
      void this.#focus('#cf-done-title');
    } catch (error) {
      if (isValidationError(error)) {
        // The contact centre is authoritative: back to the form, its errors at their fields.
        const errors = error.errors.length > 0 ? [...error.errors] : [{ field: '', code: 'invalid_value' as const, message: '' }];
        this.errors = inPageOrder(errors, service);
        this.submission = { state: 'idle' };
        this.step = 'form';
        void this.#focus('[data-error-summary]');
        return;
      }
      if (this.misconfiguration.take(error, 'submit-complaint')) {
        this.submission = { state: 'idle' };
        return;
      }
      this.dispatchEvent(new CivicErrorEvent(asError(error), 'submit-complaint'));
      if (isRateLimitedError(error)) {
        this.submission = { state: 'failed', reason: 'rate-limited', retryAfter: error.retryAfter };
      } else if (isNetworkError(error) || isTimeoutError(error) || isServerError(error) || isConflictError(error)) {
        this.submission = { state: 'failed', reason: 'unreachable' };
      } else {
        this.submission = { state: 'failed', reason: 'unexpected' };
      }
      void this.#focus('[data-submission-error]');
    }
  }

  async #copy(): Promise<void> {
    const reference = this.filed?.created.reference;
    if (!reference) return;
    const { m } = this.view();
    void this.#announce(
      (await copyReference(this.renderRoot, reference))
        ? m('complaint-form.copied', 'Reference copied')
        : m('complaint-form.copy-selected', 'Reference selected: copy it with your device’s copy command'),
    );
  }

  /* ------------------------------------------------------------------ rendering */

  protected override render(): TemplateResult {
    const view = this.view();
    return html`<div
      class="root"
      part="base"
      lang=${this.locale.lang}
      dir=${this.locale.dir}
      @click=${this.#onClick}
    >
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#body(view)}
    </div>`;
  }

  #body(view: View): TemplateResult {
    const { m } = view;
    const notice = this.misconfiguration.notice();
    if (notice) return notice;
    const catalogue = this.catalogue;
    if (catalogue.status === 'error') {
      return html`<div class="error-summary" role="alert" part="error-summary">
        <h2>${m('complaint-form.unavailable-title', 'The complaint form cannot be shown')}</h2>
        <p>${m('complaint-form.unavailable', 'Check your internet connection and reload the page. If it still does not work, contact the ministry by phone or email.')}</p>
      </div>`;
    }
    if (catalogue.status !== 'ready') {
      return html`<p aria-busy="true">${m('complaint-form.loading', 'Loading the complaint form…')}</p>`;
    }
    const service = this.#service;
    if (!service) {
      return pickerView({
        view,
        services: this.#services,
        query: this.serviceQuery,
        choice: this.pickerChoice,
        missing: this.pickerError,
        search: (query) => this.#searchServices(query, view),
        choose: (id) => {
          this.pickerChoice = id;
        },
        submit: this.#pickService,
      });
    }
    const later = this.#later.module;
    if (this.step === 'done' && this.filed && later) return later.confirmationView(this.filed, this.ministry, this.trackUrl, view);
    return html`${this.#form(view, service)} ${this.step === 'check' && later ? this.#check(view, service, later) : nothing}`;
  }

  #form(view: View, service: Service): TemplateResult {
    const { m } = view;
    const answers: Record<string, AnswerValue> = answersOf(service, this.draft);
    // Errors come from the check or the contact centre, both after the later steps have come.
    const errorMessage = this.#later.module?.errorMessage ?? (() => '');
    const messages = new Map<string, string>();
    for (const error of this.errors) {
      const key = keyOf(error.field, service) ?? '';
      if (!messages.has(key)) messages.set(key, errorMessage(error, service, view));
    }
    const context: FieldsContext = {
      view,
      service,
      draft: this.draft,
      answers,
      errorFor: (key) => messages.get(key),
      today: this.#today(),
    };
    const summary: SummaryItem[] = this.errors.map((error) => {
      const key = keyOf(error.field, service);
      return { key, href: key ? `#${this.#controlId(key, service)}` : '', text: errorMessage(error, service, view) };
    });
    return html`<form
      part="form"
      novalidate
      ?hidden=${this.step !== 'form'}
      @submit=${this.#continue}
      @input=${this.#onInput}
      @change=${this.#onFiles}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      ${summary.length > 0 ? errorSummary(view, summary) : nothing}
      <h2 id="cf-form-title" tabindex="-1">
        ${summary.length > 0 ? html`<span class="visually-hidden">${m('shared.error-prefix', 'Error:')} </span>` : nothing}${view.text(
          service.name,
        )}
      </h2>
      <p class="lead">${view.text(service.description)}</p>
      ${!this.#chosenHere || this.#services.length === 1
        ? nothing
        : html`<p>
            <button type="button" class="link-button" data-action="change-service">
              ${m('complaint-form.change-service', 'Choose a different service')}
            </button>
          </p>`}
      ${textField(context, {
        key: 'subject',
        label: fixedLabel('subject', view),
        hint: m('complaint-form.subject-hint', 'A short summary in a few words.'),
        optional: false,
        value: this.draft.subject,
      })}
      ${textField(context, {
        key: 'description',
        label: fixedLabel('description', view),
        hint: m('complaint-form.description-hint', 'Say what happened, when and where, and what you would like us to do.'),
        optional: false,
        value: this.draft.description,
        multiline: true,
      })}
      ${suggestionsView(this.#suggestions, view, (id, lang, open) => {
        if (open) void this.#suggestions.open(this.client, id, lang);
      })}
      ${service.fields.map((field) => serviceField(context, field))}
      ${service.location === 'none'
        ? nothing
        : textField(context, {
            key: 'location.address',
            label: fixedLabel('location.address', view),
            hint: m('complaint-form.address-hint', 'For example, the street and the nearest house number or junction.'),
            optional: service.location === 'optional',
            value: this.draft.address,
          })}
      ${service.attachments.maxFiles > 0
        ? attachmentsField({ view, service, attachments: this.#attachments, error: messages.get('attachments'), dragging: this.dragging })
        : nothing}
      ${citizenFields(context)} ${honeypot}
      ${this.#later.failed
        ? html`<p class="error-message" role="alert" tabindex="-1" data-later-failed>
            ${m('complaint-form.continue-offline', 'Your answers could not be checked: the connection seems to be down. Check it and press Continue again. Nothing you typed is lost.')}
          </p>`
        : nothing}
      <button class="button" part="continue-button">${m('complaint-form.continue', 'Continue')}</button>
    </form>`;
  }

  /** The id of the control an error summary link goes to: a group of choices' first option. */
  #controlId(key: string, service: Service): string {
    const field = service.fields.find((candidate) => `answers.${candidate.id}` === key);
    const grouped =
      field && (field.type === 'multi_choice' || (field.type === 'single_choice' && (field.options?.length ?? 0) <= MAX_RADIOS));
    return grouped ? `${fieldId(key)}-0` : fieldId(key);
  }

  #check(view: View, service: Service, later: Later): TemplateResult {
    const { m } = view;
    const sending = this.submission.state === 'sending';
    const failed = this.submission.state === 'failed';
    return html`<section part="check-answers" aria-labelledby="cf-check-title" aria-busy=${sending ? 'true' : 'false'}>
      ${later.failureView(this.submission, this.ministry, view)}
      <h2 id="cf-check-title" tabindex="-1">${m('complaint-form.check-title', 'Check your answers before sending your complaint')}</h2>
      ${later.checkAnswersView({ view, service, draft: this.draft, attachments: this.#attachments })}
      <h3>${m('complaint-form.send-title', 'Now send your complaint')}</h3>
      <p>${m('complaint-form.declaration', 'By sending this complaint you confirm that, as far as you know, the details you have given are correct.')}</p>
      <form novalidate @submit=${this.#submit}>
        <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
        <button class="button" part="submit-button" aria-disabled=${sending ? 'true' : nothing}>
          ${sending
            ? m('complaint-form.submitting', 'Sending…')
            : failed
              ? m('complaint-form.try-again', 'Try again')
              : m('complaint-form.submit', 'Submit complaint')}
        </button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-complaint-form': CivicComplaintForm;
  }
}
