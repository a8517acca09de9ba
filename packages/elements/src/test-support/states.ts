/**
 * Each widget brought to each of its main states, in any shipped locale or in a ministry's
 * own (`acf`, Saint Lucian Kwéyòl, from the example site's file through the provider's
 * `strings-src`), always the same
 * way: the same contact centre at the same moment, the same answers, the same references.
 * The accessibility-tree snapshots (`<widget>/<widget>.a11y.test.ts`) compare what a screen
 * reader hears in each; any test that needs a widget in one of these states can use them.
 *
 * ```ts
 * const form = await COMPLAINT_FORM_STATES['check-answers']('fr');
 * ```
 *
 * Every driver mounts the widget inside a provider in a page landmark (`place`, taken away
 * after the test), waits until it speaks the locale, starts the citizen on it (so the later
 * steps' code is there), acts as a citizen would, and waits for the state to show.
 * No tests of its own; left out of the package build.
 */
import { html, type TemplateResult } from 'lit';
import type { ComplaintCreateRequest } from '@civic-contact/contract';
import type { RandomBytes } from '@civic-contact/core';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import { createClient } from '@civic-contact/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/provider.ts';
import '../complaint-form/complaint-form.ts';
import '../ticket-status/ticket-status.ts';
import '../callback-request/callback-request.ts';
import '../faq-search/faq-search.ts';
import '../service-dashboard/service-dashboard.ts';
import { getLocale, shippedLocaleFor } from '../i18n/localization.ts';
import { $, $$, click, startOn, text, typeInto, type Widget } from './dom.ts';
import { focused, place, sleep, until } from './fixtures.ts';
import { choose, pressContinue, type } from '../complaint-form/test-fixtures.ts';

/** The locales the elements ship, each snapshotted in every state. */
export const SHIPPED_STATE_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
/** A shipped locale, or the ministry's own Kwéyòl. */
export type StateLocale = (typeof SHIPPED_STATE_LOCALES)[number] | 'acf';
/** Every locale each state is brought to: the shipped ones and the ministry's Kwéyòl. */
export const STATE_LOCALES: readonly StateLocale[] = [...SHIPPED_STATE_LOCALES, 'acf'];

/** Brings a widget to one state in `locale`, and gives it back there. */
export type StateDriver = (locale: StateLocale) => Promise<Widget>;

/** The widgets whose states are driven here, by folder name. */
export type WidgetName = 'complaint-form' | 'ticket-status' | 'callback-request' | 'faq-search' | 'service-dashboard';

/**
 * The moment every contact centre here stands at: Tuesday 24 November 2026, 15:00 UTC
 * (10:00 in New York, the transport ministry's centre, open), as in the callback tests.
 */
export const STATE_NOW = '2026-11-24T15:00:00Z';

/** The citizen's time zone in every state (the page's, and the callback request's `time-zone`). */
export const STATE_TIME_ZONE = 'Europe/London';

/**
 * Where a ministry's own Kwéyòl (Saint Lucian Creole, `acf`) is: the example site's file of
 * every string, given to the provider by `strings-src` as a ministry adds a locale the
 * elements do not ship (README, "In the ministry's own words and languages").
 * Demonstration wording, not reviewed by a speaker.
 */
export const KWEYOL_SRC = '/examples/ministry-site/strings/acf.json';

/* ------------------------------------------------------------------ the contact centre */

/** The same bytes every run (a linear congruential generator), so that references are the same too. */
function repeatableBytes(seedValue = 20261124): RandomBytes {
  let state = seedValue >>> 0;
  return (n) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };
}

/** A contact centre with the demo seed at {@link STATE_NOW}, whose clock a driver can move on. */
export interface StateCentre {
  mock: MockContactCentre;
  /** Moves the contact centre's clock on by `minutes`. */
  advance(minutes: number): void;
}

