/**
 * The booking form: when, in which language, who, on which number, and why; and what the
 * first view shares with the later steps: the message at a field, "Try again", the notice
 * when the contact centre cannot be reached, the names of languages and countries.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { LIMITS, type Service } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { stepTitle, errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import { honeypot } from '../base/honeypot.ts';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { directionOf } from '../locale.ts';
import { ltr } from '../shared/bidi.ts';
import type { CallbackView } from './messages.ts';
import type { Answers, Failure, Field, Problem } from './model.ts';

/** What the booking form shows and reports. */
export interface FormContext {
  view: CallbackView;
  service: Service;
  answers: Answers;
  /** The number as it will be dialled, once the citizen has left the box. */
  readback: string | undefined;
  problems: readonly Problem[];
  failure: Failure | undefined;
  /** "There is a problem", once the answers have been checked or a request has failed (summary-view.ts). */
  summary: TemplateResult | typeof nothing;
  sending: boolean;
  phoneLibraryFailed: boolean;
  /** "When would you like us to call you?", with the calendar. */
  when: TemplateResult;
  /** Set when the citizen chose the service here and could choose another. */
  changeService: (() => void) | undefined;
  submit(event: Event): void;
  input(event: Event): void;
  phoneBlur(): void;
}

export function bookingFormView(context: FormContext): TemplateResult {
  const { view, service, answers, problems, failure, sending } = context;
  const { m } = view;
  return html`${context.summary}
    <form part="form" novalidate aria-labelledby="cb-form-name" aria-busy=${sending ? 'true' : 'false'} @submit=${context.submit} @input=${context.input}>
      ${heading(view.level, stepTitle(view, problems.length > 0 || failure !== undefined, 'cb-form-name', m('callback-request.form-title', 'Request a callback')), {
        id: 'cb-form-title',
        focusable: true,
        step: 'form',
      })}
      <p class="lead">
        ${m('callback-request.about', 'About:')} <strong>${view.text(service.name)}</strong>
      </p>
      ${context.changeService
        ? html`<p>
            <button type="button" class="link-button" @click=${context.changeService}>
              ${m('callback-request.change-service', 'Choose a different service')}
            </button>
          </p>`
        : nothing}
      ${context.when} ${languageField(view, answers.language, problems)}
      ${textField(view, 'name', problems, {
        label: m('callback-request.name-label', 'Your name'),
        hint: m('callback-request.name-hint', 'So the adviser knows who to ask for'),
        value: answers.name,
        autocomplete: 'name',
      })}
      ${phoneField(view, { field: 'phone', value: answers.phone, problems, readback: context.readback, phoneLibraryFailed: context.phoneLibraryFailed, blur: context.phoneBlur })}
      ${textField(view, 'reason', problems, {
        label: m('callback-request.reason-label', 'What would you like to talk about?'),
        hint: m('callback-request.reason-hint', str`A few words help the adviser prepare, for example your licence or booking number. Up to ${view.number(LIMITS.reasonMaxLength)} characters`),
        value: answers.reason,
        multiline: true,
      })}
      ${honeypot}
      <button id="cb-submit" class="button" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending
          ? m('callback-request.submitting', 'Booking…')
          : m('callback-request.submit', 'Request callback')}
      </button>
    </form>`;
}

function textField(
  view: CallbackView,
  field: 'name' | 'reason',
  problems: readonly Problem[],
  options: { label: string; hint: string; value: string; autocomplete?: string; multiline?: boolean },
): TemplateResult {
  const problem = problems.find((candidate) => candidate.field === field);
  const id = `cb-${field}`;
  const describedBy = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
  const classes = problem ? 'input--error' : '';
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <label for=${id}>${options.label}</label>
    <p class="hint" id="${id}-hint">${options.hint}</p>
    ${fieldError(view, field, problems)}
    ${options.multiline
      ? html`<textarea
          id=${id}
          name=${field}
          part="input"
          class=${classes}
          rows="4"
          dir="auto"
          aria-describedby=${describedBy}
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${live(options.value)}
        ></textarea>`
      : html`<input
          id=${id}
          name=${field}
          part="input"
          class=${classes}
          type="text"
          dir="auto"
          autocomplete=${options.autocomplete ?? 'off'}
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${live(options.value)}
        />`}
  </div>`;
}

function phoneHint(view: CallbackView, phoneLibraryFailed: boolean): string {
  const { m, country } = view;
  if (country && !phoneLibraryFailed) {
    const place = countryName(view, country);
    return m('callback-request.phone-hint-country', str`A number in ${place}, or another country’s number starting with + and its country code`);
  }
  return m('callback-request.phone-hint-international', str`Start with + and the country code, for example ${ltr('+44 20 7946 0000')}`);
}

/** A phone number box: the number to call when booking, the number given when cancelling. */
export function phoneField(
  view: CallbackView,
  options: { field: 'phone' | 'cancel-phone'; value: string; problems: readonly Problem[]; readback?: string | undefined; phoneLibraryFailed: boolean; blur?: () => void },
): TemplateResult {
  const { field, value, problems, readback } = options;
  const { m } = view;
  const id = `cb-${field}`;
  const problem = problems.find((candidate) => candidate.field === field);
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : '', readback ? `${id}-readback` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <label for=${id}>
      ${field === 'phone'
        ? m('callback-request.phone-label', 'Phone number to call')
        : m('callback-request.cancel-phone-label', 'Phone number you gave')}
    </label>
    <p class="hint" id="${id}-hint">${phoneHint(view, options.phoneLibraryFailed)}</p>
    ${fieldError(view, field, problems)}
    <input
      id=${id}
      name=${field}
      part="input"
      class="phone-input ${problem ? 'input--error' : ''}"
      type="tel"
      dir="ltr"
      autocomplete=${field === 'phone' ? 'tel' : 'off'}
      spellcheck="false"
      aria-describedby=${describedBy}
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${live(value)}
      @blur=${options.blur ?? nothing}
    />
    ${readback
      ? html`<p class="readback" id="${id}-readback" part="phone-readback">
          ${m('callback-request.phone-readback', 'We will call:')}
          <span dir="ltr" class="number">${readback}</span>
        </p>`
      : nothing}
  </div>`;
}

