// In a page of its own: the phone-number library is loaded once per page, so whether the
// page has fetched it can only be seen before any other test has used a phone field.
import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { $, click, createMock, DRIVING_TEST, mount, typeInto, until, untilAsapKnown } from './test-fixtures.ts';
import { fetchedModules, keepEveryResourceEntry } from '../test-support/fixtures.ts';

/** Whether the page has fetched libphonenumber-js (its own chunk in the built code). */
const phoneLibraryFetched = () => fetchedModules(/\/libphonenumber-js\//).length > 0;

let mock: MockContactCentre;

before(async () => {
  keepEveryResourceEntry();
  mock = await createMock();
});

describe('<civic-callback-request> phone numbers', () => {
  it('fetches the phone-number library when the citizen starts on the form, not with the page', async function () {
    // The first test of a page: the test server compiles each module on its first request.
    this.timeout(60_000);
    const el = await mount({ mock, service: DRIVING_TEST, defaultCountry: 'GB', untouched: true });
    await untilAsapKnown(el);
    expect(phoneLibraryFetched(), 'fetched before anyone used the form').to.equal(false);
    await typeInto($<HTMLInputElement>(el, '#cb-phone'), '020 7946 0000');
    await until(phoneLibraryFetched, 'the phone-number library to be fetched');
    await click($(el, '#cb-name'));
    await until(() => (el.shadowRoot!.querySelector('[part~="phone-readback"]')?.textContent ?? '').includes('+44 20 7946 0000'), 'the number read back');
  });
});
