/**
 * `GET /v1/services` over HTTP for an all-ministries key: the query names the ministry, and
 * an unknown parameter is refused. What each kind of key reads: core/test/services-catalogue.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, ServiceCatalogueSchema } from '@civic-contact/contract';
import { createHttpApp } from '../src/index.ts';
import { makeCentre } from '../../core/test/fixtures.ts';

const f = await makeCentre();

test('the query names the ministry, and an unknown parameter is a 400', async () => {
  const app = createHttpApp({ centre: f.centre, onError: (error) => assert.fail(String(error)) });
  const get = (path: string) => app.fetch(new Request(`https://api.test${path}`, { headers: { Authorization: `Bearer ${f.keys.admin}` } }));
  const answer = await get('/v1/services?ministry=transport');
  assert.equal(answer.status, 200);
  assert.equal(parse(ServiceCatalogueSchema, await answer.json()).ministry.id, 'transport');
  assert.equal((await get('/v1/services?ministry=transport&lang=en')).status, 400);
});
