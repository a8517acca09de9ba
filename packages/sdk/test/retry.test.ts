import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS } from '@civic-contact/contract';
import {
  createClient,
  isNetworkError,
  isRateLimitedError,
  isServerError,
  isTimeoutError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from '@civic-contact/sdk';
import { DEFAULT_RETRY_POLICY, retryDelay } from '../src/retry.ts';
import { BASE_URL, complaint, complaintCreated, fakeFetch, FAST_RETRY, hangingFetch, json, problem, SITE_KEY, ticket, REFERENCE } from './helpers.ts';

describe('retries', () => {
  test('a complaint survives two network failures: one success, and every attempt carried the same Idempotency-Key', async () => {
    const { fetch, attempts } = fakeFetch((_request, attempt) => {
      if (attempt <= 2) throw new TypeError('fetch failed');
      return json(complaintCreated, 201);
    });
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });

    const created = await client.complaints.create(complaint);

    assert.equal(created.reference, complaintCreated.reference);
    assert.equal(attempts.length, 3);
    const keys = attempts.map((a) => a.request.headers.get(HEADERS.idempotencyKey));
    assert.match(keys[0] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(new Set(keys).size, 1);
    assert.ok(attempts.every((a) => a.request.method === 'POST' && a.request.url === `${BASE_URL}/v1/complaints`));
    assert.ok(attempts.every((a) => JSON.parse(a.body).subject === complaint.subject), 'every attempt resends the body');
  });

  test("a caller's own Idempotency-Key is sent on every attempt", async () => {
    const { fetch, attempts } = fakeFetch((_request, attempt) => (attempt === 1 ? problem(503, { type: 'x' }) : json(complaintCreated, 201)));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    await client.complaints.create(complaint, { idempotencyKey: 'outbox-entry-42' });
    assert.deepEqual(attempts.map((a) => a.request.headers.get(HEADERS.idempotencyKey)), ['outbox-entry-42', 'outbox-entry-42']);
  });

  test('two separate create calls use two different keys', async () => {
    const { fetch, attempts } = fakeFetch(() => json(complaintCreated, 201));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch });
    await client.complaints.create(complaint);
    await client.complaints.create(complaint);
    assert.notEqual(attempts[0]!.request.headers.get(HEADERS.idempotencyKey), attempts[1]!.request.headers.get(HEADERS.idempotencyKey));
  });

  test('a 429 with Retry-After: 1 is waited out, then succeeds', async () => {
    const { fetch, attempts } = fakeFetch((_request, attempt) =>
      attempt === 1 ? problem(429, { type: 'urn:civic-contact:problem:rate-limited', retryAfter: 1 }, { 'Retry-After': '1' }) : json(ticket),
    );
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const started = performance.now();
    const result = await client.tickets.get(REFERENCE, { verifier: 'ana@example.com' });
    const waited = performance.now() - started;
    assert.equal(result.reference, REFERENCE);
    assert.equal(attempts.length, 2);
    assert.ok(waited >= 950, `waited ${waited} ms, expected about 1000`);
  });

  test('a 429 asking for longer than maxRetryAfterSeconds surfaces at once as RateLimitedError with retryAfter', async () => {
    const { fetch, attempts } = fakeFetch(() => problem(429, { type: 'urn:civic-contact:problem:rate-limited' }, { 'Retry-After': '3600' }));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const started = performance.now();
    const error = await client.tickets.get(REFERENCE, { verifier: 'ana@example.com' }).then(
      () => assert.fail('expected a RateLimitedError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof RateLimitedError);
    assert.ok(isRateLimitedError(error));
    assert.equal(error.retryAfter, 3600);
    assert.equal(error.status, 429);
    assert.match(error.message, /3600 seconds/);
    assert.equal(attempts.length, 1);
    assert.ok(performance.now() - started < 500);
  });

  test('Retry-After as an HTTP date gives retryAfter in seconds', async () => {
    const at = new Date(Date.now() + 2 * 3600 * 1000).toUTCString();
    const { fetch } = fakeFetch(() => problem(429, { type: 'urn:civic-contact:problem:rate-limited' }, { 'Retry-After': at }));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isRateLimitedError(error));
    assert.ok(error.retryAfter !== undefined && error.retryAfter > 7100 && error.retryAfter <= 7200, String(error.retryAfter));
  });

  test("without a Retry-After header a 503's problem retryAfter is waited out", async () => {
    const { fetch, attempts } = fakeFetch((_request, attempt) => (attempt === 1 ? problem(503, { type: 'x', retryAfter: 1 }) : json(ticket)));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const started = performance.now();
    await client.tickets.get(REFERENCE, { verifier: 'ana@example.com' });
    const waited = performance.now() - started;
    assert.equal(attempts.length, 2);
    assert.ok(waited >= 950, `waited ${waited} ms, expected about 1000`);
  });

  test("without a Retry-After header the problem's retryAfter is reported", async () => {
    const { fetch, attempts } = fakeFetch(() => problem(429, { type: 'urn:civic-contact:problem:rate-limited', retryAfter: 30 }));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const error = await client.faq.feedback('booking', { helpful: true }).catch((e: unknown) => e);
    assert.ok(isRateLimitedError(error));
    assert.equal(error.retryAfter, 30);
    assert.equal(attempts.length, 1, 'a POST without an idempotency key is not retried');
  });

  test('a POST without an Idempotency-Key (FAQ feedback) is not retried on a network error', async () => {
    const { fetch, attempts } = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const error = await client.faq.feedback('booking', { helpful: false, comment: 'Too vague' }).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(isNetworkError(error));
    assert.ok(error.cause instanceof TypeError);
    assert.match(error.message, /contact\.test/);
    assert.equal(attempts.length, 1);
    assert.equal(attempts[0]!.request.headers.get(HEADERS.idempotencyKey), null);
  });

  test('a GET is retried on network errors up to the limit, then NetworkError', async () => {
    const { fetch, attempts } = fakeFetch(() => {
      throw new TypeError('boom: socket hang up');
    });
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: { ...FAST_RETRY, limit: 3 } });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isNetworkError(error));
    assert.equal(attempts.length, 4);
  });

  test('a non-JSON 502 is retried and then surfaces as ServerError', async () => {
    const { fetch, attempts } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.ok(isServerError(error));
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.match(error.message, /502/);
    assert.equal(attempts.length, 3);
  });

  test('DELETE (callback cancellation) is retried', async () => {
    const callback = {
      reference: REFERENCE,
      service: 'health-clinic-services',
      status: 'cancelled',
      slot: null,
      timeZone: 'America/St_Lucia',
      locale: 'en',
      createdAt: '2026-03-02T14:00:00Z',
    };
    const { fetch, attempts } = fakeFetch((_request, attempt) => (attempt === 1 ? problem(500, { type: 'x' }) : json(callback)));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const result = await client.callbacks.cancel(REFERENCE, { verifier: '+17585550123' });
    assert.equal(result.status, 'cancelled');
    assert.equal(attempts.length, 2);
    assert.ok(attempts.every((a) => a.request.method === 'DELETE' && a.request.headers.get(HEADERS.verifier) === '+17585550123'));
    assert.ok(!attempts[0]!.request.url.includes('5550123'), 'the verifier is never in the URL');
  });

  test('validation and conflict answers are never retried', async () => {
    for (const status of [400, 404, 409, 422]) {
      const { fetch, attempts } = fakeFetch(() => problem(status, { type: 'x' }));
      const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
      await client.complaints.create(complaint).catch(() => undefined);
      assert.equal(attempts.length, 1, `status ${status}`);
    }
  });

  test('retry: false makes one attempt only', async () => {
    const { fetch, attempts } = fakeFetch(() => problem(503, { type: 'x' }));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: false });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isServerError(error));
    assert.equal(attempts.length, 1);
  });
});

