/**
 * Shared fixtures of the `<civic-faq-search>` tests. It has no tests of its own; the
 * `test-fixtures.ts` name keeps it out of the package build.
 */
import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { FaqEntry } from '@civic-contact/contract';
import { seed } from '@civic-contact/core/seed';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './faq-search.ts';
import { getLocale } from '../i18n/localization.ts';
import type { CivicFaqSearch } from './faq-search.ts';
import { templates as arabicFaq } from '../i18n/locales/ar/faq-search.ts';
import { templates as arabicShared } from '../i18n/locales/ar/shared.ts';
import { $, $$, startOn, text } from '../test-support/dom.ts';
import { arabicOf, place, type Lang, problem, until } from '../test-support/fixtures.ts';

export { $, $$, text } from '../test-support/dom.ts';
export { expectAccessible, focused, problem, sleep, until } from '../test-support/fixtures.ts';
export { LANGS, type Lang } from '../test-support/fixtures.ts';

/** The Arabic this element can show: its own strings and those shared by every element. */
export const ARABIC = { ...arabicShared, ...arabicFaq };

/** Arabic words to assert on: a template's fixed text, or its longest fixed piece. */
export const { text: arabic, phrase: arabicPhrase } = arabicOf(ARABIC);

/** Words the citizen sees, in each language. */
export const WORDS = {
  en: {
    label: 'Search for an answer',
    problem: 'There is a problem',
    missing: 'Enter a word or two about your question',
    searching: 'Searching…',
    noResults: 'No results',
    noMatch: 'No answers match',
    back: 'Back to results',
    feedback: 'Did this answer your question?',
    yes: 'Yes',
    no: 'No',
    thanksYes: 'Thank you for your feedback.',
    thanksNo: 'Thank you. Your feedback helps us improve our answers.',
    send: 'Send feedback',
    complaint: 'Make a complaint',
    callback: 'Request a callback',
    stillNeed: 'Still need help?',
    retry: 'Try again',
    unreachable: 'We could not reach the contact centre',
    searchFailed: 'The search is not working at the moment',
    tooMany: 'Too many requests were made from here',
    answerFailed: 'The answer could not be loaded',
    feedbackFailed: 'Your feedback could not be sent',
    onlyIn: 'This answer is only available in',
  },
  ar: {
    label: arabic('faq-search.label'),
    problem: arabic('shared.error-summary-title'),
    missing: arabic('faq-search.query-missing'),
    searching: arabic('faq-search.searching'),
    noResults: arabic('faq-search.count-none'),
    noMatch: arabicPhrase('faq-search.no-results-title'),
    back: arabic('faq-search.back'),
    feedback: arabic('faq-search.feedback-question'),
    yes: arabic('faq-search.yes'),
    no: arabic('faq-search.no'),
    thanksYes: arabic('faq-search.thanks-yes'),
    thanksNo: arabic('faq-search.thanks-no'),
    send: arabic('faq-search.send-feedback'),
    complaint: arabic('faq-search.complaint'),
    callback: arabic('faq-search.callback'),
    stillNeed: arabic('faq-search.escalation-title'),
    retry: arabic('faq-search.retry'),
    unreachable: arabicPhrase('faq-search.unreachable'),
    searchFailed: arabicPhrase('faq-search.search-failed'),
    tooMany: arabicPhrase('faq-search.rate-limited'),
    answerFailed: arabicPhrase('faq-search.answer-failed'),
    feedbackFailed: arabicPhrase('faq-search.feedback-failed'),
    onlyIn: arabicPhrase('faq-search.language-note'),
  },
} as const;

/** The modules of the on-demand chunk (later.ts and what comes with it), as the page fetches them. */
export const LATER_CODE = /\/faq-search\/(later|answer|answer-view|escalation-view)\.ts$/;

/** Queries with a typo that find the birth certificate FAQ first, in each language. */
export const QUERIES = { en: 'copy of birth certficate', ar: 'نسخة شهادة ميلاد' } as const;
export const BIRTH_CERTIFICATE = 'civil-registry-001';

