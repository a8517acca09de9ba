/**
 * What the callback request holds and how it becomes a request: the citizen's answers, the
 * problems found in them (by the browser or by the contact centre), and where a booking or
 * a cancellation stands. Pure: the element keeps the state, these functions decide.
 */
import {
  LIMITS,
  parseReference,
  type Callback,
  type CallbackCreateRequest,
  type CallbackSlots,
  type FieldError,
  type ReferenceProblem,
  type Slot,
  type SlotDay,
} from '@civic-contact/contract';
import type { Failure as RequestFailure } from '../shared/failure.ts';
import { typedPrefix } from '../shared/reference.ts';
import { checkPhone, type PhoneCheck, type PhoneLibrary, type PhoneProblem } from './phone.ts';

export type Field = 'service' | 'when' | 'day' | 'slot' | 'language' | 'name' | 'phone' | 'reason' | 'cancel-reference' | 'cancel-phone';

/** What is wrong with a field; worded at render time, so a change of language re-words it. */
export type Problem =
  | { field: 'service' | 'when' | 'day' | 'slot' | 'language' | 'name' | 'reason'; code: 'missing' | 'too-long' | 'invalid' }
  | { field: 'cancel-reference'; code: 'missing' }
  | { field: 'slot'; code: 'taken'; start: string; end: string }
  | { field: 'phone' | 'cancel-phone'; code: 'phone'; problem: PhoneProblem }
  | { field: 'cancel-reference'; code: 'reference'; problem: ReferenceProblem; prefix: string };

/** Why a request that was sent did not do what the citizen asked; `too-late`: the callback can no longer be cancelled. */
export type Failure = RequestFailure | { kind: 'too-late' };

export type SlotsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; listing: CallbackSlots }
  | { status: 'error'; failure: Failure };

/** A phone number that can be called. */
export type CheckedPhone = Extract<PhoneCheck, { ok: true }>;

/** Everything the citizen has chosen or typed for a booking, as they typed it. */
export interface Answers {
  when: '' | 'asap' | 'slot';
  day: string;
  /** Start of the chosen slot. */
  slot: string;
  language: string;
  name: string;
  phone: string;
  reason: string;
}

export function emptyAnswers(): Answers {
  return { when: '', day: '', slot: '', language: '', name: '', phone: '', reason: '' };
}

/** What the confirmation shows. */
export interface Booking {
  callback: Callback;
  phone: string;
  e164: string;
  language: string;
  asap: CallbackSlots['asap'] | undefined;
  earlierVersion: boolean;
}

/** Where a cancellation stands. */
export type Cancelling = { state: 'idle' | 'sending' } | { state: 'done'; reference: string } | { state: 'failed'; failure: Failure };

/** The DOM id of a slot's radio. */
export function slotId(start: string): string {
  return `cb-slot-${start.replace(/[^0-9A-Za-z]/g, '')}`;
}

export function freeCount(day: SlotDay): number {
  return day.slots.filter((slot) => slot.remaining > 0).length;
}

/** The listed slot starting at `start`. */
export function findSlot(listing: CallbackSlots | undefined, start: string): Slot | undefined {
  return listing?.days.flatMap((day) => day.slots).find((slot) => slot.start === start);
}

/** A new listing keeps the chosen day when it is listed with free times, else the first that has some; and the chosen time while it is free. */
export function settle(answers: Answers, listing: CallbackSlots): Answers {
  const listed = listing.days.find((day) => day.date === answers.day);
  const day = !listed || freeCount(listed) === 0 ? (listing.days.find((candidate) => freeCount(candidate) > 0)?.date ?? '') : answers.day;
  const chosen = findSlot(listing, answers.slot);
  const slot = answers.slot && (!chosen || chosen.remaining === 0) ? '' : answers.slot;
  return { ...answers, day, slot };
}

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
  if (!name) problems.push({ field: 'name', code: 'missing' });
  else if (name.length > LIMITS.nameMaxLength) problems.push({ field: 'name', code: 'too-long' });
  const phone = checkPhone(context.phoneLibrary, answers.phone, context.country);
  if (!phone.ok) problems.push({ field: 'phone', code: 'phone', problem: phone.problem });
  const reason = answers.reason.trim();
  if (!reason) problems.push({ field: 'reason', code: 'missing' });
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
