import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIELD_ERROR_CODES, LIMITS } from '@civic-contact/contract';
import type { AnswerValue, ComplaintCreateRequest, FieldDefinition, FieldError, Service } from '@civic-contact/contract';
import { validateAnswer, validateComplaint } from '../src/validation.ts';

const TODAY = '2026-03-10';

const fields = {
  licence: {
    id: 'licence_number',
    type: 'string',
    label: { en: 'Licence number', fr: 'Numéro de permis' },
    required: true,
    minLength: 8,
    maxLength: 12,
    pattern: { regex: '[A-Z]{2}[0-9]{6,10}', message: { en: 'Enter the licence number as it appears on your card, like AB123456' } },
  },
  details: { id: 'details', type: 'text', label: { en: 'Tell us more' }, required: false, minLength: 10 },
  wait: { id: 'wait_hours', type: 'number', label: { en: 'How long did you wait, in hours?' }, required: false, min: 0, max: 72, integer: true },
  count: { id: 'vehicles', type: 'number', label: { en: 'Number of vehicles' }, required: false, min: 1 },
  incident: { id: 'incident_date', type: 'date', label: { en: 'Date of the incident' }, required: true, dateRange: 'past' },
  travel: { id: 'travel_date', type: 'date', label: { en: 'Date you travel' }, required: false, dateRange: 'future' },
  kind: {
    id: 'kind',
    type: 'single_choice',
    label: { en: 'Type of problem' },
    required: true,
    options: [
      { value: 'delay', label: { en: 'Delay' } },
      { value: 'staff', label: { en: 'Staff' } },
      { value: 'other', label: { en: 'Something else' } },
    ],
  },
  other: { id: 'other_kind', type: 'string', label: { en: 'Your own description' }, required: false, requiredWhen: { field: 'kind', equals: ['other'] } },
  days: {
    id: 'days',
    type: 'multi_choice',
    label: { en: 'Which days?' },
    required: false,
    options: ['mon', 'tue', 'wed'].map((value) => ({ value, label: { en: value } })),
  },
} satisfies Record<string, FieldDefinition>;

const service: Service = {
  id: 'licences',
  ministryId: 'transport',
  group: { en: 'Driving' },
  name: { en: 'Driving licences' },
  description: { en: 'Complaints about licences' },
  entityId: 'licensing',
  contact: 'email',
  anonymousAllowed: false,
  location: 'required',
  attachments: { maxFiles: 2, maxBytes: 1_000_000, types: ['image/jpeg', 'application/pdf'] },
  responseTargetDays: 10,
  callbacks: true,
  fields: Object.values(fields),
};

const validAnswers: Record<string, AnswerValue> = {
  licence_number: 'AB123456',
  details: 'The office closed early without notice.',
  wait_hours: 3,
  vehicles: 2,
  incident_date: '2026-03-09',
  travel_date: '2026-04-01',
  kind: 'delay',
  days: ['mon', 'wed'],
};

const validRequest: ComplaintCreateRequest = {
  service: 'licences',
  subject: 'Licence office closed',
  description: 'I went to renew my licence and the office was closed.',
  answers: validAnswers,
  citizen: { name: 'Marie Joseph', email: 'marie@example.org' },
  location: { address: '1 Bridge Street, Castries' },
};

function check(field: FieldDefinition, value: AnswerValue | undefined, answers: Record<string, AnswerValue> = {}): FieldError | null {
  return validateAnswer(field, value, { answers, today: TODAY });
}

function code(field: FieldDefinition, value: AnswerValue | undefined, answers?: Record<string, AnswerValue>): string | null {
  return check(field, value, answers)?.code ?? null;
}

