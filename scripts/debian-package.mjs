/**
 * What scripts/find-chrome.mjs and scripts/postgres.mjs share: looking for a program, and
 * installing Debian's package of it when it is missing and we are root on an apt-based
 * machine (as in CI). Plain JavaScript with no dependencies, like them: `.ci/run` calls them
 * with the machine's own Node before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

/**
 * `locate()`'s answer; when it has none and `install` is asked (and we are root with apt-get),
 * Debian's package installed first (`packageArgs`: the package and apt's options for it), then
 * `locate()` again.
 *
 * @param {{ locate: () => string | undefined, install: boolean, missing: string, packageArgs: string[] }} options
 *   `missing`: the one line naming what to install, thrown when nothing is found; its words
 *   before the first colon ("No PostgreSQL server found") also open the line saying it installs.
 * @returns {string}
 */
export function findOrInstall({ locate, install, missing, packageArgs }) {
  const found = locate();
  if (found) return found;
  if (install && isRoot && onPath('apt-get')) {
    const name = packageArgs.at(-1);
    console.log(`${missing.split(':')[0]}: installing Debian's ${name} with apt-get (about a minute)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', ...packageArgs]]) {
      // apt's progress output is noise when it works and the only clue when it does not.
      const run = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (run.status !== 0) {
        const tail = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
        if (tail) console.error(tail);
        throw new Error(`apt-get ${args.join(' ')} failed. ${missing}`);
      }
    }
    const installed = locate();
    if (installed) return installed;
  }
  throw new Error(missing);
}
