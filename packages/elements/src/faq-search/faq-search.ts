import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { LIMITS, type FaqSearchHit, type FaqSearchResponse } from '@civic-contact/contract';
import { CivicElement } from '../base/civic-element.ts';
import { OnDemand } from '../base/on-demand.ts';
import { CivicErrorEvent, type CivicErrorOperation } from '../events/civic-error-event.ts';
import { stringsLang } from '../i18n/localization.ts';
import { directionOf } from '../locale.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import { highlighted, searchQuery } from '../shared/faq.ts';
import { asError, failureOf, waitText, type Failure } from '../shared/failure.ts';
import { primary } from '../shared/view.ts';
import type { FaqAnswer, Marked, Opened } from './answer-view.ts';
import type { ContactContext } from './escalation.ts';
import { faqSearchStyles } from './faq-search.styles.ts';
import { FaqSearcher, type SearchKind, type SearchOutcome, type SearchRequest } from './search.ts';

/** Results offered in the list as the citizen types; the full list after a search shows more. */
const TYPED_LIMIT = 5;
/** Fewer letters than this find too much to be worth a search. */
const MIN_QUERY_LENGTH = 2;

type Results =
  | { status: 'idle' }
  | { status: 'ready'; kind: SearchKind; response: FaqSearchResponse }
  | { status: 'failed'; kind: SearchKind; q: string; failure: Failure };

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadLater = () => import('./later.ts');
type Later = Awaited<ReturnType<typeof loadLater>>;

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
  /** A result the citizen chose before the answer's code could come (the connection dropped). */
  @state() private unopened: Omit<Opened, 'query'> | undefined = undefined;
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
    ministryId: () => this.ministry?.id,
    indexFailed: (error) => this.#failed(error, 'load-faq-index'),
    changed: () => {
      this.searching = this.#searcher.busy;
    },
  });
  /** The answer and its feedback: fetched when the citizen starts on the search. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /** The answer being read, once the code for it has come. */
  #answer: FaqAnswer | undefined;
  /** A search that found nothing, waiting for the code that offers the ways to contact the ministry. */
  #waiting: SearchOutcome | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focusNext: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelSearch();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('service') && changed.get('service') !== undefined) || (changed.has('indexSrc') && changed.get('indexSrc') !== undefined)) {
      // Results of another scope are no longer what the citizen would find.
      this.#cancelSearch();
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

  get #hits(): readonly FaqSearchHit[] {
    return this.results.status === 'ready' ? this.results.response.hits : [];
  }

  /* ------------------------------------------------------------------ searching */

  /** Forgets the search waiting, in flight, or found and waiting for the code to show it. */
  #cancelSearch(): void {
    this.#searcher.cancel();
    this.#waiting = undefined;
  }

  #search(kind: SearchKind): void {
    this.#waiting = undefined;
    const q = searchQuery(this.query);
    if (q.length < MIN_QUERY_LENGTH) {
      this.#cancelSearch();
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
    if (outcome.status === 'ready' && outcome.response.hits.length === 0 && !this.#later.module) {
      // Nothing found before the ways to contact the ministry have come (they are fetched
      // when the citizen starts on the search): told once they have.
      this.#waiting = outcome;
      const waited = (then: () => void) => () => {
        if (this.#waiting !== outcome) return;
        this.#waiting = undefined;
        then();
      };
      this.#later.load().then(
        waited(() => this.#settled(outcome)),
        // Offline before they could come: told as a search that could not reach the contact centre.
        waited(() => this.#searchFailed(outcome.request, { kind: 'unreachable' })),
      );
      return;
    }
    const { kind } = outcome.request;
    if (outcome.status === 'failed') {
      if (this.misconfiguration.take(outcome.error, 'search-faq')) {
        this.results = { status: 'idle' };
        this.expanded = false;
        return;
      }
      this.#failed(outcome.error, 'search-faq');
      this.#searchFailed(outcome.request, failureOf(outcome.error));
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

  #searchFailed(request: SearchRequest, failure: Failure): void {
    this.results = { status: 'failed', kind: request.kind, q: request.q, failure };
    this.expanded = false;
    this.active = -1;
    this.#announce(this.#failureText(failure, 'search'), 0);
  }

  #inputFocused(): boolean {
    return this.renderRoot.querySelector('#faq-input') === (this.renderRoot as ShadowRoot).activeElement;
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.missing = false;
    this.unopened = undefined;
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
          this.#cancelSearch();
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
      this.#cancelSearch();
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
    this.expanded = false;
    this.active = -1;
    this.unopened = undefined;
    const query = searchQuery(this.query);
    const later = this.#later.module;
    if (later) {
      this.#answerWith(later).open(hit, from, query);
      return;
    }
    // Chosen before the answer's code has come (it is fetched when the citizen starts on the search).
    this.#later.load().then(
      (loaded) => this.#answerWith(loaded).open(hit, from, query),
      // Offline before it could come: the search says so, with Try again, keeping the results.
      () => {
        this.unopened = { hit, from };
        this.#focusNext = '#faq-unopened';
      },
    );
  }

  #answerWith(later: Later): FaqAnswer {
    this.#answer ??= new later.FaqAnswer(this, {
      client: () => this.client,
      view: () => this.view(),
      langOf: (lang) => this.#langOf(lang),
      misconfigured: (error, operation) => this.misconfiguration.take(error, operation),
      failed: (error, operation) => this.#failed(error, operation),
      announce: (text) => this.#announce(text, 0),
      focus: (selector) => {
        this.#focusNext = selector;
        this.requestUpdate();
      },
      failureText: (failure, what) => this.#failureText(failure, what),
      failure: (failure, what, id, retry) => this.#renderFailure(failure, what, id, retry),
      contact: () => this.#contact(),
      closed: (opened) => {
        // Back where the citizen was: the result they opened, or the search box.
        this.#focusNext =
          opened.from === 'results' && this.results.status === 'ready' ? `#faq-result-${CSS.escape(opened.hit.id)}` : '#faq-input';
      },
    });
    return this.#answer;
  }

  /** What the ways to contact the ministry need: the links, the ministry's phone and email, the query for the event. */
  #contact(): ContactContext {
    return {
      host: this,
      view: this.view(),
      ministry: this.ministry,
      complaintHref: this.complaintHref,
      callbackHref: this.callbackHref,
      query: () => this.#answer?.opened?.query ?? searchQuery(this.query),
    };
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

  #countText(count: number): string {
    if (count === 0) return this.t('faq-search.count-none', msg('No results', { id: 'faq-search.count-none' }));
    if (count === 1) return this.t('faq-search.count-one', msg('1 result', { id: 'faq-search.count-one' }));
    const n = new Intl.NumberFormat(this.locale.lang).format(count);
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
  #langOf(lang: string): Marked {
    return primary(lang) === primary(this.locale.lang) ? { lang: nothing, dir: nothing } : { lang, dir: directionOf(lang) };
  }

  /* ------------------------------------------------------------------ rendering */

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" dir=${dir} lang=${stringsLang(lang)}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.misconfiguration.notice() ??
      html`<div class="search" ?hidden=${this.#answer?.opened !== undefined}>${this.#renderSearch()}</div>
        ${this.#answer?.render() ?? nothing}`}
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
      ${this.unopened ? this.#renderUnopened(this.unopened) : nothing}
      ${results.status === 'ready' && results.kind === 'submitted' && hits.length > 0 ? this.#renderResults(results.response) : nothing}
      ${results.status === 'ready' && hits.length === 0 ? this.#later.module?.noResultsView(results.response.query, this.#contact()) : nothing}
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

  #renderUnopened({ hit, from }: Omit<Opened, 'query'>): TemplateResult {
    return this.#renderFailure({ kind: 'unreachable' }, 'answer', 'faq-unopened', () => this.#open(hit, from));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-faq-search': CivicFaqSearch;
  }
}
