/**
 * What the complaint form holds and decides, with no page in sight: the citizen's draft and
 * how it becomes a request, the order of the fields on the page and their ids, where a
 * submission stands. The check of a draft comes with the later steps (later.ts).
 */
import type { AnswerValue, ComplaintCreateRequest, ComplaintCreated, FieldDefinition, FieldError, FieldErrorCode, Service } from '@civic-contact/contract';
import { isConflictError, isNetworkError, isRateLimitedError, isServerError, isTimeoutError } from '@civic-contact/sdk';
import type { Sent } from '../base/outbox.ts';

/** Everything the citizen has typed or chosen, as they typed it. */
export interface Draft {
  subject: string;
  description: string;
  /** By field id: the text typed, or the values chosen (multi choice). */
  answers: Record<string, string | string[]>;
  name: string;
  email: string;
  phone: string;
  address: string;
}

export function emptyDraft(): Draft {
  return { subject: '', description: '', answers: {}, name: '', email: '', phone: '', address: '' };
}

/** The draft's property behind each of the form's own fields. */
const DRAFT_KEYS: Record<string, keyof Draft> = {
  subject: 'subject',
  description: 'description',
  'citizen.name': 'name',
  'citizen.email': 'email',
  'citizen.phone': 'phone',
  'location.address': 'address',
};

/**
 * The draft once the citizen has changed the control of field `key`: its text, or one
 * checkbox ticked or unticked (`checked`), the values kept in the order of the options
 * whatever order they were ticked in.
 */
export function withInput(draft: Draft, service: Service, key: string, value: string, checked?: boolean): Draft {
  if (key.startsWith('answers.')) {
    const id = key.slice('answers.'.length);
    let answer: string | string[] = value;
    if (checked !== undefined) {
      const current = draft.answers[id];
      const before = Array.isArray(current) ? current : [];
      const values = checked ? [...before, value] : before.filter((chosen) => chosen !== value);
      const order = (service.fields.find((field) => field.id === id)?.options ?? []).map((option) => option.value);
      answer = order.filter((option) => values.includes(option));
    }
    return { ...draft, answers: { ...draft.answers, [id]: answer } };
  }
  const property = DRAFT_KEYS[key];
  return property ? { ...draft, [property]: value } : draft;
}

/** Whether the service asks for a contact detail. */
export function asksFor(service: Service, detail: 'email' | 'phone'): boolean {
  return service.contact.includes(detail);
}

/**
 * Keys of the fields in the order the page shows them; errors are listed in this order too.
 * Subject and description come first so that matching FAQs can help before the rest is filled in.
 */
export function fieldKeys(service: Service): string[] {
  const keys = ['subject', 'description', ...service.fields.map((field) => `answers.${field.id}`)];
  if (service.location !== 'none') keys.push('location.address');
  if (service.attachments.maxFiles > 0) keys.push('attachments');
  keys.push('citizen.name');
  if (asksFor(service, 'email')) keys.push('citizen.email');
  if (asksFor(service, 'phone')) keys.push('citizen.phone');
  return keys;
}

/** The DOM id of the field with `key` (`answers.clinic` → `cf-answers-clinic`). */
export function fieldId(key: string): string {
  return `cf-${key.replace(/[^a-z0-9_-]/gi, '-')}`;
}

/** Above this many options a single choice is a `<select>` rather than radios. */
export const MAX_RADIOS = 8;

/** The id of the control an error summary link goes to: a group of choices' first option, else the field's own. */
export function controlId(key: string, service: Service): string {
  const field = service.fields.find((candidate) => `answers.${candidate.id}` === key);
  const grouped = field && (field.type === 'multi_choice' || (field.type === 'single_choice' && (field.options?.length ?? 0) <= MAX_RADIOS));
  return grouped ? `${fieldId(key)}-0` : fieldId(key);
}

/**
 * The field on the page that an error reported for `field` belongs to (`attachments.2` →
 * `attachments`, `location` → `location.address`), or undefined when the page shows no such
 * field (`locale`, `channel`): those are listed in the summary without a link.
 */
export function keyOf(field: string, service: Service): string | undefined {
  const keys = fieldKeys(service);
  if (keys.includes(field)) return field;
  const parent = keys.find((key) => field.startsWith(`${key}.`));
  if (parent) return parent;
  if (field === 'location' && keys.includes('location.address')) return 'location.address';
  if (field === 'citizen' && keys.includes('citizen.email')) return 'citizen.email';
  return undefined;
}

