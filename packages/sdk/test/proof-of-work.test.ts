/**
 * The proof of work asked of public writes with a site key: the SDK fetches a challenge,
 * solves it and sends it, with nothing for the caller to do; a secret key never solves.
 * Against the in-memory contact centre of @civic-contact/mock with the proof of work on.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { HEADERS, PROBLEM_TYPES, type CallbackCreateRequest, type ComplaintCreateRequest } from '@civic-contact/contract';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import { createClient, isServerError } from '@civic-contact/sdk';
import { solveChallenge } from '../src/proof-of-work.ts';

const complaint: ComplaintCreateRequest = {
  service: 'health-clinic-services',
  subject: 'Waited five hours at the clinic',
  description: 'I arrived at 8am and was only seen after 1pm.',
  answers: { clinic: 'castries', visit_date: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10), issues: ['long_wait'], details: 'Nobody told us how long the wait would be or why.' },
  citizen: { email: 'ana@example.com' },
};
const callback: CallbackCreateRequest = {
  service: 'health-clinic-services',
  name: 'Ana',
  phone: '+17585550123',
  locale: 'en',
  reason: 'About my complaint',
  schedule: { type: 'asap' },
};
const FAST_RETRY = { limit: 2, backoffMs: 5, maxBackoffMs: 20 };

/** The mock behind a fetch that records each request's method, path and proof. */
async function setUp(options: { proofOfWork?: false; answer?: (request: Request, mock: MockContactCentre) => Promise<Response | undefined> } = {}) {
  const mock = await createMockContactCentre({ proofOfWork: options.proofOfWork ?? { maxNumber: 2000 } });
  const requests: { method: string; path: string; proof: string | null; key: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push({ method: request.method, path: new URL(request.url).pathname, proof: request.headers.get(HEADERS.proof), key: request.headers.get(HEADERS.idempotencyKey) });
    return (await options.answer?.(request, mock)) ?? mock.fetch(request);
  };
  const site = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site['health']!, fetch, retry: FAST_RETRY });
  const secret = createClient({ baseUrl: mock.baseUrl, secretKey: mock.keys.secret['health']!, fetch });
  const path = (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path);
  return { mock, site, secret, requests, path };
}

/** The proof a request carried, decoded, checked as the contact centre checks it. */
function decode(proof: string | null): { number: number; challenge: string } {
  assert.ok(proof, 'the request carried a proof');
  const solution = JSON.parse(atob(proof)) as { algorithm: string; challenge: string; number: number; salt: string; signature: string };
  assert.equal(solution.algorithm, 'SHA-256');
  assert.equal(createHash('sha256').update(`${solution.salt}${solution.number}`).digest('hex'), solution.challenge);
  return solution;
}

