/**
 * The search of `<civic-faq-search>`: the search box (an ARIA 1.2 combobox) and the
 * questions it offers, the error of an empty search, "Searching…", what went wrong, and the
 * full list of results. Also what the answer's view shares with it: content marked with its
 * own language, and a failure with "Try again".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type FaqSearchHit, type FaqSearchResponse } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { errorPrefix, errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import { highlighted } from '../shared/faq.ts';
import type { Failure } from '../shared/failure.ts';
import { marked, type View } from '../shared/view.ts';
import { countText, failureText, type Failed } from './messages.ts';
import { canRetry, shown, type Listbox, type Opened, type Results } from './model.ts';

/** What the search shows, and what the citizen can do there. */
export interface SearchScreen {
  query: string;
  results: Results;
  listbox: Listbox;
  /** The citizen searched with an empty box. */
  missing: boolean;
  /** A search is waiting for the citizen's pause or on its way. */
  searching: boolean;
  /** A result chosen before the answer's code could come (the connection dropped). */
  unopened: Omit<Opened, 'query'> | undefined;
  /** "No answers match" `q`, and the ways to contact the ministry; a step of its own once `submitted` (not while the citizen types). */
  noResults(q: string, submitted: boolean): unknown;
  onInput(event: Event): void;
  onKeyDown(event: KeyboardEvent): void;
  onFocus(): void;
  onBlur(): void;
  onSubmit(event: Event): void;
  /** Tries the failed search again. */
  retry(): void;
  open(hit: FaqSearchHit, from: Opened['from']): void;
}

/** What went wrong, with "Try again" where trying again can help. */
export function failureView(view: View, failure: Failure, what: Failed, id: string, retry: () => void): TemplateResult {
  return html`<div id=${id} class="failure" part="failure" tabindex="-1">
    <p role="alert">${errorPrefix(view, true)}${failureText(view, failure, what)}</p>
    ${canRetry(failure)
      ? html`<button type="button" class="button button--secondary" part="retry-button" @click=${retry}>
          ${view.m('faq-search.retry', 'Try again')}
        </button>`
      : nothing}
  </div>`;
}

export function searchView(view: View, screen: SearchScreen): TemplateResult {
  const { m } = view;
  const { results, listbox, missing, unopened } = screen;
  const { offered, list, none } = shown(results);
  const chosen = listbox.expanded ? offered[listbox.active] : undefined;
  const missingText = m('faq-search.query-missing', 'Enter a word or two about your question');
  return html`
    ${missing ? errorSummary(view, { id: 'faq-error-summary', items: [{ text: missingText, target: '#faq-input' }] }) : nothing}
    <form role="search" part="search-form" novalidate aria-labelledby="faq-label" @submit=${screen.onSubmit}>
      <div class="form-group ${missing ? 'form-group--error' : ''}">
        <label id="faq-label" for="faq-input" data-step="search">${m('faq-search.label', 'Search for an answer')}</label>
        <p id="faq-hint" class="hint">
          ${m('faq-search.hint', 'Type a few words. Questions that match appear as you type: use the up and down arrow keys to choose one.')}
        </p>
        ${errorMessage(view, 'faq-input', missing && missingText)}
        <div class="combobox">
          <div class="combobox__row">
            <input
              id="faq-input"
              class=${missing ? 'input--error' : ''}
              part="input"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded=${listbox.expanded ? 'true' : 'false'}
              aria-controls="faq-listbox"
              aria-activedescendant=${chosen ? `faq-option-${listbox.active}` : nothing}
              aria-describedby=${missing ? 'faq-hint faq-input-error' : 'faq-hint'}
              aria-invalid=${missing ? 'true' : 'false'}
              autocomplete="off"
              autocapitalize="off"
              enterkeyhint="search"
              maxlength=${LIMITS.searchQueryMaxLength}
              .value=${live(screen.query)}
              @input=${screen.onInput}
              @keydown=${screen.onKeyDown}
              @focus=${screen.onFocus}
              @blur=${screen.onBlur}
            />
            <button class="button" part="search-button" type="submit">${m('faq-search.submit', 'Search')}</button>
          </div>
          <ul
            id="faq-listbox"
            role="listbox"
            part="listbox"
            aria-label=${m('faq-search.listbox-label', 'Matching questions')}
            ?hidden=${!listbox.expanded || offered.length === 0}
            @mousedown=${(event: Event) => event.preventDefault()}
          >
            ${offered.map((hit, index) => optionView(view, hit, index, listbox.active, screen))}
          </ul>
        </div>
      </div>
    </form>
    ${screen.searching ? html`<p class="hint searching" part="searching">${m('faq-search.searching', 'Searching…')}</p>` : nothing}
    ${results.status === 'failed' ? failureView(view, results.failure, 'search', 'faq-search-failure', screen.retry) : nothing}
    ${unopened ? failureView(view, { kind: 'unreachable' }, 'answer', 'faq-unopened', () => screen.open(unopened.hit, unopened.from)) : nothing}
    ${list ? resultsView(view, list, screen) : nothing} ${none === undefined ? nothing : screen.noResults(none, results.status === 'ready' && results.kind === 'submitted')}
  `;
}

function optionView(view: View, hit: FaqSearchHit, index: number, active: number, screen: SearchScreen): TemplateResult {
  const own = marked(view, hit.lang);
  return html`<li
    id="faq-option-${index}"
    role="option"
    part="option"
    class="option"
    aria-selected=${index === active ? 'true' : 'false'}
    data-faq=${hit.id}
    lang=${own.lang}
    dir=${own.dir}
    @click=${() => screen.open(hit, 'list')}
  >
    <span class="option__question">${highlighted(hit.question)}</span>
    <span class="option__category">${hit.category}</span>
  </li>`;
}

function resultsView(view: View, response: FaqSearchResponse, screen: SearchScreen): TemplateResult {
  const count = countText(view, response.hits.length);
  const q = response.query;
  return html`<section class="results" part="results" aria-labelledby="faq-results-title">
    ${heading(view.level, view.m('faq-search.results-title', str`${count} for “${q}”`), { id: 'faq-results-title', focusable: true, step: 'results' })}
    <ol class="results__list">
      ${response.hits.map((hit) => {
        const own = marked(view, hit.lang);
        return html`<li class="result" part="result" data-faq=${hit.id} lang=${own.lang} dir=${own.dir}>
          ${heading(
            view.level,
            html`<button id="faq-result-${hit.id}" type="button" class="link-button" part="result-button" @click=${() => screen.open(hit, 'results')}>
              ${highlighted(hit.question)}
            </button>`,
            { sub: true, class: 'result__question' },
          )}
          <p class="result__snippet">${highlighted(hit.snippet)}</p>
          <p class="result__category">${hit.category}</p>
        </li>`;
      })}
    </ol>
  </section>`;
}
