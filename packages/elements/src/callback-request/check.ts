/**
 * What the browser and the contact centre make of the citizen's answers: the check before
 * anything is sent (of a booking and of a cancellation), the contact centre's refusals at
 * the fields they concern, and, when the slot chosen filled up meanwhile, the nearest free
 * times. Pure, like model.ts, but needed only once the citizen presses a button, so it comes
 * with the later steps (later.ts).
 */
import {
  LIMITS,
  parseReference,
  PHONE_PATTERN,
  PROBLEM_TYPES,
  VISIBLE_PATTERN,
  type CallbackCreateRequest,
  type CallbackSlots,
  type FieldError,
} from '@civic-contact/contract';
import { isConflictError, isValidationError } from '@civic-contact/sdk';
import { failureOf } from '../shared/failure.ts';
import { typedPrefix } from '../shared/reference.ts';
import { findSlot, type Answers, type CheckedPhone, type Failure, type FreeSlot, type Problem } from './model.ts';
import { knownCountry, type PhoneCheck, type PhoneLibrary } from './phone.ts';

/** The answers checked as the contact centre would: the request to send, or the problems to show. */
export function checkAnswers(
  answers: Answers,
  context: { service: string; listing: CallbackSlots | undefined; phoneLibrary: PhoneLibrary | undefined; country: string | undefined },
): { problems: Problem[]; phone: CheckedPhone | undefined; request: CallbackCreateRequest | undefined } {
  const problems: Problem[] = [];
  if (!answers.when) problems.push({ field: 'when', code: 'missing' });
  if (answers.when === 'slot') {
    const chosen = findSlot(context.listing, answers.slot);
    if (!answers.day) problems.push({ field: 'day', code: 'missing' });
    else if (!chosen || chosen.remaining === 0) problems.push({ field: 'slot', code: 'missing' });
  }
  if (!answers.language) problems.push({ field: 'language', code: 'missing' });
  const name = answers.name.trim();
  // Nothing visible (blank, or zero-width characters only) is missing, as the contact centre has it.
  if (!VISIBLE_PATTERN.test(name)) problems.push({ field: 'name', code: 'missing' });
  else if (name.length > LIMITS.nameMaxLength) problems.push({ field: 'name', code: 'too-long' });
  const phone = checkPhone(context.phoneLibrary, answers.phone, context.country);
  if (!phone.ok) problems.push({ field: 'phone', code: 'phone', problem: phone.problem });
  const reason = answers.reason.trim();
  if (!VISIBLE_PATTERN.test(reason)) problems.push({ field: 'reason', code: 'missing' });
  else if (reason.length > LIMITS.reasonMaxLength) problems.push({ field: 'reason', code: 'too-long' });
  if (problems.length > 0 || !phone.ok) return { problems, phone: phone.ok ? phone : undefined, request: undefined };
  return {
    problems,
    phone,
    request: {
      service: context.service,
      name,
      phone: phone.e164,
      locale: answers.language,
      reason,
      schedule: answers.when === 'slot' ? { type: 'slot', start: answers.slot } : { type: 'asap' },
    },
  };
}

/** The contact centre's refusals, at the fields the citizen can correct. */
export function serverProblems(errors: readonly FieldError[]): Problem[] {
  const problems: Problem[] = [];
  for (const { field, code } of errors) {
    if (field === 'name' || field === 'reason') problems.push({ field, code: code === 'too_long' ? 'too-long' : code === 'required' ? 'missing' : 'invalid' });
    else if (field === 'phone') problems.push({ field: 'phone', code: 'phone', problem: 'not-valid' });
    else if (field === 'locale') problems.push({ field: 'language', code: 'invalid' });
    else if (field.startsWith('schedule')) problems.push({ field: 'slot', code: 'invalid' });
  }
  return problems;
}

