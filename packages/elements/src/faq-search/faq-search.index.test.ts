import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { buildFaqIndex } from '@civic-contact/core/faq-search';
import { seed } from '@civic-contact/core/seed';
import type { MockContactCentre } from '@civic-contact/mock';
import './faq-search.ts';
import {
  $,
  createMock,
  expectAccessible,
  faqFetch,
  input,
  LANGS,
  mount,
  options,
  QUERIES,
  sleep,
  TEST_FAQS,
  text,
  until,
  untilOptions,
  untilAnnounced,
  untilAnswer,
} from './test-fixtures.ts';
import { recordErrors } from '../test-support/fixtures.ts';

const INDEX_PATH = '/faq-index-test.json';

function indexOf(ministryId: string): unknown {
  const ministry = seed.ministries.find((candidate) => candidate.id === ministryId)!;
  // Through JSON, as a ministry's server would serve it.
  return JSON.parse(JSON.stringify(buildFaqIndex([...seed.faqs, ...TEST_FAQS], ministry)));
}

describe('<civic-faq-search> with a prebuilt index', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  const errors = recordErrors();

  beforeEach(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    it(`loads the index once and searches it as the citizen types, with no request per keystroke (${lang})`, async () => {
      const index = indexOf('civil-registry');
      let served = 0;
      const { fetch, state } = faqFetch(mock, {
        [INDEX_PATH]: () => {
          served += 1;
          return index;
        },
      });
      // Resolved against the page's address, as a relative `src` in a ministry's page is.
      const el = await mount({ mock, lang, fetch, indexSrc: INDEX_PATH.slice(1) });
      input(el).focus();
      // Key by key, with pauses longer than the debounce: each keystroke is a search.
      for (const key of QUERIES[lang]) {
        await sendKeys({ type: key });
        await sleep(30);
      }
      await untilOptions(el, 'results from the index');
      await sleep(300);
      expect(served, 'the index is fetched once').to.equal(1);
      expect(state.searches.length, 'search requests').to.equal(0);
      expect(state.requests.filter((request) => request.includes('/v1/faq')), 'FAQ requests').to.deep.equal([]);
      expect(text(options(el)[0]!)).to.match(lang === 'en' ? /birth certificate/i : /شهادة ميلاد/);
      expect(options(el)[0]!.querySelector('mark'), 'highlighted').to.not.equal(null);
      await untilAnnounced(el, lang === 'en' ? 'result' : '');
      await expectAccessible(el, 'results from the index');
      // The full list comes from the index too.
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('#faq-results-title') !== null, 'the full results');
      expect(state.searches.length).to.equal(0);
      // Opening an answer and feedback still go through the API.
      $(el, '[part="result-button"]').click();
      await untilAnswer(el);
      expect(state.articles).to.equal(1);
      expect(served).to.equal(1);
      expect(errors).to.deep.equal([]);
    });
  }

  const BAD_INDEXES: Array<[string, () => unknown]> = [
    ['is not an index', () => ({ format: 'something-else' })],
    ['cannot be fetched (404)', () => new Response('Not found', { status: 404 })],
    ['is another ministry’s', () => indexOf('health')],
  ];

  for (const [what, file] of BAD_INDEXES) {
    it(`searches through the API, and fires civic-error, when the index ${what}`, async () => {
      const { fetch, state } = faqFetch(mock, { [INDEX_PATH]: file });
      const el = await mount({ mock, fetch, indexSrc: INDEX_PATH });
      input(el).focus();
      await sendKeys({ type: QUERIES.en });
      await untilOptions(el, 'results from the API');
      expect(text(options(el)[0]!)).to.match(/birth certificate/i);
      expect(state.searches.length, 'searches through the API').to.be.greaterThan(0);
      expect(errors.map((event) => event.operation)).to.deep.equal(['load-faq-index']);
      expect(el.shadowRoot!.querySelector('[part="failure"]'), 'the citizen sees no failure').to.equal(null);
      // Still debounced through the API: typing on costs one more search, not one per key.
      const before = state.searches.length;
      await sendKeys({ type: 's' });
      await until(() => state.searches.length > before, 'the next search');
      await sleep(300);
      expect(state.searches.length).to.equal(before + 1);
      expect(errors.length, 'the error is fired once').to.equal(1);
    });
  }
});
