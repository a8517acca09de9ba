/**
 * "Check your answers": every answer, in page order, each with a way back to its field, then
 * Submit; after a failed submission, why it did not work and what to do, above them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDefinition, Ministry, Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { errorSummary } from '../base/error-summary.ts';
import { contactLinks, type View } from '../shared/view.ts';
import type { Attachments } from './attachments.ts';
import { fixedLabel } from './form-view.ts';
import { failureText } from './messages.ts';
import { fieldKeys, normalisePhone, type Draft, type Submission } from './model.ts';

/** What the step shows, and what it does when the citizen acts. */
export interface CheckOptions {
  view: View;
  service: Service;
  draft: Draft;
  attachments: Attachments;
  submission: Submission;
  ministry: Ministry | undefined;
  /** Back to the field `key`, to change its answer. */
  change(key: string): void;
  submit(event: Event): void;
}

function formatDate(value: string, view: View): string {
  const date = new Date(`${value}T00:00:00Z`);
  // A calendar date, not an instant: format it in UTC so no time zone moves it a day.
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(view.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function answerView(field: FieldDefinition, raw: string | string[] | undefined, view: View): TemplateResult | undefined {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw.trim()].filter((value) => value !== '');
  if (values.length === 0) return undefined;
  const options = field.options ?? [];
  const label = (value: string) => {
    const option = options.find((candidate) => candidate.value === value);
    return option ? view.text(option.label) : html`${value}`;
  };
  switch (field.type) {
    case 'multi_choice':
      return html`<ul class="plain-list">
        ${values.map((value) => html`<li>${label(value)}</li>`)}
      </ul>`;
    case 'single_choice':
      return label(values[0]!);
    case 'date':
      return html`${formatDate(values[0]!, view)}`;
    default:
      return html`<span dir="auto" class="multiline">${values[0]}</span>`;
  }
}

function row(key: string, label: TemplateResult | string, value: TemplateResult | undefined, options: CheckOptions): TemplateResult {
  const { m } = options.view;
  return html`<div class="summary-list__row" data-row=${key}>
    <dt>${label}</dt>
    <dd>${value ?? html`<span class="not-given">${m('complaint-form.not-given', 'Not given')}</span>`}</dd>
    <dd class="summary-list__actions">
      <button type="button" class="link-button" part="change-button" @click=${() => options.change(key)}>
        ${m('complaint-form.change', 'Change')}<span class="visually-hidden"> ${label}</span>
      </button>
    </dd>
  </div>`;
}

function text(value: string, ltr = false): TemplateResult | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return ltr ? html`<span dir="ltr">${trimmed}</span>` : html`<span dir="auto" class="multiline">${trimmed}</span>`;
}

function answersView(options: CheckOptions): TemplateResult {
  const { view, service, draft, attachments } = options;
  const rows = fieldKeys(service).map((key) => {
    if (key.startsWith('answers.')) {
      const field = service.fields.find((candidate) => `answers.${candidate.id}` === key)!;
      return row(key, view.text(field.label), answerView(field, draft.answers[field.id], view), options);
    }
    const label = fixedLabel(key, view);
    switch (key) {
      case 'subject':
        return row(key, label, text(draft.subject), options);
      case 'description':
        return row(key, label, text(draft.description), options);
      case 'location.address':
        return row(key, label, text(draft.address), options);
      case 'attachments': {
        const names = attachments.items.filter((item) => item.status === 'uploaded').map((item) => item.file.name);
        const value = names.length > 0 ? html`<ul class="plain-list">${names.map((name) => html`<li dir="auto">${name}</li>`)}</ul>` : undefined;
        return row(key, label, value, options);
      }
      case 'citizen.name':
        return row(key, label, text(draft.name), options);
      case 'citizen.email':
        return row(key, label, text(draft.email, true), options);
      case 'citizen.phone':
        return row(key, label, text(normalisePhone(draft.phone), true), options);
      default:
        return nothing;
    }
  });
  return html`<dl class="summary-list" part="summary-list">${rows}</dl>`;
}

/** Why the complaint was not sent, in plain words: the answers are kept, and what to do next. */
function failureView(submission: Submission, ministry: Ministry | undefined, view: View): TemplateResult | typeof nothing {
  if (submission.status !== 'failed') return nothing;
  const { m } = view;
  const offline = submission.reason === 'unreachable' && globalThis.navigator?.onLine === false;
  return errorSummary(view, {
    id: 'cf-submission-error',
    part: 'submission-error',
    title: m('complaint-form.not-sent', 'Your complaint has not been sent'),
    body: html`<p>${failureText(submission, view)}</p>
      ${offline ? html`<p>${m('complaint-form.offline', 'You seem to be offline. We will send it as soon as your connection is back.')}</p>` : nothing}
      ${submission.reason === 'unexpected' && ministry
        ? html`<p>${m('complaint-form.contact-ministry', 'You can also contact us by phone or email:')} ${contactLinks(ministry)}</p>`
        : nothing}`,
  });
}

/** The step: a failed submission's summary, the answers, the declaration and Submit (Try again after a failure). */
export function checkView(options: CheckOptions): TemplateResult {
  const { view, submission } = options;
  const { m } = view;
  const sending = submission.status === 'sending';
  return html`<section part="check-answers" aria-labelledby="cf-check-title" aria-busy=${sending ? 'true' : 'false'}>
    ${failureView(submission, options.ministry, view)}
    ${heading(view.level, m('complaint-form.check-title', 'Check your answers before sending your complaint'), { id: 'cf-check-title', focusable: true, step: 'check' })}
    ${answersView(options)}
    ${heading(view.level, m('complaint-form.send-title', 'Now send your complaint'), { sub: true, id: 'cf-send-title' })}
    <p>${m('complaint-form.declaration', 'By sending this complaint you confirm that, as far as you know, the details you have given are correct.')}</p>
    <form novalidate aria-labelledby="cf-send-title" @submit=${options.submit}>
      <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. -->
      <button class="button" part="submit-button" aria-disabled=${sending ? 'true' : nothing}>
        ${sending
          ? m('complaint-form.submitting', 'Sending…')
          : submission.status === 'failed'
            ? m('complaint-form.try-again', 'Try again')
            : m('complaint-form.submit', 'Submit complaint')}
      </button>
    </form>
  </section>`;
}
