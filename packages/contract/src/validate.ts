/**
 * Checking a value against a contract schema: the one surface every package uses, so that
 * none of them depends on the schema library itself.
 *
 * @module
 */
import * as v from 'valibot';

/** A contract schema whose output is `T`: every `…Schema` of this package is one. */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>;

/** One way in which a value does not match a schema; {@link fieldErrorsFromIssues} reads a list of them. */
export type Issue = v.BaseIssue<unknown>;

/** The output of a schema: what a successful parse returns, strings trimmed as the contract defines. */
export type Output<S extends Schema> = v.InferOutput<S>;

/** `{ success: true, output }`, or `{ success: false, issues }` listing every mistake, not only the first. */
export type SafeParseResult<S extends Schema> = v.SafeParseResult<S>;

/* Every mistake is reported, whatever a page that also uses valibot set as its global configuration. */
const CONFIG = { abortEarly: false, abortPipeEarly: false } as const;

/**
 * Checks `input` against `schema` without throwing.
 *
 * @example
 * const result = safeParse(ComplaintCreateRequestSchema, body);
 * if (!result.success) showErrors(fieldErrorsFromIssues(result.issues));
 */
export function safeParse<const S extends Schema>(schema: S, input: unknown): SafeParseResult<S> {
  return v.safeParse(schema, input, CONFIG);
}

/**
 * Checks `input` against `schema` and returns its output.
 * @throws ValiError (with `issues`) when it does not match.
 */
export function parse<const S extends Schema>(schema: S, input: unknown): Output<S> {
  return v.parse(schema, input, CONFIG);
}

/** Where in the input an issue is: object keys and array indexes, outermost first (`['timeline', 0, 'at']`). */
export function issuePath(issue: Issue): PropertyKey[] {
  return (issue.path ?? []).map((item) => item.key as PropertyKey);
}
