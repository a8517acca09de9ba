import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import {
  DateSchema,
  DateTimeSchema,
  EmailSchema,
  FIELD_ERROR_CODES,
  fieldErrorsFromIssues,
  parseReference,
  PhoneSchema,
  ReferenceSchema,
  safeParse,
  SlugSchema,
  type FieldError,
  type Schema,
} from '../src/index.ts';
import { int, number, object, strictObject, variant } from '../src/schema.ts';

const schema = strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5)),
  code: v.pipe(v.string(), v.minLength(3)),
  email: v.optional(EmailSchema),
  phone: v.optional(PhoneSchema),
  reference: v.optional(ReferenceSchema),
  slug: v.optional(SlugSchema),
  count: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(3))),
  ratio: v.optional(v.pipe(number(), v.gtValue(0), v.ltValue(1))),
  kind: v.optional(v.picklist(['a', 'b'])),
  tags: v.optional(v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(2))),
  when: v.optional(DateSchema),
  at: v.optional(DateTimeSchema),
  either: v.optional(v.union([v.string(), number()])),
  schedule: v.optional(variant('type', [object({ type: v.literal('asap') }), object({ type: v.literal('slot'), start: v.string() })])),
  nested: v.optional(strictObject({ deep: v.boolean() })),
});

function errorsOf(target: Schema, input: unknown, prefix?: string): FieldError[] {
  const result = safeParse(target, input);
  assert.ok(!result.success, 'expected the input to be refused');
  return fieldErrorsFromIssues(result.issues, prefix);
}

function codes(input: unknown, prefix?: string): string[] {
  return errorsOf(schema, input, prefix).map((e) => `${e.field}:${e.code}`);
}

function messageFor(input: unknown, field: string): string | undefined {
  return errorsOf(schema, input).find((e) => e.field === field)?.message;
}

const valid = { name: 'Ann', code: 'abc' };

describe('fieldErrorsFromIssues', () => {
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
    assert.equal(messageFor({ ...valid, when: '14/03/2026' }, 'when'), 'Enter a real date between 1900 and 2100, like 2026-03-14.');
    assert.equal(messageFor({ ...valid, at: 'tomorrow' }, 'at'), 'Enter a real date and time between 1900 and 2100, like 2026-03-14T09:30:00Z.');
    // A date outside the range reads the same: the message names the range.
    assert.deepEqual(errorsOf(schema, { ...valid, when: '9999-12-31' }), [
      { field: 'when', code: 'invalid_date', message: 'Enter a real date between 1900 and 2100, like 2026-03-14.' },
    ]);

    const phone = messageFor({ ...valid, phone: '555-0123' }, 'phone');
    assert.equal(phone, 'Enter a phone number in international format, like +15555550123.');
    assert.ok(safeParse(PhoneSchema, phone!.match(/\+\d+/)![0]).success);

    const reference = messageFor({ ...valid, reference: 'MOH-1' }, 'reference');
    assert.equal(reference, 'Enter a reference like MOH-7K3D-9QX6.');
    assert.ok(parseReference(reference!.match(/[A-Z]+-\w{4}-\w{4}/)![0]).ok, 'the example passes its check character');
  });

  test('a schema’s own message is kept, as a sentence', () => {
    assert.equal(messageFor({ ...valid, slug: 'Not A Slug' }, 'slug'), 'Expected a lower-case identifier.');
    const refined = v.pipe(v.string(), v.check((value) => value.startsWith('a'), 'Start with the letter a.'));
    assert.deepEqual(errorsOf(refined, 'b', 'word'), [{ field: 'word', code: 'invalid_value', message: 'Start with the letter a.' }]);
    const unexplained = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
    assert.deepEqual(errorsOf(unexplained, 'x', 'sha256'), [{ field: 'sha256', code: 'invalid_format', message: 'Enter a value in the correct format.' }]);
  });

  test('every mistake is listed even when the page set valibot to stop at the first', () => {
    v.setGlobalConfig({ abortEarly: true, abortPipeEarly: true });
    try {
      const errors = errorsOf(v.array(EmailSchema), [1, `${'x'.repeat(300)}@`], 'emails');
      assert.deepEqual(errors.map((e) => `${e.field}:${e.code}`), ['emails.0:invalid_type', 'emails.1:invalid_email', 'emails.1:too_long']);
    } finally {
      v.deleteGlobalConfig();
    }
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
    assert.deepEqual(errorsOf(v.literal('yes'), 'no', 'answer'), [{ field: 'answer', code: 'invalid_choice', message: 'Must be "yes".' }]);
    const many = v.picklist(Array.from({ length: 15 }, (_, i) => `v${i}`));
    assert.match(errorsOf(many, 'x')[0]!.message, /^Choose one of: "v0", .*"v11", …\.$/);
  });

  test('a missing choice lists its values, as a wrong one does', () => {
    const choice = object({ kind: v.picklist(['a', 'b']), yes: v.literal(true) });
    assert.deepEqual(errorsOf(choice, {}), [
      { field: 'kind', code: 'invalid_choice', message: 'Choose one of: "a", "b".' },
      { field: 'yes', code: 'invalid_choice', message: 'Must be true.' },
    ]);
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
