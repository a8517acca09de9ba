/**
 * What the callback request holds: the citizen's answers, the problems found in them (by
 * the browser or by the contact centre), where a booking or a cancellation stands, and how
 * a new listing of times keeps the choices. Pure: the element keeps the state, these
 * functions decide. How answers are checked and become a request is in check.ts.
 */
import type { Callback, CallbackSlots, ReferenceProblem, Slot, SlotDay } from '@civic-contact/contract';
import type { Failure as RequestFailure } from '../shared/failure.ts';
import type { PhoneCheck, PhoneProblem } from './phone.ts';

/** Days of the calendar shown at once; the citizen moves a week at a time. */
export const DAYS_PER_PAGE = 7;

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
