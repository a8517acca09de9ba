/**
 * What the SDK says when something goes wrong: the error for a refusal or a failure the
 * contact centre answered, for an answer out of contract, for input the contract refuses.
 * Fetched by http.ts and validation.ts only when needed, so that a browser page that meets
 * no error does not carry every message.
 *
 * @module
 */
import {
  FieldErrorSchema,
  fieldErrorsFromIssues,
  HEADERS,
  issuePath,
  ProblemSchema,
  PROBLEM_TYPES,
  safeParse,
  type FieldError,
  type Issue,
  type Problem,
} from '@civic-contact/contract';
import { CivicContactError, type CivicContactErrorOptions } from './errors/civic-contact-error.ts';
import { AuthError } from './errors/auth-error.ts';
import { ConflictError } from './errors/conflict-error.ts';
import { ForbiddenError } from './errors/forbidden-error.ts';
import { NotFoundError } from './errors/not-found-error.ts';
import { RateLimitedError } from './errors/rate-limited-error.ts';
import { ResponseShapeError, type ResponseIssue } from './errors/response-shape-error.ts';
import { ServerError } from './errors/server-error.ts';
import { TimeoutError } from './errors/timeout-error.ts';
import { ValidationError } from './errors/validation-error.ts';
import type { RequestSpec, Unusable } from './http.ts';
import { retryAfterOf } from './retry.ts';

/** The English summary of a field list, for `ValidationError.message`. */
export function summarise(errors: readonly FieldError[], what: string): string {
  const list = errors.map((error) => `${error.field || '(request)'}: ${error.message}`).join(' ');
  const count = errors.length === 1 ? '1 field needs' : `${errors.length} fields need`;
  return `The ${what} was not sent: ${count} correcting. ${list}`.trim();
}

/** The error for input the contract refuses: the same list, codes and sentences as the contact centre's 422. */
export function invalidInput(issues: readonly Issue[], what: string, fieldPrefix?: string): ValidationError {
  const errors = fieldErrorsFromIssues(issues, fieldPrefix);
  return new ValidationError(summarise(errors, what), errors);
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get(HEADERS.requestId) ?? undefined;
}

/** The error for a success answer that cannot be used (see `checkSuccess` in http.ts). */
export function shapeError(spec: RequestSpec<unknown>, response: Response, unusable: Unusable): ResponseShapeError {
  const issues = unusable.why === 'contract' ? responseIssues(unusable.issues) : [];
  const why =
    unusable.why === 'not-json'
      ? `(status ${response.status}) is not JSON`
      : unusable.why === 'problem'
        ? `is a problem document with the success status ${response.status}`
        : `does not match the contract (at ${issues.slice(0, 3).map((issue) => issue.path.join('.') || '(body)').join(', ')})`;
  return new ResponseShapeError(
    `The contact centre's answer to ${spec.operation} ${why}, so it was not used. The client and the contact centre may speak different versions of the API: update the SDK, or report this to the contact centre with the request id.`,
    issues,
    { status: response.status, requestId: requestIdOf(response), cause: unusable.why === 'not-json' ? unusable.cause : undefined },
  );
}

/* Where each mistake is, with the contract's code and sentence for it. */
function responseIssues(issues: readonly Issue[]): ResponseIssue[] {
  return issues.map((issue) => {
    const [{ code, message }] = fieldErrorsFromIssues([issue]) as [FieldError];
    return { code, path: issuePath(issue), message };
  });
}

function problemOf(data: unknown): Problem | undefined {
  const result = safeParse(ProblemSchema, data);
  return result.success ? result.output : undefined;
}

/* A plain-JSON error body may still carry a usable `errors` list. */
function fieldErrorsOf(problem: Problem | undefined, data: unknown): FieldError[] {
  if (problem?.errors) return problem.errors;
  const list = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const result = safeParse(FieldErrorSchema, item);
    return result.success ? [result.output] : [];
  });
}

function serverSays(problem: Problem | undefined): string {
  const text = problem?.detail ?? problem?.title;
  return text ? ` The contact centre said: "${text}"` : '';
}

