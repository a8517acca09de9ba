import { expect } from 'chai';
import { html } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './service-dashboard.ts';
import type { CivicServiceDashboard } from './service-dashboard.ts';
import type { CivicStatsLoadedEvent } from '../events/civic-stats-loaded-event.ts';
import { $, $$, click, text } from '../test-support/dom.ts';
import { focused, place, recordErrors, recordingFetch, recordSteps, until } from '../test-support/fixtures.ts';
import { periodOf, periodWeeks } from './model.ts';
import { todayIn } from '../shared/time-zone.ts';

/*
 * A week of the health ministry's work, small enough to count by hand. Monday 16 November
 * 2026, 09:00 in Saint Lucia (13:00 UTC): seven complaints about hospital waiting times, five
 * online and two by phone. At 11:00 the first five are answered (a first reply after 2 hours
 * each); the next day they are resolved, well within their target, and their citizens rate
 * how they were handled: 5, 5, 4, 2 and 1.
 *   received 7, resolved 5, within target 100%, median first reply 2 hours,
 *   satisfied (4 or 5) 3 of 5 = 60%, each rating fewer than 5, online 5, phone fewer than 5.
 */
const START = '2026-11-16T13:00:00Z';
const TO = '2026-11-24';
const SERVICE = 'health-hospital-waiting-times';
const RATINGS = [5, 5, 4, 2, 1];

interface Centre {
  mock: MockContactCentre;
  advance(minutes: number): void;
}

