import type { Ticket } from '@civic-contact/contract';

/**
 * Fired by `<civic-ticket-status>` when a citizen's ticket has been found and shown, with
 * what they see: status, expected date and public timeline. Bubbles and crosses shadow roots.
 */
export class CivicStatusLoadedEvent extends Event {
  static readonly eventName = 'civic-status-loaded';
  /** The ticket as the citizen sees it: its status, the date a reply is expected, its public timeline. */
  readonly ticket: Ticket;

  constructor(ticket: Ticket) {
    super(CivicStatusLoadedEvent.eventName, { bubbles: true, composed: true });
    this.ticket = ticket;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-status-loaded': CivicStatusLoadedEvent;
  }
}
