/**
 * Domain errors: every refusal of the contact centre is a {@link DomainError} carrying the
 * RFC 9457 problem document the HTTP adapters send as `application/problem+json`.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  HEADERS,
  PhoneSchema,
  PROBLEM_TYPES,
  ReferenceSchema,
  type FieldError,
  type FieldErrorCode,
  type Problem,
} from '@civic-contact/contract';

/** A refusal with the problem document to answer and any extra response headers (e.g. `Retry-After`). */
export class DomainError extends Error {
  /** The problem document, ready to serialise. */
  readonly problem: Problem;
  /** Response headers that belong with the problem, such as `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'DomainError';
    this.problem = problem;
    this.headers = headers;
  }

  /** The HTTP status of the problem. */
  get status(): number {
    return this.problem.status;
  }
}

/** Whether `error` is a {@link DomainError}. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

function problem(type: string, title: string, status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type, title, status, ...(detail === undefined ? {} : { detail }), ...extra };
}

/** 422: the request is well formed but some fields are wrong; every field is listed. */
export function validationFailed(errors: FieldError[]): DomainError {
  const fields = [...new Set(errors.map((e) => e.field || 'the request'))];
  const detail =
    fields.length === 1
      ? `There is a problem with ${fields[0]}.`
      : `There are problems with ${fields.length} fields: ${fields.join(', ')}.`;
  return new DomainError(problem(PROBLEM_TYPES.validation, 'Check your answers', 422, detail, { errors }));
}

/** 400: the request cannot be read (malformed header, query or path). `errors` may name the fields. */
export function badRequest(detail: string, errors?: FieldError[]): DomainError {
  return new DomainError(
    problem(PROBLEM_TYPES.badRequest, 'Bad request', 400, detail, errors && errors.length > 0 ? { errors } : {}),
  );
}

/** 401: no key, or a key the contact centre does not know. */
export function unauthorized(
  detail = `Send a publishable key in the ${HEADERS.siteKey} header, or a secret key as "${HEADERS.authorization}: Bearer sk_…".`,
): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.unauthorized, 'Missing or unknown key', 401, detail));
}

/** 403: the key is known but may not do this (wrong kind of key, origin not allowed, other ministry). */
export function forbidden(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.forbidden, 'Not allowed', 403, detail));
}

/** 404. The default detail says nothing about why, so unknown and hidden things look alike. */
export function notFound(detail = 'Nothing was found here.'): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.notFound, 'Not found', 404, detail));
}

/** 409: the request conflicts with the current state. */
export function conflict(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.conflict, 'Conflict', 409, detail));
}

/** 409: a ticket cannot move from `from` to `to`; `allowed` lists where it can go. */
export function illegalTransition(from: string, to: string, allowed?: readonly string[]): DomainError {
  const next =
    allowed === undefined ? '' : allowed.length === 0 ? ' It cannot change status any more.' : ` From ${from} it can move to: ${allowed.join(', ')}.`;
  return new DomainError(
    problem(PROBLEM_TYPES.illegalTransition, 'Status change not allowed', 409, `A ticket cannot move from ${from} to ${to}.${next}`),
  );
}

/** 409: the callback slot filled up before this booking. */
export function slotFull(): DomainError {
  return new DomainError(
    problem(PROBLEM_TYPES.slotFull, 'That time is no longer available', 409, 'Someone else has just taken the last place in this callback slot. Choose another time.'),
  );
}

/** 409: the Idempotency-Key was used before with a different request. */
export function idempotencyConflict(): DomainError {
  return new DomainError(
    problem(
      PROBLEM_TYPES.idempotencyConflict,
      'Idempotency-Key reused',
      409,
      `This ${HEADERS.idempotencyKey} was already used with a different request. Send a new key for a new request, and the same body when retrying.`,
    ),
  );
}

/** 413: a body or file is larger than allowed. */
export function payloadTooLarge(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.payloadTooLarge, 'Too large', 413, detail));
}

/** 415: a body or file is of a type that is not accepted. */
export function unsupportedMediaType(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.unsupportedMediaType, 'Unsupported type', 415, detail));
}

/** 429 with `retryAfter` in the problem and a matching `Retry-After` header. */
export function rateLimited(retryAfterSeconds: number): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new DomainError(
    problem(PROBLEM_TYPES.rateLimited, 'Too many requests', 429, `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`, {
      retryAfter: seconds,
    }),
    { [HEADERS.retryAfter]: String(seconds) },
  );
}

/* ------------------------------------------------------------------------------------------ */

type Issue = z.core.$ZodIssue;

/** The `pattern` zod reports for a schema's regex: comparing it tells a phone or reference check apart from other patterns. */
function patternOf(schema: z.ZodMiniType): string | undefined {
  const issue = schema.safeParse('\u0000').error?.issues[0];
  return issue && 'pattern' in issue ? String(issue.pattern) : undefined;
}

let knownPatterns: { phone: string | undefined; reference: string | undefined } | undefined;

