import { test } from 'node:test';
import assert from 'node:assert/strict';

// Count every use of the Function constructor (what `eval`-free CSP forbids) from before zod loads.
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
  CallbackCreateRequestSchema,
  ComplaintCreateRequestSchema,
  LocalizedTextSchema,
  ProblemSchema,
  ServiceSchema,
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
  ComplaintCreateRequestSchema.parse(validComplaint);
  ComplaintCreateRequestSchema.safeParse({});
  TicketSchema.safeParse({ reference: 'x' });
  assert.equal(functionConstructorCalls, 0);
  globalThis.Function = RealFunction;
});

test('a valid complaint parses and keeps its data', () => {
  const parsed = ComplaintCreateRequestSchema.parse({ ...validComplaint, subject: '  Pothole  ' });
  assert.equal(parsed.subject, 'Pothole');
  assert.deepEqual(parsed.answers, validComplaint.answers);
});

test('unknown fields in a request body are refused, at every level', () => {
  const top = ComplaintCreateRequestSchema.safeParse({ ...validComplaint, admin: true });
  assert.equal(top.success, false);
  assert.equal(top.error?.issues[0]?.code, 'unrecognized_keys');
  const nested = ComplaintCreateRequestSchema.safeParse({ ...validComplaint, citizen: { email: 'a@b.org', ssn: '1' } });
  assert.equal(nested.success, false);
});

test('bad values are reported per field', () => {
  const result = ComplaintCreateRequestSchema.safeParse({
    ...validComplaint,
    subject: '   ',
    citizen: { email: 'not-an-email', phone: '555-0123' },
    attachments: ['../../etc/passwd'],
  });
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((issue) => issue.path.join('.')).sort();
  assert.deepEqual(paths, ['attachments.0', 'citizen.email', 'citizen.phone', 'subject']);
});

test('callback schedule is either as-soon-as-possible or a slot start', () => {
  const base = { service: 'licence-status', name: 'Ama', phone: '+15555550123', locale: 'en', reason: 'Licence renewal' };
  assert.equal(CallbackCreateRequestSchema.safeParse({ ...base, schedule: { type: 'asap' } }).success, true);
  assert.equal(
    CallbackCreateRequestSchema.safeParse({ ...base, schedule: { type: 'slot', start: '2026-12-01T14:00:00Z' } }).success,
    true,
  );
  assert.equal(CallbackCreateRequestSchema.safeParse({ ...base, schedule: { type: 'slot' } }).success, false);
  assert.equal(CallbackCreateRequestSchema.safeParse({ ...base, schedule: { type: 'tomorrow' } }).success, false);
});

test('localized text needs at least one language and proper language tags', () => {
  assert.equal(LocalizedTextSchema.safeParse({ en: 'Water' }).success, true);
  assert.equal(LocalizedTextSchema.safeParse({}).success, false);
  assert.equal(LocalizedTextSchema.safeParse({ English: 'Water' }).success, false);
});

test('a problem document needs a type, a title and an error status', () => {
  assert.equal(ProblemSchema.safeParse({ type: 'urn:x', title: 'Not found', status: 404 }).success, true);
  assert.equal(ProblemSchema.safeParse({ type: 'urn:x', title: 'OK', status: 200 }).success, false);
  assert.equal(
    ProblemSchema.safeParse({ type: 'urn:x', title: 'Bad', status: 422, errors: [{ field: 'subject', code: 'nope', message: 'x' }] })
      .success,
    false,
  );
});

test('responses keep working when the server adds fields (forward compatible)', () => {
  const stats = StatsSchema.parse({
    generatedAt: '2026-11-30T10:00:00.000Z',
    period: { from: '2026-11-01', to: '2026-11-30' },
    ministryId: null,
    overall: { received: 3, resolved: 1, openBacklog: 2, medianFirstResponseHours: 4.5, resolvedWithinTargetShare: 1 },
    volumeByService: [],
    volumeByChannel: [{ channel: 'web', count: 3 }],
    byMinistry: [],
    futureField: 'ignored',
  });
  assert.equal('futureField' in stats, false);
  assert.equal(ServiceSchema.safeParse({}).success, false);
});
