/**
 * Attachment bytes in PostgreSQL, content-addressed, so that every instance on one database
 * reads what any of them received.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { UploadDigest, type ReceivedBlob, type ServerBlobStore } from './disk-blob-store.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** The bytes of one row of `blob_chunks` (the last row of a blob may hold fewer). */
export const BLOB_CHUNK_BYTES = 256 * 1024;
/** As for the disk store's temporary files: an upload lasts minutes at most, so one staged an hour ago belongs to no one. */
const STALE_UPLOAD_MS = 60 * 60 * 1000;

/**
 * {@link ServerBlobStore} in PostgreSQL: each content's bytes in `bytea` rows of 256 KiB
 * (`blob_chunks`, under the id of the upload that wrote them), and a row of `blobs` naming,
 * under its SHA-256, the one upload whose chunks are that content.
 *
 * Why rows of chunks rather than one `bytea` or large objects: a row is written and read
 * whole, so one `bytea` per file would hold the whole file in memory (twice, with the
 * protocol's encoding); chunks stream in both directions with memory flat at a chunk. Large
 * objects stream too, but need a transaction open for the whole upload (a pooled connection
 * held for minutes by a slow client), are not deleted with their rows (an orphan needs
 * `lo_unlink`, and a dump needs `--large-objects`), and have their own privileges; chunk rows
 * are plain rows, dumped, replicated and deleted like the rest.
 *
 * An upload's chunks are written as they arrive, each in a statement of its own, under a
 * fresh id recorded in `blob_uploads`: nothing reads them until {@link ReceivedBlob.commit}
 * inserts the `blobs` row in one transaction, so a reader never sees part of a file. When the
 * content is stored already, the commit marks it stored again (so that a sweep does not delete
 * it from under this upload) and deletes its own chunks: each content is stored once. An
 * upload that fails, is refused or discarded deletes its chunks; one whose process died is
 * deleted once stale (staged over an hour ago) by {@link PostgresBlobStore.removeStaleTemporaryFiles}.
 */
export class PostgresBlobStore implements ServerBlobStore {
  readonly #pool: Pool;
  readonly #now: () => number;

  /** @param now - the clock that dates each content's last storing, in milliseconds; `Date.now` by default. */
  constructor(pool: Pool, now: () => number = Date.now) {
    this.#pool = pool;
    this.#now = now;
  }

