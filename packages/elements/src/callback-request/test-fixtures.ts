/**
 * Shared fixtures of the `<civic-callback-request>` tests: a mock contact centre at a fixed
 * moment, the element mounted inside a provider, and ways to act on it as a person would.
 * It has no tests of its own and is left out of the package build.
 */
import { expect } from 'chai';
import { html } from 'lit';
import type { TemplateMap } from '@lit/localize';
import { createClient } from '@civic-contact/sdk';
import type { CallbackSlots } from '@civic-contact/contract';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './callback-request.ts';
import type { CivicCallbackRequest } from './callback-request.ts';
import { getLocale } from '../i18n/localization.ts';
import { templates as callbackArabic } from '../i18n/locales/ar/callback-request.ts';
import { templates as sharedArabic } from '../i18n/locales/ar/shared.ts';
import { $, $$, click, startOn as startOnWidget, text, typeInto } from '../test-support/dom.ts';
import { arabicOf, place, type Lang, focused, until } from '../test-support/fixtures.ts';

export { $, $$, click, text, typeInto } from '../test-support/dom.ts';
export { expectAccessible, focused, problem, until } from '../test-support/fixtures.ts';
export { LANGS, type Lang } from '../test-support/fixtures.ts';

/** The Arabic this element can show: its own strings and those shared by every element. */
export const arabic: TemplateMap = { ...sharedArabic, ...callbackArabic };

/**
 * Moments the tests stand at, New York time (the transport ministry's centre, open
 * 08:00–18:00 on weekdays and 09:00–13:00 on Saturdays, closed on Thanksgiving, Thursday
 * 26 November 2026).
 */
export const NOW = {
  /** Tuesday 24 November 2026, 10:00 in New York: open, Thanksgiving two days later. */
  open: '2026-11-24T15:00:00Z',
  /** Monday 23 November 2026, 22:00 in New York: closed until 08:00 the next morning. */
  closed: '2026-11-24T03:00:00Z',
} as const;

export const TRANSPORT = 'transport';
/** A transport service that takes callbacks. */
export const DRIVING_TEST = 'transport-driving-test';
export const DRIVING_TEST_NAME = 'Driving test bookings and results';
/** A transport service that takes no callbacks (the roads team needs a complaint). */
export const ROAD_DEFECTS = 'transport-road-defects';
/** The citizen's own zone in most tests, five hours ahead of New York in November. */
export const LONDON = 'Europe/London';
export const NEW_YORK = 'America/New_York';

/** Arabic words to assert on: a template's fixed text, or its longest fixed piece. */
export const { text: arabicText, phrase: arabicPhrase } = arabicOf(arabic);

/** Words the citizen sees, in each language. */
export function words(lang: Lang) {
  const en = lang === 'en';
  const pick = (english: string, id: string) => (en ? english : arabicPhrase(id));
  return {
    title: pick('Request a callback', 'callback-request.form-title'),
    pickerLegend: pick('What would you like us to call you about?', 'callback-request.picker-title'),
    continue: pick('Continue', 'callback-request.continue'),
    problem: pick('There is a problem', 'shared.error-summary-title'),
    asap: pick('As soon as possible', 'callback-request.asap'),
    chooseTime: pick('At a time I choose', 'callback-request.choose-time'),
    openNow: pick('The contact centre is open now', 'callback-request.asap-open'),
    closedNow: pick('The contact centre is closed now', 'callback-request.asap-closed'),
    closed: pick('Closed', 'callback-request.day-closed'),
    full: pick('Full', 'callback-request.slot-full'),
    whenMissing: pick('Select when you would like us to call you', 'callback-request.error.when'),
    slotMissing: pick('Select a time for your callback', 'callback-request.error.slot'),
    nameMissing: pick('Enter your name', 'callback-request.error.name'),
    phoneMissing: pick('Enter the phone number we should call', 'callback-request.error.phone'),
    reasonMissing: pick('Tell us what you would like to talk about', 'callback-request.error.reason'),
    tooShort: pick('The phone number is too short', 'callback-request.error.phone-too-short'),
    notInCountry: pick('This is not a phone number in', 'callback-request.error.phone-not-valid-country'),
    needsCountryCode: pick('Enter the phone number with its country code', 'callback-request.error.phone-country-code'),
    submit: pick('Request callback', 'callback-request.submit'),
    sending: pick('Booking…', 'callback-request.submitting'),
    unreachable: pick('We could not reach the contact centre, so your callback is not booked yet', 'callback-request.book-unreachable'),
    server: pick('The contact centre is not working properly', 'callback-request.server'),
    tooMany: pick('There have been too many attempts', 'callback-request.rate-limited'),
    retry: pick('Try again', 'callback-request.retry'),
    taken: pick('Someone else has just booked the last place at', 'callback-request.error.slot-taken'),
    nearest: pick('The nearest free times', 'callback-request.suggestions-title'),
    booked: pick('Callback booked', 'callback-request.done-title'),
    cancelThis: pick('Cancel this callback', 'callback-request.cancel-this'),
    cancelTitle: pick('Cancel a callback', 'callback-request.cancel-title'),
    cancelConfirm: pick('Are you sure you want to cancel your callback?', 'callback-request.cancel-confirm-title'),
    cancelled: pick('Callback cancelled', 'callback-request.cancelled-title'),
    notFound: pick('We could not find a callback with that reference and phone number', 'callback-request.cancel-not-found'),
    referenceWrong: pick('The reference is not right', 'shared.reference-check-suggestion'),
    referenceBadCharacter: pick('which is never used in references', 'shared.reference-bad-character'),
    referenceMissing: pick('Enter your callback reference', 'callback-request.error.reference'),
    yourTime: pick('your time', 'callback-request.slot-two-zones'),
    timeTo: pick(' to ', 'callback-request.time-range'),
    notOffered: pick('We cannot call you back about', 'callback-request.not-offered'),
  };
}

