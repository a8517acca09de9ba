import { expect } from 'chai';
import { html, render } from 'lit';
import type { MockContactCentre } from '@civic-contact/mock';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import {
  $,
  $$,
  arabic,
  click,
  createMock,
  DRIVING_TEST,
  DRIVING_TEST_NAME,
  expectAccessible,
  fillSlot,
  focused,
  instrumentedFetch,
  LANGS,
  listing,
  mount,
  NEW_YORK,
  NOW,
  problem,
  ROAD_DEFECTS,
  text,
  until,
  untilAsapKnown,
  untilCalendar,
  untilSummary,
  words,
} from './test-fixtures.ts';
import { expectArabicForEveryString, namedForms } from '../test-support/fixtures.ts';

let mock: MockContactCentre;

/** What a date reads as, in the language. */
function day(lang: string, date: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

for (const lang of LANGS) {
  const w = words(lang);

  describe(`<civic-callback-request> in ${lang}`, () => {
    beforeEach(async () => {
      mock = await createMock(NOW.open);
    });

    it('says it is loading until the ministry’s services arrive', async () => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname === '/v1/services') await held;
        return mock.fetch(request);
      };
      const container = document.createElement('main');
      document.body.append(container);
      try {
        render(
          html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${mock.keys.site['transport']!} lang=${lang} .fetch=${fetch}>
            <civic-callback-request service=${DRIVING_TEST}></civic-callback-request>
          </civic-contact-provider>`,
          container,
        );
        const el = container.querySelector('civic-callback-request')!;
        await until(() => el.shadowRoot?.querySelector('[aria-busy="true"]') !== null, 'the loading message');
        await expectAccessible(el, 'loading');
        release();
        await until(() => el.shadowRoot!.querySelector('#cb-form-title') !== null, 'the form');
      } finally {
        release();
        container.remove();
      }
    });

    it('asks which service first, offering only those that take callbacks', async () => {
      const el = await mount({ mock, lang });
      expect(text($(el, '#cb-picker-title'))).to.equal(w.title);
      const services = $$<HTMLInputElement>(el, 'input[name="service"]').map((input) => input.value);
      expect(services).to.deep.equal(['transport-licence-status', DRIVING_TEST, 'transport-vehicle-registration', 'transport-bus-service']);
      await expectAccessible(el, 'picker');

      await click($(el, '[part~="continue-button"]'));
      await untilSummary(el, w.problem);
      expect(focused()?.id).to.equal('cb-error-summary');
      await expectAccessible(el, 'picker with an error');

      await click($(el, `#cb-service-${DRIVING_TEST}`));
      await click($(el, '[part~="continue-button"]'));
      await until(() => el.shadowRoot!.querySelector('#cb-form-title') !== null, 'the form');
      expect(focused()?.id).to.equal('cb-form-title');
      expect(text($(el, '.lead'))).to.include(DRIVING_TEST_NAME);
    });

    it('says plainly when the page names a service that takes no callbacks, and offers the others', async () => {
      const el = await mount({ mock, lang, service: ROAD_DEFECTS });
      expect(text($(el, '[part~="not-offered"]'))).to.include(w.notOffered);
      expect(text($(el, '[part~="not-offered"]'))).to.include('Report a pothole or road defect');
      expect($$(el, 'input[name="service"]')).to.have.length(4);
      await expectAccessible(el, 'service without callbacks');
    });

    it('says the centre is open now, with the expected wait, and lists the week with closed days and holidays', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      const asap = text($(el, '[part~="asap-status"]'));
      expect(asap).to.include(w.openNow);
      expect(asap).to.include(new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(5));
      await expectAccessible(el, 'form, open now');

      await click($(el, '#cb-when-slot'));
      await untilCalendar(el);
      const days = $$<HTMLInputElement>(el, 'input[name="day"]');
      expect(days.map((input) => input.value)).to.deep.equal(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
      const thanksgiving = $<HTMLInputElement>(el, '#cb-day-2026-11-26');
      expect(thanksgiving.disabled).to.equal(true);
      expect(text($(el, '#cb-day-2026-11-26-hint'))).to.include('Thanksgiving Day');
      expect(text($(el, 'label[for="cb-day-2026-11-26"]'))).to.equal(day(lang, '2026-11-26'));
      expect($<HTMLInputElement>(el, '#cb-day-2026-11-29').disabled, 'Sunday').to.equal(true);
      expect(text($(el, '#cb-day-2026-11-29-hint'))).to.equal(w.closed);
      // Today is chosen: the first day with free times.
      expect($<HTMLInputElement>(el, '#cb-day-2026-11-24').checked).to.equal(true);
      await expectAccessible(el, 'calendar');
    });

    it('shows each time in the centre’s zone and the citizen’s, and only the centre’s when they agree', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      await click($(el, '#cb-when-slot'));
      await untilCalendar(el);
      const { days } = await listing(mock);
      const first = days[0]!.slots[0]!;
      // 30 minutes of lead time: the first slot today starts at 10:30 in New York.
      expect(first.start).to.equal('2026-11-24T15:30:00.000Z');
      // The radio's name, as a screen reader says it: a span in words, the centre's zone named, the citizen's time in brackets.
      const label = text($(el, `label[for="${$$<HTMLInputElement>(el, 'input[name="slot"]')[0]!.id}"]`));
      const eastern = new Intl.DateTimeFormat(lang, { timeZone: NEW_YORK, timeZoneName: 'longGeneric' }).formatToParts(new Date(first.start)).find((part) => part.type === 'timeZoneName')!.value;
      if (lang === 'en') expect(label).to.equal('10:30 to 11 AM Eastern Time (3:30 to 4 PM your time)');
      expect(label).to.include(eastern).and.include(w.yourTime).and.include(w.timeTo);
      expect(label).not.to.include('–');
      await expectAccessible(el, 'times in two zones');

      el.timeZone = 'America/Toronto';
      await el.updateComplete;
      const same = text($(el, `label[for="${$$<HTMLInputElement>(el, 'input[name="slot"]')[0]!.id}"]`));
      if (lang === 'en') expect(same).to.equal('10:30 to 11 AM Eastern Time');
      expect(same).to.include(eastern).and.not.include(w.yourTime);
    });

    it('shows a full slot as full, and it cannot be chosen', async () => {
      const { days } = await listing(mock);
      const slot = days[0]!.slots[2]!;
      await fillSlot(mock, slot.start);
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      await click($(el, '#cb-when-slot'));
      await untilCalendar(el);
      const input = $<HTMLInputElement>(el, `input[name="slot"][value="${slot.start}"]`);
      expect(input.disabled).to.equal(true);
      expect(text($(el, `label[for="${input.id}"]`))).to.include(w.full);
      await expectAccessible(el, 'a full slot');
    });

    it('moves to later days and back, up to the 31 days the centre lists', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      await click($(el, '#cb-when-slot'));
      await untilCalendar(el);
      expect(el.shadowRoot!.querySelector('[part~="earlier-days-button"]')).to.equal(null);
      for (let page = 1; page <= 4; page++) {
        await click($(el, '[part~="later-days-button"]'));
        await until(() => $$<HTMLInputElement>(el, 'input[name="day"]')[0]?.value === new Date(Date.UTC(2026, 10, 24 + 7 * page)).toISOString().slice(0, 10), `page ${page}`);
      }
      // 24 November + 28 days: three days left of the 31.
      expect($$<HTMLInputElement>(el, 'input[name="day"]').map((input) => input.value)).to.deep.equal(['2026-12-22', '2026-12-23', '2026-12-24']);
      expect(el.shadowRoot!.querySelector('[part~="later-days-button"]')).to.equal(null);
      await click($(el, '[part~="earlier-days-button"]'));
      await until(() => $$<HTMLInputElement>(el, 'input[name="day"]')[0]?.value === '2026-12-15', 'the week before');
    });

    it('lists the centre’s languages by name, in the citizen’s language and their own', async () => {
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      const labels = $$<HTMLLabelElement>(el, 'input[name="language"] + label').map((label) => text(label));
      const spanish = new Intl.DisplayNames([lang], { type: 'language' }).of('es')!;
      expect(labels[1]).to.include(spanish);
      expect(labels[1]).to.include('Español');
      // English when the page is English; the centre's default when it does not speak the page's language.
      expect($<HTMLInputElement>(el, 'input[name="language"][value="en"]').checked).to.equal(true);
    });

    it('says when the free times cannot be loaded, and a retry loads them', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.slotsAnswer = () => problem(503);
      const errors: CivicErrorEvent[] = [];
      document.addEventListener('civic-error', (event) => errors.push(event));
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await click($(el, '#cb-when-slot'));
      await until(() => el.shadowRoot!.querySelector('.slots-error') !== null, 'the failure');
      expect(text($(el, '.slots-error'))).to.include(w.server);
      expect(errors.map((e) => e.operation)).to.include('load-slots');
      await expectAccessible(el, 'times not loaded');
      state.slotsAnswer = undefined;
      await click($(el, '.slots-error [part~="retry-button"]'));
      await untilCalendar(el);
    });
  });
}