describe('proof of work', () => {
  test('the solver finds the number behind a challenge, whatever the length of the salt', async () => {
    for (const salt of ['s', 'f'.repeat(64) + '?expires=1764950000&ministry=health&', 'x'.repeat(130)]) {
      for (const number of [0, 9, 10, 4321]) {
        const challenge = createHash('sha256').update(`${salt}${number}`).digest('hex');
        assert.equal(await solveChallenge({ challenge, salt, maxnumber: 5000 }), number);
      }
    }
    const none = createHash('sha256').update('s5001').digest('hex');
    assert.equal(await solveChallenge({ challenge: none, salt: 's', maxnumber: 5000 }), null);
  });

  test('the solver yields while it works, and stops when its signal aborts', async () => {
    const salt = 'y'.repeat(64);
    const challenge = createHash('sha256').update(`${salt}3000000`).digest('hex');
    const controller = new AbortController();
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks++;
      if (ticks === 3) controller.abort(new Error('stopped'));
    }, 1);
    await assert.rejects(solveChallenge({ challenge, salt, maxnumber: 3_000_000 }, controller.signal), /stopped/);
    clearInterval(ticking);
    assert.ok(ticks >= 3, 'timers ran while it solved');
  });

  test('a complaint with a site key is filed with a proof, nothing asked of the caller', async () => {
    const { site, path } = await setUp();
    const created = await site.complaints.create(complaint);
    assert.match(created.reference, /^MOH-/);
    const posts = path('POST', '/v1/complaints');
    // Not told yet that the centre asks for proofs, the client learns it from the refusal, once.
    assert.equal(posts.length, 2);
    assert.equal(posts[0]!.proof, null);
    decode(posts[1]!.proof);
    assert.equal(posts[0]!.key, posts[1]!.key);
    // From then on each write fetches its challenge first.
    await site.complaints.create(complaint);
    assert.equal(path('POST', '/v1/complaints').length, 3);
    assert.equal(path('GET', '/v1/challenge').length, 2);
    assert.notEqual(decode(path('POST', '/v1/complaints')[2]!.proof).challenge, decode(posts[1]!.proof).challenge);
  });

  test('prepareProof solves ahead: the write goes once, with the proof ready', async () => {
    const { site, path, requests } = await setUp();
    site.prepareProof();
    site.prepareProof();
    const started = performance.now();
    while (path('GET', '/v1/challenge').length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    assert.ok(performance.now() - started < 5000);
    await site.callbacks.create(callback);
    assert.equal(path('GET', '/v1/challenge').length, 1, 'one proof prepared, however often asked');
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/challenge', 'POST /v1/callbacks'],
    );
    decode(path('POST', '/v1/callbacks')[0]!.proof);
  });

  test('an upload carries a proof of its own', async () => {
    const { site, path } = await setUp();
    site.prepareProof();
    const file = new Blob(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], { type: 'application/pdf' });
    await site.attachments.upload({ service: 'health-clinic-services', file, filename: 'a.pdf' });
    await site.attachments.upload({ service: 'health-clinic-services', file, filename: 'b.pdf' });
    const [first, second] = path('POST', '/v1/attachments');
    assert.notEqual(decode(first!.proof).challenge, decode(second!.proof).challenge);
  });

  test('retries after a lost answer carry the same proof and key, and the complaint is filed once', async () => {
    let posts = 0;
    const { site, path, mock } = await setUp({
      answer: async (request, mock) => {
        if (request.method !== 'POST' || !request.url.endsWith('/v1/complaints') || !request.headers.has(HEADERS.proof)) return undefined;
        posts++;
        if (posts > 2) return undefined;
        // The contact centre files it, but the answer never arrives.
        await (await mock.fetch(request)).body?.cancel();
        throw new TypeError('fetch failed');
      },
    });
    site.prepareProof();
    const created = await site.complaints.create(complaint);
    const proven = path('POST', '/v1/complaints');
    assert.equal(proven.length, 3);
    assert.equal(new Set(proven.map((r) => r.proof)).size, 1);
    assert.equal(new Set(proven.map((r) => r.key)).size, 1);
    const list = await createClient({ baseUrl: mock.baseUrl, secretKey: mock.keys.secret['health']!, fetch: mock.fetch }).agent.tickets.list({ limit: 100 });
    assert.deepEqual(list.items.map((item) => item.reference), [created.reference]);
  });

  test('the same key on a later call (an outbox retrying) carries the proof of its first call', async () => {
    const { site, path } = await setUp();
    site.prepareProof();
    const first = await site.complaints.create(complaint, { idempotencyKey: 'outbox-entry-0001' });
    const again = await site.complaints.create(complaint, { idempotencyKey: 'outbox-entry-0001' });
    assert.deepEqual(again, first);
    const posts = path('POST', '/v1/complaints');
    assert.equal(posts[0]!.proof, posts[1]!.proof);
    assert.equal(path('GET', '/v1/challenge').length, 1);
  });

  test('a proof refused as used or expired gets one fresh solve and retry; a second refusal is a failure to try again, not a request to correct', async () => {
    let refusals = 1;
    const refuse = () =>
      new Response(JSON.stringify({ type: PROBLEM_TYPES.proofRequired, title: 'Proof of work needed', status: 400, detail: 'This proof of work expired.' }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    const { site, path } = await setUp({
      answer: async (request) => (request.method === 'POST' && refusals-- > 0 ? refuse() : undefined),
    });
    site.prepareProof();
    await site.complaints.create(complaint);
    const posts = path('POST', '/v1/complaints');
    assert.equal(posts.length, 2);
    assert.notEqual(decode(posts[0]!.proof).challenge, decode(posts[1]!.proof).challenge);

    refusals = 2;
    const error = await site.complaints.create(complaint).catch((e: unknown) => e);
    assert.ok(isServerError(error) && error.problemType === PROBLEM_TYPES.proofRequired && error.status === 400, String(error));
    assert.match(error.message, /Nothing was stored; try again/);
    assert.equal(path('POST', '/v1/complaints').length, 4);
  });

  test('a secret key never solves: no challenge is fetched, and the centre asks for none', async () => {
    const { secret, requests } = await setUp();
    secret.prepareProof();
    await secret.complaints.create({ ...complaint, channel: 'phone' });
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path} ${r.proof}`),
      ['POST /v1/complaints null'],
    );
  });

  test('a contact centre that asks for no proof is asked for a challenge once, and writes go without', async () => {
    const { site, requests } = await setUp({ proofOfWork: false });
    site.prepareProof();
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await site.complaints.create(complaint);
    site.prepareProof();
    await site.complaints.create(complaint);
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path} ${r.proof}`),
      ['GET /v1/challenge null', 'POST /v1/complaints null', 'POST /v1/complaints null'],
    );
  });
});
