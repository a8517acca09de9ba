/**
 * The dashboard's charts: plain SVG drawn by Lit, no charting library. A chart is the picture
 * of a table the reader can open beside it and of the sentence above it, so the picture itself
 * is hidden from screen readers (`aria-hidden`): they read the sentence and the table. Bars
 * start at the reading direction's start (an Arabic chart grows leftwards, its weeks run from
 * the right), and a figure from fewer than 5 items is a dashed stub, never a bar of a guessed
 * length. Each bar, and each week, is an `<svg>` of its own inside an HTML template: lit's
 * `svg` tag, for SVG fragments, would cost the first screen of every page bytes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { PUBLIC_STATS_MIN_COUNT } from '@civic-contact/contract';
import type { View } from '../shared/view.ts';
import { scaleTop, shown, type Figure } from './model.ts';

/** One row of a bar chart: what it counts, its figure, and the figure in words. */
export interface Bar {
  label: unknown;
  value: Figure;
  text: string;
}

/** Horizontal bars, one per row, scaled to the largest shown figure (or to `top`, e.g. 1 for shares). */
export function barChart(rows: readonly Bar[], top = scaleTop(rows.map((row) => row.value))): TemplateResult {
  return html`<div class="bars" aria-hidden="true">
    ${rows.map(
      (row) => html`<span class="bar-label">${row.label}</span>
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
          <rect class=${shown(row.value) ? 'count' : 'suppressed'} width=${shown(row.value) ? (row.value / top) * 100 : 3} height="10"></rect>
        </svg>
        <span class="bar-value">${row.text}</span>`,
    )}
  </div>`;
}

/** One week of the weekly chart. */
export interface WeekColumn {
  received: Figure;
  resolved: Figure;
}

/** A column's height, in the units of its week's `viewBox`, for a figure; a low stub for a suppressed one. */
function height(value: Figure, top: number): number {
  return shown(value) ? (value / top) * 100 : 4;
}

/**
 * Complaints each week: a wide pale column for those received, a narrow dark one inside it for
 * those resolved (told apart by width as well as colour), the weeks from the reading start,
 * with the scale's top figure and the first and last weeks named under it.
 */
export function weeklyChart(view: View, weeks: readonly WeekColumn[], first: string, last: string): TemplateResult {
  const top = scaleTop(weeks.flatMap((week) => [week.received, week.resolved]));
  const kind = (value: Figure, name: string) => (shown(value) ? name : 'suppressed');
  const suppressed = weeks.some((week) => !shown(week.received) || !shown(week.resolved));
  return html`<div class="weekly" aria-hidden="true">
    <p class="scale">${view.number(top)}</p>
    <div class="columns">
      ${weeks.map(
        (week) => html`<svg viewBox="0 0 10 100" preserveAspectRatio="none" focusable="false">
          <rect class=${kind(week.received, 'received')} x="1" y=${100 - height(week.received, top)} width="8" height=${height(week.received, top)}></rect>
          <rect class=${kind(week.resolved, 'resolved')} x="3" y=${100 - height(week.resolved, top)} width="4" height=${height(week.resolved, top)}></rect>
        </svg>`,
      )}
    </div>
    <p class="axis"><span>${first}</span><span>${last}</span></p>
    <ul class="legend">
      <li><span class="swatch received"></span>${view.m('service-dashboard.received', 'Received')}</li>
      <li><span class="swatch resolved"></span>${view.m('service-dashboard.resolved', 'Resolved')}</li>
      ${suppressed ? html`<li><span class="swatch suppressed"></span>${fewerThan(view)}</li>` : nothing}
    </ul>
  </div>`;
}

/** "Fewer than 5": what stands for a suppressed figure, in words. */
export function fewerThan(view: View): string {
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  return view.m('service-dashboard.fewer-than', str`Fewer than ${minimum}`);
}