/** The cancellation form checked before anything is sent: the reference's check character and the phone number. */
export function checkCancel(
  typed: { reference: string; phone: string },
  context: { code: string | undefined; phoneLibrary: PhoneLibrary | undefined; country: string | undefined },
): { problems: Problem[]; reference: string; e164: string } | { problems: Problem[]; reference: undefined; e164: undefined } {
  const { code } = context;
  const parsed = parseReference(typed.reference, code ? { prefixes: [code] } : undefined);
  const phone = checkPhone(context.phoneLibrary, typed.phone, context.country);
  const problems: Problem[] = [];
  if (!parsed.ok) {
    problems.push(
      parsed.problem.code === 'empty'
        ? { field: 'cancel-reference', code: 'missing' }
        : { field: 'cancel-reference', code: 'reference', problem: parsed.problem, prefix: typedPrefix(parsed.problem, code, typed.reference) },
    );
  }
  if (!phone.ok) problems.push({ field: 'cancel-phone', code: 'phone', problem: phone.problem });
  return parsed.ok && phone.ok ? { problems, reference: parsed.reference, e164: phone.e164 } : { problems, reference: undefined, e164: undefined };
}

/**
 * Reads `text` as a phone number: international when it starts with `+` (or `00`), else a
 * number of `country`. Without the library (its chunk failed to load) only the
 * international form, digits and separators, is accepted.
 */
export function checkPhone(lib: PhoneLibrary | undefined, text: string, country: string | undefined): PhoneCheck {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'missing' };
  // "00 44 …" is how much of the world dials abroad; libphonenumber only knows it per country.
  const international = typed.replace(/^\s*00/, '+');
  if (!lib) {
    const compact = international.replace(/[\s().-]/g, '');
    if (!compact.startsWith('+')) return { ok: false, problem: 'needs-country-code' };
    return PHONE_PATTERN.test(compact) ? { ok: true, e164: compact, international: compact, country: undefined } : { ok: false, problem: 'not-a-number' };
  }
  const defaultCountry = knownCountry(lib, country);
  if (!international.startsWith('+') && !defaultCountry) {
    return /\d/.test(lib.parseIncompletePhoneNumber(international)) ? { ok: false, problem: 'needs-country-code' } : { ok: false, problem: 'not-a-number' };
  }
  const length = lib.validatePhoneNumberLength(international, defaultCountry);
  switch (length) {
    case 'INVALID_COUNTRY':
      return { ok: false, problem: international.startsWith('+') ? 'bad-country-code' : 'needs-country-code' };
    case 'NOT_A_NUMBER':
      return { ok: false, problem: 'not-a-number' };
    case 'TOO_SHORT':
      return { ok: false, problem: 'too-short' };
    case 'TOO_LONG':
      return { ok: false, problem: 'too-long' };
    case 'INVALID_LENGTH':
      return { ok: false, problem: 'not-valid' };
  }
  const parsed = lib.parsePhoneNumberFromString(international, defaultCountry);
  if (!parsed) return { ok: false, problem: 'not-a-number' };
  if (!parsed.isValid()) return { ok: false, problem: 'not-valid' };
  return { ok: true, e164: parsed.number, international: parsed.formatInternational(), country: parsed.country };
}

/** What a booking the contact centre did not make means for the form. */
export type Setback =
  /** The chosen slot filled up meanwhile (its start). */
  | { taken: string }
  /** Answers the contact centre refused, at the fields the citizen can correct. */
  | { problems: Problem[] }
  | { failure: Failure };

export function setbackOf(error: unknown, request: CallbackCreateRequest): Setback {
  if (isConflictError(error) && error.problemType === PROBLEM_TYPES.slotFull && request.schedule.type === 'slot') return { taken: request.schedule.start };
  const problems = isValidationError(error) ? serverProblems(error.errors) : [];
  return problems.length > 0 ? { problems } : { failure: failureOf(error) };
}

/** The `count` free slots closest in time to `start` (the one that was taken), in time order: offered instead. */
export function nearestFree(listing: CallbackSlots, start: string, count = 3): FreeSlot[] {
  const wanted = Date.parse(start);
  return listing.days
    .flatMap((day) => day.slots.filter((slot) => slot.remaining > 0).map((slot) => ({ ...slot, date: day.date })))
    .map((slot) => ({ slot, distance: Math.abs(Date.parse(slot.start) - wanted) }))
    .sort((a, b) => a.distance - b.distance || Date.parse(a.slot.start) - Date.parse(b.slot.start))
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
