import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed, type SeedData } from '@civic-contact/core';
import { SqliteStorage, type SqliteOpenOptions } from './sqlite-storage.ts';
import { makePrivateDir, makePrivateFile } from './data-dir.ts';

/** The contact centre's database, opened by {@link openDatabase}. */
export interface OpenedDatabase {
  storage: SqliteStorage;
  /** `<dataDir>/civic-contact.db` */
  file: string;
  /** Whether the file was made now. */
  created: boolean;
  /** The seed loaded now, because the database held no ministry; null when it held some (or no seed was given). */
  seeded: SeedData | null;
}

/**
 * Opens the database in `dataDir`, creating the folder and the file when missing, and loads
 * `seed` into it when it holds no ministry: what `start` does, and what the CLI's key commands
 * do, so they work before the server has ever run. The folder is made readable by its owner
 * only (0700), and so is the database file (0600, with its `-wal` and `-shm`), even one made
 * before: it holds citizens' names, emails and phone numbers.
 */
export async function openDatabase(dataDir: string, seed: SeedData | null, options: Pick<SqliteOpenOptions, 'synchronous'> = {}): Promise<OpenedDatabase> {
  await makePrivateDir(dataDir);
  const file = join(dataDir, 'civic-contact.db');
  const created = !existsSync(file);
  makePrivateFile(file, [`${file}-wal`, `${file}-shm`]);
  const storage = SqliteStorage.open(file, options);
  try {
    const empty = seed !== null && (await storage.listMinistries()).length === 0;
    if (empty) await loadSeed(storage, seed);
    return { storage, file, created, seeded: empty ? seed : null };
  } catch (error) {
    storage.close();
    throw error;
  }
}
