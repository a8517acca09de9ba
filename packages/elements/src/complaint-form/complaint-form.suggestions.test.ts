import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import { SUGGESTION_DELAY_MS } from './suggestions.ts';
import {
  $,
  $$,
  arabic,
  press,
  control,
  createMock,
  expectAccessible,
  fillEnquiry,
  focused,
  LANGS,
  mount,
  pressContinue,
  sleep,
  text,
  type,
  until,
  WORDS,
} from './test-fixtures.ts';

const SERVICE = 'civil-registry-enquiry';

/** The mock's fetch, recording the FAQ searches and articles asked for, and able to fail them. */
function faqFetch(mock: MockContactCentre) {
  const state = { searches: [] as URLSearchParams[], articles: 0, failing: false };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.startsWith('/v1/faq/')) {
      if (url.pathname === '/v1/faq/search') state.searches.push(url.searchParams);
      else state.articles += 1;
      if (state.failing) return new Response('{"status":500,"title":"Down"}', { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

const QUERIES = { en: 'How much does a certificate cost', ar: 'كم تكلفة الشهادة' } as const;

describe('<civic-complaint-form> FAQ suggestions', function () {
  // Several steps and axe runs per test, in a browser that may be running another test file beside it.
  this.timeout(20_000);
  let mock: MockContactCentre;

  before(async () => {
    mock = await createMock({
      faqs: [
        {
          id: 'civil-registry-opening-hours',
          ministryId: 'civil-registry',
          category: { en: 'Visiting us', ar: 'زيارتنا' },
          question: { en: 'When is the register office counter open?', ar: 'متى يفتح شباك مكتب التسجيل؟' },
          answerHtml: {
            en: '<p>Weekdays <img src="x" onerror="window.__pwned = true">from 9am &amp; Wednesday from noon.</p><script>window.__pwned = true</script>',
            ar: '<p>أيام الأسبوع <img src="x" onerror="window.__pwned = true">من التاسعة صباحًا، والأربعاء من الظهر.</p><script>window.__pwned = true</script>',
          },
          keywords: ['counter open', 'opening hours', 'ساعات العمل'],
          updatedAt: '2026-10-01T09:00:00Z',
        },
      ],
    });
  });

  for (const lang of LANGS) {
    const words = WORDS[lang];

    describe(`in ${lang}`, () => {
      it('offers matching FAQs as the citizen types, opens one inline as text, and can be hidden', async () => {
        const { fetch, state } = faqFetch(mock);
        const form = await mount({ mock, lang, service: SERVICE, fetch });
        await type(form, 'subject', QUERIES[lang].slice(0, 8));
        await type(form, 'subject', QUERIES[lang]);
        expect(state.searches, 'nothing is searched while the citizen is typing').to.have.length(0);
        await until(() => form.shadowRoot!.querySelector('[part="suggestions"]') !== null, 'the suggestions');
        expect(state.searches, 'one search after the pause').to.have.length(1);
        const search = state.searches[0]!;
        expect([search.get('q'), search.get('lang'), search.get('limit'), search.get('service')]).to.deep.equal([QUERIES[lang], lang, '3', SERVICE]);

        const section = $(form, '[part="suggestions"]');
        expect(text(section.querySelector('h3')!)).to.equal(words.faqTitle);
        const questions = $$(form, '[part="suggestion"]');
        expect(questions.length).to.be.within(1, 3);
        expect(section.querySelector('mark'), 'the words that matched are highlighted').to.not.equal(null);
        await until(() => text($(form, '[role="status"]')) !== '', 'the suggestions to be announced');
        await expectAccessible(form, 'FAQ suggestions');

        const details = section.querySelector('details')!;
        details.open = true;
        await until(() => details.querySelector('.suggestions__answer p') !== null && !text(details).includes(lang === 'ar' ? arabic('complaint-form.faq-loading') : 'Loading'), 'the answer');
        expect(state.articles).to.equal(1);
        const answer = details.querySelector('.suggestions__answer')!;
        expect(text(answer)).to.match(lang === 'ar' ? /12\.50/ : /£12\.50/);
        // The answer's markup arrives as text only: no links, lists or emphasis from the contact centre.
        expect(answer.querySelector('a, ul, strong, img, script')).to.equal(null);
        await expectAccessible(form, 'an FAQ opened');

        await press(form, '[part="dismiss-suggestions"]');
        expect(form.shadowRoot!.querySelector('[part="suggestions"]')).to.equal(null);
        expect(focused()).to.equal(control(form, 'description'));
        await type(form, 'description', 'I also want to know how long it takes to arrive by post.');
        await sleep(SUGGESTION_DELAY_MS + 200);
        expect(state.searches, 'hidden means hidden').to.have.length(1);
      });
    });
  }

  it('shows an answer written in HTML as plain text, running nothing', async () => {
    const form = await mount({ mock, service: SERVICE });
    await type(form, 'subject', 'When is the counter open');
    await until(() => form.shadowRoot!.querySelector('[data-faq="civil-registry-opening-hours"]') !== null, 'the suggestion');
    const details = $<HTMLDetailsElement>(form, '[data-faq="civil-registry-opening-hours"]');
    details.open = true;
    await until(() => text(details).includes('Weekdays'), 'the answer');
    expect(text(details.querySelector('.suggestions__answer')!)).to.equal('Weekdays from 9am & Wednesday from noon.');
    expect(form.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('never stands in the way: a failed search shows nothing and the form carries on', async () => {
    const { fetch, state } = faqFetch(mock);
    state.failing = true;
    const form = await mount({ mock, service: SERVICE, fetch });
    await fillEnquiry(form, QUERIES.en);
    await until(() => state.searches.length > 0, 'a search');
    await sleep(200);
    expect(form.shadowRoot!.querySelector('[part="suggestions"]')).to.equal(null);
    expect(form.shadowRoot!.querySelector('#cf-error-summary, .error-message')).to.equal(null);
    await pressContinue(form);
    expect(form.shadowRoot!.querySelector('[part="check-answers"]')).to.not.equal(null);
  });
});
