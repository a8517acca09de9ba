import * as v from 'valibot';
import { int, number, object } from './schema.ts';
import { LocalizedTextSchema } from './common.ts';
import { FIELD_ERROR_CODES } from './constants.ts';

/** One problem with one field of a request; `field` is a dotted path such as `answers.licence_number`. */
export const FieldErrorSchema = object({
  field: v.string(),
  code: v.picklist(FIELD_ERROR_CODES),
  message: v.string(),
});
export interface FieldError extends v.InferOutput<typeof FieldErrorSchema> {}

/**
 * How a citizen can reach a ministry another way: its public name, phone number and email
 * address, as its service catalogue gives them.
 */
export const ProblemContactSchema = object({
  name: LocalizedTextSchema,
  phone: v.string(),
  email: v.string(),
});
export interface ProblemContact extends v.InferOutput<typeof ProblemContactSchema> {}

/** An RFC 9457 problem details document (`application/problem+json`). */
export const ProblemSchema = object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(int(), v.minValue(400), v.maxValue(599)),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** For validation problems: every field that failed, not just the first. */
  errors: v.optional(v.array(FieldErrorSchema)),
  /** For rate limiting: seconds to wait, mirroring the `Retry-After` header. */
  retryAfter: v.optional(v.pipe(number(), v.minValue(0))),
  /**
   * When a site key is refused on a page its ministry did not allow it on (403): the
   * ministry's public contact details, so that the page can tell the citizen whom to call
   * instead (an RFC 9457 extension member).
   */
  contact: v.optional(ProblemContactSchema),
});
export interface Problem extends v.InferOutput<typeof ProblemSchema> {}
