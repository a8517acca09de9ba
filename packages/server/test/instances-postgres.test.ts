/**
 * Three instances of the server on one PostgreSQL, as behind a load balancer: one
 * idempotency key sent to all of them files one ticket; bookings racing through all three for
 * a slot's last places get exactly its capacity; the limits count across them; an attachment
 * uploaded through one is read through another (its bytes in the database, or in the folder
 * an instance is given instead).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { HEADERS, PROBLEM_TYPES } from '@civic-contact/contract';
import { busComplaint, callbackRequest, clinicComplaint, pngBytes } from '@civic-contact/core/testing';
import { DiskBlobStore, startServer, type RunningServer } from '@civic-contact/server';
import { freshDatabase } from './postgres.ts';

const hour = 3600;
let database: Awaited<ReturnType<typeof freshDatabase>>;
const servers: RunningServer[] = [];
const dataDirs: string[] = [];
const unexpected: unknown[] = [];

before(async () => {
  database = await freshDatabase();
  // Started together: they migrate and seed the one database at the same moment.
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-instance-'));
      dataDirs.push(dataDir);
      const server = await startServer({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        databaseUrl: database.url,
        site: false,
        elementsDir: null,
        proofOfWork: false,
        // Every request comes from 127.0.0.1: only the health ministry's complaints per client are limited low enough to reach.
        limits: {
          writes: { complaint: { perClient: { limit: 1000, windowSeconds: hour } }, callback: { perClient: { limit: 1000, windowSeconds: hour } } },
          activeCallbacks: { perClient: 1000 },
          ministries: { health: { writes: { complaint: { perClient: { limit: 4, windowSeconds: hour } } } } },
        },
        onError: (error) => unexpected.push(error),
      });
      servers.push(server);
    }),
  );
});

after(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await database.drop();
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  assert.deepEqual(unexpected, [], 'no instance met an unexpected error');
});

async function post(server: RunningServer, path: string, siteKey: string, body: unknown, key: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HEADERS.siteKey]: siteKey, [HEADERS.idempotencyKey]: key },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { reference?: string; type?: string } };
}

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe('three instances on one PostgreSQL', () => {
  test('one Idempotency-Key sent to every instance at once, three times each, files one ticket and answers its reference every time', async () => {
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => post(servers[i % 3]!, '/v1/complaints', 'pk_test_transport', busComplaint(), 'one-key-for-all-instances')),
    );
    assert.deepEqual(answers.map((a) => [a.status, a.body]).filter(([status]) => status !== 201), []);
    assert.equal(new Set(answers.map((a) => a.body.reference)).size, 1);
    assert.equal(await count(`SELECT count(*)::int AS n FROM tickets`), 1);
  });

  test('an attachment uploaded through one instance is cited through a second and read, bytes and all, through the third', async () => {
    const png = pngBytes(600_000);
    const form = new FormData();
    form.append('service', 'transport-bus-service');
    form.append('file', new Blob([png as Uint8Array<ArrayBuffer>]), 'bus-stop.png');
    const uploaded = await fetch(`${servers[0]!.url}/v1/attachments`, { method: 'POST', headers: { [HEADERS.siteKey]: 'pk_test_transport' }, body: form });
    assert.equal(uploaded.status, 201);
    const attachment = (await uploaded.json()) as { id: string; sha256: string; size: number };
    assert.equal(attachment.size, png.byteLength);

    const filed = await post(servers[1]!, '/v1/complaints', 'pk_test_transport', busComplaint({ subject: 'Photo of the stop', attachments: [attachment.id] }), 'complaint-with-attachment');
    assert.equal(filed.status, 201);
    const read = await fetch(`${servers[2]!.url}/v1/agent/tickets/${filed.body.reference}`, { headers: { Authorization: 'Bearer sk_test_transport' } });
    assert.equal(read.status, 200);
    const ticket = (await read.json()) as { attachments: { id: string; sha256: string; filename: string }[] };
    assert.deepEqual(
      ticket.attachments.map((a) => [a.id, a.sha256, a.filename]),
      [[attachment.id, attachment.sha256, 'bus-stop.png']],
    );
    // The bytes are in the database, whichever instance reads them, and on no instance's disk.
    for (const server of servers) assert.deepEqual(await server.blobs.get(attachment.sha256), png);
    for (const dir of dataDirs) assert.deepEqual(await readdir(dir).then((names) => names.filter((name) => name === 'attachments')), []);
    assert.equal(await count(`SELECT count(*)::int AS n FROM blob_chunks`), 3);
  });

  test('an instance given an attachments folder keeps the bytes there, not in the database', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-instance-'));
    dataDirs.push(dataDir);
    const attachmentsDir = join(dataDir, 'shared-volume');
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, attachmentsDir, databaseUrl: database.url, site: false, elementsDir: null, proofOfWork: false, onError: (error) => unexpected.push(error) });
    try {
      assert.ok(server.blobs instanceof DiskBlobStore);
      const png = pngBytes(2000);
      const form = new FormData();
      form.append('service', 'transport-bus-service');
      form.append('file', new Blob([png as Uint8Array<ArrayBuffer>]), 'on-disk.png');
      const uploaded = await fetch(`${server.url}/v1/attachments`, { method: 'POST', headers: { [HEADERS.siteKey]: 'pk_test_transport' }, body: form });
      assert.equal(uploaded.status, 201);
      const { sha256 } = (await uploaded.json()) as { sha256: string };
      assert.deepEqual(new Uint8Array(await readFile(join(attachmentsDir, sha256.slice(0, 2), sha256))), png);
      assert.equal(await count(`SELECT count(*)::int AS n FROM blobs WHERE sha256 = '${sha256}'`), 0);
    } finally {
      await server.close();
    }
  });

  test('the complaints limit per client counts across the instances', async () => {
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => post(servers[i % 3]!, '/v1/complaints', 'pk_test_health', clinicComplaint({ subject: `Complaint ${i}` }), `complaint-limit-${i}`)),
    );
    assert.equal(answers.filter((a) => a.status === 201).length, 4);
    assert.equal(answers.filter((a) => a.status === 429).length, 5);
    assert.equal(await count(`SELECT count(*)::int AS n FROM tickets WHERE ministry_id = 'health'`), 4);
  });

  test('bookings racing through three instances for a slot get exactly its places; the rest are told it is full', async () => {
    const response = await fetch(`${servers[0]!.url}/v1/callbacks/slots?service=health-clinic-services&days=14`, { headers: { [HEADERS.siteKey]: 'pk_test_health' } });
    const { days } = (await response.json()) as { days: { slots: { start: string; remaining: number }[] }[] };
    const slot = days.flatMap((day) => day.slots).find((s) => s.remaining > 0);
    assert.ok(slot, 'a free slot in the next two weeks');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(
          servers[i % 3]!,
          '/v1/callbacks',
          'pk_test_health',
          callbackRequest({ type: 'slot', start: slot.start }, { phone: `+1758555${String(1000 + i)}` }),
          `booking-race-${i}`,
        ),
      ),
    );
    assert.equal(answers.filter((a) => a.status === 201).length, slot.remaining);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, PROBLEM_TYPES.slotFull);
    }
    assert.equal(await count(`SELECT count(*)::int AS n FROM callbacks WHERE status = 'scheduled'`), slot.remaining);
  });
});
