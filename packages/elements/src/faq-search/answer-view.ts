/**
 * The answer the citizen opened in `<civic-faq-search>`, and "Did this answer your
 * question?" with what follows it: loading the answer (made safe by answer.ts), Back, the
 * feedback and its comment. Met only once the citizen opens a result, so it comes with
 * later.ts, fetched on demand, not with the search box.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type FaqArticle, type FaqSearchHit } from '@civic-contact/contract';
import { FaqResource, type BaseClient } from '@civic-contact/sdk';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { CivicFaqFeedbackEvent } from '../events/civic-faq-feedback-event.ts';
import { directionOf } from '../locale.ts';
import { failureOf, type Failure } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { answerElement } from './answer.ts';
import { escalationView, type ContactContext } from './escalation.ts';
import { NoConnectionError } from './search.ts';

/** The answer being read, and where the citizen opened it from (focus goes back there). */
export interface Opened {
  hit: FaqSearchHit;
  from: 'list' | 'results';
  /** The query that found it, for the escalation event. */
  query: string;
}

/** `lang` and `dir` for content in another language than the citizen's; `nothing` for their own. */
export interface Marked {
  lang: string | typeof nothing;
  dir: string | typeof nothing;
}

/** What the answer needs from the element around it. */
export interface AnswerContext {
  client(): BaseClient | undefined;
  /** The element's wording and the reader's language. */
  view(): View;
  langOf(lang: string): Marked;
  /** Hands a failure to the element's `Misconfiguration`: true when it was the page's mistake, shown there. */
  misconfigured(error: unknown, operation: CivicErrorOperation): boolean;
  /** Tells the page (`civic-error`). */
  failed(error: unknown, operation: CivicErrorOperation): void;
  /** Puts `text` in the live region. */
  announce(text: string): void;
  /** Focuses what `selector` matches once the element has rendered. */
  focus(selector: string): void;
  /** What went wrong, in words. */
  failureText(failure: Failure, what: 'answer' | 'feedback'): string;
  /** What went wrong, with "Try again" where trying again can help. */
  failure(failure: Failure, what: 'answer' | 'feedback', id: string, retry: () => void): TemplateResult;
  /** What "Still need help?" needs to offer a complaint or a callback. */
  contact(): ContactContext;
  /** The citizen went back from `opened` to the search. */
  closed(opened: Opened): void;
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

/** The answer being read and the feedback on it, held by the element once it has come. */
export class FaqAnswer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #context: AnswerContext;
  #opened: Opened | undefined;
  #article: ArticleState | undefined;
  #feedback: Feedback = { state: 'ask' };
  #comment = '';
  #request: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, context: AnswerContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  /** The answer being read; undefined while the citizen is searching. */
  get opened(): Opened | undefined {
    return this.#opened;
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Shows the answer to `hit`, focused on its heading, and loads it. */
  open(hit: FaqSearchHit, from: Opened['from'], query: string): void {
    this.#opened = { hit, from, query };
    this.#feedback = { state: 'ask' };
    this.#comment = '';
    this.#context.focus('#faq-answer-title');
    void this.#load(hit);
  }

  async #load(hit: FaqSearchHit): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#article = { status: 'loading' };
    this.#host.requestUpdate();
    const view = this.#context.view();
    this.#context.announce(view.m('faq-search.answer-loading', 'Loading the answer…'));
    try {
      const client = this.#context.client();
      if (!client) throw new NoConnectionError();
      const article = await client.use(FaqResource).get(hit.id, { lang: view.lang, signal: request.signal });
      const body = await answerElement(article.answerHtml, article.lang, directionOf(article.lang));
      if (request.signal.aborted) return;
      this.#article = { status: 'ready', article, body };
      this.#host.requestUpdate();
      this.#context.announce('');
    } catch (error) {
      if (request.signal.aborted) return;
      if (this.#context.misconfigured(error, 'load-faq')) {
        this.#close();
        return;
      }
      const failure = failureOf(error);
      this.#article = { status: 'failed', failure };
      this.#host.requestUpdate();
      this.#context.failed(error, 'load-faq');
      this.#context.announce(this.#context.failureText(failure, 'answer'));
    }
  }

