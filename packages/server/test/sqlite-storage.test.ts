import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { isDeepFrozen, loadSeed, type SiteKeyRecord } from '@civic-contact/core';
import { seed } from '@civic-contact/core/seed';
import { callback, created, storageConformance, ticket } from '@civic-contact/core/testing';
import { MIGRATIONS, migrate, SchemaTooNewError, schemaVersion, type Migration } from '../src/migrations.ts';
import { SqliteStorage } from '../src/sqlite-storage.ts';

const siteKey = (key: string): SiteKeyRecord => ({
  id: `key_${key}`,
  key,
  ministryId: 'health',
  allowedOrigins: ['https://health.example.gov'],
  createdAt: '2026-11-10T14:00:00.000Z',
  revokedAt: null,
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'civic-sqlite-'));
}

storageConformance('SqliteStorage on a file', async () => {
  const dir = tempDir();
  const storage = SqliteStorage.open(join(dir, 'test.db'));
  return {
    storage,
    close: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}, { serial: true });

// One connection, no reader: reads outside transactions take the queue instead.
storageConformance('SqliteStorage in memory', async () => {
  const storage = new SqliteStorage(new DatabaseSync(':memory:'));
  return { storage, close: () => storage.close() };
}, { serial: true });

describe('SqliteStorage', () => {
  let dir: string;
  let file: string;
  const opened: SqliteStorage[] = [];
  const open = (options?: Parameters<typeof SqliteStorage.open>[1]) => {
    const storage = SqliteStorage.open(file, options);
    opened.push(storage);
    return storage;
  };
  /** A connection of its own, to look at the file as another process would. */
  const inspect = <T>(fn: (db: DatabaseSync) => T): T => {
    const db = new DatabaseSync(file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  const count = (table: string) => inspect((db) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()!.n);

  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'civic-contact.db');
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a new database gets every migration once; opening it again changes nothing', async () => {
    const first = open();
    assert.equal(inspect(schemaVersion), MIGRATIONS.length);
    const schema = () => inspect((db) => db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all());
    const before = schema();
    assert.ok(before.some((row) => row.name === 'tickets'));
    await first.close();
    open();
    assert.deepEqual(schema(), before);
    assert.deepEqual(
      inspect((db) => migrate(db)),
      { from: MIGRATIONS.length, to: MIGRATIONS.length },
    );
  });

  test('migrations apply in order, only the new ones, and a failing one is rolled back whole', () => {
    const db = new DatabaseSync(':memory:');
    const one: Migration = { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER);' };
    const two: Migration = { version: 2, name: 'b', up: 'CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1);' };
    const broken: Migration = { version: 3, name: 'broken', up: 'CREATE TABLE c (x INTEGER); INSERT INTO missing VALUES (1);' };
    assert.deepEqual(migrate(db, [one]), { from: 0, to: 1 });
    assert.deepEqual(migrate(db, [one, two]), { from: 1, to: 2 });
    assert.deepEqual(migrate(db, [one, two]), { from: 2, to: 2 });
    assert.equal(db.prepare('SELECT COUNT(*) AS n FROM a').get()!.n, 1, 'migration 2 ran once');
    assert.throws(() => migrate(db, [one, two, broken]), /Migration 3 \("broken"\) failed: no such table: missing/);
    assert.equal(schemaVersion(db), 2);
    assert.equal(db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'c'`).get()!.n, 0, 'the half-done migration left nothing');
    assert.throws(() => migrate(db, [two]), /version 2, expected 1/);
    db.close();
  });

  test('a database written by a newer server is refused, and left as it was', () => {
    inspect((db) => db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`));
    assert.throws(
      () => SqliteStorage.open(file),
      (error: unknown) =>
        error instanceof SchemaTooNewError &&
        error.found === MIGRATIONS.length + 1 &&
        error.known === MIGRATIONS.length &&
        /newer server/.test(error.message),
    );
    assert.equal(inspect(schemaVersion), MIGRATIONS.length + 1);
    assert.equal(inspect((db) => db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema`).get()!.n), 0);
  });

  test('the database is in WAL mode', async () => {
    const storage = open({ synchronous: 'FULL' });
    await storage.transaction((tx) => tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x')));
    assert.equal(inspect((db) => db.prepare('PRAGMA journal_mode').get()!.journal_mode), 'wal');
  });

  test('everything committed is there after closing and reopening', async () => {
    const storage = open();
    await loadSeed(storage, seed);
    const record = ticket('MOH-0000-000A', '2026-11-10T14:00:00.000Z');
    await storage.transaction(async (tx) => {
      await tx.insertTicket(record, created(record.submittedAt));
      await tx.bookCallback(callback('MOH-0000-000B', '2026-11-10T15:00:00.000Z'), 1);
      await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-001', helpful: false, comment: 'Too short', lang: 'en', at: 'x' });
    });
    const revision = await storage.faqRevision('health');
    await storage.close();

    const reopened = open();
    assert.deepEqual(await reopened.listMinistries(), seed.ministries);
    assert.deepEqual(await reopened.getTicket(record.reference), record);
    assert.deepEqual(await reopened.getTimeline(record.reference), [created(record.submittedAt)]);
    assert.equal((await reopened.getCallback('MOH-0000-000B'))!.status, 'scheduled');
    assert.equal(await reopened.faqRevision('health'), revision);
    assert.deepEqual(await reopened.feedback(), [
      { ministryId: 'health', faqId: 'health-001', helpful: false, comment: 'Too short', lang: 'en', at: 'x' },
    ]);
  });

  test('a transaction that throws leaves no row behind, whichever statement failed', async () => {
    const storage = open();
    await storage.transaction((tx) => tx.insertAttachment({
      id: 'att_1',
      ministryId: 'health',
      serviceId: 'health-clinic-services',
      filename: 'a.jpg',
      contentType: 'image/jpeg',
      size: 1,
      sha256: 'f'.repeat(64),
      createdAt: 'x',
      ticketReference: null,
    }));
    // The failure is SQLite's own (a duplicate key), after several statements that succeeded.
    await assert.rejects(
      storage.transaction(async (tx) => {
        await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x'));
        await tx.updateTicket('MOH-0000-000A', { status: 'assigned' }, { ...created('y'), kind: 'status', status: 'assigned' });
        await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-001', helpful: true, comment: null, lang: null, at: 'x' });
        await tx.citeAttachments(['att_1'], 'MOH-0000-000A');
        await tx.insertAttachment({ ...(await tx.getAttachment('att_1'))!, ticketReference: null });
      }),
      /already exists/,
    );
    assert.equal(count('tickets'), 0);
    assert.equal(count('timeline'), 0);
    assert.equal(count('faq_feedback'), 0);
    assert.equal((await storage.getAttachment('att_1'))!.ticketReference, null);
    assert.deepEqual(await storage.feedback(), []);
  });

  test('reads outside a transaction see the last commit, without waiting for the one in progress', async () => {
    const storage = open();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = storage.transaction(async (tx) => {
      await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x'));
      inserted();
      await held;
    });
    await written;
    const read = await Promise.race([
      storage.getTicket('MOH-0000-000A'),
      new Promise((resolve) => setTimeout(resolve, 1000, 'still waiting')),
    ]);
    release();
    await transaction;
    assert.equal(read, undefined, 'the read answers at once, without the uncommitted ticket');
    assert.equal((await storage.getTicket('MOH-0000-000A'))!.reference, 'MOH-0000-000A');
  });

  test('the database itself refuses a reference used by both a ticket and a callback', async () => {
    const storage = open();
    await storage.transaction(async (tx) => {
      await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x'));
      await tx.bookCallback(callback('MOH-0000-000B', null), 1);
    });
    const columns = `reference, ministry_id, service_id, status, name, phone, locale, reason, created_at`;
    inspect((db) => {
      assert.throws(
        () => db.prepare(`INSERT INTO callbacks (${columns}) VALUES ('MOH-0000-000A', 'health', 's', 'scheduled', 'n', 'p', 'en', 'r', 'x')`).run(),
        /reference already names a ticket/,
      );
      assert.throws(
        () =>
          db
            .prepare(
              `INSERT INTO tickets (reference, ministry_id, service_id, entity_id, status, channel, subject, description, answers, citizen,
                 attachment_ids, locale, submitted_at, updated_at, expected_response_by)
               VALUES ('MOH-0000-000B', 'health', 's', 'e', 'received', 'web', 's', 'd', '{}', '{}', '[]', 'en', 'x', 'x', 'x')`,
            )
            .run(),
        /reference already names a callback/,
      );
      assert.throws(
        () => db.prepare(`INSERT INTO callbacks (${columns}) VALUES ('MOH-0000-000B', 'health', 's', 'scheduled', 'n', 'p', 'en', 'r', 'x')`).run(),
        /UNIQUE constraint failed/,
      );
    });
    assert.equal(count('callbacks'), 1);
  });

  test('FAQ feedback is kept in order, and not when its transaction fails', async () => {
    const storage = open();
    const feedback = (faqId: string) => ({ ministryId: 'health', faqId, helpful: faqId !== 'health-002', comment: null, lang: 'en', at: '' });
    await storage.transaction((tx) => tx.appendFaqFeedback(feedback('health-001')));
    await assert.rejects(
      storage.transaction(async (tx) => {
        await tx.appendFaqFeedback(feedback('health-003'));
        throw new Error('boom');
      }),
      /boom/,
    );
    await storage.transaction((tx) => tx.appendFaqFeedback(feedback('health-002')));
    assert.deepEqual(await storage.feedback(), [feedback('health-001'), feedback('health-002')]);
  });

  test('keys: origins allowed by active publishable keys, a listing without secrets, revocation', async () => {
    const storage = open();
    const at = '2026-11-10T14:00:00.000Z';
    await storage.transaction(async (tx) => {
      await tx.upsertSiteKey({ id: 'key_a', key: 'pk_a', ministryId: 'health', allowedOrigins: ['https://health.example.gov'], createdAt: at, revokedAt: null });
      await tx.upsertSiteKey({ id: 'key_b', key: 'pk_b', ministryId: 'transport', allowedOrigins: ['https://old.example.gov'], createdAt: at, revokedAt: at });
      await tx.upsertSecretKey({ id: 'key_c', hash: 'c'.repeat(64), ministryId: null, label: 'Admin', createdAt: '2026-11-09T00:00:00.000Z', revokedAt: null });
    });
    assert.equal(await storage.siteKeyAllowsOrigin('https://health.example.gov'), true);
    assert.equal(await storage.siteKeyAllowsOrigin('https://HEALTH.example.gov:443'), true, 'origins compare normalised');
    assert.equal(await storage.siteKeyAllowsOrigin('https://old.example.gov'), false, 'a revoked key allows nothing');
    assert.equal(await storage.siteKeyAllowsOrigin('https://evil.example'), false);
    assert.equal(await storage.siteKeyAllowsOrigin('null'), false);

    const listing = await storage.listKeys();
    assert.deepEqual(
      listing.map((k) => [k.kind, k.id]),
      [
        ['secret', 'key_c'],
        ['site', 'key_a'],
        ['site', 'key_b'],
      ],
    );
    assert.ok(!JSON.stringify(listing).includes('c'.repeat(64)), 'no secret key hash is listed');

    assert.equal(await storage.revokeKey('key_a', '2026-11-11T00:00:00.000Z'), true);
    assert.equal(await storage.revokeKey('key_a', '2026-11-12T00:00:00.000Z'), false, 'a revoked key stays revoked as it was');
    assert.equal(await storage.revokeKey('key_c', '2026-11-11T00:00:00.000Z'), true);
    assert.equal(await storage.revokeKey('key_none', '2026-11-11T00:00:00.000Z'), false);
    assert.equal((await storage.findSiteKey('pk_a'))!.revokedAt, '2026-11-11T00:00:00.000Z');
    assert.equal((await storage.findSecretKeyByHash('c'.repeat(64)))!.revokedAt, '2026-11-11T00:00:00.000Z');
    assert.equal(await storage.siteKeyAllowsOrigin('https://health.example.gov'), false);

    await storage.transaction((tx) =>
      tx.upsertSiteKey({ id: 'key_d', key: 'pk_d', ministryId: 'health', allowedOrigins: ['*'], createdAt: at, revokedAt: null }),
    );
    assert.equal(await storage.siteKeyAllowsOrigin('https://anywhere.example'), true, '* allows any origin');
  });

  test('ministries, services and keys are parsed once and shared, deeply frozen', async () => {
    const storage = open();
    await loadSeed(storage, seed);
    await storage.transaction((tx) => tx.upsertSiteKey(siteKey('pk_a')));
    for (const read of [() => storage.getMinistry('health'), () => storage.getService('health-clinic-services'), () => storage.findSiteKey('pk_a')]) {
      const first = await read();
      assert.ok(first && isDeepFrozen(first));
      assert.equal(await read(), first, 'the second read hands out the same record');
      assert.equal(await storage.transaction(async () => read()), first, 'and so does a read inside a transaction');
    }
  });

  test('a commit by another process (the keys command) is seen by reads after the turn it landed in', async () => {
    const storage = open();
    await loadSeed(storage, seed);
    await storage.transaction((tx) => tx.upsertSiteKey(siteKey('pk_a')));
    assert.equal((await storage.findSiteKey('pk_a'))!.revokedAt, null);
    assert.equal((await storage.getMinistry('health'))!.code, 'MOH');
    assert.equal((await storage.getService('health-clinic-services'))!.responseTargetDays, 10);
    inspect((db) => {
      db.prepare(`UPDATE site_keys SET revoked_at = '2026-11-11T00:00:00.000Z' WHERE key = 'pk_a'`).run();
      db.prepare(`UPDATE ministries SET doc = json_set(doc, '$.code', 'MOX') WHERE id = 'health'`).run();
      db.prepare(`UPDATE services SET doc = json_set(doc, '$.responseTargetDays', 3) WHERE id = 'health-clinic-services'`).run();
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await storage.findSiteKey('pk_a'))!.revokedAt, '2026-11-11T00:00:00.000Z');
    assert.equal((await storage.getMinistry('health'))!.code, 'MOX');
    assert.equal((await storage.transaction((tx) => tx.getService('health-clinic-services')))!.responseTargetDays, 3);
  });

  test('this store’s own writes are seen at once, its transaction sees its own, and a rolled-back one is never seen', async () => {
    const storage = open();
    await loadSeed(storage, seed);
    await storage.transaction((tx) => tx.upsertSiteKey(siteKey('pk_a')));
    const ministry = (await storage.getMinistry('health'))!;
    assert.equal((await storage.findSiteKey('pk_a'))!.revokedAt, null);

    assert.equal(await storage.revokeKey('key_pk_a', '2026-11-11T00:00:00.000Z'), true);
    assert.equal((await storage.findSiteKey('pk_a'))!.revokedAt, '2026-11-11T00:00:00.000Z', 'revoked at once');

    await assert.rejects(
      storage.transaction(async (tx) => {
        await tx.upsertMinistry({ ...ministry, code: 'MOX' });
        assert.equal((await tx.getMinistry('health'))!.code, 'MOX', 'the transaction reads its own write');
        assert.equal((await storage.getMinistry('health'))!.code, 'MOH', 'others read the last commit meanwhile');
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal((await storage.getMinistry('health'))!.code, 'MOH', 'the rolled-back write is not seen');

    await storage.transaction((tx) => tx.upsertMinistry({ ...ministry, code: 'MOX' }));
    assert.equal((await storage.getMinistry('health'))!.code, 'MOX', 'the committed write is seen at once');
  });

  test('close waits for queued transactions and can be called twice', async () => {
    const storage = open();
    const transaction = storage.transaction(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x'));
    });
    await Promise.all([storage.close(), storage.close()]);
    assert.equal(await transaction, true);
    assert.equal(count('tickets'), 1);
    await assert.rejects(storage.transaction(async () => undefined), /closed/);
  });
});
