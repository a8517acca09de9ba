/**
 * The PostgreSQL blob store: what the disk store's tests ask of it (content-addressed, stored
 * once, streamed in and out, the size cap, nothing of a failed or refused upload kept or seen),
 * on a fresh database per case.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { BlobTooLargeError } from '../src/disk-blob-store.ts';
import { sha256, source } from './upload-source.ts';
import { BLOB_CHUNK_BYTES, PostgresBlobStore } from '../src/postgres-blob-store.ts';
import { PostgresStorage } from '../src/postgres-storage.ts';
import { freshDatabase } from './postgres.ts';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const bytesOf = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed + (i >> 8)) & 255);


let database: Awaited<ReturnType<typeof freshDatabase>>;
let storage: PostgresStorage;
let admin: pg.Client;
let clock = Date.UTC(2026, 11, 1);

before(async () => {
  database = await freshDatabase();
  storage = await PostgresStorage.open({ connectionString: database.url, poolSize: 4 });
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});

after(async () => {
  await admin.end();
  await storage.close();
  await database.drop();
});

/** A store on an emptied set of blob tables, with a clock of the test's. */
async function emptyStore(): Promise<PostgresBlobStore> {
  await admin.query('TRUNCATE blobs, blob_chunks, blob_uploads');
  return storage.sharedBlobs(() => clock);
}

async function rows(): Promise<{ blobs: number; chunks: number; staged: number }> {
  const { rows: [counts] } = await admin.query(
    'SELECT (SELECT count(*)::int FROM blobs) AS blobs, (SELECT count(*)::int FROM blob_chunks) AS chunks, (SELECT count(*)::int FROM blob_uploads) AS staged',
  );
  return counts;
}