  #back = (): void => {
    const opened = this.#opened;
    this.#close();
    if (opened) this.#context.closed(opened);
  };

  #close(): void {
    this.#request?.abort();
    this.#opened = undefined;
    this.#article = undefined;
    this.#host.requestUpdate();
  }

  #retry = (): void => {
    if (this.#opened) void this.#load(this.#opened.hit);
  };

  #setFeedback(feedback: Feedback): void {
    this.#feedback = feedback;
    this.#host.requestUpdate();
  }

  #answerFeedback(helpful: boolean): void {
    if (helpful) {
      void this.#send(true);
      return;
    }
    this.#setFeedback({ state: 'comment' });
    this.#context.focus('#faq-comment');
  }

  async #send(helpful: boolean): Promise<void> {
    const opened = this.#opened;
    const client = this.#context.client();
    if (!opened || this.#feedback.state === 'sending') return;
    const id = opened.hit.id;
    this.#setFeedback({ state: 'sending', helpful });
    const comment = helpful ? '' : this.#comment.trim().slice(0, LIMITS.feedbackCommentMaxLength);
    try {
      if (!client) throw new NoConnectionError();
      await client.use(FaqResource).feedback(id, { helpful, lang: this.#context.view().lang, ...(comment ? { comment } : {}) });
      if (this.#opened?.hit.id !== id) return;
      this.#setFeedback({ state: 'sent', helpful });
      this.#context.focus('#faq-feedback-thanks');
      this.#host.dispatchEvent(new CivicFaqFeedbackEvent(id, helpful));
    } catch (error) {
      if (this.#opened?.hit.id !== id) return;
      if (this.#context.misconfigured(error, 'send-feedback')) {
        this.#setFeedback({ state: 'ask' });
        return;
      }
      // The comment stays in its box (this.#comment), ready for another try.
      this.#setFeedback({ state: 'failed', helpful, failure: failureOf(error) });
      this.#context.focus('#faq-feedback-failure');
      this.#context.failed(error, 'send-feedback');
    }
  }

  #onSendComment = (event: Event): void => {
    event.preventDefault();
    void this.#send(false);
  };

  /* ------------------------------------------------------------------ rendering */

  render(): TemplateResult | typeof nothing {
    const opened = this.#opened;
    if (!opened) return nothing;
    const { m } = this.#context.view();
    const article = this.#article;
    const ready = article?.status === 'ready' ? article.article : undefined;
    const own = this.#context.langOf(ready?.lang ?? opened.hit.lang);
    const title = ready ? ready.question : opened.hit.question.map((segment) => segment.text).join('');
    return html`<section class="answer" part="answer" aria-labelledby="faq-answer-title" aria-busy=${article?.status === 'loading' ? 'true' : 'false'}>
      <p>
        <button type="button" class="link-button back" part="back-button" @click=${this.#back}>${m('faq-search.back', 'Back to results')}</button>
      </p>
      <h2 id="faq-answer-title" tabindex="-1" lang=${own.lang} dir=${own.dir}>${title}</h2>
      ${article?.status === 'loading' || !article ? html`<p>${m('faq-search.answer-loading', 'Loading the answer…')}</p>` : nothing}
      ${article?.status === 'failed' ? this.#context.failure(article.failure, 'answer', 'faq-answer-failure', this.#retry) : nothing}
      ${article?.status === 'ready' ? this.#renderArticle(article.article, article.body) : nothing}
    </section>`;
  }

  #renderArticle(article: FaqArticle, body: HTMLElement): TemplateResult {
    const view = this.#context.view();
    const own = this.#context.langOf(article.lang);
    let note: TemplateResult | typeof nothing = nothing;
    if (own.lang !== nothing) {
      const language = languageName(article.lang, view.lang);
      note = html`<p class="inset language-note" part="language-note">
        ${view.m('faq-search.language-note', str`This answer is only available in ${language}.`)}
      </p>`;
    }
    return html`${note} ${body}
      <p class="answer__category">
        ${view.m('faq-search.category', 'Topic:')}
        <span lang=${own.lang} dir=${own.dir}>${article.category}</span>
      </p>
      ${this.#renderFeedback(article, view)}`;
  }

  #renderFeedback(article: FaqArticle, view: View): TemplateResult {
    const { m } = view;
    const feedback = this.#feedback;
    let body: TemplateResult;
    switch (feedback.state) {
      case 'ask':
        body = html`<h3 id="faq-feedback-title">${m('faq-search.feedback-question', 'Did this answer your question?')}</h3>
          <div class="button-group">
            <button type="button" class="button button--secondary" part="feedback-button" data-helpful="yes" @click=${() => this.#answerFeedback(true)}>
              ${m('faq-search.yes', 'Yes')}
            </button>
            <button type="button" class="button button--secondary" part="feedback-button" data-helpful="no" @click=${() => this.#answerFeedback(false)}>
              ${m('faq-search.no', 'No')}
            </button>
          </div>`;
        break;
      case 'sent':
        body = html`<p id="faq-feedback-thanks" class="feedback__thanks" tabindex="-1">
            ${feedback.helpful
              ? m('faq-search.thanks-yes', 'Thank you for your feedback.')
              : m('faq-search.thanks-no', 'Thank you. Your feedback helps us improve our answers.')}
          </p>
          ${feedback.helpful ? nothing : escalationView(article.id, 'answer', this.#context.contact())}`;
        break;
      default: {
        const helpful = feedback.state === 'comment' ? false : feedback.helpful;
        const sending = feedback.state === 'sending';
        body = html`${feedback.state === 'failed'
          ? this.#context.failure(feedback.failure, 'feedback', 'faq-feedback-failure', () => void this.#send(helpful))
          : nothing}
        ${helpful ? html`<p aria-busy="true">${m('faq-search.feedback-sending', 'Sending your feedback…')}</p>` : this.#renderComment(sending, view)}
        ${!helpful && feedback.state === 'failed' ? escalationView(article.id, 'answer', this.#context.contact()) : nothing}`;
      }
    }
    return html`<div class="feedback" part="feedback">${body}</div>`;
  }

  #renderComment(sending: boolean, view: View): TemplateResult {
    const { m } = view;
    const limit = view.number(LIMITS.feedbackCommentMaxLength);
    return html`<form class="feedback__comment" novalidate @submit=${this.#onSendComment}>
      <div class="form-group">
        <label for="faq-comment">${m('faq-search.comment-label', 'What were you looking for? (optional)')}</label>
        <p id="faq-comment-hint" class="hint">
          ${m('faq-search.comment-hint', str`Do not include personal details such as your name or phone number. Up to ${limit} characters.`)}
        </p>
        <textarea
          id="faq-comment"
          part="comment-input"
          rows="3"
          maxlength=${LIMITS.feedbackCommentMaxLength}
          aria-describedby="faq-comment-hint"
          .value=${live(this.#comment)}
          @input=${(event: Event) => (this.#comment = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
      <button class="button" part="send-feedback-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? m('faq-search.feedback-sending-button', 'Sending…') : m('faq-search.send-feedback', 'Send feedback')}
      </button>
    </form>`;
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
