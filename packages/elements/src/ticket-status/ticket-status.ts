import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { parseReference, type ReferenceProblem, type Ticket } from '@civic-contact/contract';
import { isValidationError, TicketsResource } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { OnDemand } from '../base/on-demand.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { CivicStatusLoadedEvent } from '../events/civic-status-loaded-event.ts';
import { getLocale, SOURCE_LOCALE, stringsLang } from '../i18n/localization.ts';
import { ltr } from '../shared/bidi.ts';
import { asError, failureOf, waitText, type Failure } from '../shared/failure.ts';
import { exampleReference, referenceProblemText, typedPrefix } from '../shared/reference.ts';
import { createView, type View } from '../shared/view.ts';
import { ticketStatusStyles } from './ticket-status.styles.ts';

type FieldName = 'reference' | 'verifier';

/** What is wrong with a field; turned into words at render time, so a change of language re-words it. */
type FieldProblem =
  | { field: FieldName; kind: 'missing' | 'invalid' }
  | { field: 'reference'; kind: 'problem'; problem: ReferenceProblem; prefix: string };

/** Ids of what takes focus after a render: the fields are named as their inputs' ids. */
type FocusTarget = 'error-summary' | 'result-heading' | 'submit' | FieldName;

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');

/**
 * Lets a citizen see what has happened to their complaint: they enter its reference and
 * the email address or phone number they gave when filing, and see its status in plain
 * words, the date a reply is expected, and the public timeline, newest first.
 *
 * The reference is checked with its check character before anything is sent, and a
 * mistyped one is refused with the character that looks wrong. "Not found" never says
 * whether the reference exists. Inside a `<civic-contact-provider>` it uses the shared
 * client and locale; on its own it takes `api-base` and `site-key`.
 *
 * ```html
 * <civic-ticket-status reference="MOT-7K3D-9QX6"></civic-ticket-status>
 * ```
 *
 * @slot help - The ministry's own contact details or help, shown below the form and the result.
 *
 * @fires civic-status-loaded - A ticket was found and is shown (`event.ticket`).
 * @fires civic-error - A lookup failed (`event.error`; `event.operation` is `lookup-ticket`; `event.kind` is `not-found`, `rate-limited`, `validation`, `network` or `server`), or the page set the element up wrongly (`event.kind` is `configuration`: a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection; `event.operation` is `configure`, `load-catalogue` or `lookup-ticket`), which the console explains once and the citizen sees as whom to contact instead. A reference refused before sending fires nothing.
 *
 * @csspart form - The lookup form.
 * @csspart reference-input - The reference text box.
 * @csspart verifier-input - The email-or-phone text box.
 * @csspart submit-button - The "Check status" button.
 * @csspart error-summary - The box listing what is wrong, at the top.
 * @csspart retry-button - "Try again", after a network or server failure.
 * @csspart result - The found ticket: heading, status, dates and timeline.
 * @csspart status - The current status and what it means.
 * @csspart timeline - The list of public updates, newest first.
 * @csspart check-another-button - Goes back to an empty form.
 * @csspart help - Wraps the `help` slot.
 * @csspart unavailable - In place of the form when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-ticket-status-max-width=40rem] - Widest the element grows.
 * @cssprop [--civic-ticket-status-reference-width=20ch] - Width of the reference text box (never wider than the element).
 * @cssprop [--civic-ticket-status-status-background=var(--civic-color-surface-muted)] - Background of the current-status box.
 * @cssprop [--civic-ticket-status-status-border=var(--civic-color-primary)] - Accent line of the current-status box.
 * @cssprop [--civic-ticket-status-timeline-line=var(--civic-color-border-muted)] - Line joining the timeline entries.
 * @cssprop [--civic-ticket-status-timeline-marker=var(--civic-color-primary)] - Dot of each timeline entry.
 */
@customElement('civic-ticket-status')
export class CivicTicketStatus extends CivicElement {
  static override styles = ticketStatusStyles;

  /** A reference to pre-fill, e.g. from a link in the confirmation message. The citizen still gives the verifier. */
  @property() reference = '';

  /**
   * Pre-fill the reference from this query parameter of the page's address (e.g.
   * `reference-param="reference"` on `track.html?reference=MOT-…`), so a tracking page
   * needs no script of its own. Only the reference: the verifier never travels in a URL.
   */
  @property({ attribute: 'reference-param' }) referenceParam = '';

