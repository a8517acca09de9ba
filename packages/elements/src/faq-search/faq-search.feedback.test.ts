import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { LIMITS } from '@civic-contact/contract';
import type { MockContactCentre } from '@civic-contact/mock';
import './faq-search.ts';
import type { CivicFaqFeedbackEvent } from '../events/civic-faq-feedback-event.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import type { CivicContactRequestedEvent } from '../events/civic-contact-requested-event.ts';
import type { CivicFaqSearch } from './faq-search.ts';
import {
  $,
  arrowTo,
  BIRTH_CERTIFICATE,
  createMock,
  expectAccessible,
  faqFetch,
  focused,
  LANGS,
  mount,
  QUERIES,
  text,
  typeAndWaitForOptions,
  until,
  untilAnswer,
  WORDS,
} from './test-fixtures.ts';

/** Opens the birth certificate FAQ through the keyboard. */
async function openBirthCertificate(el: CivicFaqSearch, lang: 'en' | 'ar'): Promise<void> {
  await typeAndWaitForOptions(el, QUERIES[lang]);
  await arrowTo(el, BIRTH_CERTIFICATE);
  await sendKeys({ press: 'Enter' });
  await untilAnswer(el);
}

function feedbackButton(el: CivicFaqSearch, helpful: 'yes' | 'no'): HTMLElement {
  return $(el, `[part="feedback-button"][data-helpful="${helpful}"]`);
}

