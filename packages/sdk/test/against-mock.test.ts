/**
 * The SDK against the in-memory contact centre of @civic-contact/mock: the same HTTP
 * binding as the reference server, reached through the mock's `fetch`, no network.
 * Every endpoint's happy path, and every error class produced for real.
 */
import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS, PROBLEM_TYPES, type ComplaintCreateRequest } from '@civic-contact/contract';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import {
  createClient,
  isAuthError,
  isConfigurationError,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isRateLimitedError,
  isValidationError,
  type CivicContactClient,
} from '@civic-contact/sdk';

const SERVICE = 'health-clinic-services';
const FAST_RETRY = { limit: 2, backoffMs: 5, maxBackoffMs: 20 };

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function complaintBody(subject = 'Waited five hours at the clinic'): ComplaintCreateRequest {
  return {
    service: SERVICE,
    subject,
    description: 'I arrived at 8am with my daughter and we were only seen after 1pm.',
    answers: {
      clinic: 'castries',
      visit_date: daysAgo(3),
      issues: ['long_wait'],
      details: 'Nobody told us how long the wait would be or why.',
    },
    citizen: { name: 'Ana Joseph', email: 'ana@example.com', phone: '+17585550123' },
    locale: 'en',
  };
}

let mock: MockContactCentre;
let site: CivicContactClient;
let agent: CivicContactClient;

/** A client on the mock; `fetch` may wrap the mock's. */
function clientWith(key: { siteKey: string } | { secretKey: string }, fetch: typeof globalThis.fetch = mock.fetch): CivicContactClient {
  return createClient({ baseUrl: mock.baseUrl, fetch, retry: FAST_RETRY, ...key });
}

