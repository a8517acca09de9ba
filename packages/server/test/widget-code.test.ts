/**
 * The widget code at /elements/ as a ministry page on another origin gets it, and the example
 * site's caching: headers, compression, ETags and 304s, on a real server (random port,
 * temporary data directory) over a widget build made in a temporary folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS } from '@civic-contact/contract';
import { startServer, type RunningServer } from '@civic-contact/server';
import type { WidgetManifest } from '../src/widget-code.ts';
import { CHUNK, ENTRY, FIXTURE_VERSION, writeWidgetBuild } from './widget-build-fixture.ts';
import { decoded, get, type Answer } from './raw-http.ts';

const FOR_GOOD = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const TRANSPORT_ORIGIN = 'https://transport.example.gov';

const temporaryDirs: string[] = [];
after(() => Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-contact-widget-'));
  temporaryDirs.push(dir);
  return dir;
}

function assertCodeHeaders(answer: Answer, what: string): void {
  assert.equal(answer.headers['access-control-allow-origin'], '*', what);
  assert.equal(answer.headers['cross-origin-resource-policy'], 'cross-origin', what);
  assert.equal(answer.headers['timing-allow-origin'], '*', what);
  assert.equal(answer.headers['x-content-type-options'], 'nosniff', what);
  // Code, not pages: the example site's page policies would only get in the way.
  assert.equal(answer.headers['content-security-policy'], undefined, what);
  assert.equal(answer.headers['cross-origin-opener-policy'], undefined, what);
}

describe('the widget code at /elements/, for pages on any origin', () => {
  let elementsDir: string;
  let manifest: WidgetManifest;
  let server: RunningServer;
  before(async () => {
    const dir = await temporaryDir();
    elementsDir = join(dir, 'cdn');
    manifest = await writeWidgetBuild(elementsDir);
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), elementsDir });
  });
  after(() => server.close());

  test('the server names the versioned URL of the loader', () => {
    assert.equal(server.widgetCodeUrl, `${server.url}/elements/${FIXTURE_VERSION}/${ENTRY}`);
  });

  test('/elements/<version>/…: every file, cached for a year, readable from any origin, with its type', async () => {
    const types: Record<string, RegExp> = { [ENTRY]: /^text\/javascript; charset=utf-8$/, [CHUNK]: /^text\/javascript/, [`${ENTRY}.map`]: /^application\/json/, 'manifest.json': /^application\/json/ };
    for (const [file, type] of Object.entries(types)) {
      const answer = await get(server.url, `/elements/${FIXTURE_VERSION}/${file}`, { Origin: TRANSPORT_ORIGIN, 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      assert.equal(answer.status, 200, file);
      assert.equal(answer.headers['cache-control'], FOR_GOOD, file);
      assert.match(answer.headers['content-type']!, type, file);
      assertCodeHeaders(answer, file);
      assert.deepEqual(decoded(answer), await readFile(join(elementsDir, file)), file);
    }
  });

  test('/elements/…: content-hashed chunks cached for a year, the rest for five minutes and then revalidated', async () => {
    for (const [file, cacheControl] of [[CHUNK, FOR_GOOD], [`${CHUNK}.map`, FOR_GOOD], [ENTRY, SHORT], [`${ENTRY}.map`, SHORT], ['manifest.json', SHORT]] as const) {
      assert.equal(manifest.files[file]?.hashed ?? false, cacheControl === FOR_GOOD, `the manifest marks ${file}`);
      const answer = await get(server.url, `/elements/${file}`);
      assert.equal(answer.status, 200, file);
      assert.equal(answer.headers['cache-control'], cacheControl, file);
      assert.match(answer.headers.etag ?? '', /^"[\w-]+"$/, `${file} has a strong ETag`);
      assertCodeHeaders(answer, file);
    }
  });

  test('brotli when accepted, else gzip, else the file as it is; Vary: Accept-Encoding on each', async () => {
    const cases: Array<[string | undefined, string | undefined]> = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['BR;q=0.5, gzip;q=1', 'br'],
      ['*', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['*;q=0, gzip;q=0.2', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['identity', undefined],
      ['deflate', undefined],
      [undefined, undefined],
    ];
    const original = await readFile(join(elementsDir, ENTRY));
    for (const [accept, expected] of cases) {
      const answer = await get(server.url, `/elements/${ENTRY}`, accept === undefined ? {} : { 'Accept-Encoding': accept });
      assert.equal(answer.headers['content-encoding'], expected, `Accept-Encoding: ${accept}`);
      assert.equal(answer.headers.vary, 'Accept-Encoding', `Accept-Encoding: ${accept}`);
      assert.equal(Number(answer.headers['content-length']), answer.body.length);
      if (expected) assert.ok(answer.body.length < original.length / 2, `${expected} is smaller`);
      assert.deepEqual(decoded(answer), original, `Accept-Encoding: ${accept}`);
    }
  });

  test('each encoding has its own ETag; the matching one answers 304 with the caching headers, another 200', async () => {
    const etags = new Map<string, string>();
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await get(server.url, `/elements/${FIXTURE_VERSION}/${ENTRY}`, { 'Accept-Encoding': encoding });
      etags.set(encoding, first.headers.etag!);
      const again = await get(server.url, `/elements/${FIXTURE_VERSION}/${ENTRY}`, { 'Accept-Encoding': encoding, 'If-None-Match': first.headers.etag! });
      assert.equal(again.status, 304, encoding);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, first.headers.etag);
      assert.equal(again.headers['cache-control'], FOR_GOOD);
      assert.equal(again.headers.vary, 'Accept-Encoding');
      assertCodeHeaders(again, `304 (${encoding})`);
    }
    assert.equal(new Set(etags.values()).size, 3, `three ETags: ${[...etags.values()].join(' ')}`);

    const gzipTagAskingForBrotli = await get(server.url, `/elements/${ENTRY}`, { 'Accept-Encoding': 'br', 'If-None-Match': etags.get('gzip')! });
    assert.equal(gzipTagAskingForBrotli.status, 200);
    assert.equal(gzipTagAskingForBrotli.headers['content-encoding'], 'br');
    assert.equal(gzipTagAskingForBrotli.headers.etag, etags.get('br'));
    const anyOf = await get(server.url, `/elements/${ENTRY}`, { 'Accept-Encoding': 'br', 'If-None-Match': `"stale", ${etags.get('br')}` });
    assert.equal(anyOf.status, 304);
  });

  test('an ETag is computed once per version of a file (its size and modification time), and a changed file gets a new one', async () => {
    const file = join(elementsDir, `${ENTRY}.map`);
    const seen = new Date('2026-01-02T03:04:05Z');
    await utimes(file, seen, seen);
    const before = await get(server.url, `/elements/${ENTRY}.map`);
    // Same size, same modification time: the server keeps the ETag it computed, without reading the file again.
    const bytes = await readFile(file);
    await writeFile(file, Buffer.from(bytes.toString('latin1').replace('AAAA', 'BBBB'), 'latin1'));
    await utimes(file, seen, seen);
    const unchanged = await get(server.url, `/elements/${ENTRY}.map`);
    assert.equal(unchanged.headers.etag, before.headers.etag);

    await utimes(file, seen, new Date(seen.getTime() + 1000));
    const changed = await get(server.url, `/elements/${ENTRY}.map`, { 'If-None-Match': before.headers.etag! });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, before.headers.etag);
    assert.match(changed.body.toString(), /BBBB/);
  });

  test('another version is a 404 that names the one this server has', async () => {
    for (const version of ['0.0.9', '1.0.0', '0.1.0-beta.1']) {
      const answer = await get(server.url, `/elements/${version}/${ENTRY}`);
      assert.equal(answer.status, 404, version);
      assert.equal(answer.body.toString(), `This contact centre serves @civic-contact/elements ${FIXTURE_VERSION}: use /elements/${FIXTURE_VERSION}/${ENTRY}`);
      assert.notEqual(answer.headers['cache-control'], FOR_GOOD);
      assertCodeHeaders(answer, version);
    }
    const missing = await get(server.url, `/elements/${FIXTURE_VERSION}/chunks/nothing-Zz999.js`);
    assert.equal(missing.status, 404);
    assertCodeHeaders(missing, 'a missing file');
  });

  test('HEAD answers as GET without the body; other methods are 405 with Allow', async () => {
    const path = `/elements/${FIXTURE_VERSION}/${ENTRY}`;
    const got = await get(server.url, path, { 'Accept-Encoding': 'gzip' });
    const head = await get(server.url, path, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary', 'access-control-allow-origin']) {
      assert.equal(head.headers[name], got.headers[name], name);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(server.url, path, {}, method);
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.allow, 'GET, HEAD', method);
    }
  });

  test('paths never leave the build folder, and the precompressed files are not asked for by name', async () => {
    await writeFile(join(elementsDir, '..', 'secret.txt'), 'the workspaces of the server');
    const paths = [
      '/elements/../package.json',
      '/elements/0.1.0/../../package.json',
      '/elements/%2e%2e/secret.txt',
      '/elements/..%2Fsecret.txt',
      '/elements/0.1.0/..%2f..%2fsecret.txt',
      '/elements/chunks/..%5C..%5Csecret.txt',
      '/elements/chunks/%2e%2e/%2e%2e/secret.txt',
      '/elements/0.1.0/%00civic-contact.js',
      '/elements//etc/passwd',
      `/elements/${ENTRY}.br`,
      `/elements/${FIXTURE_VERSION}/${CHUNK}.gz`,
    ];
    for (const path of paths) {
      const answer = await get(server.url, path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.body.toString(), /workspaces|root:/, path);
    }
  });

  test('a new build is served at once: its version answers, the old one names it', async () => {
    const dir = await temporaryDir();
    const build = join(dir, 'cdn');
    await writeWidgetBuild(build);
    const rebuilt = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), elementsDir: build });
    try {
      const manifestFile = join(build, 'manifest.json');
      const next = { ...(JSON.parse(await readFile(manifestFile, 'utf8')) as WidgetManifest), version: '0.2.0' };
      await writeFile(manifestFile, JSON.stringify(next));
      assert.equal((await get(rebuilt.url, `/elements/0.2.0/${ENTRY}`)).status, 200);
      assert.match((await get(rebuilt.url, `/elements/0.1.0/${ENTRY}`)).body.toString(), /serves @civic-contact\/elements 0\.2\.0/);
    } finally {
      await rebuilt.close();
    }
  });

  test('the API and the example site do not carry the widget code’s cross-origin headers', async () => {
    const api = await get(server.url, '/v1/services', { [HEADERS.siteKey]: server.keys!.site['transport']!, Origin: 'https://elsewhere.example' });
    const apiOwn = await get(server.url, '/v1/services', { [HEADERS.siteKey]: server.keys!.site['transport']! });
    const page = await get(server.url, '/index.html', { Origin: 'https://elsewhere.example' });
    // The API keeps its own CORS: only origins its keys allow, never `*`.
    for (const [what, answer] of [['API from another origin', api], ['API', apiOwn], ['page', page]] as const) {
      assert.equal(answer.headers['timing-allow-origin'], undefined, what);
      assert.notEqual(answer.headers['access-control-allow-origin'], '*', what);
    }
    assert.equal(apiOwn.headers['access-control-allow-origin'], undefined);
    assert.equal(page.headers['access-control-allow-origin'], undefined);
    assert.equal(page.headers['cross-origin-resource-policy'], undefined);
    assert.match(page.headers['content-security-policy'] ?? '', /default-src 'self'/);
  });

  test('a malformed request right after a file, on the same connection, is still answered 400', async () => {
    // Node drops a connection that receives a malformed request while a response is still in
    // flight, and a file streamed out ends a moment after its last byte reaches the client.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (path: string, rawHeaders: string[] = []) =>
      new Promise<number | string>((resolve) => {
        const headers = [...rawHeaders, 'Host', `127.0.0.1:${server.port}`] as unknown as Record<string, string>;
        const request = httpRequest({ host: '127.0.0.1', port: server.port, path, headers, setHost: false, agent });
        request.on('error', (error) => resolve(error.message));
        request.on('response', (response) => response.resume().on('end', () => resolve(response.statusCode!)));
        request.end();
      });
    try {
      for (let round = 0; round < 50; round++) {
        const path = round % 2 ? '/index.html' : `/elements/${ENTRY}`;
        assert.equal(await send(path), 200);
        assert.equal(await send('/', ['Content-Length', '0', 'Content-Length', '0']), 400, `round ${round}, after ${path}`);
      }
    } finally {
      agent.destroy();
    }
  });

  test('the old bundle path at the site root is gone', async () => {
    assert.equal((await get(server.url, '/civic-contact.min.js')).status, 404);
  });
});

describe('a server without a widget build', () => {
  test('says so at /elements/ and names no widget code URL', async () => {
    const dir = await temporaryDir();
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), elementsDir: join(dir, 'not-built') });
    try {
      assert.equal(server.widgetCodeUrl, null);
      const answer = await get(server.url, `/elements/${ENTRY}`);
      assert.equal(answer.status, 404);
      assert.match(answer.body.toString(), /not built.*npm run build/);
      assertCodeHeaders(answer, 'not built');
    } finally {
      await server.close();
    }
  });
});

describe('the example site: revalidated by ETag, as it is edited by hand', () => {
  let server: RunningServer;
  before(async () => {
    const dir = await temporaryDir();
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), elementsDir: null });
  });
  after(() => server.close());

  test('pages and assets: no-cache with a strong ETag; a matching If-None-Match is a 304 with the site’s headers', async () => {
    for (const path of ['/', '/index.html', '/help.html', '/assets/site.css', '/assets/agent.js']) {
      const first = await get(server.url, path, { 'Accept-Encoding': 'gzip, br' });
      assert.equal(first.status, 200, path);
      assert.equal(first.headers['cache-control'], 'no-cache', path);
      assert.match(first.headers.etag ?? '', /^"[\w-]+"$/, path);
      assert.equal(first.headers['content-encoding'], undefined, `${path} is sent as it is`);
      const again = await get(server.url, path, { 'If-None-Match': first.headers.etag! });
      assert.equal(again.status, 304, path);
      assert.equal(again.headers.etag, first.headers.etag, path);
      assert.equal(again.headers['cache-control'], 'no-cache', path);
      assert.match(again.headers['content-security-policy'] ?? '', /default-src 'self'/, path);
      const stale = await get(server.url, path, { 'If-None-Match': '"an-older-page"' });
      assert.equal(stale.status, 200, path);
    }
    const [index, slash] = await Promise.all([get(server.url, '/index.html'), get(server.url, '/')]);
    assert.equal(index.headers.etag, slash.headers.etag);
    const head = await get(server.url, '/help.html', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], String((await stat(new URL('../../../examples/ministry-site/help.html', import.meta.url))).size));
    assert.equal((await get(server.url, '/help.html', {}, 'DELETE')).headers.allow, 'GET, HEAD');
  });

  test('/assets/faq-index.json: brotli, gzip or plain JSON, each with its own ETag and 304', async () => {
    const plain = await get(server.url, '/assets/faq-index.json');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    const tags = new Set([plain.headers.etag]);
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip;q=0.8', 'gzip']] as const) {
      const answer = await get(server.url, '/assets/faq-index.json', { 'Accept-Encoding': accept });
      assert.equal(answer.headers['content-encoding'], encoding, accept);
      assert.equal(answer.headers['content-type'], 'application/json');
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.ok(answer.body.length < plain.body.length / 3, `${encoding}: ${answer.body.length} of ${plain.body.length} bytes`);
      assert.deepEqual(JSON.parse(decoded(answer).toString()), JSON.parse(plain.body.toString()));
      tags.add(answer.headers.etag);
      const again = await get(server.url, '/assets/faq-index.json', { 'Accept-Encoding': accept, 'If-None-Match': answer.headers.etag! });
      assert.equal(again.status, 304, accept);
      assert.equal(again.headers.vary, 'Accept-Encoding');
    }
    assert.equal(tags.size, 3);
  });
});