  @state() private referenceValue = '';
  @state() private verifierValue = '';
  @state() private problems: readonly FieldProblem[] = [];
  @state() private failure: Failure | undefined = undefined;
  @state() private busy = false;
  @state() private ticket: Ticket | undefined = undefined;

  /** The result (status, dates, timeline): fetched when the citizen starts on the form. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  #lookup: AbortController | undefined;
  #focusNext: FocusTarget | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelLookup();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('referenceParam') && this.referenceParam && !this.reference) {
      const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get(this.referenceParam);
      if (fromUrl) this.reference = this.referenceValue = fromUrl.trim().slice(0, 40);
    }
    if (changed.has('reference') && this.reference !== this.referenceValue) {
      this.#cancelLookup();
      this.referenceValue = this.reference;
      this.ticket = undefined;
      this.problems = [];
      this.failure = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusNext;
    this.#focusNext = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div class="root" dir=${dir} lang=${stringsLang(lang)}>
      ${this.misconfiguration.notice() ?? this.#renderResult() ?? this.#renderForm()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement()}</div>
      <div class="help" part="help"><slot name="help"></slot></div>
    </div>`;
  }

  /* ------------------------------------------------------------------ form */

  #renderForm(): TemplateResult {
    return html`
      ${this.#renderErrorSummary()}
      <form part="form" novalidate aria-labelledby="form-heading" @submit=${this.#onSubmit}>
        <h2 id="form-heading">${this.t('ticket-status.heading', msg('Check the status of your complaint', { id: 'ticket-status.heading' }))}</h2>
        ${this.#renderField('reference')} ${this.#renderField('verifier')}
        <div class="button-group">
          <button id="submit" class="button" part="submit-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.t('ticket-status.submit', msg('Check status', { id: 'ticket-status.submit' }))}
          </button>
        </div>
      </form>
    `;
  }

  #renderField(field: FieldName): TemplateResult {
    const id = field;
    const problem = this.problems.find((p) => p.field === field);
    const describedBy = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
    const error = problem
      ? html`<p id="${id}-error" class="error-message">
          <span class="visually-hidden">${this.t('shared.error-prefix', msg('Error:', { id: 'shared.error-prefix' }))}</span>
          ${this.#problemText(problem)}
        </p>`
      : nothing;
    const classes = `${field}-input${problem ? ' input--error' : ''}`;
    const group = `form-group${problem ? ' form-group--error' : ''}`;
    if (field === 'reference') {
      return html`<div class=${group}>
        <label for=${id}>${this.t('ticket-status.reference-label', msg('Complaint reference', { id: 'ticket-status.reference-label' }))}</label>
        <p id="${id}-hint" class="hint">${this.t(
          'ticket-status.reference-hint',
          msg(str`It is in the confirmation email or text message you were sent, for example ${ltr(exampleReference(this.#ministryCode()))}`, {
            id: 'ticket-status.reference-hint',
          }),
        )}</p>
        ${error}
        <input
          id=${id}
          class=${classes}
          part="reference-input"
          type="text"
          name="reference"
          dir="ltr"
          inputmode="text"
          autocapitalize="characters"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${live(this.referenceValue)}
          @input=${(event: InputEvent) => (this.referenceValue = (event.target as HTMLInputElement).value)}
        />
      </div>`;
    }
    return html`<div class=${group}>
      <label for=${id}>${this.t('ticket-status.verifier-label', msg('Email address or phone number', { id: 'ticket-status.verifier-label' }))}</label>
      <p id="${id}-hint" class="hint">${this.t(
        'ticket-status.verifier-hint',
        msg('The email address or phone number you gave when you made the complaint', { id: 'ticket-status.verifier-hint' }),
      )}</p>
      ${error}
      <input
        id=${id}
        class=${classes}
        part="verifier-input"
        type="text"
        name="verifier"
        dir="ltr"
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(this.verifierValue)}
        @input=${(event: InputEvent) => (this.verifierValue = (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #renderErrorSummary(): TemplateResult | typeof nothing {
    const { problems, failure } = this;
    if (problems.length === 0 && !failure) return nothing;
    const retryable = failure?.kind === 'unreachable' || failure?.kind === 'server';
    // As GOV.UK's error summary: the box takes focus, the alert inside it is read out.
    return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        <h2>${this.t('shared.error-summary-title', msg('There is a problem', { id: 'shared.error-summary-title' }))}</h2>
        <ul>
          ${problems.map((problem) => html`<li>${this.#fieldLink(problem.field, this.#problemText(problem))}</li>`)}
          ${failure
            ? html`<li>${failure.kind === 'not-found' ? this.#fieldLink('reference', this.#failureText(failure)) : this.#failureText(failure)}</li>`
            : nothing}
        </ul>
      </div>
      ${retryable
        ? html`<button class="button button--secondary retry" part="retry-button" type="button" @click=${this.#onRetry}>
            ${this.t('ticket-status.retry', msg('Try again', { id: 'ticket-status.retry' }))}
          </button>`
        : nothing}
    </div>`;
  }

  /** A link in the error summary that takes the citizen to the field (fragment links cannot reach into a shadow root). */
  #fieldLink(field: FieldName, text: string): TemplateResult {
    return html`<a
      href="#${field}"
      @click=${(event: Event) => {
        event.preventDefault();
        this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
      }}
      >${text}</a
    >`;
  }

  #problemText(problem: FieldProblem): string {
    if (problem.kind === 'problem') return this.#referenceProblemText(problem.problem, problem.prefix);
    if (problem.field === 'reference') {
      return problem.kind === 'missing'
        ? this.t('ticket-status.reference-missing', msg('Enter your complaint reference', { id: 'ticket-status.reference-missing' }))
        : this.t(
            'ticket-status.reference-invalid',
            msg('Enter the reference exactly as it appears in your confirmation message', { id: 'ticket-status.reference-invalid' }),
          );
    }
    return problem.kind === 'missing'
      ? this.t(
          'ticket-status.verifier-missing',
          msg('Enter the email address or phone number you gave when you made the complaint', { id: 'ticket-status.verifier-missing' }),
        )
      : this.t(
          'ticket-status.verifier-invalid',
          msg('Enter the email address or phone number exactly as you gave it when you made the complaint', {
            id: 'ticket-status.verifier-invalid',
          }),
        );
  }

  #failureText(failure: Failure): string {
    switch (failure.kind) {
      case 'not-found':
        return this.t(
          'ticket-status.not-found',
          msg(
            'We could not find a complaint with that reference and email or phone. Check both against your confirmation message and try again',
            { id: 'ticket-status.not-found' },
          ),
        );
      case 'rate-limited': {
        if (failure.retryAfter === undefined) {
          return this.t(
            'ticket-status.rate-limited-unknown',
            msg('You have tried too many times. Wait a few minutes, then try again', { id: 'ticket-status.rate-limited-unknown' }),
          );
        }
        const when = waitText(failure.retryAfter, this.locale.lang);
        return this.t('ticket-status.rate-limited', msg(str`You have tried too many times. Try again ${when}`, { id: 'ticket-status.rate-limited' }));
      }
      case 'unreachable':
        return this.t(
          'ticket-status.unreachable',
          msg('We could not reach the contact centre. Check your internet connection, then try again. What you entered has been kept', {
            id: 'ticket-status.unreachable',
          }),
        );
      case 'server':
        return this.t(
          'ticket-status.server',
          msg('The contact centre is not working properly at the moment. Try again in a few minutes. What you entered has been kept', {
            id: 'ticket-status.server',
          }),
        );
    }
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#submit();
  };

  #onRetry = (): void => {
    // The summary, and this button with it, goes while the lookup runs: keep focus in the form.
    this.#focusNext = 'submit';
    void this.#submit();
  };

  /** Checks the fields, then looks the ticket up; nothing is sent while a field is wrong. */
  async #submit(): Promise<void> {
    if (this.busy) return;
    const code = this.#ministryCode();
    const parsed = parseReference(this.referenceValue, code ? { prefixes: [code] } : undefined);
    const verifier = toAsciiDigits(this.verifierValue.trim());
    const problems: FieldProblem[] = [];
    if (!parsed.ok) {
      problems.push(
        parsed.problem.code === 'empty'
          ? { field: 'reference', kind: 'missing' }
          : { field: 'reference', kind: 'problem', problem: parsed.problem, prefix: typedPrefix(parsed.problem, code, this.referenceValue) },
      );
    }
    if (verifier === '') problems.push({ field: 'verifier', kind: 'missing' });
    this.problems = problems;
    this.failure = undefined;
    if (problems.length > 0 || !parsed.ok) {
      this.#focusNext = 'error-summary';
      return;
    }
    this.referenceValue = parsed.reference;

    const client = this.client;
    if (!client) {
      this.misconfiguration.noConnection('lookup-ticket');
      return;
    }
    this.#cancelLookup();
    const lookup = new AbortController();
    this.#lookup = lookup;
    this.busy = true;
    // Wanted as soon as the complaint is found; usually here already, fetched when focus entered the form.
    const later = this.#later.load().catch(() => undefined);
    try {
      const ticket = await client.use(TicketsResource).get(parsed.reference, { verifier, signal: lookup.signal });
      // Never a found complaint without the words to show it: wait for them.
      const shown = await later;
      if (lookup.signal.aborted) return;
      if (!shown) {
        // Offline since the lookup: told as such, with Try again, and nothing typed is lost.
        this.failure = { kind: 'unreachable' };
        this.#focusNext = 'error-summary';
        return;
      }
      this.ticket = ticket;
      this.#focusNext = 'result-heading';
      this.dispatchEvent(new CivicStatusLoadedEvent(ticket));
    } catch (error) {
      if (lookup.signal.aborted) return;
      this.#handleLookupError(error);
    } finally {
      if (this.#lookup === lookup) {
        this.#lookup = undefined;
        this.busy = false;
      }
    }
  }

  #handleLookupError(error: unknown): void {
    if (this.misconfiguration.take(error, 'lookup-ticket')) return;
    const cause = asError(error);
    if (isValidationError(error)) {
      const problems: FieldProblem[] = [];
      if (error.errors.some((e) => e.field === 'reference')) problems.push({ field: 'reference', kind: 'invalid' });
      if (error.errors.some((e) => /verifier/i.test(e.field))) problems.push({ field: 'verifier', kind: 'invalid' });
      if (problems.length > 0) {
        this.problems = problems;
        this.#focusNext = 'error-summary';
        this.dispatchEvent(new CivicErrorEvent(cause, 'lookup-ticket'));
        return;
      }
    }
    this.#fail(cause, failureOf(error));
  }

  #fail(error: Error, failure: Failure): void {
    this.failure = failure;
    this.#focusNext = 'error-summary';
    this.dispatchEvent(new CivicErrorEvent(error, 'lookup-ticket'));
  }

  #cancelLookup(): void {
    this.#lookup?.abort();
    this.#lookup = undefined;
    this.busy = false;
  }

  /* ---------------------------------------------------------------- result */

  #renderResult(): TemplateResult | undefined {
    const later = this.#later.module;
    return this.ticket && later ? later.resultView(this.ticket, this.#view(), this.#onCheckAnother) : undefined;
  }

  #onCheckAnother = (): void => {
    this.#cancelLookup();
    this.ticket = undefined;
    this.problems = [];
    this.failure = undefined;
    // Cleared, verifier too: the next person at a shared computer should not see it.
    this.referenceValue = '';
    this.verifierValue = '';
    this.#focusNext = 'reference';
  };

  /* --------------------------------------------------------------- helpers */

  #announcement(): string {
    if (this.busy) return this.t('ticket-status.checking', msg('Checking your complaint…', { id: 'ticket-status.checking' }));
    const later = this.#later.module;
    return this.ticket && later ? later.foundText(this.ticket, this.#view()) : '';
  }

  #ministryCode(): string | undefined {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.ministry.code : undefined;
  }

  #view(): View {
    return createView({ t: (id, shipped) => this.t(id, shipped), lang: this.locale.lang, english: getLocale() === SOURCE_LOCALE, fallbackLang: SOURCE_LOCALE });
  }

  /** The reference problem in the citizen's language, naming the position and character where one can be named. */
  #referenceProblemText(problem: ReferenceProblem, prefix: string): string {
    return referenceProblemText(this.#view(), problem, this.#ministryCode(), prefix);
  }
}

/** Arabic-Indic and fullwidth digits as ASCII: a phone number typed on an Arabic keyboard still matches. */
function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-ticket-status': CivicTicketStatus;
  }
}
