import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed, type SeedData } from '@civic-contact/core';
import { SqliteStorage, type SqliteOpenOptions } from './sqlite-storage.ts';
import { PostgresStorage, type PostgresOpenOptions } from './postgres-storage.ts';
import { makePrivateDir, makePrivateFile } from './data-dir.ts';
import type { ServerStorage } from './server-storage.ts';

/** The contact centre's database, opened by {@link openDatabase}. */
export interface OpenedDatabase {
  storage: ServerStorage;
  /** `<dataDir>/civic-contact.db`, or the PostgreSQL database's URL without its password. */
  file: string;
  /** Whether the database was made now (the file created, or the PostgreSQL schema first migrated). */
  created: boolean;
  /** The seed loaded now, because the database held no ministry; null when it held some (or no seed was given). */
  seeded: SeedData | null;
}

/** Options of {@link openDatabase}. */
export interface DatabaseOptions extends Pick<SqliteOpenOptions, 'synchronous'>, Partial<Pick<PostgresOpenOptions, 'poolSize' | 'onError'>> {
  /**
   * A PostgreSQL connection string (the `DATABASE_URL`): the store is that database, shared
   * by every instance pointed at it, instead of the SQLite file in the data folder.
   */
  databaseUrl?: string;
}

/**
 * Opens the database — the SQLite file in `dataDir`, or the PostgreSQL database of
 * `databaseUrl` — creating it when missing, and loads `seed` into it when it holds no
 * ministry: what `start` does, and what the CLI's key commands do, so they work before the
 * server has ever run. The folder is made readable by its owner only (0700), and so is the
 * SQLite file (0600, with its `-wal` and `-shm`), even one made before: it holds citizens'
 * names, emails and phone numbers.
 */
export async function openDatabase(dataDir: string, seed: SeedData | null, options: DatabaseOptions = {}): Promise<OpenedDatabase> {
  await makePrivateDir(dataDir);
  let opened: Omit<OpenedDatabase, 'seeded'>;
  if (options.databaseUrl !== undefined) {
    const storage = await PostgresStorage.open({ connectionString: options.databaseUrl, poolSize: options.poolSize, onError: options.onError });
    opened = { storage, file: withoutPassword(options.databaseUrl), created: storage.migratedFrom === 0 };
  } else {
    const file = join(dataDir, 'civic-contact.db');
    const created = !existsSync(file);
    makePrivateFile(file, [`${file}-wal`, `${file}-shm`]);
    opened = { storage: SqliteStorage.open(file, options), file, created };
  }
  const { storage } = opened;
  try {
    // Instances starting together on an empty PostgreSQL may each load it: loading is upserts, so that is harmless.
    const empty = seed !== null && (await storage.listMinistries()).length === 0;
    if (empty) await loadSeed(storage, seed);
    return { ...opened, seeded: empty ? seed : null };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** A connection string as it may be printed: the password replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'the PostgreSQL database of DATABASE_URL';
  }
}