describe('timeouts and aborts', () => {
  test('an attempt that gets no answer within timeoutMs ends in TimeoutError', async () => {
    const { fetch, attempts } = hangingFetch();
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, timeoutMs: 30, retry: FAST_RETRY });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isTimeoutError(error), String(error));
    assert.equal(error.timeoutMs, 30);
    assert.match(error.message, /0\.03 seconds/);
    assert.equal(attempts.length, 3, 'each attempt gets its own timeout');
  });

  test('the timeout covers reading the body: a response whose body never ends is a TimeoutError', { timeout: 5000 }, async () => {
    const { fetch, attempts } = fakeFetch(() => new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{')) })));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, timeoutMs: 30, retry: false });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isTimeoutError(error), String(error));
    assert.equal(attempts.length, 1);
  });

  test('a fetch that ignores the abort signal still times out', { timeout: 5000 }, async () => {
    const { fetch } = fakeFetch(() => new Promise<Response>(() => {}));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, timeoutMs: 30, retry: false });
    const error = await client.services.list().catch((e: unknown) => e);
    assert.ok(isTimeoutError(error), String(error));
  });

  test("the caller's abort is rethrown untouched as its AbortError, without retry", async () => {
    const controller = new AbortController();
    const { fetch, attempts } = hangingFetch(() => setTimeout(() => controller.abort(), 5));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: FAST_RETRY });
    const error = await client.complaints.create(complaint, { signal: controller.signal }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(error, controller.signal.reason);
    assert.equal(attempts.length, 1);
  });

  test('an abort during the backoff wait stops the retries', async () => {
    const controller = new AbortController();
    const { fetch, attempts } = fakeFetch(() => {
      setTimeout(() => controller.abort(), 10);
      throw new TypeError('fetch failed');
    });
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: { limit: 2, backoffMs: 1000, maxBackoffMs: 1000 } });
    const error = await client.services.list({ signal: controller.signal }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException && error.name === 'AbortError', String(error));
    assert.equal(attempts.length, 1);
  });

  test('an already aborted signal sends nothing', async () => {
    const { fetch, attempts } = fakeFetch(() => json(ticket));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch });
    const error = await client.services.list({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
    assert.equal(attempts.length, 0);
  });
});

