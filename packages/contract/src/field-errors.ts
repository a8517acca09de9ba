/**
 * One reading of zod issues as the contract's per-field errors. The SDK (before a request
 * is sent) and the contact centre (when it parses one) both use it, so a form shows the
 * same code and sentence whichever of them found the mistake.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { PHONE_PATTERN } from './common.ts';
import type { FieldErrorCode } from './constants.ts';
import type { FieldError } from './problem.ts';
import { REFERENCE_PATTERN } from './reference.ts';

type Issue = z.core.$ZodIssue;

/* zod/mini leaves every message at this default; any other one was written by the schema's author. */
const DEFAULT_MESSAGE = 'Invalid input';
const REQUIRED = 'Enter a value.';
/* zod reports a failed regex as the regex's source text, so the contract's own formats are known by it. */
const PHONE = String(PHONE_PATTERN);
const REFERENCE = String(REFERENCE_PATTERN);

/** The schema author's message as a sentence, or nothing when zod gave its default. */
function ownMessage(issue: Issue): string | undefined {
  const message = issue.message.trim();
  if (message === '' || message === DEFAULT_MESSAGE) return undefined;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** Whether zod saw no value at all. Only a parse with `reportInput: true` can tell. */
function isMissing(issue: Issue): boolean {
  return 'input' in issue && (issue.input === undefined || issue.input === null);
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function choiceList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map(formatValue).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

function joinPath(prefix: string | undefined, path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (prefix) parts.unshift(prefix);
  return parts.join('.');
}

function one(field: string, code: FieldErrorCode, message: string): FieldError[] {
  return [{ field, code, message }];
}

function mapIssue(issue: Issue, prefix: string | undefined): FieldError[] {
  const field = joinPath(prefix, issue.path);
  const own = ownMessage(issue);
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissing(issue)) return one(field, 'required', REQUIRED);
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) {
        return one(field, 'not_integer', 'Enter a whole number.');
      }
      return one(field, 'invalid_type', `Expected ${typeName(issue.expected)}.`);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        // Blank is "required" whatever the minimum; without the input, only a minimum of 1 says so.
        const empty = typeof issue.input === 'string' ? issue.input.length === 0 : min <= 1;
        return empty ? one(field, 'required', REQUIRED) : one(field, 'too_short', `Enter at least ${min} characters.`);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return one(field, 'too_small', min === 1 ? 'Choose at least one.' : `Choose at least ${min}.`);
      }
      return one(field, 'too_small', issue.inclusive === false ? `Enter a number greater than ${min}.` : `Enter a number that is ${min} or more.`);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return one(field, 'too_long', `Enter ${max} characters or fewer.`);
      if (issue.origin === 'array' || issue.origin === 'set') return one(field, 'too_many', `Give no more than ${max}.`);
      return one(field, 'too_big', issue.inclusive === false ? `Enter a number less than ${max}.` : `Enter a number that is ${max} or less.`);
    }
    case 'invalid_format': {
      if (issue.format === 'email') {
        return one(field, 'invalid_email', 'Enter an email address in the correct format, like name@example.com.');
      }
      if (issue.format === 'date') return one(field, 'invalid_date', 'Enter a real date, like 2026-03-14.');
      if (issue.format === 'datetime') return one(field, 'invalid_date', 'Enter a real date and time, like 2026-03-14T09:30:00Z.');
      if (issue.pattern === PHONE) {
        return one(field, 'invalid_phone', 'Enter a phone number in international format, like +15555550123.');
      }
      if (issue.pattern === REFERENCE) return one(field, 'invalid_reference', 'Enter a reference like MOH-7K3D-9QX6.');
      return one(field, 'invalid_format', own ?? 'Enter a value in the correct format.');
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: joinPath(prefix, [...issue.path, key]),
        code: 'unknown_field',
        message: `"${key}" is not a field of this request: remove it.`,
      }));
    case 'invalid_value':
      return one(field, 'invalid_choice', issue.values.length === 1 ? `Must be ${formatValue(issue.values[0])}.` : `Choose one of: ${choiceList(issue.values)}.`);
    case 'invalid_union': {
      // A discriminated union reports its discriminator's path, with the enclosing object as input.
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        const parent = issue.input;
        const value = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[issue.discriminator] : parent;
        if ('input' in issue && value == null) return one(field, 'required', REQUIRED);
        return one(field, 'invalid_choice', `Choose one of: ${choiceList(issue.options)}.`);
      }
      if (isMissing(issue)) return one(field, 'required', REQUIRED);
      const branches = issue.errors.flat();
      const types = branches.flatMap((b) => (b.code === 'invalid_type' && b.path.length === 0 ? [b.expected] : []));
      if (types.length > 0 && types.length === branches.length) {
        const names = [...new Set(types)].map(typeName);
        const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
        return one(field, 'invalid_type', `Expected ${list}.`);
      }
      return one(field, 'invalid_value', own ?? 'This value is not valid here.');
    }
    case 'invalid_key':
      return one(field, 'invalid_format', own ?? 'This key is not valid.');
    default:
      return one(field, 'invalid_value', own ?? 'This value is not valid.');
  }
}

/**
 * Turns the issues of a failed parse into the contract's {@link FieldError} list: stable
 * codes from `FIELD_ERROR_CODES`, dotted paths (`citizen.email`, `attachments.0`, one
 * `unknown_field` per unrecognised key) and plain English sentences. The contact centre
 * answers with this list and the SDK throws it before sending, so both read alike.
 *
 * Parse with `{ reportInput: true }`: only then can a missing or blank value be told apart
 * from a wrong one and reported as `required`.
 *
 * @param prefix - put in front of every path, e.g. `answers`.
 * @example
 * const result = ComplaintCreateRequestSchema.safeParse(body, { reportInput: true });
 * if (!result.success) showErrors(fieldErrorsFromZod(result.error));
 */
export function fieldErrorsFromZod(error: z.core.$ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => mapIssue(issue, prefix));
}
