// In a page of its own: the result's code is loaded once per page, so whether the page has
// fetched it can only be seen before any other test has started on the form.
import { expect } from 'chai';
import { html, render } from 'lit';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import './ticket-status.ts';
import { fetchedModules, keepEveryResourceEntry, sleep, spelledOut, until } from '../test-support/fixtures.ts';
import { $, text } from '../test-support/dom.ts';
import { EMAIL, fileComplaint, HEALTH_SITE_KEY } from './test-fixtures.ts';

let mock: MockContactCentre;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMockContactCentre();
});

describe('<civic-ticket-status> result fetched on demand', () => {
  it('shows the form without the result’s code, and shows a complaint looked up before that code has come', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const reference = await fileComplaint(mock);
    const container = document.createElement('main');
    document.body.append(container);
    render(
      html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${HEALTH_SITE_KEY} lang="en" .fetch=${mock.fetch}>
        <civic-ticket-status></civic-ticket-status>
      </civic-contact-provider>`,
      container,
    );
    const el = container.querySelector('civic-ticket-status')!;
    const root = el.shadowRoot!;
    await until(() => text(root.querySelector('#reference-hint')).includes('MOH-7K3D-9QX6'), 'the form with the ministry’s example');
    await sleep(200);
    expect((fetchedModules(/\/ticket-status\/(later|result-view)\.ts$/).length > 0), 'fetched before anyone used the form').to.equal(false);
    // Filled in and sent without focus ever entering the element (which would fetch the code):
    // as a citizen on a slow connection whose complaint is found before the code has come.
    for (const [id, value] of [['reference', reference], ['verifier', EMAIL]] as const) {
      const input = $(el, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    }
    $(el, '#submit').click();
    await until(() => root.querySelector('#result-heading') !== null, 'the result');
    expect((fetchedModules(/\/ticket-status\/(later|result-view)\.ts$/).length > 0)).to.equal(true);
    expect(text(root.querySelector('#result-heading'))).to.include(reference);
    expect(text(root.querySelector('[part="status"]'))).to.include('Received');
    expect(root.activeElement?.id, 'focus on the result heading').to.equal('result-heading');
    expect(text(root.querySelector('[role="status"]'))).to.include(`${spelledOut(reference)} found`);
    container.remove();
  });
});