/** The mock contact centre every state starts from: the demo seed, a fixed moment (or an earlier `start`), repeatable references. */
export async function createStateCentre(start = STATE_NOW): Promise<StateCentre> {
  let now = Date.parse(start);
  const mock = await createMockContactCentre({ now: () => new Date(now), randomBytes: repeatableBytes() });
  return { mock, advance: (minutes) => (now += minutes * 60_000) };
}

/* ------------------------------------------------------------------ mounting */

/**
 * Renders `widget` (its element's template) inside a provider speaking `locale`, waits until
 * `ready` holds and the widget speaks the locale, and starts the citizen on it.
 */
async function mountIn<T extends Widget>(options: {
  name: WidgetName;
  centre: StateCentre;
  ministry: string;
  locale: StateLocale;
  widget: TemplateResult;
  ready: (el: T) => boolean;
  later: () => Promise<unknown>;
}): Promise<T> {
  const { mock } = options.centre;
  const container = place(
    html`<civic-contact-provider
      api-base=${mock.baseUrl}
      site-key=${mock.keys.site[options.ministry]!}
      lang=${options.locale}
      .fetch=${mock.fetch}
      strings-src=${options.locale === 'acf' ? KWEYOL_SRC : ''}
    >
      ${options.widget}
    </civic-contact-provider>`,
  );
  const el = container.querySelector<T>(`civic-${options.name}`)!;
  const shipped = shippedLocaleFor(options.locale);
  await until(() => getLocale() === shipped, `the strings of ${shipped}`);
  await until(
    () => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === options.locale && options.ready(el),
    `<civic-${options.name}> ready in ${options.locale}`,
  );
  await startOn(el, options.later);
  return el;
}

/** Waits for `selector` in the widget's shadow root, then for the render. */
async function untilShown(el: Widget, selector: string, what: string = selector): Promise<void> {
  await until(() => el.shadowRoot!.querySelector(selector) !== null, what);
  await el.updateComplete;
}

/** Waits until focus is on the element with `id` in the widget. */
async function untilFocused(el: Widget, id: string): Promise<void> {
  await until(() => {
    const now = focused();
    return now?.id === id && el.shadowRoot!.contains(now);
  }, `focus on #${id}`);
}

/* ------------------------------------------------------------------ <civic-complaint-form> */

/** The civil registry's short service: a topic, a question, and the citizen's contact. */
const ENQUIRY = 'civil-registry-enquiry';

async function mountComplaintForm(locale: StateLocale, service = ''): Promise<Widget> {
  const centre = await createStateCentre();
  return mountIn({
    name: 'complaint-form',
    centre,
    ministry: 'civil-registry',
    locale,
    widget: html`<civic-complaint-form service=${service} track-url="/track.html"></civic-complaint-form>`,
    ready: (el) => el.shadowRoot?.querySelector(service ? '[data-field="subject"]' : 'input[name="service"]') !== null,
    later: () => import('../complaint-form/later.ts'),
  });
}

async function complaintFormToCheckAnswers(locale: StateLocale): Promise<Widget> {
  const form = await mountComplaintForm(locale, ENQUIRY);
  await type(form, 'subject', 'How to register a birth abroad');
  await type(form, 'description', 'My son was born in Spain last month. What do I need to register his birth here?');
  await choose(form, 'answers.topic', 'register_birth');
  await type(form, 'answers.question', 'Which documents do I need to bring?');
  await type(form, 'citizen.email', 'amira@example.com');
  // The FAQs that may answer it come after a pause in typing: let them come, as for a citizen.
  await sleep(600);
  await pressContinue(form);
  await untilShown(form, '[part="check-answers"]', 'the check-answers step');
  await untilFocused(form, 'cf-check-title');
  return form;
}

