/**
 * Which ticket status changes an agent may make.
 *
 * | from             | to                                                   |
 * |------------------|------------------------------------------------------|
 * | received         | assigned, in_progress, awaiting_citizen, resolved    |
 * | assigned         | in_progress, awaiting_citizen, resolved              |
 * | in_progress      | assigned, awaiting_citizen, resolved                 |
 * | awaiting_citizen | in_progress, resolved                                |
 * | resolved         | closed, reopened                                     |
 * | closed           | reopened                                             |
 * | reopened         | assigned, in_progress, awaiting_citizen, resolved    |
 *
 * Why: `received` is only ever the first status, so nothing returns to it; work may skip ahead
 * (a simple question is resolved on first contact) but a resolved ticket changes only by being
 * closed or re-opened, so its resolution is never silently rewritten; `in_progress` may go back
 * to `assigned` when an agent hands a case on; `closed` is final except for re-opening; and a
 * "change" to the same status is refused because it would add an empty timeline entry.
 */
import type { TicketStatus } from '@civic-contact/contract';

/** Legal next statuses of each status; see the module documentation for the table and why. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = Object.freeze({
  received: Object.freeze(['assigned', 'in_progress', 'awaiting_citizen', 'resolved'] as const),
  assigned: Object.freeze(['in_progress', 'awaiting_citizen', 'resolved'] as const),
  in_progress: Object.freeze(['assigned', 'awaiting_citizen', 'resolved'] as const),
  awaiting_citizen: Object.freeze(['in_progress', 'resolved'] as const),
  resolved: Object.freeze(['closed', 'reopened'] as const),
  closed: Object.freeze(['reopened'] as const),
  reopened: Object.freeze(['assigned', 'in_progress', 'awaiting_citizen', 'resolved'] as const),
});

/** Whether a ticket in status `from` may be moved to `to`. */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** The statuses a ticket in status `from` may be moved to (empty for an unknown status). */
export function allowedTransitions(from: TicketStatus): readonly TicketStatus[] {
  return Object.hasOwn(TRANSITIONS, from) ? TRANSITIONS[from] : [];
}
