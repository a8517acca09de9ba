/**
 * The data directory: private to the account that runs the server, and used by one server at
 * a time.
 *
 * @module
 */
import { chmodSync, closeSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** SQLite's "database is locked". */
const SQLITE_BUSY = 5;

/** Creates `dir` (and missing parents) readable by its owner only. An existing directory is left as the operator set it. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/**
 * Makes `file` readable and writable by its owner only: creates it empty with mode 0600 when
 * missing, tightens it when it exists. SQLite gives the `-wal` and `-shm` files it creates the
 * mode of the database file, so a database file made private here keeps them private too;
 * `companions` (such as those) that exist already are tightened as well.
 *
 * An existing file is never opened: closing any descriptor of a file drops every `fcntl` lock
 * this process holds on it, the SQLite locks of a connection open on it included.
 */
export function makePrivateFile(file: string, companions: readonly string[] = []): void {
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const path of [file, ...companions]) {
    try {
      chmodSync(path, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path === file) throw error;
    }
  }
}

/** Thrown by {@link lockDataDir} when another server holds the directory. */
export class DataDirInUseError extends Error {
  readonly dataDir: string;

  constructor(dataDir: string) {
    super(
      `Another Civic Contact server is using the data directory ${dataDir}. Stop that server first, or start this one with another data directory (--data-dir DIR or DATA_DIR=DIR).`,
    );
    this.name = 'DataDirInUseError';
    this.dataDir = dataDir;
  }
}

/** The hold one server has on its data directory. */
export interface DataDirLock {
  /** Lets another server use the directory. Later calls do nothing. */
  release(): void;
}

/**
 * Takes the data directory for this server alone, or throws {@link DataDirInUseError} at once.
 *
 * The lock is SQLite's exclusive lock on `<dataDir>/server.lock`, which is an OS file lock
 * (`fcntl`): it dies with the process, however it ends (a `kill -9` included), so a server
 * restarted after a crash starts at once, with no stale lock file to wait out or delete.
 * SQLite tracks these locks per file across the connections of one process too, so a second
 * server in the same process is refused as well. The CLI's key commands open the database,
 * not this file: they work beside a running server.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await makePrivateDir(dataDir);
  const file = join(dataDir, 'server.lock');
  makePrivateFile(file);
  const db = new DatabaseSync(file, { timeout: 0 });
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    // Holds the lock until the connection closes: nothing is ever written to the file.
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { errcode?: number }).errcode === SQLITE_BUSY) throw new DataDirInUseError(dataDir);
    throw error;
  }
  const lock: DataDirLock = {
    release() {
      held.delete(lock);
      if (db.isOpen) db.close();
    },
  };
  held.add(lock);
  return lock;
}

/**
 * The locks not yet released. A lock that nothing referred to any more would be collected,
 * closing its connection and so freeing the directory under a server still running.
 */
const held = new Set<DataDirLock>();
