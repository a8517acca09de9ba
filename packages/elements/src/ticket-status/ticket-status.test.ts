import { expect } from 'chai';
import { html, nothing, render, type TemplateResult } from 'lit';
import axe from 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateMap } from '@lit/localize';
import { createClient } from '@civic-contact/sdk';
import type { Ticket } from '@civic-contact/contract';
import { seed } from '@civic-contact/core/seed';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './ticket-status.ts';
import type { CivicTicketStatus } from './ticket-status.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import { CivicStatusLoadedEvent } from '../events/civic-status-loaded-event.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import { templates as ticketStatusArabic } from '../i18n/locales/ar/ticket-status.ts';
import { templates as sharedArabic } from '../i18n/locales/ar/shared.ts';
import { arabicOf, expectArabicForEveryString, expectReferenceSpoken, onOneLine, namedForms, recordSteps, spelledOut, until as pollUntil } from '../test-support/fixtures.ts';
import { spokenReference } from '../shared/spoken-reference.ts';
import { $, click, text, typeInto } from '../test-support/dom.ts';
import { EMAIL, fileComplaint, HEALTH_SITE_KEY, PHONE } from './test-fixtures.ts';

/** The Arabic this element can show: its own strings and those shared by every element. */
const arabic: TemplateMap = { ...sharedArabic, ...ticketStatusArabic };

/* ------------------------------------------------------------------ fixtures */

const HEALTH_SECRET_KEY = 'sk_test_health';
/** A well-formed MOH reference that no complaint has. */
const UNKNOWN_REFERENCE = 'MOH-7K3D-9QX6';

/** An Arabic template's fixed text, each value shown as `…`. */
const { text: arabicText } = arabicOf(arabic);

/** Words a citizen sees, in each language, to assert on. */
const WORDS = {
  en: {
    heading: 'Check the status of your complaint',
    summaryTitle: 'There is a problem',
    referenceMissing: 'Enter your complaint reference',
    verifierMissing: 'Enter the email address or phone number you gave when you made the complaint',
    neverUsed: 'which is never used in references',
    length: 'A reference has 8 letters and numbers',
    didYouMean: 'did you mean',
    notRight: 'a character may be mistyped',
    wrongPrefix: 'References here start with',
    notFound: 'We could not find a complaint with that reference and email or phone',
    tooMany: 'You have tried too many times. Try again',
    unreachable: 'We could not reach the contact centre',
    server: 'The contact centre is not working properly',
    retry: 'Try again',
    inProgress: 'Being looked into',
    awaiting: 'Waiting for your reply',
    awaitingExplained: 'We need something from you before we can carry on',
    received: 'Complaint received',
    team: 'Team:',
    checkAnother: 'Check another complaint',
  },
  ar: {
    heading: arabicText('ticket-status.heading'),
    summaryTitle: arabicText('shared.error-summary-title'),
    referenceMissing: arabicText('ticket-status.reference-missing'),
    verifierMissing: arabicText('ticket-status.verifier-missing'),
    neverUsed: 'لا يُستخدم أبدًا في الأرقام المرجعية',
    length: 'يتكوّن الرقم المرجعي من ثمانية حروف وأرقام',
    didYouMean: 'فهل تقصد',
    notRight: 'ربما كُتب أحد الحروف خطأً',
    wrongPrefix: 'تبدأ الأرقام المرجعية هنا بالحروف',
    notFound: arabicText('ticket-status.not-found'),
    tooMany: 'لقد حاولت مرات كثيرة. حاول مرة أخرى',
    unreachable: 'تعذّر الوصول إلى مركز الاتصال',
    server: 'مركز الاتصال لا يعمل كما ينبغي',
    retry: arabicText('ticket-status.retry'),
    inProgress: arabicText('ticket-status.status.in-progress'),
    awaiting: arabicText('ticket-status.status.awaiting-citizen'),
    awaitingExplained: arabicText('ticket-status.explain.awaiting-citizen'),
    received: arabicText('ticket-status.timeline-created'),
    team: 'الفريق:',
    checkAnother: arabicText('ticket-status.check-another'),
  },
} as const;

