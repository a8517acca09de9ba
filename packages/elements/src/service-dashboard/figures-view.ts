/**
 * What `<civic-service-dashboard>` shows once the figures have come: the headline figures,
 * then one figure per question (each week, the ministries side by side on a central page,
 * satisfaction, services, channels), each with a sentence saying what it shows, its chart,
 * and its table. A figure counted from fewer than 5 is "Fewer than 5" (a count) or "Too few
 * to show" (a share, a median), never a number.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { PUBLIC_STATS_MIN_COUNT, type Channel, type LocalizedText, type PublicStats } from '@civic-contact/contract';
import { heading } from '../base/heading.ts';
import { dateFormat } from '../shared/time-zone.ts';
import type { View } from '../shared/view.ts';
import { barChart, fewerThan, weeklyChart, type Bar } from './charts.ts';
import { busiestWeek, largest, nothingShown, shown, type Figure } from './model.ts';

/** The figures, or, when every headline figure is suppressed, why there are none. */
export function figuresView(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  if (nothingShown(stats)) {
    return html`<p class="inset" part="too-few">
      ${m('service-dashboard.too-few', str`Fewer than ${minimum} complaints were made in this period, so there are no figures to show. Choose a longer period.`)}
    </p>`;
  }
  return html`${headline(view, stats)}
    <p class="hint">${m('service-dashboard.suppression', str`A figure counted from fewer than ${minimum} complaints or ratings is not shown, so that no one can be identified.`)}</p>
    ${weeklyFigure(view, stats)} ${stats.ministryId === null ? ministriesFigure(view, stats) : nothing} ${satisfactionFigure(view, stats)}
    ${servicesFigure(view, stats)} ${channelsFigure(view, stats)}`;
}

