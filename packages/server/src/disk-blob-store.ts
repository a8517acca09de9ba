/**
 * Attachment bytes on disk, content-addressed.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, unlink, utimes, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from '@civic-contact/core';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const HEAD_BYTES = 64;
/**
 * An upload writes its temporary file as the bytes arrive, and a request lasts minutes at
 * most (the server's request timeout), so a file untouched for an hour belongs to no one.
 */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Thrown by {@link DiskBlobStore.receive} when the upload passes its size limit; nothing is kept. */
export class BlobTooLargeError extends Error {
  /** The limit that was passed, in bytes. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The upload is larger than ${maxBytes} bytes.`);
    this.name = 'BlobTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/** An upload received into a temporary file, waiting to be checked, then kept or thrown away. */
export interface ReceivedBlob {
  /** Bytes received. */
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** The first bytes (up to 64), to sniff the type from. */
  readonly head: Uint8Array;
  /** Moves the file into the store (once per content) and returns its SHA-256. */
  commit(): Promise<string>;
  /** Deletes the temporary file. Does nothing after {@link ReceivedBlob.commit} or a first discard. */
  discard(): Promise<void>;
}

/**
 * What a store's `receive` learns of an upload as its bytes pass, whatever it writes them to:
 * their count against the cap, their SHA-256 and their first bytes; then, once all are read,
 * the {@link ReceivedBlob} that keeps them or drops them, once. One for both stores.
 */
export class UploadDigest {
  /** Bytes counted so far. */
  size = 0;
  readonly #maxBytes: number;
  readonly #hash = createHash('sha256');
  readonly #head = new Uint8Array(HEAD_BYTES);

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Counts `chunk` in. One byte over the cap throws {@link BlobTooLargeError}, before the chunk is counted. */
  add(chunk: Uint8Array): void {
    if (this.size + chunk.byteLength > this.#maxBytes) throw new BlobTooLargeError(this.#maxBytes);
    if (this.size < HEAD_BYTES) this.#head.set(chunk.subarray(0, HEAD_BYTES - this.size), this.size);
    this.size += chunk.byteLength;
    this.#hash.update(chunk);
  }

  /**
   * The upload, every byte read: the first {@link ReceivedBlob.commit} stores it with
   * `keep(sha256)` (a second answers the first's promise), the first discard drops it with
   * `drop()`, and a discard after a commit, or a commit after a discard, does nothing and fails.
   */
  received(keep: (sha256: string) => Promise<unknown>, drop: () => Promise<void>): ReceivedBlob {
    const { size } = this;
    const sha256 = this.#hash.digest('hex');
    let committed: Promise<string> | undefined;
    let discarded = false;
    return {
      size,
      sha256,
      head: this.#head.slice(0, Math.min(size, HEAD_BYTES)),
      commit: () => {
        if (discarded) return Promise.reject(new Error('This upload was discarded; it cannot be committed.'));
        committed ??= keep(sha256).then(() => sha256);
        return committed;
      },
      discard: async () => {
        if (committed !== undefined || discarded) return;
        discarded = true;
        await drop();
      },
    };
  }
}

/**
 * The {@link BlobStore} a server keeps attachments in: one that also streams an upload in as it
 * arrives, and sweeps what dead uploads left. {@link DiskBlobStore} on one machine;
 * `PostgresBlobStore` when the server runs on PostgreSQL.
 */
export interface ServerBlobStore extends BlobStore {
  /**
   * Streams an upload in, hashing and counting as it goes, without exposing it to readers.
   *
   * @param maxBytes - the most bytes accepted. One more and reading stops (the source is
   *   closed), nothing is kept and {@link BlobTooLargeError} is thrown.
   */
  receive(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReceivedBlob>;
  /** Deletes what uploads whose process died left behind, over an hour ago. Answers how many. */
  removeStaleTemporaryFiles(): number | Promise<number>;
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

async function removeIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
}

/** Writes all of `bytes`: a file handle's write may take fewer than it was given. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.byteLength; ) offset += (await handle.write(bytes, offset)).bytesWritten;
}

/**
 * {@link BlobStore} in a directory: each content in `<dir>/<sha256[0..2]>/<sha256>`, so no
 * directory grows past a few thousand entries.
 *
 * Bytes are written to `<dir>/tmp/`, fsynced, then hard-linked into place: a reader never sees
 * a half-written file, and a file once in place is never overwritten (the link fails if it
 * exists). Every upload has a temporary file of its own (a random name), so stores of several
 * processes can share the directory; one left behind by a crash is deleted once it is stale
 * (untouched for an hour), never while an upload may still be writing it.
 */
export class DiskBlobStore implements ServerBlobStore {
  readonly #dir: string;
  readonly #tmp: string;

