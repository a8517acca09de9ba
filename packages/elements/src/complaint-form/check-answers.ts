/** The "Check your answers" summary: every answer, in page order, each with a way back to its field. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDefinition, Service } from '@civic-contact/contract';
import type { Attachments } from './attachments.ts';
import { fixedLabel } from './fields.ts';
import { fieldKeys, normalisePhone, type Draft } from './model.ts';
import type { View } from '../shared/view.ts';

/** What the summary needs from the form. */
export interface CheckContext {
  view: View;
  service: Service;
  draft: Draft;
  attachments: Attachments;
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

function row(key: string, label: TemplateResult | string, plainLabel: string, value: TemplateResult | undefined, view: View): TemplateResult {
  const { m } = view;
  return html`<div class="summary-list__row" data-row=${key}>
    <dt>${label}</dt>
    <dd>${value ?? html`<span class="not-given">${m('complaint-form.not-given', 'Not given')}</span>`}</dd>
    <dd class="summary-list__actions">
      <button type="button" class="link-button" part="change-button" data-change=${key}>
        ${m('complaint-form.change', 'Change')}<span class="visually-hidden"> ${plainLabel}</span>
      </button>
    </dd>
  </div>`;
}

function text(value: string, ltr = false): TemplateResult | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return ltr ? html`<span dir="ltr">${trimmed}</span>` : html`<span dir="auto" class="multiline">${trimmed}</span>`;
}

export function checkAnswersView(context: CheckContext): TemplateResult {
  const { view, service, draft, attachments } = context;
  const rows = fieldKeys(service).map((key) => {
    if (key.startsWith('answers.')) {
      const field = service.fields.find((candidate) => `answers.${candidate.id}` === key)!;
      return row(key, view.text(field.label), view.plain(field.label), answerView(field, draft.answers[field.id], view), view);
    }
    const label = fixedLabel(key, view);
    switch (key) {
      case 'subject':
        return row(key, label, label, text(draft.subject), view);
      case 'description':
        return row(key, label, label, text(draft.description), view);
      case 'location.address':
        return row(key, label, label, text(draft.address), view);
      case 'attachments': {
        const names = attachments.items.filter((item) => item.status === 'uploaded').map((item) => item.file.name);
        const value = names.length > 0 ? html`<ul class="plain-list">${names.map((name) => html`<li dir="auto">${name}</li>`)}</ul>` : undefined;
        return row(key, label, label, value, view);
      }
      case 'citizen.name':
        return row(key, label, label, text(draft.name), view);
      case 'citizen.email':
        return row(key, label, label, text(draft.email, true), view);
      case 'citizen.phone':
        return row(key, label, label, text(normalisePhone(draft.phone), true), view);
      default:
        return nothing;
    }
  });
  return html`<dl class="summary-list" part="summary-list">${rows}</dl>`;
}
