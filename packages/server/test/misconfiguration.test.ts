/**
 * A ministry page on another origin with a wrong, revoked or wrong-origin key: the browser
 * must let the page read why it was refused (so the widgets can tell their developer the
 * fix, and the citizen whom to call), while answers with data stay bound to the origins
 * the keys allow.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS, PROBLEM_TYPES, type Problem } from '@civic-contact/contract';
import { createClient, isForbiddenError } from '@civic-contact/sdk';
import { startServer, type RunningServer } from '@civic-contact/server';

const HEALTH_ORIGIN = 'https://health.example.gov';
const NEWS_ORIGIN = 'https://news.example';
const HEALTH_KEY = 'pk_live_7k3d9qx6healthsite';

describe('refusals a page on another origin can read', () => {
  let dataDir: string;
  let server: RunningServer;
  const unexpected: unknown[] = [];

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-misconfiguration-'));
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false, onError: (error) => unexpected.push(error) });
    await server.storage.transaction((tx) =>
      tx.upsertSiteKey({
        id: 'key_health_site',
        key: HEALTH_KEY,
        ministryId: 'health',
        allowedOrigins: [HEALTH_ORIGIN],
        createdAt: new Date().toISOString(),
        revokedAt: null,
      }),
    );
  });
  after(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
    assert.deepEqual(unexpected, [], 'no unexpected errors');
  });

  const get = (path: string, headers: Record<string, string>) => fetch(`${server.url}${path}`, { headers });

  test('a preflight from an origin no key allows is answered, so the page can send its request and hear why it is refused', async () => {
    const response = await fetch(`${server.url}/v1/services`, {
      method: 'OPTIONS',
      headers: { Origin: NEWS_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-site-key, authorization' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), NEWS_ORIGIN);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    assert.ok(allowed.includes('x-site-key'));
    assert.ok(!allowed.includes('authorization'), 'secret keys never come from a browser');
  });

  test('a key used from an origin it does not allow: 403 the page can read, with the fix and the ministry’s contact', async () => {
    const response = await get('/v1/services', { Origin: NEWS_ORIGIN, [HEADERS.siteKey]: HEALTH_KEY });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), NEWS_ORIGIN);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
    const body = (await response.json()) as Problem;
    assert.equal(body.type, PROBLEM_TYPES.forbidden);
    assert.equal(
      body.detail,
      'The site key pk_live_7k3d… of the ministry "health" may not be used from https://news.example: the key does not allow that origin. Create a key for this origin: civic-contact-server keys create --ministry health --origin https://news.example, and use it as the site key on that site.',
    );
    assert.deepEqual(body.contact, {
      name: (await server.storage.getMinistry('health'))!.name,
      phone: '+1 758-555-0311',
      email: 'contact@health.example.gov',
    });

    // The SDK keeps the contact for the widgets.
    const fromNews: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      request.headers.set('Origin', NEWS_ORIGIN);
      return fetch(request);
    };
    const error = await createClient({ baseUrl: server.url, siteKey: HEALTH_KEY, fetch: fromNews }).services.list().catch((e: unknown) => e);
    assert.ok(isForbiddenError(error), String(error));
    assert.equal(error.problem?.contact?.phone, '+1 758-555-0311');
  });

  test('an unknown key: 401 the page can read, naming the key by its first characters', async () => {
    const response = await get('/v1/services', { Origin: NEWS_ORIGIN, [HEADERS.siteKey]: 'pk_live_nosuchkey0000' });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('access-control-allow-origin'), NEWS_ORIGIN);
    assert.equal(
      ((await response.json()) as Problem).detail,
      'The site key pk_live_nosu… is not known to this contact centre: check it against the one issued for this site.',
    );
  });

  test('answers with data reach only origins a key allows', async () => {
    const allowed = await get('/v1/services', { Origin: HEALTH_ORIGIN, [HEADERS.siteKey]: HEALTH_KEY });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), HEALTH_ORIGIN);
    await allowed.body?.cancel();

    // A secret key ignores the Origin header (no browser can send one cross-origin): its
    // success is answered, but not made readable to an origin no key allows.
    const secret = await get('/v1/agent/tickets', { Origin: NEWS_ORIGIN, [HEADERS.authorization]: `Bearer ${server.keys!.secret['health']!}` });
    assert.equal(secret.status, 200);
    assert.equal(secret.headers.get('access-control-allow-origin'), null);
    assert.match(secret.headers.get('vary') ?? '', /Origin/);
    await secret.body?.cancel();

    // Only refusals of the key become readable: any other answer stays bound to the keys' origins.
    const notFound = await get('/v1/agent/tickets/MOH-7K3D-9QX6', { Origin: NEWS_ORIGIN, [HEADERS.authorization]: `Bearer ${server.keys!.secret['health']!}` });
    assert.equal(notFound.status, 404);
    assert.equal(notFound.headers.get('access-control-allow-origin'), null);
    await notFound.body?.cancel();
  });
});