async function centreWithAWeek(): Promise<Centre> {
  let now = Date.parse(START);
  const mock = await createMockContactCentre({ now: () => new Date(now) });
  const post = async (path: string, body: unknown, key: Record<string, string>) => {
    const response = await mock.fetch(`${mock.baseUrl}${path}`, { method: 'POST', headers: { ...key, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.ok, `${path}: ${response.status} ${await response.clone().text()}`).to.equal(true);
    return (await response.json()) as { reference: string };
  };
  const agent = { Authorization: `Bearer ${mock.keys.secret['health']!}` };
  const references: string[] = [];
  for (let i = 0; i < 7; i++) {
    const { reference } = await post(
      '/v1/complaints',
      {
        service: SERVICE,
        subject: 'Waited all night',
        description: 'We waited in the emergency department all night.',
        answers: { hospital: 'castries_general', department: 'emergency', visit_date: '2026-11-15', details: 'No one told us why.' },
        citizen: { name: `Citizen ${i + 1}`, email: `citizen${i}@example.com` },
        channel: i < 5 ? 'web' : 'phone',
      },
      agent,
    );
    references.push(reference);
  }
  now += 120 * 60_000;
  for (const reference of references.slice(0, 5)) await post(`/v1/agent/tickets/${reference}/status`, { status: 'in_progress', note: 'Looking into it.' }, agent);
  now += 24 * 3_600_000;
  for (const reference of references.slice(0, 5)) await post(`/v1/agent/tickets/${reference}/status`, { status: 'resolved', note: 'Answered.' }, agent);
  now += 3_600_000;
  for (const [i, rating] of RATINGS.entries()) {
    await post(`/v1/tickets/${references[i]}/satisfaction`, { rating }, { 'X-Site-Key': mock.keys.site['health']!, 'X-Civic-Verifier': `citizen${i}@example.com` });
  }
  return { mock, advance: (minutes) => (now += minutes * 60_000) };
}

async function mount(
  centre: Centre,
  options: { ministry?: string; weeks?: number; lang?: string; fetch?: typeof fetch; updateTitle?: boolean } = {},
): Promise<CivicServiceDashboard> {
  const { mock } = centre;
  const container = place(html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${mock.keys.site['health']!} lang=${options.lang ?? 'en'} .fetch=${options.fetch ?? mock.fetch}>
    <civic-service-dashboard ministry=${options.ministry ?? ''} weeks=${options.weeks ?? 4} to=${TO} ?update-title=${options.updateTitle ?? false}></civic-service-dashboard>
  </civic-contact-provider>`);
  const el = container.querySelector('civic-service-dashboard')!;
  await until(() => el.shadowRoot?.querySelector('[part~="period"], [part~="too-few"], [part~="error-summary"]') !== null, 'the figures, or why there are none');
  await el.updateComplete;
  return el;
}

/** The headline figures, term to value. */
function headline(el: HTMLElement): Record<string, string> {
  return Object.fromEntries($$(el, '.kpi').map((kpi) => [text(kpi.querySelector('dt')), text(kpi.querySelector('.kpi-value'))]));
}

/** The figure headed `title`. */
function figureOf(el: HTMLElement, title: string): HTMLElement {
  const found = $$(el, '[part~="chart"]').find((figure) => text(figure.querySelector('.heading')) === title);
  expect(found, `a figure headed "${title}"`).to.exist;
  return found!;
}

/** A figure's table, row by row, cell by cell. */
function tableOf(figure: HTMLElement): string[][] {
  return [...figure.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => text(cell)));
}

describe('<civic-service-dashboard>: the period', () => {
  it('takes the offered period nearest to the one asked for, and 12 weeks for anything unreadable', () => {
    expect([1, 4, 7, 8, 9, 12, 19, 20, 40, 52, 500].map(periodWeeks)).to.deep.equal([4, 4, 4, 4, 12, 12, 12, 26, 52, 52, 52]);
    expect([0, -3, Number.NaN].map(periodWeeks)).to.deep.equal([12, 12, 12]);
  });

  it('counts whole weeks up to and including the last day', () => {
    expect(periodOf(4, '2026-11-24')).to.deep.equal({ from: '2026-10-28', to: '2026-11-24' });
    expect(periodOf(12, '2026-11-24')).to.deep.equal({ from: '2026-09-02', to: '2026-11-24' });
    expect(periodOf(52, '2026-03-01')).to.deep.equal({ from: '2025-03-03', to: '2026-03-01' });
  });

  it("knows today on the ministry's calendar, not the browser's", () => {
    // 02:30 UTC on 1 December is still 30 November in Saint Lucia (UTC−4), already 1 December in Tokyo.
    const at = new Date('2026-12-01T02:30:00Z');
    expect(todayIn('America/St_Lucia', at)).to.equal('2026-11-30');
    expect(todayIn('Asia/Tokyo', at)).to.equal('2026-12-01');
  });
});

describe('<civic-service-dashboard>: a ministry', () => {
  const errors = recordErrors();
  const steps = recordSteps('Performance – Ministry of Health');

  it('shows the figures counted by hand, a figure under 5 as "Fewer than 5", never as a number', async () => {
    const centre = await centreWithAWeek();
    const el = await mount(centre);
    expect(text($(el, '#dashboard-title'))).to.equal('Our service in figures');
    expect(text($(el, '[part~="period"]'))).to.equal('Ministry of Health and Wellness, October 28 – November 24, 2026');
    expect(headline(el)).to.deep.equal({
      'Complaints received': '7',
      'Complaints resolved': '5',
      'Resolved within the target time': '100%',
      'Typical time to a first reply': '2 hours',
      'Satisfied with how their complaint was handled': '60%',
    });
    expect(text($(el, '.kpi:last-child .kpi-note'))).to.equal('Answers: 5');

    const weekly = figureOf(el, 'Complaints each week');
    expect(text(weekly.querySelector('.summary'))).to.equal(
      'Received in the period: 7. Resolved: 5. The busiest week began on November 16, 2026, with 7 received.',
    );
    expect(tableOf(weekly)).to.deep.equal([
      ['Week beginning', 'Received', 'Resolved'],
      ['October 26, 2026', 'Fewer than 5', 'Fewer than 5'],
      ['November 2, 2026', 'Fewer than 5', 'Fewer than 5'],
      ['November 9, 2026', 'Fewer than 5', 'Fewer than 5'],
      ['November 16, 2026', '7', '5'],
      ['November 23, 2026', 'Fewer than 5', 'Fewer than 5'],
    ]);
    // One week drawn: its two columns; the others dashed stubs.
    expect(weekly.querySelectorAll('rect.received:not(.suppressed), rect.resolved:not(.suppressed)').length).to.equal(2);
    expect(weekly.querySelectorAll('rect.suppressed').length).to.equal(8);

    const satisfaction = figureOf(el, 'How satisfied people were');
    expect(text(satisfaction.querySelector('.summary'))).to.equal(
      'Of the people who said how satisfied they were with how their complaint was handled (5), 60% were satisfied or very satisfied.',
    );
    expect(tableOf(satisfaction)).to.deep.equal([
      ['Answer', 'People'],
      ['Very satisfied', 'Fewer than 5'],
      ['Satisfied', 'Fewer than 5'],
      ['Neither satisfied nor dissatisfied', 'Fewer than 5'],
      ['Dissatisfied', 'Fewer than 5'],
      ['Very dissatisfied', 'Fewer than 5'],
    ]);
    expect(satisfaction.querySelectorAll('rect.suppressed').length).to.equal(5);

    const services = figureOf(el, 'Complaints by service');
    expect(text(services.querySelector('.summary'))).to.equal('Most complaints were about: Hospital waiting times (7).');
    expect(tableOf(services)[1]).to.deep.equal(['Hospital waiting times', '7']);
    expect(tableOf(services).slice(2).every(([, count]) => count === 'Fewer than 5')).to.equal(true);

    const channels = figureOf(el, 'How complaints were made');
    expect(text(channels.querySelector('.summary'))).to.equal('Most used: Online (5).');
    expect(tableOf(channels)).to.deep.equal([
      ['Way', 'Complaints'],
      ['Online', '5'],
      ['By phone', 'Fewer than 5'],
      ['By email', 'Fewer than 5'],
      ['In person', 'Fewer than 5'],
      ['On social media', 'Fewer than 5'],
    ]);
    // No ministries side by side on a ministry's own dashboard.
    expect($$(el, '[part~="chart"]').map((figure) => text(figure.querySelector('.heading')))).to.deep.equal([
      'Complaints each week',
      'How satisfied people were',
      'Complaints by service',
      'How complaints were made',
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('asks for the period the reader chooses, by keyboard, says when its figures are shown, and fires civic-stats-loaded', async () => {
    const centre = await centreWithAWeek();
    const { fetch, requests } = recordingFetch(centre.mock.fetch);
    const loaded: CivicStatsLoadedEvent[] = [];
    const onLoaded = (event: CivicStatsLoadedEvent) => loaded.push(event);
    document.addEventListener('civic-stats-loaded', onLoaded);
    after(() => document.removeEventListener('civic-stats-loaded', onLoaded));
    const el = await mount(centre, { fetch });
    const asked = () => requests.filter((r) => r.path === '/v1/stats/public').length;
    expect(asked()).to.equal(1);
    await until(() => loaded.length === 1, 'the first figures loaded');
    expect(loaded[0]!.stats.period).to.include({ from: '2026-10-28', to: TO });

    $<HTMLSelectElement>(el, '#period').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#period').value).to.equal('12');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('show');
    await sendKeys({ press: 'Enter' });
    await until(() => loaded.length === 2, 'the figures of 12 weeks');
    expect(loaded[1]!.stats.period).to.include({ from: '2026-09-02', to: TO });
    await until(() => text(el.shadowRoot!.querySelector('[role="status"]')).startsWith('Figures shown for'), 'the figures announced');
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Figures shown for September 2 – November 24, 2026');
    expect(text($(el, '[part~="period"]'))).to.equal('Ministry of Health and Wellness, September 2 – November 24, 2026');
    // The reader stays where they were.
    expect(focused()?.id).to.equal('show');
    expect(asked()).to.equal(2);
  });

  it('opens each table by keyboard', async () => {
    const el = await mount(await centreWithAWeek());
    const toggle = $<HTMLDetailsElement>(el, '[part~="table-toggle"]');
    expect(toggle.open).to.equal(false);
    toggle.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle.open).to.equal(true);
    expect(toggle.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  it('says why there are no figures when fewer than 5 complaints came in the period', async () => {
    let now = Date.parse('2026-11-24T15:00:00Z');
    const mock = await createMockContactCentre({ now: () => new Date(now) });
    const el = await mount({ mock, advance: (minutes) => (now += minutes * 60_000) });
    expect(text($(el, '[part~="too-few"]'))).to.equal(
      'Fewer than 5 complaints were made in this period, so there are no figures to show. Choose a longer period.',
    );
    expect($$(el, '[part~="chart"], .kpis')).to.deep.equal([]);
  });

  it('says when the figures cannot be had, and Try again brings them', async () => {
    const centre = await centreWithAWeek();
    let offline = true;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (offline && new Request(input, init).url.includes('/v1/stats/')) throw new TypeError('Failed to fetch');
      return centre.mock.fetch(input, init);
    };
    const el = await mount(centre, { fetch, updateTitle: true });
    expect(text($(el, '#error-summary-title'))).to.equal('The figures could not be shown');
    await until(() => document.title === 'Error: Our service in figures – Performance – Ministry of Health', 'the page title saying the error');
    expect(text($(el, '#error-summary [role="alert"]'))).to.contain('We could not reach the contact centre to get the figures');
    expect(errors.map((e) => [e.operation, e.kind])).to.deep.equal([['load-stats', 'network']]);
    expect(text($(el, '#dashboard-title'))).to.equal('Error: Our service in figures');
    offline = false;
    await click($(el, '[part~="retry-button"]'));
    await until(() => el.shadowRoot!.querySelector('.kpis') !== null, 'the figures');
    expect(headline(el)['Complaints received']).to.equal('7');
    expect(focused()?.id).to.equal('show');
    expect(text($(el, '#dashboard-title'))).to.equal('Our service in figures');
    expect(steps.map((step) => [step.step, step.title])).to.deep.equal([
      ['failed', 'Our service in figures'],
      ['figures', 'Our service in figures'],
    ]);
    expect(document.title).to.equal('Performance – Ministry of Health');
  });

  it('tells a ministry the contact centre does not know from a failure, with nothing to try again', async () => {
    const el = await mount(await centreWithAWeek(), { ministry: 'no-such-ministry' });
    expect(text($(el, '#error-summary [role="alert"]'))).to.contain('There are no published figures for this ministry');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(errors.map((e) => [e.operation, e.kind])).to.deep.equal([['load-stats', 'not-found']]);
  });

  it('draws from the right in Arabic, its words and numbers in Arabic', async () => {
    const el = await mount(await centreWithAWeek(), { lang: 'ar' });
    await until(() => text($(el, '#dashboard-title')) === 'خدمتنا بالأرقام', 'the Arabic heading');
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, 'svg.bar')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(headline(el)['الشكاوى المستلمة']).to.equal(new Intl.NumberFormat('ar').format(7));
  });

  it('prints its figures with every table, without the controls', async () => {
    const el = await mount(await centreWithAWeek());
    const shown = () => $$(el, '[part~="table-toggle"] table').map((table) => table.checkVisibility());
    expect(shown(), 'on screen, each table behind its toggle').to.deep.equal([false, false, false, false]);
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part~="period-form"]')).display).to.equal('none');
      expect(shown(), 'printed, every table').to.deep.equal([true, true, true, true]);
      expect($(el, '[part~="period-form"]').checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown(), 'back on screen').to.deep.equal([false, false, false, false]);
  });
});

describe('<civic-service-dashboard ministry="all">', () => {
  it("shows every ministry's figures together and side by side, each named", async () => {
    const centre = await centreWithAWeek();
    const { fetch, requests } = recordingFetch(centre.mock.fetch);
    const el = await mount(centre, { ministry: 'all', fetch });
    const asked = requests.find((r) => r.path === '/v1/stats/public');
    expect(asked).to.exist;
    expect(text($(el, '#dashboard-title'))).to.equal('Government services in figures');
    expect(text($(el, '[part~="period"]'))).to.equal('All ministries, October 28 – November 24, 2026');
    expect(headline(el)['Complaints received']).to.equal('7');
    const ministries = figureOf(el, 'Resolved within the target time, by ministry');
    expect(text(ministries.querySelector('.summary'))).to.equal('Highest share resolved within the target time: Ministry of Health and Wellness (100%).');
    const rows = tableOf(ministries);
    expect(rows[0]).to.deep.equal([
      'Ministry',
      'Received',
      'Resolved',
      'Resolved within the target time',
      'Typical time to a first reply',
      'Satisfied with how their complaint was handled',
    ]);
    expect(rows.find((row) => row[0] === 'Ministry of Health and Wellness')).to.deep.equal([
      'Ministry of Health and Wellness',
      '7',
      '5',
      '100%',
      '2 hours',
      '60%',
    ]);
    expect(rows.find((row) => row[0] === 'Ministry of Transport')).to.deep.equal([
      'Ministry of Transport',
      'Fewer than 5',
      'Fewer than 5',
      'Too few to show',
      'Too few to show',
      'Too few to show',
    ]);
    // The services' table names each service's ministry.
    expect(tableOf(figureOf(el, 'Complaints by service'))[0]).to.deep.equal(['Service', 'Ministry', 'Complaints']);
  });
});
