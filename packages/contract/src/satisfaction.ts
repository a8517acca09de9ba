import * as v from 'valibot';
import { strictObject } from './schema.ts';
import { LIMITS, type TicketStatus } from './constants.ts';
import { text } from './common.ts';

// Rating a ticket, in a module of its own rather than in constants.ts and ticket.ts: what only
// rating needs stays out of what every page carries (the widgets' shared runtime and the
// ticket status widget's first screen), to be fetched with the later steps that use it.

/** Statuses in which a citizen is asked how satisfied they are with how the ticket was handled. */
export const RATEABLE_TICKET_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

/**
 * The satisfaction scale, 1 to 5, with the label of each rating: 1 is "very dissatisfied", 5
 * "very satisfied". The widgets word the labels; integrators read the ids.
 */
export const SATISFACTION_LABELS = ['very_dissatisfied', 'dissatisfied', 'neither', 'satisfied', 'very_satisfied'] as const;
export type SatisfactionLabel = (typeof SATISFACTION_LABELS)[number];

/** The stable problem `type` values of a refused rating (409). */
export const SATISFACTION_PROBLEM_TYPES = {
  /** The ticket's satisfaction was already given: it is asked once per ticket. */
  alreadyRated: 'urn:civic-contact:problem:already-rated',
  /** A ticket is rated only once it is resolved or closed. */
  notYetResolved: 'urn:civic-contact:problem:not-yet-resolved',
} as const;

/**
 * `POST /v1/tickets/{reference}/satisfaction` body (with the verifier header): how satisfied the
 * citizen is with how the ticket was handled, asked once the ticket is resolved or closed.
 */
export const SatisfactionRequestSchema = strictObject({
  /** 1 ("very dissatisfied") to 5 ("very satisfied"), as {@link SATISFACTION_LABELS} names them. */
  rating: v.picklist([1, 2, 3, 4, 5]),
  comment: v.optional(text(LIMITS.feedbackCommentMaxLength)),
});
export interface SatisfactionRequest extends v.InferOutput<typeof SatisfactionRequestSchema> {}
