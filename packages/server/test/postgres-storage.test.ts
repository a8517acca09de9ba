/**
 * The PostgreSQL store: the conformance suite every store passes (outcomes only: its
 * transactions run together), and what is its own — migrating once when instances start
 * together, conflicts across connections retried, keys and feedback for the server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callback, storageConformance } from '@civic-contact/core/testing';
import pg from 'pg';
import { PostgresStorage } from '../src/postgres-storage.ts';
import { MIGRATION_LOCK, POSTGRES_MIGRATIONS } from '../src/postgres-migrations.ts';
import { SchemaTooNewError } from '../src/migrations.ts';
import { freshDatabase } from './postgres.ts';

storageConformance('PostgresStorage', async () => {
  const database = await freshDatabase();
  const storage = await PostgresStorage.open({ connectionString: database.url });
  return {
    storage,
    close: async () => {
      await storage.close();
      await database.drop();
    },
  };
});

describe('PostgresStorage', () => {
  test('instances opening one new database at once migrate it once, under the advisory lock', async () => {
    const database = await freshDatabase();
    try {
      const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStorage.open({ connectionString: database.url, poolSize: 2 })));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
        assert.deepEqual(
          rows.map((row) => row.version),
          POSTGRES_MIGRATIONS.map((m) => m.version),
        );
        // The lock is given back: nobody holds it in this database once the stores are open.
        const held = await client.query(
          `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND granted
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND classid = ($1::bigint >> 32)::oid AND objid = ($1::bigint & 4294967295)::oid`,
          [MIGRATION_LOCK],
        );
        assert.equal(held.rows[0].held, 0);
      } finally {
        await client.end();
      }
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await database.drop();
    }
  });

  test('a database migrated by a newer server is refused, and left as it is', async () => {
    const database = await freshDatabase();
    try {
      const first = await PostgresStorage.open({ connectionString: database.url });
      await first.close();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (${POSTGRES_MIGRATIONS.length + 1}, 'from the future')`);
      await client.end();
      await assert.rejects(PostgresStorage.open({ connectionString: database.url }), SchemaTooNewError);
    } finally {
      await database.drop();
    }
  });

  test('the last places of a slot, booked through several instances’ pools at once, are given once each', async () => {
    const database = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 3 }, () => PostgresStorage.open({ connectionString: database.url, poolSize: 4 })));
    try {
      const start = '2026-11-10T15:00:00.000Z';
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          stores[i % 3]!.transaction(async (tx) => {
            await tx.countActiveCallbacks('health', { phone: '+17585550123' }, start);
            return tx.bookCallback(callback(`MOH-0000-${String(i).padStart(4, '0')}`, start), 4);
          }),
        ),
      );
      assert.equal(outcomes.filter((o) => o === 'booked').length, 4);
      assert.deepEqual(await stores[0]!.countBookedSlots('health', start, '2026-11-10T16:00:00.000Z'), new Map([[start, 4]]));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await database.drop();
    }
  });

  test('keys for the server: origins allowed by active publishable keys, a listing without secrets, revocation; feedback in order', async () => {
    const database = await freshDatabase();
    const storage = await PostgresStorage.open({ connectionString: database.url });
    try {
      const at = '2026-11-10T14:00:00.000Z';
      await storage.transaction(async (tx) => {
        await tx.upsertSiteKey({ id: 'key_site', key: 'pk_1', ministryId: 'health', allowedOrigins: ['https://health.example.gov'], createdAt: at, revokedAt: null });
        await tx.upsertSecretKey({ id: 'key_secret', hash: 'a'.repeat(64), ministryId: null, label: 'Admin', createdAt: '2026-11-10T15:00:00.000Z', revokedAt: null });
        await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-001', helpful: true, comment: null, lang: 'en', at });
        await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-002', helpful: false, comment: 'No', lang: null, at });
      });
      assert.equal(await storage.siteKeyAllowsOrigin('https://HEALTH.example.gov'), true);
      assert.equal(await storage.siteKeyAllowsOrigin('https://other.example.gov'), false);
      assert.deepEqual(
        (await storage.listKeys()).map((k) => [k.kind, k.id, 'hash' in k]),
        [
          ['site', 'key_site', false],
          ['secret', 'key_secret', false],
        ],
      );
      assert.equal(await storage.revokeKey('key_site', at), true);
      assert.equal(await storage.revokeKey('key_site', at), false, 'a revoked key is not revoked again');
      assert.equal(await storage.siteKeyAllowsOrigin('https://health.example.gov'), false);
      assert.deepEqual(
        (await storage.feedback()).map((f) => [f.faqId, f.helpful, f.comment]),
        [
          ['health-001', true, null],
          ['health-002', false, 'No'],
        ],
      );
    } finally {
      await storage.close();
      await database.drop();
    }
  });
});
