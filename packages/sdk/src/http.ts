import ky, { HTTPError, NetworkError as KyNetworkError, TimeoutError as KyTimeoutError, type KyInstance } from 'ky';
import { FieldErrorSchema, HEADERS, ProblemSchema, PROBLEM_TYPES, type FieldError, type Problem } from '@civic-contact/contract';
import { CivicContactError, isCivicContactError, type CivicContactErrorOptions } from './errors/civic-contact-error.ts';
import { AuthError } from './errors/auth-error.ts';
import { ConfigurationError } from './errors/configuration-error.ts';
import { ConflictError } from './errors/conflict-error.ts';
import { ForbiddenError } from './errors/forbidden-error.ts';
import { NetworkError } from './errors/network-error.ts';
import { NotFoundError } from './errors/not-found-error.ts';
import { RateLimitedError } from './errors/rate-limited-error.ts';
import { ResponseShapeError } from './errors/response-shape-error.ts';
import { ServerError } from './errors/server-error.ts';
import { TimeoutError } from './errors/timeout-error.ts';
import { ValidationError } from './errors/validation-error.ts';
import type { ResolvedOptions } from './options.ts';
import { kyRetryOptions, retryAfterOf } from './retry.ts';
import type { Schema } from './schema.ts';
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

/** @internal The plumbing shared by every resource: keys, ky, retries and error mapping. */
export class Transport {
  readonly #options: ResolvedOptions;
  readonly #ky: KyInstance;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (options.key.kind === 'site') headers[HEADERS.siteKey] = options.key.value;
    else headers[HEADERS.authorization] = `Bearer ${options.key.value}`;
    if (options.locale !== undefined) headers['Accept-Language'] = options.locale;
    if (options.userAgent !== undefined) headers['User-Agent'] = options.userAgent;
    const customFetch = options.fetch;
    this.#ky = ky.create({
      prefix: options.baseUrl,
      headers,
      timeout: options.timeoutMs,
      // Called unbound, a browser's own fetch throws "Illegal invocation".
      ...(customFetch ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => customFetch.call(globalThis, input, init) } : {}),
    });
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
    const headers = { ...spec.headers };
    if (spec.idempotencyKey !== undefined) headers[HEADERS.idempotencyKey] = spec.idempotencyKey;
    const retrySafe = spec.method !== 'post' || spec.idempotencyKey !== undefined;
    try {
      const pending = this.#ky(spec.path, {
        method: spec.method,
        headers,
        ...(spec.query ? { searchParams: spec.query } : {}),
        ...(spec.json !== undefined ? { json: spec.json } : {}),
        ...(spec.form ? { body: spec.form } : {}),
        ...(signal ? { signal } : {}),
        retry: kyRetryOptions(this.#options.retry, { method: spec.method, retrySafe, signal }),
      });
      const response = await pending;
      // ky's shortcut applies the timeout to reading the body too.
      const text = await pending.text();
      return parseSuccess(spec, response, text);
    } catch (error) {
      throw this.#translate(error, spec);
    }
  }

  #translate(error: unknown, spec: RequestSpec<unknown>): unknown {
    const { signal } = spec;
    // The caller's own abort (or AbortSignal.timeout) is theirs to handle: hand it back untouched.
    if (signal?.aborted) {
      return error instanceof Error && (error === signal.reason || error.name === 'AbortError') ? error : signal.reason;
    }
    if (isCivicContactError(error)) return error;
    if (error instanceof HTTPError) return errorFromResponse(error.response, error.data, spec, error, this.#options.timeoutMs);
    if (error instanceof KyTimeoutError) {
      const seconds = this.#options.timeoutMs / 1000;
      return new TimeoutError(
        `The contact centre did not answer ${spec.operation} within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. Check the connection and try again in a moment.`,
        this.#options.timeoutMs,
        { cause: error },
      );
    }
    // ky wraps the fetch failures it recognises; the caller wants what fetch threw.
    const cause = error instanceof KyNetworkError ? (error.cause ?? error) : error;
    return new NetworkError(
      `Could not reach the contact centre at ${new URL(this.#options.baseUrl).host} for ${spec.operation}. Check the internet connection and try again.`,
      { cause },
    );
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
  const result = spec.response.safeParse(body);
  if (!result.success) {
    const where = result.error.issues.slice(0, 3).map((issue) => issue.path.join('.') || '(body)').join(', ');
    throw shapeError(`does not match the contract (at ${where})`, result.error.issues);
  }
  return result.data;
}

function problemOf(data: unknown): Problem | undefined {
  const result = ProblemSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/* A plain-JSON error body may still carry a usable `errors` list. */
function fieldErrorsOf(problem: Problem | undefined, data: unknown): FieldError[] {
  if (problem?.errors) return problem.errors;
  const list = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const result = FieldErrorSchema.safeParse(item);
    return result.success ? [result.data] : [];
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
  cause: unknown,
  timeoutMs: number,
): CivicContactError {
  const { status } = response;
  const problem = problemOf(data);
  const options: CivicContactErrorOptions = { status, problem, requestId: requestIdOf(response), cause };
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