/** `<civic-complaint-form>` for the civil registry: choosing a service, the form, its errors, checking, and sent. */
export const COMPLAINT_FORM_STATES: Record<string, StateDriver> = {
  'service-picker': (locale) => mountComplaintForm(locale),
  form: (locale) => mountComplaintForm(locale, ENQUIRY),
  'form-errors': async (locale) => {
    const form = await mountComplaintForm(locale, ENQUIRY);
    await pressContinue(form);
    await untilShown(form, '#cf-error-summary', 'the error summary');
    await untilFocused(form, 'cf-error-summary');
    return form;
  },
  'check-answers': complaintFormToCheckAnswers,
  confirmation: async (locale) => {
    const form = await complaintFormToCheckAnswers(locale);
    $<HTMLButtonElement>(form, '[part="submit-button"]').click();
    await untilShown(form, '[part="reference"]', 'the confirmation');
    await untilFocused(form, 'cf-done-title');
    return form;
  },
};

/* ------------------------------------------------------------------ <civic-ticket-status> */

/** The health ministry's complaint the status is looked up for, made an hour before the lookup. */
function healthComplaint(): ComplaintCreateRequest {
  return {
    service: 'health-clinic-services',
    subject: 'Waited five hours at the clinic',
    description: 'I arrived at 8am with my daughter and we were only seen after 1pm.',
    answers: { clinic: 'castries', visit_date: '2026-11-21', issues: ['long_wait'], details: 'Nobody told us how long the wait would be.' },
    citizen: { name: 'Ana Joseph', email: 'ana@example.com', phone: '+17585550123' },
    locale: 'en',
  };
}

async function mountTicketStatus(locale: StateLocale, centre?: StateCentre): Promise<Widget> {
  return mountIn({
    name: 'ticket-status',
    centre: centre ?? (await createStateCentre()),
    ministry: 'health',
    locale,
    widget: html`<civic-ticket-status></civic-ticket-status>`,
    ready: (el) => text(el.shadowRoot?.querySelector('#reference-hint')).includes('MOH-'),
    later: () => import('../ticket-status/later.ts'),
  });
}

/** `<civic-ticket-status>` for the health ministry: the form, its errors, and a complaint found with a note from the team. */
export const TICKET_STATUS_STATES: Record<string, StateDriver> = {
  form: (locale) => mountTicketStatus(locale),
  'form-errors': async (locale) => {
    const el = await mountTicketStatus(locale);
    await click($(el, '#submit'));
    await untilShown(el, '#error-summary', 'the error summary');
    await untilFocused(el, 'error-summary');
    return el;
  },
  result: async (locale) => {
    const centre = await createStateCentre();
    const { mock } = centre;
    const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site['health']!, fetch: mock.fetch });
    const { reference } = await client.complaints.create(healthComplaint());
    centre.advance(90);
    const moved = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}/status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${mock.keys.secret['health']!}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'in_progress', note: 'We have asked the clinic for its records of your visit.' }),
    });
    if (!moved.ok) throw new Error(`The agent could not move ${reference}: ${moved.status} ${await moved.text()}`);
    centre.advance(60);
    const el = await mountTicketStatus(locale, centre);
    await typeInto($<HTMLInputElement>(el, '#reference'), reference);
    await typeInto($<HTMLInputElement>(el, '#verifier'), 'ana@example.com');
    await click($(el, '#submit'));
    await untilShown(el, '#result-heading', 'the result');
    await untilFocused(el, 'result-heading');
    await until(() => text(el.shadowRoot!.querySelector('[role="status"]')) !== '', 'the result announced');
    return el;
  },
  /** A resolved complaint, and the citizen has just said how satisfied they are with how it was handled. */
  rated: async (locale) => {
    const centre = await createStateCentre();
    const { mock } = centre;
    const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site['health']!, fetch: mock.fetch });
    const { reference } = await client.complaints.create(healthComplaint());
    centre.advance(90);
    const resolved = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}/status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${mock.keys.secret['health']!}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'resolved', note: 'The clinic now gives each patient a waiting time on arrival.' }),
    });
    if (!resolved.ok) throw new Error(`The agent could not resolve ${reference}: ${resolved.status} ${await resolved.text()}`);
    centre.advance(60);
    const el = await mountTicketStatus(locale, centre);
    await typeInto($<HTMLInputElement>(el, '#reference'), reference);
    await typeInto($<HTMLInputElement>(el, '#verifier'), 'ana@example.com');
    await click($(el, '#submit'));
    await untilShown(el, '#satisfaction-4', 'the question');
    await click($(el, '#satisfaction-4'));
    await typeInto($<HTMLTextAreaElement>(el, '#satisfaction-comment'), 'Clear and quick.');
    await click($(el, '[part~="satisfaction-button"]'));
    await untilShown(el, '#satisfaction-given', 'the answer given');
    await untilFocused(el, 'satisfaction-given');
    return el;
  },
};

