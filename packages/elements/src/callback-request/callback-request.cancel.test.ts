import { expect } from 'chai';
import { createClient } from '@civic-contact/sdk';
import type { MockContactCentre } from '@civic-contact/mock';
import { CivicCallbackCancelledEvent } from '../events/civic-callback-cancelled-event.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import {
  $,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  expectFieldError,
  fillForm,
  focused,
  instrumentedFetch,
  LANGS,
  listing,
  mount,
  NOW,
  problem,
  summary,
  text,
  TRANSPORT,
  typeInto,
  until,
  untilSummary,
  words,
} from './test-fixtures.ts';
import { expectReferenceSpoken } from '../test-support/fixtures.ts';

let mock: MockContactCentre;

/** Books a callback the way the ministry's page would, and returns its reference. */
async function book(phone = '+12125550142'): Promise<string> {
  const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site[TRANSPORT]!, fetch: mock.fetch });
  const { days } = await listing(mock);
  const slot = days[1]!.slots[0]!;
  const callback = await client.callbacks.create({
    service: DRIVING_TEST,
    name: 'Maria Lopez',
    phone,
    locale: 'en',
    reason: 'My driving test was cancelled.',
    schedule: { type: 'slot', start: slot.start },
  });
  return callback.reference;
}

async function fillCancel(el: HTMLElement & { shadowRoot: ShadowRoot | null }, reference: string, phone: string): Promise<void> {
  const root = el.shadowRoot!;
  await typeInto(root.querySelector<HTMLInputElement>('#cb-cancel-reference')!, reference);
  await typeInto(root.querySelector<HTMLInputElement>('#cb-cancel-phone')!, phone);
  await click(root.querySelector<HTMLElement>('#cb-cancel-submit')!);
}

