import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { MockContactCentre } from '@civic-contact/mock';
import './faq-search.ts';
import {
  $,
  arrowTo,
  BIRTH_CERTIFICATE,
  createMock,
  expectAccessible,
  faqFetch,
  focused,
  input,
  LANGS,
  mount,
  QUERIES,
  text,
  typeAndWaitForOptions,
  typeQuery,
  until,
  untilOptions,
  untilAnnounced,
  untilAnswer,
  WORDS,
  type Mode,
} from './test-fixtures.ts';
import { recordErrors } from '../test-support/fixtures.ts';

const SEARCH_FAILURES: Array<{ mode: Mode; words: 'unreachable' | 'searchFailed' | 'tooMany' }> = [
  { mode: 'offline', words: 'unreachable' },
  { mode: 'server', words: 'searchFailed' },
  { mode: 'rate-limited', words: 'tooMany' },
];

describe('<civic-faq-search> failures', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  const errors = recordErrors();

  beforeEach(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    for (const { mode, words } of SEARCH_FAILURES) {
      it(`says so when a search meets ${mode}, keeps the query, and Try again searches again (${lang})`, async () => {
        const { fetch, state } = faqFetch(mock);
        const el = await mount({ mock, lang, fetch });
        state.mode.search = mode;
        await typeQuery(el, QUERIES[lang]);
        await until(() => el.shadowRoot!.querySelector('#faq-search-failure') !== null, 'the failure');
        await el.updateComplete;
        const failure = $(el, '#faq-search-failure');
        expect(text(failure)).to.include(WORDS[lang][words]);
        if (mode === 'rate-limited') expect(text(failure), 'says how long to wait').to.match(lang === 'en' ? /in 2 minutes/ : /دقيقتين|٢/);
        await untilAnnounced(el, WORDS[lang][words]);
        expect(input(el).value).to.equal(QUERIES[lang]);
        expect(input(el).getAttribute('aria-expanded')).to.equal('false');
        expect(errors.map((event) => event.operation)).to.deep.equal(['search-faq']);
        await expectAccessible(el, `search failed (${mode})`);
        state.mode.search = 'pass';
        $(el, '#faq-search-failure [part="retry-button"]').click();
        await untilOptions(el, 'the results after trying again');
        expect(el.shadowRoot!.querySelector('#faq-search-failure')).to.equal(null);
        expect(focused()).to.equal(input(el));
      });
    }

    it(`says so when an answer cannot be loaded, and Try again loads it (${lang})`, async () => {
      const { fetch, state } = faqFetch(mock);
      const el = await mount({ mock, lang, fetch });
      await typeAndWaitForOptions(el, QUERIES[lang]);
      state.mode.article = 'server';
      await arrowTo(el, BIRTH_CERTIFICATE);
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('#faq-answer-failure') !== null, 'the failure');
      await el.updateComplete;
      expect(text($(el, '#faq-answer-failure'))).to.include(WORDS[lang].answerFailed);
      expect(focused()?.id, 'the heading keeps focus').to.equal('faq-answer-title');
      expect(errors.map((event) => event.operation)).to.deep.equal(['load-faq']);
      await expectAccessible(el, 'answer failed');
      state.mode.article = 'pass';
      $(el, '#faq-answer-failure [part="retry-button"]').click();
      await untilAnswer(el);
      expect(el.shadowRoot!.querySelector('#faq-answer-failure')).to.equal(null);
    });
  }

  it('shows the loading state of an answer', async () => {
    const { fetch, state } = faqFetch(mock);
    const el = await mount({ mock, fetch });
    await typeAndWaitForOptions(el, QUERIES.en);
    state.mode.article = 'hold';
    await arrowTo(el, BIRTH_CERTIFICATE);
    await sendKeys({ press: 'Enter' });
    await until(() => state.release.length === 1, 'the answer to be asked for');
    await el.updateComplete;
    expect($(el, '[part="answer"]').getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '#faq-answer-title'))).to.equal('How do I get a copy of my birth certificate?');
    expect(focused()?.id).to.equal('faq-answer-title');
    await expectAccessible(el, 'answer loading');
    state.mode.article = 'pass';
    state.release.shift()!();
    await untilAnswer(el);
  });

  it('tells a standalone element without api-base and site-key that it cannot search, and the citizen to contact the ministry another way', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    try {
      const el = document.createElement('civic-faq-search');
      el.debounce = 0;
      main.append(el);
      await el.updateComplete;
      input(el).focus();
      await sendKeys({ type: 'birth' });
      await until(() => el.shadowRoot!.querySelector('[part="unavailable"] [role="alert"]') !== null, 'the notice');
      expect(text($(el, '[part="unavailable"]'))).to.equal(
        'This service is not available on this page. Contact the ministry another way, such as by phone or email.',
      );
      expect(el.shadowRoot!.querySelector('[part="retry-button"]'), 'trying again would not help').to.equal(null);
      // The search box it replaced had focus: the notice takes it.
      expect(focused()?.id).to.equal('civic-unavailable');
      // The page hears it when the developer's words have come, a moment after the notice.
      await until(() => errors.length > 0, 'the civic-error');
      expect(errors.map((event) => [event.kind, event.operation])).to.deep.equal([['configuration', 'search-faq']]);
      await expectAccessible(el, 'no connection');
    } finally {
      main.remove();
    }
  });
});
