// In a page of its own: a module is fetched once per page, so whether the first view has
// fetched the later steps can only be seen before any test has started on a form.
import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { $, click, createMock, DRIVING_TEST, expectFieldError, instrumentedFetch, mount, untilAsapKnown, untilSummary, words } from './test-fixtures.ts';
import { fetchedModules, keepEveryResourceEntry } from '../test-support/fixtures.ts';

/** The modules that come with the later steps (later.ts and what only it imports). */
const LATER = ['later', 'calendar-view', 'check', 'messages', 'summary-view', 'confirmation-view', 'cancel', 'cancel-view'];

let mock: MockContactCentre;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMock();
});

describe('<civic-callback-request> later steps', () => {
  it('shows the form without fetching what comes after acting, and checks the answers when the citizen presses Request callback before it has come', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const w = words('en');
    const { fetch, state } = instrumentedFetch(mock);
    const el = await mount({ mock, service: DRIVING_TEST, fetch, untouched: true });
    await untilAsapKnown(el);
    expect(LATER.filter((module) => fetchedModules(new RegExp(`/callback-request/${module}\\.ts$`)).length > 0), 'fetched before the citizen started on the form').to.deep.equal([]);

    // The press moves focus into the form, which starts the fetch; the check waits for it.
    await click($(el, '#cb-submit'));
    await untilSummary(el, w.whenMissing);
    expect(fetchedModules(/\/callback-request\/later\.ts$/).length > 0).to.equal(true);
    expectFieldError(el, 'when', w.whenMissing);
    expectFieldError(el, 'phone', w.phoneMissing);
    expect(state.bookings).to.equal(0);
  });
});
