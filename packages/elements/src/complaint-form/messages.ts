/**
 * What the form says when something is wrong, in the reader's language: the message at a
 * field, and why a submission failed. The contact centre and `validateComplaint` word
 * their messages in English, GOV.UK style, and give each a stable `code`: in English the form
 * shows their words for the service's own questions; in any other language it words the
 * message from the code, the field's label and its limits.
 */
import { str } from '@lit/localize';
import { LIMITS, type FieldDefinition, type Service } from '@civic-contact/contract';
import { keyOf, type FormError, type Submission } from './model.ts';
import type { View } from '../shared/view.ts';

function answerMessage(error: FormError, field: FieldDefinition, view: View): string {
  const { m } = view;
  if (view.english && error.message) return error.message;
  const label = view.plain(field.label).replace(/[:.]$/, '');
  const { min, max } = field;
  switch (error.code) {
    case 'required':
      return field.type === 'single_choice' || field.type === 'multi_choice'
        ? m('complaint-form.error.answer-select', str`Select an answer for “${label}”`)
        : m('complaint-form.error.answer-required', str`Enter an answer to “${label}”`);
    case 'too_long': {
      const longest = Math.min(field.maxLength ?? Infinity, field.type === 'text' ? LIMITS.textFieldMaxLength : LIMITS.stringFieldMaxLength);
      return view.count('complaint-form.error.answer-too-long', longest, {
        one: str`“${label}” must be 1 character or fewer`,
        other: str`“${label}” must be ${view.number(longest)} characters or fewer`,
      });
    }
    case 'too_short': {
      const shortest = field.minLength ?? 1;
      return view.count('complaint-form.error.answer-too-short', shortest, {
        one: str`“${label}” must be 1 character or more`,
        other: str`“${label}” must be ${view.number(shortest)} characters or more`,
      });
    }
    case 'invalid_format':
      return field.pattern
        ? view.plain(field.pattern.message)
        : m('complaint-form.error.answer-format', str`Enter “${label}” in the correct format`);
    case 'not_integer':
      return m('complaint-form.error.answer-whole-number', str`“${label}” must be a whole number`);
    case 'too_small':
    case 'too_big':
      if (min !== undefined && max !== undefined) {
        return m('complaint-form.error.answer-between', str`“${label}” must be between ${view.number(min)} and ${view.number(max)}`);
      }
      if (min !== undefined) return m('complaint-form.error.answer-at-least', str`“${label}” must be ${view.number(min)} or more`);
      if (max !== undefined) return m('complaint-form.error.answer-at-most', str`“${label}” must be ${view.number(max)} or less`);
      break;
    case 'invalid_date':
      return m('complaint-form.error.answer-date', str`“${label}” must be a real date`);
    case 'date_in_future':
      return m('complaint-form.error.answer-past', str`“${label}” must be today or in the past`);
    case 'date_in_past':
      return m('complaint-form.error.answer-future', str`“${label}” must be today or in the future`);
    case 'invalid_choice':
      return m('complaint-form.error.answer-choice', str`Select “${label}” from the list`);
    case 'invalid_type':
      if (field.type === 'number') return m('complaint-form.error.answer-number', str`“${label}” must be a number`);
      if (field.type === 'date') return m('complaint-form.error.answer-date', str`“${label}” must be a real date`);
      if (field.type === 'single_choice' || field.type === 'multi_choice') {
        return m('complaint-form.error.answer-choice', str`Select “${label}” from the list`);
      }
      break;
  }
  return m('complaint-form.error.answer-check', str`Check your answer to “${label}”`);
}

function tooLong(key: string, view: View): string | undefined {
  const { m } = view;
  switch (key) {
    case 'subject':
      return m('complaint-form.error.subject-too-long', str`The subject must be ${view.number(LIMITS.subjectMaxLength)} characters or fewer`);
    case 'description':
      return m('complaint-form.error.description-too-long', str`The description must be ${view.number(LIMITS.descriptionMaxLength)} characters or fewer`);
    case 'citizen.name':
      return m('complaint-form.error.name-too-long', str`Your name must be ${view.number(LIMITS.nameMaxLength)} characters or fewer`);
    case 'location.address':
      return m('complaint-form.error.address-too-long', str`The address must be ${view.number(LIMITS.addressMaxLength)} characters or fewer`);
    default:
      return undefined;
  }
}

