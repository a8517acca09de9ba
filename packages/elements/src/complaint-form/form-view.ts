/**
 * The complaint form: the service's name, its own questions and the ones every complaint
 * asks, as native controls, GOV.UK style — a label (or a legend for a group of choices), a
 * hint, "(optional)" on the fields that are, the error message above the control, and
 * `aria-describedby` tying the hint, the error and any prompt to it; the error summary on
 * top. Controls carry `data-key` so that one listener on the form reads every answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { AnswerValue, FieldDefinition, LocalizedText, Service } from '@civic-contact/contract';
import { isFieldRequired } from '@civic-contact/core/validation';
import { heading } from '../base/heading.ts';
import { stepTitle, errorSummary } from '../base/error-summary.ts';
import { errorMessage } from '../base/error-message.ts';
import { honeypot } from '../base/honeypot.ts';
import { choiceLabel } from '../shared/service-choice.ts';
import { describedBy, type View } from '../shared/view.ts';
import { attachmentsField, optionalMarker, type AttachmentsContext } from './attachments.ts';
import { answersOf, asksFor, controlId, fieldId, keyOf, MAX_RADIOS, type Draft, type FormError } from './model.ts';

/** What rendering the fields needs. */
interface FieldsContext {
  view: View;
  service: Service;
  draft: Draft;
  /** The draft's answers as the contract reads them, for `requiredWhen`. */
  answers: Record<string, AnswerValue>;
  /** The localised error to show at a field, if any. */
  errorFor(key: string): string | undefined;
  /** Today in the centre's time zone, to bound date pickers. */
  today: string;
}


function hint(id: string, content: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  return content ? html`<div class="hint" id="${id}-hint" part="hint">${content}</div>` : nothing;
}

function group(key: string, error: string | undefined, content: TemplateResult): TemplateResult {
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field" data-field=${key}>${content}</div>`;
}

/** Options of {@link textField}. */
interface TextFieldOptions {
  key: string;
  label: TemplateResult | string;
  hint?: TemplateResult | string | undefined;
  optional: boolean;
  value: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: 'numeric' | 'decimal';
  /** Text that reads left to right whatever the page (addresses, numbers). */
  ltr?: boolean;
  /** Extra class on the control, e.g. a narrower width for numbers. */
  size?: 'short' | 'medium';
  min?: string | undefined;
  max?: string | undefined;
  /** Id of a region that `aria-describedby` should also name. */
  extraDescription?: string | undefined;
}

/** A labelled text input or textarea. */
function textField(context: Pick<FieldsContext, 'view' | 'errorFor'>, options: TextFieldOptions): TemplateResult {
  const { view } = context;
  const { key } = options;
  const id = fieldId(key);
  const error = context.errorFor(key);
  const described = describedBy(options.hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, options.extraDescription);
  const classes = `${error ? 'input--error' : ''} ${options.size ? `input--${options.size}` : ''}`;
  const control = options.multiline
    ? html`<textarea
        id=${id}
        name=${key}
        rows="5"
        class=${classes}
        part="input"
        data-key=${key}
        aria-describedby=${described}
        aria-invalid=${error ? 'true' : nothing}
        .value=${options.value}
      ></textarea>`
    : html`<input
        id=${id}
        name=${key}
        type=${options.type ?? 'text'}
        class=${classes}
        part="input"
        data-key=${key}
        dir=${options.ltr ? 'ltr' : nothing}
        autocomplete=${options.autocomplete ?? nothing}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.type === 'email' || options.type === 'tel' || options.inputmode ? 'false' : nothing}
        min=${options.min ?? nothing}
        max=${options.max ?? nothing}
        aria-describedby=${described}
        aria-invalid=${error ? 'true' : nothing}
        .value=${options.value}
      />`;
  return group(
    key,
    error,
    html`<label for=${id} part="label">${options.label}${optionalMarker(view, options.optional)}</label>
      ${hint(id, options.hint)} ${errorMessage(view, id, error)} ${control}`,
  );
}

function chosen(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return Array.isArray(raw) ? raw : raw === '' ? [] : [raw];
}

