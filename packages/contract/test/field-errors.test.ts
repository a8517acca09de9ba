import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import {
  FIELD_ERROR_CODES,
  fieldErrorsFromZod,
  parseReference,
  PhoneSchema,
  ReferenceSchema,
  SlugSchema,
  type FieldError,
} from '../src/index.ts';

const schema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(5)),
  code: z.string().check(z.minLength(3)),
  email: z.optional(z.email()),
  phone: z.optional(PhoneSchema),
  reference: z.optional(ReferenceSchema),
  slug: z.optional(SlugSchema),
  count: z.optional(z.int().check(z.gte(1), z.lte(3))),
  ratio: z.optional(z.number().check(z.gt(0), z.lt(1))),
  kind: z.optional(z.enum(['a', 'b'])),
  tags: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(2))),
  when: z.optional(z.iso.date()),
  at: z.optional(z.iso.datetime()),
  either: z.optional(z.union([z.string(), z.number()])),
  schedule: z.optional(
    z.discriminatedUnion('type', [z.object({ type: z.literal('asap') }), z.object({ type: z.literal('slot'), start: z.string() })]),
  ),
  nested: z.optional(z.strictObject({ deep: z.boolean() })),
});

function errorsOf(target: z.ZodMiniType, input: unknown, prefix?: string): FieldError[] {
  const result = target.safeParse(input, { reportInput: true });
  assert.ok(!result.success, 'expected the input to be refused');
  return fieldErrorsFromZod(result.error, prefix);
}

function codes(input: unknown, prefix?: string): string[] {
  return errorsOf(schema, input, prefix).map((e) => `${e.field}:${e.code}`);
}

function messageFor(input: unknown, field: string): string | undefined {
  return errorsOf(schema, input).find((e) => e.field === field)?.message;
}

const valid = { name: 'Ann', code: 'abc' };

