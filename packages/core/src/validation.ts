/**
 * Checking a complaint against its service definition: the same rules run in the browser (the
 * complaint form's own check, before sending) and on the server (authoritative).
 *
 * The contract schema has already checked the request's structure (subject, description,
 * e-mail and phone formats, lengths of name and address); this module checks what depends on
 * the service: its dynamic fields, which contact details and location it needs, attachments.
 *
 * Messages are English, GOV.UK style ("Enter the hospital number", "Date of your visit must be
 * today or in the past"); components localise by `code` and may fall back to the message.
 */
import { DATE_PATTERN, LIMITS } from '@civic-contact/contract';
import type { AnswerValue, ComplaintCreateRequest, FieldDefinition, FieldError, Service } from '@civic-contact/contract';
import { isCalendarDate } from './timezone.ts';
import { isAnswered, isFieldRequired } from './required.ts';

export { isAnswered, isFieldRequired } from './required.ts';

/** What a field's check needs besides its own answer. */
export interface AnswerContext {
  /** All answers of the complaint, for `requiredWhen`. */
  answers: Record<string, AnswerValue>;
  /** Today in the centre's time zone, `YYYY-MM-DD`, for `dateRange`. */
  today: string;
}

/** What the complaint check needs besides the request. */
export interface ComplaintContext {
  /** Today in the centre's time zone, `YYYY-MM-DD`. */
  today: string;
  /** Attachments to count, when they are not (yet) listed in `request.attachments`. */
  attachmentCount?: number;
}

function englishText(text: Record<string, string>): string {
  return text['en'] ?? Object.values(text)[0] ?? '';
}

// Labels in the seed data are noun phrases ("Hospital number"), questions ("What happened?")
// or instructions ("Tell us more"); each needs different wording to make a sentence.
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'any', 'anything', 'each', 'every', 'some', 'something', 'other']);
const INSTRUCTION_VERBS = new Set(['tell', 'describe', 'explain', 'give', 'enter', 'select', 'choose', 'list', 'add', 'provide', 'say', 'write', 'let', 'include', 'upload', 'attach']);

type LabelKind = 'noun' | 'question' | 'instruction';

interface Wording {
  kind: LabelKind;
  /** The label as written, for the start of a sentence. */
  label: string;
  /** The label after a verb: "the hospital number", "your date of birth". */
  object: string;
  /** The subject of "… must be …": "Hospital number", "The answer to “What happened?”". */
  subject: string;
}

function wording(field: FieldDefinition): Wording {
  const label = englishText(field.label).trim().replace(/[:.]$/, '');
  const firstWord = (label.split(/\s+/)[0] ?? '').toLowerCase();
  if (label.endsWith('?') || INSTRUCTION_VERBS.has(firstWord)) {
    const quoted = `“${label}”`;
    return {
      kind: label.endsWith('?') ? 'question' : 'instruction',
      label,
      object: `an answer to ${quoted}`,
      subject: `The answer to ${quoted}`,
    };
  }
  // Lower-case a capitalised first word but leave acronyms ("NHS number") and "X-ray" alone.
  const lowered = /^[A-Z][a-z]+\b/.test(label) && !/^[A-Z][a-z]*-/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  return {
    kind: 'noun',
    label,
    object: DETERMINERS.has(firstWord) ? lowered : `the ${lowered}`,
    subject: label,
  };
}

function isChoice(field: FieldDefinition): boolean {
  return field.type === 'single_choice' || field.type === 'multi_choice';
}

function requiredMessage(field: FieldDefinition, words: () => Wording): string {
  // An instruction label is already the request: "Tell us more".
  if (words().kind === 'instruction') return words().label;
  return `${isChoice(field) ? 'Select' : 'Enter'} ${words().object}`;
}

function typeMessage(field: FieldDefinition, words: () => Wording): string {
  switch (field.type) {
    case 'number':
      return `${words().subject} must be a number`;
    case 'date':
      return `${words().subject} must be a real date`;
    case 'single_choice':
    case 'multi_choice':
      return `Select ${words().object} from the list`;
    default:
      return `${words().subject} must be text`;
  }
}

function countCharacters(value: string): number {
  // Code points, so an accented letter or an emoji counts as one character as a person sees it.
  let count = 0;
  for (const _ of value) count++;
  return count;
}

function characters(n: number): string {
  return n === 1 ? '1 character' : `${n} characters`;
}

const patterns = new Map<string, RegExp>();