/** Prompts of the chosen options ("Tell us the name of the medicine"), in a live region that always exists so that new ones are announced. */
function prompts(view: View, id: string, field: FieldDefinition, values: string[]): TemplateResult {
  const shown = (field.options ?? []).filter((option) => option.prompt && values.includes(option.value));
  return html`<div class="prompt" id="${id}-prompt" aria-live="polite" part="prompt">
    ${shown.map((option) => html`<p class="inset">${view.text(option.prompt as LocalizedText)}</p>`)}
  </div>`;
}

function choiceField(context: FieldsContext, field: FieldDefinition, required: boolean): TemplateResult {
  const { view } = context;
  const key = `answers.${field.id}`;
  const id = fieldId(key);
  const error = context.errorFor(key);
  const values = chosen(context.draft.answers[field.id]);
  const options = field.options ?? [];
  const multiple = field.type === 'multi_choice';
  const hasPrompt = options.some((option) => option.prompt && values.includes(option.value));
  const described = describedBy(field.help && `${id}-hint`, error && `${id}-error`, hasPrompt && `${id}-prompt`);
  const helpHint = field.help ? hint(id, view.text(field.help)) : nothing;

  if (!multiple && options.length > MAX_RADIOS) {
    return group(
      key,
      error,
      html`<label for=${id} part="label">${view.text(field.label)}${optionalMarker(view, !required)}</label>
        ${helpHint} ${errorMessage(view, id, error)}
        <select
          id=${id}
          name=${key}
          part="input"
          class=${error ? 'input--error' : ''}
          data-key=${key}
          aria-describedby=${described}
          aria-invalid=${error ? 'true' : nothing}
        >
          <option value="" ?selected=${values.length === 0}>${view.m('complaint-form.select-placeholder', 'Choose an option')}</option>
          ${options.map((option) => html`<option value=${option.value} ?selected=${values.includes(option.value)}>${view.plain(option.label)}</option>`)}
        </select>
        ${prompts(view, id, field, values)}`,
    );
  }

  return group(
    key,
    error,
    html`<fieldset aria-describedby=${described}>
        <legend part="label">${view.text(field.label)}${optionalMarker(view, !required)}</legend>
        ${helpHint} ${errorMessage(view, id, error)}
        <div class="choices">
          ${options.map(
            (option, index) => html`<div class="choice">
              <input
                id="${id}-${index}"
                type=${multiple ? 'checkbox' : 'radio'}
                name=${key}
                value=${option.value}
                data-key=${key}
                part="choice"
                .checked=${values.includes(option.value)}
              />
              ${choiceLabel(`${id}-${index}`, view.tagged(option.label))}
            </div>`,
          )}
        </div>
      </fieldset>
      ${prompts(view, id, field, values)}`,
  );
}

/**
 * One of the service's own questions. A field that is only required when another answer
 * says so (`requiredWhen`) is always shown and loses its "(optional)" as soon as it is needed:
 * hiding it would hide what the citizen may already have typed, and several such fields
 * (a visit date, details) are worth answering either way. The chosen option's prompt, read
 * out through a live region, says what is now needed.
 */
function serviceField(context: FieldsContext, field: FieldDefinition): TemplateResult {
  const { view } = context;
  const required = isFieldRequired(field, context.answers);
  if (field.type === 'single_choice' || field.type === 'multi_choice') return choiceField(context, field, required);
  const raw = context.draft.answers[field.id];
  const value = typeof raw === 'string' ? raw : '';
  const key = `answers.${field.id}`;
  const common = { key, label: view.text(field.label), hint: field.help ? view.text(field.help) : undefined, optional: !required, value };
  switch (field.type) {
    case 'text':
      return textField(context, { ...common, multiline: true });
    case 'number':
      // A text input with a numeric keyboard, as GOV.UK advises: type=number rounds, spins on
      // scroll and refuses the decimal comma many citizens type.
      return textField(context, { ...common, inputmode: field.integer ? 'numeric' : 'decimal', size: 'short' });
    case 'date':
      return textField(context, {
        ...common,
        type: 'date',
        size: 'medium',
        max: field.dateRange === 'past' ? context.today : undefined,
        min: field.dateRange === 'future' ? context.today : undefined,
      });
    default:
      return textField(context, common);
  }
}

