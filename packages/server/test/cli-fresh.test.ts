/**
 * The CLI on a data directory the server has never used: `keys create` makes and seeds the
 * database as `start` would, and gives the HTML to paste; `start` then serves with that key
 * and names the widget code's URL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS } from '@civic-contact/contract';
import { seed } from '@civic-contact/core/seed';
import { startServer } from '@civic-contact/server';
import type { WidgetManifest } from '../src/widget-code.ts';
import { ENTRY, writeWidgetBuild } from './widget-build-fixture.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const ORIGIN = 'https://transport.example.gov';
/** What the CLI says when it creates the database: the demo seed's own counts. */
const DATABASE_LINE = new RegExp(
  `^Created the database at (.+) with the demo seed \\(${seed.ministries.length} ministries, ${seed.services.length} services, ${seed.faqs.length} FAQs\\)\\.$`,
  'm',
);

const temporaryDirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-contact-cli-'));
  temporaryDirs.push(dir);
  return dir;
}
const compileCache = await temporaryDir();
after(() => Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source to its end; PORT, HOST and DATA_DIR come only from `env`. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { PORT: _port, HOST: _host, DATA_DIR: _dataDir, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=source', CLI, ...args], {
    env: { ...inherited, NODE_COMPILE_CACHE: compileCache, ...env },
    cwd: tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('keys create before the server has ever run', () => {
  let dataDir: string;
  let elementsDir: string;
  let manifest: WidgetManifest;
  let created: Run;
  before(async () => {
    const dir = await temporaryDir();
    dataDir = join(dir, 'data');
    elementsDir = join(dir, 'cdn');
    manifest = await writeWidgetBuild(elementsDir);
    created = await runCli(['keys', 'create', '--ministry', 'transport', '--origin', ORIGIN, '--public-url', 'https://contact.gov.example/', '--data-dir', dataDir, '--elements-dir', elementsDir]);
  });

  test('creates the database with the demo seed, says so, and prints the key first', () => {
    assert.equal(created.code, 0, created.stderr);
    assert.equal(DATABASE_LINE.exec(created.stderr)?.[1], join(dataDir, 'civic-contact.db'), created.stderr);
    assert.ok(existsSync(join(dataDir, 'civic-contact.db')));
    assert.match(created.stdout.split('\n')[0]!, /^pk_[\w-]{20,}$/);
    assert.match(created.stdout, new RegExp(`Publishable key \\S+ for transport, usable from ${ORIGIN}\\.`));
  });

  test('prints the HTML to paste: the versioned script tag with its integrity hash, and the provider with the key', () => {
    const key = created.stdout.split('\n')[0]!;
    const integrity = manifest.files[ENTRY]!.integrity;
    const lines = created.stdout.split('\n');
    assert.ok(
      lines.includes(`<script type="module" src="https://contact.gov.example/elements/0.1.0/civic-contact.js" integrity="${integrity}" crossorigin="anonymous"></script>`),
      created.stdout,
    );
    assert.ok(lines.includes(`<civic-contact-provider api-base="https://contact.gov.example" site-key="${key}">`), created.stdout);
    assert.match(created.stdout, /<civic-complaint-form service="transport-[\w-]+"><\/civic-complaint-form>/);
  });

  test('a second key reuses the database; keys list shows only the keys made, not the demo keys', async () => {
    const second = await runCli(['keys', 'create', '--ministry', 'health', '--secret', '--data-dir', dataDir]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stderr.trim(), `Using the database at ${join(dataDir, 'civic-contact.db')}.`);
    const listed = await runCli(['keys', 'list', '--data-dir', dataDir]);
    assert.equal(listed.code, 0, listed.stderr);
    const rows = listed.stdout.trim().split('\n');
    assert.equal(rows.length, 2, listed.stdout);
    assert.match(rows.join('\n'), /site\s+transport\s+active/);
    assert.match(rows.join('\n'), /secret\s+health\s+active/);
  });

  test('the first start finds the seed and the key: the key works from its origin', async () => {
    const key = created.stdout.split('\n')[0]!;
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, elementsDir });
    try {
      assert.equal((await server.storage.listMinistries()).length, 3, 'the seed is not loaded twice');
      const response = await fetch(`${server.url}/v1/services`, { headers: { Origin: ORIGIN, [HEADERS.siteKey]: key } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    } finally {
      await server.close();
    }
  });
});

describe('keys create without a build, and refusals', () => {
  test('without the widget build it says to build for the script tag; the address defaults to localhost and PORT', async () => {
    const dir = await temporaryDir();
    const run = await runCli(['keys', 'create', '--ministry', 'health', '--origin', 'https://health.example.gov', '--data-dir', join(dir, 'data'), '--elements-dir', join(dir, 'not-built')], {
      PORT: '4321',
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, DATABASE_LINE);
    assert.match(run.stdout, /run npm run build first to get the script tag with its integrity hash/);
    assert.doesNotMatch(run.stdout, /<script/);
    assert.match(run.stdout, /<civic-contact-provider api-base="http:\/\/localhost:4321" site-key="pk_/);
  });

  test('a wrong --public-url or a missing --origin is refused before any database is made', async () => {
    const dir = await temporaryDir();
    const cases: Array<[string[], RegExp]> = [
      [['--ministry', 'health', '--origin', 'https://health.example.gov', '--public-url', 'contact.gov.example'], /--public-url "contact\.gov\.example" is not the address of a web server/],
      [['--ministry', 'health', '--origin', 'https://health.example.gov', '--public-url', 'https://contact.gov.example/?x=1'], /--public-url/],
      [['--ministry', 'health'], /--origin/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['keys', 'create', ...args, '--data-dir', join(dir, 'data')]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
    assert.equal(existsSync(join(dir, 'data')), false);
  });
});

describe('start names the widget code', () => {
  test('prints “Widget code <url>/elements/<version>/civic-contact.js”, and that URL serves it', async () => {
    const dir = await temporaryDir();
    const elementsDir = join(dir, 'cdn');
    await writeWidgetBuild(elementsDir);
    const { PORT: _port, HOST: _host, DATA_DIR: _dataDir, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--conditions=source', CLI, 'start', '--port', '0', '--host', '127.0.0.1', '--data-dir', join(dir, 'data'), '--elements-dir', elementsDir], {
      env: { ...inherited, NODE_COMPILE_CACHE: compileCache },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const deadline = Date.now() + 20_000;
      while (!stdout.includes('Press Ctrl-C to stop.')) {
        assert.ok(Date.now() < deadline && child.exitCode === null, `the server started:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const url = /^ {2}Widget code {12}(http:\/\/127\.0\.0\.1:\d+\/elements\/0\.1\.0\/civic-contact\.js)$/m.exec(stdout)?.[1];
      assert.ok(url, stdout);
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
      await response.body?.cancel();
    } finally {
      child.kill('SIGINT');
      assert.equal(await exited, 0);
    }
  });
});
