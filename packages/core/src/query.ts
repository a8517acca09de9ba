/**
 * Parsing query strings with the contract schemas.
 *
 * @module
 */
import { fieldErrorsFromIssues, safeParse, type Output, type Schema } from '@civic-contact/contract';
import { badRequest } from './errors.ts';

/** The query of a request: URLSearchParams, or a record of its values as a router hands them over. */
export type QueryInput = URLSearchParams | Readonly<Record<string, unknown>> | null | undefined;

/* A schema as far as this reading of it goes: its type, what it wraps, its members. */
interface Shape {
  type: string;
  wrapped?: Shape;
  entries?: Record<string, Shape>;
}

/** The type name of the schema under optional/nullable wrappers (`number`, `string`, …). */
function baseType(schema: Shape | undefined): string | undefined {
  let current = schema;
  while (current?.wrapped) current = current.wrapped;
  return current?.type;
}

function shapeOf(schema: Schema): Record<string, Shape> {
  return (schema as unknown as Shape).entries ?? {};
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a query string with an object schema. Values arrive as strings, so fields the
 * schema types as numbers or booleans are converted first (`"7"` → 7, `"true"` → true); a
 * value that does not convert is left as it is, for the schema to report. Empty values
 * (`?lang=`) count as absent.
 *
 * @throws DomainError 400 listing every field that failed (a query is part of the URL, so a
 *   bad one is a malformed request rather than a 422).
 */
export function parseQuery<const S extends Schema>(schema: S, query: QueryInput): Output<S> {
  const shape = shapeOf(schema);
  const entries: Array<[string, unknown]> =
    query instanceof URLSearchParams
      ? [...new Set(query.keys())].map((key) => {
          const all = query.getAll(key);
          return [key, all.length === 1 ? all[0] : all];
        })
      : Object.entries(query ?? {});
  const input: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    if (raw === undefined || raw === '') continue;
    // Own fields only: `?constructor=…` must not find Object.prototype.constructor in the shape.
    const type = baseType(Object.hasOwn(shape, key) ? shape[key] : undefined);
    let value = raw;
    if (typeof raw === 'string') {
      const text = raw.trim();
      if (type === 'number' && NUMBER.test(text)) value = Number(text);
      else if (type === 'boolean' && (text === 'true' || text === 'false')) value = text === 'true';
    }
    input[key] = value;
  }
  const result = safeParse(schema, input);
  if (!result.success) {
    const errors = fieldErrorsFromIssues(result.issues);
    throw badRequest(`The query is not valid: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`, errors);
  }
  return result.output;
}
