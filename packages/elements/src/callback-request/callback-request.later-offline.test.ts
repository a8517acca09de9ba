// In a page of its own, with the only service worker of the callback tests (msw's, which
// cuts the connection to one module): the later steps' module must not have been fetched
// before the test cuts it off, as a module is fetched once per page.
import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { MockContactCentre } from '@civic-contact/mock';
import type { CivicCallbackRequest } from './callback-request.ts';
import {
  $,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  expectFieldError,
  focused,
  LONDON,
  text,
  TRANSPORT,
  typeInto,
  until,
  untilAsapKnown,
  untilCalendar,
  untilSummary,
  words,
} from './test-fixtures.ts';
import { place } from '../test-support/fixtures.ts';

let mock: MockContactCentre;
let worker: ReturnType<typeof setupWorker>;

before(async () => {
  mock = await createMock();
  worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
});

after(() => worker.stop());

/**
 * Waits until the worker really answers for this page. Another test page of the run (the
 * mock's own worker test) may stop its worker, and with it the shared registration, while
 * this one starts: then this page starts it again.
 */
async function untilIntercepted(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const intercepted = await fetch('/packages/elements/src/callback-request/later.ts?probe').then(
      () => false,
      () => true,
    );
    if (intercepted) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (attempt % 10 === 9) await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  throw new Error('The service worker never took this page: the test cannot cut the connection');
}

describe('<civic-callback-request> when the later steps cannot be fetched', () => {
  it('says the contact centre could not be reached where the citizen acted, keeps every answer, and Try again goes on once it can be', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const w = words('en');
    // The connection drops before the citizen starts on the form, and before the page that only cancels has its form.
    worker.use(http.get(/\/callback-request\/later\.ts(\?.*)?$/, () => HttpResponse.error()));
    await untilIntercepted();
    const container = place(
      html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${mock.keys.site[TRANSPORT]!} lang="en" .fetch=${mock.fetch}>
        <civic-callback-request id="book" service=${DRIVING_TEST} time-zone=${LONDON}></civic-callback-request>
        <civic-callback-request id="cancel" mode="cancel" reference="MOT-7K3D-9QX6"></civic-callback-request>
      </civic-contact-provider>`,
    );
    const book = container.querySelector<CivicCallbackRequest>('#book')!;
    const cancel = container.querySelector<CivicCallbackRequest>('#cancel')!;

    // Cancelling is the first step of that element: it says it cannot show its form.
    // Generous: in a full run the test server is still compiling the element's modules for other pages.
    await until(() => cancel.shadowRoot?.querySelector('#cb-error-summary') !== null, 'the cancelling element to say it cannot show its form', 45_000);
    expect(text($(cancel, '#cb-error-summary'))).to.include('We could not reach the contact centre');
    await expectAccessible(cancel, 'cancel form unreachable');

    await until(() => book.shadowRoot?.querySelector('#cb-form-title') !== null, 'the booking form');
    await untilAsapKnown(book);
    await typeInto($<HTMLInputElement>(book, '#cb-name'), 'Maria');

    // "At a time I choose": the calendar cannot come, and says why, with Try again.
    await click($(book, '#cb-when-slot'));
    await until(() => book.shadowRoot!.querySelector('.slots-error') !== null, 'the calendar to say it cannot be loaded');
    expect(text($(book, '.slots-error'))).to.include('We could not reach the contact centre');
    await expectAccessible(book, 'calendar unreachable');

    // Request callback: said where the summary goes, with focus on it.
    await click($(book, '#cb-submit'));
    await untilSummary(book, w.unreachable);
    expect(focused()?.id).to.equal('cb-error-summary');
    expect($<HTMLInputElement>(book, '#cb-name').value).to.equal('Maria');
    expect($<HTMLInputElement>(book, '#cb-when-slot').checked).to.equal(true);
    await expectAccessible(book, 'check unreachable');

    // The connection is back: Try again checks the answers, and the calendar comes.
    worker.resetHandlers();
    await click($(book, '#cb-error-summary [part~="retry-button"]'));
    await untilSummary(book, w.slotMissing);
    expectFieldError(book, 'slot', w.slotMissing);
    await untilCalendar(book);
    expect($<HTMLInputElement>(book, '#cb-name').value).to.equal('Maria');

    // And the cancelling element shows its form, with focus on its title and the page's reference.
    await click($(cancel, '#cb-error-summary [part~="retry-button"]'));
    await until(() => focused()?.id === 'cb-cancel-title', 'the cancel form, with focus on its title');
    expect(text($(cancel, '#cb-cancel-title'))).to.equal(w.cancelTitle);
    expect($<HTMLInputElement>(cancel, '#cb-cancel-reference').value).to.equal('MOT-7K3D-9QX6');
  });
});
