/**
 * `GET /v1/stats/public` over HTTP: a site key is enough, refused keys are refused as on every
 * site-key endpoint, a bad period is a 400 naming the field, and the answer may be cached
 * publicly for five minutes. The figures themselves: core/test/public-stats.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, PROBLEM_TYPES, PublicStatsSchema, type Problem } from '@civic-contact/contract';
import { createHttpApp } from '../src/index.ts';
import { makeCentre } from '../../core/test/fixtures.ts';

const f = await makeCentre();
const ORIGIN = 'https://health.example.gov';
await f.storage.transaction(async (tx) => {
  await tx.upsertSiteKey({ id: 'key_site_pinned', key: 'pk_test_pinned_origin_0001', ministryId: 'health', allowedOrigins: [ORIGIN], createdAt: f.clock.now.toISOString(), revokedAt: null });
});
const app = createHttpApp({ centre: f.centre, onError: (error) => assert.fail(String(error)) });
const get = (path: string, headers: Record<string, string>) => app.fetch(new Request(`https://api.test${path}`, { headers }));
const site = { 'X-Site-Key': f.keys.site.health!, Origin: ORIGIN };

test('a site key reads its ministry’s figures, with no secret key; the answer may be cached publicly for five minutes', async () => {
  const answer = await get('/v1/stats/public?from=2026-11-02&to=2026-11-15', site);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('Cache-Control'), 'public, max-age=300');
  assert.equal(answer.headers.get('Vary'), 'X-Site-Key, Authorization', 'one copy per key in a shared cache: the figures differ by ministry');
  assert.equal(answer.headers.get('X-Content-Type-Options'), 'nosniff');
  const stats = parse(PublicStatsSchema, await answer.json());
  assert.equal(stats.ministryId, 'health');
  assert.deepEqual(stats.period, { from: '2026-11-02', to: '2026-11-15', timeZone: 'America/St_Lucia' });
  assert.deepEqual(stats.received, { suppressed: true });

  const pinned = await get('/v1/stats/public', { 'X-Site-Key': 'pk_test_pinned_origin_0001', Origin: ORIGIN });
  assert.equal(pinned.status, 200);
  const agent = await get('/v1/stats/public', { Authorization: `Bearer ${f.keys.secret.health!}` });
  assert.equal(agent.status, 200, 'a ministry’s secret key may read them too');
});

test('a missing, unknown or secret key is a 401 and another origin a 403, never cacheable', async () => {
  const refusals: [Record<string, string>, number][] = [
    [{}, 401],
    [{ 'X-Site-Key': 'pk_test_nobody_knows_this_1' }, 401],
    [{ 'X-Site-Key': f.keys.secret.health! }, 401],
    [{ 'X-Site-Key': 'pk_test_pinned_origin_0001', Origin: 'https://elsewhere.example' }, 403],
  ];
  for (const [headers, status] of refusals) {
    const answer = await get('/v1/stats/public', headers);
    assert.equal(answer.status, status, JSON.stringify(headers));
    assert.equal(answer.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(answer.headers.get('Cache-Control'), 'no-store');
  }
});

test('ministry=all answers every ministry together, a ministry’s id that ministry’s figures; an unknown one is a 404 problem', async () => {
  const all = await get('/v1/stats/public?ministry=all&from=2026-11-02&to=2026-11-15', site);
  assert.equal(all.status, 200);
  assert.equal(all.headers.get('Cache-Control'), 'public, max-age=300');
  const stats = parse(PublicStatsSchema, await all.json());
  assert.equal(stats.ministryId, null);
  assert.deepEqual(stats.ministries.map((m) => m.id), ['civil-registry', 'health', 'transport']);
  assert.deepEqual(stats.byMinistry.map((m) => m.ministryId), ['civil-registry', 'health', 'transport']);
  assert.equal(stats.period.timeZone, 'America/St_Lucia', 'on the calendar of the key’s ministry');

  const admin = parse(PublicStatsSchema, await (await get('/v1/stats/public', { Authorization: `Bearer ${f.keys.admin}` })).json());
  assert.equal(admin.ministryId, null, 'an all-ministries key sees every ministry by default');

  const transport = parse(PublicStatsSchema, await (await get('/v1/stats/public?ministry=transport', site)).json());
  assert.equal(transport.ministryId, 'transport');
  assert.equal(transport.period.timeZone, 'America/New_York');

  const unknown = await get('/v1/stats/public?ministry=fisheries', site);
  assert.equal(unknown.status, 404);
  assert.equal(unknown.headers.get('Cache-Control'), 'no-store');
  const problem = (await unknown.json()) as Problem;
  assert.equal(problem.type, PROBLEM_TYPES.notFound);
  assert.match(problem.detail ?? '', /fisheries/);
});

test('a bad period is a 400 problem naming the field', async () => {
  const cases: [string, string][] = [
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-11-15&to=2026-11-02', 'from'],
    ['from=2024-01-01&to=2026-01-01', 'to'],
    ['ministry=Transport', 'ministry'],
  ];
  for (const [query, field] of cases) {
    const answer = await get(`/v1/stats/public?${query}`, site);
    assert.equal(answer.status, 400, query);
    assert.equal(answer.headers.get('Cache-Control'), 'no-store');
    const problem = (await answer.json()) as Problem;
    assert.equal(problem.type, PROBLEM_TYPES.badRequest);
    assert.deepEqual(problem.errors?.map((e) => e.field), [field], query);
  }
});
