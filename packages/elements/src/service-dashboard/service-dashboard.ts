import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import type { PublicStats } from '@civic-contact/contract';
import { StatsResource, type BaseClient } from '@civic-contact/sdk';
import { CivicElement } from '../base/civic-element.ts';
import { errorSummary, stepTitle } from '../base/error-summary.ts';
import { heading } from '../base/heading.ts';
import { Task } from '../base/task.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { CivicStatsLoadedEvent } from '../events/civic-stats-loaded-event.ts';
import { asError, failureOf, type Failure } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';
import { figuresView, ministryNames, periodText } from './figures-view.ts';
import { failureText } from './messages.ts';
import { todayIn } from '../shared/time-zone.ts';
import { PERIOD_WEEKS, periodOf, periodWeeks, type PeriodWeeks } from './model.ts';
import { serviceDashboardStyles } from './service-dashboard.styles.ts';

/**
 * How the contact centre is doing, in public: complaints received and resolved, the share
 * resolved within the target time, the typical time to a first reply and how satisfied
 * people were, for the weeks the reader chooses; then each week, the services and the ways
 * complaints were made, each as a chart with a sentence saying what it shows and a table of
 * its figures. A ministry's own page shows its figures (`ministry` unset); a central page
 * every ministry's together and side by side (`ministry="all"`).
 *
 * Every figure counted from fewer than 5 complaints or ratings is held back by the contact
 * centre and shown as "Fewer than 5", so that no citizen can be singled out. The charts
 * are plain SVG, hidden from screen readers, which read the sentence and the table; they
 * print, tables open. Inside a `<civic-contact-provider>` it uses the shared client and
 * locale; on its own it takes `api-base` and `site-key`.
 *
 * ```html
 * <civic-service-dashboard weeks="12"></civic-service-dashboard>
 * <civic-service-dashboard ministry="all" weeks="52"></civic-service-dashboard>
 * ```
 *
 * @slot help - The ministry's own words under the figures: how they are counted, where to find more.
 *
 * @fires civic-step - It moved between saying the figures could not be shown (`event.step` is `failed`, the title "Error: …") and showing them (`figures`), with the heading (`event.title`).
 * @fires civic-stats-loaded - The figures of a period have been loaded and are shown (`event.stats`).
 * @fires civic-error - The figures could not be loaded (`event.operation` is `load-stats`; `event.kind` is `not-found` for a `ministry` the contact centre does not know, `rate-limited`, `network` or `server`), or the page set the element up wrongly (`event.kind` is `configuration`: a key the contact centre refuses, an unusable `api-base` or `site-key`, no connection; `event.operation` is `configure`, `load-catalogue` or `load-stats`), which the console explains once and the reader sees as whom to contact instead.
 *
 * @csspart base - The element's root container (carries `lang` and `dir`).
 * @csspart dashboard - The heading, the period and the figures.
 * @csspart period - The ministry or ministries and the dates the figures cover.
 * @csspart period-form - The choice of period, with its "Show figures" button.
 * @csspart period-select - The list of periods.
 * @csspart show-button - The "Show figures" button.
 * @csspart loading - "Loading the figures…", before the first figures come.
 * @csspart figures - The headline figures.
 * @csspart chart - Each figure: its heading, its sentence, its chart and its table.
 * @csspart table-toggle - "Show the figures as a table", and the table it opens.
 * @csspart too-few - In place of the figures when fewer than 5 complaints were made in the period.
 * @csspart error-summary - Why the figures could not be loaded.
 * @csspart retry-button - "Try again", after a network or server failure.
 * @csspart help - Wraps the `help` slot.
 * @csspart unavailable - In place of the figures when the page set the element up wrongly: "This service is not available on this page", and whom to contact.
 *
 * @cssprop [--civic-service-dashboard-max-width=60rem] - Widest the element grows.
 * @cssprop [--civic-service-dashboard-bar=var(--civic-color-primary)] - Colour of the bars (satisfaction, services, ways, ministries).
 * @cssprop [--civic-service-dashboard-received=var(--civic-color-surface-muted)] - Fill of the complaints received each week (the wide, outlined columns).
 * @cssprop [--civic-service-dashboard-received-line=var(--civic-color-text-secondary)] - Outline of the complaints received each week.
 * @cssprop [--civic-service-dashboard-resolved=var(--civic-color-primary)] - Colour of the complaints resolved each week (the narrow, solid columns).
 * @cssprop [--civic-service-dashboard-figure-background=var(--civic-color-surface-muted)] - Background of each headline figure.
 */
