// Types of postgres.mjs, which stays plain JavaScript so that CI can run it on the machine's
// Node 20 before `npm ci`; TypeScript callers (the PostgreSQL tests) import these.

/** The one-line message naming what to install when no PostgreSQL server is found. */
export declare const MISSING_POSTGRES_MESSAGE: string;

/**
 * Returns the folder holding `initdb`, `pg_ctl` and `postgres`: `POSTGRES_BIN` if set, else the
 * first on the `PATH`, in /usr/local/bin or in Debian's /usr/lib/postgresql/<version>/bin; with
 * `install: true`, as root on apt, installs Debian's `postgresql` first when none is found.
 *
 * @throws {Error} with a one-line message naming what to install.
 */
export declare function findPostgres(options?: { install?: boolean }): string;

/** A running throwaway cluster. */
export interface RunningPostgres {
  /** `postgres://civic@127.0.0.1:<port>/postgres`, trusted (no password). */
  url: string;
  port: number;
  /** The temporary folder of the cluster, its socket and its log. */
  dir: string;
  /** Stops the server at once and deletes the folder; later calls do nothing. */
  stop(): void;
}

/**
 * Makes a cluster in a temporary folder and starts it on 127.0.0.1 on a free port (as the
 * `postgres` or `nobody` user when run as root), tuned for tests.
 */
export declare function startPostgres(options?: { install?: boolean; bin?: string }): Promise<RunningPostgres>;
