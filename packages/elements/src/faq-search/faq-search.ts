import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { LIMITS, type FaqArticle, type FaqSearchHit, type FaqSearchResponse, type Ministry } from '@civic-contact/contract';
import { FaqResource } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { CivicContactRequestedEvent, type ContactChannel } from '../events/civic-contact-requested-event.ts';
import { CivicErrorEvent, type CivicErrorOperation } from '../events/civic-error-event.ts';
import { CivicFaqFeedbackEvent } from '../events/civic-faq-feedback-event.ts';
import { stringsLang } from '../i18n/localization.ts';
import { directionOf } from '../locale.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import { highlighted, searchQuery } from '../shared/faq.ts';
import { asError, failureOf, waitText, type Failure } from '../shared/failure.ts';
import { primary } from '../shared/view.ts';
import { answerElement } from './answer.ts';
import { faqSearchStyles } from './faq-search.styles.ts';
import { FaqSearcher, NoConnectionError, type SearchKind, type SearchOutcome } from './search.ts';

/** Results offered in the list as the citizen types; the full list after a search shows more. */
const TYPED_LIMIT = 5;
/** Fewer letters than this find too much to be worth a search. */
const MIN_QUERY_LENGTH = 2;

type Results =
  | { status: 'idle' }
  | { status: 'ready'; kind: SearchKind; response: FaqSearchResponse }
  | { status: 'failed'; kind: SearchKind; q: string; failure: Failure };

/** The answer being read, and where the citizen opened it from (focus goes back there). */
interface Opened {
  hit: FaqSearchHit;
  from: 'list' | 'results';
  /** The query that found it, for the escalation event. */
  query: string;
}

type ArticleState =
  | { status: 'loading' }
  | { status: 'ready'; article: FaqArticle; body: HTMLElement }
  | { status: 'failed'; failure: Failure };

type Feedback =
  | { state: 'ask' }
  | { state: 'comment' }
  | { state: 'sending'; helpful: boolean }
  | { state: 'failed'; helpful: boolean; failure: Failure }
  | { state: 'sent'; helpful: boolean };

/**
 * Lets citizens find the answer to their question themselves before they contact the
 * ministry: an ARIA 1.2 combobox that offers matching questions as they type (typo-tolerant,
 * ranked, matched words highlighted), a full list of results on Enter, and the answer with
 * "Did this answer your question?". When nothing answers, it leads to a complaint or a
 * callback request.
 *
 * It searches through the contact centre's API, or, with `index-src`, in a prebuilt index
 * of the ministry's FAQs that it downloads once (with the search library, loaded only then),
 * so that typing costs no request. If the index cannot be loaded, or is another ministry's,
 * it searches through the API instead and fires `civic-error`.
 *
 * Results come in the citizen's language, or in the ministry's default language where an
 * FAQ has no translation; such results and answers are marked with their own `lang`.
 *
 * ```html
 * <civic-contact-provider api-base="https://contact.gov.example" site-key="pk_live_…">
 *   <civic-faq-search complaint-href="/complaint.html" callback-href="/callback.html"
 *     index-src="/assets/faq-index.json"></civic-faq-search>
 * </civic-contact-provider>
 * ```
 *
 * Keyboard: Down and Up move through the offered questions (Home and End to the first and
 * last), Enter opens the one chosen or, with none chosen, shows every result; Escape closes
 * the list, and a second Escape clears the box.
 *
 * @fires civic-contact-requested - The citizen chose "Make a complaint" or "Request a callback" (`event.channel`, `event.query`, `event.faqId`). Cancelable: `preventDefault()` stops the element from following its link, so the page can open a form in place.
 * @fires civic-faq-feedback - The contact centre recorded the citizen's answer to "Did this answer your question?" (`event.id`, `event.helpful`).
 * @fires civic-error - A search, the index, an answer or feedback failed (`event.error`; `event.operation` is `search-faq`, `load-faq-index`, `load-faq` or `send-feedback`; `event.kind` is `network`, `server`, `not-found` or `rate-limited`). The element shows the problem too, with a way to try again. Kind `configuration` is the page's mistake — a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection (`event.operation` may also be `configure` or `load-catalogue`) — which the console explains once; the citizen then sees whom to contact instead of the search.
 *
 * @csspart base - The element's root container (carries `lang` and `dir`).
 * @csspart search-form - The search form (`role="search"`).
 * @csspart input - The search box (the combobox).
 * @csspart search-button - The "Search" button.
 * @csspart listbox - The list of questions offered as the citizen types.
 * @csspart option - One offered question.
 * @csspart error-summary - "There is a problem": an empty search.
 * @csspart searching - "Searching…", while a search is on its way.
 * @csspart failure - What went wrong with a search, an answer or feedback, and the "Try again" button.
 * @csspart retry-button - "Try again".
 * @csspart results - The full list of results after a search.
 * @csspart result - One result: its question, a snippet of its answer and its category.
 * @csspart result-button - The question of a result, which opens its answer.
 * @csspart no-results - "No answers match", with the ways to contact the ministry.
 * @csspart answer - The answer being read.
 * @csspart back-button - "Back to results".
 * @csspart answer-body - The answer's text.
 * @csspart language-note - Says the answer is shown in another language than the citizen's.
 * @csspart feedback - "Did this answer your question?" and what follows it.
 * @csspart feedback-button - The "Yes" and "No" buttons.
 * @csspart comment-input - The optional comment after "No".
 * @csspart send-feedback-button - Sends the feedback after "No".
 * @csspart escalation - "Still need help?": the ways to contact the ministry.
 * @csspart complaint-link - "Make a complaint" (a link with `complaint-href`, else a button).
 * @csspart callback-link - "Request a callback" (a link with `callback-href`, else a button).
 * @csspart contact-details - The ministry's phone number and email address.
 * @csspart unavailable - In place of the search when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-faq-search-max-width=40rem] - Widest the element grows.
 * @cssprop [--civic-faq-search-listbox-background=var(--civic-color-surface)] - Background of the offered questions.
 * @cssprop [--civic-faq-search-active-background=var(--civic-color-surface-muted)] - Background of the offered question chosen with the arrow keys.
 * @cssprop [--civic-faq-search-highlight-background=var(--civic-color-focus)] - Background of the words that matched.
 * @cssprop [--civic-faq-search-highlight-color=var(--civic-color-focus-text)] - Text colour of the words that matched.
 * @cssprop [--civic-faq-search-answer-border=var(--civic-color-border-muted)] - Line beside the answer's text.
 */