function patterns() {
  return (knownPatterns ??= { phone: patternOf(PhoneSchema), reference: patternOf(ReferenceSchema) });
}

const DEFAULT_MESSAGE = 'Invalid input';

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

/** Whether zod saw no value at all (needs `reportInput: true` to know; without it, a wrong type is assumed). */
function isMissing(issue: Issue): boolean {
  return 'input' in issue && issue.input === undefined;
}

function joinPath(prefix: string | undefined, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  if (prefix) parts.unshift(prefix);
  return parts.join('.');
}

function one(field: string, code: FieldErrorCode, message: string): FieldError {
  return { field, code, message };
}

function mapIssue(issue: Issue, prefix: string | undefined): FieldError[] {
  const field = joinPath(prefix, issue.path);
  const custom = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissing(issue) || (issue.input === null && issue.expected !== 'null')) {
        return [one(field, 'required', 'Enter a value.')];
      }
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) {
        return [one(field, 'not_integer', 'Enter a whole number.')];
      }
      return [one(field, 'invalid_type', `Expected ${typeName(issue.expected)}.`)];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'string') {
        const empty = typeof issue.input === 'string' ? issue.input.length === 0 : min <= 1;
        if (empty) return [one(field, 'required', 'Enter a value.')];
        return [one(field, 'too_short', `Enter at least ${min} characters.`)];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [one(field, 'too_small', min === 1 ? 'Choose at least one.' : `Choose at least ${min}.`)];
      }
      return [one(field, 'too_small', exclusive ? `Enter a number greater than ${min}.` : `Enter a number of ${min} or more.`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'string') return [one(field, 'too_long', `Enter ${max} characters or fewer.`)];
      if (issue.origin === 'array' || issue.origin === 'set') return [one(field, 'too_many', `Give no more than ${max}.`)];
      return [one(field, 'too_big', exclusive ? `Enter a number less than ${max}.` : `Enter a number of ${max} or less.`)];
    }
    case 'invalid_format': {
      if (issue.format === 'email') {
        return [one(field, 'invalid_email', 'Enter an email address in the correct format, like name@example.com.')];
      }
      if (issue.format === 'date' || issue.format === 'datetime') {
        const example = issue.format === 'date' ? '2026-03-14' : '2026-03-14T09:30:00Z';
        return [one(field, 'invalid_date', `Enter a real ${issue.format === 'date' ? 'date' : 'date and time'}, like ${example}.`)];
      }
      if (issue.format === 'regex' && 'pattern' in issue) {
        const pattern = String(issue.pattern);
        if (pattern === patterns().phone) {
          return [one(field, 'invalid_phone', 'Enter a phone number in international format, like +15555550123.')];
        }
        if (pattern === patterns().reference) {
          return [one(field, 'invalid_reference', custom ?? 'Enter a reference such as MOH-7K3D-9QXF.')];
        }
      }
      return [one(field, 'invalid_format', custom ?? 'Enter a value in the correct format.')];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => one(joinPath(prefix, [...issue.path, key]), 'unknown_field', `"${key}" is not a field of this request.`));
    case 'invalid_value':
      return [one(field, 'invalid_choice', issue.values.length === 1 ? `Must be ${formatValue(issue.values[0])}.` : `Choose one of: ${choiceList(issue.values)}.`)];
    case 'invalid_union': {
      if ('options' in issue && Array.isArray(issue.options)) {
        if (isMissing(issue)) return [one(field, 'required', 'Enter a value.')];
        return [one(field, 'invalid_choice', `Choose one of: ${choiceList(issue.options as unknown[])}.`)];
      }
      const branches = issue.errors.flat();
      const types = branches.filter((b) => b.code === 'invalid_type' && b.path.length === 0).map((b) => (b as z.core.$ZodIssueInvalidType).expected);
      if (isMissing(issue)) return [one(field, 'required', 'Enter a value.')];
      if (types.length === branches.length && types.length > 0) {
        const names = [...new Set(types)].map(typeName);
        const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
        return [one(field, 'invalid_type', `Expected ${list}.`)];
      }
      return [one(field, 'invalid_value', custom ?? 'This value is not valid here.')];
    }
    case 'invalid_key':
      return [one(field, 'invalid_format', custom ?? 'This key is not valid.')];
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
    default:
      return [one(field, 'invalid_value', custom ?? 'This value is not valid.')];
  }
}

/**
 * Maps zod issues to contract {@link FieldError}s with stable codes, dotted paths
 * (`citizen.email`, `attachments.0`) and clear English messages. Parse with
 * `{ reportInput: true }` so that a missing value becomes `required` rather than `invalid_type`.
 *
 * @param prefix - put in front of every path, e.g. `query` or `answers`.
 */
export function fromZodError(error: z.core.$ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => mapIssue(issue, prefix));
}

/**
 * Parses `input` with `schema`, or throws {@link validationFailed} (422) listing every field.
 */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationFailed(fromZodError(result.error, prefix));
  return result.data;
}
