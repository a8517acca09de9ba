/**
 * The contract cases, written once and run against every implementation of the v1 HTTP
 * contract: the mock (`against-mock.test.ts`) and the reference server
 * (`packages/server/test/contract.test.ts`). Each case drives the SDK over HTTP, or raw
 * `fetch` where the SDK would refuse the request before sending it; nothing reaches into
 * the implementation's storage.
 *
 * The last case checks coverage against the OpenAPI document: every error status declared
 * for an operation was produced by some case here, and no case produced a status the
 * document does not declare (beyond a named list of known gaps).
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  generateReference,
  HEADERS,
  LIMITS,
  parse,
  PROBLEM_TYPES,
  SATISFACTION_PROBLEM_TYPES,
  ProblemSchema,
  safeParse,
  type CallbackCreateRequest,
  type ComplaintCreateRequest,
  type Problem,
  type Challenge,
  type Slot,
} from '@civic-contact/contract';
import { buildOpenApiDocument } from '@civic-contact/contract/openapi';
import type { DemoKeys, LimitsConfig } from '@civic-contact/core';
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
import { solveChallenge } from '../src/proof-of-work.ts';

/** A running implementation of the contract, fresh for each case. */
export interface ContractTarget {
  /** Where the API answers, e.g. `http://127.0.0.1:43121`. */
  baseUrl: string;
  /** The `fetch` that reaches it; the global one when absent. */
  fetch?: typeof fetch;
  /** The demo keys it was seeded with. */
  keys: DemoKeys;
  close(): Promise<void>;
}

/** What the suite asks of {@link contractSuite}'s `open`. */
export interface ContractTargetOptions {
  /** The clock the contact centre must use: the suite moves it forward to reach time-bound rules. */
  now: () => Date;
  /** The proof of work asked of site-key writes (`ContactCentreOptions.proofOfWork`): none but in the cases about it. */
  proofOfWork: { maxNumber: number } | false;
  /** Write, booking and lookup limits (`ContactCentreOptions.limits`): the defaults but in the cases about them. */
  limits: LimitsConfig | undefined;
}

const SERVICE = 'health-clinic-services';
/** A health service that takes no attachments. */
const SERVICE_WITHOUT_ATTACHMENTS = 'health-hospital-waiting-times';
/** A health service without callbacks that takes images only. */
const IMAGES_ONLY_NO_CALLBACKS = 'health-environmental-concern';
const CLINIC_MAX_BYTES = 5 * 1024 * 1024;
const PHONE = '+17585550123';
const EMAIL = 'ana@example.com';
/** Retries stay on (as in a real client) but never sleep, and a `Retry-After` fails fast. */
const FAST_RETRY = { limit: 2, backoffMs: 5, maxBackoffMs: 20, maxRetryAfterSeconds: 0 };

/** Statuses the document declares everywhere that no request of a well-behaved client can cause. */
const NOT_PRODUCIBLE: ReadonlyArray<{ status: number; why: string; except?: readonly string[]; only?: readonly string[] }> = [
  { status: 500, why: 'an unexpected failure; the suite fails on any 5xx instead' },
  { status: 507, why: 'a full disk, which no request can cause; the server’s own tests fill one (server/test/operations.test.ts)' },
  {
    status: 503,
    why: 'a write whose transaction still conflicts with concurrent ones after its reruns, which no one request can cause; the HTTP binding’s test answers one (http/test/http-faults.test.ts)',
  },
  {
    status: 403,
    only: ['GET /v1/stats/public'],
    why: 'the public figures take every kind of key: only a site key sent from an origin it does not allow is refused, and the demo keys allow every origin; the server’s CORS test shows it (server/test/server.test.ts)',
  },
];


type Key = { site: string } | { secret: string };

interface Operation {
  method: string;
  path: string;
  /** `GET /v1/tickets/{reference}` */
  name: string;
  pattern: RegExp;
  auth: 'site' | 'secret' | 'either';
  declared: Set<number>;
}

function operationsOf(document: Record<string, unknown>): Operation[] {
  const paths = document.paths as Record<string, Record<string, { security: Array<Record<string, unknown>>; responses: Record<string, unknown> }>>;
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const schemes = new Set(operation.security.flatMap((entry) => Object.keys(entry)));
      operations.push({
        method: method.toUpperCase(),
        path,
        name: `${method.toUpperCase()} ${path}`,
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        auth: schemes.size === 2 ? 'either' : schemes.has('siteKey') ? 'site' : 'secret',
        declared: new Set(Object.keys(operation.responses).map(Number).filter((status) => status >= 400)),
      });
    }
  }
  // A literal segment wins over a parameter: /v1/faq/search is not /v1/faq/{id}.
  return operations.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
}

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
    citizen: { name: 'Ana Joseph', email: EMAIL, phone: PHONE },
    locale: 'en',
  };
}

function callbackBody(schedule: CallbackCreateRequest['schedule'], caller = 0): CallbackCreateRequest {
  return {
    service: SERVICE,
    name: `Caller ${caller}`,
    phone: `+1758555010${caller}`,
    locale: 'en',
    reason: 'I want to talk about my complaint.',
    schedule,
  };
}