describe('validateAnswer', () => {
  test('errors name the field as answers.<id> and use contract codes', () => {
    const problem = check(fields.licence, undefined);
    assert.deepEqual(problem, { field: 'answers.licence_number', code: 'required', message: 'Enter the licence number' });
    assert.ok(FIELD_ERROR_CODES.includes(problem.code));
  });

  test('blank text, whitespace, text with nothing visible and empty lists count as missing', () => {
    for (const blank of [undefined, '', '   \n', '\u200B', '\u200C\u200D\u2060\uFEFF', ' \u202E\u2066\u061C ', '\u3164\u00AD\u2800', []] as const) {
      assert.equal(code(fields.licence, blank as AnswerValue | undefined), 'required');
      assert.equal(code(fields.details, blank as AnswerValue | undefined), null, 'optional fields may be left out');
    }
    assert.equal(code(fields.days, []), null);
    assert.equal(code(fields.count, 0), 'too_small', 'zero is an answer, not a missing one');
  });

  test('string: type, length bounds, hard cap and pattern', () => {
    assert.equal(code(fields.licence, 'AB123456'), null);
    assert.equal(code(fields.licence, '  AB123456  '), null, 'surrounding spaces are ignored');
    assert.equal(code(fields.licence, 12345678), 'invalid_type');
    assert.equal(code(fields.licence, ['AB123456']), 'invalid_type');
    assert.equal(code(fields.licence, 'AB1234567890X'), 'too_long');
    assert.deepEqual(check(fields.licence, 'ab123456'), {
      field: 'answers.licence_number',
      code: 'invalid_format',
      message: 'Enter the licence number as it appears on your card, like AB123456',
    });
    assert.equal(code(fields.licence, 'xAB123456'), 'invalid_format', 'the pattern must match the whole answer');
    const short: FieldDefinition = { ...fields.licence, pattern: undefined };
    assert.deepEqual(check(short, 'AB12'), { field: 'answers.licence_number', code: 'too_short', message: 'Licence number must be 8 characters or more' });
    const uncapped: FieldDefinition = { id: 'note', type: 'string', label: { en: 'Note' }, required: false, maxLength: 10_000 };
    assert.equal(code(uncapped, 'x'.repeat(LIMITS.stringFieldMaxLength)), null);
    assert.deepEqual(check(uncapped, 'x'.repeat(LIMITS.stringFieldMaxLength + 1)), {
      field: 'answers.note',
      code: 'too_long',
      message: `Note must be ${LIMITS.stringFieldMaxLength} characters or less`,
    });
  });

  test('lengths count characters as people see them', () => {
    const name: FieldDefinition = { id: 'name', type: 'string', label: { en: 'Name' }, required: true, maxLength: 5 };
    assert.equal(code(name, 'Zoë 🙂'), null);
    assert.equal(code(name, 'Zoë 🙂!'), 'too_long');
  });

  test('text: minimum length and the text hard cap', () => {
    assert.equal(code(fields.details, 'Too short'), 'too_short');
    assert.equal(check(fields.details, 'Too short')?.message, 'The answer to “Tell us more” must be 10 characters or more');
    assert.equal(code(fields.details, 'x'.repeat(LIMITS.textFieldMaxLength)), null);
    assert.equal(code(fields.details, 'x'.repeat(LIMITS.textFieldMaxLength + 1)), 'too_long');
    assert.equal(code(fields.details, 42), 'invalid_type');
  });

  test('number: type, whole numbers, bounds', () => {
    assert.equal(code(fields.wait, 0), null);
    assert.equal(code(fields.wait, 72), null);
    assert.equal(code(fields.wait, '3'), 'invalid_type', 'a number is sent as a JSON number');
    assert.equal(code(fields.wait, Number.NaN), 'invalid_type');
    assert.deepEqual(check(fields.wait, 2.5), {
      field: 'answers.wait_hours',
      code: 'not_integer',
      message: 'The answer to “How long did you wait, in hours?” must be a whole number',
    });
    assert.equal(code(fields.wait, -1), 'too_small');
    assert.equal(check(fields.wait, 73)?.code, 'too_big');
    assert.equal(check(fields.wait, 73)?.message, 'The answer to “How long did you wait, in hours?” must be between 0 and 72');
    assert.equal(code(fields.count, 2.5), null, 'fractions are fine unless integer is set');
    assert.equal(check(fields.count, 0)?.message, 'Number of vehicles must be 1 or more');
  });

  test('date: real calendar dates and date ranges against today in the centre', () => {
    assert.equal(code(fields.incident, TODAY), null, 'today counts as the past');
    assert.equal(code(fields.incident, '2026-02-28'), null);
    assert.deepEqual(check(fields.incident, '2026-02-30'), {
      field: 'answers.incident_date',
      code: 'invalid_date',
      message: 'Date of the incident must be a real date',
    });
    assert.equal(code(fields.incident, '10/03/2026'), 'invalid_date');
    // Before 1900 is not "in the past" but a slip (and past 2100 is not "in the future").
    assert.equal(check(fields.incident, '0206-03-10')?.message, 'Date of the incident must be between 1900 and 2100');
    assert.equal(check(fields.travel, '9999-12-31')?.code, 'invalid_date');
    assert.equal(code(fields.incident, '1900-01-01'), null);
    assert.equal(code(fields.travel, '2100-12-31'), null);
    assert.equal(code(fields.incident, 20260310), 'invalid_type');
    assert.deepEqual(check(fields.incident, '2026-03-11'), {
      field: 'answers.incident_date',
      code: 'date_in_future',
      message: 'Date of the incident must be today or in the past',
    });
    assert.equal(code(fields.travel, TODAY), null);
    assert.equal(code(fields.travel, '2026-03-09'), 'date_in_past');
    assert.equal(check(fields.incident, undefined)?.message, 'Enter the date of the incident');
  });

  test('single choice: one of the options', () => {
    assert.equal(code(fields.kind, 'staff'), null);
    assert.deepEqual(check(fields.kind, 'weather'), { field: 'answers.kind', code: 'invalid_choice', message: 'Select the type of problem from the list' });
    assert.equal(code(fields.kind, 'Delay'), 'invalid_choice', 'values are exact');
    assert.equal(code(fields.kind, ['delay']), 'invalid_type');
    assert.equal(check(fields.kind, undefined)?.message, 'Select the type of problem');
  });

  test('multi choice: a list of known options, each once', () => {
    assert.equal(code(fields.days, ['tue']), null);
    assert.equal(code(fields.days, ['mon', 'sun']), 'invalid_choice');
    assert.equal(code(fields.days, ['mon', 'mon']), 'invalid_choice');
    assert.equal(code(fields.days, 'mon'), 'invalid_type');
    assert.equal(code(fields.days, [1, 2] as unknown as string[]), 'invalid_type');
    const required: FieldDefinition = { ...fields.days, required: true };
    assert.equal(check(required, [])?.message, 'Select an answer to “Which days?”');
  });

  test('messages read as sentences whatever the shape of the label', () => {
    const message = (label: string, type: FieldDefinition['type'] = 'string'): string | undefined =>
      check({ id: 'f', type, label: { fr: 'Étiquette', en: label }, required: true, options: [] }, undefined)?.message;
    assert.equal(message('Hospital number'), 'Enter the hospital number');
    assert.equal(message('NHS number'), 'Enter the NHS number');
    assert.equal(message('Their date of birth', 'date'), 'Enter their date of birth');
    assert.equal(message('Anything else we should know', 'text'), 'Enter anything else we should know');
    assert.equal(message('Hospital', 'single_choice'), 'Select the hospital');
    assert.equal(message('What happened?', 'text'), 'Enter an answer to “What happened?”');
    assert.equal(message('Which clinic did you visit?', 'single_choice'), 'Select an answer to “Which clinic did you visit?”');
    assert.equal(message('Describe the problem', 'text'), 'Describe the problem');
    const french = check({ id: 'f', type: 'string', label: { fr: 'Numéro de permis' }, required: true }, undefined);
    assert.equal(french?.message, 'Enter the numéro de permis', 'a label without English still gives a message');
  });

  test('requiredWhen: required only when the other answer is one of the values', () => {
    assert.equal(code(fields.other, undefined, { kind: 'delay' }), null);
    assert.equal(code(fields.other, undefined, {}), null);
    assert.deepEqual(check(fields.other, '  ', { kind: 'other' }), {
      field: 'answers.other_kind',
      code: 'required',
      message: 'Enter your own description',
    });
    assert.equal(code(fields.other, 'Lost paperwork', { kind: 'other' }), null);
    const whenDay: FieldDefinition = { ...fields.other, requiredWhen: { field: 'days', equals: ['wed'] } };
    assert.equal(code(whenDay, undefined, { days: ['mon', 'wed'] }), 'required', 'a multi choice triggers when any value matches');
    assert.equal(code(whenDay, undefined, { days: ['mon'] }), null);
  });
});

