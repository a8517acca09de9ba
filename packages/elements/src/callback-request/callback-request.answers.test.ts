import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import {
  $,
  $$,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  expectFieldError,
  focused,
  instrumentedFetch,
  LANGS,
  mount,
  NOW,
  text,
  typeInto,
  until,
  untilAsapKnown,
  untilCalendar,
  untilSummary,
  words,
} from './test-fixtures.ts';

let mock: MockContactCentre;

for (const lang of LANGS) {
  const w = words(lang);

  describe(`<civic-callback-request> answers in ${lang}`, function () {
    this.timeout(20_000);
    beforeEach(async () => {
      mock = await createMock(NOW.open);
    });

    it('says what is missing, in a focused summary and at each field, and sends nothing', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await untilAsapKnown(el);
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.whenMissing);
      expectFieldError(el, 'when', w.whenMissing);
      expectFieldError(el, 'name', w.nameMissing);
      expectFieldError(el, 'phone', w.phoneMissing);
      expectFieldError(el, 'reason', w.reasonMissing);
      expect(state.bookings).to.equal(0);
      await expectAccessible(el, 'missing answers');

      // A summary link takes the citizen to the field.
      await click($$<HTMLAnchorElement>(el, '#cb-error-summary a').find((a) => a.getAttribute('href') === '#cb-phone')!);
      expect(focused()?.id).to.equal('cb-phone');

      await click($(el, '#cb-when-slot'));
      await untilCalendar(el);
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.slotMissing);
      expectFieldError(el, 'slot', w.slotMissing);
      await expectAccessible(el, 'no time chosen');
    });

    it('reads phone numbers per country: national ones, international ones, and says precisely what is wrong', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      const phone = $<HTMLInputElement>(el, '#cb-phone');
      // The US is the ministry's country: a national number is read as one, and shown back on leaving the box.
      await typeInto(phone, '212 555 0142');
      await click($(el, '#cb-name'));
      await until(() => el.shadowRoot!.querySelector('[part~="phone-readback"]') !== null, 'the number read back');
      expect(text($(el, '[part~="phone-readback"]'))).to.include('+1 212 555 0142');
      expect(phone.value, 'what was typed is left alone').to.equal('212 555 0142');
      expect(phone.getAttribute('aria-describedby')).to.include('cb-phone-readback');

      await typeInto(phone, '212 555');
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.tooShort);
      expectFieldError(el, 'phone', w.tooShort);

      await typeInto(phone, '123 456 7890');
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.notInCountry);
      const country = new Intl.DisplayNames([lang], { type: 'region' }).of('US')!;
      expect(text($(el, '#cb-phone-error'))).to.include(country);
      await expectAccessible(el, 'a phone number of no country');

      // International numbers of another country are fine.
      await typeInto(phone, '+44 20 7946 0000');
      await click($(el, '#cb-name'));
      await until(() => text(el.shadowRoot!.querySelector('[part~="phone-readback"]')).includes('+44 20 7946 0000'), 'the UK number read back');
    });

    it('asks for the country code when neither the page nor the ministry names a country', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST, defaultCountry: 'ZZ' });
      await untilAsapKnown(el);
      expect(text($(el, '#cb-phone-hint'))).to.include('+44 20 7946 0000');
      await typeInto($<HTMLInputElement>(el, '#cb-phone'), '020 7946 0000');
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.needsCountryCode);
      expectFieldError(el, 'phone', w.needsCountryCode);
    });

    it('reads national numbers of the country the page names with default-country', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST, defaultCountry: 'GB' });
      await untilAsapKnown(el);
      await typeInto($<HTMLInputElement>(el, '#cb-phone'), '020 7946 0000');
      await click($(el, '#cb-name'));
      await until(() => text(el.shadowRoot!.querySelector('[part~="phone-readback"]')).includes('+44 20 7946 0000'), 'the UK number read back');
    });

  });
}