describe('<civic-faq-search> feedback', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;
  let events: CivicFaqFeedbackEvent[];
  let errors: CivicErrorEvent[];
  const onFeedback = (event: CivicFaqFeedbackEvent) => events.push(event);
  const onError = (event: CivicErrorEvent) => errors.push(event);

  beforeEach(async () => {
    mock = await createMock();
    events = [];
    errors = [];
    document.addEventListener('civic-faq-feedback', onFeedback);
    document.addEventListener('civic-error', onError);
  });

  afterEach(() => {
    document.removeEventListener('civic-faq-feedback', onFeedback);
    document.removeEventListener('civic-error', onError);
  });

  for (const lang of LANGS) {
    it(`records "Yes" and thanks the citizen (${lang})`, async () => {
      const el = await mount({ mock, lang });
      await openBirthCertificate(el, lang);
      feedbackButton(el, 'yes').click();
      await until(() => el.shadowRoot!.querySelector('#faq-feedback-thanks') !== null, 'the thanks');
      await el.updateComplete;
      expect(text($(el, '#faq-feedback-thanks'))).to.equal(WORDS[lang].thanksYes);
      expect(focused()?.id).to.equal('faq-feedback-thanks');
      expect(el.shadowRoot!.querySelector('[part="escalation"]'), 'no escalation after Yes').to.equal(null);
      const recorded = await mock.storage.feedback();
      expect(recorded.map((r) => [r.faqId, r.helpful, r.comment, r.lang])).to.deep.equal([[BIRTH_CERTIFICATE, true, null, lang]]);
      expect(events.map((event) => [event.id, event.helpful])).to.deep.equal([[BIRTH_CERTIFICATE, true]]);
      await expectAccessible(el, 'thanked after Yes');
    });

    it(`after "No" asks what was missing, records it, then offers a complaint or a callback (${lang})`, async () => {
      const el = await mount({ mock, lang, complaintHref: '#complaint', callbackHref: '#callback' });
      await openBirthCertificate(el, lang);
      feedbackButton(el, 'no').click();
      await el.updateComplete;
      await el.updateComplete;
      const comment = $<HTMLTextAreaElement>(el, '#faq-comment');
      expect(focused()).to.equal(comment);
      expect(comment.maxLength).to.equal(LIMITS.feedbackCommentMaxLength);
      await expectAccessible(el, 'comment after No');
      await sendKeys({ type: 'I was born abroad' });
      $(el, '[part="send-feedback-button"]').click();
      await until(() => el.shadowRoot!.querySelector('#faq-feedback-thanks') !== null, 'the thanks');
      await el.updateComplete;
      expect(text($(el, '#faq-feedback-thanks'))).to.equal(WORDS[lang].thanksNo);
      const recorded = await mock.storage.feedback();
      expect(recorded.map((r) => [r.faqId, r.helpful, r.comment])).to.deep.equal([[BIRTH_CERTIFICATE, false, 'I was born abroad']]);
      expect(events.map((event) => [event.id, event.helpful])).to.deep.equal([[BIRTH_CERTIFICATE, false]]);
      const escalation = $(el, '[part="answer"] [part="escalation"]');
      expect(text(escalation)).to.include(WORDS[lang].stillNeed);
      expect(escalation.querySelector('[part="complaint-link"]')?.getAttribute('href')).to.equal('#complaint');
      await expectAccessible(el, 'escalation after No');
      // The event names the FAQ that did not help.
      const requested: CivicContactRequestedEvent[] = [];
      const handle = (event: CivicContactRequestedEvent) => {
        requested.push(event);
        event.preventDefault();
      };
      document.addEventListener('civic-contact-requested', handle);
      try {
        $(el, '[part="answer"] [part="callback-link"]').click();
      } finally {
        document.removeEventListener('civic-contact-requested', handle);
      }
      expect(requested.map((event) => [event.channel, event.query, event.faqId])).to.deep.equal([['callback', QUERIES[lang], BIRTH_CERTIFICATE]]);
    });

    it(`shows a failed feedback with Try again, keeping the comment (${lang})`, async () => {
      const { fetch, state } = faqFetch(mock);
      const el = await mount({ mock, lang, fetch });
      await openBirthCertificate(el, lang);
      feedbackButton(el, 'no').click();
      await el.updateComplete;
      await el.updateComplete;
      await sendKeys({ type: 'Nothing about fees' });
      state.mode.feedback = 'server';
      $(el, '[part="send-feedback-button"]').click();
      await until(() => el.shadowRoot!.querySelector('#faq-feedback-failure') !== null, 'the failure');
      await el.updateComplete;
      expect(focused()?.id).to.equal('faq-feedback-failure');
      expect(text($(el, '#faq-feedback-failure'))).to.include(WORDS[lang].feedbackFailed);
      expect($<HTMLTextAreaElement>(el, '#faq-comment').value, 'the comment is kept').to.equal('Nothing about fees');
      expect(errors.map((event) => event.operation)).to.deep.equal(['send-feedback']);
      // The citizen is not stuck: they can still contact the ministry.
      expect(el.shadowRoot!.querySelector('[part="answer"] [part="escalation"]')).to.not.equal(null);
      await expectAccessible(el, 'feedback failed');
      state.mode.feedback = 'pass';
      $(el, '#faq-feedback-failure [part="retry-button"]').click();
      await until(() => el.shadowRoot!.querySelector('#faq-feedback-thanks') !== null, 'the thanks');
      const recorded = await mock.storage.feedback();
      expect(recorded.map((r) => [r.helpful, r.comment])).to.deep.equal([[false, 'Nothing about fees']]);
    });
  }

  it('shows a failed "Yes" with Try again, and sends it once it works', async () => {
    const { fetch, state } = faqFetch(mock);
    const el = await mount({ mock, fetch });
    await openBirthCertificate(el, 'en');
    state.mode.feedback = 'offline';
    feedbackButton(el, 'yes').click();
    await until(() => el.shadowRoot!.querySelector('#faq-feedback-failure') !== null, 'the failure');
    expect(text($(el, '#faq-feedback-failure'))).to.include(WORDS.en.unreachable);
    state.mode.feedback = 'pass';
    $(el, '#faq-feedback-failure [part="retry-button"]').click();
    await until(() => el.shadowRoot!.querySelector('#faq-feedback-thanks') !== null, 'the thanks');
    expect((await mock.storage.feedback()).map((r) => r.helpful)).to.deep.equal([true]);
  });
});
