import { test } from 'node:test';
import assert from 'node:assert/strict';

// Count every use of the Function constructor (what `eval`-free CSP forbids) from before the schemas load.
let functionConstructorCalls = 0;
const RealFunction = globalThis.Function;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args) {
    functionConstructorCalls++;
    return Reflect.construct(target, args);
  },
  apply(target, thisArg, args) {
    functionConstructorCalls++;
    return Reflect.apply(target, thisArg, args);
  },
});
const contract = await import('../src/index.ts');
const {
  AnswerValueSchema,
  CallbackCreateRequestSchema,
  CitizenSchema,
  ComplaintCreateRequestSchema,
  DateSchema,
  DateTimeSchema,
  fieldErrorsFromIssues,
  issuePath,
  LocalizedTextSchema,
  parse,
  ProblemSchema,
  safeParse,
  ServiceSchema,
  SlotsQuerySchema,
  StatsSchema,
  TicketSchema,
} = contract;

const validComplaint = {
  service: 'road-defects',
  subject: 'Pothole on Bridge Street',
  description: 'A deep pothole outside number 12 has damaged two cars this week.',
  answers: { depth_cm: 15, hazards: ['traffic', 'cyclists'], noticed_on: '2026-11-20' },
  citizen: { email: 'ama@example.org', phone: '+15555550123', preferredLocale: 'fr' },
  location: { address: '12 Bridge Street, Castries', latitude: 14.01, longitude: -60.99 },
  attachments: ['att_0123456789abcdefghij'],
  locale: 'en',
};

test('schemas validate without the Function constructor, so they run under a strict CSP', () => {
  parse(ComplaintCreateRequestSchema, validComplaint);
  safeParse(ComplaintCreateRequestSchema, {});
  safeParse(TicketSchema, { reference: 'x' });
  assert.equal(functionConstructorCalls, 0);
  globalThis.Function = RealFunction;
});

test('a valid complaint parses and keeps its data', () => {
  const parsed = parse(ComplaintCreateRequestSchema, { ...validComplaint, subject: '  Pothole  ' });
  assert.equal(parsed.subject, 'Pothole');
  assert.deepEqual(parsed.answers, validComplaint.answers);
});

test('unknown fields in a request body are refused, at every level', () => {
  const top = safeParse(ComplaintCreateRequestSchema, { ...validComplaint, admin: true });
  assert.equal(top.success, false);
  assert.deepEqual(fieldErrorsFromIssues(top.issues!).map((e) => `${e.field}:${e.code}`), ['admin:unknown_field']);
  const nested = safeParse(ComplaintCreateRequestSchema, { ...validComplaint, citizen: { email: 'a@b.org', ssn: '1' } });
  assert.equal(nested.success, false);
});

test('a key named like an Object.prototype member is as unknown as any other', () => {
  const result = safeParse(CitizenSchema, JSON.parse('{"email":"a@b.org","__proto__":{"admin":true},"constructor":1}'));
  assert.equal(result.success, false);
  assert.deepEqual(fieldErrorsFromIssues(result.issues!).map((e) => e.field), ['__proto__', 'constructor']);
});

test('an array is never taken for an object or a record', () => {
  assert.equal(safeParse(CitizenSchema, []).success, false);
  assert.equal(safeParse(ComplaintCreateRequestSchema, { ...validComplaint, answers: ['traffic'] }).success, false);
  assert.equal(safeParse(LocalizedTextSchema, ['Water']).success, false);
});

test('a record checks every key, constructor and prototype included', () => {
  assert.equal(safeParse(LocalizedTextSchema, { en: 'Water', constructor: 'Eau' }).success, false);
  const parsed = parse(ComplaintCreateRequestSchema, { ...validComplaint, answers: { constructor: 'yes', prototype: 2 } });
  assert.deepEqual(parsed.answers, { constructor: 'yes', prototype: 2 });
});

test('numbers are finite, and a whole number that is not whole is one mistake', () => {
  const far = safeParse(ComplaintCreateRequestSchema, { ...validComplaint, location: { address: 'x', latitude: JSON.parse('1e309') } });
  assert.equal(far.success, false);
  assert.equal(safeParse(AnswerValueSchema, Number.NaN).success, false);
  const half = safeParse(SlotsQuerySchema, { service: 'licence-status', days: 0.5 });
  assert.deepEqual(fieldErrorsFromIssues(half.issues!).map((e) => `${e.field}:${e.code}`), ['days:not_integer']);
});

test('bad values are reported per field', () => {
  const result = safeParse(ComplaintCreateRequestSchema, {
    ...validComplaint,
    subject: '   ',
    citizen: { email: 'not-an-email', phone: '555-0123' },
    attachments: ['../../etc/passwd'],
  });
  assert.equal(result.success, false);
  const paths = result.issues!.map((issue) => issuePath(issue).join('.')).sort();
  assert.deepEqual(paths, ['attachments.0', 'citizen.email', 'citizen.phone', 'subject']);
});

