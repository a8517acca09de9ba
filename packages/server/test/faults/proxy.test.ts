/**
 * The fault run's proxy does to a request what each fault kind says, as a client and the
 * server behind it see it: whether the server got the request (once, twice, late), and
 * whether the client got the answer, nothing with a clean close, or a reset.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { FAULT_KINDS, startFaultyProxy, type FaultKind, type FaultyProxy } from './proxy.ts';
import { seededRandom } from './random.ts';

/** The server behind the proxy: answers each request with how many it has had, and remembers when each came. */
let upstream: Server;
let upstreamPort: number;
const arrivals: { path: string; at: number }[] = [];

before(async () => {
  upstream = createServer((request, response) => {
    arrivals.push({ path: request.url ?? '', at: performance.now() });
    request.resume();
    request.on('end', () => {
      const body = JSON.stringify({ seen: arrivals.filter((a) => a.path === request.url).length, padding: 'x'.repeat(200) });
      response.writeHead(201, { 'Content-Type': 'application/json' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

interface Received {
  status: number | undefined;
  /** Bytes of the answer's body that came, and how many its Content-Length announced. */
  bodyBytes: number;
  contentLength: number | undefined;
  body: string;
  /** How the connection ended: `closed` (FIN) or `reset` (RST). */
  ending: 'closed' | 'reset';
  ms: number;
}

/** One request on its own connection, bytes as they come, so a cut answer and a reset are seen as such. */
function rawPost(port: number, path: string): Promise<Received> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (ending: Received['ending']) => {
      if (settled) return;
      settled = true;
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)?.[1];
      const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
      resolve({
        status: status === undefined ? undefined : Number(status),
        bodyBytes: Buffer.byteLength(body, 'latin1'),
        contentLength: length === undefined ? undefined : Number(length),
        body,
        ending,
        ms: performance.now() - started,
      });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => finish('closed'));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNRESET' ? 'reset' : 'closed'));
    socket.on('close', () => finish('closed'));
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
  });
}

/** A proxy that faults every request with `kind`; its random numbers are all 0.5 (delays of 200 ms, duplicates 25 ms apart). */
function proxyFor(kind: FaultKind, port = upstreamPort): Promise<FaultyProxy> {
  return startFaultyProxy({ target: { host: '127.0.0.1', port }, rate: 1, kinds: [kind], random: () => 0.5, maxDelayMs: 300 });
}

async function through(kind: FaultKind): Promise<{ received: Received; arrived: { path: string; at: number }[]; sentAt: number; proxy: FaultyProxy }> {
  const proxy = await proxyFor(kind);
  try {
    const path = `/${kind}`;
    const sentAt = performance.now();
    const received = await rawPost(proxy.port, path);
    // What the server got after the client's connection ended (a drop after forwarding, a late duplicate).
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(proxy.counts.faults[kind], 1);
    return { received, arrived: arrivals.filter((a) => a.path === path), sentAt, proxy };
  } finally {
    await proxy.close();
  }
}

test('drop-before: the server never sees the request; the client gets no answer and a clean close', async () => {
  const { received, arrived } = await through('drop-before');
  assert.equal(arrived.length, 0);
  assert.equal(received.status, undefined);
  assert.equal(received.ending, 'closed');
});

test('reset-before: the server never sees the request; the client gets no answer and a reset', async () => {
  const { received, arrived } = await through('reset-before');
  assert.equal(arrived.length, 0);
  assert.equal(received.status, undefined);
  assert.equal(received.ending, 'reset');
});

test('drop-after: the server gets the request and answers; the client gets nothing', async () => {
  const { received, arrived } = await through('drop-after');
  assert.equal(arrived.length, 1);
  assert.equal(received.status, undefined);
  assert.equal(received.ending, 'closed');
});

test('reset-after: the server answers; the client gets the head and half the body, then a reset', async () => {
  const { received, arrived } = await through('reset-after');
  assert.equal(arrived.length, 1);
  assert.equal(received.status, 201);
  assert.ok(received.contentLength !== undefined && received.bodyBytes > 0 && received.bodyBytes < received.contentLength, `${received.bodyBytes} of ${received.contentLength} bytes`);
  assert.equal(received.ending, 'reset');
});

test('delay-before: the request reaches the server late, the answer comes whole', async () => {
  const { received, arrived, sentAt } = await through('delay-before');
  assert.equal(arrived.length, 1);
  assert.ok(arrived[0]!.at - sentAt >= 190, `reached the server after ${Math.round(arrived[0]!.at - sentAt)} ms`);
  assert.equal(received.status, 201);
  assert.equal(received.bodyBytes, received.contentLength);
});

test('delay-after: the request reaches the server at once, the answer comes late and whole', async () => {
  const { received, arrived, sentAt } = await through('delay-after');
  assert.equal(arrived.length, 1);
  // The delay is after the server: the answer comes at least the delay after the request
  // reached it (measured between the two, not against a wall-clock budget a busy machine misses).
  const reachedAfter = arrived[0]!.at - sentAt;
  assert.ok(received.ms - reachedAfter >= 190, `answered ${Math.round(received.ms - reachedAfter)} ms after the request reached the server`);
  assert.equal(received.status, 201);
  assert.equal(received.bodyBytes, received.contentLength);
});

test('duplicate: the server gets the request twice; the client gets the later answer', async () => {
  const { received, arrived } = await through('duplicate');
  assert.equal(arrived.length, 2);
  assert.equal(received.status, 201);
  assert.equal((JSON.parse(received.body) as { seen: number }).seen, 2);
});

test('a server that is down: the client connection is reset, and it is counted', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const proxy = await startFaultyProxy({ target: { host: '127.0.0.1', port }, rate: 0, random: () => 0.5 });
  try {
    const received = await rawPost(proxy.port, '/down');
    assert.equal(received.status, undefined);
    assert.equal(received.ending, 'reset');
    assert.deepEqual([proxy.counts.clean, proxy.counts.serverDown], [1, 1]);
  } finally {
    await proxy.close();
  }
});

test('at a rate of 30%, about 30% of the eligible requests are faulted, with every kind; the others pass untouched', async () => {
  const proxy = await startFaultyProxy({
    target: { host: '127.0.0.1', port: upstreamPort },
    rate: 0.3,
    random: seededRandom(12345),
    maxDelayMs: 110,
    eligible: (_method, path) => path.startsWith('/v1/'),
  });
  try {
    const paths = [...Array.from({ length: 200 }, (_, i) => `/v1/rate/${i}`), ...Array.from({ length: 20 }, (_, i) => `/site/${i}`)];
    const results = [];
    for (let i = 0; i < paths.length; i += 20) results.push(...(await Promise.all(paths.slice(i, i + 20).map((path) => rawPost(proxy.port, path)))));
    const { counts } = proxy;
    const faulted = Object.values(counts.faults).reduce((sum, n) => sum + n, 0);
    assert.equal(counts.requests, 220);
    assert.deepEqual(counts.routes, { 'POST /v1/rate': 200, site: 20 });
    // Every request the server saw was answered 201: those not faulted before reaching it, and duplicates twice.
    const reached = 220 - counts.faults['drop-before'] - counts.faults['reset-before'] + counts.faults.duplicate;
    assert.deepEqual(counts.answers, { 'POST /v1/rate 201': reached - 20, 'site 201': 20 });
    assert.equal(faulted + counts.clean, 200);
    assert.equal(counts.untouched, 20);
    assert.ok(faulted >= 40 && faulted <= 80, `${faulted} of 200 eligible requests faulted`);
    for (const kind of FAULT_KINDS) assert.ok(counts.faults[kind] > 0, `${kind} happened (${JSON.stringify(counts.faults)})`);
    const answered = results.filter((r) => r.status === 201 && r.bodyBytes === r.contentLength).length;
    // Answered in full: the clean ones and the delayed or duplicated ones.
    assert.equal(answered, counts.clean + counts.untouched + counts.faults['delay-before'] + counts.faults['delay-after'] + counts.faults.duplicate);
  } finally {
    await proxy.close();
  }
});
