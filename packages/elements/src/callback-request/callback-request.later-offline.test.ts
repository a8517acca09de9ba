// In a page of its own: the later steps' module must not have been fetched before the test
// cuts the connection to it (a module is fetched once per page).
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { MockContactCentre } from '@civic-contact/mock';
import {
  $,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  expectFieldError,
  focused,
  mount,
  text,
  typeInto,
  until,
  untilAsapKnown,
  untilCalendar,
  untilSummary,
  words,
} from './test-fixtures.ts';

let mock: MockContactCentre;
let worker: ReturnType<typeof setupWorker>;

before(async () => {
  mock = await createMock();
  worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
});

after(() => worker.stop());

describe('<civic-callback-request> when the later steps cannot be fetched', () => {
  it('says the contact centre could not be reached where the citizen acted, keeps every answer, and Try again goes on once it can be', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const w = words('en');
    // The connection drops before the citizen starts on the form.
    worker.use(http.get(/\/callback-request\/later\.ts$/, () => HttpResponse.error()));
    const el = await mount({ mock, service: DRIVING_TEST, untouched: true });
    await untilAsapKnown(el);
    await typeInto($<HTMLInputElement>(el, '#cb-name'), 'Maria');

    // "At a time I choose": the calendar cannot come, and says why, with Try again.
    await click($(el, '#cb-when-slot'));
    await until(() => el.shadowRoot!.querySelector('.slots-error') !== null, 'the calendar to say it cannot be loaded');
    expect(text($(el, '.slots-error'))).to.include('We could not reach the contact centre');
    await expectAccessible(el, 'calendar unreachable');

    // Request callback: said where the summary goes, with focus on it.
    await click($(el, '#cb-submit'));
    await untilSummary(el, w.unreachable);
    expect(focused()?.id).to.equal('cb-error-summary');
    expect($<HTMLInputElement>(el, '#cb-name').value).to.equal('Maria');
    expect($<HTMLInputElement>(el, '#cb-when-slot').checked).to.equal(true);
    await expectAccessible(el, 'check unreachable');

    // The connection is back: Try again checks the answers, and the calendar comes.
    worker.resetHandlers();
    await click($(el, '#cb-error-summary [part~="retry-button"]'));
    await untilSummary(el, w.slotMissing);
    expectFieldError(el, 'slot', w.slotMissing);
    await untilCalendar(el);
    expect($<HTMLInputElement>(el, '#cb-name').value).to.equal('Maria');
  });
});
