/**
 * `GET /v1/services` for each kind of key: a ministry's key reads its own catalogue, and an
 * all-ministries key the one it names (its agents route that ministry's tickets to its teams).
 * The same over HTTP: http/test/services-catalogue.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
});