/** Errors in page order, one per field (the first), unplaceable ones last. */
export function inPageOrder<T extends { field: string }>(errors: readonly T[], service: Service): T[] {
  const keys = fieldKeys(service);
  const rank = (error: T) => {
    const key = keyOf(error.field, service);
    return key === undefined ? keys.length : keys.indexOf(key);
  };
  const seen = new Set<string>();
  return errors
    .map((error, index) => ({ error, index, rank: rank(error) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ error }) => error)
    .filter((error) => {
      const key = keyOf(error.field, service) ?? error.field;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits, as Arabic and Persian keyboards type them.
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.codePointAt(0)! & 0xf));
}

/**
 * A number as a citizen may type it: with their keyboard's digits and a decimal comma
 * ("5,5", "٥٫٥"). Anything else stays text, so the check says "must be a number".
 */
export function parseNumber(raw: string): number | string {
  const text = westernDigits(raw.trim()).replace(/[\u066b,]/, '.').replace(/[\s\u066c]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : raw.trim();
}

/** A phone number in the contract's form: separators dropped, `00` read as `+`. */
export function normalisePhone(raw: string): string {
  const compact = westernDigits(raw.trim()).replace(/[\s().\-\u2010-\u2015]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/** The answer to one field as the contract wants it, or undefined when there is none. */
export function answerValue(field: FieldDefinition, raw: string | string[] | undefined): AnswerValue | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return raw.length > 0 ? [...raw] : undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  return field.type === 'number' ? parseNumber(text) : text;
}

export function answersOf(service: Service, draft: Draft): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const field of service.fields) {
    const value = answerValue(field, draft.answers[field.id]);
    if (value !== undefined) answers[field.id] = value;
  }
  return answers;
}

/** The `POST /v1/complaints` body for the draft. Blank optional details are left out, not sent empty. */
export function buildRequest(service: Service, draft: Draft, attachmentIds: readonly string[], lang: string): ComplaintCreateRequest {
  const citizen: ComplaintCreateRequest['citizen'] = { preferredLocale: lang };
  const name = draft.name.trim();
  if (name) citizen.name = name;
  const email = draft.email.trim();
  if (email && asksFor(service, 'email')) citizen.email = email;
  const phone = normalisePhone(draft.phone);
  if (phone && asksFor(service, 'phone')) citizen.phone = phone;
  const request: ComplaintCreateRequest = {
    service: service.id,
    subject: draft.subject.trim(),
    description: draft.description.trim(),
    citizen,
    locale: lang,
    channel: 'web',
  };
  const answers = answersOf(service, draft);
  if (Object.keys(answers).length > 0) request.answers = answers;
  const address = draft.address.trim();
  if (address && service.location !== 'none') request.location = { address };
  if (attachmentIds.length > 0) request.attachments = [...attachmentIds];
  return request;
}

/** A problem to show at a field: one the contact centre reports, or one only the browser knows of (files still uploading). */
export interface FormError extends Omit<FieldError, 'code'> {
  code: FieldErrorCode | 'uploading' | 'upload_failed';
}

/** What the contact centre filed. */
export type Filed = Sent<ComplaintCreated>;

/**
 * Where the citizen is: on the form (with the problems found in it, if any), checking their
 * answers, or done, with what was filed for which service.
 */
export type Step = { at: 'form'; errors: readonly FormError[] } | { at: 'check' } | { at: 'done'; filed: Filed; service: Service };

/** Where the complaint stands since the citizen last pressed Submit. */
export type Submission =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'failed'; reason: 'unreachable' | 'unexpected' }
  | { status: 'failed'; reason: 'rate-limited'; retryAfter: number | undefined };

/**
 * A submission that failed for a reason other than the answers (those go back to the form):
 * the contact centre busy (wait, then try again), out of reach or failing (try again; the
 * outbox keeps its key), or something unforeseen (try later, or call).
 */
export function failureOf(error: unknown): Submission & { status: 'failed' } {
  if (isRateLimitedError(error)) return { status: 'failed', reason: 'rate-limited', retryAfter: error.retryAfter };
  const unreachable = isNetworkError(error) || isTimeoutError(error) || isServerError(error) || isConflictError(error);
  return { status: 'failed', reason: unreachable ? 'unreachable' : 'unexpected' };
}
