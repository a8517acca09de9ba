/** Why a request to the contact centre did not do what the citizen asked, as every element words it. */
import { isNetworkError, isNotFoundError, isRateLimitedError, isTimeoutError } from '@civic-contact/sdk';

/**
 * What went wrong, in the terms a message to the citizen needs. A refused key or a page set
 * up wrongly is not among them: every element hands those to its `Misconfiguration` first.
 */
export type Failure = { kind: 'not-found' | 'unreachable' | 'server' } | { kind: 'rate-limited'; retryAfter: number | undefined };

/** The failure an SDK error stands for; anything unknown counts as the contact centre's own trouble. */
export function failureOf(error: unknown): Failure {
  if (isNotFoundError(error)) return { kind: 'not-found' };
  if (isRateLimitedError(error)) return { kind: 'rate-limited', retryAfter: error.retryAfter };
  if (isNetworkError(error) || isTimeoutError(error)) return { kind: 'unreachable' };
  return { kind: 'server' };
}

/** "in 15 minutes", in the reader's language, rounded up so that waiting that long always helps. */
export function waitText(seconds: number, lang: string): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (seconds < 60) return format.format(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}

/** What a `civic-error` event carries: thrown values that are not errors become one. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