/** FAQs added to the civil registry's for these tests. */
export const TEST_FAQS: FaqEntry[] = [
  {
    // Only in English: an Arabic reader gets it in the ministry's default language.
    id: 'civil-registry-parking',
    ministryId: 'civil-registry',
    category: { en: 'Visiting us' },
    question: { en: 'Is there parking at the register office?' },
    answerHtml: { en: '<p>There are <strong>six</strong> visitor spaces behind the building.</p>' },
    keywords: ['car park', 'parking', 'موقف'],
    updatedAt: '2026-10-01T10:00:00Z',
  },
  {
    // What a compromised back office might send: none of it may run or reach the page.
    id: 'civil-registry-hostile',
    ministryId: 'civil-registry',
    category: { en: 'Visiting us', ar: 'زيارتنا' },
    question: { en: 'When is the counter open on Saturdays?', ar: 'متى يفتح الشباك يوم السبت؟' },
    answerHtml: {
      en:
        '<h1 style="color:red">Saturday opening</h1><p onclick="window.__pwned = true">From <em>9am</em> to noon.<img src="x" onerror="window.__pwned = true"></p>' +
        '<script>window.__pwned = true</script><ul><li>Bring <b>ID</b></li></ul>' +
        '<p><a href="javascript:window.__pwned = true">Click me</a> <a href="https://registry.example.gov/hours" target="_self" onclick="window.__pwned = true">Opening hours</a> ' +
        '<a href="tel:+442079460311">Call us</a><iframe src="https://evil.example"></iframe><br><form action="https://evil.example"><input name="x"></form></p>',
      ar: '<p>من <em>التاسعة</em> حتى الظهر.<img src="x" onerror="window.__pwned = true"></p><script>window.__pwned = true</script>',
    },
    keywords: ['saturday', 'weekend', 'السبت'],
    updatedAt: '2026-10-01T10:00:00Z',
  },
];

/** The mock contact centre with the demo seed and {@link TEST_FAQS}. */
export function createMock(): Promise<MockContactCentre> {
  return createMockContactCentre({ seed: { ...seed, faqs: [...seed.faqs, ...TEST_FAQS] } });
}

/** What the next FAQ requests of one kind meet. */
export type Mode = 'pass' | 'offline' | 'server' | 'rate-limited' | 'hold';

/** The mock's fetch, counting the FAQ requests and able to fail or hold each kind. */
export function faqFetch(mock: MockContactCentre, files: Record<string, () => unknown> = {}) {
  const state = {
    searches: [] as URLSearchParams[],
    articles: 0,
    feedback: [] as unknown[],
    /** Every request, as `METHOD path`. */
    requests: [] as string[],
    mode: { search: 'pass', article: 'pass', feedback: 'pass' } as Record<'search' | 'article' | 'feedback', Mode>,
    /** Releases the requests held in 'hold' mode. */
    release: [] as Array<() => void>,
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    state.requests.push(`${request.method} ${url.pathname}`);
    const file = files[url.pathname];
    if (file) {
      const body = file();
      return body instanceof Response ? body : Response.json(body);
    }
    let kind: 'search' | 'article' | 'feedback' | undefined;
    if (url.pathname === '/v1/faq/search') {
      kind = 'search';
      state.searches.push(url.searchParams);
    } else if (url.pathname.endsWith('/feedback')) {
      kind = 'feedback';
      state.feedback.push(await request.clone().json());
    } else if (url.pathname.startsWith('/v1/faq/')) {
      kind = 'article';
      state.articles += 1;
    }
    if (kind) {
      const mode = state.mode[kind];
      if (mode === 'hold') await new Promise<void>((resolve) => state.release.push(resolve));
      request.signal.throwIfAborted();
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (mode === 'server') return problem(500, { title: 'Internal error', type: 'about:blank' });
      if (mode === 'rate-limited') return problem(429, { title: 'Too many requests', type: 'about:blank' }, { 'Retry-After': '120' });
    }
    return mock.fetch(request);
  };
  return { fetch, state };
}

