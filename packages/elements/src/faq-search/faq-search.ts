import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FaqSearchHit } from '@civic-contact/contract';
import { CivicElement } from '../base/civic-element.ts';
import { OnDemand } from '../base/on-demand.ts';
import { CivicErrorEvent, type CivicErrorOperation } from '../events/civic-error-event.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import { searchQuery } from '../shared/faq.ts';
import { asError, failureOf, type Failure } from '../shared/failure.ts';
import type { FaqAnswer } from './answer.ts';
import type { ContactContext } from './escalation-view.ts';
import { faqSearchStyles } from './faq-search.styles.ts';
import { countText, failureText } from './messages.ts';
import { CLOSED, keyAction, limitOf, listboxFor, queryOf, shown, type Listbox, type Opened, type Results, type SearchKind } from './model.ts';
import { FaqSearcher, type SearchOutcome } from './search.ts';
import { searchView } from './search-view.ts';

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
 * @fires civic-step - It moved to another step (`event.step`: `search`, the search box; `results`, the full list of results; `no-results`, "No answers match"; `answer`, an answer), with the step's heading (`event.title`).
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
 * @csspart error-message - The message at the search box after an empty search.
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
  @state() private listbox: Listbox = CLOSED;
  /** The citizen searched with an empty box. */
  @state() private missing = false;
  /** A result the citizen chose before the answer's code could come (the connection dropped). */
  @state() private unopened: Omit<Opened, 'query'> | undefined = undefined;

  readonly #searcher = new FaqSearcher(this, {
    client: () => this.client,
    indexSrc: () => this.indexSrc,
    fetch: () => {
      const own = this.fetch ?? this.closest<CivicContactProvider>('civic-contact-provider')?.fetch;
      return own ?? ((input, init) => globalThis.fetch(input, init));
    },
    ministryId: () => this.ministry?.id,
    indexFailed: (error) => this.#failed(error, 'load-faq-index'),
  });
  /** The answer and its feedback: fetched when the citizen starts on the search. */
  readonly #later = new OnDemand(this, loadLater, { startOnFocus: true });
  /** The answer being read, once the code for it has come. */
  #answer: FaqAnswer | undefined;
  /** A search that found nothing, waiting for the code that offers the ways to contact the ministry. */
  #waiting: SearchOutcome | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelSearch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('service') && changed.get('service') !== undefined) || (changed.has('indexSrc') && changed.get('indexSrc') !== undefined)) {
      // Results of another scope are no longer what the citizen would find.
      this.#reset();
    }
  }

  /* ------------------------------------------------------------------ searching */

  /** Forgets the search waiting, in flight, or found and waiting for the code to show it. */
  #cancelSearch(): void {
    this.#searcher.cancel();
    this.#waiting = undefined;
  }

  /** Forgets the search and its results, and closes the list. */
  #reset(): void {
    this.#cancelSearch();
    this.results = { status: 'idle' };
    this.listbox = CLOSED;
  }

  #search(kind: SearchKind): void {
    this.#waiting = undefined;
    const q = queryOf(this.query);
    if (!q) {
      this.#reset();
      return;
    }
    this.#searcher.schedule({ q, kind, lang: this.locale.lang, service: this.service, limit: limitOf(kind) }, Math.max(0, this.debounce), (outcome) =>
      this.#settled(outcome),
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
        waited(() => this.#searchFailed(outcome.request.kind, { kind: 'unreachable' })),
      );
      return;
    }
    const { kind } = outcome.request;
    if (outcome.status === 'failed') {
      if (this.misconfiguration.take(outcome.error, 'search-faq')) {
        this.#reset();
        return;
      }
      this.#failed(outcome.error, 'search-faq');
      this.#searchFailed(kind, failureOf(outcome.error));
      return;
    }
    const before = shown(this.results).offered;
    const { hits } = outcome.response;
    this.results = { status: 'ready', kind, response: outcome.response };
    const count = countText(this.view(), hits.length);
    if (kind === 'submitted') {
      this.listbox = CLOSED;
      this.moveFocus.next('#faq-results-title');
      this.announcer.announce(count);
      return;
    }
    this.listbox = listboxFor(this.listbox, before, hits, this.renderRoot.querySelector('#faq-input') === (this.renderRoot as ShadowRoot).activeElement);
    // Once the citizen pauses: a count read out per keystroke would drown what they type.
    this.announcer.announce(count, { delay: Math.max(this.debounce, 300) });
  }

  #searchFailed(kind: SearchKind, failure: Failure): void {
    this.results = { status: 'failed', kind, failure };
    this.listbox = CLOSED;
    this.announcer.announce(failureText(this.view(), failure, 'search'));
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.missing = false;
    this.unopened = undefined;
    if (this.results.status === 'ready' && this.results.kind === 'submitted') this.results = { status: 'idle' };
    this.#search('typed');
  };

  #onFocus = (): void => this.#searcher.prepare();

  #onBlur = (): void => {
    this.listbox = CLOSED;
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const { offered } = shown(this.results);
    const action = keyAction(event.key, this.listbox, offered.length, this.query);
    if (!action) return;
    if ('open' in action) {
      this.#open(offered[action.open]!, 'list');
    } else if ('clear' in action) {
      this.#reset();
      this.query = '';
      this.missing = false;
    } else {
      this.listbox = action.listbox;
      if (action.caret) return;
    }
    event.preventDefault();
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.missing = !queryOf(this.query);
    if (!this.missing) {
      this.#search('submitted');
      return;
    }
    this.#reset();
    this.moveFocus.next('#faq-error-summary');
  };

  #retrySearch = (): void => {
    if (this.results.status !== 'failed') return;
    const { kind } = this.results;
    this.moveFocus.next('#faq-input');
    this.results = { status: 'idle' };
    this.#search(kind);
  };

  /* ------------------------------------------------------------------ the answer */

  #open = (hit: FaqSearchHit, from: Opened['from']): void => {
    this.listbox = CLOSED;
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
        this.moveFocus.next('#faq-unopened');
      },
    );
  };

  #answerWith(later: Later): FaqAnswer {
    this.#answer ??= new later.FaqAnswer(this, {
      client: () => this.client,
      view: () => this.view(),
      announcer: this.announcer,
      focus: this.moveFocus,
      misconfigured: (error, operation) => this.misconfiguration.take(error, operation),
      failed: (error, operation) => this.#failed(error, operation),
      contact: () => this.#contact(),
      // Back where the citizen was: the result they opened, or the search box.
      closed: (opened) =>
        this.moveFocus.next(opened.from === 'results' && this.results.status === 'ready' ? `#faq-result-${CSS.escape(opened.hit.id)}` : '#faq-input'),
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

  #failed(error: unknown, operation: CivicErrorOperation): void {
    this.dispatchEvent(new CivicErrorEvent(asError(error), operation));
  }

  /* ------------------------------------------------------------------ rendering */

  protected override render(): TemplateResult {
    return this.frame(
      this.misconfiguration.notice() ??
        html`<div class="search" ?hidden=${this.#answer?.opened !== undefined}>
            ${searchView(this.view(), {
              query: this.query,
              results: this.results,
              listbox: this.listbox,
              missing: this.missing,
              searching: this.#searcher.busy,
              unopened: this.unopened,
              noResults: (q, submitted) => this.#later.module?.noResultsView(q, this.#contact(), submitted),
              onInput: this.#onInput,
              onKeyDown: this.#onKeyDown,
              onFocus: this.#onFocus,
              onBlur: this.#onBlur,
              onSubmit: this.#onSubmit,
              retry: this.#retrySearch,
              open: this.#open,
            })}
          </div>
          ${this.#answer?.render() ?? nothing}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-faq-search': CivicFaqSearch;
  }
}