/* ------------------------------------------------------------------ <civic-callback-request> */

/** A transport service that takes callbacks. */
const DRIVING_TEST = 'transport-driving-test';

async function mountCallbackRequest(locale: StateLocale): Promise<Widget> {
  const el = await mountIn({
    name: 'callback-request',
    centre: await createStateCentre(),
    ministry: 'transport',
    locale,
    widget: html`<civic-callback-request service=${DRIVING_TEST} time-zone=${STATE_TIME_ZONE}></civic-callback-request>`,
    ready: (el) => el.shadowRoot?.querySelector('#cb-form-title') !== null,
    later: () => Promise.all([import('../callback-request/later.ts'), import('../callback-request/phone-library.ts')]),
  });
  // "As soon as possible" says whether the centre is open once it has asked.
  await until(() => el.shadowRoot!.querySelector('.loading') === null && !/…/.test(text(el.shadowRoot!.querySelector('[part~="asap-status"]'))), 'the opening status');
  await el.updateComplete;
  return el;
}

/** `<civic-callback-request>` for the transport ministry's driving tests: the form, the calendar, the errors, and booked. */
export const CALLBACK_REQUEST_STATES: Record<string, StateDriver> = {
  form: mountCallbackRequest,
  calendar: async (locale) => {
    const el = await mountCallbackRequest(locale);
    await click($(el, '#cb-when-slot'));
    await untilShown(el, '[part~="days"]', 'the list of days');
    await until(() => $$(el, 'input[name="slot"]').length > 0, 'the free times of the first day');
    await el.updateComplete;
    return el;
  },
  'form-errors': async (locale) => {
    const el = await mountCallbackRequest(locale);
    await click($(el, '#cb-submit'));
    await untilShown(el, '#cb-error-summary', 'the error summary');
    await untilFocused(el, 'cb-error-summary');
    return el;
  },
  confirmation: async (locale) => {
    const el = await mountCallbackRequest(locale);
    await click($(el, '#cb-when-asap'));
    await typeInto($<HTMLInputElement>(el, '#cb-name'), 'Maria');
    await typeInto($<HTMLInputElement>(el, '#cb-phone'), '(212) 555-0142');
    await typeInto($<HTMLTextAreaElement>(el, '#cb-reason'), 'My test was cancelled');
    await el.updateComplete;
    await click($(el, '#cb-submit'));
    await untilShown(el, '[part~="reference"]', 'the confirmation');
    await untilFocused(el, 'cb-done-title');
    return el;
  },
};

/* ------------------------------------------------------------------ <civic-faq-search> */

/** Words that find three of the civil registry's answers (an apostille, translations, a copy), in the language of its FAQs. */
function apostilleQuery(locale: StateLocale): string {
  return locale === 'ar' ? 'أبوستيل' : 'apostille';
}

async function mountFaqSearch(locale: StateLocale): Promise<Widget> {
  return mountIn({
    name: 'faq-search',
    centre: await createStateCentre(),
    ministry: 'civil-registry',
    locale,
    widget: html`<civic-faq-search complaint-href="/complaint.html" callback-href="/callback.html"></civic-faq-search>`,
    ready: (el) => el.shadowRoot?.querySelector('#faq-input') !== null,
    later: () => import('../faq-search/later.ts'),
  });
}

/** Types `query` into the search box and waits until questions are offered for it. */
async function searchFor(el: Widget, query: string): Promise<void> {
  $<HTMLInputElement>(el, '#faq-input').focus();
  await sendKeys({ type: query });
  await until(
    () => $$(el, '#faq-listbox:not([hidden]) [role="option"]').length > 0 && el.shadowRoot!.querySelector('[part="searching"]') === null,
    `questions offered for "${query}"`,
  );
  await el.updateComplete;
}