/** A contact centre standing at `now`. */
export function createMock(now: string = NOW.open): Promise<MockContactCentre> {
  return createMockContactCentre({ now: () => new Date(now) });
}

/** Options of {@link mount}. */
export interface MountOptions {
  mock: MockContactCentre;
  lang?: Lang;
  service?: string;
  mode?: 'book' | 'cancel';
  /** The citizen's zone; London unless said. */
  timeZone?: string;
  defaultCountry?: string;
  fetch?: typeof globalThis.fetch;
  /** On its own, with api-base and site-key, rather than inside a provider. */
  standalone?: boolean;
  /** Left as a page shows it: the citizen has not started on it, so nothing it fetches then has been fetched. */
  untouched?: boolean;
}

/** The element on the page, once its catalogue (and the strings of its language) have loaded. */
export async function mount(options: MountOptions): Promise<CivicCallbackRequest> {
  const { mock } = options;
  const lang = options.lang ?? 'en';
  const element = html`<civic-callback-request
    service=${options.service ?? ''}
    mode=${options.mode ?? 'book'}
    time-zone=${options.timeZone ?? LONDON}
    default-country=${options.defaultCountry ?? ''}
    api-base=${options.standalone ? mock.baseUrl : ''}
    site-key=${options.standalone ? mock.keys.site[TRANSPORT]! : ''}
    lang=${options.standalone ? lang : ''}
    .fetch=${options.standalone ? (options.fetch ?? mock.fetch) : undefined}
  ></civic-callback-request>`;
  const container = place(
    options.standalone
      ? element
      : html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${mock.keys.site[TRANSPORT]!} lang=${lang} .fetch=${options.fetch ?? mock.fetch}>
          ${element}
        </civic-contact-provider>`,
  );
  const el = container.querySelector('civic-callback-request')!;
  await until(() => Boolean(el.shadowRoot?.querySelector('h2')), 'the element to show its first step');
  await until(() => getLocale() === lang, 'the strings of the language');
  if (options.untouched) await el.updateComplete;
  else await startOn(el);
  return el;
}

/**
 * The citizen starts on the form (focus enters it), which fetches the later steps and the
 * phone-number library; waits until they have come, so that a button then acts at once, as
 * it does for a citizen who took a moment to read and type.
 */
export function startOn(el: CivicCallbackRequest): Promise<void> {
  return startOnWidget(el, () => Promise.all([import('./later.ts'), import('./phone-library.ts')]));
}

/** Waits for the calendar of free times (after choosing "At a time I choose"). */
export async function untilCalendar(el: CivicCallbackRequest): Promise<void> {
  await until(() => el.shadowRoot!.querySelector('[part~="days"]') !== null, 'the list of days');
  await el.updateComplete;
}

/** Waits until "As soon as possible" says whether the centre is open. */
export async function untilAsapKnown(el: CivicCallbackRequest): Promise<void> {
  await until(() => !el.shadowRoot!.querySelector('#cb-form-title') || el.shadowRoot!.querySelector('.loading') === null && !/…/.test(text(el.shadowRoot!.querySelector('[part~="asap-status"]'))), 'the opening status');
  await el.updateComplete;
}

/** Fills the booking form with valid answers, choosing the slot starting at `start` (or as soon as possible). */
export async function fillForm(
  el: CivicCallbackRequest,
  answers: { start?: string; name?: string; phone?: string; reason?: string } = {},
): Promise<void> {
  await untilAsapKnown(el);
  if (answers.start) {
    await click($(el, '#cb-when-slot'));
    await untilCalendar(el);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: NEW_YORK }).format(new Date(answers.start));
    await click($(el, `#cb-day-${date}`));
    await el.updateComplete;
    await click($(el, `input[name="slot"][value="${answers.start}"]`));
  } else {
    await click($(el, '#cb-when-asap'));
  }
  await typeInto($<HTMLInputElement>(el, '#cb-name'), answers.name ?? 'Maria');
  await typeInto($<HTMLInputElement>(el, '#cb-phone'), answers.phone ?? '(212) 555-0142');
  await typeInto($<HTMLTextAreaElement>(el, '#cb-reason'), answers.reason ?? 'Test cancelled');
  await el.updateComplete;
}

export function summary(el: CivicCallbackRequest): string {
  return text(el.shadowRoot!.querySelector('#cb-error-summary'));
}