function languageField(view: CallbackView, language: string, problems: readonly Problem[]): TemplateResult {
  const { m } = view;
  const locales = view.ministry?.locales ?? [];
  const problem = problems.find((candidate) => candidate.field === 'language');
  const legend = m('callback-request.language-legend', 'Which language would you like to be called in?');
  return html`<div class="form-group ${problem ? 'form-group--error' : ''}">
    <fieldset id="cb-language-group" aria-describedby=${problem ? 'cb-language-error' : nothing}>
      <legend>${legend}</legend>
      ${fieldError(view, 'language', problems)}
      ${locales.map(
        (locale) => html`<div class="choice">
          <input id="cb-language-${locale}" type="radio" name="language" part="choice" value=${locale} .checked=${live(language === locale)} />
          <label for="cb-language-${locale}">${languageName(view, locale)}</label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}

/** The message at a field, tied to it by `cb-<field>-error`. */
export function fieldError(view: CallbackView, field: Field, problems: readonly Problem[]): TemplateResult | typeof nothing {
  const problem = problems.find((candidate) => candidate.field === field);
  return errorMessage(view, `cb-${field}`, problem && view.messages?.problemText(view, problem));
}

/** "Try again", after a network or server failure. */
export function retryButton(view: CallbackView, retry: () => void): TemplateResult {
  return html`<button class="button button--secondary retry" part="retry-button" type="button" @click=${retry}>
    ${view.m('callback-request.retry', 'Try again')}
  </button>`;
}

/** The contact centre could not be reached: nothing was done, and nothing typed is lost. */
export function unreachableText(view: CallbackView, operation: CivicErrorOperation): string {
  const { m } = view;
  return operation === 'book-callback'
    ? m('callback-request.book-unreachable', 'We could not reach the contact centre, so your callback is not booked yet. Check your internet connection, then try again. Your answers are kept')
    : m('callback-request.unreachable', 'We could not reach the contact centre. Check your internet connection, then try again. What you entered has been kept');
}

/**
 * In place of the error summary, when the code of the step the citizen asked for could not
 * be fetched: the contact centre could not be reached, and "Try again".
 */
export function unreachableNotice(view: CallbackView, operation: CivicErrorOperation, retry: () => void): TemplateResult {
  return errorSummary(view, { id: 'cb-error-summary', body: html`<p>${unreachableText(view, operation)}</p>`, after: retryButton(view, retry) });
}

export function countryName(view: CallbackView, country: string): string {
  return new Intl.DisplayNames([view.lang], { type: 'region' }).of(country) ?? country;
}

/** A language's name in `inLang`, e.g. `displayName('en', 'es')` → "Spanish". */
function displayName(inLang: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(locale);
    // In its own language a name may start in lower case ("español"); as a label it is capitalised.
    return name && name !== locale ? name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/** "Spanish (español)": the language in the citizen's words, and in its own. */
export function languageName(view: CallbackView, locale: string): TemplateResult {
  const inOwn = displayName(locale, locale);
  const inReader = displayName(view.lang, locale);
  if (!inReader || inReader === inOwn) return html`<span lang=${locale} dir=${directionOf(locale)}>${inOwn ?? locale}</span>`;
  return html`${inReader}${inOwn ? html` (<span lang=${locale} dir=${directionOf(locale)}>${inOwn}</span>)` : nothing}`;
}