type Lang = keyof typeof WORDS;
const LANGS: readonly Lang[] = ['en', 'ar'];

/** An agent moves the ticket on with a public note (secret keys are refused in a browser SDK, so the raw API). */
async function moveTicket(mock: MockContactCentre, reference: string, status: string, note: string): Promise<void> {
  const response = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}/status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${HEALTH_SECRET_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status, note }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
}

/** The mock's fetch, counting the ticket lookups that reach it, and able to fail as a network or server would. */
function instrumentedFetch(mock: MockContactCentre) {
  const state = {
    lookups: 0,
    offline: false,
    answer: undefined as (() => Response) | undefined,
    /** While set, lookups wait for it: the element stays in its "checking" state. */
    hold: undefined as Promise<void> | undefined,
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const isLookup = new URL(request.url).pathname.startsWith('/v1/tickets/');
    if (isLookup) {
      state.lookups += 1;
      await state.hold;
      if (state.offline) throw new TypeError('Failed to fetch');
      if (state.answer) return state.answer();
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

/* ------------------------------------------------------------------ harness */

let mock: MockContactCentre;
let container: HTMLElement;

beforeEach(async () => {
  mock = await createMockContactCentre();
  container = document.createElement('main');
  document.body.append(container);
});

afterEach(() => container.remove());

/** The shared poll, held to this file's 5 s limit rather than the shared 10 s. */
function until(condition: () => boolean, what: string): Promise<void> {
  return pollUntil(condition, what, 5000);
}

interface Mounted {
  el: CivicTicketStatus;
  root: ShadowRoot;
  provider: CivicContactProvider | null;
}

/** Renders the template, then waits until the element speaks `lang` and shows the ministry's own example reference. */
async function mountTemplate(template: TemplateResult, lang: Lang): Promise<Mounted> {
  render(template, container);
  const el = container.querySelector('civic-ticket-status')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  await until(
    () => text(root.querySelector('#form-heading')) === WORDS[lang].heading && text(root.querySelector('#reference-hint')).includes('MOH-7K3D-9QX6'),
    `the form in ${lang} with the ministry's example`,
  );
  return { el, root, provider: container.querySelector('civic-contact-provider') };
}

function mount(lang: Lang, fetch: typeof globalThis.fetch = mock.fetch, reference = '', help = ''): Promise<Mounted> {
  return mountTemplate(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang=${lang} .fetch=${fetch}>
      <civic-ticket-status reference=${reference}>${help ? html`<p slot="help">${help}</p>` : nothing}</civic-ticket-status>
    </civic-contact-provider>`,
    lang,
  );
}

async function fillAndSubmit(m: Mounted, reference: string, verifier: string): Promise<void> {
  await typeInto($(m.el, '#reference') as HTMLInputElement, reference);
  await typeInto($(m.el, '#verifier') as HTMLInputElement, verifier);
  await click($(m.el, '#submit'));
}

function summary(m: Mounted): string {
  return text(m.root.querySelector('#error-summary'));
}

async function untilSummary(m: Mounted, what: string): Promise<void> {
  await until(() => summary(m).includes(what), `the error summary to say "${what}"`);
  await m.el.updateComplete;
}

async function untilResult(m: Mounted): Promise<void> {
  await until(() => m.root.querySelector('#result-heading') !== null, 'the result');
  await m.el.updateComplete;
}

async function expectAccessible(m: Mounted): Promise<void> {
  const results = await axe.run(m.el);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'axe violations',
  ).to.deep.equal([]);
}

/** GOV.UK's pattern: the summary has focus, and the field carries the same message inline, tied to it. */
function expectFieldError(m: Mounted, field: 'reference' | 'verifier', words: string): void {
  expect(m.root.activeElement?.id, 'focus').to.equal('error-summary');
  const input = $(m.el, `#${field}`);
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`${field}-error`);
  const inline = text(m.root.querySelector(`#${field}-error`));
  expect(inline).to.include(words);
  const link = [...m.root.querySelectorAll<HTMLAnchorElement>('#error-summary a')].find((a) => a.getAttribute('href') === `#${field}`);
  expect(link, `a summary link to ${field}`).to.exist;
  expect(inline).to.include(text(link));
}

function inLang(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

/* -------------------------------------------------------------------- tests */

for (const lang of LANGS) {
  const words = WORDS[lang];

  describe(`<civic-ticket-status> in ${lang}`, () => {
    it('starts with an empty form: labelled fields, hints, and a reference box made for Latin letters', async () => {
      const m = await mount(lang, mock.fetch, '', 'Call 0800 123 456.');
      const slot = m.root.querySelector<HTMLSlotElement>('slot[name="help"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call 0800 123 456.']);
      const root = $(m.el, '.root');
      expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle(root).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const form = $(m.el, 'form');
      expect(form.hasAttribute('novalidate')).to.equal(true);
      const reference = $(m.el, '#reference') as HTMLInputElement;
      expect(reference.value).to.equal('');
      expect(reference.dir).to.equal('ltr');
      expect(reference.getAttribute('autocapitalize')).to.equal('characters');
      expect(reference.getAttribute('autocomplete')).to.equal('off');
      expect(reference.getAttribute('spellcheck')).to.equal('false');
      expect(reference.getAttribute('inputmode')).to.equal('text');
      expect(m.root.querySelector('label[for="reference"]')).to.exist;
      expect(m.root.querySelector('label[for="verifier"]')).to.exist;
      expect(text(m.root.querySelector('#verifier-hint'))).to.not.equal('');
      expect(m.root.querySelector('#error-summary')).to.equal(null);
      await expectAccessible(m);
    });

    it('says which fields are missing, in a focused summary and beside each field, and sends nothing', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const m = await mount(lang, fetch);
      await click($(m.el, '#submit'));
      await untilSummary(m, words.referenceMissing);
      expect(summary(m)).to.include(words.summaryTitle);
      expectFieldError(m, 'reference', words.referenceMissing);
      expectFieldError(m, 'verifier', words.verifierMissing);
      expect(state.lookups).to.equal(0);
      await expectAccessible(m);

      // A summary link takes the citizen to the field.
      const link = m.root.querySelector<HTMLAnchorElement>('#error-summary a[href="#verifier"]')!;
      await click(link);
      expect(m.root.activeElement?.id).to.equal('verifier');
    });

    it('names the character that is never used in references, before any request', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, 'MOH-7K3D-9QXU', EMAIL);
      await untilSummary(m, words.neverUsed);
      const message = text(m.root.querySelector('#reference-error'));
      expect(message).to.include(`${inLang(lang, 8)} `);
      expect(message).to.include('MOH-');
      expect(message).to.match(/[“«]U[”»]/);
      expectFieldError(m, 'reference', words.neverUsed);
      expect(m.root.querySelector('#verifier-error')).to.equal(null);
      expect(state.lookups).to.equal(0);
      await expectAccessible(m);
    });

    it('says a reference of the wrong length is so, with an example in the ministry’s prefix', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, 'MOH-7K3D-9QX', EMAIL);
      await untilSummary(m, words.length);
      expectFieldError(m, 'reference', words.length);
      expect(text(m.root.querySelector('#reference-error'))).to.include('MOH-7K3D-9QX6');
      expect(state.lookups).to.equal(0);
      await expectAccessible(m);
    });

    it('catches a mistyped character with the check character, and suggests the likely one', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const m = await mount(lang, fetch);
      // MOH-7K3D-9QX6 with its D read as an O.
      await fillAndSubmit(m, 'MOH-7K3O-9QX6', EMAIL);
      await untilSummary(m, words.didYouMean);
      const message = text(m.root.querySelector('#reference-error'));
      expect(message).to.include(inLang(lang, 4));
      expect(message).to.match(/[“«]O[”»]/);
      expect(message).to.match(/[“«]D[”»]/);
      expectFieldError(m, 'reference', words.didYouMean);
      await expectAccessible(m);

      // No plausible single correction: it still says the reference is not right.
      await typeInto($(m.el, '#reference') as HTMLInputElement, 'MOH-7K5D-9QX6');
      await click($(m.el, '#submit'));
      await untilSummary(m, words.notRight);
      expect(state.lookups).to.equal(0);
      await expectAccessible(m);
    });

    it('refuses another ministry’s prefix before any request', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, 'MOT-7K3D-9QX6', EMAIL);
      await untilSummary(m, words.wrongPrefix);
      expect(text(m.root.querySelector('#reference-error'))).to.include('MOH');
      expect(state.lookups).to.equal(0);
      await expectAccessible(m);
    });

    it('says it is checking, and a second click while it checks sends nothing more', async () => {
      const reference = await fileComplaint(mock);
      const { fetch, state } = instrumentedFetch(mock);
      let release!: () => void;
      state.hold = new Promise((resolve) => (release = resolve));
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, reference, EMAIL);
      await until(() => state.lookups === 1, 'the lookup');
      await m.el.updateComplete;
      const submit = $(m.el, '#submit');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(text(m.root.querySelector('[role="status"]'))).to.not.equal('');
      await expectAccessible(m);
      await click(submit);
      await sendKeys({ press: 'Enter' });
      release();
      await untilResult(m);
      expect(state.lookups).to.equal(1);
    });

    it('answers an unknown reference and a wrong email alike, without saying which', async () => {
      const reference = await fileComplaint(mock);
      const { fetch, state } = instrumentedFetch(mock);
      const errors: CivicErrorEvent[] = [];
      container.addEventListener('civic-error', (event) => errors.push(event));
      const m = await mount(lang, fetch);

      await fillAndSubmit(m, reference, 'someone.else@example.com');
      await untilSummary(m, words.notFound);
      const wrongVerifier = summary(m);
      expect(m.root.activeElement?.id).to.equal('error-summary');
      await expectAccessible(m);

      await typeInto($(m.el, '#reference') as HTMLInputElement, UNKNOWN_REFERENCE);
      await typeInto($(m.el, '#verifier') as HTMLInputElement, EMAIL);
      await click($(m.el, '#submit'));
      await until(() => state.lookups === 2 && errors.length === 2, 'the second lookup');
      await untilSummary(m, words.notFound);
      expect(summary(m)).to.equal(wrongVerifier);
      expect(m.root.activeElement?.id).to.equal('error-summary');
      expect(errors.map((e) => [e.operation, e.error.name])).to.deep.equal([
        ['lookup-ticket', 'NotFoundError'],
        ['lookup-ticket', 'NotFoundError'],
      ]);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    });

    it('says how long to wait once the contact centre limits lookups', async () => {
      // The mock allows 10 lookups of one reference per 15 minutes; use them up.
      const client = createClient({ baseUrl: mock.baseUrl, siteKey: HEALTH_SITE_KEY, fetch: mock.fetch, retry: false });
      for (let i = 0; i < 10; i++) {
        const failed = await client.tickets.get(UNKNOWN_REFERENCE, { verifier: EMAIL }).then(
          () => undefined,
          (error: Error) => error.name,
        );
        expect(failed).to.equal('NotFoundError');
      }
      const m = await mount(lang);
      await fillAndSubmit(m, UNKNOWN_REFERENCE, EMAIL);
      await untilSummary(m, words.tooMany);
      const inFifteenMinutes = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(15, 'minute');
      expect(summary(m)).to.include(inFifteenMinutes);
      expect(m.root.activeElement?.id).to.equal('error-summary');
      expect(m.root.querySelector('[part="retry-button"]')).to.equal(null);
      await expectAccessible(m);
    });

    it('reads a Retry-After header in seconds as minutes in the citizen’s language', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.answer = () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '120' },
        });
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, UNKNOWN_REFERENCE, EMAIL);
      await untilSummary(m, words.tooMany);
      expect(summary(m)).to.include(new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(2, 'minute'));
    });

    it('says plainly when the network fails, keeps what was typed, and a retry finds the complaint', async () => {
      const reference = await fileComplaint(mock);
      const { fetch, state } = instrumentedFetch(mock);
      state.offline = true;
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, reference.toLowerCase().replaceAll('-', ' '), EMAIL);
      await untilSummary(m, words.unreachable);
      expect(m.root.activeElement?.id).to.equal('error-summary');
      expect(($(m.el, '#reference') as HTMLInputElement).value).to.equal(reference);
      expect(($(m.el, '#verifier') as HTMLInputElement).value).to.equal(EMAIL);
      const retry = $(m.el, '[part="retry-button"]');
      expect(text(retry)).to.equal(words.retry);
      await expectAccessible(m);

      state.offline = false;
      await click(retry);
      await untilResult(m);
      expect(text(m.root.querySelector('#result-heading'))).to.include(reference);
      expect(m.root.activeElement?.id).to.equal('result-heading');
      expect(state.lookups).to.be.greaterThan(1);
    });

    it('says plainly when the contact centre fails, with a retry', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.answer = () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Internal error', status: 500 }), {
          status: 500,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, UNKNOWN_REFERENCE, EMAIL);
      await untilSummary(m, words.server);
      expect(m.root.querySelector('[part="retry-button"]')).to.exist;
      expect(($(m.el, '#verifier') as HTMLInputElement).value).to.equal(EMAIL);
      await expectAccessible(m);
    });

    it('shows the status in plain words, the expected date and the timeline newest first, in the citizen’s locale', async () => {
      const reference = await fileComplaint(mock);
      await moveTicket(mock, reference, 'in_progress', 'We have asked the clinic for its records of your visit.');
      await moveTicket(mock, reference, 'awaiting_citizen', 'Please tell us the time of your appointment.');
      const loaded: CivicStatusLoadedEvent[] = [];
      container.addEventListener('civic-status-loaded', (event) => loaded.push(event));
      const m = await mount(lang);
      await fillAndSubmit(m, reference, PHONE);
      await untilResult(m);

      expect(m.root.activeElement?.id, 'focus on the result heading').to.equal('result-heading');
      expect(text(m.root.querySelector('#result-heading'))).to.include(reference);
      const status = text(m.root.querySelector('[part="status"]'));
      expect(status).to.include(words.awaiting);
      expect(status).to.include(words.awaitingExplained);
      const liveRegion = text(m.root.querySelector('[role="status"]'));
      expect(liveRegion).to.include(spelledOut(reference));
      expect(liveRegion).to.include(words.awaiting);

      expect(loaded).to.have.length(1);
      const ticket: Ticket = loaded[0]!.ticket;
      expect(loaded[0]).to.be.instanceOf(CivicStatusLoadedEvent);
      expect(loaded[0]!.bubbles && loaded[0]!.composed).to.equal(true);
      expect(ticket.reference).to.equal(reference);
      expect(ticket.status).to.equal('awaiting_citizen');

      // The ministry's day and clock (Saint Lucia's), its zone named, whatever the browser's zone.
      const zone = { timeZone: 'America/St_Lucia' };
      const long = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', ...zone });
      const zoneName = (at: string) =>
        new Intl.DateTimeFormat(lang, { timeZoneName: 'longGeneric', ...zone }).formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')!.value;
      const expected = m.root.querySelector<HTMLTimeElement>('.summary-list time[datetime="' + ticket.expectedResponseBy + '"]')!;
      expect(text(expected)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'full', ...zone }).format(new Date(ticket.expectedResponseBy)));
      const made = m.root.querySelector<HTMLTimeElement>('.summary-list time[datetime="' + ticket.submittedAt + '"]')!;
      expect(text(made)).to.equal(`${long.format(new Date(ticket.submittedAt))} (${zoneName(ticket.submittedAt)})`);

      const entries = [...m.root.querySelectorAll('[part="timeline"] > li')];
      expect(entries).to.have.length(3);
      expect(text(entries[0])).to.include(words.awaiting);
      expect(text(entries[0])).to.include('Please tell us the time of your appointment.');
      expect(text(entries[1])).to.include(words.inProgress);
      expect(text(entries[1])).to.include('We have asked the clinic for its records of your visit.');
      expect(text(entries[2])).to.include(words.received);
      for (const [i, entry] of entries.entries()) {
        const { at, entity } = ticket.timeline[i]!;
        const time = entry.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(at);
        expect(text(time)).to.equal(`${long.format(new Date(at))} (${zoneName(at)})`);
        expect(text(entry)).to.include(`${words.team} ${entity.name.en}`);
      }
      await expectAccessible(m);

      // "Check another" gives an empty form, ready to type into.
      await click($(m.el, '[part="check-another-button"]'));
      await until(() => m.root.activeElement?.id === 'reference', 'focus on the reference field');
      expect(($(m.el, '#reference') as HTMLInputElement).value).to.equal('');
      expect(($(m.el, '#verifier') as HTMLInputElement).value).to.equal('');
    });

    it('shows the status of a reference given as an attribute once the citizen gives the email', async () => {
      const reference = await fileComplaint(mock);
      const m = await mount(lang, mock.fetch, reference);
      expect(($(m.el, '#reference') as HTMLInputElement).value).to.equal(reference);
      await typeInto($(m.el, '#verifier') as HTMLInputElement, EMAIL.toUpperCase());
      await click($(m.el, '#submit'));
      await untilResult(m);
      expect(text(m.root.querySelector('#result-heading'))).to.include(reference);
      expect(text(m.root.querySelector('[part="status"]'))).to.include(
        lang === 'en' ? 'Received' : arabicText('ticket-status.status.received'),
      );
    });

    it('is found by keyboard alone: Tab, type, Enter, and the result has focus', async () => {
      const reference = await fileComplaint(mock);
      const m = await mount(lang);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(m.root.activeElement?.id).to.equal('reference');
      await sendKeys({ type: reference });
      await sendKeys({ press: 'Tab' });
      expect(m.root.activeElement?.id).to.equal('verifier');
      // An Arabic keyboard types Arabic-Indic digits; the phone number still matches.
      await sendKeys({ type: lang === 'ar' ? '+١٧٥٨٥٥٥٠١٢٣' : PHONE });
      await sendKeys({ press: 'Enter' });
      await untilResult(m);
      expect(m.root.activeElement?.id).to.equal('result-heading');
      await sendKeys({ press: 'Tab' });
      expect(m.root.activeElement?.getAttribute('part')).to.equal('check-another-button');
      await sendKeys({ press: 'Enter' });
      await until(() => m.root.activeElement?.id === 'reference', 'the form again');
    });

    it('fits a 320 px wide screen with 44 px targets', async () => {
      container.style.width = '320px';
      const { fetch, state } = instrumentedFetch(mock);
      state.offline = true;
      const m = await mount(lang, fetch);
      await fillAndSubmit(m, UNKNOWN_REFERENCE, EMAIL);
      await untilSummary(m, words.unreachable);
      const root = $(m.el, '.root');
      expect(root.scrollWidth).to.be.at.most(320);
      for (const target of m.root.querySelectorAll<HTMLElement>('input, button')) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.id || target.className).to.be.at.least(44);
        expect(box.width, target.id || target.className).to.be.at.least(44);
        expect(box.right).to.be.at.most(container.getBoundingClientRect().right + 0.5);
      }
    });
  });
}