test('required text needs a character a person can see; zero-width and bidi characters alone are missing', () => {
  for (const invisible of ['\u200B', '\u200B\u200C\u200D\u2060\uFEFF', '\u200E\u200F\u202E\u2066\u2069\u061C', '\u00AD\u034F\uFE0F\u3164\u115F', '\u{E0041}', '\u2800', ' \t\u200B\n ']) {
    const result = safeParse(ComplaintCreateRequestSchema, { ...validComplaint, subject: invisible });
    assert.deepEqual(result.success ? [] : fieldErrorsFromIssues(result.issues), [{ field: 'subject', code: 'required', message: 'Enter a value.' }], JSON.stringify(invisible));
  }
  // A visible character anywhere is enough, in any script; the invisible ones around it are kept.
  for (const visible of ['a\u200B', 'é', 'مرحبا', '\u0915\u094D\u200D', '👍🏽', '\u{1F468}\u200D\u{1F469}']) {
    assert.equal(parse(ComplaintCreateRequestSchema, { ...validComplaint, subject: visible }).subject, visible);
  }
});

test('callback schedule is either as-soon-as-possible or a slot start', () => {
  const base = { service: 'licence-status', name: 'Ama', phone: '+15555550123', locale: 'en', reason: 'Licence renewal' };
  assert.equal(safeParse(CallbackCreateRequestSchema, { ...base, schedule: { type: 'asap' } }).success, true);
  assert.equal(
    safeParse(CallbackCreateRequestSchema, { ...base, schedule: { type: 'slot', start: '2026-12-01T14:00:00Z' } }).success,
    true,
  );
  assert.equal(safeParse(CallbackCreateRequestSchema, { ...base, schedule: { type: 'slot' } }).success, false);
  assert.equal(safeParse(CallbackCreateRequestSchema, { ...base, schedule: { type: 'tomorrow' } }).success, false);
});

test('a date is a real calendar date from 1900 to 2100, and an instant has one', () => {
  // Every string YYYY-MM-DD with months 00–13 and days 00–32 around both ends, against the UTC calendar.
  for (const year of [1899, 1900, 1904, 1999, 2000, 2024, 2096, 2099, 2100, 2101]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const utc = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day && year >= 1900 && year <= 2100;
        assert.equal(safeParse(DateSchema, date).success, real, date);
      }
    }
  }
  for (const date of ['0000-01-01', '9999-12-31', '10000-01-01', '-2026-01-01', '2026-1-01']) assert.equal(safeParse(DateSchema, date).success, false, date);
  assert.equal(safeParse(DateTimeSchema, '2100-12-31T23:59:59-12:00').success, true);
  assert.equal(safeParse(DateTimeSchema, '9999-12-31T23:59:59-23:59').success, false);
  assert.equal(safeParse(DateTimeSchema, '1899-12-31T23:59:59Z').success, false);
});

test('localized text needs at least one language and proper language tags', () => {
  assert.equal(safeParse(LocalizedTextSchema, { en: 'Water' }).success, true);
  assert.equal(safeParse(LocalizedTextSchema, {}).success, false);
  assert.equal(safeParse(LocalizedTextSchema, { English: 'Water' }).success, false);
});

test('a problem document needs a type, a title and an error status', () => {
  assert.equal(safeParse(ProblemSchema, { type: 'urn:x', title: 'Not found', status: 404 }).success, true);
  assert.equal(safeParse(ProblemSchema, { type: 'urn:x', title: 'OK', status: 200 }).success, false);
  assert.equal(
    safeParse(ProblemSchema, { type: 'urn:x', title: 'Bad', status: 422, errors: [{ field: 'subject', code: 'nope', message: 'x' }] })
      .success,
    false,
  );
});

test('responses keep working when the server adds fields (forward compatible)', () => {
  const stats = parse(StatsSchema, {
    generatedAt: '2026-11-30T10:00:00.000Z',
    period: { from: '2026-11-01', to: '2026-11-30' },
    ministryId: null,
    overall: {
      received: 3,
      resolved: 1,
      openBacklog: 2,
      medianFirstResponseHours: 4.5,
      resolvedWithinTargetShare: 1,
      satisfaction: { responses: 1, averageRating: 4, satisfiedShare: 1 },
    },
    volumeByService: [],
    volumeByChannel: [{ channel: 'web', count: 3 }],
    byMinistry: [],
    futureField: 'ignored',
  });
  assert.equal('futureField' in stats, false);
  assert.equal(safeParse(ServiceSchema, {}).success, false);
});
