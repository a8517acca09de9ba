import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CallbackCreateRequestSchema,
  FaqSearchQuerySchema,
  HEADERS,
  PROBLEM_TYPES,
  ProblemSchema,
  safeParse,
  SlotsQuerySchema,
} from '@civic-contact/contract';
import {
  badRequest,
  conflict,
  DomainError,
  forbidden,
  idempotencyConflict,
  illegalTransition,
  isDomainError,
  notFound,
  parseOrThrow,
  payloadTooLarge,
  rateLimited,
  slotFull,
  unauthorized,
  unsupportedMediaType,
  validationFailed,
} from '../src/errors.ts';
import { parseQuery } from '../src/query.ts';

describe('problem factories', () => {
  const cases: Array<[DomainError, number, string]> = [
    [validationFailed([{ field: 'subject', code: 'required', message: 'Enter a subject.' }]), 422, PROBLEM_TYPES.validation],
    [badRequest('Bad'), 400, PROBLEM_TYPES.badRequest],
    [unauthorized(), 401, PROBLEM_TYPES.unauthorized],
    [forbidden('No'), 403, PROBLEM_TYPES.forbidden],
    [notFound(), 404, PROBLEM_TYPES.notFound],
    [conflict('Busy'), 409, PROBLEM_TYPES.conflict],
    [illegalTransition('closed', 'assigned', ['reopened']), 409, PROBLEM_TYPES.illegalTransition],
    [slotFull(), 409, PROBLEM_TYPES.slotFull],
    [idempotencyConflict(), 409, PROBLEM_TYPES.idempotencyConflict],
    [payloadTooLarge('Big'), 413, PROBLEM_TYPES.payloadTooLarge],
    [unsupportedMediaType('Odd'), 415, PROBLEM_TYPES.unsupportedMediaType],
    [rateLimited(30), 429, PROBLEM_TYPES.rateLimited],
  ];

  test('each has its status and stable type, and is a valid problem document', () => {
    for (const [error, status, type] of cases) {
      assert.ok(isDomainError(error));
      assert.ok(error instanceof Error);
      assert.equal(error.status, status);
      assert.equal(error.problem.type, type);
      assert.ok(safeParse(ProblemSchema, error.problem).success, JSON.stringify(error.problem));
      assert.ok(error.message.length > 0);
    }
    assert.equal(isDomainError(new Error('x')), false);
  });

  test('rate limiting carries retryAfter in the body and the Retry-After header, in whole seconds', () => {
    const error = rateLimited(12.2);
    assert.equal(error.problem.retryAfter, 13);
    assert.deepEqual(error.headers, { [HEADERS.retryAfter]: '13' });
  });

  test('an illegal transition says where the ticket can go', () => {
    assert.equal(
      illegalTransition('in_progress', 'received', ['awaiting_citizen', 'resolved']).problem.detail,
      'A ticket cannot move from “In progress” to “Received”. From “In progress” it can move to “Awaiting citizen”, “Resolved”.',
    );
  });

  test('validation summarises the fields in the detail and lists every error', () => {
    const error = validationFailed([
      { field: 'subject', code: 'required', message: 'Enter a subject.' },
      { field: 'citizen.email', code: 'invalid_email', message: 'Enter an email.' },
    ]);
    assert.equal(error.problem.title, 'Check your answers');
    assert.equal(error.problem.detail, 'There are problems with 2 fields: subject, citizen.email.');
    assert.equal(error.problem.errors?.length, 2);
  });
});

describe('parseOrThrow', () => {
  const schema = CallbackCreateRequestSchema;
  const { name: _, ...nameless } = {
    service: 'health-clinic-services',
    name: ' Ann ',
    phone: '+17585550123',
    locale: 'en',
    reason: 'Question about my visit',
    schedule: { type: 'asap' as const },
  };

  test('parseOrThrow returns the parsed value or throws 422 with every field', () => {
    assert.deepEqual(parseOrThrow(schema, { ...nameless, name: ' Ann ' }), { ...nameless, name: 'Ann' });
    try {
      parseOrThrow(schema, { ...nameless, service: 'Not A Service' });
      assert.fail('expected a validation error');
    } catch (error) {
      assert.ok(isDomainError(error));
      assert.equal(error.problem.status, 422);
      assert.deepEqual(error.problem.errors?.map((e) => e.field), ['service', 'name']);
    }
  });

  test('a missing value is required; a prefix names the part', () => {
    try {
      parseOrThrow(schema, { ...nameless, phone: '555' }, 'body');
      assert.fail('expected a validation error');
    } catch (error) {
      assert.ok(isDomainError(error));
      assert.deepEqual(error.problem.errors?.map((e) => `${e.field}:${e.code}`), ['body.name:required', 'body.phone:invalid_phone']);
      assert.equal(error.problem.detail, 'There are problems with 2 fields: body.name, body.phone.');
    }
  });
});

describe('parseQuery', () => {
  test('converts numeric strings for number fields only, and drops empty values', () => {
    assert.deepEqual(parseQuery(SlotsQuerySchema, { service: 'health-clinic-services', days: '7', from: '' }), {
      service: 'health-clinic-services',
      days: 7,
    });
    assert.deepEqual(parseQuery(FaqSearchQuerySchema, new URLSearchParams('q=123&limit=3')), { q: '123', limit: 3 });
  });

  test('a value that does not convert, or a repeated parameter, is a 400 naming the field', () => {
    for (const query of [{ service: 'x', days: 'seven' }, new URLSearchParams('service=x&service=y')]) {
      try {
        parseQuery(SlotsQuerySchema, query);
        assert.fail('expected a bad request');
      } catch (error) {
        assert.ok(isDomainError(error));
        assert.equal(error.problem.status, 400);
        assert.equal(error.problem.errors?.length, 1);
      }
    }
  });
});