@customElement('civic-faq-search')
export class CivicFaqSearch extends CivicElement {
  static override styles = faqSearchStyles;

  /** Narrow the search to one service's FAQs (and the general ones): a service id from the catalogue. */
  @property({ reflect: true }) service = '';

  /**
   * Address of a prebuilt index of the ministry's FAQs (`buildFaqIndex` of
   * `@civic-contact/core/faq-search`, as JSON), relative to the page. Without it, every
   * search goes to the API.
   */
  @property({ attribute: 'index-src' }) indexSrc = '';

  /** Address of the page to make a complaint on. Without it, "Make a complaint" is a button that only fires `civic-contact-requested`, beside the ministry's phone and email. */
  @property({ attribute: 'complaint-href' }) complaintHref = '';

  /** Address of the page to request a callback on. Without it, as `complaint-href`. */
  @property({ attribute: 'callback-href' }) callbackHref = '';

  /** Milliseconds to wait after the last keystroke before searching through the API. */
  @property({ type: Number }) debounce = 200;

  @state() private query = '';
  @state() private results: Results = { status: 'idle' };
  @state() private expanded = false;
  @state() private active = -1;
  @state() private missing = false;
  @state() private opened: Opened | undefined = undefined;
  @state() private article: ArticleState | undefined = undefined;
  @state() private feedback: Feedback = { state: 'ask' };
  @state() private comment = '';
  @state() private announcement = '';
  /** Bumped when the searcher starts or ends a search, to re-render "Searching…". */
  @state() private searching = false;

