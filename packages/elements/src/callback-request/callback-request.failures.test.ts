import { expect } from 'chai';
import type { MockContactCentre } from '@civic-contact/mock';
import { CivicCallbackBookedEvent } from '../events/civic-callback-booked-event.ts';
import type { CivicErrorEvent } from '../events/civic-error-event.ts';
import {
  $,
  $$,
  click,
  createMock,
  DRIVING_TEST,
  expectAccessible,
  fillForm,
  fillSlot,
  focused,
  instrumentedFetch,
  LANGS,
  listing,
  mount,
  NEW_YORK,
  NOW,
  problem,
  summary,
  text,
  until,
  untilSummary,
  words,
  remainingIn,
  untilBooked,
} from './test-fixtures.ts';
import { slotText } from './messages.ts';
import { createView } from '../shared/view.ts';

let mock: MockContactCentre;

for (const lang of LANGS) {
  const w = words(lang);

  describe(`<civic-callback-request> booking failures in ${lang}`, function () {
    // Each test fills the whole form with real clicks and key presses.
    this.timeout(30_000);
    beforeEach(async () => {
      mock = await createMock(NOW.open);
    });

    it('keeps the answers through a network failure, and the retry uses the same idempotency key', async () => {
      const { days } = await listing(mock);
      const slot = days[0]!.slots[0]!;
      const { fetch, state } = instrumentedFetch(mock);
      state.booking = 'lost-answer';
      const errors: CivicErrorEvent[] = [];
      document.addEventListener('civic-error', (event) => errors.push(event));
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await fillForm(el, { start: slot.start });
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.unreachable);
      expect(focused()?.id).to.equal('cb-error-summary');
      expect($<HTMLInputElement>(el, '#cb-name').value).to.equal('Maria');
      expect($<HTMLInputElement>(el, '#cb-phone').value).to.equal('(212) 555-0142');
      expect($<HTMLInputElement>(el, `input[name="slot"][value="${slot.start}"]`).checked).to.equal(true);
      expect(errors.map((e) => e.operation)).to.include('book-callback');
      await expectAccessible(el, 'network failure');

      // The first attempt reached the centre; its answer was lost. The retry must not book twice.
      const firstTry = state.keys.length;
      state.booking = 'offline';
      await click($(el, '[part~="retry-button"]'));
      await until(() => state.keys.length > firstTry, 'the second attempt');
      await untilSummary(el, w.unreachable);
      state.booking = 'pass';
      await click($(el, '[part~="retry-button"]'));
      const reference = await untilBooked(el);
      expect(new Set(state.keys).size, 'one key for every attempt').to.equal(1);
      expect(await remainingIn(mock, slot.start), 'booked once').to.equal(3);
      expect(reference).to.match(/^MOT-/);
    });

    it('says plainly when the contact centre fails, with a retry', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.bookingAnswer = () => problem(500);
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await fillForm(el);
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.server);
      expect(text($(el, '[role="status"]')), 'not "Booking your callback…" as well').to.equal('');
      expect(text($(el, '[part~="retry-button"]'))).to.equal(w.retry);
      expect($<HTMLTextAreaElement>(el, '#cb-reason').value).to.equal('Test cancelled');
      await expectAccessible(el, 'server failure');
      state.bookingAnswer = undefined;
      await click($(el, '[part~="retry-button"]'));
      await untilBooked(el);
      expect(state.keys.length).to.be.greaterThan(1);
      expect(new Set(state.keys).size).to.equal(1);
    });

    it('says how long to wait when bookings are limited', async () => {
      const { fetch, state } = instrumentedFetch(mock);
      state.bookingAnswer = () => problem(429, {}, { 'Retry-After': '120' });
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await fillForm(el);
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.tooMany);
      expect(summary(el)).to.include(new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(2, 'minute'));
      expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      await expectAccessible(el, 'rate limited');
    });

    it('when the last place is taken meanwhile: says so, shows the nearest free times, keeps every answer, and books another', async () => {
      const { days } = await listing(mock);
      const wanted = days[1]!.slots[4]!;
      await fillSlot(mock, wanted.start, 1);
      const { fetch, state } = instrumentedFetch(mock);
      // Another citizen takes the last place between the listing and the booking.
      state.beforeBooking = () => fillSlot(mock, wanted.start, 0);
      const el = await mount({ mock, lang, service: DRIVING_TEST, fetch });
      await fillForm(el, { start: wanted.start, name: 'Ana', reason: 'Centre closed' });
      await click($(el, 'input[name="language"][value="es"]'));
      await click($(el, '#cb-submit'));
      await untilSummary(el, w.taken);
      await until(() => $$(el, '[part~="suggested-slot"]').length > 0, 'the nearest free times');
      expect(focused()?.id).to.equal('cb-error-summary');
      expect(summary(el)).to.include(w.nearest);
      // The list is as it is now: the taken time shows full.
      const taken = $<HTMLInputElement>(el, `input[name="slot"][value="${wanted.start}"]`);
      expect(taken.disabled).to.equal(true);
      expect(taken.checked).to.equal(false);
      // Every other answer is kept.
      expect($<HTMLInputElement>(el, '#cb-name').value).to.equal('Ana');
      expect($<HTMLInputElement>(el, '#cb-phone').value).to.equal('(212) 555-0142');
      expect($<HTMLTextAreaElement>(el, '#cb-reason').value).to.equal('Centre closed');
      expect($<HTMLInputElement>(el, 'input[name="language"][value="es"]').checked).to.equal(true);
      const suggestions = $$(el, '[part~="suggested-slot"]');
      // The three nearest: half an hour before and after, then the earlier of the two an hour away.
      const minutes = (offset: number) => new Date(Date.parse(wanted.start) + offset * 60_000).toISOString();
      const expected = [minutes(-60), minutes(-30), minutes(30)];
      expect(suggestions.map((button) => text(button))).to.deep.equal(
        expected.map((start) => {
          const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
          // Each with its day, in the centre's time (named) and the citizen's, as the confirmation will say it (the words: callback-request.model.test.ts).
          const view = { ...createView({ own: () => undefined, lang, english: lang === 'en', fallbackLang: 'en' }), ministry: undefined, centreZone: NEW_YORK, ownZone: 'Europe/London', country: undefined, messages: undefined };
          return slotText(view, start, end, true).replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ');
        }),
      );
      await expectAccessible(el, 'slot taken');

      await click(suggestions[1]!);
      await el.updateComplete;
      const chosen = focused() as HTMLInputElement;
      expect(chosen.name).to.equal('slot');
      expect(chosen.checked).to.equal(true);
      expect(chosen.value).to.equal(expected[1]);
      const booked: CivicCallbackBookedEvent[] = [];
      document.addEventListener('civic-callback-booked', (event) => booked.push(event), { once: true });
      await click($(el, '#cb-submit'));
      await untilBooked(el);
      expect(booked[0]!.start).to.equal(chosen.value);
      expect(booked[0]!.callback.locale).to.equal('es');
    });
  });
}