/** Options of {@link mount}. */
export interface MountOptions {
  mock: MockContactCentre;
  lang?: Lang;
  fetch?: typeof globalThis.fetch;
  complaintHref?: string;
  callbackHref?: string;
  indexSrc?: string;
  service?: string;
  ministry?: string;
  /** Leave the citizen not yet started on the search (see `startOn`); started by default. */
  idle?: boolean;
}

/** The element inside a provider, in a page landmark, once it speaks `lang` and the catalogue has loaded. */
export async function mount(options: MountOptions): Promise<CivicFaqSearch> {
  const { mock } = options;
  const lang = options.lang ?? 'en';
  const container = place(
    html`<civic-contact-provider
      api-base=${mock.baseUrl}
      site-key=${mock.keys.site[options.ministry ?? 'civil-registry']!}
      lang=${lang}
      .fetch=${options.fetch ?? mock.fetch}
    >
      <civic-faq-search
        complaint-href=${options.complaintHref ?? ''}
        callback-href=${options.callbackHref ?? ''}
        index-src=${options.indexSrc ?? ''}
        service=${options.service ?? ''}
      ></civic-faq-search>
    </civic-contact-provider>`,
  );
  const provider = container.querySelector('civic-contact-provider')!;
  const el = container.querySelector('civic-faq-search')!;
  await until(() => Boolean(el.shadowRoot?.querySelector('#faq-input')), 'the search box');
  await until(() => getLocale() === lang && text($(el, '#faq-label')) === WORDS[lang].label, `the strings in ${lang}`);
  await until(() => provider.catalogue.status === 'ready', 'the catalogue');
  // The citizen starts on the search, which fetches the answer's code (unless left idle).
  if (options.idle) await el.updateComplete;
  else await startOn(el, () => import('./later.ts'));
  return el;
}

export function input(el: CivicFaqSearch): HTMLInputElement {
  return $<HTMLInputElement>(el, '#faq-input');
}

/** Types into the search box with real key presses, as a person would. */
export async function typeQuery(el: CivicFaqSearch, query: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: query });
}

/** The options offered in the listbox, while it shows. */
export function options(el: CivicFaqSearch): HTMLElement[] {
  return $$(el, '#faq-listbox:not([hidden]) [role="option"]');
}

/** Waits until the listbox offers questions for what the box holds now, not for what it held a few keys ago. */
export async function untilOptions(el: CivicFaqSearch, what: string): Promise<HTMLElement[]> {
  await until(() => options(el).length > 0 && el.shadowRoot!.querySelector('[part="searching"]') === null, what);
  await el.updateComplete;
  return options(el);
}

/** Types `query` and waits until the listbox offers questions for it. */
export async function typeAndWaitForOptions(el: CivicFaqSearch, query: string): Promise<HTMLElement[]> {
  await typeQuery(el, query);
  return untilOptions(el, `questions offered for "${query}"`);
}

/** Presses Down until the offered question with FAQ `id` is the active option (wherever the ranking puts it). */
export async function arrowTo(el: CivicFaqSearch, id: string): Promise<void> {
  const position = options(el).findIndex((option) => option.dataset['faq'] === id);
  expect(position, `${id} is offered`).to.be.greaterThanOrEqual(0);
  for (let presses = 0; presses <= position; presses += 1) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(input(el).getAttribute('aria-activedescendant')).to.equal(`faq-option-${position}`);
}

/** The live region's words, once they settle on something containing `words`. */
export async function untilAnnounced(el: CivicFaqSearch, words: string): Promise<void> {
  await until(() => text($(el, '[role="status"]')).includes(words), `"${words}" to be announced`);
}

/** Waits until the answer's text is shown. */
export async function untilAnswer(el: CivicFaqSearch): Promise<void> {
  await until(() => el.shadowRoot!.querySelector('.answer__body') !== null, 'the answer');
  await el.updateComplete;
}

