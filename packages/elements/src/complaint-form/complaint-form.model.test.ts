import { expect } from 'chai';
import { ConflictError, NetworkError, RateLimitedError, ServerError, TimeoutError } from '@civic-contact/sdk';
import { buildRequest, controlId, emptyDraft, failureOf, inPageOrder, keyOf, normalisePhone, parseNumber, withInput } from './model.ts';
import { todayIn } from '../shared/time-zone.ts';
import { EVERY_FIELD } from './test-fixtures.ts';

describe('complaint form model', () => {
  it('keeps ticked boxes in the order of the options, whatever order they were ticked in', () => {
    let draft = withInput(emptyDraft(), EVERY_FIELD, 'answers.records', 'other', true);
    draft = withInput(draft, EVERY_FIELD, 'answers.records', 'births', true);
    expect(draft.answers['records']).to.deep.equal(['births', 'other']);
    draft = withInput(draft, EVERY_FIELD, 'answers.records', 'births', false);
    expect(draft.answers['records']).to.deep.equal(['other']);
  });

  it('puts what is typed or chosen on its field of the draft, and leaves the draft alone for a control it does not know', () => {
    const empty = emptyDraft();
    const draft = withInput(withInput(empty, EVERY_FIELD, 'citizen.email', 'amira@example.com'), EVERY_FIELD, 'answers.office', 'office_3');
    expect([draft.email, draft.answers['office']]).to.deep.equal(['amira@example.com', 'office_3']);
    expect(empty.email, 'a new draft each time').to.equal('');
    expect(withInput(empty, EVERY_FIELD, 'website', 'https://spam.example')).to.equal(empty);
  });

  it('places an error on the field the page shows for it, and lists them in page order, one per field, the unplaceable last', () => {
    expect([keyOf('attachments.1', EVERY_FIELD), keyOf('location', EVERY_FIELD), keyOf('citizen', EVERY_FIELD), keyOf('locale', EVERY_FIELD)]).to.deep.equal([
      'attachments',
      'location.address',
      'citizen.email',
      undefined,
    ]);
    const errors = ['citizen.email', 'locale', 'attachments.1', 'subject', 'attachments.0'].map((field) => ({ field }));
    expect(inPageOrder(errors, EVERY_FIELD).map((error) => error.field)).to.deep.equal(['subject', 'attachments.1', 'citizen.email', 'locale']);
  });

  it('links an error to a group of choices’ first option, and to any other field’s own control', () => {
    expect(['answers.reply_by', 'answers.records', 'answers.office', 'citizen.email'].map((key) => controlId(key, EVERY_FIELD))).to.deep.equal([
      'cf-answers-reply_by-0',
      'cf-answers-records-0',
      'cf-answers-office',
      'cf-citizen-email',
    ]);
  });

  it('reads numbers and phone numbers as citizens’ keyboards write them', () => {
    expect([parseNumber('5,5'), parseNumber('٥٫٥'), parseNumber(' 12 '), parseNumber('five')]).to.deep.equal([5.5, 5.5, 12, 'five']);
    expect(normalisePhone('0044 (20) 7946-0311')).to.equal('+442079460311');
  });

  it('leaves blank optional details out of the request, and sends answers as the contract reads them', () => {
    const draft = {
      ...emptyDraft(),
      subject: ' Old registers ',
      description: 'Please search the 1950 births.',
      name: '  ',
      email: ' amira@example.com ',
      answers: { copies: '٣', records: ['births'], notes: ' ' },
    };
    expect(buildRequest(EVERY_FIELD, draft, ['att_1'], 'ar')).to.deep.equal({
      service: EVERY_FIELD.id,
      subject: 'Old registers',
      description: 'Please search the 1950 births.',
      citizen: { preferredLocale: 'ar', email: 'amira@example.com' },
      locale: 'ar',
      channel: 'web',
      answers: { copies: 3, records: ['births'] },
      attachments: ['att_1'],
    });
  });

  it('tells a busy contact centre, one out of reach and the unforeseen apart', () => {
    expect(failureOf(new RateLimitedError('Too many', 120))).to.deep.equal({ status: 'failed', reason: 'rate-limited', retryAfter: 120 });
    for (const error of [new NetworkError('Offline'), new TimeoutError('Slow', 30_000), new ServerError('Down', undefined), new ConflictError('Busy')]) {
      expect(failureOf(error), error.name).to.deep.equal({ status: 'failed', reason: 'unreachable' });
    }
    expect(failureOf(new TypeError('A bug'))).to.deep.equal({ status: 'failed', reason: 'unexpected' });
  });

  it('takes today in the contact centre’s time zone, not the browser’s', () => {
    const instant = new Date('2026-03-01T11:00:00Z');
    expect([todayIn('Pacific/Kiritimati', instant), todayIn('America/New_York', instant)]).to.deep.equal(['2026-03-02', '2026-03-01']);
  });
});