describe('validateComplaint', () => {
  test('a valid complaint has no errors', () => {
    assert.deepEqual(validateComplaint(service, validRequest, { today: TODAY }), []);
  });

  test('reports every problem, in the order the form shows the fields', () => {
    const request: ComplaintCreateRequest = {
      ...validRequest,
      answers: { kind: 'other', incident_date: '2026-12-01', days: ['fri'], colour: 'red', licence_number: 'bad' },
      citizen: { phone: '+17585550123' },
      location: undefined,
      attachments: ['att_0123456789abcdef', 'att_0123456789abcdeg', 'att_0123456789abcdeh'],
    };
    assert.deepEqual(
      validateComplaint(service, request, { today: TODAY }).map((e) => [e.field, e.code]),
      [
        ['answers.licence_number', 'invalid_format'],
        ['answers.incident_date', 'date_in_future'],
        ['answers.other_kind', 'required'],
        ['answers.days', 'invalid_choice'],
        ['answers.colour', 'unknown_field'],
        ['location.address', 'required'],
        ['attachments', 'too_many'],
        ['citizen.name', 'required'],
        ['citizen.email', 'required'],
      ],
    );
  });

  test('missing answers are reported for every required field', () => {
    const errors = validateComplaint(service, { ...validRequest, answers: undefined }, { today: TODAY });
    assert.deepEqual(errors.map((e) => e.field), ['answers.licence_number', 'answers.incident_date', 'answers.kind']);
    assert.ok(errors.every((e) => e.code === 'required'));
  });

  test('contact details per the service', () => {
    const contactErrors = (contact: Service['contact'], citizen: ComplaintCreateRequest['citizen']): string[] =>
      validateComplaint({ ...service, contact }, { ...validRequest, citizen: { name: 'A', ...citizen } }, { today: TODAY }).map(
        (e) => `${e.field}:${e.code}`,
      );
    const email = 'a@example.org';
    const phone = '+17585550123';
    assert.deepEqual(contactErrors('email', { phone }), ['citizen.email:required']);
    assert.deepEqual(contactErrors('phone', { email }), ['citizen.phone:required']);
    assert.deepEqual(contactErrors('email_and_phone', {}), ['citizen.email:required', 'citizen.phone:required']);
    assert.deepEqual(contactErrors('email_and_phone', { email, phone }), []);
    assert.deepEqual(contactErrors('email_or_phone', { phone }), []);
    assert.deepEqual(contactErrors('email_or_phone', { email }), []);
    assert.deepEqual(contactErrors('email_or_phone', { email: ' ' }), ['citizen.email:required']);
    const [either] = validateComplaint({ ...service, contact: 'email_or_phone' }, { ...validRequest, citizen: { name: 'A' } }, { today: TODAY });
    assert.match(either?.message ?? '', /email address or a phone number/);
  });

  test('a name is needed unless the service allows anonymous complaints', () => {
    const citizen = { email: 'a@example.org' };
    assert.deepEqual(
      validateComplaint(service, { ...validRequest, citizen }, { today: TODAY }),
      [{ field: 'citizen.name', code: 'required', message: 'Enter your full name' }],
    );
    assert.deepEqual(validateComplaint({ ...service, anonymousAllowed: true }, { ...validRequest, citizen }, { today: TODAY }), []);
  });

  test('location per the service', () => {
    const withoutLocation = { ...validRequest, location: undefined };
    assert.deepEqual(validateComplaint({ ...service, location: 'optional' }, withoutLocation, { today: TODAY }), []);
    assert.deepEqual(validateComplaint({ ...service, location: 'none' }, withoutLocation, { today: TODAY }), []);
    assert.deepEqual(
      validateComplaint({ ...service, location: 'required' }, { ...validRequest, location: { address: '  ' } }, { today: TODAY }).map((e) => e.code),
      ['required'],
    );
    assert.deepEqual(
      validateComplaint({ ...service, location: 'none' }, validRequest, { today: TODAY }).map((e) => [e.field, e.code]),
      [['location.address', 'not_allowed']],
    );
  });

  test('attachments: up to maxFiles, none when the service takes none', () => {
    const two = { ...validRequest, attachments: ['att_0123456789abcdef', 'att_0123456789abcdeg'] };
    assert.deepEqual(validateComplaint(service, two, { today: TODAY }), []);
    assert.deepEqual(validateComplaint(service, validRequest, { today: TODAY, attachmentCount: 3 }), [
      { field: 'attachments', code: 'too_many', message: 'Attach no more than 2 files' },
    ]);
    const none = { ...service, attachments: { maxFiles: 0, maxBytes: 0, types: [] } };
    assert.deepEqual(validateComplaint(none, two, { today: TODAY }).map((e) => e.code), ['not_allowed']);
    assert.deepEqual(validateComplaint(none, validRequest, { today: TODAY }), []);
  });

  test('the same request gives the same errors every time', () => {
    const request = { ...validRequest, answers: { b: 1, a: 2 }, citizen: {} };
    const first = validateComplaint(service, request, { today: TODAY });
    assert.deepEqual(validateComplaint(service, request, { today: TODAY }), first);
    assert.deepEqual(
      first.filter((e) => e.code === 'unknown_field').map((e) => e.field),
      ['answers.b', 'answers.a'],
    );
  });

  test('an answer named like an Object property is unknown, not an error in the check', () => {
    const errors = validateComplaint(service, { ...validRequest, answers: { ...validAnswers, constructor: 'x' } }, { today: TODAY });
    assert.deepEqual(errors.map((e) => [e.field, e.code]), [['answers.constructor', 'unknown_field']]);
  });
});
