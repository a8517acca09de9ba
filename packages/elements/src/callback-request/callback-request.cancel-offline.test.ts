// In a page of its own: the later steps' module must not have been fetched before the test
// cuts the connection to it (a module is fetched once per page).
import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { MockContactCentre } from '@civic-contact/mock';
import { $, click, createMock, expectAccessible, focused, text, until, words } from './test-fixtures.ts';
import { place } from '../test-support/fixtures.ts';

let mock: MockContactCentre;
let worker: ReturnType<typeof setupWorker>;

before(async () => {
  mock = await createMock();
  worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
});

after(() => worker.stop());

describe('<civic-callback-request mode="cancel"> when its form cannot be fetched', () => {
  it('says the contact centre could not be reached, and Try again shows the form once it can be', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    worker.use(http.get(/\/callback-request\/later\.ts$/, () => HttpResponse.error()));
    const container = place(
      html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${mock.keys.site['transport']!} lang="en" .fetch=${mock.fetch}>
        <civic-callback-request mode="cancel" reference="MOT-7K3D-9QX6"></civic-callback-request>
      </civic-contact-provider>`,
    );
    const el = container.querySelector('civic-callback-request')!;
    await until(() => el.shadowRoot?.querySelector('#cb-error-summary') !== null, 'the failure');
    expect(text($(el, '#cb-error-summary'))).to.include('We could not reach the contact centre');
    await expectAccessible(el, 'cancel form unreachable');

    worker.resetHandlers();
    await click($(el, '#cb-error-summary [part~="retry-button"]'));
    await until(() => focused()?.id === 'cb-cancel-title', 'the form, with focus on its title');
    expect(text($(el, '#cb-cancel-title'))).to.equal(words('en').cancelTitle);
    expect($<HTMLInputElement>(el, '#cb-cancel-reference').value, 'the page’s reference').to.equal('MOT-7K3D-9QX6');
  });
});
