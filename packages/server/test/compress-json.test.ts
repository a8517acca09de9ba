/**
 * The API's larger JSON answers go compressed to clients that accept it: the service
 * catalogue every widget page asks for on every view. Small answers go as they are.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@civic-contact/server';
import { decoded, get } from './raw-http.ts';

describe('compressed API answers', () => {
  let dir: string;
  let server: RunningServer;
  const key = { 'X-Site-Key': 'pk_test_transport' };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'civic-contact-compress-'));
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), elementsDir: null, site: false });
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the catalogue goes in brotli, else gzip, else as it is; the same JSON each way, Vary on each', async () => {
    const plain = await get(server.url, '/v1/services', key);
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length > 10_000, `the catalogue is large (${plain.body.length} bytes)`);
    for (const [accept, expected] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const answer = await get(server.url, '/v1/services', { ...key, 'Accept-Encoding': accept });
      assert.equal(answer.headers['content-encoding'], expected, accept);
      assert.match(answer.headers['vary'] ?? '', /Accept-Encoding/, accept);
      assert.equal(Number(answer.headers['content-length']), answer.body.length, accept);
      assert.deepEqual(JSON.parse(decoded(answer).toString('utf8')), JSON.parse(plain.body.toString('utf8')), accept);
      if (expected) assert.ok(answer.body.length < plain.body.length / 3, `${accept}: ${answer.body.length} of ${plain.body.length} bytes`);
    }
  });

  test('a small answer goes as it is, even to a client that accepts brotli', async () => {
    const answer = await get(server.url, '/v1/tickets/MOT-7K3D-9QX6', { ...key, 'X-Civic-Verifier': 'nobody@example.org', 'Accept-Encoding': 'br, gzip' });
    assert.equal(answer.status, 404);
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(JSON.parse(answer.body.toString('utf8')).status, 404);
  });
});
