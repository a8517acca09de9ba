import type { PublicStats } from '@civic-contact/contract';

/**
 * Fired by `<civic-service-dashboard>` when the figures of a period have been loaded and are
 * shown, with the figures themselves. Bubbles and crosses shadow roots.
 */
export class CivicStatsLoadedEvent extends Event {
  static readonly eventName = 'civic-stats-loaded';
  /** The figures shown: a ministry's or every ministry's, with those from fewer than 5 suppressed. */
  readonly stats: PublicStats;

  constructor(stats: PublicStats) {
    super(CivicStatsLoadedEvent.eventName, { bubbles: true, composed: true });
    this.stats = stats;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-stats-loaded': CivicStatsLoadedEvent;
  }
}
