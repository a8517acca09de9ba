import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AttachmentSchema, parse, ProblemSchema, PROBLEM_TYPES, SATISFACTION_PROBLEM_TYPES, SatisfactionSchema } from '@civic-contact/contract';
import { createHttpApp } from '../src/index.ts';
import { clinicComplaint, makeCentre } from '../../core/test/fixtures.ts';

const fixture = await makeCentre();
const unexpected: unknown[] = [];
const app = createHttpApp({ centre: fixture.centre, maxJsonBytes: 4096, maxUploadBytes: 64 * 1024, onError: (e) => unexpected.push(e) });
const site = { 'X-Site-Key': fixture.keys.site.health! };
const json = { ...site, 'Content-Type': 'application/json' };

async function call(path: string, init: RequestInit = {}) {
  const response = await app.fetch(new Request(`https://api.test${path}`, init));
  const text = await response.text();
  return { response, status: response.status, body: text ? JSON.parse(text) : null };
}

async function expectProblem(path: string, init: RequestInit, status: number, type?: string) {
  const { response, body } = await call(path, init);
  assert.equal(response.status, status, JSON.stringify(body));
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const problem = parse(ProblemSchema, body);
  if (type) assert.equal(problem.type, type);
  return problem;
}

test('every response carries the security headers, success or problem', async () => {
  for (const init of [{ headers: site }, { headers: { 'X-Site-Key': 'pk_nope' } }]) {
    const { response } = await call('/v1/services', init);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  }
});

test('a complaint goes in as JSON and comes out as 201 with its reference', async () => {
  const { status, body } = await call('/v1/complaints', { method: 'POST', headers: json, body: JSON.stringify(clinicComplaint()) });
  assert.equal(status, 201);
  assert.match(body.reference, /^MOH-/);
});

test('bodies that are not JSON, not UTF-8, malformed or too large are refused with the right status', async () => {
  await expectProblem('/v1/complaints', { method: 'POST', headers: { ...site, 'Content-Type': 'text/plain' }, body: '{}' }, 415, PROBLEM_TYPES.unsupportedMediaType);
  await expectProblem('/v1/complaints', { method: 'POST', headers: json, body: '{"service":' }, 400, PROBLEM_TYPES.badRequest);
  await expectProblem('/v1/complaints', { method: 'POST', headers: json, body: new Uint8Array([0x7b, 0xff, 0x7d]) }, 400);
  await expectProblem('/v1/complaints', { method: 'POST', headers: json, body: JSON.stringify({ description: 'x'.repeat(5000) }) }, 413, PROBLEM_TYPES.payloadTooLarge);
  await expectProblem('/v1/complaints', { method: 'POST', headers: json, body: '[]' }, 400, PROBLEM_TYPES.badRequest);
  const problem = await expectProblem('/v1/complaints', { method: 'POST', headers: json, body: '{}' }, 422, PROBLEM_TYPES.validation);
  assert.ok(problem.errors && problem.errors.length > 0);
});

test('a body with a declared length is read whole, and still refused past the limit or when it is not UTF-8', async () => {
  const body = JSON.stringify({ description: 'x'.repeat(5000) });
  // A Request built in JavaScript may declare less than it carries.
  await expectProblem('/v1/complaints', { method: 'POST', headers: { ...json, 'Content-Length': '10' }, body }, 413, PROBLEM_TYPES.payloadTooLarge);
  await expectProblem('/v1/complaints', { method: 'POST', headers: { ...json, 'Content-Length': String(body.length) }, body }, 413);
  await expectProblem('/v1/complaints', { method: 'POST', headers: { ...json, 'Content-Length': '3' }, body: new Uint8Array([0x7b, 0xff, 0x7d]) }, 400);
  const complaint = JSON.stringify(clinicComplaint());
  const { status } = await call('/v1/complaints', { method: 'POST', headers: { ...json, 'Content-Length': String(Buffer.byteLength(complaint)) }, body: complaint });
  assert.equal(status, 201);
});

