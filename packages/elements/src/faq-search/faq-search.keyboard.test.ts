import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { MockContactCentre } from '@civic-contact/mock';
import './faq-search.ts';
import type { CivicFaqSearch } from './faq-search.ts';
import {
  $,
  arrowTo,
  BIRTH_CERTIFICATE,
  createMock,
  expectAccessible,
  focused,
  input,
  LANGS,
  mount,
  QUERIES,
  text,
  until,
  untilOptions,
  untilAnswer,
  WORDS,
} from './test-fixtures.ts';

async function pressTab(back = false): Promise<void> {
  if (!back) return sendKeys({ press: 'Tab' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab (or Shift+Tab) until `matches` holds for the focused element. */
async function tabTo(el: CivicFaqSearch, matches: (element: Element | null) => boolean, what: string, back = false): Promise<void> {
  for (let presses = 0; presses < 25; presses += 1) {
    if (matches(focused())) return;
    await pressTab(back);
    await el.updateComplete;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('<civic-faq-search> with the keyboard only', function () {
  this.timeout(30_000);
  let mock: MockContactCentre;

  beforeEach(async () => {
    mock = await createMock();
  });

  for (const lang of LANGS) {
    it(`types, chooses with the arrows, reads the answer, gives feedback, goes back and clears (${lang})`, async () => {
      const el = await mount({ mock, lang, complaintHref: '#complaint', callbackHref: '#callback' });
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(el, (element) => element === input(el), 'the search box');

      await sendKeys({ type: QUERIES[lang] });
      await untilOptions(el, 'questions offered');
      // Down past it and back up: the active option follows.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('faq-option-0');
      await sendKeys({ press: 'ArrowUp' });
      await arrowTo(el, BIRTH_CERTIFICATE);
      await sendKeys({ press: 'Enter' });
      await untilAnswer(el);
      expect(focused()?.id, 'the answer’s heading has focus').to.equal('faq-answer-title');

      // Through the answer's links to "No".
      await tabTo(el, (element) => element?.getAttribute('data-helpful') === 'no', 'the No button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(focused()?.id).to.equal('faq-comment');
      await sendKeys({ type: 'Abroad' });
      await tabTo(el, (element) => element?.getAttribute('part') === 'send-feedback-button', 'Send feedback');
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('#faq-feedback-thanks') !== null, 'the thanks');
      await el.updateComplete;
      expect(focused()?.id).to.equal('faq-feedback-thanks');
      expect(text($(el, '#faq-feedback-thanks'))).to.equal(WORDS[lang].thanksNo);
      expect((await mock.storage.feedback()).map((r) => [r.faqId, r.helpful, r.comment])).to.deep.equal([[BIRTH_CERTIFICATE, false, 'Abroad']]);
      await tabTo(el, (element) => element?.getAttribute('part') === 'complaint-link', 'Make a complaint');
      await expectAccessible(el, 'keyboard: escalation');

      await tabTo(el, (element) => element?.getAttribute('part') === 'back-button', 'Back to results', true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused()).to.equal(input(el));
      expect(input(el).value).to.equal(QUERIES[lang]);

      // Down opens the list again; Tab leaves it closed.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(focused()?.getAttribute('part')).to.equal('search-button');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await pressTab(true);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal(QUERIES[lang]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      await expectAccessible(el, 'keyboard: cleared');
    });
  }

  it('opens a result of the full list with Enter and goes back to it', async () => {
    const el = await mount({ mock });
    input(el).focus();
    await sendKeys({ type: 'certificate' });
    await untilOptions(el, 'questions offered');
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'faq-results-title', 'the results heading to take focus');
    await tabTo(el, (element) => element?.getAttribute('part') === 'result-button', 'the first result');
    const id = focused()!.id;
    await sendKeys({ press: 'Enter' });
    await untilAnswer(el);
    await tabTo(el, (element) => element?.getAttribute('part') === 'back-button', 'Back to results', true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()?.id, 'back on the result that was opened').to.equal(id);
  });
});
