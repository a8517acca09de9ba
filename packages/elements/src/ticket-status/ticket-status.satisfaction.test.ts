import { expect } from 'chai';
import { html, render } from 'lit';
import { createClient } from '@civic-contact/sdk';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './ticket-status.ts';
import type { CivicTicketStatus } from './ticket-status.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import { templates as ticketStatusArabic } from '../i18n/locales/ar/ticket-status.ts';
import { arabicOf, expectAccessible, focused, until } from '../test-support/fixtures.ts';
import { $, $$, click, text, typeInto } from '../test-support/dom.ts';
import { EMAIL, fileComplaint, HEALTH_SITE_KEY } from './test-fixtures.ts';

const { text: arabicText } = arabicOf(ticketStatusArabic);

const WORDS = {
  en: {
    question: 'How satisfied are you with how this was handled?',
    labels: ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'],
    missing: 'Select how satisfied you are with how your complaint was handled',
    sent: 'Your answer has been sent.',
    given: 'How satisfied you said you were:',
  },
  ar: {
    question: arabicText('ticket-status.satisfaction-question'),
    labels: [
      arabicText('ticket-status.satisfaction.very-satisfied'),
      arabicText('ticket-status.satisfaction.satisfied'),
      arabicText('ticket-status.satisfaction.neither'),
      arabicText('ticket-status.satisfaction.dissatisfied'),
      arabicText('ticket-status.satisfaction.very-dissatisfied'),
    ],
    missing: arabicText('ticket-status.satisfaction-missing'),
    sent: arabicText('ticket-status.satisfaction-sent'),
    given: arabicText('ticket-status.satisfaction-given'),
  },
} as const;
type Lang = keyof typeof WORDS;

let mock: MockContactCentre;
let container: HTMLElement;

/** A new page region: the next element starts afresh, as after a reload. */
function freshContainer(): void {
  container?.remove();
  container = document.createElement('main');
  document.body.append(container);
}

beforeEach(async () => {
  mock = await createMockContactCentre();
  freshContainer();
});

afterEach(() => container.remove());

/** An agent moves the ticket on (secret keys are refused in a browser SDK, so the raw API). */
async function moveTicket(reference: string, status: string): Promise<void> {
  const response = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}/status`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_health', 'Content-Type': 'application/json' },
    body: JSON.stringify({ status, note: 'The clinic now opens at 7am.' }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
}

async function resolvedComplaint(): Promise<string> {
  const reference = await fileComplaint(mock);
  await moveTicket(reference, 'resolved');
  return reference;
}

/** The element inside a provider speaking `lang`, with the complaint `reference` looked up. */
async function lookUp(reference: string, lang: Lang = 'en'): Promise<CivicTicketStatus> {
  render(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang=${lang} .fetch=${mock.fetch}>
      <civic-ticket-status></civic-ticket-status>
    </civic-contact-provider>`,
    container,
  );
  const el = container.querySelector('civic-ticket-status')!;
  await until(() => el.shadowRoot?.querySelector('#reference') !== null, 'the form');
  await typeInto($(el, '#reference') as HTMLInputElement, reference);
  await typeInto($(el, '#verifier') as HTMLInputElement, EMAIL);
  await click($(el, '#submit'));
  await until(() => el.shadowRoot!.querySelector('#result-heading') !== null, 'the result');
  await el.updateComplete;
  return el;
}

function liveRegion(el: CivicTicketStatus): string {
  return text(el.shadowRoot!.querySelector('[role="status"]'));
}