for (const lang of LANGS) {
  const w = words(lang);

  describe(`<civic-callback-request mode="cancel"> in ${lang}`, function () {
    this.timeout(30_000);
    beforeEach(async () => {
      mock = await createMock(NOW.open);
    });

    it('checks the reference’s check character and the phone number before sending anything', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const el = await mount({ mock, lang, mode: 'cancel', fetch });
      expect(text($(el, '#cb-cancel-title'))).to.equal(w.cancelTitle);
      expect(text($(el, '#cb-cancel-reference-hint'))).to.include('MOT-7K3D-9QX6');
      await expectAccessible(el, 'cancel form');

      await click($(el, '#cb-cancel-submit'));
      await untilSummary(el, w.referenceMissing);
      expectFieldError(el, 'cancel-reference', w.referenceMissing);
      expectFieldError(el, 'cancel-phone', w.phoneMissing);

      // One character changed: the check character no longer matches, and the likely slip is named.
      await fillCancel(el, 'MOT-7K3D-9QX7', '212 555');
      await untilSummary(el, w.referenceWrong);
      expectFieldError(el, 'cancel-reference', w.referenceWrong);
      expectFieldError(el, 'cancel-phone', w.tooShort);
      if (lang === 'en') expect(summary(el)).to.include('Check character 2 after MOT-: you typed “K”, did you mean “A”?');
      expect(state.cancels).to.equal(0);
      await expectAccessible(el, 'malformed reference');

      // A letter references never use is named, with where it is.
      await fillCancel(el, 'MOT-7K3D-9QXU', '212 555 0142');
      await untilSummary(el, w.referenceBadCharacter);
      expectFieldError(el, 'cancel-reference', w.referenceBadCharacter);
      if (lang === 'en') expect(summary(el)).to.include('Character 8 after MOT- is “U”');
      expect(state.cancels).to.equal(0);
    });

    it('does not say which of the two was wrong when nothing matches', async () => {
      const reference = await book();
      const errors: CivicErrorEvent[] = [];
      document.addEventListener('civic-error', (event) => errors.push(event));
      const el = await mount({ mock, lang, mode: 'cancel' });
      await fillCancel(el, reference, '212 555 0143');
      await untilSummary(el, w.notFound);
      const wrongPhone = summary(el);
      expect(focused()?.id).to.equal('cb-error-summary');
      expect($<HTMLInputElement>(el, '#cb-cancel-phone').value).to.equal('212 555 0143');
      await expectAccessible(el, 'not found');

      await fillCancel(el, 'MOT-7K3D-9QX6', '212 555 0142');
      await until(() => errors.length === 2, 'the second failure');
      await el.updateComplete;
      expect(summary(el), 'an unknown reference reads the same as a wrong phone').to.equal(wrongPhone);
      expect(errors.map((e) => e.operation)).to.deep.equal(['cancel-callback', 'cancel-callback']);
    });

    it('says how long to wait when cancellations are limited', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.cancelAnswer = () => problem(429, {}, { 'Retry-After': '600' });
      const el = await mount({ mock, lang, mode: 'cancel', fetch });
      await fillCancel(el, 'MOT-7K3D-9QX6', '212 555 0142');
      await untilSummary(el, w.tooMany);
      expect(summary(el)).to.include(new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(10, 'minute'));
      await expectAccessible(el, 'cancel rate limited');
    });

    it('cancels with the reference and the number as the citizen types it, and the place is free again', async () => {
      const reference = await book();
      const { days } = await listing(mock);
      expect(days[1]!.slots[0]!.remaining).to.equal(3);
      const cancelled: CivicCallbackCancelledEvent[] = [];
      document.addEventListener('civic-callback-cancelled', (event) => cancelled.push(event), { once: true });
      const el = await mount({ mock, lang, mode: 'cancel' });
      await fillCancel(el, reference.toLowerCase().replaceAll('-', ' '), '(212) 555-0142');
      await until(() => el.shadowRoot!.querySelector('#cb-cancelled-title') !== null, 'the cancellation');
      expect(focused()?.id).to.equal('cb-cancelled-title');
      expect(text($(el, '[part~="confirmation"]'))).to.include(reference);
      expect(text($(el, '[role="status"]')), 'no "Cancelling your callback…" left in the status region').to.equal('');
      await expectReferenceSpoken($(el, '[part~="confirmation"]'), reference);
      expect(cancelled[0]).to.be.instanceOf(CivicCallbackCancelledEvent);
      expect(cancelled[0]!.reference).to.equal(reference);
      expect((await listing(mock)).days[1]!.slots[0]!.remaining).to.equal(4);
      await expectAccessible(el, 'cancelled');

      await click($(el, '[part~="restart-button"]'));
      await until(() => focused()?.id === 'cb-cancel-reference', 'an empty form');
      expect($<HTMLInputElement>(el, '#cb-cancel-reference').value).to.equal('');
    });

    it('cancels right from the confirmation, without typing anything again', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await fillForm(el);
      await click($(el, '#cb-submit'));
      await until(() => el.shadowRoot!.querySelector('[part~="reference"]') !== null, 'the confirmation');
      const reference = text($(el, '[part~="reference"]'));
      await click($(el, '[part~="cancel-button"]'));
      await until(() => focused()?.id === 'cb-cancel-title', 'the question');
      expect(text($(el, '#cb-cancel-title'))).to.equal(w.cancelConfirm);
      expect($<HTMLInputElement>(el, '#cb-cancel-reference').value).to.equal(reference);
      expect($<HTMLInputElement>(el, '#cb-cancel-phone').value).to.equal('+1 212 555 0142');
      await expectAccessible(el, 'cancel from the confirmation');

      // Changing one's mind goes back to the confirmation.
      await click($(el, '[part~="keep-button"]'));
      await until(() => focused()?.id === 'cb-done-title', 'the confirmation again');
      await click($(el, '[part~="cancel-button"]'));
      await until(() => el.shadowRoot!.querySelector('#cb-cancel-submit') !== null, 'the question again');
      await click($(el, '#cb-cancel-submit'));
      await until(() => el.shadowRoot!.querySelector('#cb-cancelled-title') !== null, 'the cancellation');
      await click($(el, '[part~="restart-button"]'));
      await until(() => focused()?.id === 'cb-form-title', 'a new booking form');
      expect($<HTMLInputElement>(el, '#cb-name').value).to.equal('');
    });

    it('keeps what was typed through a network failure, and a retry cancels', async () => {
      const reference = await book();
      const { fetch, state } = instrumentedFetch(mock);
      state.cancelAnswer = () => {
        throw new TypeError('Failed to fetch');
      };
      const el = await mount({ mock, lang, mode: 'cancel', fetch });
      await fillCancel(el, reference, '+1 212 555 0142');
      await untilSummary(el, lang === 'en' ? 'We could not reach the contact centre' : words(lang).unreachable.slice(0, 10));
      expect($<HTMLInputElement>(el, '#cb-cancel-phone').value).to.equal('+1 212 555 0142');
      state.cancelAnswer = undefined;
      await click($(el, '[part~="retry-button"]'));
      await until(() => el.shadowRoot!.querySelector('#cb-cancelled-title') !== null, 'the cancellation');
    });
  });
}

describe('<civic-callback-request mode="cancel"> taken off the page and put back', function () {
  this.timeout(30_000);

  it('drops the request it was sending, and cancels when the citizen sends it again', async () => {
    mock = await createMock(NOW.open);
    const reference = await book();
    // The first cancellation never gets an answer; the page moves the element meanwhile.
    let held = true;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'DELETE' && held) await new Promise(() => {});
      return mock.fetch(request);
    };
    const el = await mount({ mock, lang: 'en', mode: 'cancel', fetch });
    await fillCancel(el, reference, '+1 212 555 0142');
    await until(() => text($(el, '#cb-cancel-submit')) === 'Cancelling…', 'the request on its way');
    const parent = el.parentElement!;
    el.remove();
    held = false;
    parent.append(el);
    await el.updateComplete;
    // Before, the form stayed "Cancelling…" for good and ignored every press.
    expect(text($(el, '#cb-cancel-submit'))).to.equal('Cancel callback');
    expect($<HTMLInputElement>(el, '#cb-cancel-reference').value).to.equal(reference);
    await click($(el, '#cb-cancel-submit'));
    await until(() => el.shadowRoot!.querySelector('#cb-cancelled-title') !== null, 'the cancellation');
  });
});
