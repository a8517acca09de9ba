import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import './complaint-form.ts';
import { $, agentTicket, choose, createMock, expectAccessible, mount, press, pressContinue, text, type, until } from './test-fixtures.ts';

/** The seed's urgent service: answered within 4 working hours of the health centre (Saint Lucia). */
const SERVICE = 'health-urgent-care';

/** What the confirmation says of the target: 4 is "few" in Arabic, written in the reader's digits. */
const SENTENCE: Record<string, (when: string, hours: string) => string> = {
  en: (when) => `We aim to reply within 4 working hours, by ${when}.`,
  ar: (when, hours) => `نسعى إلى الرد عليك خلال ${hours} ساعات عمل، بحلول ${when}.`,
};

/** What the form says of the target before the citizen writes. */
const TARGET: Record<string, (hours: string) => string> = {
  en: (hours) => `We aim to reply within ${hours} of our opening hours.`,
  ar: (hours) => `نسعى إلى الرد خلال ${hours} من ساعات عملنا.`,
};

describe('<civic-complaint-form> for an urgent service', function () {
  this.timeout(20_000);
  let mock: MockContactCentre;

  before(async () => {
    mock = await createMock();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`says the target in working hours and the time to expect a reply, in the centre’s zone (${lang})`, async () => {
      const form = await mount({ mock, lang, ministry: 'health', service: SERVICE });
      // Before the citizen writes: the target, in hours of the centre's opening hours.
      const hours = new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(4);
      expect(text($(form, '#cf-target'))).to.equal(TARGET[lang]!(hours));
      await type(form, 'subject', 'No insulin at the pharmacy');
      await type(form, 'description', 'The pharmacy in Vieux Fort has had no insulin for three days.');
      await choose(form, 'answers.urgent_issue', 'medicine');
      await type(form, 'answers.details', 'I have two days of insulin left and need my prescription filled.');
      await type(form, 'citizen.name', 'Marie Joseph');
      await type(form, 'citizen.email', 'marie@example.org');
      await pressContinue(form);
      await until(() => form.shadowRoot!.querySelector('[part="check-answers"]') !== null, 'the check-answers step');
      await press(form, '[part="submit-button"]');
      await until(() => form.shadowRoot!.querySelector('[part="reference"]') !== null, 'the confirmation', 8000);

      const { expectedResponseBy } = await agentTicket(mock, 'health', text($(form, '[part="reference"]')));
      const when = new Intl.DateTimeFormat(lang, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'America/St_Lucia',
        timeZoneName: 'short',
      }).format(new Date(expectedResponseBy));
      expect(text(form.shadowRoot!)).to.contain(SENTENCE[lang]!(when, new Intl.NumberFormat(lang).format(4)));
      await expectAccessible(form, 'confirmation of an urgent complaint');
    });
  }
});