test('an attachment is uploaded as multipart and typed from its bytes, not its name', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const form = new FormData();
  form.set('service', 'health-clinic-services');
  form.set('file', new Blob([png]), 'photo.pdf');
  const { status, body } = await call('/v1/attachments', { method: 'POST', headers: site, body: form });
  assert.equal(status, 201, JSON.stringify(body));
  assert.equal(parse(AttachmentSchema, body).contentType, 'image/png');

  const fake = new FormData();
  fake.set('service', 'health-clinic-services');
  fake.set('file', new Blob(['just text']), 'photo.png');
  await expectProblem('/v1/attachments', { method: 'POST', headers: site, body: fake }, 415);

  const big = new FormData();
  big.set('service', 'health-clinic-services');
  big.set('file', new Blob([new Uint8Array(65 * 1024)]), 'big.png');
  await expectProblem('/v1/attachments', { method: 'POST', headers: site, body: big }, 413);

  await expectProblem('/v1/attachments', { method: 'POST', headers: json, body: '{}' }, 415);
  const missing = new FormData();
  missing.set('service', 'health-clinic-services');
  await expectProblem('/v1/attachments', { method: 'POST', headers: site, body: missing }, 400);
});

test('the verifier travels in a header and a wrong one answers exactly like an unknown reference', async () => {
  const filed = await call('/v1/complaints', { method: 'POST', headers: json, body: JSON.stringify(clinicComplaint()) });
  const reference = filed.body.reference as string;
  const found = await call(`/v1/tickets/${reference}`, { headers: { ...site, 'X-Civic-Verifier': 'marie.joseph@example.org' } });
  assert.equal(found.status, 200);
  const wrong = await call(`/v1/tickets/${reference}`, { headers: { ...site, 'X-Civic-Verifier': 'someone@example.org' } });
  const unknownRef = 'MOH-0000-000' + (await import('@civic-contact/contract')).checkCharacter('0000000');
  const unknown = await call(`/v1/tickets/${unknownRef}`, { headers: { ...site, 'X-Civic-Verifier': 'someone@example.org' } });
  assert.equal(wrong.status, 404);
  assert.deepEqual(wrong.body, unknown.body);
});

test('a resolved ticket is rated once through POST …/satisfaction with the verifier; a second answer is a 409 problem', async () => {
  const filed = await call('/v1/complaints', { method: 'POST', headers: json, body: JSON.stringify(clinicComplaint()) });
  const reference = filed.body.reference as string;
  const citizen = { ...json, 'X-Civic-Verifier': 'marie.joseph@example.org' };
  const rate = (body: unknown, headers: Record<string, string> = citizen) =>
    call(`/v1/tickets/${reference}/satisfaction`, { method: 'POST', headers, body: JSON.stringify(body) });
  const early = await rate({ rating: 5 });
  assert.equal(early.status, 409);
  assert.equal(early.body.type, SATISFACTION_PROBLEM_TYPES.notYetResolved);

  await fixture.centre.updateTicketStatus(fixture.healthAgent, reference, { status: 'resolved' });
  const wrong = await rate({ rating: 5 }, { ...json, 'X-Civic-Verifier': 'someone@example.org' });
  assert.equal(wrong.status, 404);
  const given = await rate({ rating: 5, comment: 'Thank you.' });
  assert.equal(given.status, 201, JSON.stringify(given.body));
  assert.deepEqual(parse(SatisfactionSchema, given.body), { rating: 5, comment: 'Thank you.', at: given.body.at });

  const again = await expectProblem(
    `/v1/tickets/${reference}/satisfaction`,
    { method: 'POST', headers: citizen, body: JSON.stringify({ rating: 1 }) },
    409,
    SATISFACTION_PROBLEM_TYPES.alreadyRated,
  );
  assert.match(again.detail ?? '', /already/);
  const ticket = await call(`/v1/tickets/${reference}`, { headers: citizen });
  assert.deepEqual(ticket.body.satisfaction, { ...given.body, comment: null }, 'the lookup never shows the comment');
});

test('unknown paths are problem documents too, and nothing unexpected was thrown', async () => {
  await expectProblem('/v1/nothing-here', { headers: site }, 404, PROBLEM_TYPES.notFound);
  await expectProblem('/elsewhere', {}, 404);
  await expectProblem('/v1/services', {}, 401, PROBLEM_TYPES.unauthorized);
  assert.deepEqual(unexpected, []);
});

test('an unexpected error reaches the client as a bare 500, without its message or stack', async () => {
  const broken = createHttpApp({
    centre: Object.assign(Object.create(fixture.centre), {
      authenticate: fixture.centre.authenticate.bind(fixture.centre),
      listServices: async () => {
        throw new Error('SQLITE_CORRUPT at /var/lib/secret.db');
      },
    }),
    onError: () => {},
  });
  const response = await broken.fetch(new Request('https://api.test/v1/services', { headers: site }));
  assert.equal(response.status, 500);
  const text = await response.text();
  assert.doesNotMatch(text, /SQLITE|secret\.db|at /);
  assert.equal(parse(ProblemSchema, JSON.parse(text)).type, PROBLEM_TYPES.internal);
});
