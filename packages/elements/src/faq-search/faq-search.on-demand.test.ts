// In a page of its own: the answer's code is loaded once per page, so whether the page has
// fetched it can only be seen before any other test has started on the search.
import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { $, $$, LATER_CODE, createMock, focused, input, mount, QUERIES, sleep, text, until, untilAnswer, WORDS } from './test-fixtures.ts';
import { fetchedModules, keepEveryResourceEntry } from '../test-support/fixtures.ts';

let mock: MockContactCentre;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMock();
});

describe('<civic-faq-search> answers fetched on demand', () => {
  it('shows the search box without the answer’s code, and opens an answer chosen before that code has come', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const el = await mount({ mock, idle: true });
    await sleep(200);
    expect((fetchedModules(LATER_CODE).length > 0), 'fetched before anyone used the search').to.equal(false);
    // Questions found and one chosen without focus ever entering the element (which would
    // fetch the code): as a citizen on a slow connection whose choice comes before the code.
    const box = input(el);
    box.value = QUERIES.en;
    box.dispatchEvent(new InputEvent('input'));
    await until(() => $$(el, '[role="option"]').length > 0, 'questions found');
    const question = text($$(el, '[role="option"]')[0]!.querySelector('.option__question'));
    expect((fetchedModules(LATER_CODE).length > 0), 'fetched before an answer was chosen').to.equal(false);
    for (const key of ['ArrowDown', 'Enter']) box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await untilAnswer(el);
    expect((fetchedModules(LATER_CODE).length > 0)).to.equal(true);
    expect(text($(el, '#faq-answer-title'))).to.equal(question);
    expect(focused()?.id, 'the answer’s heading has focus').to.equal('faq-answer-title');
    expect(text($(el, '.feedback h3'))).to.equal(WORDS.en.feedback);
    $(el, '[part="back-button"]').click();
    await el.updateComplete;
    expect(focused()).to.equal(box);
    expect(box.value).to.equal(QUERIES.en);
  });
});
