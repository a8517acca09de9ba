/**
 * Domain errors: every refusal of the contact centre is a {@link DomainError} carrying the
 * RFC 9457 problem document the HTTP adapters send as `application/problem+json`.
 *
 * @module
 */
import {
  fieldErrorsFromIssues,
  HEADERS,
  PROBLEM_TYPES,
  SATISFACTION_PROBLEM_TYPES,
  safeParse,
  type FieldError,
  type Output,
  type Problem,
  type Schema,
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

/**
 * 400 (`proof-required`): a public write with a site key without a valid, unused proof of
 * work. A fresh proof may pass, which the SDK tries once by itself.
 */
export function proofRequired(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.proofRequired, 'Proof of work needed', 400, detail));
}

/** 401: no key, or a key the contact centre does not know. */
export function unauthorized(
  detail = `Send a publishable key in the ${HEADERS.siteKey} header, or a secret key as "${HEADERS.authorization}: Bearer sk_…".`,
): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.unauthorized, 'Missing or unknown key', 401, detail));
}

/**
 * 403: the key is known but may not do this (wrong kind of key, origin not allowed, other
 * ministry). `extra` adds extension members, such as the ministry's `contact`.
 */
export function forbidden(detail: string, extra: Partial<Problem> = {}): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.forbidden, 'Not allowed', 403, detail, extra));
}

/** 404. The default detail says nothing about why, so unknown and hidden things look alike. */
export function notFound(detail = 'Nothing was found here.'): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.notFound, 'Not found', 404, detail));
}

/**
 * 503: the database gave up on the request's transaction, which kept conflicting with
 * concurrent ones (`TransactionConflictError` once its reruns are spent). Nothing of it was
 * stored; the same request, sent again in a moment, is expected to go through.
 */
export function busy(retryAfterSeconds = 1): DomainError {
  return new DomainError(
    problem(PROBLEM_TYPES.unavailable, 'The contact centre is busy', 503, 'Nothing you sent was saved. Please send it again in a moment.', {
      retryAfter: retryAfterSeconds,
    }),
    { [HEADERS.retryAfter]: String(retryAfterSeconds) },
  );
}

/**
 * 507: the contact centre's disk or database is full. Nothing of the request was stored; it can
 * be sent again once an operator has made room, which `Retry-After` (and `retryAfter`) puts a
 * few minutes away.
 */
export function insufficientStorage(retryAfterSeconds = 60): DomainError {
  return new DomainError(
    problem(PROBLEM_TYPES.insufficientStorage, 'We cannot save anything right now', 507, 'Nothing you sent was saved. Please try again in a few minutes.', {
      retryAfter: retryAfterSeconds,
    }),
    { [HEADERS.retryAfter]: String(retryAfterSeconds) },
  );
}

/** 409: the ticket's satisfaction was already given; it is asked once. */
export function alreadyRated(): DomainError {
  return new DomainError(
    problem(SATISFACTION_PROBLEM_TYPES.alreadyRated, 'Already rated', 409, 'You have already said how satisfied you are with this ticket; it is asked only once.'),
  );
}

/** 409: a ticket is rated only once it is resolved or closed. */
export function notYetResolved(): DomainError {
  return new DomainError(
    problem(
      SATISFACTION_PROBLEM_TYPES.notYetResolved,
      'Not resolved yet',
      409,
      'This ticket is not resolved yet: you can say how satisfied you are once it is resolved or closed.',
    ),
  );
}

/** 409: the request conflicts with the current state. */
export function conflict(detail: string): DomainError {
  return new DomainError(problem(PROBLEM_TYPES.conflict, 'Conflict', 409, detail));
}

/** 409: a ticket cannot move from `from` to `to`; `allowed` lists where it can go. */
export function illegalTransition(from: string, to: string, allowed?: readonly string[]): DomainError {
  const say = (status: string) => `“${status.charAt(0).toUpperCase()}${status.slice(1).replaceAll('_', ' ')}”`;
  const next =
    allowed === undefined
      ? ''
      : allowed.length === 0
        ? ' It cannot change status any more.'
        : ` From ${say(from)} it can move to ${allowed.map(say).join(', ')}.`;
  return new DomainError(
    problem(PROBLEM_TYPES.illegalTransition, 'Status change not allowed', 409, `A ticket cannot move from ${say(from)} to ${say(to)}.${next}`),
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

/** 429 with `retryAfter` in the problem and a matching `Retry-After` header; `detail` says why, when it is more than a rate. */
export function rateLimited(retryAfterSeconds: number, detail?: string): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new DomainError(
    problem(PROBLEM_TYPES.rateLimited, 'Too many requests', 429, detail ?? `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`, {
      retryAfter: seconds,
    }),
    { [HEADERS.retryAfter]: String(seconds) },
  );
}

/**
 * Parses `input` with `schema`, or throws {@link validationFailed} (422) listing every field
 * as `fieldErrorsFromIssues` reads it.
 *
 * @param prefix - put in front of every field path, e.g. `answers`.
 */
export function parseOrThrow<const S extends Schema>(schema: S, input: unknown, prefix?: string): Output<S> {
  const result = safeParse(schema, input);
  if (!result.success) throw validationFailed(fieldErrorsFromIssues(result.issues, prefix));
  return result.output;
}
