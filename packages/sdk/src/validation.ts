import { LIMITS, parseReference, type FieldError, type FieldErrorCode } from '@civic-contact/contract';
import { ValidationError } from './errors/validation-error.ts';
import type { Schema, SchemaIssue } from './schema.ts';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/* zod/mini leaves most messages as "Invalid input"; the contract's own messages are better. */
function ownMessage(issue: SchemaIssue): string | undefined {
  return issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
}

function describe(issue: SchemaIssue, input: unknown, field: string): { code: FieldErrorCode; message: string } {
  const value = valueAt(input, issue.path);
  const last = field.split('.').at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null) return { code: 'required', message: 'This is required.' };
      if (issue.expected === 'int' && typeof value === 'number') return { code: 'not_integer', message: 'Enter a whole number.' };
      return { code: 'invalid_type', message: `Expected ${issue.expected ?? 'another type'}.` };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { code: 'required', message: 'This is required.' }
          : { code: 'too_short', message: `Enter at least ${issue.minimum} characters.` };
      }
      if (issue.origin === 'array') return { code: 'too_small', message: `Choose at least ${issue.minimum}.` };
      return { code: 'too_small', message: `Enter ${issue.minimum} or more.` };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', message: `Enter ${issue.maximum} characters or fewer.` };
      if (issue.origin === 'array') return { code: 'too_many', message: `Give ${issue.maximum} or fewer.` };
      return { code: 'too_big', message: `Enter ${issue.maximum} or less.` };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email', message: 'Enter an email address such as name@example.com.' };
      if (issue.format === 'date' || issue.format === 'datetime') {
        return { code: 'invalid_date', message: ownMessage(issue) ?? `Enter a date as ${issue.format === 'date' ? 'YYYY-MM-DD' : 'an ISO 8601 date and time'}.` };
      }
      // The contract's phone and reference patterns are plain regexes; the field name says which.
      if (last === 'phone' || last === 'verifier') return { code: 'invalid_phone', message: ownMessage(issue) ?? 'Enter a phone number in international form.' };
      if (last === 'reference') return { code: 'invalid_reference', message: ownMessage(issue) ?? 'Enter a reference such as MOH-7K3D-9QX6.' };
      return { code: 'invalid_format', message: ownMessage(issue) ?? 'This is not in the expected format.' };
    case 'invalid_value':
      return {
        code: 'invalid_choice',
        message: issue.values ? `Choose one of: ${issue.values.map(String).join(', ')}.` : 'Choose one of the listed values.',
      };
    default:
      return { code: 'invalid_value', message: ownMessage(issue) ?? 'This value is not accepted.' };
  }
}

/**
 * Turns schema issues into the contract's per-field errors, the same list the contact
 * centre answers with, so that a form shows client-side and server-side errors alike.
 */
export function toFieldErrors(issues: readonly SchemaIssue[], input: unknown, fieldPrefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [fieldPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        errors.push({ field: path ? `${path}.${key}` : key, code: 'unknown_field', message: `"${key}" is not a field of this request: remove it.` });
      }
      continue;
    }
    errors.push({ field: path, ...describe(issue, input, path) });
  }
  return errors;
}

/** The English summary of a field list, for `ValidationError.message`. */
export function summarise(errors: readonly FieldError[], what: string): string {
  const list = errors.map((error) => `${error.field || '(request)'}: ${error.message}`).join(' ');
  const count = errors.length === 1 ? '1 field needs' : `${errors.length} fields need`;
  return `The ${what} was not sent: ${count} correcting. ${list}`.trim();
}

/**
 * Checks `input` against a contract schema before anything is sent and returns the
 * parsed value (strings trimmed as the contract defines).
 *
 * @param what - what is being checked, for the message: "complaint", "search query", …
 * @throws ValidationError listing every failing field; no request is made.
 */
export function validateInput<T>(schema: Schema<T>, input: unknown, what: string, fieldPrefix = ''): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues, input, fieldPrefix);
  throw new ValidationError(summarise(errors, what), errors);
}

/**
 * Reads a ticket or callback reference as a citizen typed it and returns its canonical
 * form. A malformed reference is refused here, before any request, with a message that
 * names the character that looks wrong.
 *
 * @throws ValidationError on the field `reference`, with `referenceProblem` set.
 */
export function checkReference(input: unknown): string {
  const result = parseReference(typeof input === 'string' ? input : '');
  if (result.ok) return result.reference;
  const { problem } = result;
  const code: FieldErrorCode = problem.code === 'empty' ? 'required' : 'invalid_reference';
  throw new ValidationError(
    `The reference is not valid, so nothing was sent: ${problem.message} Check it against the confirmation message and try again.`,
    [{ field: 'reference', code, message: problem.message }],
    { referenceProblem: problem },
  );
}

/**
 * Checks a caller's `Idempotency-Key` against the contract's length limits.
 * @throws ValidationError on the field `idempotencyKey`.
 */
export function checkIdempotencyKey(key: unknown): string {
  const min = LIMITS.idempotencyKeyMinLength;
  const max = LIMITS.idempotencyKeyMaxLength;
  if (typeof key === 'string' && key.length >= min && key.length <= max && /^[\x21-\x7e]+$/.test(key)) return key;
  const message = `An Idempotency-Key is ${min} to ${max} visible ASCII characters; leave it out and the SDK creates one.`;
  throw new ValidationError(`The idempotency key was not accepted, so nothing was sent. ${message}`, [
    { field: 'idempotencyKey', code: 'invalid_format', message },
  ]);
}

/**
 * Checks a ticket verifier (the email or phone number given when filing).
 * @throws ValidationError on the field `verifier`.
 */
export function checkVerifier(verifier: unknown, kind: 'email or phone number' | 'phone number'): string {
  const value = typeof verifier === 'string' ? verifier.trim() : '';
  if (value !== '') return value;
  const message = `Enter the ${kind} given when it was booked or filed.`;
  throw new ValidationError(`The verifier is missing, so nothing was sent. ${message}`, [
    { field: 'verifier', code: 'required', message },
  ]);
}
