import type { FieldError, ReferenceProblem } from '@civic-contact/contract';
import { CivicContactError, isNamedError, type CivicContactErrorOptions } from './civic-contact-error.ts';

/** Options of a {@link ValidationError}. */
export interface ValidationErrorOptions extends CivicContactErrorOptions {
  /** When the error is about a ticket or callback reference: what `parseReference` found wrong. */
  referenceProblem?: ReferenceProblem | undefined;
}

/**
 * The request was refused because of what was sent: checked by the SDK before sending
 * (no request was made, `status` is undefined) or answered by the contact centre with
 * 400, 413, 415 or 422. `errors` lists every field that failed, not just the first.
 */
export class ValidationError extends CivicContactError {
  override name = 'ValidationError' as const;
  /** Every field that failed, with a stable `code` to localise from; may be empty for a malformed request. */
  readonly errors: readonly FieldError[];
  /** For a malformed reference: the position, character and suggested corrections. */
  readonly referenceProblem: ReferenceProblem | undefined;

  constructor(message: string, errors: readonly FieldError[], options: ValidationErrorOptions = {}) {
    super(message, options);
    this.errors = Object.freeze([...errors]);
    this.referenceProblem = options.referenceProblem;
  }

  /**
   * The errors of one field, or of the fields inside it: `fieldErrors('citizen')` also
   * returns those of `citizen.email`.
   */
  fieldErrors(field: string): FieldError[] {
    return this.errors.filter((error) => error.field === field || error.field.startsWith(`${field}.`));
  }
}

/** Whether `error` is a {@link ValidationError} (from any copy of the SDK). */
export function isValidationError(error: unknown): error is ValidationError {
  return isNamedError(error, 'ValidationError');
}
