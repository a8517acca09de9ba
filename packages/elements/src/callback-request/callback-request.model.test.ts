import { expect } from 'chai';
import type { CallbackSlots, SlotDay } from '@civic-contact/contract';
import { checkAnswers, checkCancel, serverProblems } from './check.ts';
import { emptyAnswers, settle, slotId, type Answers } from './model.ts';
import { loadPhoneLibrary } from './phone.ts';
import { rangeText } from './messages.ts';

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
  it('names both days of a time that crosses midnight on the reader\'s clock, in words', () => {
    // 5:30–6:00 PM in New York is 11:30 PM – midnight in Paris.
    const start = '2026-11-30T22:30:00Z';
    const end = '2026-11-30T23:00:00Z';
    expect(rangeText(start, end, 'America/New_York', 'en')).to.match(/^5:30\s*–\s*6:00\sPM$/u);
    const paris = rangeText(start, end, 'Europe/Paris', 'en');
    expect(paris).to.include('Mon, Nov 30').and.include('Tue, Dec 1');
    expect(paris).not.to.match(/\d+\/\d+\/\d{4}/);
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

  it('gives each slot a DOM id made of its start', () => {
    expect(slotId('2026-11-25T14:00:00Z')).to.equal('cb-slot-20261125T140000Z');
  });
});
