import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import type { CivicComplaintForm } from './complaint-form.ts';
import type { CivicSubmittedEvent } from '../events/civic-submitted-event.ts';
import {
  $,
  $$,
  agentTicket,
  arabicPhrase,
  press,
  complaintsFetch,
  control,
  createMock,
  expectAccessible,
  fillEnquiry,
  focused,
  LANGS,
  mount,
  pressContinue,
  problem,
  text,
  ticketsOf,
  type,
  until,
  WORDS,
} from './test-fixtures.ts';
import { expectReferenceSpoken } from '../test-support/fixtures.ts';

const SERVICE = 'civil-registry-enquiry';
const MINISTRY = 'civil-registry';

async function toCheckAnswers(form: CivicComplaintForm, subject?: string): Promise<void> {
  await fillEnquiry(form, subject);
  await pressContinue(form);
  await until(() => form.shadowRoot!.querySelector('[part="check-answers"]') !== null, 'the check-answers step');
}

async function submit(form: CivicComplaintForm): Promise<void> {
  await press(form, '[part="submit-button"]');
}

async function confirmed(form: CivicComplaintForm): Promise<string> {
  await until(() => form.shadowRoot!.querySelector('[part="reference"]') !== null, 'the confirmation', 8000);
  return text($(form, '[part="reference"]'));
}

async function failed(form: CivicComplaintForm): Promise<HTMLElement> {
  await until(() => form.shadowRoot!.querySelector('[part="submission-error"]') !== null, 'the failure message', 8000);
  return $(form, '[part="submission-error"]');
}