  /** Creates `dir` if needed and deletes the stale temporary files a crash left in `<dir>/tmp/`. */
  constructor(dir: string) {
    this.#dir = dir;
    this.#tmp = join(dir, 'tmp');
    mkdirSync(this.#tmp, { recursive: true });
    this.removeStaleTemporaryFiles();
  }

  /**
   * Deletes what in `<dir>/tmp/` was last written over an hour ago: the leftovers of uploads
   * whose process died. Answers how many entries were deleted.
   */
  removeStaleTemporaryFiles(): number {
    const before = Date.now() - STALE_TEMPORARY_MS;
    let removed = 0;
    for (const name of readdirSync(this.#tmp)) {
      const path = join(this.#tmp, name);
      // Gone already: its upload finished, or another process swept it.
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (stats && stats.mtimeMs < before) {
        rmSync(path, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }

  #pathOf(sha256: string): string {
    return join(this.#dir, sha256.slice(0, 2), sha256);
  }

  #tempPath(): string {
    return join(this.#tmp, `${randomUUID()}.part`);
  }

  /**
   * Links a finished temporary file into place and deletes it. When that content is there
   * already, it is marked stored again (its time set to now), so that a sweep does not delete
   * it from under this upload; should a sweep have deleted it in between, it is linked again.
   */
  async #keep(tempPath: string, sha256: string): Promise<void> {
    const target = this.#pathOf(sha256);
    await mkdir(join(this.#dir, sha256.slice(0, 2)), { recursive: true });
    for (;;) {
      try {
        await link(tempPath, target);
        break;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
      }
      try {
        const now = new Date();
        await utimes(target, now, now);
        break;
      } catch (error) {
        if (!isCode(error, 'ENOENT')) throw error;
      }
    }
    await removeIfPresent(tempPath);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const tempPath = this.#tempPath();
    try {
      const handle = await open(tempPath, 'wx');
      try {
        await writeAll(handle, bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.#keep(tempPath, sha256);
    } catch (error) {
      await removeIfPresent(tempPath);
      throw error;
    }
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    // Anything but a SHA-256 could be a path ("../…"): it names nothing here.
    if (!SHA256_HEX.test(sha256)) return undefined;
    try {
      const buffer = await readFile(this.#pathOf(sha256));
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  async delete(sha256: string, unlessStoredSince: Date): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    const path = this.#pathOf(sha256);
    // Synchronous, so that no upload of the same content can mark it stored again between the look and the deletion.
    try {
      if (statSync(path).mtimeMs >= unlessStoredSince.getTime()) return false;
      unlinkSync(path);
      return true;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return false;
      throw error;
    }
  }

  /**
   * Streams an upload into a temporary file, hashing and counting as it goes, so memory stays
   * flat whatever the size.
   *
   * @param maxBytes - the most bytes accepted. One more and reading stops (the source is
   *   closed), the temporary file is deleted and {@link BlobTooLargeError} is thrown.
   * @returns the received file: {@link ReceivedBlob.commit} keeps it, {@link ReceivedBlob.discard} drops it.
   */
  async receive(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReceivedBlob> {
    const tempPath = this.#tempPath();
    const digest = new UploadDigest(maxBytes);
    try {
      const handle = await open(tempPath, 'wx');
      try {
        for await (const chunk of source) {
          digest.add(chunk);
          await writeAll(handle, chunk);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      await removeIfPresent(tempPath);
      throw error;
    }
    return digest.received(
      (sha256) => this.#keep(tempPath, sha256),
      () => removeIfPresent(tempPath),
    );
  }
}