/** The period, e.g. "15 September – 6 December 2026". */
export function periodText(view: View, period: PublicStats['period']): string {
  return dates(view, { dateStyle: 'long' }).formatRange(day(period.from), day(period.to));
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** A format of calendar dates (`YYYY-MM-DD`, read as UTC midnight) in the reader's language. */
function dates(view: View, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(view.lang, { ...options, timeZone: 'UTC' });
}

/** A count in words: the number, or "Fewer than 5". */
function count(view: View, figure: Figure): string {
  return shown(figure) ? view.number(figure) : fewerThan(view);
}

function tooFew(view: View): string {
  return view.m('service-dashboard.too-few-to-show', 'Too few to show');
}

/** A share as a percentage, or "Too few to show". */
function share(view: View, figure: Figure): string {
  return shown(figure) ? view.number(figure, { style: 'percent', maximumFractionDigits: 0 }) : tooFew(view);
}

/** Hours as hours up to two days, then as days; or "Too few to show". */
function duration(view: View, figure: Figure): string {
  if (!shown(figure)) return tooFew(view);
  const [value, unit] = figure < 48 ? [figure, 'hour'] : [figure / 24, 'day'];
  return view.number(value, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
}

function headline(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const { satisfaction } = stats;
  const ratings = view.number(shown(satisfaction.responses) ? satisfaction.responses : 0);
  return html`<dl class="kpis" part="figures">
    ${kpi(m('service-dashboard.received-heading', 'Complaints received'), count(view, stats.received))}
    ${kpi(m('service-dashboard.resolved-heading', 'Complaints resolved'), count(view, stats.resolved))}
    ${kpi(m('service-dashboard.within-target', 'Resolved within the target time'), share(view, stats.resolvedWithinTargetShare))}
    ${kpi(
      m('service-dashboard.first-reply', 'Typical time to a first reply'),
      duration(view, stats.medianFirstResponseHours),
      m('service-dashboard.median-note', 'Half of the first replies took less time, half took more'),
    )}
    ${kpi(
      m('service-dashboard.satisfied', 'Satisfied with how their complaint was handled'),
      share(view, satisfaction.satisfiedShare),
      shown(satisfaction.responses) ? m('service-dashboard.ratings', str`Answers: ${ratings}`) : undefined,
    )}
  </dl>`;
}

function kpi(term: string, value: string, note?: string): TemplateResult {
  return html`<div class="kpi">
    <dt>${term}</dt>
    <dd><span class="kpi-value">${value}</span>${note ? html`<span class="kpi-note">${note}</span>` : nothing}</dd>
  </div>`;
}

/** One figure: its heading, the sentence saying what it shows, its chart, and its table behind "Show the figures as a table". */
function figure(view: View, id: string, title: string, summary: unknown, chart: TemplateResult, table: TemplateResult): TemplateResult {
  return html`<figure class="figure" part="chart" aria-labelledby="${id}-title">
    ${heading(view.level, title, { sub: true, id: `${id}-title` })}
    <p class="summary">${summary}</p>
    ${chart}
    <details class="table-toggle" part="table-toggle">
      <summary>${view.m('service-dashboard.show-table', 'Show the figures as a table')}</summary>
      ${table}
    </details>
  </figure>`;
}

/** A table captioned `caption`: a header row, then rows whose first cell heads the row. */
function table(caption: string, head: readonly string[], rows: ReadonlyArray<readonly unknown[]>): TemplateResult {
  return html`<table class="table">
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr>
    </thead>
    <tbody>
      ${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

function weeklyFigure(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const weeks = stats.weekly;
  const longFormat = dates(view, { dateStyle: 'long' });
  const shortFormat = dates(view, { day: 'numeric', month: 'short' });
  const long = (date: string) => longFormat.format(day(date));
  const short = (date: string) => shortFormat.format(day(date));
  const received = count(view, stats.received);
  const resolved = count(view, stats.resolved);
  const busiest = busiestWeek(stats);
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  let summary: string;
  if (busiest) {
    const start = long(busiest.start);
    const most = count(view, busiest.received);
    summary = m(
      'service-dashboard.weekly-summary',
      str`Received in the period: ${received}. Resolved: ${resolved}. The busiest week began on ${start}, with ${most} received.`,
    );
  } else {
    summary = m('service-dashboard.weekly-summary-none', str`Received in the period: ${received}. Resolved: ${resolved}. No week had ${minimum} or more received.`);
  }
  const title = m('service-dashboard.weekly-heading', 'Complaints each week');
  const chart = weeklyChart(view, weeks, short(weeks[0]?.start ?? stats.period.from), short(weeks.at(-1)?.start ?? stats.period.to));
  const rows = weeks.map((week) => [long(week.start), count(view, week.received), count(view, week.resolved)]);
  const head = [m('service-dashboard.week-beginning', 'Week beginning'), m('service-dashboard.received', 'Received'), m('service-dashboard.resolved', 'Resolved')];
  return figure(view, 'weekly', title, summary, chart, table(title, head, rows));
}

function satisfactionFigure(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const { satisfaction } = stats;
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  let summary: string;
  if (shown(satisfaction.satisfiedShare) && shown(satisfaction.responses)) {
    const answers = view.number(satisfaction.responses);
    const satisfied = share(view, satisfaction.satisfiedShare);
    summary = m(
      'service-dashboard.satisfaction-summary',
      str`Of the people who said how satisfied they were with how their complaint was handled (${answers}), ${satisfied} were satisfied or very satisfied.`,
    );
  } else {
    summary = m(
      'service-dashboard.satisfaction-summary-none',
      str`Fewer than ${minimum} people said how satisfied they were in this period, so their answers are not shown.`,
    );
  }
  // Most satisfied first, as the question offers the answers.
  const rows = [...satisfaction.distribution].sort((a, b) => b.rating - a.rating);
  const title = m('service-dashboard.satisfaction-heading', 'How satisfied people were');
  const bars: Bar[] = rows.map((row) => ({ label: ratingLabel(view, row.rating), value: row.count, text: count(view, row.count) }));
  const head = [m('service-dashboard.answer', 'Answer'), m('service-dashboard.people', 'People')];
  return figure(view, 'satisfaction', title, summary, barChart(bars), table(title, head, bars.map((bar) => [bar.label, bar.text])));
}

/** At most this many rows in a chart of services; the table lists them all. */
const TOP_SERVICES = 10;

function servicesFigure(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const all = stats.ministryId === null;
  const names = ministryNames(view, stats);
  // Busiest first; the suppressed after, in the contact centre's order.
  const rows = [...stats.volumeByService].sort((a, b) => (shown(b.count) ? b.count : -1) - (shown(a.count) ? a.count : -1));
  const top = largest(rows, (row) => row.count);
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  const service = top && view.text(top.name);
  const complaints = top && count(view, top.count);
  const summary = top
    ? view.rich('service-dashboard.services-summary', str`Most complaints were about: ${service} (${complaints}).`)
    : m('service-dashboard.services-summary-none', str`Every service had fewer than ${minimum} complaints in this period.`);
  const title = m('service-dashboard.services-heading', 'Complaints by service');
  const bars: Bar[] = rows.slice(0, TOP_SERVICES).map((row) => ({ label: view.text(row.name), value: row.count, text: count(view, row.count) }));
  const head = [m('service-dashboard.service', 'Service'), ...(all ? [m('service-dashboard.ministry', 'Ministry')] : []), m('service-dashboard.complaints', 'Complaints')];
  const cells = rows.map((row) => [view.text(row.name), ...(all ? [names(row.ministryId)] : []), count(view, row.count)]);
  const shownInChart = view.number(TOP_SERVICES);
  const more =
    rows.length > TOP_SERVICES
      ? html`<p class="hint">${m('service-dashboard.services-top', str`The chart shows the ${shownInChart} busiest services; the table lists them all.`)}</p>`
      : nothing;
  return figure(view, 'services', title, html`${summary}`, html`${barChart(bars)}${more}`, table(title, head, cells));
}

function channelsFigure(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const top = largest(stats.volumeByChannel, (row) => row.count);
  const minimum = view.number(PUBLIC_STATS_MIN_COUNT);
  const way = top && channelLabel(view, top.channel);
  const complaints = top && count(view, top.count);
  const summary = top
    ? m('service-dashboard.channels-summary', str`Most used: ${way} (${complaints}).`)
    : m('service-dashboard.channels-summary-none', str`Each way had fewer than ${minimum} complaints in this period.`);
  const title = m('service-dashboard.channels-heading', 'How complaints were made');
  const bars: Bar[] = stats.volumeByChannel.map((row) => ({ label: channelLabel(view, row.channel), value: row.count, text: count(view, row.count) }));
  const head = [m('service-dashboard.channel', 'Way'), m('service-dashboard.complaints', 'Complaints')];
  return figure(view, 'channels', title, summary, barChart(bars), table(title, head, bars.map((bar) => [bar.label, bar.text])));
}

/** The ministries side by side, on an all-ministries dashboard: the share each resolved within target, and all their figures in the table. */
function ministriesFigure(view: View, stats: PublicStats): TemplateResult {
  const { m } = view;
  const names = ministryNames(view, stats);
  const best = largest(stats.byMinistry, (row) => row.resolvedWithinTargetShare);
  const ministry = best && names(best.ministryId);
  const within = best && share(view, best.resolvedWithinTargetShare);
  const summary = best
    ? view.rich('service-dashboard.ministries-summary', str`Highest share resolved within the target time: ${ministry} (${within}).`)
    : m('service-dashboard.ministries-summary-none', 'No ministry resolved enough complaints in this period to compare them.');
  const title = m('service-dashboard.ministries-heading', 'Resolved within the target time, by ministry');
  const bars: Bar[] = stats.byMinistry.map((row) => ({
    label: names(row.ministryId),
    value: row.resolvedWithinTargetShare,
    text: share(view, row.resolvedWithinTargetShare),
  }));
  const head = [
    m('service-dashboard.ministry', 'Ministry'),
    m('service-dashboard.received', 'Received'),
    m('service-dashboard.resolved', 'Resolved'),
    m('service-dashboard.within-target', 'Resolved within the target time'),
    m('service-dashboard.first-reply', 'Typical time to a first reply'),
    m('service-dashboard.satisfied', 'Satisfied with how their complaint was handled'),
  ];
  const rows = stats.byMinistry.map((row) => [
    names(row.ministryId),
    count(view, row.received),
    count(view, row.resolved),
    share(view, row.resolvedWithinTargetShare),
    duration(view, row.medianFirstResponseHours),
    share(view, row.satisfiedShare),
  ]);
  return figure(view, 'ministries', title, html`${summary}`, barChart(bars, 1), table(title, head, rows));
}

/** A ministry's name by id, marked with its language, from the figures' own list. */
export function ministryNames(view: View, stats: PublicStats): (id: string) => unknown {
  const byId = new Map<string, LocalizedText>(stats.ministries.map((ministry) => [ministry.id, ministry.name]));
  return (id) => {
    const name = byId.get(id);
    return name ? view.text(name) : id;
  };
}

function ratingLabel({ m }: View, rating: number): string {
  switch (rating) {
    case 5:
      return m('service-dashboard.rating.very-satisfied', 'Very satisfied');
    case 4:
      return m('service-dashboard.rating.satisfied', 'Satisfied');
    case 3:
      return m('service-dashboard.rating.neither', 'Neither satisfied nor dissatisfied');
    case 2:
      return m('service-dashboard.rating.dissatisfied', 'Dissatisfied');
    default:
      return m('service-dashboard.rating.very-dissatisfied', 'Very dissatisfied');
  }
}

function channelLabel({ m }: View, channel: Channel): string {
  switch (channel) {
    case 'web':
      return m('service-dashboard.channel.web', 'Online');
    case 'phone':
      return m('service-dashboard.channel.phone', 'By phone');
    case 'email':
      return m('service-dashboard.channel.email', 'By email');
    case 'walk_in':
      return m('service-dashboard.channel.walk-in', 'In person');
    case 'social':
      return m('service-dashboard.channel.social', 'On social media');
  }
}