@customElement('civic-service-dashboard')
export class CivicServiceDashboard extends CivicElement {
  static override styles = serviceDashboardStyles;

  /**
   * Whose figures: empty for the ministry of the site key, a ministry's id (e.g. `health`)
   * for another's, `all` for every ministry together and side by side.
   */
  @property({ attribute: 'ministry' }) ministryId = '';

  /** The period first shown, in weeks up to `to`: 4, 12, 26 or 52 (another number is taken as the nearest). The reader can choose another. */
  @property({ type: Number }) weeks = 12;

  /**
   * The last day shown (`YYYY-MM-DD`), e.g. the end of a published quarter; today on the
   * ministry's calendar unless said.
   */
  @property() to = '';

  /** The period the reader chose, over `weeks`. */
  @state() private chosen: PeriodWeeks | undefined = undefined;
  @state() private failure: Failure | undefined = undefined;

  readonly #stats = new Task<PublicStats>(this);
  /** What the figures shown, or on their way, were asked for, and with which client. */
  #asked = '';
  #askedOf: BaseClient | undefined;
  /** The reader chose the period: say when its figures are shown. */
  #announce = false;

  get #weeks(): PeriodWeeks {
    return this.chosen ?? periodWeeks(this.weeks);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.client;
    const catalogue = this.catalogue;
    // The ministry's calendar says what "today" is: wait for it, unless it cannot come.
    if (!client || catalogue.status === 'idle' || catalogue.status === 'loading') return;
    const zone = this.ministry?.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const to = /^\d{4}-\d{2}-\d{2}$/.test(this.to) ? this.to : todayIn(zone);
    const asked = `${this.ministryId.trim()} ${this.#weeks} ${to}`;
    if (asked === this.#asked && client === this.#askedOf) return;
    this.#asked = asked;
    this.#askedOf = client;
    void this.#load(client, to);
  }

  protected override render(): TemplateResult {
    const view = this.view();
    return this.frame(
      html`${this.misconfiguration.notice() ?? this.#dashboard(view)}
        <div class="help" part="help"><slot name="help"></slot></div>`,
    );
  }

