/**
 * "How satisfied are you with how this was handled?" under a resolved or closed complaint: five
 * labelled choices and an optional comment, GOV.UK's error summary when something is wrong,
 * and, once answered, the answer given. Comes with later.ts, as the result does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS } from '@civic-contact/contract';
import { errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import { heading } from '../base/heading.ts';
import type { View } from '../shared/view.ts';
import { failureText } from './messages.ts';
import type { Rating, RatingProblem } from './satisfaction.ts';

/** The question, or the answer already given. */
export function satisfactionView(view: View, rating: Rating): TemplateResult {
  const { given, justGiven } = rating.state;
  if (given) {
    const comment = given.comment;
    // The heading takes focus once the answer is sent, or when a second attempt finds one given.
    const title = justGiven
      ? view.m('ticket-status.satisfaction-thanks', 'Thank you for your answer')
      : view.m('ticket-status.satisfaction-given-heading', 'Your answer');
    return html`<div class="satisfaction" part="satisfaction">
      ${heading(view.level, title, { sub: true, id: 'satisfaction-given', focusable: true })}
      <p>
        ${view.m('ticket-status.satisfaction-given', 'How satisfied you said you were:')}
        <strong>${ratingLabel(view, given.rating)}</strong>
      </p>
      ${comment ? html`<p>${view.m('ticket-status.satisfaction-given-comment', 'Your comment:')}</p><p class="satisfaction-comment">${comment}</p>` : nothing}
    </div>`;
  }
  return formView(view, rating);
}

function formView(view: View, rating: Rating): TemplateResult {
  const { m } = view;
  const { choice, comment, sending, problem } = rating.state;
  const missing = problem?.kind === 'missing';
  const limit = view.number(LIMITS.feedbackCommentMaxLength);
  return html`<div class="satisfaction" part="satisfaction">
    ${problem ? summaryView(view, problem) : nothing}
    <form
      novalidate
      aria-labelledby="satisfaction-question"
      @submit=${(event: Event) => {
        event.preventDefault();
        void rating.send(view);
      }}
    >
      <div class="form-group${missing ? ' form-group--error' : ''}">
        <fieldset aria-describedby=${missing ? 'satisfaction-error' : nothing}>
          <legend id="satisfaction-question">${m('ticket-status.satisfaction-question', 'How satisfied are you with how this was handled?')}</legend>
          ${missing ? errorMessage(view, 'satisfaction', problemText(view, problem)) : nothing}
          ${([5, 4, 3, 2, 1] as const).map(
            (value) => html`<div class="choice">
              <input
                id="satisfaction-${value}"
                type="radio"
                name="satisfaction"
                value=${value}
                .checked=${live(choice === value)}
                @change=${() => rating.choose(value)}
              />
              <label for="satisfaction-${value}">${ratingLabel(view, value)}</label>
            </div>`,
          )}
        </fieldset>
      </div>
      <div class="form-group">
        <label for="satisfaction-comment">${m('ticket-status.satisfaction-comment-label', 'Tell us more (optional)')}</label>
        <p id="satisfaction-comment-hint" class="hint">
          ${m('ticket-status.satisfaction-comment-hint', str`Do not include personal details such as your name or phone number. Up to ${limit} characters.`)}
        </p>
        <textarea
          id="satisfaction-comment"
          rows="3"
          maxlength=${LIMITS.feedbackCommentMaxLength}
          aria-describedby="satisfaction-comment-hint"
          .value=${live(comment)}
          @input=${(event: Event) => rating.type((event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
      <button class="button" part="satisfaction-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? m('ticket-status.satisfaction-sending-button', 'Sending…') : m('ticket-status.satisfaction-send', 'Send')}
      </button>
    </form>
  </div>`;
}

function summaryView(view: View, problem: RatingProblem): TemplateResult {
  return errorSummary(view, {
    id: 'satisfaction-error-summary',
    items: [{ text: problemText(view, problem), target: problem.kind === 'missing' ? '#satisfaction-5' : undefined }],
  });
}

function problemText(view: View, problem: RatingProblem): string {
  const { m } = view;
  switch (problem.kind) {
    case 'missing':
      return m('ticket-status.satisfaction-missing', 'Select how satisfied you are with how your complaint was handled');
    case 'not-resolved':
      return m('ticket-status.satisfaction-not-resolved', 'Your complaint is being looked at again, so we cannot take your answer now. Check its status again later');
    case 'refused':
      return m('ticket-status.satisfaction-refused', 'We could not take your answer. Check the comment, then send it again');
    case 'failure':
      return failureText(view, problem.failure);
  }
}

/** The words for a rating, 1 ("very dissatisfied") to 5. */
function ratingLabel({ m }: View, rating: number): string {
  switch (rating) {
    case 5:
      return m('ticket-status.satisfaction.very-satisfied', 'Very satisfied');
    case 4:
      return m('ticket-status.satisfaction.satisfied', 'Satisfied');
    case 3:
      return m('ticket-status.satisfaction.neither', 'Neither satisfied nor dissatisfied');
    case 2:
      return m('ticket-status.satisfaction.dissatisfied', 'Dissatisfied');
    default:
      return m('ticket-status.satisfaction.very-dissatisfied', 'Very dissatisfied');
  }
}
