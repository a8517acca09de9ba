import { expect } from 'chai';
import { html } from 'lit';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import './provider.ts';
import '../ticket-status/ticket-status.ts';
import { $, text } from '../test-support/dom.ts';
import { place, until } from '../test-support/fixtures.ts';

/** A few strings of the health ministry's Kwéyòl (Saint Lucian Creole), as a ministry would add them. */
const KWEYOL = {
  acf: {
    'ticket-status.heading': 'Gadé kouman pwèn ou yé',
    'ticket-status.reference-hint': "Ou ké touvé'y adan imèl ou, pa egzanp {0}",
    'ticket-status.submit': 'Gadé',
  },
};

let mock: MockContactCentre;

beforeEach(async () => {
  mock = await createMockContactCentre();
});

async function mountIn(lang: string, strings: object, stringsSrc = ''): Promise<HTMLElement> {
  const container = place(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key="pk_test_health" lang=${lang} .fetch=${mock.fetch} .strings=${strings} strings-src=${stringsSrc}>
      <civic-ticket-status></civic-ticket-status>
    </civic-contact-provider>`,
  );
  const el = container.querySelector('civic-ticket-status')!;
  await until(() => text(el.shadowRoot?.querySelector('#reference-hint')).includes('MOH-'), 'the form with the ministry’s example');
  return el;
}

describe('<civic-contact-provider> wording', () => {
  it('adds a whole locale at run time: the element speaks it, its root says so, and values fill the {0} of the ministry’s words', async () => {
    const el = await mountIn('acf', KWEYOL);
    await until(() => text(el.shadowRoot!.querySelector('#form-heading')) === 'Gadé kouman pwèn ou yé', 'the Kwéyòl heading');
    expect($(el, '.root').getAttribute('lang')).to.equal('acf');
    expect(text($(el, '#reference-hint'))).to.equal("Ou ké touvé'y adan imèl ou, pa egzanp MOH-7K3D-9QX6");
    expect(text($(el, '#submit'))).to.equal('Gadé');
    // A string the ministry has not given falls back to English.
    expect(text($(el, 'label[for="verifier"]'))).to.equal('Email address or phone number');
  });

  it('reads the locale from strings-src, a JSON file on the ministry’s site; strings given as a property win', async () => {
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(KWEYOL))}`;
    const el = await mountIn('acf', { acf: { 'ticket-status.submit': 'Chèché' } }, src);
    await until(() => text(el.shadowRoot!.querySelector('#form-heading')) === 'Gadé kouman pwèn ou yé', 'the Kwéyòl heading from the file');
    expect(text($(el, '#submit'))).to.equal('Chèché');
    expect($(el, '.root').getAttribute('lang')).to.equal('acf');
  });

  it('says in the console what is wrong with a strings-src it cannot use, and keeps the shipped wording', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await mountIn('en', {}, `data:application/json,${encodeURIComponent('{"en": ["not", "a", "map"]}')}`);
      await until(() => logged.length > 0, 'the console message');
      expect(logged[0]).to.include('strings-src').and.include('is not of the form');
      expect(text($(el, '#form-heading'))).to.equal('Check the status of your complaint');
      expect($(el, '.root').getAttribute('lang')).to.equal('en');
    } finally {
      console.error = original;
    }
  });

  it('fills the named values of the ministry’s words ({example}, as docs/strings.md names them) as it fills {0}', async () => {
    const el = await mountIn('acf', { acf: { ...KWEYOL.acf, 'ticket-status.reference-hint': 'Pa egzanp {example}, adan imèl ou' } });
    await until(() => text(el.shadowRoot!.querySelector('#reference-hint')) === 'Pa egzanp MOH-7K3D-9QX6, adan imèl ou', 'the hint with its named value');
    expect(text($(el, '#submit'))).to.equal('Gadé');
  });

  it('keeps its own words for a string whose wording names a value it does not have, and says which it has', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await mountIn('en', { en: { 'ticket-status.reference-hint': 'It is in your email, e.g. {sample}', 'ticket-status.submit': 'Look it up' } });
      await until(() => logged.length > 0, 'the console message');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('ticket-status.reference-hint').and.include('{sample}').and.include('{example}');
      await until(() => text(el.shadowRoot!.querySelector('#submit')) === 'Look it up', 'the ministry’s other words');
      expect(text($(el, '#reference-hint'))).to.match(/^It is in the confirmation email or text message you were sent, for example MOH-/);
    } finally {
      console.error = original;
    }
  });

  it('marks its own words English in a language neither shipped nor given', async () => {
    const el = await mountIn('acf', {});
    expect($(el, '.root').getAttribute('lang')).to.equal('en');
  });
});