  #dashboard(view: View): TemplateResult {
    const { m } = view;
    const stats = this.#stats.value;
    const all = this.ministryId.trim() === 'all';
    const title = all ? m('service-dashboard.heading-all', 'Government services in figures') : m('service-dashboard.heading', 'Our service in figures');
    let content: unknown;
    if (this.failure) content = this.#failureView(view, this.failure);
    else if (stats) content = figuresView(view, stats);
    else content = html`<p class="loading" part="loading">${m('service-dashboard.loading', 'Loading the figures…')}</p>`;
    // "Error:" before the title while the figures cannot be shown, as the other widgets say a failure; the region is named by the title alone.
    return html`<section class="dashboard" part="dashboard" aria-labelledby="dashboard-name" aria-busy=${this.#stats.pending ? 'true' : 'false'}>
      ${heading(view.level, stepTitle(view, this.failure !== undefined, 'dashboard-name', title), { id: 'dashboard-title', step: this.failure ? 'failed' : 'figures' })}
      ${stats && !this.failure ? html`<p class="period" part="period">${this.#coverage(view, stats)}</p>` : nothing}
      ${this.#periodForm(view)} ${content}
    </section>`;
  }

  /** Whose figures, and the dates: "Ministry of Health, 15 September – 6 December 2026". */
  #coverage(view: View, stats: PublicStats): unknown {
    const dates = periodText(view, stats.period);
    if (stats.ministryId === null) return view.m('service-dashboard.coverage-all', str`All ministries, ${dates}`);
    const name = ministryNames(view, stats)(stats.ministryId);
    return view.rich('service-dashboard.coverage', str`${name}, ${dates}`);
  }

  #periodForm(view: View): TemplateResult {
    const { m } = view;
    const label = (weeks: PeriodWeeks): string => {
      switch (weeks) {
        case 4:
          return m('service-dashboard.period-4', 'The last 4 weeks');
        case 12:
          return m('service-dashboard.period-12', 'The last 12 weeks');
        case 26:
          return m('service-dashboard.period-26', 'The last 26 weeks');
        case 52:
          return m('service-dashboard.period-52', 'The last 52 weeks');
      }
    };
    return html`<form class="period-form" part="period-form" @submit=${this.#onChoose}>
      <label for="period">${m('service-dashboard.period-label', 'Period')}</label>
      <div class="period-row">
        <select id="period" name="period" part="period-select">
          ${PERIOD_WEEKS.map((weeks) => html`<option value=${weeks} ?selected=${weeks === this.#weeks}>${label(weeks)}</option>`)}
        </select>
        <button id="show" class="button button--secondary" part="show-button" type="submit">${m('service-dashboard.show', 'Show figures')}</button>
      </div>
    </form>`;
  }

  #failureView(view: View, failure: Failure): TemplateResult {
    const retryable = failure.kind !== 'not-found';
    return errorSummary(view, {
      id: 'error-summary',
      title: view.m('service-dashboard.failed-title', 'The figures could not be shown'),
      body: html`<p>${failureText(view, failure)}</p>`,
      after: retryable
        ? html`<button class="button button--secondary retry" part="retry-button" type="button" @click=${this.#onRetry}>
            ${view.m('service-dashboard.retry', 'Try again')}
          </button>`
        : nothing,
    });
  }

  #onChoose = (event: SubmitEvent): void => {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem('period') as HTMLSelectElement;
    this.chosen = periodWeeks(Number(select.value));
    this.#announce = true;
    // Asked again even for the period shown: the reader pressed the button, and the figures may have moved on.
    this.#asked = '';
    this.requestUpdate();
  };

  #onRetry = (): void => {
    // The summary, and this button with it, goes while the figures load: keep focus in the form.
    this.moveFocus.next('#show');
    this.#announce = true;
    this.#asked = '';
    this.failure = undefined;
  };

  async #load(client: BaseClient, to: string): Promise<void> {
    const { m } = this.view();
    const ministry = this.ministryId.trim();
    const query = { ...periodOf(this.#weeks, to), ...(ministry ? { ministry } : {}) };
    if (this.#announce) this.announcer.announce(m('service-dashboard.loading', 'Loading the figures…'));
    try {
      const stats = await this.#stats.run((signal) => client.use(StatsResource).public(query, { signal }));
      if (!stats) return;
      this.failure = undefined;
      if (this.#announce) {
        const dates = periodText(this.view(), stats.period);
        this.announcer.announce(m('service-dashboard.loaded', str`Figures shown for ${dates}`));
      }
      this.#announce = false;
      this.dispatchEvent(new CivicStatsLoadedEvent(stats));
    } catch (error) {
      const asked = this.#announce;
      this.#announce = false;
      if (this.misconfiguration.take(error, 'load-stats')) return this.announcer.clear();
      this.failure = failureOf(error);
      this.announcer.clear();
      // Focus moves only when the reader asked; a page that has just opened keeps it where it is (the summary is an alert).
      if (asked) this.moveFocus.next('#error-summary');
      this.dispatchEvent(new CivicErrorEvent(asError(error), 'load-stats'));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-service-dashboard': CivicServiceDashboard;
  }
}