describe('<civic-complaint-form> checking and submitting', function () {
  // Several steps and axe runs per test, in a browser that may be running another test file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;

  before(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    const words = WORDS[lang];

    describe(`in ${lang}`, () => {
      it('lists every answer to check, with Change buttons back to each field, then files the complaint', async () => {
        const { fetch, state } = complaintsFetch(mock);
        const form = await mount({ mock, lang, service: SERVICE, fetch, trackUrl: '/track.html' });
        const submitted: CivicSubmittedEvent[] = [];
        document.addEventListener('civic-submitted', (event) => submitted.push(event), { once: true });

        await toCheckAnswers(form);
        expect(focused()).to.equal($(form, '#cf-check-title'));
        expect(text($(form, '#cf-check-title'))).to.equal(words.checkTitle);
        expect($(form, 'form[part="form"]').hidden).to.equal(true);
        const rows = $$(form, '[data-row]');
        expect(rows.map((row) => row.dataset['row'])).to.deep.equal([
          'subject',
          'description',
          'answers.topic',
          'answers.event_year',
          'answers.question',
          'citizen.name',
          'citizen.email',
          'citizen.phone',
        ]);
        const value = (key: string) => text($(form, `[data-row="${key}"] dd`));
        expect(value('subject')).to.equal('How to register a birth abroad');
        expect(value('answers.topic')).to.equal(lang === 'ar' ? 'تسجيل مولود' : 'Registering a birth');
        expect(value('answers.event_year')).to.equal(lang === 'ar' ? arabicPhrase('complaint-form.not-given') : 'Not given');
        expect(value('citizen.email')).to.equal('amira@example.com');
        expect(text($(form, '[data-row="answers.question"] [part="change-button"]'))).to.contain(words.change);
        await expectAccessible(form, 'check answers');

        // Change one answer: back at its field, then back here with the new answer.
        await press(form, '[data-row="answers.question"] [part="change-button"]');
        await until(() => focused() === control(form, 'answers.question'), 'the question field to take focus');
        await type(form, 'answers.question', 'Can I register the birth by post?');
        await pressContinue(form);
        expect(value('answers.question')).to.equal('Can I register the birth by post?');

        state.mode = 'hold';
        await submit(form);
        await until(() => state.release !== undefined, 'the submission to be on its way');
        const button = $(form, '[part="submit-button"]');
        expect(text(button)).to.equal(words.sending);
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect($(form, '[part="check-answers"]').getAttribute('aria-busy')).to.equal('true');
        await until(() => text($(form, '[role="status"]')) !== '', 'the announcement');
        await expectAccessible(form, 'submitting');
        state.release!();

        const reference = await confirmed(form);
        expect(reference).to.match(/^CRO-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect($(form, '[part="reference"]').getAttribute('dir')).to.equal('ltr');
        await expectReferenceSpoken($(form, '[part="confirmation"]'), reference);
        await until(() => focused() === $(form, '#cf-done-title'), 'the confirmation heading to take focus');
        expect(text($(form, '#cf-done-title'))).to.equal(words.doneTitle);
        expect(text($(form, '[role="status"]')), 'no "Sending your complaint…" left in the status region').to.equal('');

        const ticket = await agentTicket(mock, MINISTRY, reference);
        expect(ticket.subject).to.equal('How to register a birth abroad');
        expect(ticket.answers).to.deep.equal({ topic: 'register_birth', question: 'Can I register the birth by post?' });
        expect(ticket.citizen.email).to.equal('amira@example.com');
        expect(ticket.citizen.preferredLocale).to.equal(lang);
        expect(ticket.channel).to.equal('web');

        expect(submitted).to.have.length(1);
        expect(submitted[0]!.reference).to.equal(reference);
        expect(submitted[0]!.service).to.equal(SERVICE);
        expect(submitted[0]!.expectedResponseBy).to.equal(ticket.expectedResponseBy);
        expect(submitted[0]!.bubbles && submitted[0]!.composed).to.equal(true);

        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'Europe/London' }).format(new Date(ticket.expectedResponseBy));
        expect(text(form.shadowRoot!)).to.contain(date);
        const track = $<HTMLAnchorElement>(form, '[part="track-link"]');
        expect(new URL(track.href).pathname).to.equal('/track.html');
        expect(new URL(track.href).searchParams.get('reference')).to.equal(reference);
        await expectAccessible(form, 'confirmation');
      });

      it('keeps every answer through a network failure, says so, and files once when tried again', async () => {
        const fresh = await createMock();
        const { fetch, state } = complaintsFetch(fresh);
        const form = await mount({ mock: fresh, lang, service: SERVICE, fetch });
        await toCheckAnswers(form);
        state.mode = 'offline';
        await submit(form);
        const failure = await failed(form);
        await until(() => focused() === failure, 'the failure message to take focus');
        expect(text(failure)).to.contain(words.sendFailed);
        expect(failure.querySelector('[role="alert"]'), 'read out at once').to.exist;
        expect(text($(form, '[role="status"]')), 'not "Sending your complaint…" as well').to.equal('');
        expect(text($(form, '[part="submit-button"]'))).to.equal(words.tryAgain);
        expect(text($(form, '[data-row="subject"] dd'))).to.equal('How to register a birth abroad');
        await expectAccessible(form, 'network failure');
        // The SDK retried on its own first, with the same key each time.
        const attempts = state.keys.length;
        expect(attempts).to.be.greaterThan(1);

        state.mode = 'pass';
        await submit(form);
        const reference = await confirmed(form);
        expect(state.keys.length).to.equal(attempts + 1);
        expect(new Set(state.keys).size, 'one Idempotency-Key for every attempt').to.equal(1);
        expect(await ticketsOf(fresh, MINISTRY, SERVICE)).to.deep.equal([reference]);
      });

      it('says how long to wait when the contact centre is busy', async () => {
        const { fetch, state } = complaintsFetch(mock);
        state.answer = () =>
          problem(429, { type: 'urn:civic-contact:problem:rate-limited', title: 'Too many requests' }, { 'Retry-After': '120' });
        const form = await mount({ mock, lang, service: SERVICE, fetch });
        await toCheckAnswers(form);
        await submit(form);
        const failure = await failed(form);
        const twoMinutes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(2);
        expect(text(failure)).to.contain(twoMinutes);
        expect(text(failure)).to.contain(lang === 'ar' ? 'إجاباتك محفوظة' : 'Your answers are kept');
        expect(state.keys, 'a long wait is not waited out in the background').to.have.length(1);
        await expectAccessible(form, 'rate limited');
      });
    });
  }

  it('says the same plainly when the contact centre fails (5xx)', async () => {
    const { fetch, state } = complaintsFetch(mock);
    state.answer = () => problem(500, { type: 'urn:civic-contact:problem:internal', title: 'Internal error' });
    const form = await mount({ mock, service: SERVICE, fetch });
    const reported: CivicErrorEvent[] = [];
    form.addEventListener('civic-error', (event) => reported.push(event));
    await toCheckAnswers(form);
    await submit(form);
    expect(text(await failed(form))).to.contain(WORDS.en.sendFailed);
    // The page hears of it too, to log or report it.
    expect(reported.map((event) => [event.operation, event.error.name])).to.deep.equal([['submit-complaint', 'ServerError']]);
    state.answer = undefined;
    await submit(form);
    await confirmed(form);
    expect(new Set(state.keys).size).to.equal(1);
  });

  it('gives the ministry’s phone and email when something unexpected goes wrong', async () => {
    const { fetch, state } = complaintsFetch(mock);
    state.answer = () => problem(418, { title: 'I’m a teapot' });
    const form = await mount({ mock, service: SERVICE, fetch });
    await toCheckAnswers(form);
    await submit(form);
    const failure = await failed(form);
    expect(text(failure)).to.contain('Sorry, your complaint could not be sent. Your answers are kept.');
    const links = [...failure.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.have.length(2);
    expect(links[0]).to.match(/^tel:\+\d+$/);
    expect(links[1]).to.match(/^mailto:.+@/);
    await expectAccessible(form, 'unexpected failure');
  });

  it('refused at submission because of the key: the page’s mistake, so whom to call instead, never "try again"', async () => {
    const { fetch, state } = complaintsFetch(mock);
    state.answer = () =>
      problem(403, { type: 'urn:civic-contact:problem:forbidden', title: 'Not allowed', detail: 'The site key pk_test_civi… may not be used from https://news.example.' });
    const form = await mount({ mock, service: SERVICE, fetch });
    const reported: CivicErrorEvent[] = [];
    form.addEventListener('civic-error', (event) => reported.push(event));
    await toCheckAnswers(form);
    await submit(form);
    await until(() => form.shadowRoot!.querySelector('[part="unavailable"] [role="alert"]') !== null, 'the notice');
    const notice = $(form, '[part="unavailable"]');
    const ministry = (await mock.storage.getMinistry(MINISTRY))!;
    expect(text(notice)).to.equal(`This service is not available on this page. Call ${ministry.contact.phone} or email ${ministry.contact.email}.`);
    expect(focused()?.id, 'focus moves to the notice that replaced the form').to.equal('civic-unavailable');
    // The page hears it when the developer's words have come, a moment after the notice.
    await until(() => reported.length > 0, 'the civic-error');
    expect(reported.map((event) => [event.kind, event.operation, event.error.name])).to.deep.equal([['configuration', 'submit-complaint', 'ForbiddenError']]);
    expect(state.keys, 'not retried').to.have.length(1);
    await expectAccessible(form, 'refused key at submission');
  });

  it('sends a complaint still waiting as soon as the browser is back online', async () => {
    const fresh = await createMock();
    const { fetch, state } = complaintsFetch(fresh);
    const form = await mount({ mock: fresh, service: SERVICE, fetch });
    await toCheckAnswers(form);
    state.mode = 'offline';
    await submit(form);
    await failed(form);
    state.mode = 'pass';
    globalThis.dispatchEvent(new Event('online'));
    const reference = await confirmed(form);
    expect(await ticketsOf(fresh, MINISTRY, SERVICE)).to.deep.equal([reference]);
    expect(new Set(state.keys).size).to.equal(1);
  });

  it('files once when the contact centre filed it but the answer was lost', async () => {
    const fresh = await createMock();
    const { fetch, state } = complaintsFetch(fresh);
    const form = await mount({ mock: fresh, service: SERVICE, fetch });
    await toCheckAnswers(form);
    state.mode = 'lost-answer';
    await submit(form);
    await failed(form);
    expect(await ticketsOf(fresh, MINISTRY, SERVICE), 'filed, though the form could not know').to.have.length(1);

    // The citizen corrects their subject before trying again: the filed version stands, said plainly.
    await press(form, '[data-row="subject"] [part="change-button"]');
    await type(form, 'subject', 'Registering a birth that happened abroad');
    await pressContinue(form);
    state.mode = 'pass';
    await submit(form);
    const reference = await confirmed(form);
    expect(await ticketsOf(fresh, MINISTRY, SERVICE)).to.deep.equal([reference]);
    expect(new Set(state.keys).size).to.equal(1);
    expect(text(form.shadowRoot!)).to.contain('the earlier version was filed');
  });

  it('files once however often Submit is pressed', async () => {
    const fresh = await createMock();
    const { fetch, state } = complaintsFetch(fresh);
    const form = await mount({ mock: fresh, service: SERVICE, fetch });
    await toCheckAnswers(form);
    state.mode = 'hold';
    const button = $<HTMLButtonElement>(form, '[part="submit-button"]');
    button.click();
    button.click();
    await form.updateComplete;
    button.click();
    await until(() => state.release !== undefined, 'the submission');
    state.release!();
    const reference = await confirmed(form);
    expect(state.keys).to.have.length(1);
    expect(await ticketsOf(fresh, MINISTRY, SERVICE)).to.deep.equal([reference]);
  });

  it('copies the reference, or selects it where the clipboard is out of reach', async () => {
    const form = await mount({ mock, service: SERVICE });
    await toCheckAnswers(form);
    await submit(form);
    const reference = await confirmed(form);
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const copied: string[] = [];
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
      await press(form, '[part="copy-button"]');
      await until(() => text($(form, '[role="status"]')) === WORDS.en.copied, 'the copy to be announced');
      expect(copied).to.deep.equal([reference]);

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
      await press(form, '[part="copy-button"]');
      await until(() => text($(form, '[role="status"]')).startsWith('Reference selected'), 'the selection to be announced');
      expect(String(getSelection())).to.equal(reference);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const fresh = await createMock();
    const form = await mount({ mock: fresh, service: SERVICE });
    const tabTo = async (what: string, matches: (element: Element) => boolean) => {
      for (let presses = 0; presses < 40; presses++) {
        const element = focused();
        if (element && matches(element)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const key = (name: string) => (element: Element) => (element as HTMLElement).dataset['key'] === name;

    await tabTo('the subject', key('subject'));
    await sendKeys({ type: 'Birth registration for a baby born abroad' });
    await tabTo('the description', key('description'));
    await sendKeys({ type: 'Our daughter was born in Lisbon in May. How do we register her birth here?' });
    await tabTo('the topic', key('answers.topic'));
    // The first option has focus; the arrow keys move through the others and choose.
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('the question', key('answers.question'));
    await sendKeys({ type: 'Do we need a translation of the Portuguese certificate?' });
    await tabTo('the email', key('citizen.email'));
    await sendKeys({ type: 'rita@example.com' });
    await sendKeys({ press: 'Enter' });

    await until(() => focused() === form.shadowRoot!.querySelector('#cf-check-title'), 'the check-answers step');
    await tabTo('Submit', (element) => element.getAttribute('part') === 'submit-button');
    await sendKeys({ press: 'Enter' });
    const reference = await confirmed(form);
    const ticket = await agentTicket(fresh, MINISTRY, reference);
    expect(ticket.answers).to.deep.equal({ topic: 'register_death', question: 'Do we need a translation of the Portuguese certificate?' });
    expect(ticket.citizen.email).to.equal('rita@example.com');
  });
});
