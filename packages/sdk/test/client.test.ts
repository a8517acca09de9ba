import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS } from '@civic-contact/contract';
import {
  AgentResource,
  ConfigurationError,
  createBaseClient,
  createClient,
  isConfigurationError,
  ServicesResource,
  TicketsResource,
} from '@civic-contact/sdk';
import { BASE_URL, complaint, complaintCreated, fakeFetch, json, REFERENCE, SECRET_KEY, SITE_KEY, ticket } from './helpers.ts';

function configurationError(make: () => unknown): ConfigurationError {
  try {
    make();
  } catch (error) {
    assert.ok(isConfigurationError(error), `expected a ConfigurationError, got ${String(error)}`);
    return error;
  }
  return assert.fail('expected a ConfigurationError');
}

describe('createClient', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  test('refuses a secret key where a browser window exists', () => {
    (globalThis as { window?: unknown }).window = {};
    const error = configurationError(() => createClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY }));
    assert.match(error.message, /Secret keys must never be shipped to a browser; use a publishable pk_ key/);
    delete (globalThis as { window?: unknown }).window;
    assert.equal(createClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY }).keyKind, 'secret');
  });

  test('a site key works where a browser window exists', () => {
    (globalThis as { window?: unknown }).window = {};
    assert.equal(createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY }).keyKind, 'site');
  });

  test('checks the options with clear messages', () => {
    const cases: Array<[Parameters<typeof createClient>[0], RegExp]> = [
      [{ baseUrl: 'not a url', siteKey: SITE_KEY }, /baseUrl "not a url" is not a URL/],
      [{ baseUrl: 'ftp://contact.test', siteKey: SITE_KEY }, /must use https/],
      [{ baseUrl: 'https://contact.test/?key=1', siteKey: SITE_KEY }, /must not carry a query/],
      [{ baseUrl: BASE_URL }, /needs a key/],
      [{ baseUrl: BASE_URL, siteKey: SITE_KEY, secretKey: SECRET_KEY }, /not both/],
      [{ baseUrl: BASE_URL, siteKey: SECRET_KEY }, /siteKey holds a secret key/],
      [{ baseUrl: BASE_URL, secretKey: SITE_KEY }, /secretKey holds a publishable key/],
      [{ baseUrl: BASE_URL, siteKey: 'health' }, /starting with "pk_"/],
      [{ baseUrl: BASE_URL, siteKey: SITE_KEY, timeoutMs: 0 }, /timeoutMs/],
      [{ baseUrl: BASE_URL, siteKey: SITE_KEY, retry: -1 }, /retry must be a whole number/],
      [{ baseUrl: BASE_URL, siteKey: SITE_KEY, retry: { backoffMs: 1.5 } }, /retry\.backoffMs/],
      [{ baseUrl: BASE_URL, siteKey: SITE_KEY, locale: 'English' }, /locale must be a language tag/],
    ];
    for (const [options, message] of cases) {
      assert.match(configurationError(() => createClient(options)).message, message);
    }
  });

  test('sends the site key as X-Site-Key, Accept-Language from locale, and resolves paths under the base URL', async () => {
    const { fetch, attempts } = fakeFetch(() => json(complaintCreated, 201));
    const client = createClient({ baseUrl: 'https://gov.example/contact-api', siteKey: SITE_KEY, fetch, locale: 'fr' });
    await client.complaints.create(complaint);
    const { request } = attempts[0]!;
    assert.equal(request.url, 'https://gov.example/contact-api/v1/complaints');
    assert.equal(request.headers.get(HEADERS.siteKey), SITE_KEY);
    assert.equal(request.headers.get('Authorization'), null);
    assert.equal(request.headers.get('Accept-Language'), 'fr');
    assert.match(request.headers.get('Content-Type') ?? '', /^application\/json/);
  });

  test('sends the secret key as a Bearer token, never as X-Site-Key', async () => {
    const { fetch, attempts } = fakeFetch(() => json({ items: [], nextCursor: null }));
    const client = createClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY, fetch, userAgent: 'report-tool/1.0' });
    await client.agent.tickets.list({ status: 'received', limit: 10 });
    const { request } = attempts[0]!;
    assert.equal(request.headers.get('Authorization'), `Bearer ${SECRET_KEY}`);
    assert.equal(request.headers.get(HEADERS.siteKey), null);
    assert.equal(request.headers.get('User-Agent'), 'report-tool/1.0');
    assert.equal(request.url, `${BASE_URL}/v1/agent/tickets?status=received&limit=10`);
  });

  test('agent and stats methods on a site-key client fail before any request', async () => {
    const { fetch, attempts } = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch });
    const calls = [
      () => client.agent.tickets.list(),
      () => client.agent.tickets.get(REFERENCE),
      () => client.agent.tickets.updateStatus(REFERENCE, { status: 'assigned' }),
      () => client.agent.tickets.reroute(REFERENCE, { entity: 'hospital-services' }),
      () => client.stats.get(),
    ];
    for (const call of calls) {
      const error = await call().catch((e: unknown) => e);
      assert.ok(isConfigurationError(error), String(error));
      assert.match(error.message, /needs a secret key \(sk_…\)/);
    }
    assert.equal(attempts.length, 0);
  });

  test('the citizen ticket lookup on a secret-key client points to the agent method', async () => {
    const { fetch, attempts } = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY, fetch });
    const error = await client.tickets.get(REFERENCE, { verifier: 'ana@example.com' }).catch((e: unknown) => e);
    assert.ok(isConfigurationError(error));
    assert.match(error.message, /client\.agent\.tickets\.get/);
    assert.equal(attempts.length, 0);
  });

  test('the verifier travels in X-Civic-Verifier, never in the URL', async () => {
    const { fetch, attempts } = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: false });
    await client.tickets.get(REFERENCE.toLowerCase().replaceAll('-', ' '), { verifier: ' ana@example.com ' }).catch(() => undefined);
    const { request } = attempts[0]!;
    assert.equal(request.url, `${BASE_URL}/v1/tickets/${REFERENCE}`, 'the reference is sent in canonical form');
    assert.equal(request.headers.get(HEADERS.verifier), 'ana@example.com');
    assert.ok(!request.url.includes('ana'));
  });

  test('uses the global fetch when none is given, called with globalThis as this', async () => {
    const original = globalThis.fetch;
    let receiver: unknown;
    globalThis.fetch = async function (this: unknown) {
      receiver = this;
      return json(complaintCreated, 201);
    } as typeof fetch;
    try {
      const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY });
      assert.deepEqual(await client.complaints.create(complaint), complaintCreated);
      assert.equal(receiver, globalThis);
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('createBaseClient', () => {
  test('checks the options as createClient does', () => {
    for (const options of [{ baseUrl: BASE_URL }, { baseUrl: 'not a url', siteKey: SITE_KEY }, { baseUrl: BASE_URL, siteKey: SECRET_KEY }]) {
      assert.equal(configurationError(() => createBaseClient(options)).message, configurationError(() => createClient(options)).message);
    }
  });

  test('use creates a resource on first use and returns the same one after, working like the full client', async () => {
    const { fetch, attempts } = fakeFetch(() => json(ticket));
    const client = createBaseClient({ baseUrl: 'https://gov.example/contact-api/', siteKey: SITE_KEY, fetch, locale: 'fr' });
    assert.equal(client.baseUrl, 'https://gov.example/contact-api/');
    assert.equal(client.keyKind, 'site');
    const tickets = client.use(TicketsResource);
    assert.ok(tickets instanceof TicketsResource);
    assert.equal(client.use(TicketsResource), tickets);
    assert.ok(client.use(ServicesResource) instanceof ServicesResource);
    assert.equal((await tickets.get(REFERENCE, { verifier: 'ana@example.com' })).reference, REFERENCE);
    const { request } = attempts[0]!;
    assert.equal(request.url, `https://gov.example/contact-api/v1/tickets/${REFERENCE}`);
    assert.equal(request.headers.get(HEADERS.siteKey), SITE_KEY);
    assert.equal(request.headers.get('Accept-Language'), 'fr');
  });

  test('each client has its own resources; on a full client use gives its own properties', () => {
    const options = { baseUrl: BASE_URL, secretKey: SECRET_KEY };
    assert.notEqual(createBaseClient(options).use(TicketsResource), createBaseClient(options).use(TicketsResource));
    const client = createClient(options);
    assert.equal(client.use(TicketsResource), client.tickets);
    assert.equal(client.use(AgentResource), client.agent);
    assert.equal(client.use(ServicesResource), client.services);
  });
});