describe('PostgresBlobStore', () => {
  test('put stores bytes under their SHA-256, get reads them back; anything but a SHA-256 names nothing', async () => {
    const blobs = await emptyStore();
    assert.equal(await blobs.put(new TextEncoder().encode('abc')), ABC_SHA256);
    assert.deepEqual(new TextDecoder().decode(await blobs.get(ABC_SHA256)), 'abc');
    assert.equal(await blobs.get('0'.repeat(64)), undefined);
    assert.equal(await blobs.get('../../etc/passwd'), undefined);
    assert.equal(await blobs.get(ABC_SHA256.toUpperCase()), undefined);
    assert.equal(await blobs.delete('not-a-sha', new Date(clock + 1)), false);
    const empty = await blobs.put(new Uint8Array(0));
    assert.deepEqual(await blobs.get(empty), new Uint8Array(0));
  });

  test('bytes are written in rows of 256 KiB, and read as a stream of those chunks', async () => {
    const blobs = await emptyStore();
    const bytes = bytesOf(2 * BLOB_CHUNK_BYTES + 1000);
    // Pieces that straddle the chunk boundaries.
    const pieces = [bytes.subarray(0, 100_000), bytes.subarray(100_000, 300_000), bytes.subarray(300_000)];
    const received = await blobs.receive(source(pieces).iterable, bytes.byteLength);
    assert.equal(received.sha256, sha256(bytes));
    assert.equal(received.size, bytes.byteLength);
    assert.deepEqual(received.head, bytes.subarray(0, 64));
    // Staged, not yet readable.
    assert.equal(await blobs.get(received.sha256), undefined);
    assert.equal(await received.commit(), sha256(bytes));
    const { rows: sizes } = await admin.query('SELECT seq, length(bytes) AS n FROM blob_chunks ORDER BY seq');
    assert.deepEqual(
      sizes.map((row) => [row.seq, row.n]),
      [
        [0, BLOB_CHUNK_BYTES],
        [1, BLOB_CHUNK_BYTES],
        [2, 1000],
      ],
    );
    const stream = await blobs.read(received.sha256);
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream!) chunks.push(chunk);
    assert.deepEqual(
      chunks.map((chunk) => chunk.byteLength),
      [BLOB_CHUNK_BYTES, BLOB_CHUNK_BYTES, 1000],
    );
    assert.deepEqual(await blobs.get(received.sha256), bytes);
    assert.deepEqual(await rows(), { blobs: 1, chunks: 3, staged: 0 });
  });

  test('the same content is stored once, also when two uploads of it commit at once; storing it again marks it stored now', async () => {
    const blobs = await emptyStore();
    const bytes = bytesOf(BLOB_CHUNK_BYTES + 10, 7);
    clock = Date.UTC(2026, 11, 1);
    await blobs.put(bytes);
    const [first, second] = await Promise.all([blobs.receive([bytes], Infinity), blobs.receive([bytes], Infinity)]);
    clock += 5000;
    assert.deepEqual(await Promise.all([first!.commit(), second!.commit(), blobs.put(bytes)]), [sha256(bytes), sha256(bytes), sha256(bytes)]);
    assert.deepEqual(await rows(), { blobs: 1, chunks: 2, staged: 0 });
    assert.deepEqual(await blobs.get(sha256(bytes)), bytes);
    // Stored again at +5 s: a sweep sparing what was stored since +1 s keeps it.
    assert.equal(await blobs.delete(sha256(bytes), new Date(Date.UTC(2026, 11, 1) + 1000)), false);
  });

  test('delete removes content stored before the given time, with its chunks, and keeps content stored since', async () => {
    const blobs = await emptyStore();
    clock = Date.UTC(2026, 11, 1);
    const old = await blobs.put(bytesOf(300_000, 3));
    clock += 3600_000;
    const recent = await blobs.put(bytesOf(10, 4));
    const cutoff = new Date(clock - 60_000);
    assert.equal(await blobs.delete(old, cutoff), true);
    assert.equal(await blobs.delete(recent, cutoff), false);
    assert.equal(await blobs.delete(old, cutoff), false);
    assert.equal(await blobs.get(old), undefined);
    assert.deepEqual(await blobs.get(recent), bytesOf(10, 4));
    assert.deepEqual(await rows(), { blobs: 1, chunks: 1, staged: 0 });
  });

  test('an upload over the limit stops being read, leaves no row and throws BlobTooLargeError', async () => {
    const blobs = await emptyStore();
    const { iterable, seen } = source([bytesOf(200_000), bytesOf(200_000), bytesOf(200_000), bytesOf(200_000)]);
    await assert.rejects(blobs.receive(iterable, 500_000), (error: unknown) => error instanceof BlobTooLargeError && error.maxBytes === 500_000);
    assert.equal(seen.taken, 3);
    assert.equal(seen.closed, true);
    assert.deepEqual(await rows(), { blobs: 0, chunks: 0, staged: 0 });
  });

  test('an upload of exactly the limit is accepted', async () => {
    const blobs = await emptyStore();
    const received = await blobs.receive(source([bytesOf(300_000), bytesOf(200_000)]).iterable, 500_000);
    assert.equal(received.size, 500_000);
    await received.commit();
    assert.equal((await blobs.get(received.sha256))!.byteLength, 500_000);
  });

  test('a source that fails half-way (an aborted upload) leaves no row, and nothing readable', async () => {
    const blobs = await emptyStore();
    const pieces = [bytesOf(200_000), bytesOf(200_000), bytesOf(200_000)];
    await assert.rejects(blobs.receive(source(pieces, 2).iterable, 10_000_000), /connection reset/);
    assert.deepEqual(await rows(), { blobs: 0, chunks: 0, staged: 0 });
  });

  test('discard deletes the staged chunks; the upload can no longer be committed', async () => {
    const blobs = await emptyStore();
    const received = await blobs.receive([bytesOf(300_000)], Infinity);
    assert.deepEqual(await rows(), { blobs: 0, chunks: 2, staged: 1 });
    await received.discard();
    await received.discard();
    assert.deepEqual(await rows(), { blobs: 0, chunks: 0, staged: 0 });
    await assert.rejects(received.commit(), /discarded/);
    assert.equal(await blobs.get(received.sha256), undefined);
  });

  test('uploads staged over an hour ago and never committed are swept; uploads in flight and stored content stay', async () => {
    const blobs = await emptyStore();
    clock = Date.UTC(2026, 11, 1);
    const stored = await blobs.put(bytesOf(100, 9));
    await blobs.receive([bytesOf(1000, 1)], Infinity); // its process "died": never committed
    clock += 3600_000 + 1;
    const inFlight = await blobs.receive([bytesOf(1000, 2)], Infinity);
    assert.equal(await blobs.removeStaleTemporaryFiles(), 1);
    assert.deepEqual(await rows(), { blobs: 1, chunks: 2, staged: 1 });
    await inFlight.commit();
    assert.deepEqual(await blobs.get(inFlight.sha256), bytesOf(1000, 2));
    assert.deepEqual(await blobs.get(stored), bytesOf(100, 9));
  });
});
