/**
 * The decisions of `<civic-service-dashboard>` that need no page: which period to ask for,
 * and what to say of the figures that come back (the largest, the busiest week). A figure
 * counted from fewer than 5 complaints or ratings comes as `{ suppressed: true }` and is
 * never guessed at: it is said as "fewer than 5", never drawn, never ranked.
 */
import type { PublicStats, Suppressed } from '@civic-contact/contract';

/** The periods a reader can choose, in weeks up to today. */
export const PERIOD_WEEKS = [4, 12, 26, 52] as const;
export type PeriodWeeks = (typeof PERIOD_WEEKS)[number];

/** A public figure: a number, or suppressed under 5. */
export type Figure = number | Suppressed;

/** Whether a figure may be shown. */
export const shown = (figure: Figure | undefined): figure is number => typeof figure === 'number';

/** The offered period nearest to `weeks` (12, the contact centre's own default, for anything unreadable). */
export function periodWeeks(weeks: number): PeriodWeeks {
  if (!Number.isFinite(weeks) || weeks <= 0) return 12;
  return PERIOD_WEEKS.reduce((best, option) => (Math.abs(option - weeks) < Math.abs(best - weeks) ? option : best));
}

/** The `weeks` whole weeks up to and including `today`: from the day 7 × weeks − 1 days before. */
export function periodOf(weeks: PeriodWeeks, today: string): { from: string; to: string } {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (7 * weeks - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}

/** The row with the largest shown count (the first of equals); none when every count is suppressed. */
export function largest<T>(rows: readonly T[], count: (row: T) => Figure): T | undefined {
  let best: T | undefined;
  let most = -1;
  for (const row of rows) {
    const n = count(row);
    if (shown(n) && n > most) [best, most] = [row, n];
  }
  return best;
}

/** The largest shown value of `values`, at least 1 (the top of a chart's scale). */
export function scaleTop(values: readonly Figure[]): number {
  return Math.max(1, ...values.filter(shown));
}

/** The week with the most complaints received (shown counts only). */
export function busiestWeek(stats: PublicStats): PublicStats['weekly'][number] | undefined {
  return largest(stats.weekly, (week) => week.received);
}

/** Whether nothing at all can be shown: every headline figure suppressed. */
export function nothingShown(stats: PublicStats): boolean {
  return !shown(stats.received) && !shown(stats.resolved) && !shown(stats.satisfaction.responses);
}
