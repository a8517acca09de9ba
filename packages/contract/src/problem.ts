import * as z from 'zod/mini';
import { LocalizedTextSchema } from './common.ts';
import { FIELD_ERROR_CODES } from './constants.ts';

/** One problem with one field of a request; `field` is a dotted path such as `answers.licence_number`. */
export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.enum(FIELD_ERROR_CODES),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * How a citizen can reach a ministry another way: its public name, phone number and email
 * address, as its service catalogue gives them.
 */
export const ProblemContactSchema = z.object({
  name: LocalizedTextSchema,
  phone: z.string(),
  email: z.string(),
});
export type ProblemContact = z.infer<typeof ProblemContactSchema>;

/** An RFC 9457 problem details document (`application/problem+json`). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** For validation problems: every field that failed, not just the first. */
  errors: z.optional(z.array(FieldErrorSchema)),
  /** For rate limiting: seconds to wait, mirroring the `Retry-After` header. */
  retryAfter: z.optional(z.number().check(z.gte(0))),
  /**
   * When a site key is refused on a page its ministry did not allow it on (403): the
   * ministry's public contact details, so that the page can tell the citizen whom to call
   * instead (an RFC 9457 extension member).
   */
  contact: z.optional(ProblemContactSchema),
});
export type Problem = z.infer<typeof ProblemSchema>;