/** The field's pattern, matched against the whole answer as an HTML `pattern` attribute is. */
function compiledPattern(source: string): RegExp {
  let regex = patterns.get(source);
  if (!regex) {
    regex = new RegExp(`^(?:${source})$`, 'u');
    patterns.set(source, regex);
  }
  return regex;
}

function error(field: FieldDefinition, code: FieldError['code'], message: string): FieldError {
  return { field: `answers.${field.id}`, code, message };
}

function checkText(field: FieldDefinition, value: string, words: () => Wording): FieldError | null {
  const text = value.trim();
  const length = countCharacters(text);
  const cap = field.type === 'text' ? LIMITS.textFieldMaxLength : LIMITS.stringFieldMaxLength;
  const max = Math.min(field.maxLength ?? cap, cap);
  if (length > max) return error(field, 'too_long', `${words().subject} must be ${characters(max)} or less`);
  // The format before the minimum length: a service's own format message ("Enter the number
  // as it appears on your card, like HC-123456") helps more than a character count.
  if (field.pattern && !compiledPattern(field.pattern.regex).test(text)) {
    const message = englishText(field.pattern.message) || `Enter ${words().object} in the correct format`;
    return error(field, 'invalid_format', message);
  }
  if (field.minLength !== undefined && length < field.minLength) {
    return error(field, 'too_short', `${words().subject} must be ${characters(field.minLength)} or more`);
  }
  return null;
}

function checkNumber(field: FieldDefinition, value: number, words: () => Wording): FieldError | null {
  if (field.integer && !Number.isInteger(value)) return error(field, 'not_integer', `${words().subject} must be a whole number`);
  const { min, max } = field;
  const outside = (min !== undefined && value < min) || (max !== undefined && value > max);
  if (!outside) return null;
  const code = min !== undefined && value < min ? 'too_small' : 'too_big';
  if (min !== undefined && max !== undefined) return error(field, code, `${words().subject} must be between ${min} and ${max}`);
  return code === 'too_small'
    ? error(field, code, `${words().subject} must be ${min} or more`)
    : error(field, code, `${words().subject} must be ${max} or less`);
}

function checkDate(field: FieldDefinition, value: string, today: string, words: () => Wording): FieldError | null {
  const date = value.trim();
  // The contract's dates, 1900 to 2100: a date of another century is a slip of the keyboard.
  if (!DATE_PATTERN.test(date)) {
    return error(field, 'invalid_date', `${words().subject} must be ${isCalendarDate(date) ? 'between 1900 and 2100' : 'a real date'}`);
  }
  if (field.dateRange === 'past' && date > today) {
    return error(field, 'date_in_future', `${words().subject} must be today or in the past`);
  }
  if (field.dateRange === 'future' && date < today) {
    return error(field, 'date_in_past', `${words().subject} must be today or in the future`);
  }
  return null;
}

function checkChoices(field: FieldDefinition, values: readonly string[], words: () => Wording): FieldError | null {
  const allowed = new Set((field.options ?? []).map((option) => option.value));
  if (values.some((value) => !allowed.has(value))) return error(field, 'invalid_choice', `Select ${words().object} from the list`);
  if (new Set(values).size !== values.length) return error(field, 'invalid_choice', `Select each option for ${words().object} only once`);
  return null;
}

/**
 * The first problem with one answer, or null when it is acceptable. The error's field is
 * `answers.<id>`.
 *
 * Checks, in order: given at all when required (`required`, also for `requiredWhen`); then the
 * JSON type the field wants (`invalid_type`: a string for string, text, date and single choice,
 * a finite number for number, a list of strings for multi choice); then per type —
 * string/text: `too_long` (the field's `maxLength`, never more than
 * `LIMITS.stringFieldMaxLength` / `textFieldMaxLength`), `invalid_format` (`pattern`, whole
 * answer), `too_short` (`minLength`), measured in characters after trimming; number:
 * `not_integer`, `too_small`, `too_big`; date: `invalid_date` (not a real `YYYY-MM-DD` date
 * from 1900 to 2100),
 * `date_in_future` / `date_in_past` (`dateRange` against `today`); choices: `invalid_choice`
 * (unknown value, or the same value twice). A blank string or empty list counts as not given;
 * an optional field not given is fine.
 *
 * @throws SyntaxError when the field's `pattern` is not a valid regular expression: a broken
 * service definition, which must not pass as the citizen's mistake.
 */
