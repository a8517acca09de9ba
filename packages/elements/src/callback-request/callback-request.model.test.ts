import { expect } from 'chai';
import { PROBLEM_TYPES, type CallbackCreateRequest, type CallbackSlots, type Ministry, type Service, type SlotDay } from '@civic-contact/contract';
import { ConflictError, NetworkError, ValidationError } from '@civic-contact/sdk';
import { checkAnswers, checkCancel, nearestFree, serverProblems, setbackOf } from './check.ts';
import { answerWith, daysToAsk, defaultLanguage, emptyAnswers, offerOf, ownZone, settle, slotId, type Answers } from './model.ts';
import { loadPhoneLibrary } from './phone.ts';
import { rangeText, slotText, type CallbackView } from './messages.ts';
import { createView } from '../shared/view.ts';

/** The callback request's view in English (the shipped words), with the centre's and the citizen's zones. */
function englishView(lang: string, centreZone: string, ownZone: string): CallbackView {
  const view = createView({ own: () => undefined, lang, english: true, fallbackLang: 'en' });
  return { ...view, ministry: undefined, centreZone, ownZone, country: undefined, messages: undefined };
}

/** Intl's narrow spaces (before "PM") as plain ones. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function day(date: string, remaining: number[]): SlotDay {
  return {
    date,
    status: 'open',
    slots: remaining.map((left, hour) => ({
      start: `${date}T${String(13 + hour).padStart(2, '0')}:00:00Z`,
      end: `${date}T${String(13 + hour).padStart(2, '0')}:30:00Z`,
      capacity: 2,
      remaining: left,
    })),
  } as SlotDay;
}

const LISTING = {
  service: 'transport-driving-test',
  timeZone: 'America/New_York',
  asap: { openNow: true, expectedWaitMinutes: 20, nextOpening: null },
  days: [day('2026-11-24', [0, 0]), day('2026-11-25', [0, 1, 2])],
} as unknown as CallbackSlots;

const FULL = '2026-11-25T13:00:00Z';
const FREE = '2026-11-25T14:00:00Z';

function answers(changes: Partial<Answers>): Answers {
  return { ...emptyAnswers(), language: 'en', name: 'Maria', phone: '(212) 555-0142', reason: 'My test was cancelled', ...changes };
}

describe('callback request model', () => {
  it('says a span of time as it is read out: "5:30 to 6 PM", a whole hour without its minutes on a 12-hour clock', () => {
    const start = '2026-11-30T22:30:00Z';
    const end = '2026-11-30T23:00:00Z';
    const view = englishView('en', 'America/New_York', 'America/New_York');
    expect(spaced(rangeText(view, start, end, 'America/New_York'))).to.equal('5:30 to 6 PM');
    expect(spaced(rangeText(view, start, end, 'America/New_York', { named: true }))).to.equal('5:30 to 6 PM Eastern Time');
    expect(spaced(rangeText(view, '2026-11-30T21:00:00Z', '2026-11-30T22:00:00Z', 'America/New_York'))).to.equal('4 to 5 PM');
    // A 24-hour clock keeps its minutes.
    expect(spaced(rangeText(englishView('en-GB', 'Europe/London', 'Europe/London'), start, end, 'Europe/London'))).to.equal('22:30 to 23:00');
  });

  it('names both days of a time that crosses midnight on the reader\'s clock, in words', () => {
    // 5:30–6:00 PM in New York is 11:30 PM – midnight in Paris.
    const paris = spaced(rangeText(englishView('en', 'Europe/Paris', 'Europe/Paris'), '2026-11-30T22:30:00Z', '2026-11-30T23:00:00Z', 'Europe/Paris'));
    expect(paris).to.equal('Mon, Nov 30, 11:30 PM to Tue, Dec 1, 12 AM');
    expect(paris).not.to.match(/\d+\/\d+\/\d{4}/);
  });

  it('says a slot in the centre’s time, its zone named, then in the citizen’s: "12:30 to 1 PM Eastern Time (5:30 to 6 PM your time)"', () => {
    const view = englishView('en', 'America/New_York', 'Europe/London');
    expect(spaced(slotText(view, '2026-11-24T17:30:00Z', '2026-11-24T18:00:00Z'))).to.equal('12:30 to 1 PM Eastern Time (5:30 to 6 PM your time)');
    expect(spaced(slotText(view, '2026-11-24T17:30:00Z', '2026-11-24T18:00:00Z', true))).to.equal(
      'Tue, Nov 24, 12:30 to 1 PM Eastern Time (5:30 to 6 PM your time)',
    );
    // One clock: said once.
    const toronto = englishView('en', 'America/New_York', 'America/Toronto');
    expect(spaced(slotText(toronto, '2026-11-24T17:30:00Z', '2026-11-24T18:00:00Z'))).to.equal('12:30 to 1 PM Eastern Time');
  });

  it('keeps a chosen day and time while they are free, and moves off full ones', () => {
    expect(settle(answers({ day: '2026-11-25', slot: FREE }), LISTING)).to.include({ day: '2026-11-25', slot: FREE });
    // A day with no free time gives way to the first with some; a full time is let go.
    expect(settle(answers({ day: '2026-11-24', slot: FULL }), LISTING)).to.include({ day: '2026-11-25', slot: '' });
    expect(settle(answers({ day: '2026-12-01' }), LISTING).day).to.equal('2026-11-25');
  });

  it('builds the request from valid answers, reading the number in the ministry’s country', async () => {
    const phoneLibrary = await loadPhoneLibrary();
    const checked = checkAnswers(answers({ when: 'slot', day: '2026-11-25', slot: FREE, name: '  Maria  ' }), {
      service: 'transport-driving-test',
      listing: LISTING,
      phoneLibrary,
      country: 'US',
    });
    expect(checked.problems).to.deep.equal([]);
    expect(checked.request).to.deep.equal({
      service: 'transport-driving-test',
      name: 'Maria',
      phone: '+12125550142',
      locale: 'en',
      reason: 'My test was cancelled',
      schedule: { type: 'slot', start: FREE },
    });
  });

  it('lists every missing or unusable answer, in the order of the form, and builds nothing', async () => {
    const phoneLibrary = await loadPhoneLibrary();
    const context = { service: 'transport-driving-test', listing: LISTING, phoneLibrary, country: 'US' };
    const empty = checkAnswers(emptyAnswers(), context);
    expect(empty.request).to.equal(undefined);
    expect(empty.problems.map((problem) => `${problem.field}:${problem.code}`)).to.deep.equal([
      'when:missing',
      'language:missing',
      'name:missing',
      'phone:phone',
      'reason:missing',
    ]);
    // A full time is as good as none.
    const full = checkAnswers(answers({ when: 'slot', day: '2026-11-25', slot: FULL }), context);
    expect(full.problems).to.deep.equal([{ field: 'slot', code: 'missing' }]);
    expect(checkAnswers(answers({ when: 'slot' }), context).problems).to.deep.equal([{ field: 'day', code: 'missing' }]);
    // Zero-width characters alone are no name and no reason, as the contact centre has it.
    const invisible = checkAnswers(answers({ when: 'asap', name: '\u200B\u200D', reason: ' \u2060\u202E ' }), context);
    expect(invisible.problems).to.deep.equal([
      { field: 'name', code: 'missing' },
      { field: 'reason', code: 'missing' },
    ]);
  });

  it('puts the contact centre’s refusals at the fields the citizen can correct', () => {
    expect(
      serverProblems([
        { field: 'name', code: 'too_long', message: '' },
        { field: 'phone', code: 'invalid_phone', message: '' },
        { field: 'locale', code: 'invalid_choice', message: '' },
        { field: 'schedule.start', code: 'invalid_value', message: '' },
        { field: 'channel', code: 'invalid_value', message: '' },
      ] as Parameters<typeof serverProblems>[0]),
    ).to.deep.equal([
      { field: 'name', code: 'too-long' },
      { field: 'phone', code: 'phone', problem: 'not-valid' },
      { field: 'language', code: 'invalid' },
      { field: 'slot', code: 'invalid' },
    ]);
  });

  it('checks a reference to cancel with its check character, naming the likely slip', async () => {
    const phoneLibrary = await loadPhoneLibrary();
    const context = { code: 'MOT', phoneLibrary, country: 'US' };
    expect(checkCancel({ reference: ' mot 7k3d 9qx6 ', phone: '212 555 0142' }, context)).to.deep.equal({
      problems: [],
      reference: 'MOT-7K3D-9QX6',
      e164: '+12125550142',
    });
    const mistyped = checkCancel({ reference: 'MOT-7K3D-9QX7', phone: '' }, context);
    expect(mistyped.reference).to.equal(undefined);
    const [reference, phone] = mistyped.problems;
    expect(reference).to.include({ field: 'cancel-reference', code: 'reference', prefix: 'MOT' });
    expect(reference?.code === 'reference' && reference.problem.suggestions?.[0]).to.deep.equal({ position: 1, found: 'K', replacement: 'A' });
    expect(phone).to.deep.equal({ field: 'cancel-phone', code: 'phone', problem: 'missing' });
    expect(checkCancel({ reference: '', phone: '212 555 0142' }, context).problems).to.deep.equal([{ field: 'cancel-reference', code: 'missing' }]);
  });

  it('offers the services that take callbacks, and books the page’s, the one picked, or the only one', () => {
    const service = (id: string, callbacks: boolean) => ({ id, callbacks }) as Service;
    const services = [service('a', true), service('b', true), service('roads', false)];
    expect(offerOf(services, 'b', '')).to.deep.include({ service: services[1], refused: undefined, chosenHere: false });
    expect(offerOf(services, '', 'a')).to.deep.include({ service: services[0], chosenHere: true });
    // A service that takes no callbacks is refused, and the citizen chooses among the others.
    const refused = offerOf(services, 'roads', '');
    expect(refused).to.deep.include({ refused: services[2], service: undefined, chosenHere: true });
    expect(refused.offered.map(({ id }) => id)).to.deep.equal(['a', 'b']);
    expect(offerOf([services[0]!, services[2]!], '', '').service).to.equal(services[0]);
    expect(offerOf([services[0]!, services[2]!], 'roads', '').service, 'not the only one when the page named another').to.equal(undefined);
  });

  it('calls in the page’s language when the centre speaks it, else in the centre’s own', () => {
    const ministry = { locales: ['en', 'es', 'fr-CA'], defaultLocale: 'en' } as unknown as Ministry;
    expect(defaultLanguage(ministry, 'es-MX')).to.equal('es');
    expect(defaultLanguage(ministry, 'fr')).to.equal('fr-CA');
    expect(defaultLanguage(ministry, 'ar')).to.equal('en');
  });

  it('keeps what is typed, and the time chosen when another day lists it', () => {
    const chosen = answers({ when: 'slot', day: '2026-11-25', slot: FREE });
    expect(answerWith(chosen, 'name', 'Ana', LISTING).name).to.equal('Ana');
    expect(answerWith(chosen, 'when', 'asap', LISTING).when).to.equal('asap');
    expect(answerWith(chosen, 'day', '2026-11-24', LISTING)).to.include({ day: '2026-11-24', slot: '' });
    expect(answerWith({ ...chosen, day: '2026-11-24' }, 'day', '2026-11-25', LISTING)).to.include({ day: '2026-11-25', slot: FREE });
    expect(answerWith(chosen, 'website', 'x', LISTING), 'a field that is no answer').to.equal(chosen);
  });

  it('asks for a week of days, never past the last day the centre books', () => {
    expect(daysToAsk('', '')).to.equal(7);
    expect(daysToAsk('2026-11-24', '2026-12-01')).to.equal(7);
    // The centre books LIMITS.slotDaysMax (31) days from the first it listed: two are left from the 23rd of December.
    expect(daysToAsk('2026-11-24', '2026-12-23')).to.equal(2);
    expect(daysToAsk('2026-11-24', '2027-01-21')).to.equal(1);
  });

  it('shows times in the page’s zone when the browser knows it, else in the browser’s', () => {
    expect(ownZone('Europe/London')).to.equal('Europe/London');
    const browser = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(ownZone('Mars/Olympus_Mons')).to.equal(browser);
    expect(ownZone('')).to.equal(browser);
  });

  it('reads a refusal: a slot taken meanwhile, answers at their fields, or a failure to show', () => {
    const request = { service: 'transport-driving-test', schedule: { type: 'slot', start: FREE } } as CallbackCreateRequest;
    const full = new ConflictError('Full', { status: 409, problem: { type: PROBLEM_TYPES.slotFull, title: 'Full', status: 409 } });
    expect(setbackOf(full, request)).to.deep.equal({ taken: FREE });
    const refused = new ValidationError('Refused', [{ field: 'name', code: 'required', message: '' }], { status: 422 });
    expect(setbackOf(refused, request)).to.deep.equal({ problems: [{ field: 'name', code: 'missing' }] });
    expect(setbackOf(new NetworkError('Failed to fetch'), request)).to.deep.equal({ failure: { kind: 'unreachable' } });
  });

  it('offers the free times nearest the one taken, in time order', () => {
    expect(nearestFree(LISTING, FULL, 2).map(({ start }) => start)).to.deep.equal([FREE, '2026-11-25T15:00:00Z']);
    expect(nearestFree(LISTING, FULL).every(({ date }) => date === '2026-11-25')).to.equal(true);
  });

  it('gives each slot a DOM id made of its start', () => {
    expect(slotId('2026-11-25T14:00:00Z')).to.equal('cb-slot-20261125T140000Z');
  });
});