/** The citizen's name and the contact details the service asks for. */
function citizenFields(context: FieldsContext): TemplateResult {
  const { view, service, draft } = context;
  const { m } = view;
  const trackHint = m('complaint-form.contact-hint', 'You will need this to track your complaint.');
  const email = asksFor(service, 'email')
    ? textField(context, {
        key: 'citizen.email',
        label: m('complaint-form.email', 'Email address'),
        hint: service.contact === 'email_or_phone' ? undefined : trackHint,
        optional: false,
        value: draft.email,
        type: 'email',
        autocomplete: 'email',
        ltr: true,
      })
    : nothing;
  const phone = asksFor(service, 'phone')
    ? textField(context, {
        key: 'citizen.phone',
        label: m('complaint-form.phone', 'Phone number'),
        hint: m('complaint-form.phone-hint', 'Include the country code, like +1\u00a0212\u00a0555\u00a00100.'),
        optional: false,
        value: draft.phone,
        type: 'tel',
        autocomplete: 'tel',
        ltr: true,
      })
    : nothing;
  const contact =
    service.contact === 'email_or_phone'
      ? html`<fieldset class="contact" aria-describedby="cf-contact-hint">
          <legend part="label">${m('complaint-form.contact-legend', 'How can we reply to you?')}</legend>
          <div class="hint" id="cf-contact-hint" part="hint">
            ${m('complaint-form.contact-either-hint', 'Give an email address, a phone number or both. You will need one of them to track your complaint.')}
          </div>
          ${email} ${phone}
        </fieldset>`
      : html`${email} ${phone}`;
  return html`${heading(view.level, m('complaint-form.your-details', 'Your details'), { sub: true })}
    ${textField(context, {
      key: 'citizen.name',
      label: m('complaint-form.name', 'Full name'),
      hint: service.anonymousAllowed ? m('complaint-form.name-hint-anonymous', 'You can leave this blank to complain anonymously.') : undefined,
      optional: service.anonymousAllowed,
      value: draft.name,
      autocomplete: 'name',
    })}
    ${contact}`;
}

/** Labels of the fields the form adds to every service's own: shared by the form and the summary. */
export function fixedLabel(key: string, view: View): string {
  const { m } = view;
  switch (key) {
    case 'subject':
      return m('complaint-form.subject', 'Subject');
    case 'description':
      return m('complaint-form.description', 'Describe your complaint');
    case 'location.address':
      return m('complaint-form.address', 'Address or location of the problem');
    case 'attachments':
      return m('complaint-form.attachments', 'Photos or documents');
    case 'citizen.name':
      return m('complaint-form.name', 'Full name');
    case 'citizen.email':
      return m('complaint-form.email', 'Email address');
    case 'citizen.phone':
      return m('complaint-form.phone', 'Phone number');
    default:
      return key;
  }
}

/** What the form shows, and what it does when the citizen acts. */
export interface FormOptions extends Omit<AttachmentsContext, 'error'> {
  draft: Draft;
  /** The problems the check or the contact centre found, in page order. */
  errors: readonly FormError[];
  /** An error's words (they come with the later steps, as the errors do). */
  errorText(error: FormError): string;
  today: string;
  /** Hidden while the citizen checks their answers, so that nothing typed is lost. */
  hidden: boolean;
  /** Whether the citizen chose the service here, and may choose another. */
  changeable: boolean;
  /** The FAQs that may answer the complaint, under the description. */
  suggestions: unknown;
  /** Continue could not fetch the check: the connection seems down. */
  offline: boolean;
  submit(event: Event): void;
  input(event: Event): void;
  changeService(): void;
}