export function validateAnswer(field: FieldDefinition, value: AnswerValue | undefined, context: AnswerContext): FieldError | null {
  // Worded only for a message: most answers are fine, and wording a label takes several regexes.
  let worded: Wording | undefined;
  const words = () => (worded ??= wording(field));
  if (!isAnswered(value)) {
    return isFieldRequired(field, context.answers) ? error(field, 'required', requiredMessage(field, words)) : null;
  }
  switch (field.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? checkText(field, value, words) : error(field, 'invalid_type', typeMessage(field, words));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? checkNumber(field, value, words)
        : error(field, 'invalid_type', typeMessage(field, words));
    case 'date':
      return typeof value === 'string' ? checkDate(field, value, context.today, words) : error(field, 'invalid_type', typeMessage(field, words));
    case 'single_choice':
      return typeof value === 'string' ? checkChoices(field, [value], words) : error(field, 'invalid_type', typeMessage(field, words));
    case 'multi_choice':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? checkChoices(field, value, words)
        : error(field, 'invalid_type', typeMessage(field, words));
  }
}

function given(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * Every problem with a complaint that depends on its service, in the order a complaint form
 * shows the fields, so an error summary can list them as they appear:
 *
 * 1. `answers.<id>` for each of the service's fields, in the service's order;
 * 2. `answers.<key>` with `unknown_field` for each answer the service does not ask for, in the
 *    request's order;
 * 3. `location.address`: `required` when the service needs a location, `not_allowed` when it
 *    takes none;
 * 4. `attachments`: `not_allowed` when the service takes none, `too_many` above its `maxFiles`
 *    (counting `context.attachmentCount`, else `request.attachments`);
 * 5. `citizen.name`: `required` unless the service allows anonymous complaints;
 * 6. `citizen.email`, `citizen.phone`: `required` per `service.contact`; for `email_or_phone`
 *    with neither given, one error on `citizen.email` asking for either.
 *
 * Subject, description and the formats of e-mail and phone are the contract schema's job.
 * An empty list means the complaint may be filed.
 */
export function validateComplaint(service: Service, request: ComplaintCreateRequest, context: ComplaintContext): FieldError[] {
  const errors: FieldError[] = [];
  const answers = request.answers ?? {};
  const answerContext: AnswerContext = { answers, today: context.today };

  for (const field of service.fields) {
    const problem = validateAnswer(field, Object.hasOwn(answers, field.id) ? answers[field.id] : undefined, answerContext);
    if (problem) errors.push(problem);
  }

  const known = new Set(service.fields.map((field) => field.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      errors.push({ field: `answers.${key}`, code: 'unknown_field', message: `This service does not ask for “${key}”: remove it` });
    }
  }

  const hasAddress = given(request.location?.address);
  if (service.location === 'required' && !hasAddress) {
    errors.push({ field: 'location.address', code: 'required', message: 'Enter the address or location of the problem' });
  } else if (service.location === 'none' && request.location !== undefined) {
    errors.push({ field: 'location.address', code: 'not_allowed', message: 'This service does not take an address or location: remove it' });
  }

  const attachmentCount = context.attachmentCount ?? request.attachments?.length ?? 0;
  const { maxFiles } = service.attachments;
  if (attachmentCount > maxFiles) {
    errors.push(
      maxFiles === 0
        ? { field: 'attachments', code: 'not_allowed', message: 'This service does not accept attachments: remove them' }
        : { field: 'attachments', code: 'too_many', message: `Attach no more than ${maxFiles === 1 ? '1 file' : `${maxFiles} files`}` },
    );
  }

  const { citizen } = request;
  if (!service.anonymousAllowed && !given(citizen.name)) {
    errors.push({ field: 'citizen.name', code: 'required', message: 'Enter your full name' });
  }
  const hasEmail = given(citizen.email);
  const hasPhone = given(citizen.phone);
  switch (service.contact) {
    case 'email':
      if (!hasEmail) errors.push({ field: 'citizen.email', code: 'required', message: 'Enter your email address' });
      break;
    case 'phone':
      if (!hasPhone) errors.push({ field: 'citizen.phone', code: 'required', message: 'Enter your phone number' });
      break;
    case 'email_and_phone':
      if (!hasEmail) errors.push({ field: 'citizen.email', code: 'required', message: 'Enter your email address' });
      if (!hasPhone) errors.push({ field: 'citizen.phone', code: 'required', message: 'Enter your phone number' });
      break;
    case 'email_or_phone':
      if (!hasEmail && !hasPhone) {
        errors.push({ field: 'citizen.email', code: 'required', message: 'Enter an email address or a phone number so we can reply to you' });
      }
      break;
  }
  return errors;
}