describe('<civic-ticket-status> set-up', () => {
  it('pre-fills the reference from the page address with reference-param, and nothing else', async () => {
    const before = window.location.href;
    history.replaceState(null, '', `${window.location.pathname}?reference=MOH-7K3D-9QX6&verifier=leak@example.org`);
    try {
      const m = await mountTemplate(
        html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang="en" .fetch=${mock.fetch}>
          <civic-ticket-status reference-param="reference"></civic-ticket-status>
        </civic-contact-provider>`,
        'en',
      );
      expect(($(m.el, '#reference') as HTMLInputElement).value).to.equal('MOH-7K3D-9QX6');
      expect(($(m.el, '#verifier') as HTMLInputElement).value).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('works on its own with api-base, site-key and a fetch', async () => {
    const reference = await fileComplaint(mock);
    const m = await mountTemplate(
      html`<civic-ticket-status api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang="en" .fetch=${mock.fetch}></civic-ticket-status>`,
      'en',
    );
    expect(m.provider).to.equal(null);
    await fillAndSubmit(m, reference, EMAIL);
    await untilResult(m);
    expect(text(m.root.querySelector('#result-heading'))).to.include(reference);
  });

  it('names the service and team in the ministry’s own language when they have none in the reader’s, marked with that language', async () => {
    // A health ministry whose own language is French: an Arabic reader gets its French names, not its English ones.
    const french = await createMockContactCentre({
      seed: { ...seed, ministries: seed.ministries.map((ministry) => (ministry.id === 'health' ? { ...ministry, defaultLocale: 'fr' } : ministry)) },
    });
    const reference = await fileComplaint(french);
    const m = await mountTemplate(
      html`<civic-ticket-status api-base=${french.baseUrl} site-key=${HEALTH_SITE_KEY} lang="ar" .fetch=${french.fetch}></civic-ticket-status>`,
      'ar',
    );
    await fillAndSubmit(m, reference, EMAIL);
    await untilResult(m);
    const names = [...m.root.querySelectorAll('.summary-list dd span[lang]')].map((span) => [span.getAttribute('lang'), span.getAttribute('dir')]);
    expect(names).to.deep.equal([
      ['fr', 'ltr'],
      ['fr', 'ltr'],
    ]);
    expect(text(m.root.querySelector('.summary-list'))).to.include('Services des cliniques');
  });

  it('speaks Arabic on its own with lang="ar", right to left, the reference still left to right', async () => {
    const m = await mountTemplate(
      html`<civic-ticket-status api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang="ar" .fetch=${mock.fetch}></civic-ticket-status>`,
      'ar',
    );
    expect($(m.el, '.root').getAttribute('dir')).to.equal('rtl');
    expect($(m.el, '.root').getAttribute('lang')).to.equal('ar');
    expect(text(m.root.querySelector('label[for="reference"]'))).to.equal(arabicText('ticket-status.reference-label'));
    expect(getComputedStyle($(m.el, '#reference')).direction).to.equal('ltr');
  });

  it('follows a change of the provider’s lang', async () => {
    const m = await mount('en');
    m.provider!.lang = 'ar';
    await until(() => text(m.root.querySelector('#form-heading')) === WORDS.ar.heading, 'Arabic');
    expect($(m.el, '.root').getAttribute('dir')).to.equal('rtl');
  });

  it('uses the ministry’s own wording from the provider’s strings', async () => {
    const m = await mount('en');
    m.provider!.strings = {
      en: { 'ticket-status.submit': 'Find my complaint' },
      ar: { 'ticket-status.submit': 'ابحث عن شكواي' },
    };
    await until(() => text(m.root.querySelector('#submit')) === 'Find my complaint', 'the English override');
    m.provider!.lang = 'ar';
    await until(() => text(m.root.querySelector('#submit')) === 'ابحث عن شكواي', 'the Arabic override');
    // Strings without an override keep the shipped wording (Arabic's catalogue loads on demand).
    await until(() => text(m.root.querySelector('#form-heading')) === WORDS.ar.heading, 'the shipped Arabic heading');
    expect(text(m.root.querySelector('#submit'))).to.equal('ابحث عن شكواي');
  });

  it('says the service is not available on this page when it has no connection, and takes focus there', async () => {
    const errors: CivicErrorEvent[] = [];
    container.addEventListener('civic-error', (event) => errors.push(event));
    render(html`<civic-ticket-status lang="en"><p slot="help">Call the clinic line</p></civic-ticket-status>`, container);
    const el = container.querySelector('civic-ticket-status')!;
    await el.updateComplete;
    const m: Mounted = { el, root: el.shadowRoot!, provider: null };
    await fillAndSubmit(m, UNKNOWN_REFERENCE, EMAIL);
    await until(() => m.root.querySelector('[part="unavailable"] [role="alert"]') !== null, 'the notice');
    await el.updateComplete;
    expect(text($(m.el, '[part="unavailable"]'))).to.equal(
      'This service is not available on this page. Contact the ministry another way, such as by phone or email.',
    );
    expect(m.root.querySelector('form'), 'the form is gone').to.equal(null);
    expect(m.root.querySelector('slot[name="help"]'), 'the help slot stays').to.not.equal(null);
    expect(m.root.activeElement?.id, 'focus on the notice').to.equal('civic-unavailable');
    // The page hears it when the developer's words have come, a moment after the notice.
    await until(() => errors.length > 0, 'the civic-error');
    expect(errors.map((e) => [e.operation, e.kind])).to.deep.equal([['lookup-ticket', 'configuration']]);
    await expectAccessible(m);
  });
});

describe('<civic-ticket-status> spoken well', () => {
  it('spells a reference out in groups: never a word, zero never read as O', () => {
    expect(spokenReference('MOT-0VA5-SGHK')).to.equal('M O T, 0 V A 5, S G H K');
  });

  for (const lang of LANGS) {
    it(`says the reference found in groups, in the heading and the live message, shown on one line (${lang})`, async () => {
      const reference = await fileComplaint(mock);
      const m = await mount(lang);
      await fillAndSubmit(m, reference, EMAIL);
      await untilResult(m);
      await expectReferenceSpoken($(m.el, '#result-heading'), reference);
      const live = text(m.root.querySelector('[role="status"]'));
      expect(live).to.include(spelledOut(reference));
      expect(live).to.not.include(reference);
    });
  }

  it('keeps the example reference of the Arabic hint on one line', async () => {
    const m = await mount('ar');
    for (const width of [260, 240, 220, 200, 180]) {
      container.style.width = `${width}px`;
      expect(onOneLine($(m.el, '#reference-hint'), 'MOH-7K3D-9QX6'), `at ${width} px`).to.equal(true);
    }
  });
});

describe('<civic-ticket-status> steps and the page title', () => {
  const PAGE_TITLE = 'Track your complaint – Ministry of Health';
  const steps = recordSteps(PAGE_TITLE);

  it('fires civic-step for the complaint found and back, and with update-title names it in the page title', async () => {
    const reference = await fileComplaint(mock);
    const m = await mount('en');
    m.el.setAttribute('update-title', '');
    await fillAndSubmit(m, reference, EMAIL);
    await untilResult(m);
    // The heading as shown, the reference as it is written.
    expect(steps.map((event) => [event.step, event.title])).to.deep.equal([['result', `Complaint ${reference}`]]);
    expect(document.title).to.equal(`Complaint ${reference} – ${PAGE_TITLE}`);
    await click($(m.el, '[part="check-another-button"]'));
    await until(() => m.root.activeElement?.id === 'reference', 'the form again');
    expect(steps.map((event) => [event.step, event.title])).to.deep.equal([
      ['result', `Complaint ${reference}`],
      ['form', WORDS.en.heading],
    ]);
    expect(document.title).to.equal(PAGE_TITLE);
  });
});

describe('<civic-ticket-status> form named', () => {
  it('names its form by its heading', async () => {
    await mount('en');
    expect(await namedForms()).to.deep.equal([WORDS.en.heading]);
  });
});

describe('<civic-ticket-status> heading-level', () => {
  it('starts its headings at heading-level, the form’s and the result’s', async () => {
    const reference = await fileComplaint(mock);
    const m = await mount('en');
    expect($(m.el, '#form-heading').localName).to.equal('h2');
    m.el.setAttribute('heading-level', '4');
    await m.el.updateComplete;
    expect($(m.el, '#form-heading').localName).to.equal('h4');
    await fillAndSubmit(m, reference, EMAIL);
    await untilResult(m);
    expect($(m.el, '#result-heading').localName).to.equal('h4');
    expect($(m.el, '#timeline-heading').localName).to.equal('h5');
    await expectAccessible(m);
  });
});

describe('<civic-ticket-status> strings', () => {
  it('has an Arabic template for every string it uses, with the same values', async () => {
    await expectArabicForEveryString({
      sources: [
        '/packages/elements/src/ticket-status/ticket-status.ts',
        '/packages/elements/src/ticket-status/form-view.ts',
        '/packages/elements/src/ticket-status/messages.ts',
        '/packages/elements/src/ticket-status/result-view.ts',
        '/packages/elements/src/ticket-status/satisfaction.ts',
        '/packages/elements/src/ticket-status/satisfaction-view.ts',
        '/packages/elements/src/shared/reference-problem.ts',
        '/packages/elements/src/base/error-summary.ts',
      ],
      prefix: 'ticket-status',
      arabic,
      own: ticketStatusArabic,
      minimum: 40,
    });
  });
});
