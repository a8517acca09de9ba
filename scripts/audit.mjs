#!/usr/bin/env node
/**
 * The dependency audit CI runs: `npm audit --omit=dev --audit-level=high` over the runtime
 * dependencies of every package (what ministries and the server install; the dev tools are
 * left out). Three outcomes:
 *
 *   passed       the registry answered, and no runtime dependency has a high or critical
 *                advisory (lower ones are counted in the line, not failed)
 *   failed       one or more have: each is listed (package, severity, advisory), exit 1
 *   unreachable  the registry's audit endpoint did not answer usefully (an HTTP error such
 *                as the 405 these machines get, no network, no answer within 90 s): exactly
 *                one line says so, and the audit counts as neither passed nor failed
 *
 * Plain JavaScript with no dependencies, like find-chrome.mjs. `--counts FILE` writes
 * `{ passed, failed, note }` for `npm test -- --audit`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const TIMEOUT_MS = 90_000;
const FAILING = ['high', 'critical'];

/**
 * What an `npm audit --json` run means.
 *
 * @param {{ stdout: string, timedOut: boolean, error?: string }} run
 * @returns {{ outcome: 'passed' | 'failed' | 'unreachable', lines: string[] }} the lines to
 *   print; one only when unreachable.
 */
export function judgeAudit(run) {
  const unreachable = (why) => ({ outcome: 'unreachable', lines: [`npm audit: not run, ${why}: runtime dependencies not audited`] });
  if (run.timedOut) return unreachable(`the registry's audit endpoint did not answer within ${TIMEOUT_MS / 1000} s`);
  if (run.error) return unreachable(`npm could not be started (${run.error})`);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return unreachable('npm audit gave no report');
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    // npm's error report: `{ message, statusCode, … }` for an HTTP error, `{ error: { code, summary } }` for others.
    const said = String(report?.message ?? report?.error?.summary ?? report?.error?.code ?? 'an error').split('\n')[0].slice(0, 160);
    // "405 Method Not Allowed - POST https://…/advisories/bulk" reads as "answered 405 Method Not Allowed (POST https://…)".
    const http = report?.statusCode ? /^(\d{3} [^-]+?)(?: - (.*))?$/.exec(said) : null;
    if (http) return unreachable(`the registry's audit endpoint answered ${http[1]}${http[2] ? ` (${http[2]})` : ''}`);
    return unreachable(`the registry's audit endpoint could not be reached (${said})`);
  }
  const severe = Object.values(report.vulnerabilities ?? {}).filter((v) => FAILING.includes(v.severity));
  const tally = ['critical', 'high', 'moderate', 'low'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  const packages = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total;
  if (severe.length === 0) {
    return { outcome: 'passed', lines: [`npm audit: no high or critical advisory in ${packages ?? 'the'} runtime dependencies (${tally})`] };
  }
  const lines = severe.map((v) => {
    const advisories = (v.via ?? []).filter((via) => typeof via === 'object').map((via) => `${via.title} ${via.url ?? ''}`.trim());
    const through = (v.via ?? []).filter((via) => typeof via === 'string');
    const why = advisories.length > 0 ? advisories.join('; ') : `through ${through.join(', ')}`;
    const fix = v.fixAvailable ? 'a fix is available (npm audit fix)' : 'no fix yet';
    return `  ${v.name} (${v.severity}): ${why}; ${fix}`;
  });
  return { outcome: 'failed', lines: [`npm audit: ${severe.length} runtime dependencies with high or critical advisories (${tally}):`, ...lines] };
}

/** Runs npm audit, bounded in time, and returns what {@link judgeAudit} needs. */
function runAudit() {
  // Under `npm test` npm says where it is; run that one, with the Node running this script.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const run = spawnSync(npm[0], [...npm.slice(1), 'audit', '--omit=dev', '--audit-level=high', '--json', '--fetch-retries=1'], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const timedOut = run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL';
  return { stdout: run.stdout ?? '', timedOut, error: !timedOut && run.error ? run.error.message : undefined };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outcome, lines } = judgeAudit(runAudit());
  for (const line of lines) console.log(line);
  const countsAt = process.argv.indexOf('--counts');
  const countsFile = countsAt > 0 ? process.argv[countsAt + 1] : undefined;
  if (countsFile) {
    mkdirSync(dirname(countsFile), { recursive: true });
    const counts = {
      passed: outcome === 'passed' ? 1 : 0,
      failed: outcome === 'failed' ? 1 : 0,
      ...(outcome === 'unreachable' ? { note: 'not run: the audit endpoint could not be used' } : {}),
    };
    writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  }
  process.exitCode = outcome === 'failed' ? 1 : 0;
}
