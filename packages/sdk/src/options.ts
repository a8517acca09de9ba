import { LocaleSchema, safeParse } from '@civic-contact/contract';
import { ConfigurationError } from './errors/configuration-error.ts';
import { DEFAULT_RETRY_POLICY, type RetryOptions, type RetryPolicy } from './retry.ts';

/** Options of {@link createClient} and {@link createBaseClient}. */
export interface ClientOptions {
  /**
   * Where the contact-centre API lives, e.g. `https://contact.gov.example` or
   * `https://gov.example/contact-api/`; the SDK appends `/v1/…`. In a browser a relative
   * URL (`/contact-api/`) is resolved against the page.
   */
  baseUrl: string | URL;
  /** Publishable key (`pk_…`) for widgets and browsers, sent as `X-Site-Key`. Give this or `secretKey`. */
  siteKey?: string;
  /** Secret key (`sk_…`) for agents and integrators, sent as a Bearer token. Server side only: refused in a browser. */
  secretKey?: string;
  /** The `fetch` to use, e.g. a mock's or an instrumented one. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Time limit of each attempt, in milliseconds (retries get their own). Default 10 000. */
  timeoutMs?: number;
  /** Retry policy, a retry limit, or `false` for no retries. Default: 2 retries (see {@link RetryOptions}). */
  retry?: RetryOptions | number | false;
  /**
   * The reader's language (`fr`, `es-MX`): sent as `Accept-Language`, and the default `lang`
   * of FAQ searches and articles.
   */
  locale?: string;
  /** `User-Agent` to send from Node, e.g. `my-report-tool/1.2`. Browsers send their own and ignore it. */
  userAgent?: string;
}

/** @internal */
export interface ResolvedOptions {
  baseUrl: string;
  key: { kind: 'site'; value: string } | { kind: 'secret'; value: string };
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  locale: string | undefined;
  userAgent: string | undefined;
}

const MAX_TIMEOUT_MS = 2_147_483_647;
const KEY_SHAPE = /^(pk|sk)_[A-Za-z0-9_-]+$/;

function fail(message: string): never {
  throw new ConfigurationError(message);
}

/** True where a browser's `window` exists; secret keys must never run there. */
function inBrowser(): boolean {
  return typeof (globalThis as { window?: unknown }).window !== 'undefined';
}

function resolveBaseUrl(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof URL)) {
    fail('The client needs a baseUrl: the address of the contact-centre API, such as "https://contact.gov.example".');
  }
  const pageBase = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let url: URL;
  try {
    url = new URL(value, pageBase);
  } catch {
    fail(`baseUrl ${JSON.stringify(String(value))} is not a URL: give an absolute address such as "https://contact.gov.example".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(`baseUrl must use https (or http for local development), not ${url.protocol}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    fail('baseUrl must not carry a query, a fragment or credentials: give only the address of the API.');
  }
  return url.href;
}

function resolveKey(options: ClientOptions): ResolvedOptions['key'] {
  const { siteKey, secretKey } = options;
  if (siteKey !== undefined && secretKey !== undefined) {
    fail('Give either siteKey (pk_…, for browsers) or secretKey (sk_…, for servers), not both.');
  }
  if (siteKey === undefined && secretKey === undefined) {
    fail('The client needs a key: siteKey (pk_…) in a browser, or secretKey (sk_…) on a server.');
  }
  if (siteKey !== undefined) {
    if (typeof siteKey === 'string' && siteKey.startsWith('sk_')) {
      fail('siteKey holds a secret key (sk_…). Secret keys must never be shipped to a browser; use the publishable pk_ key as siteKey.');
    }
    if (typeof siteKey !== 'string' || !KEY_SHAPE.test(siteKey) || !siteKey.startsWith('pk_')) {
      fail('siteKey must be a publishable key starting with "pk_", as issued by the contact centre.');
    }
    return { kind: 'site', value: siteKey };
  }
  if (typeof secretKey === 'string' && secretKey.startsWith('pk_')) {
    fail('secretKey holds a publishable key (pk_…): pass it as siteKey instead.');
  }
  if (typeof secretKey !== 'string' || !KEY_SHAPE.test(secretKey) || !secretKey.startsWith('sk_')) {
    fail('secretKey must be a secret key starting with "sk_", as issued by the contact centre.');
  }
  if (inBrowser()) {
    fail('Secret keys must never be shipped to a browser; use a publishable pk_ key (siteKey) here, and keep sk_ keys on a server.');
  }
  return { kind: 'secret', value: secretKey };
}

function nonNegativeInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(`${name} must be a whole number of 0 or more, got ${JSON.stringify(value)}.`);
  }
  return value;
}

function resolveRetry(value: ClientOptions['retry']): RetryPolicy {
  if (value === undefined) return { ...DEFAULT_RETRY_POLICY };
  if (value === false) return { ...DEFAULT_RETRY_POLICY, limit: 0 };
  if (typeof value === 'number') return { ...DEFAULT_RETRY_POLICY, limit: nonNegativeInteger(value, 'retry') };
  if (typeof value !== 'object' || value === null) {
    fail('retry must be an object such as { limit: 2 }, a number of retries, or false.');
  }
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const name of ['limit', 'backoffMs', 'maxBackoffMs', 'maxRetryAfterSeconds'] as const) {
    if (value[name] !== undefined) policy[name] = nonNegativeInteger(value[name], `retry.${name}`);
  }
  return policy;
}

/** @internal Checks every option once, at creation, so mistakes surface before any request. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    fail('The client needs an options object such as { baseUrl, siteKey }.');
  }
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const key = resolveKey(options);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    fail('fetch must be a function with the signature of the global fetch.');
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (typeof timeoutMs !== 'number' || !Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    fail(`timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${JSON.stringify(timeoutMs)}.`);
  }
  if (options.locale !== undefined && !safeParse(LocaleSchema, options.locale).success) {
    fail(`locale must be a language tag such as "en" or "fr-CA", got ${JSON.stringify(options.locale)}.`);
  }
  if (options.userAgent !== undefined && (typeof options.userAgent !== 'string' || !/^[\x20-\x7e]+$/.test(options.userAgent))) {
    fail('userAgent must be printable ASCII text, such as "my-report-tool/1.2".');
  }
  return {
    baseUrl,
    key,
    fetch: options.fetch,
    timeoutMs,
    retry: resolveRetry(options.retry),
    locale: options.locale,
    userAgent: options.userAgent,
  };
}
