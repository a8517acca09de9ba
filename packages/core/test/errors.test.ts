import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  FIELD_ERROR_CODES,
  FaqSearchQuerySchema,
  HEADERS,
  PhoneSchema,
  PROBLEM_TYPES,
  ProblemSchema,
  ReferenceSchema,
  SlotsQuerySchema,
} from '@civic-contact/contract';
import * as z from 'zod/mini';
import {
  badRequest,
  conflict,
  DomainError,
  forbidden,
  fromZodError,
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
      assert.ok(ProblemSchema.safeParse(error.problem).success, JSON.stringify(error.problem));
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
    assert.match(illegalTransition('resolved', 'assigned', ['closed', 'reopened']).problem.detail!, /resolved to assigned.*closed, reopened/);
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

describe('fromZodError', () => {
  const schema = z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(5)),
    code: z.string().check(z.minLength(3)),
    email: z.optional(z.email()),
    phone: z.optional(PhoneSchema),
    reference: z.optional(ReferenceSchema),
    count: z.optional(z.int().check(z.gte(1), z.lte(3))),
    kind: z.optional(z.enum(['a', 'b'])),
    tags: z.optional(z.array(z.string()).check(z.maxLength(2))),
    when: z.optional(z.iso.date()),
    nested: z.optional(z.strictObject({ deep: z.boolean() })),
  });

  function codes(input: unknown, prefix?: string) {
    const result = schema.safeParse(input, { reportInput: true });
    assert.ok(!result.success);
    return fromZodError(result.error, prefix).map((e) => `${e.field}:${e.code}`);
  }

  test('maps each kind of issue to a stable code on a dotted path', () => {
    assert.deepEqual(
      codes({
        name: 'toolong',
        code: 'ab',
        email: 'nope',
        phone: '12345',
        reference: 'MOH-1',
        count: 9,
        kind: 'c',
        tags: ['x', 'y', 'z'],
        when: '2026-02-30',
        nested: { deep: 'yes', other: 1 },
        extra: true,
      }),
      [
        'name:too_long',
        'code:too_short',
        'email:invalid_email',
        'phone:invalid_phone',
        'reference:invalid_reference',
        'count:too_big',
        'kind:invalid_choice',
        'tags:too_many',
        'when:invalid_date',
        'nested.deep:invalid_type',
        'nested.other:unknown_field',
        'extra:unknown_field',
      ],
    );
  });

  test('a missing or blank value is required; a fraction where a whole number is expected is not_integer', () => {
    assert.deepEqual(codes({ name: '  ', count: 1.5 }), ['name:required', 'code:required', 'count:not_integer']);
    assert.deepEqual(codes({ name: null, code: 'abc' }), ['name:required']);
  });

  test('a prefix goes in front of every path', () => {
    assert.deepEqual(codes({ code: 'abc' }, 'body'), ['body.name:required']);
  });

  test('every code is one of the contract’s, with an English sentence', () => {
    const result = schema.safeParse({ name: 5, kind: 1, tags: 'x', nested: [] }, { reportInput: true });
    assert.ok(!result.success);
    for (const error of fromZodError(result.error)) {
      assert.ok((FIELD_ERROR_CODES as readonly string[]).includes(error.code));
      assert.match(error.message, /^[A-Z"].*[.]$/);
    }
  });

  test('parseOrThrow returns the parsed value or throws 422 with every field', () => {
    assert.deepEqual(parseOrThrow(schema, { name: ' Ann ', code: 'abc' }), { name: 'Ann', code: 'abc' });
    try {
      parseOrThrow(schema, { code: 'a' });
      assert.fail('expected a validation error');
    } catch (error) {
      assert.ok(isDomainError(error));
      assert.equal(error.problem.status, 422);
      assert.deepEqual(error.problem.errors?.map((e) => e.field), ['name', 'code']);
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