const pdf = (size?: number) => {
  const head = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
  return new Blob(size === undefined ? [head] : [head, new Uint8Array(size - head.length)], { type: 'application/pdf' });
};
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A reference of the right shape whose check character is wrong. */
function mistyped(reference: string): string {
  const last = reference.at(-1)!;
  return reference.slice(0, -1) + (last === '7' ? '8' : '7');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

/**
 * Registers the contract cases under `describe('contract: <name>')`. `open` starts a fresh,
 * seeded implementation for each case (demo keys stored, the suite's clock in use) and its
 * `close` stops it.
 */
export function contractSuite(name: string, open: (options: ContractTargetOptions) => Promise<ContractTarget>): void {
  const operations = operationsOf(buildOpenApiDocument());
  /** `GET /v1/tickets/{reference} 404` → seen. */
  const seen = new Set<string>();
  /** Responses that broke the contract's rules for every response (5xx, errors that are not problem documents). */
  const violations: string[] = [];

  let target: ContractTarget;
  let keys: DemoKeys;
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  let proofOfWork: ContractTargetOptions['proofOfWork'] = false;
  let limits: ContractTargetOptions['limits'];

  /** The target's fetch, noting which operation answered which status, and checking every error is a problem document. */
  const recordingFetch: typeof fetch = async (input, init) => {
    const base = target.fetch ?? globalThis.fetch;
    const response = await base(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const operation = operations.find((op) => op.method === method && op.pattern.test(url.pathname));
    const where = `${method} ${url.pathname}`;
    if (operation) seen.add(`${operation.name} ${response.status}`);
    if (response.status >= 500) violations.push(`${where} answered ${response.status}`);
    if (response.status >= 400) {
      const type = response.headers.get('content-type');
      if (type !== 'application/problem+json') violations.push(`${where} ${response.status} came as ${type}`);
      const problem = safeParse(ProblemSchema, await response.clone().json().catch(() => undefined));
      if (!problem.success || problem.output.status !== response.status) violations.push(`${where} ${response.status}: not a matching problem document`);
    }
    return response;
  };

  function client(key: Key, fetch: typeof globalThis.fetch = recordingFetch): CivicContactClient {
    return createClient({
      baseUrl: target.baseUrl,
      fetch,
      retry: FAST_RETRY,
      ...('site' in key ? { siteKey: key.site } : { secretKey: key.secret }),
    });
  }
  const site = (ministry = 'health') => client({ site: keys.site[ministry]! });
  const agent = (ministry = 'health') => client({ secret: keys.secret[ministry]! });
  const admin = () => client({ secret: keys.admin });

  interface RawRequest {
    key?: Key | null;
    headers?: Record<string, string>;
    json?: unknown;
    body?: BodyInit;
  }
  /** One request as any HTTP client could send it, past the SDK's own checks. */
  function raw(method: string, path: string, request: RawRequest = {}): Promise<Response> {
    const headers = new Headers(request.headers);
    const key = request.key === undefined ? { site: keys.site['health']! } : request.key;
    if (key && 'site' in key) headers.set(HEADERS.siteKey, key.site);
    if (key && 'secret' in key) headers.set(HEADERS.authorization, `Bearer ${key.secret}`);
    let body = request.body;
    if (request.json !== undefined) {
      body = typeof request.json === 'string' ? request.json : JSON.stringify(request.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    return recordingFetch(new URL(path, target.baseUrl), { method, headers, ...(body === undefined ? {} : { body }) });
  }

  /** The problem document of a refusal, after checking its status and type. */
  async function refused(response: Response | Promise<Response>, status: number, type?: string): Promise<Problem> {
    const answer = await response;
    const text = await answer.text();
    assert.equal(answer.status, status, `expected ${status}, got ${answer.status}: ${text}`);
    const problem = parse(ProblemSchema, JSON.parse(text));
    if (type !== undefined) assert.equal(problem.type, type);
    return problem;
  }

  /** A slot of `service` in the next two weeks with every place free, at least a day ahead. */
  async function freeSlot(client: CivicContactClient = site()): Promise<Slot> {
    const { ministry } = await client.services.list();
    const slots = await client.callbacks.slots({ service: SERVICE, days: 14 });
    const slot = slots.days
      .flatMap((day) => day.slots)
      .find((s) => s.remaining === ministry.callbackCapacity && Date.parse(s.start) > now().getTime() + 86_400_000);
    assert.ok(slot, 'a free slot in the next two weeks');
    return slot;
  }

  describe(`contract: ${name}`, () => {
    beforeEach(async () => {
      clockOffsetMs = 0;
      target = await open({ now, proofOfWork, limits });
      keys = target.keys;
    });
    afterEach(() => target.close());

    describe('every operation, as a client uses it', () => {
      test('services.list gives the ministry behind the key and its services, to site and secret keys alike', async () => {
        const { ministry, services } = await site().services.list();
        assert.equal(ministry.id, 'health');
        assert.equal(ministry.code, 'MOH');
        assert.ok(services.some((service) => service.id === SERVICE));
        assert.ok(services.every((service) => service.ministryId === 'health'));
        assert.deepEqual(await agent().services.list(), { ministry, services });
      });

      test('a complaint is filed, then its citizen looks it up with the email or the phone they gave', async () => {
        const created = await site().complaints.create(complaintBody());
        assert.match(created.reference, /^MOH-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        assert.equal(created.status, 'received');
        assert.ok(Date.parse(created.expectedResponseBy) > Date.parse(created.submittedAt));

        const ticket = await site().tickets.get(created.reference.toLowerCase(), { verifier: EMAIL.toUpperCase() });
        assert.equal(ticket.reference, created.reference);
        assert.equal(ticket.status, 'received');
        assert.equal(ticket.service.id, SERVICE);
        assert.equal(ticket.timeline[0]?.kind, 'created');
        const byPhone = await site().tickets.get(created.reference, { verifier: '+1 (758) 555-0123' });
        assert.deepEqual(byPhone, ticket);
      });

      test('repeating an Idempotency-Key with the same body answers the first ticket again, and files nothing new', async () => {
        const first = await site().complaints.create(complaintBody('Filed twice?'), { idempotencyKey: 'outbox-entry-0001' });
        const again = await site().complaints.create(complaintBody('Filed twice?'), { idempotencyKey: 'outbox-entry-0001' });
        assert.deepEqual(again, first);
        const { items } = await agent().agent.tickets.list({ limit: 100 });
        assert.equal(items.filter((item) => item.subject === 'Filed twice?').length, 1);
      });

      test('fetch fails twice, then succeeds: exactly one complaint, filed under one Idempotency-Key', async () => {
        const subject = 'Lost connection while filing';
        const sent: Array<string | null> = [];
        const flaky: typeof fetch = async (input, init) => {
          const request = new Request(input, init);
          if (request.method !== 'POST' || !request.url.endsWith('/v1/complaints')) return recordingFetch(request);
          sent.push(request.headers.get(HEADERS.idempotencyKey));
          // The first attempt reaches the centre but its answer is lost; the second never gets there.
          if (sent.length === 1) {
            await (await recordingFetch(request)).body?.cancel();
            throw new TypeError('fetch failed');
          }
          if (sent.length === 2) throw new TypeError('fetch failed');
          return recordingFetch(request);
        };
        const created = await client({ site: keys.site['health']! }, flaky).complaints.create(complaintBody(subject));

        assert.equal(sent.length, 3);
        assert.ok(sent[0]);
        assert.deepEqual(new Set(sent), new Set([sent[0]]));
        const { items } = await agent().agent.tickets.list({ limit: 100 });
        const filed = items.filter((item) => item.subject === subject);
        assert.equal(filed.length, 1, 'exactly one ticket was created');
        assert.equal(filed[0]!.reference, created.reference);
      });

      test('an uploaded attachment is cited in a complaint and reaches the agent', async () => {
        const file = pdf();
        const attachment = await site().attachments.upload({ service: SERVICE, file, filename: 'referral.pdf' });
        assert.match(attachment.id, /^att_/);
        assert.equal(attachment.contentType, 'application/pdf');
        assert.equal(attachment.filename, 'referral.pdf');
        assert.equal(attachment.size, file.size);
        assert.match(attachment.sha256, /^[0-9a-f]{64}$/);

        const { reference } = await site().complaints.create({ ...complaintBody(), attachments: [attachment.id] });
        const full = await agent().agent.tickets.get(reference);
        assert.deepEqual(full.attachments, [attachment]);
      });

      test('an attachment’s type is sniffed from its bytes: a PNG named .pdf is stored as a PNG', async () => {
        const attachment = await site().attachments.upload({ service: SERVICE, file: new Blob([PNG_BYTES], { type: 'application/pdf' }), filename: 'scan.pdf' });
        assert.equal(attachment.contentType, 'image/png');
        assert.equal(attachment.filename, 'scan.pdf');
      });

      test('a callback is booked in a free slot, cancelled with the phone number, and cancelling again answers the same', async () => {
        const slots = await site().callbacks.slots({ service: SERVICE, days: 14 });
        assert.equal(slots.service, SERVICE);
        assert.equal(slots.timeZone, 'America/St_Lucia');
        assert.equal(slots.days.length, 14);
        const slot = await freeSlot();

        const booked = await site().callbacks.create({ ...callbackBody({ type: 'slot', start: slot.start }), locale: 'fr' });
        assert.equal(booked.status, 'scheduled');
        assert.equal(booked.slot?.start, slot.start);
        assert.equal(booked.locale, 'fr');
        const after = await site().callbacks.slots({ service: SERVICE, days: 14 });
        assert.equal(after.days.flatMap((day) => day.slots).find((s) => s.start === slot.start)?.remaining, slot.remaining - 1);

        const cancelled = await site().callbacks.cancel(booked.reference, { verifier: '+17585550100' });
        assert.equal(cancelled.reference, booked.reference);
        assert.equal(cancelled.status, 'cancelled');
        assert.deepEqual(await site().callbacks.cancel(booked.reference, { verifier: '+17585550100' }), cancelled);
        const freed = await site().callbacks.slots({ service: SERVICE, days: 14 });
        assert.equal(freed.days.flatMap((day) => day.slots).find((s) => s.start === slot.start)?.remaining, slot.remaining);
      });

      test('"as soon as possible" callbacks are booked without a slot', async () => {
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        assert.equal(booked.slot, null);
        assert.equal(booked.status, 'scheduled');
      });

      test('FAQ search, article in another language, and feedback', async () => {
        const results = await site().faq.search({ q: 'vacination', limit: 3 });
        assert.ok(results.hits.length > 0, 'a typo still finds vaccination FAQs');
        assert.ok(results.hits.length <= 3);
        const first = results.hits[0]!;
        assert.ok(first.id.startsWith('health-'));
        const article = await site().faq.get(first.id, { lang: 'fr' });
        assert.equal(article.id, first.id);
        assert.equal(article.lang, 'fr');
        const feedback = await site().faq.feedback(first.id, { helpful: true, comment: 'Clear, thank you.' });
        assert.deepEqual(feedback, { id: first.id, recorded: true });
      });

      test('an agent lists, reads, moves and re-routes a ticket, and the citizen sees the public note', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const list = await agent().agent.tickets.list({ status: 'received', service: SERVICE });
        assert.ok(list.items.some((item) => item.reference === reference));
        assert.ok(list.items.every((item) => item.status === 'received' && item.serviceId === SERVICE));

        const full = await agent().agent.tickets.get(reference);
        assert.equal(full.citizen.email, EMAIL);
        assert.equal(full.answers['clinic'], 'castries');

        const assigned = await agent().agent.tickets.updateStatus(reference, { status: 'assigned', note: 'A nurse manager will look into this.' });
        assert.equal(assigned.status, 'assigned');
        const rerouted = await agent().agent.tickets.reroute(reference, { entity: 'patient-relations', note: 'Passed to Patient Relations.' });
        assert.equal(rerouted.entityId, 'patient-relations');
        assert.equal(rerouted.status, 'assigned');

        const seen = await site().tickets.get(reference, { verifier: PHONE });
        assert.equal(seen.status, 'assigned');
        assert.equal(seen.entity.id, 'patient-relations');
        assert.ok(seen.timeline.some((entry) => entry.note === 'A nurse manager will look into this.'));
        assert.deepEqual(seen.timeline.map((entry) => entry.kind), ['rerouted', 'status', 'created']);
      });

      test('the citizen rates a resolved ticket once; the answer joins the ticket, the agent’s view and the KPIs; a second is a ConflictError', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const early = await site().tickets.rate(reference, { rating: 4 }, { verifier: EMAIL }).catch((e: unknown) => e);
        assert.ok(isConflictError(early) && early.problemType === SATISFACTION_PROBLEM_TYPES.notYetResolved, String(early));
        await agent().agent.tickets.updateStatus(reference, { status: 'resolved', note: 'Fixed.' });
        const before = (await agent().stats.get()).overall.satisfaction.responses;

        // A rating the types refuse, as plain JavaScript may send it.
        const invalid = await site().tickets.rate(reference, JSON.parse('{ "rating": 0 }'), { verifier: EMAIL }).catch((e: unknown) => e);
        assert.ok(isValidationError(invalid) && invalid.errors[0]?.field === 'rating', 'refused before any request');
        const given = await site().tickets.rate(reference.toLowerCase(), { rating: 4, comment: 'Quick and clear.' }, { verifier: PHONE });
        assert.deepEqual({ rating: given.rating, comment: given.comment }, { rating: 4, comment: 'Quick and clear.' });
        assert.deepEqual((await site().tickets.get(reference, { verifier: EMAIL })).satisfaction, { ...given, comment: null }, 'the lookup shows the rating, never the comment');
        assert.deepEqual((await agent().agent.tickets.get(reference)).satisfaction, given);
        assert.equal((await agent().stats.get()).overall.satisfaction.responses, before + 1);

        const again = await site().tickets.rate(reference, { rating: 1 }, { verifier: EMAIL }).catch((e: unknown) => e);
        assert.ok(isConflictError(again), String(again));
        assert.equal(again.problemType, SATISFACTION_PROBLEM_TYPES.alreadyRated);
        assert.equal(again.status, 409);
        assert.match(again.message, /already said how satisfied/, 'the contact centre’s own words');
        const wrong = await site().tickets.rate(reference, { rating: 1 }, { verifier: 'someone@example.org' }).catch((e: unknown) => e);
        assert.ok(isNotFoundError(wrong));

        // What the HTTP binding refuses before the centre reads the rating, and what the contract refuses.
        const path = `/v1/tickets/${reference}/satisfaction`;
        const verifier = { [HEADERS.verifier]: EMAIL };
        await refused(raw('POST', path, { json: '{"rating": ', headers: verifier }), 400, PROBLEM_TYPES.badRequest);
        await refused(raw('POST', path, { json: { rating: 3, comment: 'x'.repeat(300 * 1024) }, headers: verifier }), 413, PROBLEM_TYPES.payloadTooLarge);
        await refused(raw('POST', path, { json: { rating: 3 }, headers: { ...verifier, 'content-type': 'text/plain' } }), 415, PROBLEM_TYPES.unsupportedMediaType);
        const unknownField = await refused(raw('POST', path, { json: { rating: 3, stars: 3 }, headers: verifier }), 422, PROBLEM_TYPES.validation);
        assert.equal(unknownField.errors?.[0]?.field, 'stars');
      });

      test('the agent list pages with its cursor, newest first, each ticket once', async () => {
        const filed: string[] = [];
        for (let n = 0; n < 5; n++) filed.push((await site().complaints.create(complaintBody(`Paged ${n}`))).reference);
        const pages: string[][] = [];
        let cursor: string | undefined;
        do {
          const page = await agent().agent.tickets.list({ limit: 2, ...(cursor ? { cursor } : {}) });
          pages.push(page.items.map((item) => item.reference));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        assert.deepEqual(pages.map((page) => page.length), [2, 2, 1]);
        assert.deepEqual(new Set(pages.flat()), new Set(filed));
      });

      test('the agent list of what is due pages soonest due first, open tickets only, each once', async () => {
        const filed: string[] = [];
        for (let n = 0; n < 3; n++) filed.push((await site().complaints.create(complaintBody(`Due ${n}`))).reference);
        await agent().agent.tickets.updateStatus(filed[0]!, { status: 'resolved', note: 'Answered by phone.' });
        const items = [];
        let cursor: string | undefined;
        do {
          const page = await agent().agent.tickets.list({ dueBefore: '2100-01-01T00:00:00Z', limit: 2, ...(cursor ? { cursor } : {}) });
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const references = items.map((item) => item.reference);
        assert.equal(new Set(references).size, references.length);
        assert.ok(filed.slice(1).every((reference) => references.includes(reference)));
        assert.ok(!references.includes(filed[0]!), 'a resolved ticket is not due');
        assert.ok(items.every((item) => !['resolved', 'closed'].includes(item.status)));
        const due = items.map((item) => item.expectedResponseBy);
        assert.deepEqual(due, [...due].sort());
        const overdue = await agent().agent.tickets.list({ overdue: true });
        assert.ok(overdue.items.every((item) => Date.parse(item.expectedResponseBy) <= Date.now()));
      });

      test('stats count the filed complaints: a ministry key sees its own ministry, the all-ministries key sees every one', async () => {
        const before = { health: await agent().stats.get(), all: await admin().stats.get(), transport: await agent('transport').stats.get() };
        await site().complaints.create(complaintBody());
        const health = await agent().stats.get();
        const all = await admin().stats.get();
        const transport = await agent('transport').stats.get();

        assert.equal(health.ministryId, 'health');
        assert.deepEqual(health.byMinistry.map((m) => m.ministryId), ['health']);
        assert.ok(health.volumeByService.every((entry) => entry.ministryId === 'health'));
        assert.equal(health.overall.received, before.health.overall.received + 1);
        assert.equal(health.overall.openBacklog, before.health.overall.openBacklog + 1);
        assert.equal(health.volumeByService.find((entry) => entry.serviceId === SERVICE)?.count, 1);
        assert.equal(health.volumeByChannel.find((entry) => entry.channel === 'web')?.count, 1);

        assert.equal(all.ministryId, null);
        assert.deepEqual(all.byMinistry.map((m) => m.ministryId).sort(), ['civil-registry', 'health', 'transport']);
        assert.equal(all.overall.received, before.all.overall.received + 1);
        assert.deepEqual(all.byMinistry.find((m) => m.ministryId === 'health')?.kpis, health.overall);

        assert.deepEqual(transport.overall, before.transport.overall);
        const narrowed = await admin().stats.get({ ministry: 'transport' });
        assert.equal(narrowed.ministryId, 'transport');
        assert.deepEqual(narrowed.overall, transport.overall);
      });

      test('stats measure first response and resolution within target', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        clockOffsetMs = 2 * 3_600_000;
        await agent().agent.tickets.updateStatus(reference, { status: 'in_progress' });
        await agent().agent.tickets.updateStatus(reference, { status: 'resolved', note: 'We spoke to the clinic.' });
        const stats = await agent().stats.get();
        assert.equal(stats.overall.resolved, 1);
        assert.equal(stats.overall.resolvedWithinTargetShare, 1);
        assert.ok(stats.overall.medianFirstResponseHours !== null && Math.abs(stats.overall.medianFirstResponseHours - 2) < 0.01);
        assert.equal(stats.overall.openBacklog, 0);
      });

      test('public stats: a site key reads its ministry’s figures, counts under 5 suppressed; cacheable for five minutes; a bad period is a 400 naming the field', async () => {
        const before = await site().stats.public();
        assert.equal(before.ministryId, 'health');
        assert.equal(before.minimumCount, 5);
        assert.ok([12, 13].includes(before.weekly.length), 'the last 12 weeks by default: 12 ISO weeks up to a Sunday, else 13');
        assert.deepEqual(before.received, { suppressed: true }, 'a fresh centre has fewer than 5');
        for (let i = 0; i < 5; i++) await site().complaints.create(complaintBody());
        const after = await site().stats.public();
        assert.deepEqual(after.period, before.period);
        assert.equal(after.received, 5);
        assert.equal(after.volumeByService.find((entry) => entry.serviceId === SERVICE)?.count, 5);
        assert.deepEqual(after.resolvedWithinTargetShare, { suppressed: true }, 'nothing resolved: fewer than 5 to measure');
        assert.deepEqual(after.satisfaction.distribution.map((d) => d.rating), [1, 2, 3, 4, 5]);
        assert.ok(after.satisfaction.distribution.every((d) => typeof d.count !== 'number'), 'no rating yet');

        const answer = await raw('GET', '/v1/stats/public', { key: { site: keys.site['health']! } });
        assert.equal(answer.status, 200);
        assert.equal(answer.headers.get('Cache-Control'), 'public, max-age=300');
        const bad = await refused(raw('GET', '/v1/stats/public?from=2026-02-30', { key: { site: keys.site['health']! } }), 400, PROBLEM_TYPES.badRequest);
        assert.deepEqual(bad.errors?.map((e) => e.field), ['from']);
        const reversed = await refused(raw('GET', '/v1/stats/public?from=2026-03-02&to=2026-03-01', { key: { site: keys.site['health']! } }), 400, PROBLEM_TYPES.badRequest);
        assert.deepEqual(reversed.errors?.map((e) => e.field), ['from']);
      });

      test('public stats of every ministry together (ministry=all): one line per ministry, each suppressed on its own; another ministry by id; an unknown one a 404', async () => {
        const busComplaint: ComplaintCreateRequest = {
          service: 'transport-bus-service',
          subject: 'Bus 12 skipped my stop',
          description: 'The 7:40 bus drove past the stop on Main Street without stopping.',
          answers: { issue: 'skipped_stop', route: '12', incident_date: daysAgo(2), details: 'This is the third time this month it happened.' },
          citizen: { email: EMAIL },
        };
        for (let i = 0; i < 5; i++) await site().complaints.create(complaintBody());
        for (let i = 0; i < 3; i++) await site('transport').complaints.create(busComplaint);
        const all = await site().stats.public({ ministry: 'all' });
        assert.equal(all.ministryId, null);
        assert.deepEqual(all.ministries.map((m) => m.id), ['civil-registry', 'health', 'transport']);
        assert.equal(all.ministries.find((m) => m.id === 'transport')?.name.en, 'Ministry of Transport');
        assert.equal(all.period.timeZone, 'America/St_Lucia', 'the calendar of the key’s own ministry');
        const health = await site().stats.public();
        const transport = await site().stats.public({ ministry: 'transport' });
        assert.equal(transport.ministryId, 'transport');
        assert.deepEqual(transport.received, { suppressed: true }, 'three bus complaints: fewer than 5');
        assert.equal(health.received, 5);
        assert.equal(all.received, 8);
        assert.deepEqual(
          all.byMinistry.map((m) => [m.ministryId, m.received]),
          [
            ['civil-registry', { suppressed: true }],
            ['health', 5],
            ['transport', { suppressed: true }],
          ],
        );
        const busLine = all.volumeByService.find((entry) => entry.serviceId === 'transport-bus-service');
        assert.deepEqual(busLine && { ministryId: busLine.ministryId, name: busLine.name.en }, { ministryId: 'transport', name: 'Public bus service' });
        await assert.rejects(site().stats.public({ ministry: 'fisheries' }), isNotFoundError);
      });
    });

    describe('keys: 401 and 403 on every kind of endpoint', () => {
      /** A request that passes the route's own checks far enough to reach authentication. */
      function requestFor(op: Operation, key: Key | null): Promise<Response> {
        const path = op.path.replace('{reference}', generateReference('MOH')).replace('{id}', 'health-001');
        const query = op.path === '/v1/callbacks/slots' ? `?service=${SERVICE}` : op.path === '/v1/faq/search' ? '?q=clinic' : '';
        if (op.path === '/v1/attachments') {
          const form = new FormData();
          form.append('service', SERVICE);
          form.append('file', pdf(), 'a.pdf');
          return raw(op.method, path, { key, body: form });
        }
        return raw(op.method, path + query, { key, ...(op.method === 'POST' ? { json: {} } : {}) });
      }

      test('every operation answers 401 without a key, and with an unknown, malformed or misplaced key', async () => {
        for (const op of operations) {
          const unknown: Key = op.auth === 'secret' ? { secret: 'sk_test_nobody' } : { site: 'pk_test_nobody' };
          for (const key of [null, unknown]) {
            await refused(requestFor(op, key), 401, PROBLEM_TYPES.unauthorized).catch((error: Error) => {
              throw new Error(`${op.name} with ${key ? 'an unknown key' : 'no key'}: ${error.message}`);
            });
          }
        }
        const misplaced: Array<Record<string, string>> = [
          { [HEADERS.authorization]: `Basic ${btoa('agent:secret')}` },
          { [HEADERS.authorization]: `Bearer ${keys.site['health']!}` },
          { [HEADERS.siteKey]: keys.secret['health']! },
          { [HEADERS.siteKey]: '   ' },
        ];
        for (const headers of misplaced) {
          const problem = await refused(raw('GET', '/v1/services', { key: null, headers }), 401, PROBLEM_TYPES.unauthorized);
          assert.ok(problem.detail, 'says how to send a key');
        }
        const stranger = await rejection(client({ site: 'pk_test_nobody' }).services.list());
        assert.ok(isAuthError(stranger), String(stranger));
        assert.equal(stranger.status, 401);
      });

      test('every operation answers 403 to the wrong kind of key', async () => {
        for (const op of operations) {
          // The public figures are anyone's: every kind of key may read them (the
          // all-ministries key reads every ministry's).
          if (op.name === 'GET /v1/stats/public') {
            assert.equal((await requestFor(op, { secret: keys.admin })).status, 200);
            continue;
          }
          // Citizen operations are a ministry's: the all-ministries key has none. The lookup
          // takes only site keys; agent and reporting operations only secret keys.
          const wrong: Key = op.auth === 'either' ? { secret: keys.admin } : op.auth === 'site' ? { secret: keys.secret['health']! } : { site: keys.site['health']! };
          await refused(requestFor(op, wrong), 403, PROBLEM_TYPES.forbidden).catch((error: Error) => {
            throw new Error(`${op.name}: ${error.message}`);
          });
        }
      });

      test('the SDK refuses the wrong kind of key before sending; on the wire the centre answers 403 itself', async () => {
        const refusedBySdk = await rejection(site().agent.tickets.list());
        assert.ok(isConfigurationError(refusedBySdk));
        const siteKeyOnTheWire: typeof fetch = async (input, init) => {
          const request = new Request(input, init);
          const headers = new Headers(request.headers);
          headers.delete(HEADERS.authorization);
          headers.set(HEADERS.siteKey, keys.site['health']!);
          return recordingFetch(new Request(request, { headers }));
        };
        const error = await rejection(client({ secret: keys.secret['health']! }, siteKeyOnTheWire).agent.tickets.list());
        assert.ok(isForbiddenError(error), String(error));
        assert.equal(error.status, 403);
      });

      test('a secret key wins over a site key sent beside it', async () => {
        const response = await raw('GET', '/v1/agent/tickets', { key: { secret: keys.secret['health']! }, headers: { [HEADERS.siteKey]: keys.site['transport']! } });
        assert.equal(response.status, 200);
      });
    });

    describe('one ministry never sees another’s data', () => {
      test('another ministry’s keys meet a health ticket as if it did not exist', async () => {
        const { reference } = await site().complaints.create(complaintBody('Private to health'));
        const transportAgent = agent('transport');

        assert.ok(isNotFoundError(await rejection(transportAgent.agent.tickets.get(reference))));
        assert.ok(isNotFoundError(await rejection(transportAgent.agent.tickets.updateStatus(reference, { status: 'assigned' }))));
        assert.ok(isNotFoundError(await rejection(transportAgent.agent.tickets.reroute(reference, { entity: 'public-bus' }))));
        const { items } = await transportAgent.agent.tickets.list({ limit: 100 });
        assert.ok(items.every((item) => item.ministryId === 'transport'));
        assert.ok(!items.some((item) => item.reference === reference));
        // Another ministry's prefix is refused before any lookup, so nothing is learnt either.
        await refused(raw('GET', `/v1/tickets/${reference}`, { key: { site: keys.site['transport']! }, headers: { [HEADERS.verifier]: EMAIL } }), 400, PROBLEM_TYPES.badRequest);

        // The all-ministries key sees it, and the ticket is untouched.
        const full = await admin().agent.tickets.get(reference);
        assert.equal(full.status, 'received');
        assert.equal(full.ministryId, 'health');
        assert.ok((await admin().agent.tickets.list({ limit: 100 })).items.some((item) => item.reference === reference));
      });

      test('another ministry’s services, FAQs, attachments and callbacks are out of reach', async () => {
        const transport = site('transport');
        const { services } = await transport.services.list();
        assert.ok(services.every((service) => service.ministryId === 'transport'));

        const complaint = await rejection(transport.complaints.create({ ...complaintBody(), citizen: { email: EMAIL } }));
        assert.ok(isValidationError(complaint));
        assert.deepEqual(complaint.errors.map((e) => [e.field, e.code]), [['service', 'invalid_choice']]);
        const upload = await rejection(transport.attachments.upload({ service: SERVICE, file: pdf() }));
        assert.ok(isValidationError(upload) && upload.status === 422, String(upload));
        assert.ok(isNotFoundError(await rejection(transport.callbacks.slots({ service: SERVICE }))));
        const slot = await freeSlot();
        const booking = await rejection(transport.callbacks.create(callbackBody({ type: 'slot', start: slot.start })));
        assert.ok(isValidationError(booking) && booking.status === 422, String(booking));

        const hits = await transport.faq.search({ q: 'vaccination clinic', limit: 20 });
        assert.ok(hits.hits.every((hit) => hit.id.startsWith('transport-')));
        assert.ok(isNotFoundError(await rejection(transport.faq.get('health-001'))));
        assert.ok(isNotFoundError(await rejection(transport.faq.feedback('health-001', { helpful: false }))));

        // A health attachment cannot be cited by a transport complaint either.
        const attachment = await site().attachments.upload({ service: SERVICE, file: pdf() });
        const citing = await rejection(
          transport.complaints.create({
            service: 'transport-driving-test',
            subject: 'Test cancelled',
            description: 'My driving test was cancelled without notice.',
            answers: { request_type: 'cancelled_test', test_class: 'b', permit_number: 'LP-123456' },
            citizen: { email: EMAIL, phone: PHONE },
            attachments: [attachment.id],
          }),
        );
        assert.ok(isValidationError(citing), String(citing));
        assert.ok(citing.fieldErrors('attachments.0').length > 0, JSON.stringify(citing.errors));
      });

      test('a health callback cannot be cancelled with another ministry’s key', async () => {
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        await refused(raw('DELETE', `/v1/callbacks/${booked.reference}`, { key: { site: keys.site['transport']! }, headers: { [HEADERS.verifier]: '+17585550100' } }), 400);
        assert.equal((await site().callbacks.cancel(booked.reference, { verifier: '+17585550100' })).status, 'cancelled');
      });

      test('a ministry key asking for another ministry’s figures is refused; an unknown ministry is a bad request', async () => {
        const error = await rejection(agent('transport').stats.get({ ministry: 'health' }));
        assert.ok(isForbiddenError(error), String(error));
        const unknown = await rejection(admin().stats.get({ ministry: 'fisheries' }));
        assert.ok(isValidationError(unknown) && unknown.status === 400, String(unknown));
      });

      test('a ministry key naming another ministry’s services is refused; the all-ministries key reads the one it names', async () => {
        await refused(raw('GET', '/v1/services?ministry=transport', { key: { secret: keys.secret['health']! } }), 403, PROBLEM_TYPES.forbidden);
        await refused(raw('GET', '/v1/services', { key: { secret: keys.admin } }), 403, PROBLEM_TYPES.forbidden);
        const named = await raw('GET', '/v1/services?ministry=transport', { key: { secret: keys.admin } });
        assert.equal(named.status, 200);
        assert.equal(((await named.json()) as { ministry: { id: string } }).ministry.id, 'transport');
      });
    });

    describe('400: requests that cannot be read', () => {
      test('a body that is not JSON, or not an object, on every JSON operation', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const secret = { secret: keys.secret['health']! };
        const targets: Array<[string, Key | undefined]> = [
          ['/v1/complaints', undefined],
          ['/v1/callbacks', undefined],
          ['/v1/faq/health-001/feedback', undefined],
          [`/v1/agent/tickets/${reference}/status`, secret],
          [`/v1/agent/tickets/${reference}/route`, secret],
        ];
        for (const [path, key] of targets) {
          for (const json of ['{"service": ', '[1, 2]', '"text"', 'null']) {
            await refused(raw('POST', path, { key, json, headers: { [HEADERS.idempotencyKey]: crypto.randomUUID() } }), 400, PROBLEM_TYPES.badRequest).catch((error: Error) => {
              throw new Error(`${path} with ${json}: ${error.message}`);
            });
          }
        }
      });

      test('an Idempotency-Key that is too short, too long or not visible ASCII', async () => {
        for (const path of ['/v1/complaints', '/v1/callbacks']) {
          for (const key of ['short', 'k'.repeat(LIMITS.idempotencyKeyMaxLength + 1), 'has space inside']) {
            const problem = await refused(raw('POST', path, { json: complaintBody(), headers: { [HEADERS.idempotencyKey]: key } }), 400, PROBLEM_TYPES.badRequest);
            assert.equal(problem.errors?.[0]?.field, HEADERS.idempotencyKey);
          }
        }
      });

      test('a malformed reference, caught by its check character', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        const secret = { secret: keys.secret['health']! };
        const cases: Array<[string, string, RawRequest]> = [
          ['GET', `/v1/tickets/${mistyped(reference)}`, { headers: { [HEADERS.verifier]: EMAIL } }],
          ['GET', '/v1/tickets/not-a-reference', { headers: { [HEADERS.verifier]: EMAIL } }],
          ['DELETE', `/v1/callbacks/${mistyped(booked.reference)}`, { headers: { [HEADERS.verifier]: '+17585550100' } }],
          ['GET', `/v1/agent/tickets/${mistyped(reference)}`, { key: secret }],
          ['POST', `/v1/agent/tickets/${mistyped(reference)}/status`, { key: secret, json: { status: 'assigned' } }],
          ['POST', `/v1/agent/tickets/${mistyped(reference)}/route`, { key: secret, json: { entity: 'patient-relations' } }],
        ];
        for (const [method, path, request] of cases) {
          const problem = await refused(raw(method, path, request), 400, PROBLEM_TYPES.badRequest);
          assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['reference', 'invalid_reference']], `${method} ${path}`);
        }
        // The SDK catches the same typo before sending anything.
        const typo = await rejection(site().tickets.get(mistyped(reference), { verifier: EMAIL }));
        assert.ok(isValidationError(typo) && typo.status === undefined, String(typo));
      });

      test('a lookup or a cancellation without the verifier', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        for (const [method, path] of [['GET', `/v1/tickets/${reference}`], ['DELETE', `/v1/callbacks/${booked.reference}`]] as const) {
          const withoutVerifier: Array<Record<string, string>> = [{}, { [HEADERS.verifier]: '  ' }, { [HEADERS.verifier]: 'x'.repeat(321) }];
          for (const headers of withoutVerifier) {
            const problem = await refused(raw(method, path, { headers }), 400, PROBLEM_TYPES.badRequest);
            assert.equal(problem.errors?.[0]?.field, HEADERS.verifier);
          }
        }
      });

      test('queries the contract does not allow', async () => {
        const secret = { secret: keys.secret['health']! };
        const cases: Array<[string, Key | undefined, string]> = [
          [`/v1/callbacks/slots?service=${SERVICE}&days=${LIMITS.slotDaysMax + 1}`, undefined, 'days'],
          [`/v1/callbacks/slots?service=${SERVICE}&from=next-tuesday`, undefined, 'from'],
          ['/v1/callbacks/slots', undefined, 'service'],
          [`/v1/callbacks/slots?service=${SERVICE}&colour=blue`, undefined, 'colour'],
          ['/v1/faq/search', undefined, 'q'],
          [`/v1/faq/search?q=clinic&limit=${LIMITS.searchLimitMax + 1}`, undefined, 'limit'],
          ['/v1/faq/health-001?lang=not%20a%20language', undefined, 'lang'],
          ['/v1/agent/tickets?status=lost', secret, 'status'],
          [`/v1/agent/tickets?limit=${LIMITS.ticketPageSizeMax + 1}`, secret, 'limit'],
          ['/v1/agent/tickets?cursor=not-one-of-ours', secret, 'cursor'],
          ['/v1/agent/tickets?from=2026-03-10&to=2026-03-01', secret, 'from'],
          ['/v1/stats?from=yesterday', secret, 'from'],
          ['/v1/stats?from=2026-03-10&to=2026-03-01', secret, 'from'],
          ['/v1/stats?ministry=fisheries', { secret: keys.admin }, 'ministry'],
          ['/v1/services?ministry=fisheries', { secret: keys.admin }, 'ministry'],
          ['/v1/services?colour=blue', undefined, 'colour'],
          // Dates outside 1900–2100, which the contract refuses before any date arithmetic.
          [`/v1/callbacks/slots?service=${SERVICE}&from=9999-12-31`, undefined, 'from'],
          ['/v1/agent/tickets?to=0000-01-01', secret, 'to'],
          ['/v1/stats?from=1899-12-31', secret, 'from'],
        ];
        for (const [path, key, field] of cases) {
          const problem = await refused(raw('GET', path, { key }), 400, PROBLEM_TYPES.badRequest);
          assert.ok(problem.errors?.some((e) => e.field === field), `${path}: ${JSON.stringify(problem.errors)}`);
        }
      });

      test('callback slots of a service that offers no callbacks', async () => {
        const error = await rejection(site().callbacks.slots({ service: IMAGES_ONLY_NO_CALLBACKS }));
        assert.ok(isValidationError(error) && error.status === 400, String(error));
        assert.deepEqual(error.errors.map((e) => [e.field, e.code]), [['service', 'not_allowed']]);
      });

      test('an upload without a service, with two files, or that is not readable multipart', async () => {
        const withoutService = new FormData();
        withoutService.append('file', pdf(), 'a.pdf');
        const twoFiles = new FormData();
        twoFiles.append('service', SERVICE);
        twoFiles.append('file', pdf(), 'a.pdf');
        twoFiles.append('file', pdf(), 'b.pdf');
        const withoutFile = new FormData();
        withoutFile.append('service', SERVICE);
        withoutFile.append('note', 'the file is missing');
        for (const body of [withoutService, twoFiles, withoutFile]) {
          await refused(raw('POST', '/v1/attachments', { body }), 400, PROBLEM_TYPES.badRequest);
        }
        for (const type of ['multipart/form-data; boundary=abc', 'multipart/form-data']) {
          await refused(raw('POST', '/v1/attachments', { body: 'this is not multipart', headers: { 'content-type': type } }), 400, PROBLEM_TYPES.badRequest);
        }
      });
    });

    describe('404: nothing there, or nothing the caller may see', () => {
      test('a wrong verifier answers exactly as an unknown reference', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const wrongVerifier = await raw('GET', `/v1/tickets/${reference}`, { headers: { [HEADERS.verifier]: 'someone@example.com' } });
        const unknown = await raw('GET', `/v1/tickets/${generateReference('MOH')}`, { headers: { [HEADERS.verifier]: EMAIL } });
        const wrongPhone = await raw('GET', `/v1/tickets/${reference}`, { headers: { [HEADERS.verifier]: '+17585559999' } });
        const problems = [await refused(wrongVerifier, 404), await refused(unknown, 404), await refused(wrongPhone, 404)];
        assert.deepEqual(problems[1], problems[0]);
        assert.deepEqual(problems[2], problems[0]);
        const error = await rejection(site().tickets.get(reference, { verifier: 'someone@example.com' }));
        assert.ok(isNotFoundError(error) && error.status === 404, String(error));
      });

      test('unknown tickets, callbacks, services and FAQs', async () => {
        const unknown = generateReference('MOH');
        assert.ok(isNotFoundError(await rejection(agent().agent.tickets.get(unknown))));
        assert.ok(isNotFoundError(await rejection(agent().agent.tickets.updateStatus(unknown, { status: 'assigned' }))));
        assert.ok(isNotFoundError(await rejection(agent().agent.tickets.reroute(unknown, { entity: 'patient-relations' }))));
        assert.ok(isNotFoundError(await rejection(site().callbacks.cancel(unknown, { verifier: PHONE }))));
        assert.ok(isNotFoundError(await rejection(site().callbacks.slots({ service: 'no-such-service' }))));
        assert.ok(isNotFoundError(await rejection(site().faq.get('health-999'))));
        assert.ok(isNotFoundError(await rejection(site().faq.feedback('health-999', { helpful: true }))));
        await refused(raw('GET', '/v1/faq/..%2F..%2Fetc%2Fpasswd'), 404, PROBLEM_TYPES.notFound);
        await refused(raw('GET', '/v1/no-such-endpoint'), 404, PROBLEM_TYPES.notFound);
      });

      test('a callback cancelled with the wrong phone number answers as an unknown one', async () => {
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        const wrong = await refused(raw('DELETE', `/v1/callbacks/${booked.reference}`, { headers: { [HEADERS.verifier]: '+17585559999' } }), 404);
        const unknown = await refused(raw('DELETE', `/v1/callbacks/${generateReference('MOH')}`, { headers: { [HEADERS.verifier]: '+17585550100' } }), 404);
        assert.deepEqual(wrong, unknown);
      });
    });

    describe('409: conflicts with the current state', () => {
      test('an illegal status transition, saying where the ticket can go', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const error = await rejection(agent().agent.tickets.updateStatus(reference, { status: 'closed' }));
        assert.ok(isConflictError(error), String(error));
        assert.equal(error.problemType, PROBLEM_TYPES.illegalTransition);
        const same = await rejection(agent().agent.tickets.updateStatus(reference, { status: 'received' }));
        assert.ok(isConflictError(same) && same.problemType === PROBLEM_TYPES.illegalTransition, String(same));
        assert.equal((await agent().agent.tickets.get(reference)).timeline.length, 1, 'nothing was written');
      });

      test('re-routing to the entity that has the ticket, or re-routing a closed ticket', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const { entityId } = await agent().agent.tickets.get(reference);
        const same = await rejection(agent().agent.tickets.reroute(reference, { entity: entityId }));
        assert.ok(isConflictError(same) && same.problemType === PROBLEM_TYPES.conflict, String(same));
        for (const status of ['resolved', 'closed'] as const) await agent().agent.tickets.updateStatus(reference, { status });
        const closed = await rejection(agent().agent.tickets.reroute(reference, { entity: 'patient-relations' }));
        assert.ok(isConflictError(closed) && closed.problemType === PROBLEM_TYPES.conflict, String(closed));
      });

      test('the last place in a callback slot is given once', async () => {
        const { ministry } = await site().services.list();
        const slot = await freeSlot();
        for (let n = 0; n < ministry.callbackCapacity; n++) await site().callbacks.create(callbackBody({ type: 'slot', start: slot.start }, n));
        const error = await rejection(site().callbacks.create(callbackBody({ type: 'slot', start: slot.start }, 9)));
        assert.ok(isConflictError(error), String(error));
        assert.equal(error.problemType, PROBLEM_TYPES.slotFull);
        const listed = await site().callbacks.slots({ service: SERVICE, days: 14 });
        assert.equal(listed.days.flatMap((day) => day.slots).find((s) => s.start === slot.start)?.remaining, 0);
      });

      test('an Idempotency-Key reused with a different body, for complaints and callbacks', async () => {
        await site().complaints.create(complaintBody('First'), { idempotencyKey: 'outbox-entry-0001' });
        const error = await rejection(site().complaints.create(complaintBody('Second'), { idempotencyKey: 'outbox-entry-0001' }));
        assert.ok(isConflictError(error), String(error));
        assert.equal(error.problemType, PROBLEM_TYPES.idempotencyConflict);

        await site().callbacks.create(callbackBody({ type: 'asap' }, 1), { idempotencyKey: 'outbox-entry-0002' });
        const callback = await rejection(site().callbacks.create(callbackBody({ type: 'asap' }, 2), { idempotencyKey: 'outbox-entry-0002' }));
        assert.ok(isConflictError(callback) && callback.problemType === PROBLEM_TYPES.idempotencyConflict, String(callback));
      });

      test('a callback whose time has begun can no longer be cancelled', async () => {
        const slot = await freeSlot();
        const booked = await site().callbacks.create(callbackBody({ type: 'slot', start: slot.start }));
        clockOffsetMs = Date.parse(slot.start) + 60_000 - Date.now();
        const error = await rejection(site().callbacks.cancel(booked.reference, { verifier: '+17585550100' }));
        assert.ok(isConflictError(error), String(error));
        assert.equal(error.problemType, PROBLEM_TYPES.conflict);
      });
    });

    describe('413 and 415: bodies too large or of the wrong type', () => {
      // An upload over the contact centre's own cap (LIMITS.attachmentMaxBytes and a little) is
      // where the two differ: the mock reads it and answers 413; the server answers 413 and cuts
      // the connection without reading the rest, so a client still sending may see only the cut.
      // Each has its own test (against-mock.test.ts, packages/server/test/server.test.ts).
      test('an attachment over the service’s limit', async () => {
        const overService = await rejection(site().attachments.upload({ service: SERVICE, file: pdf(CLINIC_MAX_BYTES + 1) }));
        assert.ok(isValidationError(overService) && overService.status === 413, String(overService));
        assert.equal(overService.problemType, PROBLEM_TYPES.payloadTooLarge);
        // Exactly at the limit is fine.
        const atLimit = await site().attachments.upload({ service: SERVICE, file: pdf(CLINIC_MAX_BYTES) });
        assert.equal(atLimit.size, CLINIC_MAX_BYTES);
      });

      test('a JSON body over the limit, on every JSON operation', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const secret = { secret: keys.secret['health']! };
        const padding = 'x'.repeat(300 * 1024);
        const targets: Array<[string, Key | undefined, unknown]> = [
          ['/v1/complaints', undefined, { ...complaintBody(), description: padding }],
          ['/v1/callbacks', undefined, { ...callbackBody({ type: 'asap' }), reason: padding }],
          ['/v1/faq/health-001/feedback', undefined, { helpful: true, comment: padding }],
          [`/v1/agent/tickets/${reference}/status`, secret, { status: 'assigned', note: padding }],
          [`/v1/agent/tickets/${reference}/route`, secret, { entity: 'patient-relations', note: padding }],
        ];
        for (const [path, key, json] of targets) {
          await refused(raw('POST', path, { key, json, headers: { [HEADERS.idempotencyKey]: crypto.randomUUID() } }), 413, PROBLEM_TYPES.payloadTooLarge).catch((error: Error) => {
            throw new Error(`${path}: ${error.message}`);
          });
        }
        assert.equal((await agent().agent.tickets.get(reference)).status, 'received');
      });

      test('a JSON operation sent something that is not JSON', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const secret = { secret: keys.secret['health']! };
        const targets: Array<[string, Key | undefined, unknown]> = [
          ['/v1/complaints', undefined, complaintBody()],
          ['/v1/callbacks', undefined, callbackBody({ type: 'asap' })],
          ['/v1/faq/health-001/feedback', undefined, { helpful: true }],
          [`/v1/agent/tickets/${reference}/status`, secret, { status: 'assigned' }],
          [`/v1/agent/tickets/${reference}/route`, secret, { entity: 'patient-relations' }],
        ];
        for (const [path, key, json] of targets) {
          for (const type of ['text/plain', 'application/x-www-form-urlencoded', null]) {
            const headers: Record<string, string> = { [HEADERS.idempotencyKey]: crypto.randomUUID() };
            const request = type === null ? { key, body: new Blob([JSON.stringify(json)]), headers } : { key, json, headers: { ...headers, 'content-type': type } };
            await refused(raw('POST', path, request), 415, PROBLEM_TYPES.unsupportedMediaType).catch((error: Error) => {
              throw new Error(`${path} as ${type}: ${error.message}`);
            });
          }
        }
        assert.equal((await agent().agent.tickets.get(reference)).status, 'received');
      });

      test('a file whose bytes are not a type the service takes, whatever its name says', async () => {
        const renamed = await rejection(site().attachments.upload({ service: SERVICE, file: new Blob(['Just some notes, not a PDF.\n'], { type: 'application/pdf' }), filename: 'notes.pdf' }));
        assert.ok(isValidationError(renamed) && renamed.status === 415, String(renamed));
        assert.equal(renamed.problemType, PROBLEM_TYPES.unsupportedMediaType);
        const pdfForImages = await rejection(site().attachments.upload({ service: IMAGES_ONLY_NO_CALLBACKS, file: pdf(), filename: 'photo.jpg' }));
        assert.ok(isValidationError(pdfForImages) && pdfForImages.status === 415, String(pdfForImages));
        await refused(raw('POST', '/v1/attachments', { json: { service: SERVICE, file: 'JVBERi0xLjc=' } }), 415, PROBLEM_TYPES.unsupportedMediaType);
      });
    });

    describe('422: well-formed requests the contact centre refuses', () => {
      test('a complaint: every field the service definition refuses is listed', async () => {
        const body = complaintBody();
        const error = await rejection(site().complaints.create({ ...body, answers: { visit_date: daysAgo(-30), issues: ['long_wait'], details: 'Too short' } }));
        assert.ok(isValidationError(error), String(error));
        assert.equal(error.status, 422);
        assert.equal(error.problemType, PROBLEM_TYPES.validation);
        assert.deepEqual(error.fieldErrors('answers.clinic').map((e) => e.code), ['required']);
        assert.deepEqual(error.fieldErrors('answers.visit_date').map((e) => e.code), ['date_in_future']);
        assert.deepEqual(error.fieldErrors('answers.details').map((e) => e.code), ['too_short']);
        const unknownService = await rejection(site().complaints.create({ ...body, service: 'no-such-service' }));
        assert.ok(isValidationError(unknownService) && unknownService.status === 422, String(unknownService));
        const phoneChannel = await rejection(site().complaints.create({ ...body, channel: 'phone' }));
        assert.ok(isValidationError(phoneChannel) && phoneChannel.fieldErrors('channel')[0]?.code === 'not_allowed', String(phoneChannel));
      });

      test('a complaint body the SDK refuses before sending reads the same as the contact centre’s 422 for it', async () => {
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
          const refusedBySdk = await rejection(site().complaints.create(body as never));
          assert.ok(isValidationError(refusedBySdk), String(refusedBySdk));
          assert.equal(refusedBySdk.status, undefined, 'refused by the SDK, not by the contact centre');
          const problem = await refused(raw('POST', '/v1/complaints', { json: body, headers: { [HEADERS.idempotencyKey]: crypto.randomUUID() } }), 422, PROBLEM_TYPES.validation);
          assert.ok(problem.errors!.length >= 5);
          assert.deepEqual(refusedBySdk.errors, problem.errors);
        }
      });

      test('citing attachments that cannot be cited', async () => {
        const attachment = await site().attachments.upload({ service: SERVICE, file: pdf() });
        await site().complaints.create({ ...complaintBody(), attachments: [attachment.id] });
        const error = await rejection(site().complaints.create({ ...complaintBody(), attachments: [attachment.id, `att_${'z'.repeat(26)}`] }));
        assert.ok(isValidationError(error) && error.status === 422, String(error));
        assert.deepEqual(error.errors.map((e) => e.field), ['attachments.0', 'attachments.1']);
        const fresh = await site().attachments.upload({ service: SERVICE, file: pdf() });
        const twice = await rejection(site().complaints.create({ ...complaintBody(), attachments: [fresh.id, fresh.id] }));
        assert.ok(isValidationError(twice) && twice.status === 422, String(twice));
        assert.deepEqual(twice.errors.map((e) => e.field), ['attachments.1']);
        const tooMany = await rejection(site().complaints.create({ ...complaintBody(), attachments: [fresh.id, attachment.id, `att_${'z'.repeat(26)}`] }));
        assert.ok(isValidationError(tooMany) && tooMany.fieldErrors('attachments')[0]?.code === 'too_many', String(tooMany));
      });

      test('an upload for an unknown service, a service without attachments, or an empty file', async () => {
        const unknown = await rejection(site().attachments.upload({ service: 'no-such-service', file: pdf() }));
        assert.ok(isValidationError(unknown) && unknown.status === 422, String(unknown));
        assert.equal(unknown.fieldErrors('service')[0]?.code, 'invalid_choice');
        const noAttachments = await rejection(site().attachments.upload({ service: SERVICE_WITHOUT_ATTACHMENTS, file: pdf() }));
        assert.ok(isValidationError(noAttachments) && noAttachments.status === 422, String(noAttachments));
        assert.equal(noAttachments.fieldErrors('file')[0]?.code, 'not_allowed');
        const empty = new FormData();
        empty.append('service', SERVICE);
        empty.append('file', new Blob([]), 'empty.pdf');
        const problem = await refused(raw('POST', '/v1/attachments', { body: empty }), 422, PROBLEM_TYPES.validation);
        assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['file', 'required']]);
      });

      test('a callback: invalid fields, a time that is not offered, a service without callbacks', async () => {
        const problem = await refused(raw('POST', '/v1/callbacks', { json: { ...callbackBody({ type: 'asap' }), phone: 'call me', locale: '', surprise: 1 } }), 422, PROBLEM_TYPES.validation);
        assert.deepEqual(new Set(problem.errors?.map((e) => e.field)), new Set(['phone', 'locale', 'surprise']));
        const slot = await freeSlot();
        const offBy7 = new Date(Date.parse(slot.start) + 7 * 60_000).toISOString();
        const notOffered = await rejection(site().callbacks.create(callbackBody({ type: 'slot', start: offBy7 })));
        assert.ok(isValidationError(notOffered) && notOffered.fieldErrors('schedule.start').length === 1, String(notOffered));
        const noCallbacks = await rejection(site().callbacks.create({ ...callbackBody({ type: 'asap' }), service: IMAGES_ONLY_NO_CALLBACKS }));
        assert.ok(isValidationError(noCallbacks) && noCallbacks.fieldErrors('service')[0]?.code === 'not_allowed', String(noCallbacks));
      });

      test('FAQ feedback, a status change and a re-route with fields the contract refuses', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        const secret = { secret: keys.secret['health']! };
        const cases: Array<[string, Key | undefined, unknown, string]> = [
          ['/v1/faq/health-001/feedback', undefined, { helpful: 'yes' }, 'helpful'],
          ['/v1/faq/health-001/feedback', undefined, { helpful: true, rating: 5 }, 'rating'],
          [`/v1/agent/tickets/${reference}/status`, secret, { status: 'lost' }, 'status'],
          [`/v1/agent/tickets/${reference}/status`, secret, {}, 'status'],
          [`/v1/agent/tickets/${reference}/route`, secret, { entity: 'Not A Slug!' }, 'entity'],
        ];
        for (const [path, key, json, field] of cases) {
          const problem = await refused(raw('POST', path, { key, json }), 422, PROBLEM_TYPES.validation);
          assert.ok(problem.errors?.some((e) => e.field === field), `${path} ${JSON.stringify(json)}: ${JSON.stringify(problem.errors)}`);
        }
        const unknownEntity = await rejection(agent().agent.tickets.reroute(reference, { entity: 'road-maintenance' }));
        assert.ok(isValidationError(unknownEntity) && unknownEntity.fieldErrors('entity')[0]?.code === 'invalid_choice', String(unknownEntity));
      });
    });

    describe('proof of work and honeypot: what tells a citizen from a program', () => {
      /** A solved challenge of `GET /v1/challenge`, as the `X-Civic-Proof` header carries it. */
      async function proof(ministry = 'health'): Promise<string> {
        const response = await raw('GET', '/v1/challenge', { key: { site: keys.site[ministry]! } });
        assert.equal(response.status, 200);
        const challenge = (await response.json()) as Challenge;
        const { algorithm, salt, signature } = challenge;
        return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number: await solveChallenge(challenge), salt, signature }));
      }
      const post = (proofHeader: string | null, idempotencyKey: string, json: unknown = complaintBody()) =>
        raw('POST', '/v1/complaints', { json, headers: { [HEADERS.idempotencyKey]: idempotencyKey, ...(proofHeader ? { [HEADERS.proof]: proofHeader } : {}) } });

      test('GET /v1/challenge takes a site key: 401 without one, 403 with a secret key; 404 where no proof is asked', async () => {
        await refused(raw('GET', '/v1/challenge', { key: null }), 401, PROBLEM_TYPES.unauthorized);
        await refused(raw('GET', '/v1/challenge', { key: { secret: keys.secret['health']! } }), 403, PROBLEM_TYPES.forbidden);
        const none = await refused(raw('GET', '/v1/challenge'), 404, PROBLEM_TYPES.notFound);
        assert.match(none.detail ?? '', /asks for no proof of work/);
        // Nothing is asked of writes then.
        assert.equal((await post(null, 'no-proof-asked-0001')).status, 201);
      });

      test('a filled honeypot is refused with 400 naming the field; an empty one passes', async () => {
        const filled = await rejection(site().complaints.create({ ...complaintBody(), website: 'https://cheap-pills.example' }));
        assert.ok(isValidationError(filled) && filled.status === 400 && filled.fieldErrors('website').length === 1, String(filled));
        const booking = await rejection(site().callbacks.create({ ...callbackBody({ type: 'asap' }), website: 'x' }));
        assert.ok(isValidationError(booking) && booking.status === 400, String(booking));
        await site().complaints.create({ ...complaintBody(), website: '' });
      });

      describe('with the proof of work asked', () => {
        before(() => {
          proofOfWork = { maxNumber: 1000 };
        });
        after(() => {
          proofOfWork = false;
        });

        test('the SDK solves it for a site key’s complaint, booking and upload; a secret key needs none', async () => {
          const proofs: Array<string | null> = [];
          const watching: typeof fetch = async (input, init) => {
            const request = new Request(input, init);
            if (request.method === 'POST') proofs.push(request.headers.get(HEADERS.proof));
            return recordingFetch(request);
          };
          const citizen = client({ site: keys.site['health']! }, watching);
          const attachment = await citizen.attachments.upload({ service: SERVICE, file: pdf(), filename: 'referral.pdf' });
          await citizen.complaints.create({ ...complaintBody(), attachments: [attachment.id] });
          await citizen.callbacks.create(callbackBody({ type: 'asap' }));
          assert.ok(proofs.at(-1) && proofs.at(-2), 'the writes carried proofs');
          const desk = client({ secret: keys.secret['health']! }, watching);
          proofs.length = 0;
          await desk.complaints.create({ ...complaintBody(), channel: 'phone' });
          assert.deepEqual(proofs, [null]);
        });

        test('a write without a proof is refused with 400 proof-required, saying what to send', async () => {
          const problem = await refused(post(null, 'no-proof-0001'), 400, PROBLEM_TYPES.proofRequired);
          assert.match(problem.detail ?? '', /needs a proof of work in the X-Civic-Proof header/);
          const form = new FormData();
          form.append('service', SERVICE);
          form.append('file', pdf(), 'a.pdf');
          await refused(raw('POST', '/v1/attachments', { body: form }), 400, PROBLEM_TYPES.proofRequired);
        });

        test('a proof is good once: the same request again replays, another request is refused', async () => {
          const solved = await proof();
          const first = await post(solved, 'single-use-0001');
          assert.equal(first.status, 201);
          const replay = await post(solved, 'single-use-0001');
          assert.equal(replay.status, 201);
          assert.deepEqual(await replay.json(), await first.json());
          const other = await refused(post(solved, 'single-use-0002', complaintBody('Another complaint')), 400, PROBLEM_TYPES.proofRequired);
          assert.match(other.detail ?? '', /already used by another request/);
        });

        test('an expired proof, or one of another ministry, is refused', async () => {
          const transport = await proof('transport');
          assert.match((await refused(post(transport, 'elsewhere-0001'), 400, PROBLEM_TYPES.proofRequired)).detail ?? '', /another ministry/);
          const solved = await proof();
          clockOffsetMs += 31 * 60_000;
          assert.match((await refused(post(solved, 'expired-0001'), 400, PROBLEM_TYPES.proofRequired)).detail ?? '', /expired/);
          // The SDK solves a fresh one.
          await site().complaints.create(complaintBody());
        });
      });
    });

    describe('429: public writes are limited per client', () => {
      const once = { limit: 1, windowSeconds: 600 };
      before(() => {
        limits = { writes: { complaint: { perClient: once }, attachment: { perClient: once }, callback: { perClient: once }, faqFeedback: { perClient: once } } };
      });
      after(() => {
        limits = undefined;
      });

      test('a second complaint, upload, booking or FAQ vote within the window is refused with the wait, in the header and the problem', async () => {
        const pdf = () => new Blob(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n']);
        const [faq] = (await site().faq.search({ q: 'appointment' })).hits;
        assert.ok(faq, 'the seed has a FAQ to vote on');
        const writes: Array<[string, () => Promise<unknown>, () => Promise<Response>]> = [
          ['complaint', () => site().complaints.create(complaintBody()), () => raw('POST', '/v1/complaints', { json: complaintBody() })],
          ['upload', () => site().attachments.upload({ service: SERVICE, file: pdf() }), () => {
            const form = new FormData();
            form.set('service', SERVICE);
            form.set('file', pdf(), 'letter.pdf');
            return raw('POST', '/v1/attachments', { body: form });
          }],
          ['booking', () => site().callbacks.create(callbackBody({ type: 'asap' })), () => raw('POST', '/v1/callbacks', { json: callbackBody({ type: 'asap' }) })],
          ['FAQ vote', () => site().faq.feedback(faq.id, { helpful: false }), () => raw('POST', `/v1/faq/${faq.id}/feedback`, { json: { helpful: false } })],
        ];
        for (const [what, write, again] of writes) {
          await write();
          const error = await rejection(write());
          assert.ok(isRateLimitedError(error), `a second ${what} is rate limited, not ${String(error)}`);
          assert.ok(error.retryAfter !== undefined && error.retryAfter > 0 && error.retryAfter <= 600);
          const response = await again();
          const problem = await refused(response, 429, PROBLEM_TYPES.rateLimited);
          assert.equal(response.headers.get(HEADERS.retryAfter), String(problem.retryAfter));
        }
        clockOffsetMs += 601_000;
        await site().complaints.create(complaintBody());
      });
    });

    describe('429: lookups are rate limited', () => {
      test('ticket lookups: a wait to respect, in the header and the problem, then the lookup works again', async () => {
        const { reference } = await site().complaints.create(complaintBody());
        let error: unknown;
        let attempts = 0;
        for (; attempts < 30 && !isRateLimitedError(error); attempts++) {
          error = await rejection(site().tickets.get(reference, { verifier: `guess${attempts}@example.com` }));
          if (!isRateLimitedError(error)) assert.ok(isNotFoundError(error), String(error));
        }
        assert.ok(isRateLimitedError(error), 'lookups are rate limited');
        assert.ok(attempts > 3, 'a citizen who mistypes a few times is not locked out');
        assert.equal(error.status, 429);
        assert.ok(error.retryAfter !== undefined && error.retryAfter > 0);

        // Even the right verifier waits now, so guessing cannot go on.
        const limited = await raw('GET', `/v1/tickets/${reference}`, { headers: { [HEADERS.verifier]: EMAIL } });
        const problem = await refused(limited, 429, PROBLEM_TYPES.rateLimited);
        assert.equal(limited.headers.get(HEADERS.retryAfter), String(problem.retryAfter));
        // Rating goes through the same check, so it waits too.
        const rating = raw('POST', `/v1/tickets/${reference}/satisfaction`, { json: { rating: 5 }, headers: { [HEADERS.verifier]: EMAIL } });
        await refused(rating, 429, PROBLEM_TYPES.rateLimited);

        clockOffsetMs += (problem.retryAfter! + 1) * 1000;
        assert.equal((await site().tickets.get(reference, { verifier: EMAIL })).reference, reference);
      });

      test('callback cancellations with wrong phone numbers', async () => {
        const booked = await site().callbacks.create(callbackBody({ type: 'asap' }));
        let error: unknown;
        for (let attempt = 0; attempt < 30 && !isRateLimitedError(error); attempt++) {
          error = await rejection(site().callbacks.cancel(booked.reference, { verifier: `+1758555${String(attempt).padStart(4, '9')}` }));
          if (!isRateLimitedError(error)) assert.ok(isNotFoundError(error), String(error));
        }
        assert.ok(isRateLimitedError(error), 'cancellations are rate limited');
        assert.ok(error.retryAfter !== undefined && error.retryAfter > 0);
        const response = await raw('DELETE', `/v1/callbacks/${booked.reference}`, { headers: { [HEADERS.verifier]: '+17585550100' } });
        await refused(response, 429, PROBLEM_TYPES.rateLimited);
        assert.ok(Number(response.headers.get(HEADERS.retryAfter)) > 0);
      });
    });

    test('coverage: every error the OpenAPI document declares was produced, every response was a proper one, and nothing undeclared', () => {
      assert.deepEqual(violations, [], 'every response below 500, every error a problem document with its own status');
      const missing: string[] = [];
      const undeclared: string[] = [];
      for (const op of operations) {
        for (const status of op.declared) {
          const excused = NOT_PRODUCIBLE.some((rule) => rule.status === status && (rule.only ? rule.only.includes(op.name) : !rule.except?.includes(op.name)));
          if (!excused && !seen.has(`${op.name} ${status}`)) missing.push(`${op.name} ${status}`);
        }
      }
      for (const entry of seen) {
        const status = Number(entry.slice(entry.lastIndexOf(' ') + 1));
        const op = operations.find((o) => entry.startsWith(`${o.name} `))!;
        if (status >= 400 && !op.declared.has(status)) undeclared.push(entry);
      }
      assert.deepEqual(missing, [], 'declared errors no case produced');
      assert.deepEqual(undeclared.sort(), [], 'errors produced that the OpenAPI document does not declare');
    });
  });
}
