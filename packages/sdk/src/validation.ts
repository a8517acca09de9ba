import { LIMITS, safeParse, type Schema } from '@civic-contact/contract';
import { ValidationError } from './errors/validation-error.ts';

/**
 * Checks `input` against a contract schema before anything is sent and returns the
 * parsed value (strings trimmed as the contract defines).
 *
 * @param what - what is being checked, for the message: "complaint", "search query", …
 * @throws ValidationError listing every failing field; no request is made.
 */
export async function validateInput<T>(schema: Schema<T>, input: unknown, what: string, fieldPrefix?: string): Promise<T> {
  const result = safeParse(schema, input);
  if (result.success) return result.output;
  // The same list, codes and sentences as the contact centre's 422, so a form shows either alike.
  throw (await import('./failures.ts')).invalidInput(result.issues, what, fieldPrefix);
}

/**
 * Checks a caller's `Idempotency-Key` against the contract's length limits.
 * @throws ValidationError on the field `idempotencyKey`.
 */
export function checkIdempotencyKey(key: unknown): string {
  const min = LIMITS.idempotencyKeyMinLength;
  const max = LIMITS.idempotencyKeyMaxLength;
  if (typeof key === 'string' && key.length >= min && key.length <= max && /^[\x21-\x7e]+$/.test(key)) return key;
  const message = `An Idempotency-Key is ${min} to ${max} visible ASCII characters; leave it out and the SDK creates one.`;
  throw new ValidationError(`The idempotency key was not accepted, so nothing was sent. ${message}`, [
    { field: 'idempotencyKey', code: 'invalid_format', message },
  ]);
}