describe('<civic-callback-request> when the centre is closed', () => {
  for (const lang of LANGS) {
    it(`says when it opens, in the centre’s time and the citizen’s (${lang})`, async () => {
      mock = await createMock(NOW.closed);
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await untilAsapKnown(el);
      const asap = text($(el, '[part~="asap-status"]'));
      expect(asap).to.include(words(lang).closedNow);
      const opens = '2026-11-24T13:00:00Z';
      const at = (zone: string) =>
        new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(opens));
      expect(asap).to.include(at(NEW_YORK));
      expect(asap).to.include(at('Europe/London'));
      await expectAccessible(el, 'closed now');
    });
  }
});

describe('<civic-callback-request> set-up', () => {
  it('works on its own with api-base, site-key and a fetch, and speaks the page’s language when the centre does', async () => {
    mock = await createMock(NOW.open);
    const el = await mount({ mock, lang: 'en', service: DRIVING_TEST, standalone: true });
    await untilAsapKnown(el);
    expect(text($(el, '[part~="asap-status"]'))).to.include(words('en').openNow);
    expect($<HTMLInputElement>(el, 'input[name="language"][value="en"]').checked).to.equal(true);
  });

  it('chooses the page’s language to be called in when the centre speaks it', async () => {
    mock = await createMock(NOW.open);
    const container = document.createElement('main');
    document.body.append(container);
    try {
      render(
        html`<civic-callback-request api-base=${mock.baseUrl} site-key=${mock.keys.site['transport']!} lang="es" service=${DRIVING_TEST} .fetch=${mock.fetch}></civic-callback-request>`,
        container,
      );
      const el = container.querySelector('civic-callback-request')!;
      await until(() => el.shadowRoot?.querySelector('input[name="language"][value="es"]') !== null, 'the languages');
      expect($<HTMLInputElement>(el, 'input[name="language"][value="es"]').checked).to.equal(true);
    } finally {
      container.remove();
    }
  });

  it('fits a 320 px wide screen, with the calendar open, without scrolling sideways', async () => {
    mock = await createMock(NOW.open);
    const el = await mount({ mock, lang: 'en', service: DRIVING_TEST });
    const main = el.closest('main')!;
    main.style.width = '320px';
    await untilAsapKnown(el);
    await click($(el, '#cb-when-slot'));
    await untilCalendar(el);
    expect($(el, '[part~="base"]').scrollWidth).to.be.at.most(320);
    for (const target of $$(el, 'input, textarea, button')) {
      expect(target.getBoundingClientRect().right, target.id).to.be.at.most(main.getBoundingClientRect().right + 1);
    }
  });
});

