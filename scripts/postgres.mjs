#!/usr/bin/env node
/**
 * A throwaway PostgreSQL for the tests: finds the server's binaries (installing Debian's
 * `postgresql` when none is present and we are root on an apt-based machine, as in CI), makes
 * a cluster in a temporary directory, starts it on 127.0.0.1 on a free port, and gives its
 * URL; stopping it deletes the directory. The tests read it from `TEST_DATABASE_URL`, not
 * `DATABASE_URL`: the servers that tests start through the CLI would take that one as theirs.
 *
 * Plain JavaScript with no dependencies on purpose: `.ci/run` calls it with the machine's own
 * Node (20) before `npm ci`, as it does scripts/find-chrome.mjs, which this mirrors.
 *
 * PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user (or
 * `nobody` where there is none) and its programs are run as that user through `runuser`.
 *
 * CLI:
 *   node scripts/postgres.mjs [--install]     prints the folder of the binaries, or one line
 *                                             saying what to install and exits 1
 *   node scripts/postgres.mjs run -- <cmd…>   runs <cmd> with TEST_DATABASE_URL set to a fresh
 *                                             cluster, then stops it; exits with <cmd>'s code
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOrInstall, isExecutable, isRoot } from './debian-package.mjs';

export const MISSING_POSTGRES_MESSAGE =
  "No PostgreSQL server found: install Debian's postgresql package (apt-get install postgresql) " +
  'or set POSTGRES_BIN to the folder holding initdb, pg_ctl and postgres';

/** The programs a cluster needs, all in one folder. */
const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];

const holdsServer = (dir) => PROGRAMS.every((program) => isExecutable(join(dir, program)));

/** Debian's versioned folders, newest first. */
function debianFolders() {
  try {
    return readdirSync('/usr/lib/postgresql')
      .filter((version) => /^\d+$/.test(version))
      .sort((a, b) => Number(b) - Number(a))
      .map((version) => `/usr/lib/postgresql/${version}/bin`);
  } catch {
    return [];
  }
}

function locate() {
  const fromEnv = process.env.POSTGRES_BIN;
  if (fromEnv) {
    // A wrong POSTGRES_BIN is a mistake to report, not a reason to quietly use another server.
    if (holdsServer(fromEnv)) return fromEnv;
    throw new Error(`POSTGRES_BIN is set to ${fromEnv}, which does not hold ${PROGRAMS.join(', ')}`);
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  // Debian puts only psql and friends on the PATH; the server's programs are in its versioned folder.
  return [...path, '/usr/local/bin', ...debianFolders(), '/usr/local/pgsql/bin', '/opt/homebrew/bin'].find(holdsServer);
}

/**
 * Returns the folder holding `initdb`, `pg_ctl` and `postgres`: `POSTGRES_BIN` if set, else
 * the first on the `PATH`, in /usr/local/bin or in Debian's /usr/lib/postgresql/<version>/bin.
 *
 * @param {{ install?: boolean }} [options] with `install: true`, when nothing is found and we
 *   run as root with apt-get available, install Debian's `postgresql` first.
 * @returns {string}
 * @throws {Error} with a one-line message naming what to install.
 */
export function findPostgres({ install = false } = {}) {
  return findOrInstall({ locate, install, missing: MISSING_POSTGRES_MESSAGE, packageArgs: ['--no-install-recommends', 'postgresql'] });
}

/** The user the cluster runs as when we are root: `postgres` where it exists, else `nobody`. */
function clusterUser() {
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout), gid: Number(gid.stdout) };
  }
  throw new Error('Running as root, but there is neither a postgres nor a nobody user to run PostgreSQL as (it refuses root).');
}

/** A TCP port free on 127.0.0.1 now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * A running throwaway cluster.
 * @typedef {object} RunningPostgres
 * @property {string} url `postgres://civic@127.0.0.1:<port>/postgres`, trusted (no password)
 * @property {number} port
 * @property {string} dir the temporary folder of the cluster, its socket and its log
 * @property {() => void} stop stops the server at once and deletes the folder; later calls do nothing
 */

/**
 * Makes a cluster in a temporary folder and starts it on 127.0.0.1 on a free port, tuned for
 * tests (no fsync: a crash of the machine loses a cluster that is thrown away anyway).
 *
 * @param {{ install?: boolean, bin?: string }} [options] `bin`: the binaries' folder (else
 *   {@link findPostgres} with `install`)
 * @returns {Promise<RunningPostgres>}
 * @throws {Error} naming what to install, or with the end of the server's log when it did not start.
 */
export async function startPostgres({ install = false, bin = findPostgres({ install }) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-contact-postgres-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const user = isRoot ? clusterUser() : null;
  if (user) chownSync(dir, user.uid, user.gid);
  /** Runs one of the server's programs, as the cluster's user when we are root. */
  const program = (name, args) => {
    const command = user ? ['runuser', '-u', user.name, '--', join(bin, name), ...args] : [join(bin, name), ...args];
    return spawnSync(command[0], command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const fail = (what, run) => {
    let serverLog = '';
    try {
      serverLog = readFileSync(log, 'utf8');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${serverLog}${run.error ? run.error.message : ''}`.trim();
    return new Error(`${what} failed (${join(bin, what.split(' ')[0])}):\n${output.split('\n').slice(-15).join('\n')}`);
  };

  const init = program('initdb', ['-D', data, '-U', 'civic', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (init.status !== 0) throw fail('initdb', init);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const start = program('pg_ctl', ['-D', data, '-l', log, '-o', settings, '-w', '-t', '60', 'start']);
  if (start.status !== 0) throw fail('pg_ctl start', start);
  let stopped = false;
  return {
    url: `postgres://civic@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      program('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  try {
    if (args[0] === 'run') {
      const command = args.slice(args[1] === '--' ? 2 : 1);
      if (command.length === 0) throw new Error('Usage: node scripts/postgres.mjs run -- <command> [args…]');
      const postgres = await startPostgres({ install: true });
      console.log(`PostgreSQL on 127.0.0.1:${postgres.port} (${postgres.url}), stopped when the command ends`);
      // Not spawnSync: an interrupted run must still stop the cluster, so signals must reach this process.
      const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: postgres.url } });
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
      process.exitCode = await new Promise((resolve) => {
        child.once('error', (error) => {
          console.error(error.message);
          resolve(1);
        });
        child.once('exit', (code) => resolve(code ?? 1));
      });
      postgres.stop();
    } else {
      console.log(findPostgres({ install: args.includes('--install') }));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
