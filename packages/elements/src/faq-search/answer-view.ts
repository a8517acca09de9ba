/**
 * The answer the citizen opened in `<civic-faq-search>`: Back, its question, its text, and
 * "Did this answer your question?" with what follows it. Met only once the citizen opens a
 * result, so it comes with later.ts, fetched on demand, not with the search box.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type FaqArticle } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import type { Failure } from '../shared/failure.ts';
import { marked, type View } from '../shared/view.ts';
import { escalationView, type ContactContext } from './escalation-view.ts';
import type { Opened } from './model.ts';
import { failureView } from './search-view.ts';

/** An answer as loaded: the article, and its text made safe to show. */
export interface Loaded {
  article: FaqArticle;
  body: HTMLElement;
}

export type Feedback =
  | { status: 'ask' }
  | { status: 'comment' }
  | { status: 'sending'; helpful: boolean }
  | { status: 'failed'; helpful: boolean; failure: Failure }
  | { status: 'sent'; helpful: boolean };

/** What the answer shows. */
export interface AnswerData {
  opened: Opened;
  /** The answer, once loaded. */
  loaded: Loaded | undefined;
  /** Why it could not be loaded. */
  failure: Failure | undefined;
  feedback: Feedback;
  /** The comment after "No", as typed so far. */
  comment: string;
  contact: ContactContext;
}

/** What the citizen can do there. */
export interface AnswerActions {
  back(): void;
  /** Loads the answer again. */
  retry(): void;
  /** The citizen answered "Did this answer your question?". */
  answer(helpful: boolean): void;
  /** Sends the feedback: the comment after "No", or again after it failed. */
  send(helpful: boolean): void;
  typed(comment: string): void;
}

/** "Loading the answer…", shown and announced. */
export function loadingText(view: View): string {
  return view.m('faq-search.answer-loading', 'Loading the answer…');
}

export function answerView(view: View, data: AnswerData, actions: AnswerActions): TemplateResult {
  const { opened, loaded, failure } = data;
  const loading = !loaded && !failure;
  const own = marked(view, loaded?.article.lang ?? opened.hit.lang);
  const title = loaded ? loaded.article.question : opened.hit.question.map((segment) => segment.text).join('');
  return html`<section class="answer" part="answer" aria-labelledby="faq-answer-title" aria-busy=${loading ? 'true' : 'false'}>
    <p>
      <button type="button" class="link-button back" part="back-button" @click=${actions.back}>${view.m('faq-search.back', 'Back to results')}</button>
    </p>
    ${heading(view.level, html`<span lang=${own.lang} dir=${own.dir}>${title}</span>`, { id: 'faq-answer-title', focusable: true, step: 'answer' })}
    ${loading ? html`<p>${loadingText(view)}</p>` : nothing}
    ${failure ? failureView(view, failure, 'answer', 'faq-answer-failure', actions.retry) : nothing}
    ${loaded ? articleView(view, data, actions) : nothing}
  </section>`;
}

function articleView(view: View, data: AnswerData, actions: AnswerActions): TemplateResult {
  const { article, body } = data.loaded!;
  const own = marked(view, article.lang);
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
    ${feedbackView(view, article, data, actions)}`;
}

function feedbackView(view: View, article: FaqArticle, data: AnswerData, actions: AnswerActions): TemplateResult {
  const { m } = view;
  const { feedback } = data;
  let body: TemplateResult;
  switch (feedback.status) {
    case 'ask':
      body = html`${heading(view.level, m('faq-search.feedback-question', 'Did this answer your question?'), { sub: true, id: 'faq-feedback-title' })}
        <div class="button-group">
          <button type="button" class="button button--secondary" part="feedback-button" data-helpful="yes" @click=${() => actions.answer(true)}>
            ${m('faq-search.yes', 'Yes')}
          </button>
          <button type="button" class="button button--secondary" part="feedback-button" data-helpful="no" @click=${() => actions.answer(false)}>
            ${m('faq-search.no', 'No')}
          </button>
        </div>`;
      break;
    case 'sent':
      body = html`<p id="faq-feedback-thanks" class="feedback__thanks" tabindex="-1">
          ${feedback.helpful
            ? m('faq-search.thanks-yes', 'Thank you for your feedback.')
            : m('faq-search.thanks-no', 'Thank you. Your feedback helps us improve our answers.')}
        </p>`;
      break;
    default: {
      const helpful = feedback.status === 'comment' ? false : feedback.helpful;
      body = html`${feedback.status === 'failed'
        ? failureView(view, feedback.failure, 'feedback', 'faq-feedback-failure', () => actions.send(helpful))
        : nothing}
      ${helpful
        ? html`<p aria-busy="true">${m('faq-search.feedback-sending', 'Sending your feedback…')}</p>`
        : commentView(view, feedback.status === 'sending', data.comment, actions)}`;
    }
  }
  // The answer did not help, and the citizen has said so (or tried to): the ways to contact the ministry.
  const escalate = (feedback.status === 'sent' || feedback.status === 'failed') && !feedback.helpful;
  return html`<div class="feedback" part="feedback">${body} ${escalate ? escalationView(article.id, 'answer', data.contact) : nothing}</div>`;
}

function commentView(view: View, sending: boolean, comment: string, actions: AnswerActions): TemplateResult {
  const { m } = view;
  const limit = view.number(LIMITS.feedbackCommentMaxLength);
  return html`<form
    class="feedback__comment"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      actions.send(false);
    }}
  >
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
        .value=${live(comment)}
        @input=${(event: Event) => actions.typed((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
    <button class="button" part="send-feedback-button" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? m('faq-search.feedback-sending-button', 'Sending…') : m('faq-search.send-feedback', 'Send feedback')}
    </button>
  </form>`;
}

/** The name of `lang` in the reader's language ("English", "الإنجليزية"). */
function languageName(lang: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