/** `<civic-faq-search>` for the civil registry: every result for a search, and one answer open. */
export const FAQ_SEARCH_STATES: Record<string, StateDriver> = {
  results: async (locale) => {
    const el = await mountFaqSearch(locale);
    await searchFor(el, apostilleQuery(locale));
    await sendKeys({ press: 'Enter' });
    await untilShown(el, '#faq-results-title', 'the results');
    await untilFocused(el, 'faq-results-title');
    return el;
  },
  answer: async (locale) => {
    const el = await mountFaqSearch(locale);
    await searchFor(el, apostilleQuery(locale));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await untilShown(el, '.answer__body', 'the answer');
    await untilFocused(el, 'faq-answer-title');
    return el;
  },
};

/* ------------------------------------------------------------------ <civic-service-dashboard> */

/** The weeks of complaints behind the dashboard's figures: six, up to {@link STATE_NOW}. */
const FIGURE_WEEKS = 6;

/**
 * Six weeks of a contact centre's work, the same every run, for the health and transport
 * ministries: each day at 09:00 a complaint or two (online, by phone, by email), answered at
 * 11:00 the next working day, most resolved three days after they came (a few late), and
 * most of those resolved rated the day after, mostly satisfied. Made through the contact
 * centre's own API, with the ministries' secret keys and the citizen's verifier, as agents
 * and citizens would; kept for every state and locale (the states only read it).
 */
