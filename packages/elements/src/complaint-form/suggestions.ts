/**
 * FAQs that may answer the complaint, offered while the citizen types its subject and
 * description: a first contact that resolves the question needs no ticket. They never block
 * the form, and a failed search just shows nothing.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FaqArticle, FaqSearchHit } from '@civic-contact/contract';
import { FaqResource, type BaseClient } from '@civic-contact/sdk';
import { heading } from '../base/heading.ts';
import { Task } from '../base/task.ts';
import { directionOf } from '../locale.ts';
import { highlighted, searchQuery } from '../shared/faq.ts';
import type { View } from '../shared/view.ts';

/** Wait this long after the last keystroke before searching. */
export const SUGGESTION_DELAY_MS = 400;
const MIN_QUERY_LENGTH = 3;

/** What to search for and where. */
export interface SuggestionQuery {
  client: BaseClient | undefined;
  text: string;
  lang: string;
  service: string;
}

type ArticleState = { status: 'loading' } | { status: 'ready'; article: FaqArticle } | { status: 'failed' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * An FAQ answer's HTML as plain paragraphs, list items marked with a bullet. The text is
 * rendered by Lit as text, so no markup from the contact centre ever reaches the page.
 */
export function answerParagraphs(answerHtml: string): string[] {
  return answerHtml
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/(p|li|ul|ol|div|h[1-6])\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((line) => decodeEntities(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && line !== '•');
}

/** Debounced FAQ search and the answers opened inline. */
export class FaqSuggestions implements ReactiveController {
  hits: FaqSearchHit[] = [];
  dismissed = false;
  readonly articles = new Map<string, ArticleState>();
  readonly #host: ReactiveControllerHost;
  readonly #found: (count: number) => void;
  readonly #search: Task<FaqSearchHit[]>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastQuery = '';

  /** @param found - called with the number of suggestions each time a search brings new ones, e.g. to announce them. */
  constructor(host: ReactiveControllerHost, found: (count: number) => void) {
    this.#host = host;
    this.#found = found;
    this.#search = new Task(host);
    host.addController(this);
  }

  hostDisconnected(): void {
    // The search on its way is the Task's to cancel.
    clearTimeout(this.#timer);
  }

  /** Searches for `text` once the citizen pauses typing. */
  request(query: SuggestionQuery): void {
    if (this.dismissed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(query), SUGGESTION_DELAY_MS);
  }

  dismiss(): void {
    this.dismissed = true;
    this.#cancel();
    this.#host.requestUpdate();
  }

  reset(): void {
    this.#cancel();
    this.hits = [];
    this.dismissed = false;
    this.articles.clear();
    this.#lastQuery = '';
    this.#host.requestUpdate();
  }

  /** Loads an FAQ's answer the first time it is opened. */
  async open(client: BaseClient | undefined, id: string, lang: string): Promise<void> {
    if (!client || this.articles.get(id)?.status === 'ready' || this.articles.get(id)?.status === 'loading') return;
    this.articles.set(id, { status: 'loading' });
    this.#host.requestUpdate();
    try {
      this.articles.set(id, { status: 'ready', article: await client.use(FaqResource).get(id, { lang }) });
    } catch {
      this.articles.set(id, { status: 'failed' });
    }
    this.#host.requestUpdate();
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#search.reset();
  }

  async #run({ client, text, lang, service }: SuggestionQuery): Promise<void> {
    const q = searchQuery(text);
    if (!client || q.length < MIN_QUERY_LENGTH || q === this.#lastQuery) return;
    try {
      const hits = await this.#search.run(async (signal) => (await client.use(FaqResource).search({ q, lang, limit: 3, service }, { signal })).hits);
      if (!hits || this.dismissed) return;
      this.#lastQuery = q;
      const before = this.hits.map((hit) => hit.id).join();
      this.hits = hits;
      this.#host.requestUpdate();
      if (hits.map((hit) => hit.id).join() !== before) this.#found(hits.length);
    } catch {
      // Suggestions are a help, not a step: a failed search leaves the form as it was.
    }
  }
}

function answer(state: ArticleState | undefined, view: View): TemplateResult {
  if (!state || state.status === 'loading') return html`<p>${view.m('complaint-form.faq-loading', 'Loading the answer…')}</p>`;
  if (state.status === 'failed') {
    return html`<p>${view.m('complaint-form.faq-failed', 'The answer could not be loaded. You can carry on with your complaint.')}</p>`;
  }
  const { article } = state;
  return html`<div lang=${article.lang} dir=${directionOf(article.lang)}>
    ${answerParagraphs(article.answerHtml).map((line) => html`<p>${line}</p>`)}
  </div>`;
}

/** What the suggestions ask of the form: an answer loaded when its question is opened, the suggestions hidden. */
export interface SuggestionsActions {
  toggled(id: string, lang: string, open: boolean): void;
  dismiss(): void;
}

/** The suggestions under the description, or nothing when there are none. */
export function suggestionsView(suggestions: FaqSuggestions, view: View, actions: SuggestionsActions): TemplateResult | typeof nothing {
  if (suggestions.dismissed || suggestions.hits.length === 0) return nothing;
  const { m } = view;
  return html`<section class="suggestions" part="suggestions" aria-labelledby="cf-suggestions-title">
    ${heading(view.level, m('complaint-form.faq-title', 'These may answer your question'), { sub: true, id: 'cf-suggestions-title' })}
    <p class="hint">${m('complaint-form.faq-hint', 'Open a question to read its answer. You can still send your complaint.')}</p>
    <ul class="suggestions__list">
      ${suggestions.hits.map(
        (hit) => html`<li>
          <details
            data-faq=${hit.id}
            @toggle=${(event: Event) => actions.toggled(hit.id, hit.lang, (event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary part="suggestion"><span lang=${hit.lang} dir=${directionOf(hit.lang)}>${highlighted(hit.question)}</span></summary>
            <div class="suggestions__answer">${answer(suggestions.articles.get(hit.id), view)}</div>
          </details>
        </li>`,
      )}
    </ul>
    <button type="button" class="link-button" part="dismiss-suggestions" @click=${actions.dismiss}>
      ${m('complaint-form.faq-dismiss', 'Hide these suggestions')}
    </button>
  </section>`;
}
