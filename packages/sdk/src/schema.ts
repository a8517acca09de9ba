import type { ResponseIssue } from './errors/response-shape-error.ts';

/** An issue as the contract's zod schemas report it; only the fields the SDK reads. */
export interface SchemaIssue extends ResponseIssue {
  readonly origin?: string;
  readonly format?: string;
  readonly expected?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
}

/**
 * The part of a contract schema the SDK uses. Structural, so that the SDK needs no direct
 * dependency on zod: every schema of `@civic-contact/contract` fits it.
 */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}