for (const lang of ['en', 'ar'] as const) {
  const words = WORDS[lang];

  it(`asks a resolved complaint's citizen how satisfied they are, refuses no choice GOV.UK's way, then thanks them (${lang})`, async () => {
    const el = await lookUp(await resolvedComplaint(), lang);
    const root = el.shadowRoot!;
    expect(text($(el, 'legend'))).to.equal(words.question);
    const radios = $$(el, 'input[type="radio"][name="satisfaction"]') as HTMLInputElement[];
    expect(radios.map((radio) => text(root.querySelector(`label[for="${radio.id}"]`)))).to.deep.equal(words.labels);
    expect(($(el, '#satisfaction-comment') as HTMLTextAreaElement).maxLength).to.equal(1000);
    await expectAccessible(el, `satisfaction question (${lang})`);

    await click($(el, '[part="satisfaction-button"]'));
    await until(() => focused()?.id === 'satisfaction-error-summary', 'focus on the error summary');
    expect(text($(el, '#satisfaction-error-summary'))).to.include(words.missing);
    expect(text($(el, '#satisfaction-error'))).to.include(words.missing);
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('satisfaction-error');
    await expectAccessible(el, `satisfaction error (${lang})`);
    // The summary's link goes to the first choice.
    await click($(el, '#satisfaction-error-summary a'));
    expect(focused()?.id).to.equal('satisfaction-5');

    await click($(el, '#satisfaction-4'));
    await typeInto($(el, '#satisfaction-comment') as HTMLTextAreaElement, 'Quick and clear.');
    await click($(el, '[part="satisfaction-button"]'));
    await until(() => focused()?.id === 'satisfaction-given', 'focus on the answer given');
    expect(liveRegion(el)).to.include(words.sent);
    const given = text($(el, '[part="satisfaction"]'));
    expect(given).to.include(words.given);
    expect(given).to.include(words.labels[1]);
    expect(given).to.include('Quick and clear.');
    expect(root.querySelector('#satisfaction-comment'), 'the question is not asked again').to.equal(null);
    await expectAccessible(el, `satisfaction given (${lang})`);
  });
}

it('shows the answer already given instead of the question, on a later lookup and after a second attempt elsewhere', async () => {
  const reference = await resolvedComplaint();
  const el = await lookUp(reference);
  // Meanwhile the citizen answers on another device.
  const elsewhere = createClient({ baseUrl: mock.baseUrl, siteKey: HEALTH_SITE_KEY, fetch: mock.fetch });
  await elsewhere.tickets.rate(reference, { rating: 2, comment: 'Too slow.' }, { verifier: EMAIL });

  await click($(el, '#satisfaction-5'));
  await click($(el, '[part="satisfaction-button"]'));
  await until(() => focused()?.id === 'satisfaction-given', 'the answer given elsewhere');
  const given = text($(el, '[part="satisfaction"]'));
  expect(given).to.include('Dissatisfied');
  // The comment written elsewhere is not shown: a lookup never returns a citizen's comment, only its rating.
  expect(given).to.not.include('Too slow.');
  expect(el.shadowRoot!.querySelector('form[aria-labelledby="satisfaction-question"]')).to.equal(null);

  freshContainer();
  const again = await lookUp(reference);
  expect(text($(again, '[part="satisfaction"]'))).to.include('Dissatisfied');
  expect(again.shadowRoot!.querySelector('#satisfaction-comment')).to.equal(null);
});

it('does not ask while the complaint is open, and says so when it was reopened before the answer went', async () => {
  const open = await fileComplaint(mock);
  const el = await lookUp(open);
  expect(el.shadowRoot!.querySelector('[part="satisfaction"]')).to.equal(null);

  const reference = await resolvedComplaint();
  freshContainer();
  const asked = await lookUp(reference);
  await moveTicket(reference, 'reopened');
  const errors: CivicErrorEvent[] = [];
  asked.addEventListener('civic-error', (event) => errors.push(event));
  await click($(asked, '#satisfaction-3'));
  await click($(asked, '[part="satisfaction-button"]'));
  await until(() => focused()?.id === 'satisfaction-error-summary', 'the error summary');
  expect(text($(asked, '#satisfaction-error-summary'))).to.include('being looked at again');
  expect(errors.map((e) => e.operation)).to.deep.equal(['rate-ticket']);
  expect(($(asked, '#satisfaction-3') as HTMLInputElement).checked, 'the choice is kept').to.equal(true);
});