function detailMessage(error: FormError, key: string, service: Service, view: View): string | undefined {
  const { m } = view;
  const { code } = error;
  if (code === 'too_long' && key !== 'citizen.email') return tooLong(key, view);
  switch (key) {
    case 'subject':
      return code === 'required' ? m('complaint-form.error.subject-required', 'Enter a subject') : undefined;
    case 'description':
      return code === 'required' ? m('complaint-form.error.description-required', 'Describe your complaint') : undefined;
    case 'citizen.name':
      return code === 'required' ? m('complaint-form.error.name-required', 'Enter your full name') : undefined;
    case 'citizen.email':
      if (code === 'required' && service.contact === 'email_or_phone') {
        return m('complaint-form.error.contact-required', 'Enter an email address or a phone number so we can reply to you');
      }
      if (code === 'required') return m('complaint-form.error.email-required', 'Enter your email address');
      if (code === 'invalid_email' || code === 'too_long' || code === 'invalid_format') {
        return m('complaint-form.error.email-format', 'Enter an email address in the correct format, like name@example.com');
      }
      return undefined;
    case 'citizen.phone':
      if (code === 'required') return m('complaint-form.error.phone-required', 'Enter your phone number');
      if (code === 'invalid_phone' || code === 'invalid_format') {
        return m('complaint-form.error.phone-format', 'Enter a phone number with the country code, like +1\u00a0212\u00a0555\u00a00100');
      }
      return undefined;
    case 'location.address':
      return code === 'required' ? m('complaint-form.error.address-required', 'Enter the address or location of the problem') : undefined;
    case 'attachments':
      if (code === 'uploading') return m('complaint-form.error.attachments-uploading', 'Wait for your files to finish uploading');
      if (code === 'upload_failed') return m('complaint-form.error.attachments-failed', 'A file could not be uploaded: try again or remove it');
      if (code === 'too_many') {
        const max = service.attachments.maxFiles;
        return view.count('complaint-form.error.attachments-too-many', max, { one: 'Attach no more than 1 file', other: str`Attach no more than ${view.number(max)} files` });
      }
      return m('complaint-form.error.attachments-invalid', 'One of your files could not be attached: remove it and upload it again');
    default:
      return undefined;
  }
}

/** The message to show for `error`, in the reader's language. */
export function errorMessage(error: FormError, service: Service, view: View): string {
  const key = keyOf(error.field, service);
  if (key?.startsWith('answers.')) {
    const field = service.fields.find((f) => `answers.${f.id}` === key);
    if (field) return answerMessage(error, field, view);
  }
  const message = key === undefined ? undefined : detailMessage(error, key, service, view);
  if (message) return message;
  // A check only the contact centre makes, with a code the form has no words for.
  return view.english && error.message
    ? error.message
    : view.m('complaint-form.error.general', 'Something in your complaint could not be accepted. Check your answers and try again.');
}

function waitText(seconds: number | undefined, view: View): string {
  if (seconds === undefined) return view.m('complaint-form.wait-a-while', 'a few minutes');
  return seconds >= 60
    ? view.number(Math.ceil(seconds / 60), { style: 'unit', unit: 'minute', unitDisplay: 'long' })
    : view.number(Math.max(1, seconds), { style: 'unit', unit: 'second', unitDisplay: 'long' });
}

/** Why a submission failed and what to do, in plain words: the answers are kept. */
export function failureText(submission: Submission & { status: 'failed' }, view: View): string {
  const { m } = view;
  if (submission.reason === 'rate-limited') {
    return m(
      'complaint-form.rate-limited',
      str`Too many complaints have been sent from here in a short time. Your answers are kept. Wait ${waitText(submission.retryAfter, view)}, then try again.`,
    );
  }
  return submission.reason === 'unreachable'
    ? m('complaint-form.send-failed', 'We could not send your complaint. Your answers are kept. Try again.')
    : m('complaint-form.send-unexpected', 'Sorry, your complaint could not be sent. Your answers are kept. Try again later.');
}
