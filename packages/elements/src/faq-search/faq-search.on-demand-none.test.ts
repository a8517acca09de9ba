// In a page of its own: the code that offers the ways to contact the ministry is loaded once
// per page, so a search that finds nothing before it has come can only be met in a fresh page.
import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { $, LATER_CODE, createMock, input, mount, sleep, text, until, untilAnnounced, WORDS } from './test-fixtures.ts';
import { fetchedModules, keepEveryResourceEntry } from '../test-support/fixtures.ts';

let mock: MockContactCentre;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMock();
});

describe('<civic-faq-search> "No answers match" fetched on demand', () => {
  it('offers a complaint or a callback after a search that found nothing before that code had come', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const el = await mount({ mock, idle: true, complaintHref: '/complaint.html', callbackHref: '/callback.html' });
    await sleep(200);
    expect((fetchedModules(LATER_CODE).length > 0), 'fetched before anyone used the search').to.equal(false);
    // Typed without focus ever entering the element (which would fetch the code).
    const box = input(el);
    box.value = 'zzyzx qwvbn';
    box.dispatchEvent(new InputEvent('input'));
    await until(() => el.shadowRoot!.querySelector('[part="no-results"]') !== null, 'no results');
    expect((fetchedModules(LATER_CODE).length > 0)).to.equal(true);
    expect(text($(el, '#faq-no-results-title'))).to.include(WORDS.en.noMatch);
    expect($(el, '[part="no-results"] [part="complaint-link"]').getAttribute('href')).to.equal('/complaint.html');
    expect($(el, '[part="no-results"] [part="callback-link"]').getAttribute('href')).to.equal('/callback.html');
    await untilAnnounced(el, WORDS.en.noResults);
  });
});
