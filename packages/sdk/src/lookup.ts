/**
 * The checks of a lookup by reference (a ticket, a callback): in a module of their own, so
 * that the reference parser, with its look-alike suggestions, reaches only the bundles of
 * pages that look something up.
 */
import { parseReference, type FieldErrorCode } from '@civic-contact/contract';
import { ValidationError } from './errors/validation-error.ts';

/**
 * Reads a ticket or callback reference as a citizen typed it and returns its canonical
 * form. A malformed reference is refused here, before any request, with a message that
 * names the character that looks wrong.
 *
 * @throws ValidationError on the field `reference`, with `referenceProblem` set.
 */
export function checkReference(input: unknown): string {
  const result = parseReference(typeof input === 'string' ? input : '');
  if (result.ok) return result.reference;
  const { problem } = result;
  const code: FieldErrorCode = problem.code === 'empty' ? 'required' : 'invalid_reference';
  throw new ValidationError(
    `The reference is not valid, so nothing was sent: ${problem.message} Check it against the confirmation message and try again.`,
    [{ field: 'reference', code, message: problem.message }],
    { referenceProblem: problem },
  );
}

/**
 * Checks a ticket verifier (the email or phone number given when filing).
 * @throws ValidationError on the field `verifier`.
 */
export function checkVerifier(verifier: unknown, kind: 'email or phone number' | 'phone number'): string {
  const value = typeof verifier === 'string' ? verifier.trim() : '';
  if (value !== '') return value;
  const message = `Enter the ${kind} given when it was booked or filed.`;
  throw new ValidationError(`The verifier is missing, so nothing was sent. ${message}`, [
    { field: 'verifier', code: 'required', message },
  ]);
}