/** The form of one service, with the error summary over it when the check found problems. */
export function formView(options: FormOptions): TemplateResult {
  const { view, service, draft } = options;
  const { m } = view;
  const messages = new Map<string, string>();
  const items = options.errors.map((error) => {
    const key = keyOf(error.field, service);
    const text = options.errorText(error);
    if (!messages.has(key ?? '')) messages.set(key ?? '', text);
    return { text, target: key && `#${controlId(key, service)}` };
  });
  const context: FieldsContext = {
    view,
    service,
    draft,
    answers: answersOf(service, draft),
    errorFor: (key) => messages.get(key),
    today: options.today,
  };
  return html`<form part="form" novalidate aria-labelledby="cf-form-name" ?hidden=${options.hidden} @submit=${options.submit} @input=${options.input}>
    ${items.length > 0 ? errorSummary(view, { id: 'cf-error-summary', items }) : nothing}
    ${heading(view.level, stepTitle(view, items.length > 0, 'cf-form-name', view.text(service.name)), { id: 'cf-form-title', focusable: true, step: 'form' })}
    <p class="lead">${view.text(service.description)}</p>
    <p class="hint" id="cf-target">${targetText(view, service)}</p>
    ${options.changeable
      ? html`<p>
          <button type="button" id="cf-change-service" class="link-button" @click=${options.changeService}>
            ${m('complaint-form.change-service', 'Choose a different service')}
          </button>
        </p>`
      : nothing}
    ${textField(context, {
      key: 'subject',
      label: fixedLabel('subject', view),
      hint: m('complaint-form.subject-hint', 'A short summary in a few words.'),
      optional: false,
      value: draft.subject,
    })}
    ${textField(context, {
      key: 'description',
      label: fixedLabel('description', view),
      hint: m('complaint-form.description-hint', 'Say what happened, when and where, and what you would like us to do.'),
      optional: false,
      value: draft.description,
      multiline: true,
    })}
    ${options.suggestions} ${service.fields.map((field) => serviceField(context, field))}
    ${service.location === 'none'
      ? nothing
      : textField(context, {
          key: 'location.address',
          label: fixedLabel('location.address', view),
          hint: m('complaint-form.address-hint', 'For example, the street and the nearest house number or junction.'),
          optional: service.location === 'optional',
          value: draft.address,
        })}
    ${service.attachments.maxFiles > 0 ? attachmentsField({ ...options, error: messages.get('attachments') }) : nothing}
    ${citizenFields(context)} ${honeypot}
    ${options.offline
      ? html`<p class="error-message" role="alert" tabindex="-1" id="cf-offline">
          ${m('complaint-form.continue-offline', 'Your answers could not be checked: the connection seems to be down. Check it and press Continue again. Nothing you typed is lost.')}
        </p>`
      : nothing}
    <button class="button" part="continue-button">${m('complaint-form.continue', 'Continue')}</button>
  </form>`;
}

/** In place of the form while the services load. */
export function loadingView(view: View): TemplateResult {
  return html`<p aria-busy="true">${view.m('complaint-form.loading', 'Loading the complaint form…')}</p>`;
}

/** In place of the form when the services could not be loaded: most likely the citizen's connection. */
export function unavailableView(view: View): TemplateResult {
  const { m } = view;
  return errorSummary(view, {
    id: 'cf-unavailable',
    title: m('complaint-form.unavailable-title', 'The complaint form cannot be shown'),
    body: html`<p>${m('complaint-form.unavailable', 'Check your internet connection and reload the page. If it still does not work, contact the ministry by phone or email.')}</p>`,
  });
}

/**
 * The service's reply target, before the citizen writes: in hours of the centre's opening
 * hours for an urgent service, else in working days. The number and its unit come from `Intl`
 * ("4 hours", "10 días"), so that no string needs a form per number.
 */
function targetText({ m, number }: View, service: Service): string {
  const hours = service.responseTargetHours;
  const within = number(hours ?? service.responseTargetDays ?? 0, { style: 'unit', unit: hours === undefined ? 'day' : 'hour', unitDisplay: 'long' });
  return hours === undefined
    ? m('complaint-form.target-days', str`We aim to reply within ${within}, not counting weekends and public holidays.`)
    : m('complaint-form.target-hours', str`We aim to reply within ${within} of our opening hours.`);
}
