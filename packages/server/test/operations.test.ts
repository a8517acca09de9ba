/**
 * Running the reference server among faults and hostile clients: one server per data
 * directory, private files, slow clients cut off, clients told apart behind a proxy, file
 * names kept as written, and a full disk answered 507 and recovered from.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS, LIMITS, PROBLEM_TYPES, type ComplaintCreateRequest } from '@civic-contact/contract';
import { createClient, isServerError } from '@civic-contact/sdk';
import { DataDirInUseError, DiskBlobStore, SqliteStorage, startServer, type ReceivedBlob, type RunningServer, type ServerOptions } from '@civic-contact/server';
import { generateReference } from '../../contract/src/reference.ts';
import { busComplaint, pngBytes } from '@civic-contact/core/testing';
import { stallAfter } from './raw-http.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const SITE_KEY = 'pk_test_transport';
const SECRET_KEY = 'sk_test_transport';

const temporaryDirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-operations-'));
  temporaryDirs.push(dir);
  return dir;
}
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A server on a random port, with the errors it reported to the operator. */
async function start(options: ServerOptions = {}): Promise<{ server: RunningServer; reported: unknown[] }> {
  const reported: unknown[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: await temporaryDir(), site: false, elementsDir: null, onError: (error) => reported.push(error), ...options });
  return { server, reported };
}

/** A bus complaint dated by the real clock, as the server runs on it. */
function complaint(subject: string, extra: Record<string, unknown> = {}): ComplaintCreateRequest {
  const incidentDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const answers = { ...(busComplaint().answers as object), incident_date: incidentDate };
  return busComplaint({ subject, answers, ...extra }) as unknown as ComplaintCreateRequest;
}

/** A PNG of `size` bytes, as a page would upload it. */
const png = (size: number) => new Blob([new Uint8Array(pngBytes(size))]);

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI until it exits, or with `until` until its output says so (the run goes on:
 * `stop` kills it).
 */
function cli(args: string[], env: Record<string, string> = {}, until?: RegExp): { done: Promise<CliRun>; ready: Promise<void>; stop: (signal: NodeJS.Signals) => void } {
  const { PORT: _port, DATA_DIR: _dataDir, TRUST_PROXY: _trustProxy, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=source', CLI, ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (until?.test(stdout)) markReady();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  void done.then(markReady);
  return { done, ready, stop: (signal) => child.kill(signal) };
}

describe('the data directory: one server at a time', () => {
  test('a second server on a data directory in use refuses to start, saying which directory and what to do; once the first is closed, it starts', async () => {
    const { server: first } = await start();
    const dataDir = join(first.databaseFile, '..');
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        await assert.rejects(startServer({ port: 0, dataDir, site: false }), (error: unknown) => {
          assert.ok(error instanceof DataDirInUseError, String(error));
          assert.equal(
            error.message,
            `Another Civic Contact server is using the data directory ${dataDir}. Stop that server first, or start this one with another data directory (--data-dir DIR or DATA_DIR=DIR).`,
          );
          return true;
        });
      }
      // From another process too, with the message on one line.
      const refused = await cli(['start', '--port', '0', '--data-dir', dataDir]).done;
      assert.equal(refused.code, 1);
      assert.equal(refused.stderr, `Another Civic Contact server is using the data directory ${dataDir}. Stop that server first, or start this one with another data directory (--data-dir DIR or DATA_DIR=DIR).\n`);

      // The refusals took nothing from the first server, and a server on another directory runs beside it.
      const { server: beside } = await start();
      await beside.close();
      const services = await fetch(`${first.url}/v1/services`, { headers: { [HEADERS.siteKey]: SITE_KEY } });
      assert.equal(services.status, 200);
      await services.body?.cancel();
    } finally {
      await first.close();
    }
    const again = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false });
    await again.close();
  });

  test('a server killed with SIGKILL leaves its data directory free at once: the next one starts, and the CLI key commands work beside it', async () => {
    const dataDir = await temporaryDir();
    const killed = cli(['start', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], {}, /Press Ctrl-C to stop\./);
    await killed.ready;
    const keys = await cli(['keys', 'list', '--ministry', 'transport', '--data-dir', dataDir]).done;
    assert.equal(keys.code, 0, keys.stderr);
    assert.match(keys.stdout, /pk_test_transport/);
    killed.stop('SIGKILL');
    assert.equal((await killed.done).code, null, 'killed, not stopped');

    const next = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false });
    await next.close();
  });
});

describe('files are private to the account running the server', () => {
  test('the data directory is made 0700; the database, its -wal and -shm, and the lock file 0600, even a database made before', async () => {
    const dataDir = join(await temporaryDir(), 'new', 'data');
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    const first = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false });
    const file = first.databaseFile;
    const filed = await fetch(`${first.url}/v1/complaints`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(complaint('Private files')),
    });
    assert.equal(filed.status, 201, await filed.text());
    assert.equal(await mode(dataDir), 0o700);
    assert.ok((await readdir(dataDir)).includes('civic-contact.db-wal'), 'the WAL is there to check');
    for (const path of [file, `${file}-wal`, `${file}-shm`, join(dataDir, 'server.lock')]) assert.equal(await mode(path), 0o600, path);
    await first.close();

    // A database left readable by others (made before this server version) is tightened.
    await chmod(file, 0o644);
    const second = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false });
    try {
      assert.equal(await mode(file), 0o600);
      for (const path of [`${file}-wal`, `${file}-shm`]) assert.equal(await mode(path), 0o600, path);
    } finally {
      await second.close();
    }
  });
});

