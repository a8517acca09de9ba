/**
 * Parsing query strings with the contract schemas.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { fieldErrorsFromZod } from '@civic-contact/contract';
import { badRequest } from './errors.ts';

/** The query of a request: URLSearchParams, or a record of its values as a router hands them over. */
export type QueryInput = URLSearchParams | Readonly<Record<string, unknown>> | null | undefined;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The type name of the schema under optional/nullable/default wrappers (`number`, `string`, …). */
function baseType(schema: z.ZodMiniType | undefined): string | undefined {
  let current = schema as { _zod: { def: { type: string; innerType?: z.ZodMiniType } } } | undefined;
  while (current && WRAPPERS.has(current._zod.def.type) && current._zod.def.innerType) {
    current = current._zod.def.innerType as unknown as typeof current;
  }
  return current?._zod.def.type;
}

function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } })._zod.def;
  return def.shape ?? {};
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
export function parseQuery<S extends z.ZodMiniType>(schema: S, query: QueryInput): z.output<S> {
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
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const errors = fieldErrorsFromZod(result.error);
    throw badRequest(`The query is not valid: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`, errors);
  }
  return result.data;
}
