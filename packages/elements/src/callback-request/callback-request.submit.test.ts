import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { MockContactCentre } from '@civic-contact/mock';
import { CivicCallbackBookedEvent } from '../events/civic-callback-booked-event.ts';
import {
  $,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  fillForm,
  focused,
  instrumentedFetch,
  LANGS,
  listing,
  mount,
  NEW_YORK,
  NOW,
  text,
  until,
  untilAsapKnown,
  words,
  remainingIn,
  untilBooked,
} from './test-fixtures.ts';
import { expectReferenceSpoken, recordSteps } from '../test-support/fixtures.ts';

let mock: MockContactCentre;

for (const lang of LANGS) {
  const w = words(lang);

  describe(`<civic-callback-request> booking in ${lang}`, function () {
    // Each test fills the whole form with real clicks and key presses.
    this.timeout(30_000);
    beforeEach(async () => {
      mock = await createMock(NOW.open);
    });

    it('books "as soon as possible": busy while sending, then the reference, the wait, the number and the language', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.booking = 'hold';
      const booked: CivicCallbackBookedEvent[] = [];
      document.addEventListener('civic-callback-booked', (event) => booked.push(event), { once: true });
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await fillForm(el);
      await click($(el, '#cb-submit'));
      await until(() => state.release !== undefined, 'the booking to be sent');
      await el.updateComplete;
      expect(text($(el, '#cb-submit'))).to.include(w.sending);
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      // A second press while sending books nothing more.
      await click($(el, '#cb-submit'));
      await expectAccessible(el, 'sending');
      state.booking = 'pass';
      state.release!();

      const reference = await untilBooked(el);
      expect(reference).to.match(/^MOT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await expectReferenceSpoken($(el, '[part~="confirmation"]'), reference);
      expect(focused()?.id).to.equal('cb-done-title');
      expect(text($(el, '#cb-done-title'))).to.equal(w.booked);
      expect(text($(el, '[role="status"]')), 'no "Booking your callback…" left in the status region').to.equal('');
      const details = text($(el, '[part~="summary-list"]'));
      expect(details).to.include(new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(5));
      expect(details).to.include('+1 212 555 0142');
      expect(details).to.include(new Intl.DisplayNames([lang], { type: 'language' }).of('en')!);
      expect(state.bookings).to.equal(1);
      expect(booked).to.have.length(1);
      expect(booked[0]!.reference).to.equal(reference);
      expect(booked[0]!.service).to.equal(DRIVING_TEST);
      expect(booked[0]!.start).to.equal(null);
      expect(booked[0]!.timeZone).to.equal(NEW_YORK);
      expect(booked[0]!.bubbles && booked[0]!.composed).to.equal(true);
      await expectAccessible(el, 'confirmation');
    });

    it('books a slot and confirms it in the centre’s time and the citizen’s', async () => {
      const { days } = await listing(mock);
      const slot = days[1]!.slots[3]!;
      const before = await remainingIn(mock, slot.start);
      const booked: CivicCallbackBookedEvent[] = [];
      document.addEventListener('civic-callback-booked', (event) => booked.push(event), { once: true });
      const el = await mount({ mock, lang, service: DRIVING_TEST });
      await fillForm(el, { start: slot.start, phone: '+1 (212) 555-0199' });
      await click($(el, '#cb-submit'));
      await untilBooked(el);
      const when = text($(el, '[part~="summary-list"] dd'));
      const eastern = new Intl.DateTimeFormat(lang, { timeZone: NEW_YORK, timeZoneName: 'longGeneric' }).formatToParts(new Date(slot.start)).find((part) => part.type === 'timeZoneName')!.value;
      expect(when).to.include(eastern).and.include(w.timeTo).and.include(w.yourTime);
      expect(booked[0]!.start).to.equal(slot.start);
      expect(await remainingIn(mock, slot.start)).to.equal(before - 1);
    });

  });
}

describe('<civic-callback-request> steps and the page title', function () {
  this.timeout(30_000);
  const PAGE_TITLE = 'Request a callback – Department of Transport';
  const steps = recordSteps(PAGE_TITLE);

  it('fires civic-step at each step, and with update-title names it in the page title', async () => {
    mock = await createMock(NOW.open);
    const w = words('en');
    const el = await mount({ mock, service: DRIVING_TEST });
    el.setAttribute('update-title', '');
    await fillForm(el);
    await click($(el, '#cb-submit'));
    await untilBooked(el);
    expect(document.title).to.equal(`${w.booked} – ${PAGE_TITLE}`);
    await click($(el, '[part~="cancel-button"]'));
    await until(() => focused()?.id === 'cb-cancel-title', 'the question');
    expect(document.title).to.equal(`${w.cancelConfirm} – ${PAGE_TITLE}`);
    await click($(el, '[part~="keep-button"]'));
    await until(() => focused()?.id === 'cb-done-title', 'the confirmation again');
    expect(steps.map((event) => [event.step, event.title])).to.deep.equal([
      ['done', w.booked],
      ['cancel', w.cancelConfirm],
      ['done', w.booked],
    ]);
    el.remove();
    expect(document.title).to.equal(PAGE_TITLE);
  });
});

describe('<civic-callback-request> by keyboard alone', function () {
  this.timeout(30_000);
  /** Presses Tab until focus is on what `wanted` accepts. */
  async function tabTo(wanted: (element: Element) => boolean, what: string): Promise<HTMLElement> {
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const now = focused();
      if (now && wanted(now)) return now as HTMLElement;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  it('books a slot on another day with Tab, arrow keys, Space, typing and Enter', async () => {
    mock = await createMock(NOW.open);
    const el = await mount({ mock, lang: 'en', service: DRIVING_TEST });
    await untilAsapKnown(el);
    (document.activeElement as HTMLElement | null)?.blur();
    const asap = await tabTo((e) => e.id === 'cb-when-asap', 'the first choice');
    expect(asap.id).to.equal('cb-when-asap');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.id).to.equal('cb-when-slot');
    await until(() => el.shadowRoot!.querySelector('[part~="days"]') !== null, 'the days');
    await tabTo((e) => (e as HTMLInputElement).name === 'day', 'the days');
    expect(focused()?.id).to.equal('cb-day-2026-11-24');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.id).to.equal('cb-day-2026-11-25');
    await el.updateComplete;
    const time = (await tabTo((e) => (e as HTMLInputElement).name === 'slot', 'the times')) as HTMLInputElement;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    const chosen = focused() as HTMLInputElement;
    expect(chosen.checked).to.equal(true);
    expect(chosen.value).to.not.equal(time.value);
    await tabTo((e) => e.id === 'cb-name', 'the name');
    await sendKeys({ type: 'Kim Park' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('cb-phone');
    await sendKeys({ type: '212-555-0177' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('cb-reason');
    await sendKeys({ type: 'Moving my test date' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('cb-submit');
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'cb-done-title', 'the confirmation heading to have focus');
    const { days } = await listing(mock);
    const slot = days[1]!.slots.find((candidate) => candidate.start === chosen.value)!;
    expect(slot.remaining).to.equal(3);
    await tabTo((e) => e.getAttribute('part') === 'copy-button', 'the copy button');
    await tabTo((e) => e.getAttribute('part') === 'cancel-button', 'the cancel button');
  });
});