describe('timeouts: a slow client is cut off', () => {
  test('headers sent too slowly, or a body, get 408 and the connection closed; a prompt request is answered', async () => {
    const { server, reported } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 1200 });
    try {
      const slowHeaders = await stallAfter(server.port, `GET /v1/services HTTP/1.1\r\nHost: localhost\r\n${HEADERS.siteKey}: ${SITE_KEY}\r\n`);
      assert.match(slowHeaders.received, /^HTTP\/1\.1 408 /);
      assert.ok(slowHeaders.closedAfterMs >= 250 && slowHeaders.closedAfterMs < 1200, `headers cut off after ${slowHeaders.closedAfterMs} ms`);

      const body = JSON.stringify(complaint('Sent slowly'));
      const slowBody = await stallAfter(
        server.port,
        `POST /v1/complaints HTTP/1.1\r\nHost: localhost\r\n${HEADERS.siteKey}: ${SITE_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
      );
      assert.match(slowBody.received, /^HTTP\/1\.1 408 /);
      assert.ok(slowBody.closedAfterMs >= 1100 && slowBody.closedAfterMs < 3000, `body cut off after ${slowBody.closedAfterMs} ms`);

      const prompt = await fetch(`${server.url}/v1/services`, { headers: { [HEADERS.siteKey]: SITE_KEY } });
      assert.equal(prompt.status, 200);
      await prompt.body?.cancel();
      assert.deepEqual(reported, [], 'a client cut off is not reported as the server’s error');
    } finally {
      await server.close();
    }
  });
});

describe('TRUST_PROXY: the client behind a reverse proxy', () => {
  /** A ticket lookup on an unknown reference, as the client `forwardedFor` names (through X-Forwarded-For). */
  async function lookUp(url: string, forwardedFor: string): Promise<number> {
    const response = await fetch(`${url}/v1/tickets/${generateReference('MOT')}`, {
      headers: { [HEADERS.siteKey]: SITE_KEY, [HEADERS.verifier]: 'rider@example.org', 'X-Forwarded-For': forwardedFor },
    });
    await response.body?.cancel();
    return response.status;
  }

  /** Looks up as `forwardedFor` until refused with 429; answers how many lookups were answered 404 first. */
  async function exhaust(url: string, forwardedFor: string): Promise<number> {
    for (let answered = 0; answered < 500; answered++) {
      const status = await lookUp(url, forwardedFor);
      if (status === 429) return answered;
      assert.equal(status, 404);
    }
    return assert.fail('the lookups were never limited');
  }

  test('behind a trusted proxy, each client named in X-Forwarded-For has its own lookup limit', async () => {
    const { server } = await start({ trustProxy: '127.0.0.1' });
    try {
      assert.ok((await exhaust(server.url, '198.51.100.1')) > 0);
      assert.equal(await lookUp(server.url, '198.51.100.2'), 404, 'another citizen behind the same proxy can still look up');
      assert.equal(await lookUp(server.url, '203.0.113.9, 198.51.100.1'), 429, 'the first citizen cannot escape by adding an address of his own');
    } finally {
      await server.close();
    }
  });

  test('with no proxy trusted (the default), X-Forwarded-For changes nothing: every request counts for the connection’s address', async () => {
    const { server } = await start();
    try {
      await exhaust(server.url, '198.51.100.1');
      assert.equal(await lookUp(server.url, '198.51.100.2'), 429);
    } finally {
      await server.close();
    }
  });

  test('the CLI reads --trust-proxy and TRUST_PROXY, and refuses a setting it cannot read with one line', async () => {
    const dataDir = await temporaryDir();
    const [fromEnv, fromFlag] = await Promise.all([
      cli(['start', '--port', '0', '--data-dir', dataDir], { TRUST_PROXY: 'proxy.internal' }).done,
      cli(['start', '--port', '0', '--data-dir', dataDir, '--trust-proxy', '10.0.0.0/99'], { TRUST_PROXY: '1' }).done,
    ]);
    assert.equal(fromEnv.code, 1);
    assert.equal(fromEnv.stderr, 'TRUST_PROXY "proxy.internal": "proxy.internal" is neither a number of proxies (1, 2) nor a proxy\'s address or CIDR range (10.0.0.0/8, 127.0.0.1, ::1).\n');
    assert.equal(fromFlag.code, 1);
    assert.match(fromFlag.stderr, /^TRUST_PROXY "10\.0\.0\.0\/99": "10\.0\.0\.0\/99" is neither/);
  });
});

describe('uploads keep their file names', () => {
  test('UTF-8 file names (café.png, صورة.png) are stored as written and read back by an agent', async () => {
    const { server, reported } = await start();
    try {
      const site = createClient({ baseUrl: server.url, siteKey: SITE_KEY, retry: false });
      const names = ['café.png', 'صورة.png'];
      const uploads = [];
      for (const filename of names) uploads.push(await site.attachments.upload({ service: 'transport-bus-service', file: png(2048), filename }));
      assert.deepEqual(
        uploads.map((upload) => upload.filename),
        names,
      );
      const { reference } = await site.complaints.create(complaint('Photos of the bus stop', { attachments: uploads.map((upload) => upload.id) }));
      const agent = createClient({ baseUrl: server.url, secretKey: SECRET_KEY });
      const ticket = await agent.agent.tickets.get(reference);
      assert.deepEqual(
        ticket.attachments.map((attachment) => attachment.filename),
        names,
      );
      assert.deepEqual(reported, []);
    } finally {
      await server.close();
    }
  });
});

describe('a full disk answers 507 and nothing is lost', () => {
  test('a full database: a complaint is answered 507 problem+json with Retry-After, nothing is stored, and the same request succeeds once there is room', async () => {
    const { server, reported } = await start();
    try {
      // No page beyond those in use: a few complaints fill what is free in them.
      const storage = server.storage;
      assert.ok(storage instanceof SqliteStorage);
      storage.maxPageCount(1);
      const headers = { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/json' };
      const description = 'The bus did not stop. '.repeat(LIMITS.descriptionMaxLength / 25);
      let refused: { response: Response; subject: string; idempotencyKey: string } | undefined;
      for (let n = 0; n < 200 && refused === undefined; n++) {
        const subject = `Filed on a full disk #${n}`;
        const idempotencyKey = randomUUID();
        const response = await fetch(`${server.url}/v1/complaints`, {
          method: 'POST',
          headers: { ...headers, [HEADERS.idempotencyKey]: idempotencyKey },
          body: JSON.stringify(complaint(subject, { description })),
        });
        if (response.status === 507) refused = { response, subject, idempotencyKey };
        else assert.equal(response.status, 201, await response.text());
      }
      assert.ok(refused, 'the database filled up');
      const { response, subject, idempotencyKey } = refused;
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.equal(response.headers.get(HEADERS.retryAfter), '60');
      const problem = (await response.json()) as { type: string; title: string; detail: string };
      assert.equal(problem.type, PROBLEM_TYPES.insufficientStorage);
      assert.equal(problem.title, 'We cannot save anything right now');
      assert.equal(problem.detail, 'Nothing you sent was saved. Please try again in a few minutes.');
      assert.ok(
        reported.length > 0 && reported.every((error) => (error as { errcode?: number }).errcode === 13),
        `the operator hears of the full disk: ${reported.map(String).join('; ')}`,
      );

      const subjects = async () => {
        const list = await fetch(`${server.url}/v1/agent/tickets?limit=100`, { headers });
        return ((await list.json()) as { items: { subject: string }[] }).items.map((item) => item.subject);
      };
      assert.ok(!(await subjects()).includes(subject), 'nothing of the refused complaint was stored');

      // Room is made; the citizen sends the same request again.
      storage.maxPageCount(2 ** 30);
      const retried = await fetch(`${server.url}/v1/complaints`, {
        method: 'POST',
        headers: { ...headers, [HEADERS.idempotencyKey]: idempotencyKey },
        body: JSON.stringify(complaint(subject, { description })),
      });
      assert.equal(retried.status, 201, await retried.clone().text());
      assert.equal((await subjects()).filter((filed) => filed === subject).length, 1);
    } finally {
      await server.close();
    }
  });

  test('a full disk under the attachments: an upload is answered 507, its temporary file is deleted, and the same upload succeeds once there is room', async () => {
    let full = true;
    /** The file system answers ENOSPC after the first chunk while `full`. */
    class FillingDisk extends DiskBlobStore {
      override receive(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReceivedBlob> {
        return super.receive(
          (async function* () {
            for await (const chunk of source) {
              yield chunk;
              if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
            }
          })(),
          maxBytes,
        );
      }
    }
    const dataDir = await temporaryDir();
    const { server, reported } = await start({ dataDir, blobs: new FillingDisk(join(dataDir, 'attachments')) });
    try {
      const site = createClient({ baseUrl: server.url, siteKey: SITE_KEY, retry: false });
      const photo = { service: 'transport-bus-service', file: png(256 * 1024), filename: 'stop.png' };
      const error = await site.attachments.upload(photo).then(
        () => assert.fail('the upload was stored on a full disk'),
        (failure: unknown) => failure,
      );
      assert.ok(isServerError(error), String(error));
      assert.equal(error.status, 507);
      assert.equal(error.retryAfter, 60);
      assert.match(error.message, /cannot store anything right now .*Try again in a few minutes/);
      assert.deepEqual(
        reported.map((failure) => (failure as { code?: string }).code),
        ['ENOSPC'],
      );
      assert.deepEqual(await readdir(join(dataDir, 'attachments', 'tmp')), [], 'the partial file was deleted');

      full = false;
      const stored = await site.attachments.upload(photo);
      assert.equal(stored.filename, 'stop.png');
    } finally {
      await server.close();
    }
  });
});