describe('retry delays', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, backoffMs: 100, maxBackoffMs: 1000 };
  const offline = new NetworkError('m', { cause: new TypeError('fetch failed') });

  test('backoff is full jitter under an exponential cap: random(0, min(maxBackoffMs, backoffMs × 2^(n−1)))', (t) => {
    t.mock.method(Math, 'random', () => 0.5);
    assert.deepEqual([1, 2, 3, 4, 5].map((n) => retryDelay(policy, offline, n)), [50, 100, 200, 400, 500]);
    t.mock.method(Math, 'random', () => 0);
    assert.equal(retryDelay(policy, new TimeoutError('m', 30), 1), 0);
  });

  test('a Retry-After is waited exactly up to maxRetryAfterSeconds, and a longer one is final', () => {
    assert.equal(retryDelay(policy, new RateLimitedError('m', 60, { status: 429 }), 1), 60_000);
    assert.equal(retryDelay(policy, new ServerError('m', 0, { status: 503 }), 2), 0);
    assert.equal(retryDelay(policy, new RateLimitedError('m', 61, { status: 429 }), 1), undefined);
  });

  test('answers about the request itself, and errors fetch does not fail with, are final', () => {
    assert.equal(retryDelay(policy, new NotFoundError('m', { status: 404 }), 1), undefined);
    assert.equal(retryDelay(policy, new NetworkError('m', { cause: new RangeError('a bug in a custom fetch') }), 1), undefined);
    assert.ok(retryDelay(policy, new ServerError('m', undefined, { status: 502 }), 1) !== undefined);
  });
});