let figuresCentre: Promise<StateCentre> | undefined;
export function createFiguresCentre(): Promise<StateCentre> {
  figuresCentre ??= (async () => {
    const centre = await createStateCentre(new Date(Date.parse(STATE_NOW) - FIGURE_WEEKS * 7 * 86_400_000).toISOString());
    const { mock } = centre;
    /** POSTs `body` as the ministry's agent, or, given the `verifier`, as the citizen. */
    const send = async (path: string, ministry: string, body: unknown, verifier?: string) => {
      const key: Record<string, string> = verifier
        ? { 'X-Site-Key': mock.keys.site[ministry]!, 'X-Civic-Verifier': verifier }
        : { Authorization: `Bearer ${mock.keys.secret[ministry]!}` };
      const response = await mock.fetch(`${mock.baseUrl}${path}`, { method: 'POST', headers: { ...key, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { reference?: string };
    };
    const answers: Record<string, Record<string, unknown>> = {
      'health-clinic-services': { clinic: 'castries', visit_date: '2026-10-01', issues: ['long_wait'], details: 'We waited five hours.' },
      'health-hospital-waiting-times': { hospital: 'castries_general', department: 'emergency', visit_date: '2026-10-01', details: 'We waited all night.' },
      'health-urgent-care': { urgent_issue: 'medicine', details: 'The pharmacy had run out.' },
      'transport-bus-service': { issue: 'late', route: '1A', incident_date: '2026-10-01', details: 'The bus came an hour late.' },
    };
    const plans = [
      { ministry: 'health', services: ['health-clinic-services', 'health-clinic-services', 'health-hospital-waiting-times', 'health-urgent-care'] },
      { ministry: 'transport', services: ['transport-bus-service'] },
    ];
    const channels = ['web', 'web', 'phone', 'web', 'email'] as const;
    const made: { ministry: string; reference: string; day: number; n: number }[] = [];
    let n = 0;
    for (let day = 0; day < FIGURE_WEEKS * 7; day++) {
      // The day's work: the complaints of the day (at 09:00 on the centre's clock, from the start at 15:00 UTC), then the agents', then the citizens'.
      for (const [p, plan] of plans.entries()) {
        const count = (day + p) % 3 === 0 ? 2 : (day + p) % 4 === 0 ? 0 : 1;
        for (let i = 0; i < count; i++, n++) {
          const service = plan.services[n % plan.services.length]!;
          const { reference } = await send('/v1/complaints', plan.ministry, {
            service,
            answers: answers[service],
            subject: `Complaint ${n + 1}`,
            description: 'Made for the dashboard states.',
            citizen: { name: `Citizen ${n + 1}`, email: `citizen${n}@example.com` },
            channel: channels[n % channels.length],
            locale: 'en',
          });
          made.push({ ministry: plan.ministry, reference: reference!, day, n });
        }
      }
      centre.advance(60);
      for (const ticket of made) {
        const age = day - ticket.day;
        if (age === 1) await send(`/v1/agent/tickets/${ticket.reference}/status`, ticket.ministry, { status: 'in_progress', note: 'We are looking into it.' });
        // Most resolved on the third day; every seventh on the ninth (after its target).
        const resolveOn = ticket.n % 7 === 0 ? 9 : 3;
        if (age === resolveOn && ticket.n % 5 !== 4) await send(`/v1/agent/tickets/${ticket.reference}/status`, ticket.ministry, { status: 'resolved', note: 'Done.' });
        if (age === resolveOn + 1 && ticket.n % 5 !== 4 && ticket.n % 3 !== 2) {
          const rating = [5, 4, 4, 5, 2, 3, 5, 1][ticket.n % 8]!;
          await send(`/v1/tickets/${ticket.reference}/satisfaction`, ticket.ministry, { rating }, `citizen${ticket.n}@example.com`);
        }
      }
      centre.advance(23 * 60);
    }
    return centre;
  })();
  return figuresCentre;
}

/** The last day of every dashboard state's period: the day of {@link STATE_NOW}. */
export const FIGURES_TO = STATE_NOW.slice(0, 10);

async function mountDashboard(locale: StateLocale, options: { ministry?: string; centre?: StateCentre; fetch?: typeof fetch } = {}): Promise<Widget> {
  const centre = options.centre ?? (await createFiguresCentre());
  const el = await mountIn({
    name: 'service-dashboard',
    centre: options.fetch ? { ...centre, mock: { ...centre.mock, fetch: options.fetch } } : centre,
    ministry: 'health',
    locale,
    widget: html`<civic-service-dashboard ministry=${options.ministry ?? ''} to=${FIGURES_TO} weeks="12"></civic-service-dashboard>`,
    ready: (el) => el.shadowRoot?.querySelector('[part~="period"], [part~="too-few"], [part~="error-summary"]') !== null,
    later: async () => undefined,
  });
  await el.updateComplete;
  return el;
}

/** `<civic-service-dashboard>`: the health ministry's figures, its tables open, every ministry's, a period with too few complaints, and the figures out of reach. */
export const SERVICE_DASHBOARD_STATES: Record<string, StateDriver> = {
  figures: (locale) => mountDashboard(locale),
  tables: async (locale) => {
    const el = await mountDashboard(locale);
    for (const summary of $$(el, '[part~="table-toggle"] > summary')) await click(summary);
    await el.updateComplete;
    return el;
  },
  'all-ministries': (locale) => mountDashboard(locale, { ministry: 'all' }),
  'too-few': async (locale) => mountDashboard(locale, { centre: await createStateCentre() }),
  unreachable: async (locale) => {
    const centre = await createFiguresCentre();
    const offline: typeof fetch = async (input, init) => {
      const url = new Request(input, init).url;
      if (url.includes('/v1/stats/')) throw new TypeError('Failed to fetch');
      return centre.mock.fetch(input, init);
    };
    return mountDashboard(locale, { centre, fetch: offline });
  },
};

/** Every widget's states, by folder name. */
export const STATES: Record<WidgetName, Record<string, StateDriver>> = {
  'complaint-form': COMPLAINT_FORM_STATES,
  'ticket-status': TICKET_STATUS_STATES,
  'callback-request': CALLBACK_REQUEST_STATES,
  'faq-search': FAQ_SEARCH_STATES,
  'service-dashboard': SERVICE_DASHBOARD_STATES,
};
