/**
 * The contract takes dates from 1900 to 2100 and nothing else: over HTTP, a date outside
 * that range is a 400 (or a 422 in a body) naming the field, never a 500, and the first and
 * last dates are answered within the contract. The date helpers' side of it is in
 * core/test/date-range.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CallbackSlotsSchema,
  LIMITS,
  parse,
  ProblemSchema,
  PROBLEM_TYPES,
  StatsSchema,
  TicketListSchema,
} from '@civic-contact/contract';
import { createHttpApp } from '../src/index.ts';
import { callbackRequest, makeCentre } from '../../core/test/fixtures.ts';

const fixture = await makeCentre();
const unexpected: unknown[] = [];
const app = createHttpApp({ centre: fixture.centre, onError: (e) => unexpected.push(e) });
const site = { 'X-Site-Key': fixture.keys.site.health! };
const agent = { Authorization: `Bearer ${fixture.keys.secret.health!}` };
const admin = { Authorization: `Bearer ${fixture.keys.admin}` };

async function get(path: string, headers: Record<string, string>) {
  const response = await app.fetch(new Request(`https://api.test${path}`, { headers }));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const endpoints = [
  { name: 'slots', path: '/v1/callbacks/slots?service=health-clinic-services&', headers: site, schema: CallbackSlotsSchema },
  { name: 'stats', path: '/v1/stats?', headers: agent, schema: StatsSchema },
  { name: 'stats (all ministries)', path: '/v1/stats?', headers: admin, schema: StatsSchema },
  { name: 'agent tickets', path: '/v1/agent/tickets?', headers: agent, schema: TicketListSchema },
] as const;

test('a date before 1900 or after 2100 is a 400 naming the field, never a 500', async () => {
  for (const { name, path, headers } of endpoints) {
    for (const param of ['from', 'to'] as const) {
      if (name === 'slots' && param === 'to') continue;
      for (const date of ['9999-12-31', '0000-01-01', '1899-12-31', '2101-01-01']) {
        const { status, type, body } = await get(`${path}${param}=${date}`, headers);
        assert.equal(status, 400, `${name} ${param}=${date}: ${JSON.stringify(body)}`);
        assert.equal(type, 'application/problem+json');
        const problem = parse(ProblemSchema, body);
        assert.equal(problem.type, PROBLEM_TYPES.badRequest);
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [[param, 'invalid_date']],
        );
        assert.match(problem.errors![0]!.message, /between 1900 and 2100/);
      }
    }
  }
  assert.deepEqual(unexpected, []);
});

test('the first and last dates of the range are answered, and the answers keep to the contract', async () => {
  const queries = {
    slots: ['from=1900-01-01', 'from=2100-12-31', `from=2100-12-31&days=${LIMITS.slotDaysMax}`, `from=2100-12-01&days=${LIMITS.slotDaysMax}`],
    stats: ['from=1900-01-01', 'to=2100-12-31', 'from=1900-01-01&to=2100-12-31', 'to=1900-01-01', 'from=2100-12-31&to=2100-12-31'],
    'agent tickets': ['from=1900-01-01', 'to=2100-12-31', 'from=1900-01-01&to=2100-12-31', 'from=2100-12-31'],
  };
  for (const { name, path, headers, schema } of endpoints) {
    for (const query of queries[name === 'stats (all ministries)' ? 'stats' : name]) {
      const { status, body } = await get(`${path}${query}`, headers);
      assert.equal(status, 200, `${name} ${query}: ${JSON.stringify(body)}`);
      parse(schema, body);
    }
  }
  // The whole range of dates at once finds every ticket filed "now".
  const all = await get('/v1/agent/tickets?from=1900-01-01&to=2100-12-31', agent);
  const recent = await get('/v1/agent/tickets', agent);
  assert.deepEqual(all.body.items, recent.body.items);
  assert.deepEqual(unexpected, []);
});

test('the slot listing stops at the end of 2100: no day or slot the contract cannot carry', async () => {
  const { body } = await get(`/v1/callbacks/slots?service=health-clinic-services&from=2100-12-25&days=${LIMITS.slotDaysMax}`, site);
  const days = parse(CallbackSlotsSchema, body).days;
  assert.deepEqual(
    days.map((d) => d.date),
    ['2100-12-25', '2100-12-26', '2100-12-27', '2100-12-28', '2100-12-29', '2100-12-30', '2100-12-31'],
  );
  assert.ok(days.some((d) => d.slots.length > 0), 'ordinary days of 2100 still have their slots');
});

test('a callback for an instant outside the range is a 422, never a 500', async () => {
  for (const start of ['9999-12-31T23:59:59-23:59', '0000-01-01T00:00:00+23:59', '2101-01-01T09:00:00Z']) {
    const response = await app.fetch(
      new Request('https://api.test/v1/callbacks', {
        method: 'POST',
        headers: { ...site, 'Content-Type': 'application/json' },
        body: JSON.stringify(callbackRequest({ type: 'slot', start })),
      }),
    );
    const body = await response.json();
    assert.equal(response.status, 422, `${start}: ${JSON.stringify(body)}`);
    assert.deepEqual(parse(ProblemSchema, body).errors?.map((e) => [e.field, e.code]), [['schedule.start', 'invalid_date']]);
  }
  assert.deepEqual(unexpected, []);
});