describe('fieldErrorsFromZod', () => {
  test('maps each kind of issue to a stable code on a dotted path', () => {
    assert.deepEqual(
      codes({
        name: 'toolong',
        code: 'ab',
        email: 'nope',
        phone: '12345',
        reference: 'MOH-1',
        slug: 'Not A Slug',
        count: 9,
        ratio: 1,
        kind: 'c',
        tags: ['x', 'y', 'z'],
        when: '2026-02-30',
        at: 'tomorrow',
        either: true,
        schedule: { type: 'later' },
        nested: { deep: 'yes', other: 1 },
        extra: true,
        more: 1,
      }),
      [
        'name:too_long',
        'code:too_short',
        'email:invalid_email',
        'phone:invalid_phone',
        'reference:invalid_reference',
        'slug:invalid_format',
        'count:too_big',
        'ratio:too_big',
        'kind:invalid_choice',
        'tags:too_many',
        'when:invalid_date',
        'at:invalid_date',
        'either:invalid_type',
        'schedule.type:invalid_choice',
        'nested.deep:invalid_type',
        'nested.other:unknown_field',
        'extra:unknown_field',
        'more:unknown_field',
      ],
    );
  });

  test('a missing, null or blank value is required, whatever the minimum length', () => {
    assert.deepEqual(codes({ name: '  ', count: 1.5 }), ['name:required', 'code:required', 'count:not_integer']);
    assert.deepEqual(codes({ name: null, code: '' }), ['name:required', 'code:required']);
    assert.deepEqual(codes({ ...valid, either: null, schedule: {} }), ['either:required', 'schedule.type:required']);
    assert.equal(messageFor({ code: 'abc' }, 'name'), 'Enter a value.');
  });

  test('a value too short, too small or too large says the limit', () => {
    assert.equal(messageFor({ ...valid, code: 'ab' }, 'code'), 'Enter at least 3 characters.');
    assert.equal(messageFor({ ...valid, name: 'toolong' }, 'name'), 'Enter 5 characters or fewer.');
    assert.equal(messageFor({ ...valid, count: 0 }, 'count'), 'Enter a number that is 1 or more.');
    assert.equal(messageFor({ ...valid, count: 4 }, 'count'), 'Enter a number that is 3 or less.');
    assert.equal(messageFor({ ...valid, ratio: 0 }, 'ratio'), 'Enter a number greater than 0.');
    assert.equal(messageFor({ ...valid, ratio: 1 }, 'ratio'), 'Enter a number less than 1.');
    assert.deepEqual(errorsOf(schema, { ...valid, tags: [] }), [{ field: 'tags', code: 'too_small', message: 'Choose at least one.' }]);
    assert.equal(messageFor({ ...valid, tags: ['x', 'y', 'z'] }, 'tags'), 'Give no more than 2.');
  });

  test('the contract’s own formats get messages with an example that is itself valid', () => {
    assert.equal(messageFor({ ...valid, email: 'nope' }, 'email'), 'Enter an email address in the correct format, like name@example.com.');
    assert.equal(messageFor({ ...valid, when: '14/03/2026' }, 'when'), 'Enter a real date, like 2026-03-14.');
    assert.equal(messageFor({ ...valid, at: 'tomorrow' }, 'at'), 'Enter a real date and time, like 2026-03-14T09:30:00Z.');

    const phone = messageFor({ ...valid, phone: '555-0123' }, 'phone');
    assert.equal(phone, 'Enter a phone number in international format, like +15555550123.');
    assert.ok(PhoneSchema.safeParse(phone!.match(/\+\d+/)![0]).success);

    const reference = messageFor({ ...valid, reference: 'MOH-1' }, 'reference');
    assert.equal(reference, 'Enter a reference like MOH-7K3D-9QX6.');
    assert.ok(parseReference(reference!.match(/[A-Z]+-\w{4}-\w{4}/)![0]).ok, 'the example passes its check character');
  });

  test('a schema’s own message is kept, as a sentence', () => {
    assert.equal(messageFor({ ...valid, slug: 'Not A Slug' }, 'slug'), 'Expected a lower-case identifier.');
    const refined = z.string().check(z.refine((v) => v.startsWith('a'), 'Start with the letter a.'));
    assert.deepEqual(errorsOf(refined, 'b', 'word'), [{ field: 'word', code: 'invalid_value', message: 'Start with the letter a.' }]);
  });

  test('each unknown key is its own error, telling the caller to remove it', () => {
    assert.deepEqual(errorsOf(schema, { ...valid, extra: true, nested: { deep: true, other: 1 } }), [
      { field: 'nested.other', code: 'unknown_field', message: '"other" is not a field of this request: remove it.' },
      { field: 'extra', code: 'unknown_field', message: '"extra" is not a field of this request: remove it.' },
    ]);
  });

  test('choices are listed, quoted when they are text', () => {
    assert.equal(messageFor({ ...valid, kind: 'c' }, 'kind'), 'Choose one of: "a", "b".');
    assert.equal(messageFor({ ...valid, schedule: { type: 'later' } }, 'schedule.type'), 'Choose one of: "asap", "slot".');
    assert.deepEqual(errorsOf(z.literal('yes'), 'no', 'answer'), [{ field: 'answer', code: 'invalid_choice', message: 'Must be "yes".' }]);
    const many = z.enum(Array.from({ length: 15 }, (_, i) => `v${i}`) as [string, ...string[]]);
    assert.match(errorsOf(many, 'x')[0]!.message, /^Choose one of: "v0", .*"v11", …\.$/);
  });

  test('a wrong type names what was expected in words', () => {
    assert.equal(messageFor({ ...valid, either: true }, 'either'), 'Expected text or a number.');
    assert.equal(messageFor({ ...valid, nested: { deep: 'yes' } }, 'nested.deep'), 'Expected true or false.');
    assert.equal(messageFor({ ...valid, tags: 'x' }, 'tags'), 'Expected a list.');
  });

  test('a prefix goes in front of every path, and alone names a value that has no path', () => {
    assert.deepEqual(codes({ code: 'abc', extra: 1 }, 'body'), ['body.name:required', 'body.extra:unknown_field']);
    assert.deepEqual(errorsOf(PhoneSchema, '0123', 'verifier').map((e) => `${e.field}:${e.code}`), ['verifier:invalid_phone']);
    assert.deepEqual(errorsOf(SlugSchema, undefined, 'id').map((e) => `${e.field}:${e.code}`), ['id:required']);
  });

  test('every code is one of the contract’s, with an English sentence', () => {
    const errors = errorsOf(schema, {
      name: 5,
      code: 'a',
      reference: 'x',
      slug: '!',
      kind: 1,
      tags: 'x',
      either: {},
      schedule: { type: 1 },
      nested: [],
      extra: 1,
    });
    assert.equal(errors.length, 10);
    for (const error of errors) {
      assert.ok((FIELD_ERROR_CODES as readonly string[]).includes(error.code), error.code);
      assert.match(error.message, /^[A-Z"].*[.]$/, error.message);
    }
  });
});
