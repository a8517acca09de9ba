import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { BlobTooLargeError, DiskBlobStore } from '../src/disk-blob-store.ts';
import { sha256, source } from './upload-source.ts';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const bytesOf = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 255);


describe('DiskBlobStore', () => {
  let dir: string;
  const tempFiles = () => readdirSync(join(dir, 'tmp'));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civic-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('put stores bytes under their SHA-256 in <dir>/<sha[0..2]>/<sha>, and get reads them back', async () => {
    const blobs = new DiskBlobStore(dir);
    const sha = await blobs.put(new TextEncoder().encode('abc'));
    assert.equal(sha, ABC_SHA256);
    assert.ok(existsSync(join(dir, 'ba', ABC_SHA256)));
    assert.equal(new TextDecoder().decode(await blobs.get(sha)), 'abc');
    assert.equal(await blobs.get('0'.repeat(64)), undefined);
    assert.equal(await blobs.get('../../etc/passwd'), undefined, 'only a SHA-256 names a blob');
    assert.deepEqual(tempFiles(), []);
  });

  test('the same content is stored once and never rewritten; storing it again marks it as stored now', async () => {
    const blobs = new DiskBlobStore(dir);
    const bytes = bytesOf(1000);
    const sha = await blobs.put(bytes);
    const path = join(dir, sha.slice(0, 2), sha);
    const longAgo = new Date(Date.now() - 3 * 3600_000);
    utimesSync(path, longAgo, longAgo);
    const first = statSync(path);
    assert.equal(await blobs.put(bytes.slice()), sha);
    const received = await blobs.receive(source([bytes]).iterable, 2000);
    assert.equal(await received.commit(), sha);
    const after = statSync(path);
    assert.equal(after.ino, first.ino, 'the file in place is the first one');
    assert.equal(after.size, 1000);
    assert.ok(after.mtimeMs > first.mtimeMs + 3600_000, 'its time says it was stored again just now');
    assert.equal(await blobs.delete(sha, new Date(Date.now() - 3600_000)), false, 'so a sweep keeps it');
    assert.deepEqual(readdirSync(join(dir, sha.slice(0, 2))), [sha]);
    assert.deepEqual(tempFiles(), []);
  });

  test('delete removes content stored before the given time, and keeps content stored since', async () => {
    const blobs = new DiskBlobStore(dir);
    const sha = await blobs.put(bytesOf(500));
    const path = join(dir, sha.slice(0, 2), sha);
    assert.equal(await blobs.delete(sha, new Date(Date.now() - 60_000)), false, 'stored a moment ago');
    const longAgo = new Date(Date.now() - 3 * 3600_000);
    utimesSync(path, longAgo, longAgo);
    assert.equal(await blobs.delete(sha, new Date(Date.now() - 3600_000)), true);
    assert.equal(existsSync(path), false);
    assert.equal(await blobs.get(sha), undefined);
    assert.equal(await blobs.delete(sha, new Date()), false, 'nothing left to delete');
    assert.equal(await blobs.delete('../../etc/passwd', new Date()), false, 'a name that is not a SHA-256 names nothing');
    // Stored again after being deleted: there again.
    assert.equal(await blobs.put(bytesOf(500)), sha);
    assert.ok(existsSync(path));
  });

  test('receive streams to a temporary file, hashing and counting; commit moves it into place', async () => {
    const blobs = new DiskBlobStore(dir);
    const chunks = [bytesOf(10, 1), bytesOf(40, 2), bytesOf(30, 3), bytesOf(20, 4)];
    const all = Uint8Array.from(chunks.flatMap((c) => [...c]));
    const received = await blobs.receive(source(chunks).iterable, 100);
    assert.equal(received.size, 100);
    assert.equal(received.sha256, sha256(all));
    assert.deepEqual(received.head, all.slice(0, 64));
    assert.equal(tempFiles().length, 1, 'the bytes wait in tmp/');
    assert.equal(await blobs.get(received.sha256), undefined, 'nothing is in the store before commit');

    assert.equal(await received.commit(), received.sha256);
    assert.deepEqual(await blobs.get(received.sha256), all);
    assert.deepEqual(tempFiles(), []);
    assert.equal(await received.commit(), received.sha256, 'a second commit answers the same');
  });

  test('a file shorter than the head gives all its bytes as head', async () => {
    const blobs = new DiskBlobStore(dir);
    const received = await blobs.receive(source([new TextEncoder().encode('%PDF-')]).iterable, 100);
    assert.equal(new TextDecoder().decode(received.head), '%PDF-');
    await received.discard();
  });

  test('an upload over the limit stops being read, leaves no file and throws BlobTooLargeError', async () => {
    const blobs = new DiskBlobStore(dir);
    const { iterable, seen } = source(Array.from({ length: 100 }, (_, i) => bytesOf(10, i)));
    await assert.rejects(blobs.receive(iterable, 25), (error: unknown) => error instanceof BlobTooLargeError && error.maxBytes === 25);
    assert.equal(seen.taken, 3, 'reading stopped at the chunk that passed the limit');
    assert.equal(seen.closed, true, 'the source was closed');
    assert.deepEqual(tempFiles(), []);
    assert.deepEqual(readdirSync(dir), ['tmp']);
  });

  test('an upload of exactly the limit is accepted', async () => {
    const blobs = new DiskBlobStore(dir);
    const received = await blobs.receive(source([bytesOf(10), bytesOf(15)]).iterable, 25);
    assert.equal(received.size, 25);
    await received.discard();
  });

  test('a source that fails half-way leaves no file', async () => {
    const blobs = new DiskBlobStore(dir);
    await assert.rejects(blobs.receive(source([bytesOf(10), bytesOf(10), bytesOf(10)], 2).iterable, 100), /connection reset/);
    assert.deepEqual(tempFiles(), []);
  });

  test('discard deletes the temporary file; the upload can no longer be committed', async () => {
    const blobs = new DiskBlobStore(dir);
    const received = await blobs.receive(source([bytesOf(100)]).iterable, 1000);
    await received.discard();
    assert.deepEqual(tempFiles(), []);
    await received.discard();
    await assert.rejects(received.commit(), /discarded/);
    assert.equal(await blobs.get(received.sha256), undefined);
  });

  test('a stale temporary file (untouched for over an hour) is removed when a store is made; stored blobs stay', async () => {
    const sha = await new DiskBlobStore(dir).put(bytesOf(10));
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    writeFileSync(join(dir, 'tmp', 'leftover.part'), 'half an upload');
    mkdirSync(join(dir, 'tmp', 'odd-directory'));
    for (const name of tempFiles()) utimesSync(join(dir, 'tmp', name), twoHoursAgo, twoHoursAgo);
    const blobs = new DiskBlobStore(dir);
    assert.deepEqual(tempFiles(), []);
    assert.deepEqual(await blobs.get(sha), bytesOf(10));
  });

  test('an upload in flight in another store on the same directory survives a new store, and is committed whole', async () => {
    const first = new DiskBlobStore(dir);
    const chunks = [bytesOf(1000, 1), bytesOf(1000, 2)];
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    async function* slowUpload() {
      yield chunks[0]!;
      await paused;
      yield chunks[1]!;
    }
    const receiving = first.receive(slowUpload(), 10_000);
    await waitFor(() => tempFiles().length === 1);
    // A file written just under an hour ago still counts as in use.
    const almostAnHourAgo = new Date(Date.now() - 50 * 60_000);
    writeFileSync(join(dir, 'tmp', 'recent.part'), 'another upload, paused');
    utimesSync(join(dir, 'tmp', 'recent.part'), almostAnHourAgo, almostAnHourAgo);

    const second = new DiskBlobStore(dir);
    assert.equal(tempFiles().length, 2, 'no temporary file in use was deleted');
    release();
    const received = await receiving;
    const sha = await received.commit();
    assert.deepEqual(await second.get(sha), Uint8Array.from([...chunks[0]!, ...chunks[1]!]));
    assert.deepEqual(tempFiles(), ['recent.part']);
  });
});

/** Polls `condition` every few milliseconds, for up to 5 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    assert.ok(Date.now() < deadline, 'timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
