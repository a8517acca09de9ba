import type { fieldErrorsFromZod } from '@civic-contact/contract';

/* Named through the contract, so that the SDK needs no direct dependency on zod. */
type SchemaError = Parameters<typeof fieldErrorsFromZod>[0];

/**
 * The part of a contract schema the SDK uses: every schema of `@civic-contact/contract`
 * fits it, and its errors are the ones `fieldErrorsFromZod` reads.
 */
export interface Schema<T> {
  safeParse(input: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: SchemaError };
}
