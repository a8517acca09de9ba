import { HEADERS, PROBLEM_TYPES, safeParse, type Issue, type Schema } from '@civic-contact/contract';
import { isCivicContactError, type CivicContactError } from './errors/civic-contact-error.ts';
import { ConfigurationError } from './errors/configuration-error.ts';
import { NetworkError } from './errors/network-error.ts';
import { TimeoutError } from './errors/timeout-error.ts';
import type { ResolvedOptions } from './options.ts';
import type { ProofOfWork } from './proof-of-work.ts';
import { retryDelay } from './retry.ts';

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
  /** A public write: with a site key it carries a proof of work when the contact centre asks for one. */
  proof?: boolean;
  response: Schema<T>;
  signal?: AbortSignal | undefined;
  /** What a 404 means here, with a next step, when it means something specific. */
  notFoundMessage?: string;
}

/** @internal The plumbing shared by every resource: keys, the fetch loop, retries and error mapping. */
export class Transport {
  readonly #options: ResolvedOptions;
  readonly #headers: Record<string, string>;
  /** Proofs of work, once a write of this client has needed one or one was prepared. */
  #proofs: Promise<ProofOfWork> | undefined;

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

  /** Starts solving a proof of work for the next public write, with a site key. */
  prepareProof(): void {
    if (this.#options.key.kind === 'site') this.#solver().then((proofs) => proofs.prepare(), () => undefined);
  }

  /**
   * The proof-of-work code, fetched once it is needed: a page that never writes does not carry
   * it. A failed fetch is forgotten, so the next write tries again.
   */
  #solver(): Promise<ProofOfWork> {
    return (this.#proofs ??= import('./proof-of-work.ts').then(
      (module) => new module.ProofOfWork(this),
      (cause: unknown) => {
        this.#proofs = undefined;
        throw new NetworkError('Could not reach the contact centre. Check the internet connection and try again.', { cause });
      },
    ));
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
    // Until a proof has been asked for, or prepared, a write goes without: a contact centre
    // that asks for none is asked nothing more. A refused proof gets one fresh one.
    let proving = spec.proof && this.#options.key.kind === 'site';
    if (proving && this.#proofs) await (await this.#solver()).prove(headers, spec, false);
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
        if (response.ok) {
          const checked = checkSuccess(spec, response, text);
          if (checked.ok) return checked.output;
          throw (await loadFailures()).shapeError(spec, response, checked);
        }
        failure = (await loadFailures()).errorFromResponse(response, parseJson(text), spec, timeoutMs);
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
      if (proving && failure.problemType === PROBLEM_TYPES.proofRequired) {
        proving = false;
        await (await this.#solver()).prove(headers, spec, true);
        continue;
      }
      const delay = attempt <= limit ? retryDelay(retry, failure, attempt) : undefined;
      if (delay === undefined) throw failure;
      await wait(delay, signal);
    }
  }
}

/**
 * What the SDK says when the contact centre refuses a request or answers out of contract: a
 * module of its own, fetched when it is needed, so that a browser page that meets no error
 * does not carry every message. (A failed fetch of it counts as a network failure.)
 */
const loadFailures = () => import('./failures.ts');

/** Why an answer with a success status is not usable, for {@link shapeError}. */
export type Unusable = { ok: false; why: 'not-json'; cause: unknown } | { ok: false; why: 'problem' } | { ok: false; why: 'contract'; issues: readonly Issue[] };

/** A success answer's body, parsed by the contract, or why it cannot be used. */
function checkSuccess<T>(spec: RequestSpec<T>, response: Response, text: string): { ok: true; output: T } | Unusable {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    return { ok: false, why: 'not-json', cause };
  }
  if (/^application\/problem\+json\b/i.test(response.headers.get('content-type') ?? '')) return { ok: false, why: 'problem' };
  const result = safeParse(spec.response, body);
  return result.success ? { ok: true, output: result.output } : { ok: false, why: 'contract', issues: result.issues };
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