beforeEach(async () => {
  mock = await createMockContactCentre();
  site = clientWith({ siteKey: mock.keys.site['health']! });
  agent = clientWith({ secretKey: mock.keys.secret['health']! });
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe('against the mock: happy paths', () => {
  test('services.list gives the ministry behind the key and its services', async () => {
    const { ministry, services } = await site.services.list();
    assert.equal(ministry.id, 'health');
    assert.equal(ministry.code, 'MOH');
    assert.ok(services.some((service) => service.id === SERVICE));
    assert.ok(services.every((service) => service.ministryId === 'health'));
  });

  test('a complaint is filed, then its citizen looks it up with the email they gave', async () => {
    const created = await site.complaints.create(complaintBody());
    assert.match(created.reference, /^MOH-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(created.status, 'received');

    const ticket = await site.tickets.get(created.reference.toLowerCase(), { verifier: 'ana@example.com' });
    assert.equal(ticket.reference, created.reference);
    assert.equal(ticket.status, 'received');
    assert.equal(ticket.service.id, SERVICE);
    assert.equal(ticket.timeline[0]?.kind, 'created');
  });

  test('an uploaded attachment is cited in a complaint and reaches the agent', async () => {
    const pdf = new Blob(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], { type: 'application/pdf' });
    const attachment = await site.attachments.upload({ service: SERVICE, file: pdf, filename: 'referral.pdf' });
    assert.match(attachment.id, /^att_/);
    assert.equal(attachment.contentType, 'application/pdf');
    assert.equal(attachment.filename, 'referral.pdf');
    assert.equal(attachment.size, pdf.size);

    const { reference } = await site.complaints.create({ ...complaintBody(), attachments: [attachment.id] });
    const full = await agent.agent.tickets.get(reference);
    assert.deepEqual(full.attachments.map((a) => a.id), [attachment.id]);
  });

  test('a callback is booked in a free slot and cancelled with the phone number', async () => {
    const slots = await site.callbacks.slots({ service: SERVICE, days: 14 });
    assert.equal(slots.service, SERVICE);
    assert.equal(slots.days.length, 14);
    const slot = slots.days.flatMap((day) => day.slots).find((s) => s.remaining > 0 && Date.parse(s.start) > Date.now());
    assert.ok(slot, 'a free slot in the next two weeks');

    const booked = await site.callbacks.create({
      service: SERVICE,
      name: 'Ana Joseph',
      phone: '+17585550123',
      locale: 'fr',
      reason: 'I want to talk about my complaint.',
      schedule: { type: 'slot', start: slot.start },
    });
    assert.equal(booked.status, 'scheduled');
    assert.equal(booked.slot?.start, slot.start);

    const cancelled = await site.callbacks.cancel(booked.reference, { verifier: '+17585550123' });
    assert.equal(cancelled.reference, booked.reference);
    assert.equal(cancelled.status, 'cancelled');
  });

  test('"as soon as possible" callbacks are booked without a slot', async () => {
    const booked = await site.callbacks.create({
      service: SERVICE,
      name: 'Ana Joseph',
      phone: '+17585550123',
      locale: 'en',
      reason: 'Please call me back.',
      schedule: { type: 'asap' },
    });
    assert.equal(booked.slot, null);
  });

  test('FAQ search, article and feedback', async () => {
    const results = await site.faq.search({ q: 'vacination', limit: 3 });
    assert.ok(results.hits.length > 0, 'a typo still finds vaccination FAQs');
    assert.ok(results.hits.length <= 3);
    const first = results.hits[0]!;
    const article = await site.faq.get(first.id, { lang: 'fr' });
    assert.equal(article.id, first.id);
    assert.equal(article.lang, 'fr');
    const feedback = await site.faq.feedback(first.id, { helpful: true });
    assert.deepEqual(feedback, { id: first.id, recorded: true });
  });

  test('an agent lists, reads, moves and re-routes a ticket, and the citizen sees the public note', async () => {
    const { reference } = await site.complaints.create(complaintBody());
    const list = await agent.agent.tickets.list({ status: 'received', service: SERVICE });
    assert.ok(list.items.some((item) => item.reference === reference));

    const full = await agent.agent.tickets.get(reference);
    assert.equal(full.citizen.email, 'ana@example.com');
    assert.equal(full.answers['clinic'], 'castries');

    const assigned = await agent.agent.tickets.updateStatus(reference, { status: 'assigned', note: 'A nurse manager will look into this.' });
    assert.equal(assigned.status, 'assigned');
    const rerouted = await agent.agent.tickets.reroute(reference, { entity: 'patient-relations', note: 'Passed to Patient Relations.' });
    assert.equal(rerouted.entityId, 'patient-relations');

    const seen = await site.tickets.get(reference, { verifier: '+17585550123' });
    assert.equal(seen.status, 'assigned');
    assert.equal(seen.entity.id, 'patient-relations');
    assert.ok(seen.timeline.some((entry) => entry.note === 'A nurse manager will look into this.'));
  });

  test('stats count the filed complaints', async () => {
    const before = await agent.stats.get();
    await site.complaints.create(complaintBody());
    const after = await agent.stats.get();
    assert.equal(after.ministryId, 'health');
    assert.equal(after.overall.received, before.overall.received + 1);
  });
});

describe('against the mock: errors produced for real', () => {
  test('422 lists every field the service definition refuses', async () => {
    const body = complaintBody();
    const error = await rejection(
      site.complaints.create({ ...body, answers: { visit_date: daysAgo(-30), issues: ['long_wait'], details: 'Too short' } }),
    );
    assert.ok(isValidationError(error), String(error));
    assert.equal(error.status, 422);
    assert.equal(error.problemType, PROBLEM_TYPES.validation);
    assert.deepEqual(error.fieldErrors('answers.clinic').map((e) => e.code), ['required']);
    assert.deepEqual(error.fieldErrors('answers.visit_date').map((e) => e.code), ['date_in_future']);
    assert.deepEqual(error.fieldErrors('answers.details').map((e) => e.code), ['too_short']);
  });

  test('a body the SDK refuses before sending reads the same as the contact centre’s 422 for it', async () => {
    const bad = {
      ...complaintBody(),
      subject: '   ',
      description: 'x'.repeat(5001),
      citizen: { email: 'not-an-email', phone: '555-0123' },
      channel: 'fax',
      extra: true,
    };
    const { service: _omitted, ...withoutService } = bad;
    for (const body of [bad, withoutService]) {
      const refused = await rejection(site.complaints.create(body as never));
      assert.ok(isValidationError(refused), String(refused));
      assert.equal(refused.status, undefined, 'refused by the SDK, not by the contact centre');

      const response = await mock.fetch(`${mock.baseUrl}/v1/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HEADERS.siteKey]: mock.keys.site['health']!, [HEADERS.idempotencyKey]: crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 422);
      const problem = (await response.json()) as { errors: unknown[] };
      assert.ok(problem.errors.length >= 5);
      assert.deepEqual(refused.errors, problem.errors);
    }
  });

  test('404 for a wrong verifier, exactly as for an unknown reference', async () => {
    const { reference } = await site.complaints.create(complaintBody());
    const wrongVerifier = await rejection(site.tickets.get(reference, { verifier: 'someone@example.com' }));
    assert.ok(isNotFoundError(wrongVerifier));
    assert.equal(wrongVerifier.status, 404);
  });

  test('409 for an illegal status transition', async () => {
    const { reference } = await site.complaints.create(complaintBody());
    const error = await rejection(agent.agent.tickets.updateStatus(reference, { status: 'closed' }));
    assert.ok(isConflictError(error), String(error));
    assert.equal(error.problemType, PROBLEM_TYPES.illegalTransition);
  });

  test('409 when a callback slot is full', async () => {
    const { ministry } = await site.services.list();
    const slots = await site.callbacks.slots({ service: SERVICE, days: 14 });
    const slot = slots.days.flatMap((day) => day.slots).find((s) => s.remaining === ministry.callbackCapacity && Date.parse(s.start) > Date.now());
    assert.ok(slot);
    const book = (n: number) =>
      site.callbacks.create({
        service: SERVICE,
        name: `Caller ${n}`,
        phone: `+1758555010${n}`,
        locale: 'en',
        reason: 'About my complaint',
        schedule: { type: 'slot', start: slot.start },
      });
    for (let n = 0; n < ministry.callbackCapacity; n++) await book(n);
    const error = await rejection(book(9));
    assert.ok(isConflictError(error), String(error));
    assert.equal(error.problemType, PROBLEM_TYPES.slotFull);
  });

  test('409 when an Idempotency-Key is reused with a different body', async () => {
    await site.complaints.create(complaintBody('First'), { idempotencyKey: 'outbox-entry-0001' });
    const error = await rejection(site.complaints.create(complaintBody('Second'), { idempotencyKey: 'outbox-entry-0001' }));
    assert.ok(isConflictError(error), String(error));
    assert.equal(error.problemType, PROBLEM_TYPES.idempotencyConflict);
  });

  test('429 after repeated lookups, with the wait to respect and without sleeping through it', async () => {
    const { reference } = await site.complaints.create(complaintBody());
    let error: unknown;
    for (let attempt = 0; attempt < 30 && !isRateLimitedError(error); attempt++) {
      error = await rejection(site.tickets.get(reference, { verifier: `guess${attempt}@example.com` }));
      if (!isRateLimitedError(error)) assert.ok(isNotFoundError(error), String(error));
    }
    assert.ok(isRateLimitedError(error), 'lookups are rate limited');
    assert.equal(error.status, 429);
    assert.ok(error.retryAfter !== undefined && error.retryAfter > 0);
  });

  test('401 for an unknown key', async () => {
    const stranger = clientWith({ siteKey: 'pk_test_nobody' });
    const error = await rejection(stranger.services.list());
    assert.ok(isAuthError(error), String(error));
    assert.equal(error.status, 401);
  });

  test('403 for a site key on an agent endpoint', async () => {
    // The SDK itself refuses before sending…
    const refused = await rejection(site.agent.tickets.list());
    assert.ok(isConfigurationError(refused));
    // …so put the site key on the wire by hand to see the contact centre's own answer.
    const siteKeyOnTheWire: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      headers.delete(HEADERS.authorization);
      headers.set(HEADERS.siteKey, mock.keys.site['health']!);
      return mock.fetch(new Request(request, { headers }));
    };
    const error = await rejection(clientWith({ secretKey: mock.keys.secret['health']! }, siteKeyOnTheWire).agent.tickets.list());
    assert.ok(isForbiddenError(error), String(error));
    assert.equal(error.status, 403);
  });
});

describe('against the mock: idempotent retries', () => {
  test('fetch fails twice, then succeeds: exactly one complaint, filed under one Idempotency-Key', async () => {
    const subject = 'Lost connection while filing';
    const keys: Array<string | null> = [];
    let attempts = 0;
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !request.url.endsWith('/v1/complaints')) return mock.fetch(request);
      attempts++;
      keys.push(request.headers.get(HEADERS.idempotencyKey));
      // The first attempt reaches the centre but its answer is lost; the second never gets there.
      if (attempts === 1) {
        await mock.fetch(request);
        throw new TypeError('fetch failed');
      }
      if (attempts === 2) throw new TypeError('fetch failed');
      return mock.fetch(request);
    };
    const created = await clientWith({ siteKey: mock.keys.site['health']! }, flaky).complaints.create(complaintBody(subject));

    assert.equal(attempts, 3);
    assert.equal(keys.length, 3);
    assert.ok(keys[0]);
    assert.deepEqual(new Set(keys), new Set([keys[0]]));
    const { items } = await agent.agent.tickets.list({ limit: 100 });
    const filed = items.filter((item) => item.subject === subject);
    assert.equal(filed.length, 1, 'exactly one ticket was created');
    assert.equal(filed[0]!.reference, created.reference);
  });
});