  async #dropUpload(upload: string): Promise<void> {
    await this.#pool.query({ name: 'blob_drop_upload', text: 'WITH gone AS (DELETE FROM blob_uploads WHERE upload = $1) DELETE FROM blob_chunks WHERE upload = $1', values: [upload] });
  }

  /** Records the staged upload as the content `sha256`, or marks that content stored again and drops the upload. */
  async #keep(upload: string, sha256: string, size: number): Promise<void> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      try {
        // A concurrent commit of the same content waits here for the first and then updates its row.
        const { rows } = await client.query<{ upload: string }>({
          name: 'blob_keep',
          text: `INSERT INTO blobs (sha256, upload, size, stored_ms) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (sha256) DO UPDATE SET stored_ms = GREATEST(blobs.stored_ms, EXCLUDED.stored_ms)
                 RETURNING upload`,
          values: [sha256, upload, size, Math.floor(this.#now())],
        });
        await client.query({ name: 'blob_unstage', text: 'DELETE FROM blob_uploads WHERE upload = $1', values: [upload] });
        if (rows[0]!.upload !== upload) await client.query({ name: 'blob_drop_chunks', text: 'DELETE FROM blob_chunks WHERE upload = $1', values: [upload] });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
        throw error;
      }
    } finally {
      client.release(broken);
    }
  }

  async put(bytes: Uint8Array): Promise<string> {
    const received = await this.receive([bytes], Number.POSITIVE_INFINITY);
    return received.commit();
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    const chunks: Uint8Array[] = [];
    const stream = await this.read(sha256);
    if (!stream) return undefined;
    for await (const chunk of stream) chunks.push(chunk);
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }

  /**
   * The bytes stored under `sha256`, one chunk (256 KiB) at a time, each read by a query of
   * its own, so memory stays flat whatever the size; `undefined` when there is no such content.
   * Should the content be deleted while it is being read, the stream fails rather than end short.
   */
  async read(sha256: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    if (!SHA256_HEX.test(sha256)) return undefined;
    const { rows } = await this.#pool.query<{ upload: string; size: string }>({ name: 'blob_find', text: 'SELECT upload, size FROM blobs WHERE sha256 = $1', values: [sha256] });
    const found = rows[0];
    if (!found) return undefined;
    const pool = this.#pool;
    const size = Number(found.size);
    return (async function* () {
      let read = 0;
      for (let seq = 0; read < size; seq++) {
        const chunk = await pool.query<{ bytes: Buffer }>({ name: 'blob_chunk', text: 'SELECT bytes FROM blob_chunks WHERE upload = $1 AND seq = $2', values: [found.upload, seq] });
        const bytes = chunk.rows[0]?.bytes;
        if (!bytes || bytes.byteLength === 0) throw new Error(`The content ${sha256} was deleted while it was being read.`);
        read += bytes.byteLength;
        yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
    })();
  }

  async delete(sha256: string, unlessStoredSince: Date): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    // One statement: a commit of the same content waits for it, or it waits for the commit and sees the new date.
    const { rows } = await this.#pool.query<{ upload: string }>({
      name: 'blob_delete',
      text: `WITH gone AS (DELETE FROM blobs WHERE sha256 = $1 AND stored_ms < $2 RETURNING upload),
                  chunks AS (DELETE FROM blob_chunks WHERE upload IN (SELECT upload FROM gone))
             SELECT upload FROM gone`,
      values: [sha256, unlessStoredSince.getTime()],
    });
    return rows.length > 0;
  }

  /** Deletes the chunks of uploads staged over an hour ago and never committed: their process died. Answers how many. */
  async removeStaleTemporaryFiles(): Promise<number> {
    const { rows } = await this.#pool.query<{ upload: string }>({
      name: 'blob_sweep_staged',
      text: `WITH gone AS (DELETE FROM blob_uploads WHERE started_ms < $1 RETURNING upload),
                  chunks AS (DELETE FROM blob_chunks WHERE upload IN (SELECT upload FROM gone))
             SELECT upload FROM gone`,
      values: [Math.floor(this.#now()) - STALE_UPLOAD_MS],
    });
    return rows.length;
  }

  /**
   * Streams an upload into chunk rows staged under a fresh id, hashing and counting as it
   * goes, so memory stays flat (a chunk) whatever the size.
   *
   * @param maxBytes - the most bytes accepted. One more and reading stops (the source is
   *   closed), the staged chunks are deleted and `BlobTooLargeError` is thrown.
   */
  async receive(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): Promise<ReceivedBlob> {
    const upload = randomUUID();
    const digest = new UploadDigest(maxBytes);
    let seq = 0;
    const pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const bytes = Buffer.concat(pending, pendingBytes);
      pending.length = 0;
      pendingBytes = 0;
      await this.#pool.query({ name: 'blob_write_chunk', text: 'INSERT INTO blob_chunks (upload, seq, bytes) VALUES ($1, $2, $3)', values: [upload, seq++, bytes] });
    };
    await this.#pool.query({ name: 'blob_stage', text: 'INSERT INTO blob_uploads (upload, started_ms) VALUES ($1, $2)', values: [upload, Math.floor(this.#now())] });
    try {
      for await (const received of source) {
        digest.add(received);
        for (let offset = 0; offset < received.byteLength; ) {
          const piece = received.subarray(offset, offset + BLOB_CHUNK_BYTES - pendingBytes);
          // Copied: the source may reuse its buffer once it is given back.
          pending.push(piece.slice());
          pendingBytes += piece.byteLength;
          offset += piece.byteLength;
          if (pendingBytes === BLOB_CHUNK_BYTES) await flush();
        }
      }
      await flush();
    } catch (error) {
      // Should the database be unreachable now, the staged rows are deleted as stale later.
      await this.#dropUpload(upload).catch(() => undefined);
      throw error;
    }
    return digest.received(
      (sha256) => this.#keep(upload, sha256, digest.size),
      () => this.#dropUpload(upload),
    );
  }
}
