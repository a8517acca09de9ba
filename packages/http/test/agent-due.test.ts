/**
 * What agents answer next, over HTTP: `overdue=true` and `dueBefore` on the ticket list reach
 * the domain as a boolean and an instant (an offset's `+` percent-encoded, as a URL needs),
 * and a value that is neither is a 400 naming the field. The domain's side of it is in
 * core/test/contact-centre.test.ts, the stores' in the storage conformance suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, ProblemSchema, PROBLEM_TYPES, TicketListSchema } from '@civic-contact/contract';
import { createHttpApp } from '../src/index.ts';
import { clinicComplaint, makeCentre } from '../../core/test/fixtures.ts';

const fixture = await makeCentre();
const unexpected: unknown[] = [];
const app = createHttpApp({ centre: fixture.centre, onError: (e) => unexpected.push(e) });
const agent = { Authorization: `Bearer ${fixture.keys.secret.health!}` };

async function get(path: string) {
  const response = await app.fetch(new Request(`https://api.test${path}`, { headers: agent }));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

async function list(query: string) {
  const { status, body } = await get(`/v1/agent/tickets?${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return parse(TicketListSchema, body);
}

const early = (await fixture.centre.createComplaint(fixture.health, clinicComplaint({ subject: 'Early' }), null)).body;
fixture.advance(3 * 24 * 60);
const late = (await fixture.centre.createComplaint(fixture.health, clinicComplaint({ subject: 'Late' }), null)).body;

test('overdue=true lists the open tickets past their expected response time, soonest due first', async () => {
  fixture.clock.now = new Date(Date.parse(late.expectedResponseBy) + 60_000);
  assert.deepEqual((await list('overdue=true')).items.map((t) => t.reference), [early.reference, late.reference]);
  assert.deepEqual((await list('')).items.map((t) => t.reference), [late.reference, early.reference], 'the plain list stays newest first');
  fixture.clock.now = new Date(Date.parse(early.expectedResponseBy) + 60_000);
  assert.deepEqual((await list('overdue=true')).items.map((t) => t.reference), [early.reference]);
  assert.deepEqual(unexpected, []);
});

test('dueBefore takes an instant with Z or an encoded offset, exclusive', async () => {
  assert.deepEqual((await list(`dueBefore=${encodeURIComponent(early.expectedResponseBy)}`)).items, []);
  const justAfter = new Date(Date.parse(early.expectedResponseBy) + 1000);
  // The same instant written one hour ahead of UTC.
  const local = new Date(justAfter.getTime() + 3_600_000).toISOString().replace('.000Z', '+01:00');
  const page = await list(`dueBefore=${encodeURIComponent(local)}`);
  assert.deepEqual(page.items.map((t) => t.reference), [early.reference]);
  assert.equal(page.items[0]!.expectedResponseBy, early.expectedResponseBy);
});

test('a dueBefore that is not an instant, or an overdue that is not true or false, is a 400 naming the field', async () => {
  for (const [query, field] of [
    ['dueBefore=tomorrow', 'dueBefore'],
    ['dueBefore=2026-12-07', 'dueBefore'],
    // An unencoded `+` arrives as a space.
    ['dueBefore=2026-12-07T09:00:00+01:00', 'dueBefore'],
    ['overdue=1', 'overdue'],
    ['overdue=yes', 'overdue'],
  ] as const) {
    const { status, type, body } = await get(`/v1/agent/tickets?${query}`);
    assert.equal(status, 400, query);
    assert.equal(type, 'application/problem+json');
    const problem = parse(ProblemSchema, body);
    assert.equal(problem.type, PROBLEM_TYPES.badRequest);
    assert.deepEqual(problem.errors?.map((e) => e.field), [field], query);
  }
  assert.deepEqual(unexpected, []);
});
