import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { MockContactCentre } from '@civic-contact/mock';
import { seed } from '@civic-contact/core/seed';
import './faq-search.ts';
import type { CivicContactRequestedEvent } from '../events/civic-contact-requested-event.ts';
import { templates as arabicFaq } from '../i18n/locales/ar/faq-search.ts';
import { expectArabicForEveryString, namedForms, recordSteps } from '../test-support/fixtures.ts';
import {
  $,
  ARABIC,
  arrowTo,
  $$,
  BIRTH_CERTIFICATE,
  createMock,
  expectAccessible,
  faqFetch,
  focused,
  input,
  LANGS,
  mount,
  options,
  QUERIES,
  sleep,
  TEST_FAQS,
  text,
  typeAndWaitForOptions,
  typeQuery,
  until,
  untilOptions,
  untilAnnounced,
  untilAnswer,
  WORDS,
} from './test-fixtures.ts';

describe('<civic-faq-search>', function () {
  // Several steps and axe runs per test, in a browser that may be running another file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;

  beforeEach(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('starts idle: a labelled combobox, collapsed, with nothing announced', async () => {
        const el = await mount({ mock, lang });
        const box = input(el);
        expect(box.getAttribute('role')).to.equal('combobox');
        expect(box.getAttribute('aria-expanded')).to.equal('false');
        expect(box.getAttribute('aria-controls')).to.equal('faq-listbox');
        expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
        expect(box.labels?.[0]?.textContent?.trim()).to.equal(WORDS[lang].label);
        expect($(el, '.root').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(text($(el, '[role="status"]'))).to.equal('');
        await expectAccessible(el, 'idle');
      });

      it('offers ranked questions as the citizen types, with the matched words highlighted, and announces the count once they pause', async () => {
        const { fetch, state } = faqFetch(mock);
        const el = await mount({ mock, lang, fetch });
        const found = await typeAndWaitForOptions(el, QUERIES[lang]);
        // Debounced: one search for the whole query, not one per key.
        expect(state.searches.length, 'searches sent').to.equal(1);
        expect(state.searches[0]!.get('q')).to.equal(QUERIES[lang]);
        expect(state.searches[0]!.get('lang')).to.equal(lang);
        expect(input(el).getAttribute('aria-expanded')).to.equal('true');
        expect(found[0]!.id).to.equal('faq-option-0');
        expect(found.length).to.be.within(1, 5);
        const marks = [...found[0]!.querySelectorAll('mark')].map((mark) => mark.textContent);
        expect(marks.length, 'highlighted words').to.be.greaterThan(0);
        // The first question is about birth certificates.
        expect(text(found[0]!)).to.match(lang === 'en' ? /birth certificate/i : /شهادة ميلاد/);
        await untilAnnounced(el, lang === 'en' ? `${found.length} result` : '');
        await expectAccessible(el, 'results offered');
      });

      it('moves the active option with the arrow keys, Home and End, and Escape closes then clears', async () => {
        const el = await mount({ mock, lang });
        const found = await typeAndWaitForOptions(el, lang === 'en' ? 'certificate' : 'شهادة');
        expect(found.length).to.be.greaterThan(1);
        const box = input(el);
        const active = () => box.getAttribute('aria-activedescendant');
        const selected = () => $$(el, '[role="option"][aria-selected="true"]').map((option) => option.id);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(active()).to.equal('faq-option-0');
        expect(selected()).to.deep.equal(['faq-option-0']);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(active()).to.equal('faq-option-1');
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(active()).to.equal(`faq-option-${found.length - 1}`);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(active(), 'wraps to the first').to.equal('faq-option-0');
        await sendKeys({ press: 'ArrowUp' });
        await el.updateComplete;
        expect(active(), 'wraps to the last').to.equal(`faq-option-${found.length - 1}`);
        await sendKeys({ press: 'Home' });
        await el.updateComplete;
        expect(active()).to.equal('faq-option-0');
        expect(focused(), 'focus stays in the box').to.equal(box);
        await expectAccessible(el, 'active option');
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(box.getAttribute('aria-expanded')).to.equal('false');
        expect(active()).to.equal(null);
        expect(box.value, 'the first Escape keeps the query').to.equal(lang === 'en' ? 'certificate' : 'شهادة');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(box.getAttribute('aria-expanded'), 'Down opens the list again').to.equal('true');
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(box.value, 'the second Escape clears').to.equal('');
      });

      it('shows "Searching…" while a search is on its way, and ignores the answer to a query the citizen has since changed', async () => {
        const { fetch, state } = faqFetch(mock);
        const el = await mount({ mock, lang, fetch });
        state.mode.search = 'hold';
        await typeQuery(el, lang === 'en' ? 'parking' : 'موقف');
        await until(() => state.release.length === 1, 'the first search to be sent');
        await el.updateComplete;
        expect(text($(el, '[part="searching"]'))).to.equal(WORDS[lang].searching);
        await expectAccessible(el, 'searching');
        // The citizen types on: the first search is aborted, its answer must not show.
        state.mode.search = 'pass';
        input(el).select();
        await sendKeys({ type: lang === 'en' ? 'birth certficate' : 'شهادة ميلاد' });
        await untilOptions(el, 'the newer results');
        state.release.shift()!();
        await sleep(100);
        expect(text(options(el)[0]!)).to.match(lang === 'en' ? /birth certificate/i : /شهادة ميلاد/);
        expect(el.shadowRoot!.querySelector('[part="searching"]')).to.equal(null);
      });

      it('shows every result on Enter with no option chosen, with snippets and categories, and its count as a heading', async () => {
        const { fetch, state } = faqFetch(mock);
        const el = await mount({ mock, lang, fetch });
        await typeAndWaitForOptions(el, lang === 'en' ? 'certificate' : 'شهادة');
        await sendKeys({ press: 'Enter' });
        await until(() => el.shadowRoot!.querySelector('#faq-results-title') !== null, 'the results');
        await el.updateComplete;
        expect(state.searches.at(-1)!.get('limit'), 'the full list asks for more').to.equal('20');
        expect(input(el).getAttribute('aria-expanded')).to.equal('false');
        expect(focused()?.id).to.equal('faq-results-title');
        const results = $$(el, '[part="result"]');
        expect(results.length).to.be.greaterThan(1);
        expect(text($(el, '#faq-results-title'))).to.include(lang === 'en' ? `${results.length} results` : String(results.length));
        expect(results[0]!.querySelector('.result__snippet mark'), 'snippet highlighted').to.not.equal(null);
        expect(text(results[0]!.querySelector('.result__category'))).to.not.equal('');
        await untilAnnounced(el, lang === 'en' ? `${results.length} results` : String(results.length));
        await expectAccessible(el, 'full results');
      });

      it('asks for words when the citizen searches with an empty box (GOV.UK error summary)', async () => {
        const el = await mount({ mock, lang });
        $(el, '[part="search-button"]').click();
        await el.updateComplete;
        await el.updateComplete;
        expect(focused()?.id).to.equal('faq-error-summary');
        expect(text($(el, '#faq-error-summary'))).to.include(WORDS[lang].missing);
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        expect(input(el).getAttribute('aria-describedby')).to.include('faq-input-error');
        await expectAccessible(el, 'empty search');
        // Its link moves to the box as GOV.UK's does: the question (label and hint) scrolled to the top, not only the box into view.
        const spacer = document.createElement('div');
        spacer.style.height = '300vh';
        el.closest('main')!.append(spacer);
        window.scrollTo(0, document.documentElement.scrollHeight);
        $(el, '#faq-error-summary a').click();
        expect(focused()).to.equal(input(el));
        expect($(el, '#faq-label').getBoundingClientRect().top, 'the label at the top of the window').to.be.closeTo(0, 1);
      });

      it('says "No results" and offers a complaint or a callback, as links by default', async () => {
        const el = await mount({ mock, lang, complaintHref: '/complaint.html', callbackHref: '/callback.html' });
        await typeQuery(el, 'zzyzx qwvbn');
        await until(() => el.shadowRoot!.querySelector('[part="no-results"]') !== null, 'no results');
        await untilAnnounced(el, WORDS[lang].noResults);
        expect(input(el).getAttribute('aria-expanded')).to.equal('false');
        const complaint = $<HTMLAnchorElement>(el, '[part="no-results"] [part="complaint-link"]');
        const callback = $<HTMLAnchorElement>(el, '[part="no-results"] [part="callback-link"]');
        expect(complaint.getAttribute('href')).to.equal('/complaint.html');
        expect(text(complaint)).to.equal(WORDS[lang].complaint);
        expect(callback.getAttribute('href')).to.equal('/callback.html');
        expect(el.shadowRoot!.querySelector('[part="contact-details"]'), 'no phone and email when both pages exist').to.equal(null);
        await expectAccessible(el, 'no results');
      });

      it('opens an answer: sanitised HTML, focus on its heading, and Back keeps the query and results', async () => {
        const el = await mount({ mock, lang });
        await typeAndWaitForOptions(el, lang === 'en' ? 'saturday counter' : 'السبت');
        await arrowTo(el, 'civil-registry-hostile');
        await sendKeys({ press: 'Enter' });
        await untilAnswer(el);
        expect(focused()?.id).to.equal('faq-answer-title');
        const body = $(el, '.answer__body');
        expect(body.querySelector('script, img, iframe, form, input, h1, [style], [onclick]'), 'nothing dangerous').to.equal(null);
        expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
        if (lang === 'en') {
          expect(body.querySelector('em')?.textContent).to.equal('9am');
          expect(body.querySelectorAll('li').length).to.equal(1);
          const links = [...body.querySelectorAll('a')];
          expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://registry.example.gov/hours', 'tel:+442079460311']);
          expect(links.every((link) => link.rel === 'noopener noreferrer' && !link.hasAttribute('target'))).to.equal(true);
          expect(text(body), 'the unsafe link is left as text').to.include('Click me');
        } else {
          expect(body.getAttribute('lang')).to.equal('ar');
          expect(body.querySelector('em')?.textContent).to.equal('التاسعة');
        }
        expect(text($(el, '.feedback h3'))).to.equal(WORDS[lang].feedback);
        expect(el.shadowRoot!.querySelector('.search')!.hasAttribute('hidden')).to.equal(true);
        await expectAccessible(el, 'answer open');
        $(el, '[part="back-button"]').click();
        await el.updateComplete;
        expect(focused()).to.equal(input(el));
        expect(input(el).value).to.equal(lang === 'en' ? 'saturday counter' : 'السبت');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(options(el).length, 'the results are still there').to.be.greaterThan(0);
      });

      it('marks a result and an answer in the ministry’s default language as such', async () => {
        const el = await mount({ mock, lang });
        const found = await typeAndWaitForOptions(el, 'parking');
        const parking = found.find((option) => text(option).includes('parking'))!;
        expect(parking, 'the English-only FAQ is found').to.not.equal(undefined);
        expect(parking.getAttribute('lang')).to.equal(lang === 'ar' ? 'en' : null);
        parking.click();
        await untilAnswer(el);
        if (lang === 'ar') {
          expect($(el, '#faq-answer-title > span').getAttribute('lang')).to.equal('en');
          expect($(el, '.answer__body').getAttribute('lang')).to.equal('en');
          expect(text($(el, '[part="language-note"]'))).to.include(WORDS.ar.onlyIn);
          expect(text($(el, '[part="language-note"]'))).to.include('الإنجليزية');
        } else {
          expect(el.shadowRoot!.querySelector('[part="language-note"]')).to.equal(null);
          expect($(el, '#faq-answer-title > span').hasAttribute('lang')).to.equal(false);
        }
        await expectAccessible(el, 'answer in another language');
      });
    });
  }

  it('fires a cancelable civic-contact-requested: the link is followed unless the page prevents it', async () => {
    const el = await mount({ mock, complaintHref: '#complaint-page', callbackHref: '#callback-page' });
    await typeQuery(el, 'zzyzx qwvbn');
    await until(() => el.shadowRoot!.querySelector('[part="no-results"]') !== null, 'no results');
    const seen: CivicContactRequestedEvent[] = [];
    const handle = (event: CivicContactRequestedEvent) => {
      seen.push(event);
      if (event.channel === 'callback') event.preventDefault();
    };
    document.addEventListener('civic-contact-requested', handle);
    try {
      const before = location.hash;
      $(el, '[part="callback-link"]').click();
      expect(location.hash, 'prevented: the link is not followed').to.equal(before);
      $(el, '[part="complaint-link"]').click();
      expect(location.hash, 'not prevented: the link is followed').to.equal('#complaint-page');
    } finally {
      document.removeEventListener('civic-contact-requested', handle);
      history.replaceState(null, '', location.pathname + location.search);
    }
    expect(seen.map((event) => [event.channel, event.query, event.faqId, event.bubbles, event.composed, event.cancelable])).to.deep.equal([
      ['callback', 'zzyzx qwvbn', undefined, true, true, true],
      ['complaint', 'zzyzx qwvbn', undefined, true, true, true],
    ]);
  });

  for (const lang of LANGS) {
    it(`without pages to link to, offers buttons that fire the event and shows the ministry’s phone and email (${lang})`, async () => {
      const el = await mount({ mock, lang });
      await typeQuery(el, 'zzyzx qwvbn');
      await until(() => el.shadowRoot!.querySelector('[part="contact-details"]') !== null, 'the contact details');
      await el.updateComplete;
      const details = $(el, '[part="contact-details"]');
      expect(details.querySelector('a[href="tel:+442079460311"]')?.textContent).to.equal('+44 20 7946 0311');
      expect(details.querySelector('a[href="mailto:contact@registry.example.gov"]')).to.not.equal(null);
      const button = $(el, '[part="complaint-link"]');
      expect(button.tagName).to.equal('BUTTON');
      const seen: string[] = [];
      const handle = (event: CivicContactRequestedEvent) => seen.push(event.channel);
      document.addEventListener('civic-contact-requested', handle);
      try {
        button.click();
      } finally {
        document.removeEventListener('civic-contact-requested', handle);
      }
      expect(seen).to.deep.equal(['complaint']);
      expect(focused(), 'unhandled, the button takes the citizen to the phone and email').to.equal(details);
      expect(text(button)).to.equal(WORDS[lang].complaint);
      await expectAccessible(el, 'no results without pages');
    });
  }

  describe('steps and the page title', () => {
    const PAGE_TITLE = 'Help – Civil Registry Office';
    const steps = recordSteps(PAGE_TITLE);

    it('fires civic-step for the results and an answer, and with update-title names them in the page title', async () => {
      const el = await mount({ mock });
      el.setAttribute('update-title', '');
      await typeAndWaitForOptions(el, 'certificate');
      expect(steps, 'questions offered as the citizen types are not a step').to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await until(() => focused()?.id === 'faq-results-title', 'the results');
      const results = text($(el, '#faq-results-title'));
      expect(document.title).to.equal(`${results} – ${PAGE_TITLE}`);
      $(el, '[part="result-button"]').click();
      await untilAnswer(el);
      const question = text($(el, '#faq-answer-title'));
      expect(document.title).to.equal(`${question} – ${PAGE_TITLE}`);
      $(el, '[part="back-button"]').click();
      await el.updateComplete;
      expect(steps.map((event) => [event.step, event.title])).to.deep.equal([
        ['results', results],
        ['answer', question],
        ['results', results],
      ]);
      expect(document.title).to.equal(`${results} – ${PAGE_TITLE}`);
    });
  });

  it('names its search form by its label, a search landmark', async () => {
    await mount({ mock });
    expect(await namedForms()).to.deep.equal([WORDS.en.label]);
  });

  it('starts its headings at heading-level: the results’ and each result’s', async () => {
    const el = await mount({ mock });
    el.setAttribute('heading-level', '1');
    await typeAndWaitForOptions(el, 'certificate');
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'faq-results-title', 'the results');
    expect($(el, '#faq-results-title').localName).to.equal('h1');
    expect(new Set($$(el, '.result__question').map((question) => question.localName))).to.deep.equal(new Set(['h2']));
    expect(getComputedStyle($(el, '#faq-results-title')).fontSize, 'the size of a step’s heading, not of an h1').to.equal('24px');
    await expectAccessible(el, 'headings from level 1');
  });

  it('searches only a service’s FAQs (and the general ones) with `service`', async () => {
    const { fetch, state } = faqFetch(mock);
    const el = await mount({ mock, fetch, service: 'civil-birth-certificate' });
    await typeAndWaitForOptions(el, 'certificate');
    expect(state.searches.at(-1)!.get('service')).to.equal('civil-birth-certificate');
    const allowed = new Set(
      [...seed.faqs, ...TEST_FAQS]
        .filter((faq) => faq.ministryId === 'civil-registry' && (faq.serviceId === undefined || faq.serviceId === 'civil-birth-certificate'))
        .map((faq) => faq.id),
    );
    const offered = options(el).map((option) => option.dataset['faq']!);
    expect(offered).to.include(BIRTH_CERTIFICATE);
    expect(offered.filter((id) => !allowed.has(id)), 'FAQs of other services').to.deep.equal([]);
  });
});

describe('<civic-faq-search> strings', () => {
  it('has an Arabic template for every string it uses, with the same values', async () => {
    const modules = ['faq-search', 'messages', 'search-view', 'answer', 'answer-view', 'escalation-view'];
    await expectArabicForEveryString({
      sources: [...modules.map((name) => `/packages/elements/src/faq-search/${name}.ts`), '/packages/elements/src/base/error-summary.ts'],
      prefix: 'faq-search',
      arabic: ARABIC,
      own: arabicFaq,
      minimum: 35,
    });
  });
});
