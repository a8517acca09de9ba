/**
 * One reading of schema issues as the contract's per-field errors. The SDK (before a request
 * is sent) and the contact centre (when it parses one) both use it, so a form shows the
 * same code and sentence whichever of them found the mistake.
 *
 * @module
 */
import { DATE_PATTERN, DATE_TIME_PATTERN, EMAIL_PATTERN, PHONE_PATTERN, VISIBLE_PATTERN } from './common.ts';
import type { FieldErrorCode } from './constants.ts';
import type { FieldError } from './problem.ts';
import { REFERENCE_PATTERN } from './reference-pattern.ts';
import { issuePath, type Issue } from './validate.ts';

const REQUIRED = 'Enter a value.';

/** The schema author's message as a sentence, or nothing when valibot gave its default. */
function ownMessage(issue: Issue): string | undefined {
  const message = issue.message.trim();
  // Valibot's own reads "Invalid <what>: Expected <expected> but received <received>" (or "…: Received …").
  const tail = `${issue.expected ? `Expected ${issue.expected} but r` : 'R'}eceived ${issue.received}`;
  if (message === '' || (message.startsWith('Invalid ') && message.endsWith(tail))) return undefined;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/* Missing key, `undefined` or `null`: a schema issue about no value at all. */
function isMissing(issue: Issue): boolean {
  return issue.kind === 'schema' && (issue.input === undefined || issue.input === null);
}

/* The words a person reads for the type valibot expected. */
function typeName(issue: Issue): string {
  switch (issue.type) {
    case 'string':
      return 'text';
    case 'number':
      // A whole number's schema refuses a finite number only when it is not whole.
      return Number.isFinite(issue.input) ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'strict_object':
    case 'record':
    case 'variant':
      return 'an object';
    default:
      return issue.type;
  }
}

/* The values a choice takes, as valibot lists them in `expected`: `"a"`, or `("a" | "b")`. */
function choices(issue: Issue): string[] {
  return (issue.expected ?? '').replace(/^\((.*)\)$/s, '$1').split(' | ');
}

function choose(field: string, values: readonly string[]): FieldError[] {
  if (values.length === 1) return one(field, 'invalid_choice', `Must be ${values[0]}.`);
  const shown = values.slice(0, 12).join(', ');
  return one(field, 'invalid_choice', `Choose one of: ${values.length > 12 ? `${shown}, …` : shown}.`);
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
  const field = joinPath(prefix, issuePath(issue));
  const own = ownMessage(issue);
  const { input, requirement } = issue;
  const last = issue.path?.at(-1);
  if (last?.origin === 'key') {
    // A key is wrong, not a value: one a strict object does not have, or one a record refuses.
    if (issue.expected === 'never') return one(field, 'unknown_field', `"${String(last.key)}" is not a field of this request: remove it.`);
    if (!isMissing(issue)) return one(field, 'invalid_format', 'This key is not valid.');
  }
  // A choice names its values even when there is no value at all.
  if (issue.type === 'literal' || issue.type === 'picklist') return choose(field, choices(issue));
  if (isMissing(issue)) return one(field, 'required', REQUIRED);
  switch (issue.type) {
    case 'min_length': {
      const min = Number(requirement);
      if (typeof input === 'string') {
        // Blank (after trimming) is "required" whatever the minimum.
        return input.length === 0 ? one(field, 'required', REQUIRED) : one(field, 'too_short', `Enter at least ${min} characters.`);
      }
      return one(field, 'too_small', min === 1 ? 'Choose at least one.' : `Choose at least ${min}.`);
    }
    case 'max_length':
      return typeof input === 'string'
        ? one(field, 'too_long', `Enter ${Number(requirement)} characters or fewer.`)
        : one(field, 'too_many', `Give no more than ${Number(requirement)}.`);
    case 'min_value':
      return one(field, 'too_small', `Enter a number that is ${Number(requirement)} or more.`);
    case 'gt_value':
      return one(field, 'too_small', `Enter a number greater than ${Number(requirement)}.`);
    case 'max_value':
      return one(field, 'too_big', `Enter a number that is ${Number(requirement)} or less.`);
    case 'lt_value':
      return one(field, 'too_big', `Enter a number less than ${Number(requirement)}.`);
    case 'safe_integer':
      return Number(input) > 0
        ? one(field, 'too_big', `Enter a number that is ${Number.MAX_SAFE_INTEGER} or less.`)
        : one(field, 'too_small', `Enter a number that is ${Number.MIN_SAFE_INTEGER} or more.`);
    case 'regex':
      // Nothing visible (blank, or zero-width characters only) is as missing as nothing at all.
      if (requirement === VISIBLE_PATTERN) return one(field, 'required', REQUIRED);
      if (requirement === EMAIL_PATTERN) return one(field, 'invalid_email', 'Enter an email address in the correct format, like name@example.com.');
      if (requirement === DATE_PATTERN) return one(field, 'invalid_date', 'Enter a real date between 1900 and 2100, like 2026-03-14.');
      if (requirement === DATE_TIME_PATTERN) return one(field, 'invalid_date', 'Enter a real date and time between 1900 and 2100, like 2026-03-14T09:30:00Z.');
      if (requirement === PHONE_PATTERN) return one(field, 'invalid_phone', 'Enter a phone number in international format, like +15555550123.');
      if (requirement === REFERENCE_PATTERN) return one(field, 'invalid_reference', 'Enter a reference like MOH-7K3D-9QX6.');
      return one(field, 'invalid_format', own ?? 'Enter a value in the correct format.');
    case 'variant':
      // Not an object at all, or an object whose discriminator is none of the options'.
      return issue.expected === 'Object' ? one(field, 'invalid_type', 'Expected an object.') : choose(field, choices(issue));
    case 'union': {
      const branches = issue.issues ?? [];
      const types = branches.filter((b) => b.kind === 'schema' && !b.path && b.type !== 'literal' && b.type !== 'picklist');
      if (types.length > 0 && types.length === branches.length) {
        const names = [...new Set(types.map(typeName))];
        const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
        return one(field, 'invalid_type', `Expected ${list}.`);
      }
      return one(field, 'invalid_value', own ?? 'This value is not valid here.');
    }
    default:
      if (issue.kind === 'schema') {
        if (issue.type === 'number' && Number.isFinite(input)) return one(field, 'not_integer', 'Enter a whole number.');
        return one(field, 'invalid_type', `Expected ${typeName(issue)}.`);
      }
      return one(field, 'invalid_value', own ?? 'This value is not valid.');
  }
}

/**
 * Turns the issues of a failed parse into the contract's {@link FieldError} list: stable
 * codes from `FIELD_ERROR_CODES`, dotted paths (`citizen.email`, `attachments.0`, one
 * `unknown_field` per unknown key), and plain English sentences. A missing, `null` or blank
 * value, or text with nothing visible in it, is `required`. The contact centre answers with
 * this list and the SDK throws it before sending, so both read alike.
 *
 * @param prefix - put in front of every path, e.g. `answers`.
 * @example
 * const result = safeParse(ComplaintCreateRequestSchema, body);
 * if (!result.success) showErrors(fieldErrorsFromIssues(result.issues));
 */
export function fieldErrorsFromIssues(issues: readonly Issue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue) => mapIssue(issue, prefix));
}