/** @internal Maps an error response (problem document, plain JSON or anything else) to the SDK's error classes. */
export function errorFromResponse(
  response: Response,
  data: unknown,
  spec: RequestSpec<unknown>,
  timeoutMs: number,
): CivicContactError {
  const { status } = response;
  const problem = problemOf(data);
  const options: CivicContactErrorOptions = { status, problem, requestId: requestIdOf(response) };
  const said = serverSays(problem);
  const op = spec.operation;

  if (status === 400 && problem?.type === PROBLEM_TYPES.proofRequired) {
    // Refused again after a fresh solve: the contact centre restarted in between, most likely. Nothing
    // in the request is wrong and nothing was stored: said as a failure to try again, not a refusal to correct.
    return new ServerError(
      `The contact centre did not accept the proof of work of ${op}, even a fresh one.${said} Nothing was stored; try again in a moment.`,
      undefined,
      options,
    );
  }
  if (status === 400 || status === 413 || status === 415 || status === 422) {
    const errors = fieldErrorsOf(problem, data);
    if (errors.length > 0) return new ValidationError(summarise(errors, `request (${op})`), errors, options);
    const why =
      status === 413 ? 'it is too large' : status === 415 ? 'its type is not accepted' : 'the contact centre could not accept it';
    return new ValidationError(`${op} was refused because ${why}.${said} Correct the request and try again.`, errors, options);
  }
  if (status === 401) {
    return new AuthError(
      `The contact centre did not accept the key for ${op}.${said} Check that the client's key is the one issued to this ministry and has not been revoked.`,
      options,
    );
  }
  if (status === 403) {
    return new ForbiddenError(
      `The key may not call ${op}.${said} Site keys (pk_…) only work from their registered web origins and cannot call agent endpoints; use a secret key (sk_…) on a server for those.`,
      options,
    );
  }
  if (status === 404) {
    return new NotFoundError(spec.notFoundMessage ?? `${op} found nothing.${said} Check the identifier and try again.`, options);
  }
  if (status === 409) {
    const type = problem?.type;
    const message =
      type === PROBLEM_TYPES.slotFull
        ? 'That callback slot has just been filled. Choose another slot, or ask to be called as soon as possible.'
        : type === PROBLEM_TYPES.illegalTransition
          ? `That status change is not allowed from the ticket's current status.${said} Reload the ticket and choose an allowed status.`
          : type === PROBLEM_TYPES.idempotencyConflict
            ? 'This Idempotency-Key was already used for a different request. Use a new key for a new operation; reuse a key only to retry the same one.'
            : `${op} conflicts with the current state.${said} Reload and try again.`;
    return new ConflictError(message, options);
  }
  if (status === 429) {
    const retryAfter = retryAfterOf(response.headers, data);
    const wait = retryAfter === undefined ? 'a little while' : `${retryAfter} ${retryAfter === 1 ? 'second' : 'seconds'}`;
    return new RateLimitedError(`Too many requests to the contact centre. Wait ${wait} and try again.`, retryAfter, options);
  }
  if (status === 408) {
    return new TimeoutError(`The contact centre timed out waiting for ${op}. Check the connection and try again.`, timeoutMs, options);
  }
  if (status === 507) {
    // A full disk is made room on by a person, not in the seconds the client retries within: not retried, but said as it is.
    return new ServerError(
      `The contact centre cannot store anything right now (its storage is full), so ${op} was not saved. Try again in a few minutes; if it keeps happening, report it with the request id.`,
      retryAfterOf(response.headers, data),
      options,
    );
  }
  if (status >= 500) {
    const retryAfter = status === 503 ? retryAfterOf(response.headers, data) : undefined;
    return new ServerError(
      `The contact centre failed to handle ${op} (status ${status}).${said} Try again later; if it keeps happening, report it with the request id.`,
      retryAfter,
      options,
    );
  }
  return new CivicContactError(`The contact centre answered ${op} with the unexpected status ${status}.${said} Check the request and the API version.`, options);
}