  readonly #searcher = new FaqSearcher({
    client: () => this.client,
    indexSrc: () => this.indexSrc,
    fetch: () => {
      const own = this.fetch ?? this.closest<CivicContactProvider>('civic-contact-provider')?.fetch;
      return own ?? ((input, init) => globalThis.fetch(input, init));
    },
    ministryId: () => this.#ministry?.id,
    indexFailed: (error) => this.#failed(error, 'load-faq-index'),
    changed: () => {
      this.searching = this.#searcher.busy;
    },
  });
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #articleRequest: AbortController | undefined;
  #focusNext: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#searcher.cancel();
    this.#articleRequest?.abort();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('service') && changed.get('service') !== undefined) || (changed.has('indexSrc') && changed.get('indexSrc') !== undefined)) {
      // Results of another scope are no longer what the citizen would find.
      this.#searcher.cancel();
      this.results = { status: 'idle' };
      this.expanded = false;
      this.active = -1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusNext;
    this.#focusNext = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  get #ministry(): Ministry | undefined {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.ministry : undefined;
  }

  get #hits(): readonly FaqSearchHit[] {
    return this.results.status === 'ready' ? this.results.response.hits : [];
  }

  /* ------------------------------------------------------------------ searching */

  #search(kind: SearchKind): void {
    const q = searchQuery(this.query);
    if (q.length < MIN_QUERY_LENGTH) {
      this.#searcher.cancel();
      this.results = { status: 'idle' };
      this.expanded = false;
      this.active = -1;
      return;
    }
    this.#searcher.schedule(
      { q, kind, lang: this.locale.lang, service: this.service, limit: kind === 'typed' ? TYPED_LIMIT : LIMITS.searchLimitMax },
      Math.max(0, this.debounce),
      (outcome) => this.#settled(outcome),
    );
  }

  #settled(outcome: SearchOutcome): void {
    const { kind } = outcome.request;
    if (outcome.status === 'failed') {
      if (this.misconfiguration.take(outcome.error, 'search-faq')) {
        this.results = { status: 'idle' };
        this.expanded = false;
        return;
      }
      this.results = { status: 'failed', kind, q: outcome.request.q, failure: failureOf(outcome.error) };
      this.expanded = false;
      this.active = -1;
      this.#failed(outcome.error, 'search-faq');
      this.#announce(this.#failureText(this.results.failure, 'search'), 0);
      return;
    }
    const before = this.#hits.map((hit) => hit.id).join();
    this.results = { status: 'ready', kind, response: outcome.response };
    const hits = outcome.response.hits;
    if (kind === 'submitted') {
      this.expanded = false;
      this.active = -1;
      this.#focusNext = '#faq-results-title';
      this.#announce(this.#countText(hits.length), 0);
      return;
    }
    this.expanded = hits.length > 0 && this.#inputFocused();
    // The chosen question stays chosen while it is still offered.
    if (hits.map((hit) => hit.id).join() !== before) this.active = -1;
    // Once the citizen pauses: a count read out per keystroke would drown what they type.
    this.#announce(this.#countText(hits.length), Math.max(this.debounce, 300));
  }

  #inputFocused(): boolean {
    return this.renderRoot.querySelector('#faq-input') === (this.renderRoot as ShadowRoot).activeElement;
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.missing = false;
    if (this.results.status === 'ready' && this.results.kind === 'submitted') this.results = { status: 'idle' };
    this.#search('typed');
  };

  #onFocus = (): void => {
    this.#searcher.prepare();
  };

  #onBlur = (): void => {
    this.expanded = false;
    this.active = -1;
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const hits = this.#hits;
    const typed = this.results.status === 'ready' && this.results.kind === 'typed';
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!typed || hits.length === 0) return;
        event.preventDefault();
        const last = hits.length - 1;
        if (!this.expanded) {
          this.expanded = true;
          this.active = event.key === 'ArrowDown' ? 0 : last;
        } else if (event.key === 'ArrowDown') {
          this.active = this.active >= last ? 0 : this.active + 1;
        } else {
          this.active = this.active <= 0 ? last : this.active - 1;
        }
        break;
      }
      case 'Home':
      case 'End':
        // Only while a question is chosen: otherwise they move the caret, as in any text box.
        if (!this.expanded || this.active < 0) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : hits.length - 1;
        break;
      case 'Enter': {
        const hit = this.expanded ? hits[this.active] : undefined;
        if (!hit) return; // The form submits: the full list of results.
        event.preventDefault();
        this.#open(hit, 'list');
        break;
      }
      case 'Escape':
        if (this.expanded) {
          this.expanded = false;
          this.active = -1;
        } else if (this.query) {
          this.#searcher.cancel();
          this.query = '';
          this.results = { status: 'idle' };
          this.missing = false;
        } else {
          return;
        }
        event.preventDefault();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text: the chosen question is no longer what Enter opens.
        this.active = -1;
        break;
    }
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (searchQuery(this.query).length < MIN_QUERY_LENGTH) {
      this.#searcher.cancel();
      this.results = { status: 'idle' };
      this.expanded = false;
      this.missing = true;
      this.#focusNext = '#faq-error-summary';
      return;
    }
    this.missing = false;
    this.#search('submitted');
  };

  #retrySearch = (): void => {
    if (this.results.status !== 'failed') return;
    const { kind } = this.results;
    this.#focusNext = '#faq-input';
    this.results = { status: 'idle' };
    this.#search(kind);
  };

  /* ------------------------------------------------------------------ the answer */

  #open(hit: FaqSearchHit, from: Opened['from']): void {
    this.opened = { hit, from, query: searchQuery(this.query) };
    this.expanded = false;
    this.active = -1;
    this.feedback = { state: 'ask' };
    this.comment = '';
    this.#focusNext = '#faq-answer-title';
    void this.#loadArticle(hit);
  }

  async #loadArticle(hit: FaqSearchHit): Promise<void> {
    this.#articleRequest?.abort();
    const request = new AbortController();
    this.#articleRequest = request;
    this.article = { status: 'loading' };
    this.#announce(this.t('faq-search.answer-loading', msg('Loading the answer…', { id: 'faq-search.answer-loading' })), 0);
    try {
      const client = this.client;
      if (!client) throw new NoConnectionError();
      const article = await client.use(FaqResource).get(hit.id, { lang: this.locale.lang, signal: request.signal });
      const body = await answerElement(article.answerHtml, article.lang, directionOf(article.lang));
      if (request.signal.aborted) return;
      this.article = { status: 'ready', article, body };
      this.#announce('', 0);
    } catch (error) {
      if (request.signal.aborted) return;
      if (this.misconfiguration.take(error, 'load-faq')) {
        this.opened = undefined;
        this.article = undefined;
        return;
      }
      const failure = failureOf(error);
      this.article = { status: 'failed', failure };
      this.#failed(error, 'load-faq');
      this.#announce(this.#failureText(failure, 'answer'), 0);
    }
  }

  #back = (): void => {
    const opened = this.opened;
    this.#articleRequest?.abort();
    this.opened = undefined;
    this.article = undefined;
    // Back where the citizen was: the result they opened, or the search box.
    this.#focusNext =
      opened?.from === 'results' && this.results.status === 'ready' ? `#faq-result-${CSS.escape(opened.hit.id)}` : '#faq-input';
  };

  #retryArticle = (): void => {
    if (this.opened) void this.#loadArticle(this.opened.hit);
  };

  /* ------------------------------------------------------------------ feedback */

  #answerFeedback(helpful: boolean): void {
    if (helpful) {
      void this.#sendFeedback(true);
      return;
    }
    this.feedback = { state: 'comment' };
    this.#focusNext = '#faq-comment';
  }

  async #sendFeedback(helpful: boolean): Promise<void> {
    const opened = this.opened;
    const client = this.client;
    if (!opened || this.feedback.state === 'sending') return;
    const id = opened.hit.id;
    this.feedback = { state: 'sending', helpful };
    const comment = helpful ? '' : this.comment.trim().slice(0, LIMITS.feedbackCommentMaxLength);
    try {
      if (!client) throw new NoConnectionError();
      await client.use(FaqResource).feedback(id, { helpful, lang: this.locale.lang, ...(comment ? { comment } : {}) });
      if (this.opened?.hit.id !== id) return;
      this.feedback = { state: 'sent', helpful };
      this.#focusNext = '#faq-feedback-thanks';
      this.dispatchEvent(new CivicFaqFeedbackEvent(id, helpful));
    } catch (error) {
      if (this.opened?.hit.id !== id) return;
      if (this.misconfiguration.take(error, 'send-feedback')) {
        this.feedback = { state: 'ask' };
        return;
      }
      // The comment stays in its box (this.comment), ready for another try.
      this.feedback = { state: 'failed', helpful, failure: failureOf(error) };
      this.#focusNext = '#faq-feedback-failure';
      this.#failed(error, 'send-feedback');
    }
  }

  #onSendComment = (event: Event): void => {
    event.preventDefault();
    void this.#sendFeedback(false);
  };

  /* ------------------------------------------------------------------ contacting the ministry */

  #requestContact(event: Event, channel: ContactChannel, faqId: string | undefined, detailsId: string): void {
    const query = this.opened?.query ?? searchQuery(this.query);
    const request = new CivicContactRequestedEvent(channel, query, faqId);
    this.dispatchEvent(request);
    if (request.defaultPrevented) {
      event.preventDefault();
      return;
    }
    // A button has nowhere to go: show the citizen the ministry's phone and email instead.
    if (event.currentTarget instanceof HTMLButtonElement) this.renderRoot.querySelector<HTMLElement>(`#${detailsId}`)?.focus();
  }

  /* ------------------------------------------------------------------ helpers */

  #failed(error: unknown, operation: CivicErrorOperation): void {
    this.dispatchEvent(new CivicErrorEvent(asError(error), operation));
  }

  /** Puts `text` in the live region after `delayMs`, replacing anything still waiting. */
  #announce(text: string, delayMs: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      // Emptied first, so the same words twice are still read twice.
      this.announcement = '';
      void this.updateComplete.then(() => (this.announcement = text));
    }, delayMs);
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.locale.lang).format(value);
  }

  #countText(count: number): string {
    if (count === 0) return this.t('faq-search.count-none', msg('No results', { id: 'faq-search.count-none' }));
    if (count === 1) return this.t('faq-search.count-one', msg('1 result', { id: 'faq-search.count-one' }));
    const n = this.#number(count);
    return this.t('faq-search.count', msg(str`${n} results`, { id: 'faq-search.count' }));
  }

  #failureText(failure: Failure, what: 'search' | 'answer' | 'feedback'): string {
    switch (failure.kind) {
      case 'rate-limited': {
        const wait = waitText(failure.retryAfter ?? 60, this.locale.lang);
        return this.t('faq-search.rate-limited', msg(str`Too many requests were made from here. Try again ${wait}.`, { id: 'faq-search.rate-limited' }));
      }
      case 'unreachable':
        return this.t(
          'faq-search.unreachable',
          msg('We could not reach the contact centre. Check your internet connection and try again.', { id: 'faq-search.unreachable' }),
        );
      case 'not-found':
        return this.t('faq-search.answer-gone', msg('This answer is no longer available. Go back and search again.', { id: 'faq-search.answer-gone' }));
      case 'server':
        if (what === 'search') {
          return this.t('faq-search.search-failed', msg('The search is not working at the moment. Try again.', { id: 'faq-search.search-failed' }));
        }
        if (what === 'answer') {
          return this.t('faq-search.answer-failed', msg('The answer could not be loaded. Try again.', { id: 'faq-search.answer-failed' }));
        }
        return this.t('faq-search.feedback-failed', msg('Your feedback could not be sent. Try again.', { id: 'faq-search.feedback-failed' }));
    }
  }

  #canRetry(failure: Failure): boolean {
    return failure.kind !== 'not-found';
  }

  /** Content in another language than the citizen's is marked as such, so a screen reader pronounces it right. */
  #langOf(lang: string): { lang: string | typeof nothing; dir: string | typeof nothing } {
    return primary(lang) === primary(this.locale.lang) ? { lang: nothing, dir: nothing } : { lang, dir: directionOf(lang) };
  }

  /* ------------------------------------------------------------------ rendering */

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" dir=${dir} lang=${stringsLang(lang)}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.misconfiguration.notice() ??
      html`<div class="search" ?hidden=${this.opened !== undefined}>${this.#renderSearch()}</div>
        ${this.opened ? this.#renderAnswer(this.opened) : nothing}`}
    </div>`;
  }

  #renderSearch(): TemplateResult {
    const results = this.results;
    const hits = this.#hits;
    const typed = results.status === 'ready' && results.kind === 'typed';
    const activeHit = this.expanded ? hits[this.active] : undefined;
    const describedBy = this.missing ? 'faq-hint faq-input-error' : 'faq-hint';
    return html`
      ${this.missing
        ? html`<div id="faq-error-summary" class="error-summary" part="error-summary" tabindex="-1">
            <div role="alert">
              <h2>${this.t('shared.error-summary-title', msg('There is a problem', { id: 'shared.error-summary-title' }))}</h2>
              <ul>
                <li>
                  <a
                    href="#faq-input"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      this.renderRoot.querySelector<HTMLElement>('#faq-input')?.focus();
                    }}
                    >${this.#missingText()}</a
                  >
                </li>
              </ul>
            </div>
          </div>`
        : nothing}
      <form role="search" part="search-form" novalidate aria-labelledby="faq-label" @submit=${this.#onSubmit}>
        <div class="form-group ${this.missing ? 'form-group--error' : ''}">
          <label id="faq-label" for="faq-input">${this.t('faq-search.label', msg('Search for an answer', { id: 'faq-search.label' }))}</label>
          <p id="faq-hint" class="hint">
            ${this.t(
              'faq-search.hint',
              msg('Type a few words. Questions that match appear as you type: use the up and down arrow keys to choose one.', {
                id: 'faq-search.hint',
              }),
            )}
          </p>
          ${this.missing
            ? html`<p id="faq-input-error" class="error-message">
                <span class="visually-hidden">${this.t('shared.error-prefix', msg('Error:', { id: 'shared.error-prefix' }))}</span>
                ${this.#missingText()}
              </p>`
            : nothing}
          <div class="combobox">
            <div class="combobox__row">
              <input
                id="faq-input"
                class=${this.missing ? 'input--error' : ''}
                part="input"
                type="text"
                role="combobox"
                aria-autocomplete="list"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="faq-listbox"
                aria-activedescendant=${activeHit ? `faq-option-${this.active}` : nothing}
                aria-describedby=${describedBy}
                aria-invalid=${this.missing ? 'true' : 'false'}
                autocomplete="off"
                autocapitalize="off"
                enterkeyhint="search"
                maxlength=${LIMITS.searchQueryMaxLength}
                .value=${live(this.query)}
                @input=${this.#onInput}
                @keydown=${this.#onKeyDown}
                @focus=${this.#onFocus}
                @blur=${this.#onBlur}
              />
              <button class="button" part="search-button" type="submit">
                ${this.t('faq-search.submit', msg('Search', { id: 'faq-search.submit' }))}
              </button>
            </div>
            <ul
              id="faq-listbox"
              role="listbox"
              part="listbox"
              aria-label=${this.t('faq-search.listbox-label', msg('Matching questions', { id: 'faq-search.listbox-label' }))}
              ?hidden=${!this.expanded || !typed}
              @mousedown=${(event: Event) => event.preventDefault()}
            >
              ${typed ? hits.map((hit, index) => this.#renderOption(hit, index)) : nothing}
            </ul>
          </div>
        </div>
      </form>
      ${this.searching
        ? html`<p class="hint searching" part="searching">${this.t('faq-search.searching', msg('Searching…', { id: 'faq-search.searching' }))}</p>`
        : nothing}
      ${results.status === 'failed' ? this.#renderFailure(results.failure, 'search', 'faq-search-failure', this.#retrySearch) : nothing}
      ${results.status === 'ready' && results.kind === 'submitted' && hits.length > 0 ? this.#renderResults(results.response) : nothing}
      ${results.status === 'ready' && hits.length === 0 ? this.#renderNoResults(results.response.query) : nothing}
    `;
  }

  #missingText(): string {
    return this.t('faq-search.query-missing', msg('Enter a word or two about your question', { id: 'faq-search.query-missing' }));
  }

  #renderOption(hit: FaqSearchHit, index: number): TemplateResult {
    const own = this.#langOf(hit.lang);
    return html`<li
      id="faq-option-${index}"
      role="option"
      part="option"
      class="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      data-faq=${hit.id}
      lang=${own.lang}
      dir=${own.dir}
      @click=${() => this.#open(hit, 'list')}
    >
      <span class="option__question">${highlighted(hit.question)}</span>
      <span class="option__category">${hit.category}</span>
    </li>`;
  }

  #renderResults(response: FaqSearchResponse): TemplateResult {
    const count = this.#countText(response.hits.length);
    const q = response.query;
    return html`<section class="results" part="results" aria-labelledby="faq-results-title">
      <h2 id="faq-results-title" tabindex="-1">${this.t('faq-search.results-title', msg(str`${count} for “${q}”`, { id: 'faq-search.results-title' }))}</h2>
      <ol class="results__list">
        ${response.hits.map((hit) => {
          const own = this.#langOf(hit.lang);
          return html`<li class="result" part="result" data-faq=${hit.id} lang=${own.lang} dir=${own.dir}>
            <h3 class="result__question">
              <button
                id="faq-result-${hit.id}"
                type="button"
                class="link-button"
                part="result-button"
                @click=${() => this.#open(hit, 'results')}
              >
                ${highlighted(hit.question)}
              </button>
            </h3>
            <p class="result__snippet">${highlighted(hit.snippet)}</p>
            <p class="result__category">${hit.category}</p>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  #renderNoResults(q: string): TemplateResult {
    return html`<section class="no-results" part="no-results" aria-labelledby="faq-no-results-title">
      <h2 id="faq-no-results-title">${this.t('faq-search.no-results-title', msg(str`No answers match “${q}”`, { id: 'faq-search.no-results-title' }))}</h2>
      <p>${this.t('faq-search.no-results', msg('Check the spelling or try other words. Or contact us:', { id: 'faq-search.no-results' }))}</p>
      ${this.#renderEscalation(undefined, 'search')}
    </section>`;
  }

  #renderFailure(failure: Failure, what: 'search' | 'answer' | 'feedback', id: string, retry: () => void): TemplateResult {
    return html`<div id=${id} class="failure" part="failure" tabindex="-1">
      <p role="alert">
        <span class="visually-hidden">${this.t('shared.error-prefix', msg('Error:', { id: 'shared.error-prefix' }))}</span>
        ${this.#failureText(failure, what)}
      </p>
      ${this.#canRetry(failure)
        ? html`<button type="button" class="button button--secondary" part="retry-button" @click=${retry}>
            ${this.t('faq-search.retry', msg('Try again', { id: 'faq-search.retry' }))}
          </button>`
        : nothing}
    </div>`;
  }

  #renderAnswer(opened: Opened): TemplateResult {
    const article = this.article;
    const ready = article?.status === 'ready' ? article.article : undefined;
    const own = this.#langOf(ready?.lang ?? opened.hit.lang);
    const title = ready ? ready.question : opened.hit.question.map((segment) => segment.text).join('');
    return html`<section class="answer" part="answer" aria-labelledby="faq-answer-title" aria-busy=${article?.status === 'loading' ? 'true' : 'false'}>
      <p>
        <button type="button" class="link-button back" part="back-button" @click=${this.#back}>
          ${this.t('faq-search.back', msg('Back to results', { id: 'faq-search.back' }))}
        </button>
      </p>
      <h2 id="faq-answer-title" tabindex="-1" lang=${own.lang} dir=${own.dir}>${title}</h2>
      ${article?.status === 'loading' || !article
        ? html`<p>${this.t('faq-search.answer-loading', msg('Loading the answer…', { id: 'faq-search.answer-loading' }))}</p>`
        : nothing}
      ${article?.status === 'failed' ? this.#renderFailure(article.failure, 'answer', 'faq-answer-failure', this.#retryArticle) : nothing}
      ${article?.status === 'ready' ? this.#renderArticle(article.article, article.body) : nothing}
    </section>`;
  }

  #renderArticle(article: FaqArticle, body: HTMLElement): TemplateResult {
    const own = this.#langOf(article.lang);
    let note: TemplateResult | typeof nothing = nothing;
    if (own.lang !== nothing) {
      const language = languageName(article.lang, this.locale.lang);
      note = html`<p class="inset language-note" part="language-note">
        ${this.t('faq-search.language-note', msg(str`This answer is only available in ${language}.`, { id: 'faq-search.language-note' }))}
      </p>`;
    }
    return html`${note} ${body}
      <p class="answer__category">
        ${this.t('faq-search.category', msg('Topic:', { id: 'faq-search.category' }))}
        <span lang=${own.lang} dir=${own.dir}>${article.category}</span>
      </p>
      ${this.#renderFeedback(article)}`;
  }

  #renderFeedback(article: FaqArticle): TemplateResult {
    const feedback = this.feedback;
    const question = this.t('faq-search.feedback-question', msg('Did this answer your question?', { id: 'faq-search.feedback-question' }));
    let body: TemplateResult;
    switch (feedback.state) {
      case 'ask':
        body = html`<h3 id="faq-feedback-title">${question}</h3>
          <div class="button-group">
            <button type="button" class="button button--secondary" part="feedback-button" data-helpful="yes" @click=${() => this.#answerFeedback(true)}>
              ${this.t('faq-search.yes', msg('Yes', { id: 'faq-search.yes' }))}
            </button>
            <button type="button" class="button button--secondary" part="feedback-button" data-helpful="no" @click=${() => this.#answerFeedback(false)}>
              ${this.t('faq-search.no', msg('No', { id: 'faq-search.no' }))}
            </button>
          </div>`;
        break;
      case 'sent':
        body = html`<p id="faq-feedback-thanks" class="feedback__thanks" tabindex="-1">
            ${feedback.helpful
              ? this.t('faq-search.thanks-yes', msg('Thank you for your feedback.', { id: 'faq-search.thanks-yes' }))
              : this.t('faq-search.thanks-no', msg('Thank you. Your feedback helps us improve our answers.', { id: 'faq-search.thanks-no' }))}
          </p>
          ${feedback.helpful ? nothing : this.#renderEscalation(article.id, 'answer')}`;
        break;
      default: {
        const helpful = feedback.state === 'comment' ? false : feedback.helpful;
        const sending = feedback.state === 'sending';
        body = html`${feedback.state === 'failed'
          ? this.#renderFailure(feedback.failure, 'feedback', 'faq-feedback-failure', () => void this.#sendFeedback(helpful))
          : nothing}
        ${helpful ? html`<p aria-busy="true">${this.t('faq-search.feedback-sending', msg('Sending your feedback…', { id: 'faq-search.feedback-sending' }))}</p>` : this.#renderComment(sending)}
        ${!helpful && feedback.state === 'failed' ? this.#renderEscalation(article.id, 'answer') : nothing}`;
      }
    }
    return html`<div class="feedback" part="feedback">${body}</div>`;
  }

  #renderComment(sending: boolean): TemplateResult {
    const limit = this.#number(LIMITS.feedbackCommentMaxLength);
    return html`<form class="feedback__comment" novalidate @submit=${this.#onSendComment}>
      <div class="form-group">
        <label for="faq-comment">${this.t('faq-search.comment-label', msg('What were you looking for? (optional)', { id: 'faq-search.comment-label' }))}</label>
        <p id="faq-comment-hint" class="hint">
          ${this.t(
            'faq-search.comment-hint',
            msg(str`Do not include personal details such as your name or phone number. Up to ${limit} characters.`, { id: 'faq-search.comment-hint' }),
          )}
        </p>
        <textarea
          id="faq-comment"
          part="comment-input"
          rows="3"
          maxlength=${LIMITS.feedbackCommentMaxLength}
          aria-describedby="faq-comment-hint"
          .value=${live(this.comment)}
          @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
      <button class="button" part="send-feedback-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending
          ? this.t('faq-search.feedback-sending-button', msg('Sending…', { id: 'faq-search.feedback-sending-button' }))
          : this.t('faq-search.send-feedback', msg('Send feedback', { id: 'faq-search.send-feedback' }))}
      </button>
    </form>`;
  }

  #renderEscalation(faqId: string | undefined, where: 'search' | 'answer'): TemplateResult {
    const detailsId = `faq-contact-details-${where}`;
    const ministry = this.#ministry;
    const link = (channel: ContactChannel, href: string, text: string): TemplateResult =>
      href
        ? html`<a class="button button--secondary" part="${channel}-link" href=${href} @click=${(event: Event) => this.#requestContact(event, channel, faqId, detailsId)}
            >${text}</a
          >`
        : html`<button type="button" class="button button--secondary" part="${channel}-link" @click=${(event: Event) => this.#requestContact(event, channel, faqId, detailsId)}>
            ${text}
          </button>`;
    return html`<div class="escalation" part="escalation">
      ${where === 'answer'
        ? html`<h3>${this.t('faq-search.escalation-title', msg('Still need help?', { id: 'faq-search.escalation-title' }))}</h3>`
        : nothing}
      <ul class="escalation__actions">
        <li>${link('complaint', this.complaintHref, this.t('faq-search.complaint', msg('Make a complaint', { id: 'faq-search.complaint' })))}</li>
        <li>${link('callback', this.callbackHref, this.t('faq-search.callback', msg('Request a callback', { id: 'faq-search.callback' })))}</li>
      </ul>
      ${(!this.complaintHref || !this.callbackHref) && ministry
        ? html`<div id=${detailsId} class="contact-details" part="contact-details" tabindex="-1">
            <p>${this.t('faq-search.contact-intro', msg('Or contact us directly:', { id: 'faq-search.contact-intro' }))}</p>
            <ul>
              <li>
                ${this.t('faq-search.phone', msg('Phone:', { id: 'faq-search.phone' }))}
                <a href="tel:${ministry.contact.phone.replace(/[^+\d]/g, '')}" dir="ltr">${ministry.contact.phone}</a>
              </li>
              <li>
                ${this.t('faq-search.email', msg('Email:', { id: 'faq-search.email' }))}
                <a href="mailto:${ministry.contact.email}" dir="ltr">${ministry.contact.email}</a>
              </li>
            </ul>
          </div>`
        : nothing}
    </div>`;
  }
}

/** The name of `lang` in the reader's language ("English", "الإنجليزية"). */
function languageName(lang: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-faq-search': CivicFaqSearch;
  }
}
