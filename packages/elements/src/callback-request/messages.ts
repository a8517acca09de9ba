/**
 * What is wrong with an answer, and why a request did not work, in the reader's language.
 * Said only once the citizen has acted, so it comes with the check (later.ts); the words for
 * a contact centre that could not be reached are in errors.ts, as the first view needs them
 * when the code of the next step cannot be fetched.
 */
import { str } from '@lit/localize';
import { LIMITS } from '@civic-contact/contract';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { ltr } from '../shared/bidi.ts';
import { waitText } from '../shared/failure.ts';
import { referenceProblemText } from '../shared/reference.ts';
import { unreachableText } from './errors.ts';
import type { Failure, Problem } from './model.ts';
import type { PhoneProblem } from './phone.ts';
import { slotWithDay } from './slots.ts';
import { countryName, type CallbackView } from './view.ts';

/** What is wrong with a field, in the reader's language. */
export function problemText(view: CallbackView, problem: Problem): string {
  const { m } = view;
  switch (problem.field) {
    case 'service':
      return m('callback-request.error.service', 'Select what you would like us to call you about');
    case 'when':
      return m('callback-request.error.when', 'Select when you would like us to call you');
    case 'day':
      return m('callback-request.error.day', 'Select a day with free times, or choose “As soon as possible”');
    case 'slot':
      if (problem.code === 'taken') {
        const when = slotWithDay(view, problem.start, problem.end);
        return m('callback-request.error.slot-taken', str`Someone else has just booked the last place at ${when}. Choose another time: your other answers are kept`);
      }
      if (problem.code === 'invalid') {
        return m('callback-request.error.slot-invalid', 'That time can no longer be booked. Choose one of the times shown now');
      }
      return m('callback-request.error.slot', 'Select a time for your callback');
    case 'language':
      return m('callback-request.error.language', 'Select the language you would like to be called in');
    case 'name':
      if (problem.code === 'too-long') {
        const max = view.number(LIMITS.nameMaxLength);
        return m('callback-request.error.name-too-long', str`Your name must be ${max} characters or fewer`);
      }
      return m('callback-request.error.name', 'Enter your name');
    case 'reason':
      if (problem.code === 'too-long') {
        const max = view.number(LIMITS.reasonMaxLength);
        return m('callback-request.error.reason-too-long', str`What you want to talk about must be ${max} characters or fewer`);
      }
      return m('callback-request.error.reason', 'Tell us what you would like to talk about');
    case 'phone':
    case 'cancel-phone':
      return problem.code === 'phone' ? phoneProblemText(view, problem.problem) : '';
    case 'cancel-reference':
      return problem.code === 'reference'
        ? referenceProblemText(view, problem.problem, view.ministry?.code, problem.prefix)
        : m('callback-request.error.reference', 'Enter your callback reference');
  }
}

function phoneProblemText(view: CallbackView, problem: PhoneProblem): string {
  const { m, country } = view;
  switch (problem) {
    case 'missing':
      return m('callback-request.error.phone', 'Enter the phone number we should call');
    case 'needs-country-code':
      return m('callback-request.error.phone-country-code', str`Enter the phone number with its country code, starting with +, for example ${ltr('+44 20 7946 0000')}`);
    case 'bad-country-code':
      return m('callback-request.error.phone-bad-country-code', 'The country code after the + is not right. Check the number');
    case 'not-a-number':
      return m('callback-request.error.phone-not-a-number', 'Enter a phone number using digits, like 212 555 0100. You can use spaces, brackets and dashes');
    case 'too-short':
      return m('callback-request.error.phone-too-short', 'The phone number is too short. Check you have entered all of it, with the area code');
    case 'too-long':
      return m('callback-request.error.phone-too-long', 'The phone number is too long. Check it, and leave out any extension');
    case 'not-valid': {
      if (country) {
        const place = countryName(view, country);
        return m('callback-request.error.phone-not-valid-country', str`This is not a phone number in ${place}. For a number in another country, start with + and the country code`);
      }
      return m('callback-request.error.phone-not-valid', 'This is not a phone number that can be called. Check it, with its country code');
    }
  }
}

/** Why a request did not work and what to do, for the operation the citizen attempted. */
export function failureText(view: CallbackView, failure: Failure, operation: CivicErrorOperation): string {
  const { m } = view;
  switch (failure.kind) {
    case 'not-found':
      return operation === 'cancel-callback'
        ? m('callback-request.cancel-not-found', 'We could not find a callback with that reference and phone number. Check both against your confirmation and try again')
        : m('callback-request.service-gone', 'Callbacks about this service cannot be booked at the moment. Contact the ministry another way');
    case 'too-late':
      return m('callback-request.cancel-too-late', 'This callback can no longer be cancelled: its time has begun or the call has been made');
    case 'rate-limited': {
      if (failure.retryAfter === undefined) {
        return m('callback-request.rate-limited-unknown', 'There have been too many attempts. Wait a few minutes, then try again. What you entered has been kept');
      }
      const when = waitText(failure.retryAfter, view.lang);
      return m('callback-request.rate-limited', str`There have been too many attempts. Try again ${when}. What you entered has been kept`);
    }
    case 'unreachable':
      return unreachableText(view, operation);
    case 'server':
      return m('callback-request.server', 'The contact centre is not working properly at the moment. Try again in a few minutes. What you entered has been kept');
  }
}
