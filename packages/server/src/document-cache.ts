/**
 * Parsed records that nearly every request reads: its key, its ministry, the service of a
 * complaint. Reading one from SQLite and parsing its JSON costs tens of µs, more than the rest
 * of a simple request.
 *
 * @module
 */
import type { StatementSync } from 'node:sqlite';
import type { Ministry, Service } from '@civic-contact/contract';
import { deepFreeze, type SecretKeyRecord, type SiteKeyRecord } from '@civic-contact/core';

/** What is cached, by table, under the key it is looked up by. */
export interface CachedDocuments {
  ministries: Ministry;
  services: Service;
  siteKeys: SiteKeyRecord;
  secretKeys: SecretKeyRecord;
}

// Only rows that exist are kept, so the bound is reached only on a database with very many keys.
const MAX_ENTRIES_PER_TABLE = 10_000;

/**
 * Deeply frozen records, shared by every caller, valid for the committed state they were read in.
 *
 * It is emptied whenever that state may have changed under it:
 * - by this process: the store calls {@link DocumentCache.clear} when a transaction that wrote
 *   any of these tables ends (commit or rollback);
 * - by another process (the `keys` command revoking a key while the server runs, another API
 *   instance): `PRAGMA data_version` on the main connection changes when another connection
 *   commits, never for its own commits. It is checked before the cache answers, once per turn
 *   of the event loop: outside a write transaction the check is a read transaction of its own
 *   (two `fcntl` lock calls and ~10 µs, as much as the read it replaces), and one request makes
 *   several such reads in one turn (its key, then its ministry). So a commit by another process
 *   is seen by every read made after the turn in which it landed; a turn is callbacks running
 *   back to back, never time spent waiting, so that is well under a millisecond.
 */
export class DocumentCache {
  readonly #dataVersion: StatementSync;
  #version: unknown;
  /** Whether the version was checked in this turn of the event loop. */
  #checked = false;
  readonly #endTurn = () => {
    this.#checked = false;
  };
  readonly #tables: { [T in keyof CachedDocuments]: Map<string, CachedDocuments[T]> } = {
    ministries: new Map(),
    services: new Map(),
    siteKeys: new Map(),
    secretKeys: new Map(),
  };

  /** @param dataVersion - `PRAGMA data_version`, prepared on the connection that writes. */
  constructor(dataVersion: StatementSync) {
    this.#dataVersion = dataVersion;
  }

  /** The record under `key`, from the cache or else from `read()` (kept, frozen, when it exists). */
  get<T extends keyof CachedDocuments>(table: T, key: string, read: () => CachedDocuments[T] | undefined): CachedDocuments[T] | undefined {
    this.#check();
    const entries = this.#tables[table];
    const cached = entries.get(key);
    if (cached !== undefined) return cached;
    const record = read();
    if (record !== undefined) {
      if (entries.size >= MAX_ENTRIES_PER_TABLE) entries.clear();
      entries.set(key, deepFreeze(record));
    }
    return record;
  }

  /** Empties the cache if another connection has committed since the last check. */
  #check(): void {
    if (this.#checked) return;
    this.#checked = true;
    // Immediates run once the turn's I/O callbacks (and their microtasks) are done.
    setImmediate(this.#endTurn);
    const version = this.#dataVersion.get()?.data_version;
    if (version !== this.#version) {
      this.clear();
      this.#version = version;
    }
  }

  /** Forgets everything, for when this process has written one of the cached tables. */
  clear(): void {
    for (const entries of Object.values(this.#tables)) entries.clear();
  }
}
