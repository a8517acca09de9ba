/**
 * `/health` and `/ready`, as a load balancer sees them, on SQLite and on PostgreSQL: ready
 * while the database answers with this server's schema; not ready, and still alive, when it
 * does not.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pg from 'pg';
import { startServer, type RunningServer } from '@civic-contact/server';
import { freshDatabase } from './postgres.ts';

async function probe(server: RunningServer, path: string): Promise<{ status: number; body: unknown; cache: string | null }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.json(), cache: response.headers.get('Cache-Control') };
}

describe('the probes', () => {
  test('on SQLite: alive and ready; once the store is closed, alive and not ready', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-probes-'));
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false, elementsDir: null });
    try {
      assert.deepEqual(await probe(server, '/health'), { status: 200, body: { status: 'ok' }, cache: 'no-store' });
      assert.deepEqual(await probe(server, '/ready'), { status: 200, body: { status: 'ready' }, cache: 'no-store' });
      await server.storage.close();
      assert.deepEqual(await probe(server, '/health'), { status: 200, body: { status: 'ok' }, cache: 'no-store' });
      assert.deepEqual(await probe(server, '/ready'), { status: 503, body: { status: 'not ready', reason: 'the store is closed' }, cache: 'no-store' });
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('on PostgreSQL: ready once migrated; when the database is gone, not ready (without saying where it was), and still alive', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-probes-'));
    const database = await freshDatabase();
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: database.url, site: false, elementsDir: null, onError: () => {} });
    try {
      assert.deepEqual(await probe(server, '/ready'), { status: 200, body: { status: 'ready' }, cache: 'no-store' });
      // An operator rolls the schema back past this server's: it is not ready for this server.
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)');
      await client.end();
      assert.equal((await probe(server, '/ready')).status, 503);
      await database.drop();
      const gone = await probe(server, '/ready');
      assert.deepEqual(gone, { status: 503, body: { status: 'not ready', reason: 'the database does not answer' }, cache: 'no-store' });
      assert.equal((await probe(server, '/health')).status, 200);
    } finally {
      await server.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
