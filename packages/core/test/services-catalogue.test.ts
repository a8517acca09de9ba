/**
 * `GET /v1/services` for each kind of key: a ministry's key reads its own catalogue, and an
 * all-ministries key the one it names (its agents route that ministry's tickets to its teams).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, ServiceCatalogueSchema } from '@civic-contact/contract';
import { createHttpApp } from '../src/http/index.ts';
import { makeCentre, problem } from './fixtures.ts';

const f = await makeCentre();

describe('the service catalogue', () => {
  test('an all-ministries key reads the catalogue of the ministry it names, teams included', async () => {
    for (const id of ['health', 'transport']) {
      const catalogue = await f.centre.listServices(f.admin, { ministry: id });
      assert.equal(catalogue.ministry.id, id);
      assert.ok(catalogue.ministry.entities.length > 1);
      assert.ok(catalogue.services.length > 0 && catalogue.services.every((s) => s.ministryId === id));
    }
  });

  test('an all-ministries key naming no ministry is refused as before; an unknown one is a 400 on the field', async () => {
    await problem(f.centre.listServices(f.admin), 403);
    const unknown = await problem(f.centre.listServices(f.admin, { ministry: 'nowhere' }), 400);
    assert.deepEqual(unknown.errors?.map((e) => [e.field, e.code]), [['ministry', 'invalid_choice']]);
  });

  test('a ministry’s key may name its own ministry, never another', async () => {
    assert.equal((await f.centre.listServices(f.health, { ministry: 'health' })).ministry.id, 'health');
    assert.equal((await f.centre.listServices(f.healthAgent, { ministry: 'health' })).ministry.id, 'health');
    await problem(f.centre.listServices(f.health, { ministry: 'transport' }), 403);
    await problem(f.centre.listServices(f.healthAgent, { ministry: 'transport' }), 403);
  });

  test('over HTTP: the query names the ministry, and an unknown parameter is a 400', async () => {
    const app = createHttpApp({ centre: f.centre, onError: (error) => assert.fail(String(error)) });
    const get = (path: string) => app.fetch(new Request(`https://api.test${path}`, { headers: { Authorization: `Bearer ${f.keys.admin}` } }));
    const answer = await get('/v1/services?ministry=transport');
    assert.equal(answer.status, 200);
    assert.equal(parse(ServiceCatalogueSchema, await answer.json()).ministry.id, 'transport');
    assert.equal((await get('/v1/services?ministry=transport&lang=en')).status, 400);
  });
});
