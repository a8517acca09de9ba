import type { Problem } from '@civic-contact/contract';

/*
 * A registered symbol rather than a module-local one: two copies of the SDK in one page
 * (two bundles, or a bundle and a CDN build) must still recognise each other's errors,
 * which `instanceof` cannot do.
 */
const BRAND: unique symbol = Symbol.for('@civic-contact/sdk/error');

/** What every {@link CivicContactError} may carry besides its message. */
export interface CivicContactErrorOptions {
  /** HTTP status of the response that caused the error, if there was one. */
  status?: number | undefined;
  /** The RFC 9457 problem document the contact centre answered with, if it sent one. */
  problem?: Problem | undefined;
  /** Value of the response's `X-Request-Id` header, to quote to the contact centre's support. */
  requestId?: string | undefined;
  /** The underlying error, such as the `TypeError` a failed `fetch` threw. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws on purpose. Components localise by the
 * subclass (its `name`) and, for conflicts and validation, by `problemType` and the field
 * codes; `message` is English for developers and logs and always says what to do next.
 *
 * A caller's own abort is not a `CivicContactError`: the SDK rethrows the caller's
 * `AbortError` untouched.
 */
export class CivicContactError extends Error {
  override name: string = 'CivicContactError';
  /** HTTP status of the response behind the error; `undefined` when no response was received. */
  readonly status: number | undefined;
  /** The problem document of the response, when the contact centre sent a valid one. */
  readonly problem: Problem | undefined;
  /** The response's `X-Request-Id`, to quote when reporting a problem. */
  readonly requestId: string | undefined;

  constructor(message: string, options: CivicContactErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.problem = options.problem;
    this.requestId = options.requestId;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** The problem `type` (one of the contract's `PROBLEM_TYPES`), when the response had one. */
  get problemType(): string | undefined {
    return this.problem?.type;
  }
}

/**
 * Whether `error` is any error thrown by the Civic Contact SDK, including one from
 * another copy of the SDK.
 */
export function isCivicContactError(error: unknown): error is CivicContactError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;
}

/** @internal Shared by the subclass guards: the brand plus the subclass's `name`. */
export function isNamedError(error: unknown, name: string): boolean {
  return isCivicContactError(error) && error.name === name;
}
