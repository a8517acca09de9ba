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
  type Schema,
} from '@civic-contact/contract';
import { CivicContactError, isCivicContactError, type CivicContactErrorOptions } from './errors/civic-contact-error.ts';
import { AuthError } from './errors/auth-error.ts';
import { ConfigurationError } from './errors/configuration-error.ts';
import { ConflictError } from './errors/conflict-error.ts';
import { ForbiddenError } from './errors/forbidden-error.ts';
import { NetworkError } from './errors/network-error.ts';
import { NotFoundError } from './errors/not-found-error.ts';
import { RateLimitedError } from './errors/rate-limited-error.ts';
import { ResponseShapeError, type ResponseIssue } from './errors/response-shape-error.ts';
import { ServerError } from './errors/server-error.ts';
import { TimeoutError } from './errors/timeout-error.ts';
import { ValidationError } from './errors/validation-error.ts';
import type { ResolvedOptions } from './options.ts';
import { retryAfterOf, retryDelay } from './retry.ts';
import { summarise } from './validation.ts';

/** Which key an operation needs, as in the contract's operation list. */
export type KeyKind = 'site' | 'secret' | 'either';

/** @internal One request, described by a resource method. */
export interface RequestSpec<T> {
  /** The SDK method, for messages: `complaints.create`. */
  operation: string;
  method: 'get' | 'post' | 'delete';
  /** Path below the base URL, without a leading slash: `v1/complaints`. */
  path: string;
  auth: KeyKind;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`; its presence makes a POST safe to retry. */
  idempotencyKey?: string;
  response: Schema<T>;
  signal?: AbortSignal | undefined;
  /** What a 404 means here, with a next step, when it means something specific. */
  notFoundMessage?: string;
}

/** @internal The plumbing shared by every resource: keys, the fetch loop, retries and error mapping. */
export class Transport {
  readonly #options: ResolvedOptions;
  readonly #headers: Record<string, string>;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (options.key.kind === 'site') headers[HEADERS.siteKey] = options.key.value;
    else headers[HEADERS.authorization] = `Bearer ${options.key.value}`;
    if (options.locale !== undefined) headers['Accept-Language'] = options.locale;
    if (options.userAgent !== undefined) headers['User-Agent'] = options.userAgent;
    this.#headers = headers;
  }

  /** The locale the client was created with. */
  get locale(): string | undefined {
    return this.#options.locale;
  }

  /**
   * Fails before any request when the client holds the wrong kind of key.
   * @throws ConfigurationError
   */
  requireKey(auth: KeyKind, operation: string): void {
    const kind = this.#options.key.kind;
    if (auth === 'secret' && kind !== 'secret') {
      throw new ConfigurationError(
        `${operation} is for agents and integrators and needs a secret key (sk_…): create a client with secretKey on a server. Site keys (pk_…) cannot call it.`,
      );
    }
    if (auth === 'site' && kind !== 'site') {
      throw new ConfigurationError(
        `${operation} is the citizen's lookup and needs a site key (pk_…); with a secret key use client.agent.tickets.get(reference) instead.`,
      );
    }
  }

  /** Sends one request (with retries where safe) and returns the response body parsed by the contract. */
  async send<T>(spec: RequestSpec<T>): Promise<T> {
    this.requireKey(spec.auth, spec.operation);
    const { signal } = spec;
    signal?.throwIfAborted();
    const { baseUrl, timeoutMs, retry } = this.#options;
    const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${spec.path}`);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.append(name, String(value));
    }
    const headers = { ...this.#headers, ...spec.headers };
    if (spec.idempotencyKey !== undefined) headers[HEADERS.idempotencyKey] = spec.idempotencyKey;
    let body: BodyInit | undefined = spec.form;
    if (spec.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(spec.json);
    }
    // A POST is safe to repeat only when its Idempotency-Key lets the centre recognise the repeat.
    const limit = spec.method !== 'post' || spec.idempotencyKey !== undefined ? retry.limit : 0;
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      // Settles with the signal even where a fetch (or its body) ignores it.
      const aborted = new Promise<never>((_, reject) => attemptSignal.addEventListener('abort', () => reject(attemptSignal.reason)));
      let failure: CivicContactError;
      try {
        const request = new Request(url, { method: spec.method.toUpperCase(), headers, body, signal: attemptSignal });
        // The global fetch is looked up at each call, so one patched in later is used; called
        // unbound, a browser's own fetch throws "Illegal invocation".
        const response = await Promise.race([(this.#options.fetch ?? fetch).call(globalThis, request), aborted]);
        // The attempt's timeout covers reading the body too.
        const text = await Promise.race([response.text(), aborted]);
        if (response.ok) return parseSuccess(spec, response, text);
        failure = errorFromResponse(response, parseJson(text), spec, timeoutMs);
      } catch (error) {
        // The caller's own abort (or AbortSignal.timeout) is theirs to handle: hand it back untouched.
        if (signal?.aborted) throw error instanceof Error && (error === signal.reason || error.name === 'AbortError') ? error : signal.reason;
        // A response that breaks the contract is final.
        if (isCivicContactError(error)) throw error;
        const seconds = timeoutMs / 1000;
        failure = timeout.aborted
          ? new TimeoutError(
              `The contact centre did not answer ${spec.operation} within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. Check the connection and try again in a moment.`,
              timeoutMs,
              { cause: error },
            )
          : new NetworkError(
              `Could not reach the contact centre at ${new URL(baseUrl).host} for ${spec.operation}. Check the internet connection and try again.`,
              { cause: error },
            );
      }
      const delay = attempt <= limit ? retryDelay(retry, failure, attempt) : undefined;
      if (delay === undefined) throw failure;
      await wait(delay, signal);
    }
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort);
  });
}

/* An error body is read as JSON when it is JSON; anything else stays text. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isProblemContentType(contentType: string | null): boolean {
  return /^application\/problem\+json\b/i.test(contentType ?? '');
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get(HEADERS.requestId) ?? undefined;
}

function parseSuccess<T>(spec: RequestSpec<T>, response: Response, text: string): T {
  const base: CivicContactErrorOptions = { status: response.status, requestId: requestIdOf(response) };
  const shapeError = (why: string, issues: ResponseShapeError['issues'] = [], cause?: unknown) =>
    new ResponseShapeError(
      `The contact centre's answer to ${spec.operation} ${why}, so it was not used. The client and the contact centre may speak different versions of the API: update the SDK, or report this to the contact centre with the request id.`,
      issues,
      { ...base, cause },
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw shapeError(`(status ${response.status}) is not JSON`, [], error);
  }
  if (isProblemContentType(response.headers.get('content-type'))) {
    throw shapeError(`is a problem document with the success status ${response.status}`);
  }
  const result = safeParse(spec.response, body);
  if (!result.success) {
    const issues = responseIssues(result.issues);
    const where = issues.slice(0, 3).map((issue) => issue.path.join('.') || '(body)').join(', ');
    throw shapeError(`does not match the contract (at ${where})`, issues);
  }
  return result.output;
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