describe('<civic-callback-request> forms named', () => {
  it('names the service picker, the booking form and the cancellation by their headings', async () => {
    mock = await createMock(NOW.open);
    const picker = await mount({ mock, lang: 'en' });
    expect(await namedForms()).to.deep.equal(['Request a callback']);
    picker.remove();
    const booking = await mount({ mock, lang: 'en', service: DRIVING_TEST });
    expect(await namedForms()).to.deep.equal(['Request a callback']);
    booking.remove();
    await mount({ mock, lang: 'en', mode: 'cancel' });
    expect(await namedForms()).to.deep.equal(['Cancel a callback']);
  });
});

describe('<civic-callback-request> heading-level', () => {
  it('starts its headings at heading-level: the form’s, the error summary’s', async () => {
    mock = await createMock(NOW.open);
    const el = await mount({ mock, lang: 'en', service: DRIVING_TEST });
    expect($(el, '#cb-form-title').localName).to.equal('h2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect($(el, '#cb-form-title').localName).to.equal('h3');
    await click($(el, '#cb-submit'));
    await until(() => el.shadowRoot!.querySelector('#cb-error-summary-title') !== null, 'the error summary');
    expect($(el, '#cb-error-summary-title').localName).to.equal('h3');
    await expectAccessible(el, 'headings from level 3');
  });
});

describe('<civic-callback-request> strings', () => {
  it('has an Arabic template for every string it uses, with the same values', async () => {
    const { templates } = await import('../i18n/locales/ar/callback-request.ts');
    const modules = ['callback-request', 'calendar-view', 'cancel', 'cancel-view', 'confirmation-view', 'form-view', 'messages', 'picker-view', 'summary-view', 'when-view'];
    await expectArabicForEveryString({
      sources: [
        ...modules.map((name) => `/packages/elements/src/callback-request/${name}.ts`),
        '/packages/elements/src/base/error-summary.ts',
        '/packages/elements/src/shared/reference-problem.ts',
      ],
      prefix: 'callback-request',
      arabic,
      own: templates,
      minimum: 100,
    });
  });
});