/** Words as `text` reads them on the page: a no-break space (which a translation may keep) is a space. */
function asRead(words: string): string {
  return words.replace(/\s+/g, ' ');
}

export async function untilSummary(el: CivicCallbackRequest, words: string): Promise<void> {
  const said = asRead(words);
  await until(() => summary(el).includes(said), `the error summary to say "${said}" (it says "${summary(el)}")`);
  await el.updateComplete;
}

/** GOV.UK's pattern: the summary has focus, and the field carries the same message inline, tied to it. */
export function expectFieldError(el: CivicCallbackRequest, field: string, words: string): void {
  expect(focused()?.id, 'focus').to.equal('cb-error-summary');
  const inline = text(el.shadowRoot!.querySelector(`#cb-${field}-error`));
  expect(inline, `the message at ${field}`).to.include(asRead(words));
  // A box's link names it; a group's moves to its option (checked, else the first), so it is found by its words.
  const link = $$<HTMLAnchorElement>(el, '#cb-error-summary a').find((a) => a.getAttribute('href') === `#cb-${field}` || (text(a) !== '' && inline.endsWith(text(a))));
  expect(link, `a summary link to ${field}`).to.exist;
  expect(inline).to.include(text(link));
  const control = el.shadowRoot!.querySelector(`#cb-${field}`);
  if (control) {
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(control.getAttribute('aria-describedby')!.split(' ')).to.include(`cb-${field}-error`);
  }
}

/** The slots listing as the API gives it, for choosing times in the tests. */
export async function listing(mock: MockContactCentre, service = DRIVING_TEST, from?: string): Promise<CallbackSlots> {
  const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site[TRANSPORT]!, fetch: mock.fetch });
  return client.callbacks.slots({ service, days: 7, ...(from ? { from } : {}) });
}

/** Other citizens, each with their own phone and device, book the slot starting at `start` until `left` places remain. */
export async function fillSlot(mock: MockContactCentre, start: string, left = 0): Promise<void> {
  const citizen = await mock.centre.authenticate({ siteKey: mock.keys.site[TRANSPORT]! });
  const days = (await listing(mock)).days;
  const slot = days.flatMap((day) => day.slots).find((candidate) => candidate.start === start);
  if (!slot) throw new Error(`No slot starts at ${start}`);
  for (let i = slot.remaining; i > left; i--) {
    const body = {
      service: DRIVING_TEST,
      name: `Someone ${i}`,
      phone: `+1212555${String(i).padStart(4, '0')}`,
      locale: 'en',
      reason: 'Filling the slot',
      schedule: { type: 'slot', start },
    };
    await mock.centre.createCallback(citizen, body, null, { clientId: `someone-${i}` });
  }
}

/** The mock's fetch, recording bookings and cancellations, and able to fail them as a network or server would. */
export function instrumentedFetch(mock: MockContactCentre) {
  const state = {
    /** Idempotency-Key of every booking attempt. */
    keys: [] as string[],
    bookings: 0,
    cancels: 0,
    slotLoads: 0,
    /** What bookings meet: the mock, a dropped connection, a lost answer, or a prepared answer. */
    booking: 'pass' as 'pass' | 'offline' | 'lost-answer' | 'hold',
    bookingAnswer: undefined as (() => Response) | undefined,
    cancelAnswer: undefined as (() => Response) | undefined,
    slotsAnswer: undefined as (() => Response) | undefined,
    /** Resolves held bookings. */
    release: undefined as (() => void) | undefined,
    /** Runs before a booking reaches the mock: another citizen acting meanwhile. */
    beforeBooking: undefined as (() => Promise<void>) | undefined,
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/v1/callbacks') {
      state.bookings += 1;
      state.keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (state.bookingAnswer) return state.bookingAnswer();
      if (state.booking === 'offline') throw new TypeError('Failed to fetch');
      if (state.booking === 'hold') await new Promise<void>((resolve) => (state.release = resolve));
      if (state.beforeBooking) {
        const act = state.beforeBooking;
        state.beforeBooking = undefined;
        await act();
      }
      const response = await mock.fetch(request);
      if (state.booking === 'lost-answer') throw new TypeError('Failed to fetch');
      return response;
    }
    if (request.method === 'DELETE' && path.startsWith('/v1/callbacks/')) {
      state.cancels += 1;
      if (state.cancelAnswer) return state.cancelAnswer();
    }
    if (path === '/v1/callbacks/slots') {
      state.slotLoads += 1;
      if (state.slotsAnswer) return state.slotsAnswer();
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

/** Waits for the confirmation and gives the reference it shows. */
export async function untilBooked(el: CivicCallbackRequest): Promise<string> {
  await until(() => el.shadowRoot!.querySelector('[part~="reference"]') !== null, 'the confirmation');
  return text(el.shadowRoot!.querySelector('[part~="reference"]'));
}

/** The places the contact centre still has in the slot starting at `start`. */
export async function remainingIn(mock: MockContactCentre, start: string): Promise<number> {
  const { days } = await listing(mock);
  return days.flatMap((day) => day.slots).find((slot) => slot.start === start)!.remaining;
}
