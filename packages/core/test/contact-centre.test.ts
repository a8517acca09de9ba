import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  AgentTicketSchema,
  AttachmentSchema,
  CallbackSchema,
  CallbackSlotsSchema,
  ComplaintCreatedSchema,
  FaqArticleSchema,
  FaqSearchResponseSchema,
  fieldErrorsFromIssues,
  generateReference,
  HEADERS,
  parseReference,
  PROBLEM_TYPES,
  safeParse,
  ServiceCatalogueSchema,
  StatsSchema,
  TicketListSchema,
  TicketSchema,
  type Schema,
  type Slot,
} from '@civic-contact/contract';
import { sha256Hex } from '../src/crypto-utils.ts';
import type { Principal } from '../src/keys.ts';
import {
  busComplaint,
  callbackRequest,
  clinicComplaint,
  fieldCodes,
  makeCentre,
  NOW,
  pdfBytes,
  pngBytes,
  problem,
  refusal,
  type Fixture,
} from './fixtures.ts';

/** Asserts that `value` matches a contract schema, so every answer is one the SDK accepts. */
function conforms(schema: Schema, value: unknown): void {
  const result = safeParse(schema, value);
  assert.ok(result.success, `does not match the contract: ${result.success || JSON.stringify(fieldErrorsFromIssues(result.issues))}`);
}

async function fileClinicComplaint(f: Fixture, overrides: Record<string, unknown> = {}, key: string | null = null) {
  const created = await f.centre.createComplaint(f.health, clinicComplaint(overrides), key);
  return created.body.reference;
}

/** The first slot of the health centre's listing that still has room. */
async function firstFreeSlot(f: Fixture): Promise<Slot> {
  const listing = await f.centre.callbackSlots(f.health, { service: 'health-clinic-services' });
  const slot = listing.days.flatMap((d) => d.slots).find((s) => s.remaining > 0);
  assert.ok(slot, 'the seed calendar offers a free slot');
  return slot;
}

describe('authentication', () => {
  test('a publishable key becomes a site principal of its ministry', async () => {
    const f = await makeCentre();
    assert.deepEqual(f.health, { kind: 'site', ministryId: 'health', keyId: 'key_site_health' });
    assert.deepEqual(f.healthAgent, { kind: 'secret', ministryId: 'health', keyId: 'key_secret_health' });
    assert.deepEqual(f.admin, { kind: 'secret', ministryId: null, keyId: 'key_secret_admin' });
  });

  test('no key, an unknown key, or a key in the wrong header is 401', async () => {
    const f = await makeCentre();
    await problem(f.centre.authenticate({}), 401, PROBLEM_TYPES.unauthorized);
    await problem(f.centre.authenticate({ siteKey: 'pk_test_nobody' }), 401);
    await problem(f.centre.authenticate({ authorization: 'Bearer sk_test_nobody' }), 401);
    await problem(f.centre.authenticate({ authorization: 'Bearer pk_test_health' }), 401);
    await problem(f.centre.authenticate({ authorization: 'Basic abc' }), 401);
    await problem(f.centre.authenticate({ siteKey: 'sk_test_health' }), 401);
  });

  test('a revoked key is 401', async () => {
    const f = await makeCentre();
    await f.storage.transaction(async (tx) => {
      const key = (await tx.findSiteKey('pk_test_health'))!;
      await tx.upsertSiteKey({ ...key, revokedAt: NOW.toISOString() });
    });
    await problem(f.centre.authenticate({ siteKey: 'pk_test_health' }), 401);
  });

  test('a site key is refused (403) from an origin it does not list, accepted from one it does and without Origin', async () => {
    const f = await makeCentre();
    await f.storage.transaction((tx) =>
      tx.upsertSiteKey({
        id: 'key_health_site',
        key: 'pk_live_healthsite',
        ministryId: 'health',
        allowedOrigins: ['https://health.example.gov'],
        createdAt: NOW.toISOString(),
        revokedAt: null,
      }),
    );
    const ok = await f.centre.authenticate({ siteKey: 'pk_live_healthsite', origin: 'https://HEALTH.example.gov' });
    assert.equal(ok.ministryId, 'health');
    await f.centre.authenticate({ siteKey: 'pk_live_healthsite', origin: null });
    const refused = await problem(f.centre.authenticate({ siteKey: 'pk_live_healthsite', origin: 'https://evil.example' }), 403, PROBLEM_TYPES.forbidden);
    assert.match(refused.detail!, /evil\.example/);
    await problem(f.centre.authenticate({ siteKey: 'pk_live_healthsite', origin: 'null' }), 403);
  });

  test('a site key cannot use any agent or reporting endpoint (403)', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    await problem(f.centre.listTickets(f.health, {}), 403, PROBLEM_TYPES.forbidden);
    await problem(f.centre.getAgentTicket(f.health, reference), 403);
    await problem(f.centre.updateTicketStatus(f.health, reference, { status: 'assigned' }), 403);
    await problem(f.centre.rerouteTicket(f.health, reference, { entity: 'patient-relations' }), 403);
    await problem(f.centre.stats(f.health, {}), 403);
    assert.equal((await f.centre.getAgentTicket(f.healthAgent, reference)).status, 'received', 'nothing changed');
  });

  test('a secret key reads tickets through the agent endpoint, not the citizen one (403)', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    await problem(f.centre.getTicket(f.healthAgent, reference, 'marie.joseph@example.org', 'c'), 403);
  });

  test('an all-ministries key cannot act as a citizen of no ministry (403)', async () => {
    const f = await makeCentre();
    await problem(f.centre.listServices(f.admin), 403);
    await problem(f.centre.createComplaint(f.admin, clinicComplaint(), null), 403);
    await problem(f.centre.searchFaq(f.admin, { q: 'clinic' }), 403);
  });
});

describe('services', () => {
  test('lists the key’s ministry and only its services', async () => {
    const f = await makeCentre();
    const catalogue = await f.centre.listServices(f.health);
    conforms(ServiceCatalogueSchema, catalogue);
    assert.equal(catalogue.ministry.id, 'health');
    assert.ok(catalogue.services.length > 0);
    assert.ok(catalogue.services.every((s) => s.ministryId === 'health'));
    assert.ok(catalogue.services.some((s) => s.id === 'health-clinic-services'));
  });
});

describe('complaints', () => {
  test('files a ticket with a checkable reference, status received and a due date', async () => {
    const f = await makeCentre();
    const result = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    conforms(ComplaintCreatedSchema, result.body);
    assert.equal(result.status, 201);
    assert.equal(result.replayed, false);
    const parsed = parseReference(result.body.reference);
    assert.ok(parsed.ok && parsed.prefix === 'MOH', result.body.reference);
    assert.equal(result.body.status, 'received');
    assert.equal(result.body.submittedAt, NOW.toISOString());
    assert.ok(result.body.expectedResponseBy > result.body.submittedAt);

    const ticket = await f.centre.getAgentTicket(f.healthAgent, result.body.reference);
    conforms(AgentTicketSchema, ticket);
    assert.equal(ticket.entityId, 'primary-care', 'routed to the service’s entity');
    assert.equal(ticket.channel, 'web');
    assert.equal(ticket.citizen.email, 'Marie.Joseph@example.org');
    assert.deepEqual(
      ticket.timeline.map((e) => [e.kind, e.status, e.entity.id]),
      [['created', 'received', 'primary-care']],
    );
  });

  test('repeating the Idempotency-Key with the same body returns the same ticket, once', async () => {
    const f = await makeCentre();
    const first = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    f.advance(5);
    // Same meaning, keys in another order.
    const body = clinicComplaint();
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await f.centre.createComplaint(f.health, reordered, 'complaint-0001');
    assert.equal(again.replayed, true);
    assert.deepEqual(again.body, first.body);
    const list = await f.centre.listTickets(f.healthAgent, {});
    assert.equal(list.items.length, 1);
  });

  test('a key that a concurrent request takes mid-transaction (another instance) runs the transaction again: one ticket, one answer', async () => {
    const f = await makeCentre();
    const transaction = f.storage.transaction.bind(f.storage);
    let runs = 0;
    let other: Promise<Awaited<ReturnType<typeof f.centre.createComplaint>>> | undefined;
    // The first run finds its key taken when it stores it, as on PostgreSQL when another
    // instance committed it meanwhile: the domain must not answer 409 but decide again.
    f.storage.transaction = (fn) =>
      transaction((tx) => {
        runs++;
        if (other !== undefined) return fn(tx);
        const putIdempotency = async () => {
          other = f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
          return false;
        };
        const raced = new Proxy(tx, {
          get: (target, name) => (name === 'putIdempotency' ? putIdempotency : Reflect.get(target, name).bind(target)),
        });
        return fn(raced);
      });
    const mine = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    const theirs = await other!;
    assert.ok(runs >= 2, `${runs} run(s): the refused one, then its rerun`);
    assert.deepEqual(mine.body, theirs.body);
    assert.deepEqual([mine.replayed, theirs.replayed].sort(), [false, true]);
    const list = await f.centre.listTickets(f.healthAgent, {});
    assert.deepEqual(list.items.map((t) => t.reference), [mine.body.reference]);
  });

  test('a SHA-256 given to the centre (a server’s faster one) hashes request bodies and secret keys alike', async () => {
    const hashed: string[] = [];
    const f = await makeCentre({
      sha256: (data) => {
        hashed.push(typeof data === 'string' ? data : 'bytes');
        return createHash('sha256').update(data).digest('hex');
      },
    });
    // The fixture's agent principals were authenticated through it, against hashes stored by Web Crypto.
    assert.deepEqual(hashed, [f.keys.secret.health, f.keys.secret.transport, f.keys.admin]);
    const first = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    const again = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    assert.equal(again.replayed, true);
    assert.deepEqual(again.body, first.body);
    await problem(f.centre.createComplaint(f.health, clinicComplaint({ subject: 'Other' }), 'complaint-0001'), 409, PROBLEM_TYPES.idempotencyConflict);
    assert.equal(hashed.filter((data) => data.startsWith('createComplaint\n')).length, 3);
  });

  test('the same Idempotency-Key with another body is 409, and files nothing', async () => {
    const f = await makeCentre();
    await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0001');
    const p = await problem(
      f.centre.createComplaint(f.health, clinicComplaint({ subject: 'Something else' }), 'complaint-0001'),
      409,
      PROBLEM_TYPES.idempotencyConflict,
    );
    assert.match(p.detail!, /Idempotency-Key/);
    assert.equal((await f.centre.listTickets(f.healthAgent, {})).items.length, 1);
  });

  test('Idempotency-Keys belong to their ministry: another ministry may use the same one', async () => {
    const f = await makeCentre();
    const a = await f.centre.createComplaint(f.health, clinicComplaint(), 'shared-key-1');
    const b = await f.centre.createComplaint(f.transport, busComplaint(), 'shared-key-1');
    assert.equal(b.replayed, false);
    assert.notEqual(a.body.reference, b.body.reference);
  });

  test('a malformed Idempotency-Key is 400', async () => {
    const f = await makeCentre();
    for (const key of ['short', 'x'.repeat(256), 'has space inside', 'ключ-12345678']) {
      const p = await problem(f.centre.createComplaint(f.health, clinicComplaint(), key), 400, PROBLEM_TYPES.badRequest);
      assert.deepEqual(fieldCodes(p), [`${HEADERS.idempotencyKey}:invalid_format`]);
    }
  });

  test('a body that is not a JSON object is 400', async () => {
    const f = await makeCentre();
    for (const body of [null, 'complaint', 42, [clinicComplaint()]]) {
      await problem(f.centre.createComplaint(f.health, body, null), 400, PROBLEM_TYPES.badRequest);
    }
  });

  test('every structural problem of the body is reported at once, per field (422)', async () => {
    const f = await makeCentre();
    const p = await problem(
      f.centre.createComplaint(
        f.health,
        {
          service: 'Clinic Services',
          description: 'x'.repeat(5001),
          answers: { clinic: { nested: true } },
          citizen: { email: 'not-an-email', phone: '555-0123', shoeSize: 9 },
          attachments: ['photo.jpg'],
          channel: 'fax',
          locale: 12,
          priority: 'high',
        },
        null,
      ),
      422,
      PROBLEM_TYPES.validation,
    );
    assert.equal(p.title, 'Check your answers');
    assert.deepEqual(new Set(fieldCodes(p)), new Set([
      'service:invalid_format',
      'subject:required',
      'description:too_long',
      'answers.clinic:invalid_type',
      'citizen.email:invalid_email',
      'citizen.phone:invalid_phone',
      'citizen.shoeSize:unknown_field',
      'attachments.0:invalid_format',
      'channel:invalid_choice',
      'locale:invalid_type',
      'priority:unknown_field',
    ]));
    assert.ok(p.errors!.every((e) => e.message.length > 0 && e.message !== 'Invalid input'));
    assert.match(p.detail!, /11 fields/);
  });

  test('blank text after trimming is required, not too short', async () => {
    const f = await makeCentre();
    const p = await problem(f.centre.createComplaint(f.health, clinicComplaint({ subject: '   ', description: '' }), null), 422);
    assert.deepEqual(fieldCodes(p), ['subject:required', 'description:required']);
  });

  test('the service’s own rules are checked: dynamic fields, contact details (422)', async () => {
    const f = await makeCentre();
    const p = await problem(
      f.centre.createComplaint(
        f.health,
        clinicComplaint({ answers: { clinic: 'mars', visit_date: '2030-01-01', issues: [], details: 'long enough to count here' }, citizen: {} }),
        null,
      ),
      422,
    );
    const codes = fieldCodes(p);
    assert.ok(codes.includes('answers.clinic:invalid_choice'), codes.join());
    assert.ok(codes.includes('answers.visit_date:date_in_future'), codes.join());
    assert.ok(codes.includes('answers.issues:required'), codes.join());
    assert.ok(codes.includes('citizen.email:required'), codes.join());
  });

  test('an unknown service and another ministry’s service are the same 422 on service', async () => {
    const f = await makeCentre();
    const unknown = await problem(f.centre.createComplaint(f.health, clinicComplaint({ service: 'no-such-service' }), null), 422);
    const foreign = await problem(f.centre.createComplaint(f.health, busComplaint(), null), 422);
    assert.deepEqual(foreign, unknown);
    assert.deepEqual(fieldCodes(unknown), ['service:invalid_choice']);
  });

  test('a site key files through the web channel only; a secret key may record a phone complaint', async () => {
    const f = await makeCentre();
    const p = await problem(f.centre.createComplaint(f.health, clinicComplaint({ channel: 'phone' }), null), 422);
    assert.deepEqual(fieldCodes(p), ['channel:not_allowed']);
    const byAgent = await f.centre.createComplaint(f.healthAgent, clinicComplaint({ channel: 'phone' }), null);
    assert.equal((await f.centre.getAgentTicket(f.healthAgent, byAgent.body.reference)).channel, 'phone');
  });

  test('a reference already in use is never handed out again', async () => {
    // The first two draws are the same 7 random characters, the third differs.
    const draws = [new Uint8Array([1, 2, 3, 4, 5, 6, 7]), new Uint8Array([1, 2, 3, 4, 5, 6, 7]), new Uint8Array([9, 9, 9, 9, 9, 9, 9])];
    let call = 0;
    const f = await makeCentre({ randomBytes: (n) => (draws[call++] ?? new Uint8Array(n).fill(call)).slice(0, n) });
    const a = await f.centre.createComplaint(f.health, clinicComplaint(), null);
    const b = await f.centre.createComplaint(f.health, clinicComplaint(), null);
    assert.equal(a.body.reference, generateReference('MOH', () => draws[0]!));
    assert.equal(b.body.reference, generateReference('MOH', () => draws[2]!));
    assert.equal(call, 3);
  });
});

describe('attachments', () => {
  test('stores a sniffed file under its SHA-256 with a clean name, and a complaint can cite it', async () => {
    const f = await makeCentre();
    const bytes = pngBytes(2048);
    const attachment = await f.centre.uploadAttachment(f.health, {
      serviceId: 'health-clinic-services',
      filename: '..\\..\\Windows\\receipt\u202Egnp.png',
      content: bytes,
    });
    conforms(AttachmentSchema, attachment);
    assert.equal(attachment.contentType, 'image/png');
    assert.equal(attachment.size, 2048);
    assert.equal(attachment.sha256, await sha256Hex(bytes));
    assert.equal(attachment.filename, 'receiptgnp.png');
    assert.deepEqual(await f.blobs.get(attachment.sha256), bytes);

    const created = await f.centre.createComplaint(f.health, clinicComplaint({ attachments: [attachment.id] }), null);
    const ticket = await f.centre.getAgentTicket(f.healthAgent, created.body.reference);
    assert.deepEqual(ticket.attachments, [attachment]);
  });

  test('a type the service does not take is 415, whatever the file is called', async () => {
    const f = await makeCentre();
    const exe = new TextEncoder().encode('MZ\x90\x00 this is a program');
    await problem(f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'photo.png', content: exe }), 415, PROBLEM_TYPES.unsupportedMediaType);
    // A real PDF, but the environmental-health service takes photos only.
    await problem(f.centre.uploadAttachment(f.health, { serviceId: 'health-environmental-concern', filename: 'a.pdf', content: pdfBytes() }), 415);
  });

  test('a file above the service’s size limit is 413', async () => {
    const f = await makeCentre();
    const p = await problem(
      f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'scan.pdf', content: pdfBytes(5 * 1024 * 1024 + 1) }),
      413,
      PROBLEM_TYPES.payloadTooLarge,
    );
    assert.match(p.detail!, /5 MB/);
    const justFits = await f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'scan.pdf', content: pdfBytes(5 * 1024 * 1024) });
    assert.equal(justFits.contentType, 'application/pdf');
  });

  test('a service without attachments, an empty file, or an unknown service is 422', async () => {
    const f = await makeCentre();
    const none = await problem(f.centre.uploadAttachment(f.health, { serviceId: 'health-hospital-waiting-times', filename: 'a.png', content: pngBytes() }), 422);
    assert.deepEqual(fieldCodes(none), ['file:not_allowed']);
    const empty = await problem(f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'a.png', content: new Uint8Array() }), 422);
    assert.deepEqual(fieldCodes(empty), ['file:required']);
    const unknown = await problem(f.centre.uploadAttachment(f.health, { serviceId: 'transport-bus-service', filename: 'a.png', content: pngBytes() }), 422);
    assert.deepEqual(fieldCodes(unknown), ['service:invalid_choice']);
  });

  test('a complaint may cite only its own, unused uploads for the same service', async () => {
    const f = await makeCentre();
    const forVaccination = await f.centre.uploadAttachment(f.health, { serviceId: 'health-vaccination', filename: 'card.png', content: pngBytes() });
    const mine = await f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'receipt.png', content: pngBytes() });
    await f.centre.createComplaint(f.health, clinicComplaint({ attachments: [mine.id] }), null);
    const p = await problem(f.centre.createComplaint(f.health, clinicComplaint({ attachments: [forVaccination.id, mine.id] }), null), 422);
    assert.deepEqual(fieldCodes(p), ['attachments.0:invalid_value', 'attachments.1:invalid_value']);
  });

  test('a complaint citing an unknown attachment files nothing and leaves its Idempotency-Key unused', async () => {
    const f = await makeCentre();
    const p = await problem(f.centre.createComplaint(f.health, clinicComplaint({ attachments: ['att_00000000000000000000000000'] }), 'complaint-0002'), 422);
    assert.deepEqual(fieldCodes(p), ['attachments.0:invalid_value']);
    assert.equal((await f.centre.listTickets(f.healthAgent, {})).items.length, 0);
    assert.equal(await f.storage.getIdempotency('health', 'complaint-0002'), undefined);
    // The citizen fixes the form and retries with the same key: a new ticket, not a replay.
    const retried = await f.centre.createComplaint(f.health, clinicComplaint(), 'complaint-0002');
    assert.equal(retried.replayed, false);
    assert.equal((await f.centre.listTickets(f.healthAgent, {})).items.length, 1);
  });
});

describe('ticket lookup', () => {
  test('the citizen sees status and public timeline, newest first, by email or phone in any spelling', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    f.advance(60);
    await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'assigned', note: 'A nurse manager will call you.' });

    const byEmail = await f.centre.getTicket(f.health, reference, '  MARIE.joseph@Example.org ', 'client-1');
    conforms(TicketSchema, byEmail);
    assert.equal(byEmail.status, 'assigned');
    assert.deepEqual(
      byEmail.timeline.map((e) => [e.kind, e.status, e.note]),
      [
        ['status', 'assigned', 'A nurse manager will call you.'],
        ['created', 'received', null],
      ],
    );
    assert.equal(byEmail.service.name.en, 'Community clinic services');
    assert.equal(byEmail.entity.id, 'primary-care');
    assert.ok(!('description' in byEmail) && !('citizen' in byEmail), 'no personal data in the public view');

    const byPhone = await f.centre.getTicket(f.health, reference.toLowerCase().replace(/-/g, ' '), '+1 (758) 555-0123', 'client-1');
    assert.deepEqual(byPhone, byEmail);
    assert.deepEqual(await f.centre.getTicket(f.health, reference, '00 1 758 555 0123', 'client-1'), byEmail);
  });

  test('an unknown reference and a wrong verifier answer the very same 404', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    const unknown = await problem(f.centre.getTicket(f.health, generateReference('MOH'), 'marie.joseph@example.org', 'c'), 404, PROBLEM_TYPES.notFound);
    const wrongEmail = await problem(f.centre.getTicket(f.health, reference, 'someone@example.org', 'c'), 404);
    const wrongPhone = await problem(f.centre.getTicket(f.health, reference, '+17585550999', 'c'), 404);
    const tooFewDigits = await problem(f.centre.getTicket(f.health, reference, '0123', 'c'), 404);
    assert.deepEqual(wrongEmail, unknown);
    assert.deepEqual(wrongPhone, unknown);
    assert.deepEqual(tooFewDigits, unknown);
  });

  test('a mistyped reference is 400 with the reason, before anything is looked up', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    const body = reference.slice(4).replace('-', '');
    const last = body.at(-1)!;
    const wrong = `MOH-${body.slice(0, 4)}-${body.slice(4, 7)}${last === '0' ? '1' : '0'}`;
    const expected = parseReference(wrong);
    assert.ok(!expected.ok);
    const p = await problem(f.centre.getTicket(f.health, wrong, 'marie.joseph@example.org', 'c'), 400, PROBLEM_TYPES.badRequest);
    assert.equal(p.detail, expected.problem.message);
    assert.deepEqual(fieldCodes(p), ['reference:invalid_reference']);
  });

  test('no verifier is 400', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    const p = await problem(f.centre.getTicket(f.health, reference, null, 'c'), 400);
    assert.deepEqual(fieldCodes(p), [`${HEADERS.verifier}:required`]);
    await problem(f.centre.getTicket(f.health, reference, '   ', 'c'), 400);
  });

  test('another ministry’s key cannot read the ticket, even with the right verifier', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    // The transport widget only takes MOT references.
    const p = await problem(f.centre.getTicket(f.transport, reference, 'marie.joseph@example.org', 'c'), 400);
    assert.match(p.detail!, /MOT/);
  });

  test('lookups are limited per client: 429 with Retry-After, and allowed again after the window', async () => {
    const f = await makeCentre({ limits: { lookups: { perClient: { limit: 3, windowSeconds: 60 } } } });
    const reference = await fileClinicComplaint(f);
    await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'client-1');
    await problem(f.centre.getTicket(f.health, reference, 'wrong@example.org', 'client-1'), 404);
    await problem(f.centre.getTicket(f.health, 'MOH-0000-0000', 'x@example.org', 'client-1'), 404);
    const error = await problem(f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'client-1'), 429, PROBLEM_TYPES.rateLimited);
    assert.equal(error.retryAfter, 60);
    // Another client is not affected.
    await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'client-2');
    f.advance(1.01);
    assert.equal((await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'client-1')).reference, reference);
  });

  test('lookups are limited per reference across clients, so a verifier cannot be guessed from many addresses', async () => {
    const f = await makeCentre({ limits: { lookups: { perClient: { limit: 100, windowSeconds: 60 }, failuresPerReference: { limit: 2, windowSeconds: 900 } } } });
    const reference = await fileClinicComplaint(f);
    await problem(f.centre.getTicket(f.health, reference, 'guess1@example.org', 'a'), 404);
    await problem(f.centre.getTicket(f.health, reference, 'guess2@example.org', 'b'), 404);
    const limited = await refusal(f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'c'));
    assert.equal(limited.problem.status, 429);
    assert.equal(limited.headers[HEADERS.retryAfter], String(limited.problem.retryAfter));
    assert.equal(limited.problem.retryAfter, 900);
  });
});

describe('callbacks', () => {
  test('lists the centre’s days in its time zone, with free places and the asap option', async () => {
    const f = await makeCentre();
    const listing = await f.centre.callbackSlots(f.health, { service: 'health-clinic-services' });
    conforms(CallbackSlotsSchema, listing);
    assert.equal(listing.timeZone, 'America/St_Lucia');
    assert.equal(listing.days.length, 7);
    assert.equal(listing.days[0]!.date, '2026-11-10');
    assert.ok(listing.days.some((d) => d.status === 'closed'), 'the weekend is shown as closed');
    const today = listing.days[0]!.slots;
    assert.ok(today.length > 0 && today.every((s) => s.remaining === 3 && s.start >= '2026-11-10T14:30:00.000Z'));
    assert.equal(listing.asap.openNow, true);

    const three = await f.centre.callbackSlots(f.health, new URLSearchParams({ service: 'health-clinic-services', from: '2026-11-16', days: '3' }));
    assert.deepEqual(three.days.map((d) => d.date), ['2026-11-16', '2026-11-17', '2026-11-18']);
  });

  test('a bad query is 400 per field; an unknown service 404; a service without callbacks 400', async () => {
    const f = await makeCentre();
    const bad = await problem(f.centre.callbackSlots(f.health, { service: 'health-clinic-services', days: 'lots', from: '10/11/2026', x: '1' }), 400);
    assert.deepEqual(new Set(fieldCodes(bad)), new Set(['days:invalid_type', 'from:invalid_date', 'x:unknown_field']));
    const tooMany = await problem(f.centre.callbackSlots(f.health, { service: 'health-clinic-services', days: '32' }), 400);
    assert.deepEqual(fieldCodes(tooMany), ['days:too_big']);
    const missing = await problem(f.centre.callbackSlots(f.health, {}), 400);
    assert.deepEqual(fieldCodes(missing), ['service:required']);
    await problem(f.centre.callbackSlots(f.health, { service: 'nope' }), 404);
    await problem(f.centre.callbackSlots(f.health, { service: 'transport-bus-service' }), 404);
    const noCallbacks = await problem(f.centre.callbackSlots(f.health, { service: 'health-environmental-concern' }), 400);
    assert.deepEqual(fieldCodes(noCallbacks), ['service:not_allowed']);
  });

  test('books a listed slot, which then has one place fewer', async () => {
    const f = await makeCentre();
    const slot = await firstFreeSlot(f);
    const booked = await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }), 'callback-0001');
    conforms(CallbackSchema, booked.body);
    assert.equal(booked.status, 201);
    assert.deepEqual(booked.body.slot, { start: slot.start, end: slot.end });
    assert.equal(booked.body.status, 'scheduled');
    assert.equal(booked.body.timeZone, 'America/St_Lucia');
    assert.ok(parseReference(booked.body.reference).ok);
    assert.equal((await firstFreeSlot(f)).remaining, slot.remaining - 1);

    const replay = await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }), 'callback-0001');
    assert.equal(replay.replayed, true);
    assert.equal(replay.body.reference, booked.body.reference);
    assert.equal((await firstFreeSlot(f)).remaining, slot.remaining - 1, 'a replay books nothing');
  });

  test('a slot given with another offset is the same slot', async () => {
    const f = await makeCentre();
    const slot = await firstFreeSlot(f);
    // Saint Lucia is UTC-4 all year.
    const local = new Date(new Date(slot.start).getTime() - 4 * 3_600_000).toISOString().replace('.000Z', '-04:00');
    const booked = await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: local }), null);
    assert.equal(booked.body.slot!.start, slot.start);
  });

  test('"as soon as possible" books no slot', async () => {
    const f = await makeCentre();
    const booked = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null);
    assert.equal(booked.body.slot, null);
    assert.equal(await f.storage.countAsapQueue('health'), 1);
  });

  test('a time that is not offered, or a service without callbacks, is 422', async () => {
    const f = await makeCentre();
    const odd = await problem(f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: '2026-11-10T15:17:00Z' }), null), 422);
    assert.deepEqual(fieldCodes(odd), ['schedule.start:invalid_value']);
    const sunday = await problem(f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: '2026-11-15T14:00:00Z' }), null), 422);
    assert.deepEqual(fieldCodes(sunday), ['schedule.start:invalid_value']);
    const noCallbacks = await problem(
      f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }, { service: 'health-environmental-concern' }), null),
      422,
    );
    assert.deepEqual(fieldCodes(noCallbacks), ['service:not_allowed']);
    const shape = await problem(
      f.centre.createCallback(f.health, { service: 'health-clinic-services', phone: '5550123', locale: 'english', schedule: { type: 'later' } }, null),
      422,
    );
    assert.deepEqual(new Set(fieldCodes(shape)), new Set(['name:required', 'phone:invalid_phone', 'locale:invalid_format', 'reason:required', 'schedule.type:invalid_choice']));
  });

  test('parallel bookings of one slot: exactly its capacity succeed, the rest are 409 slot full', async () => {
    const f = await makeCentre();
    const slot = await firstFreeSlot(f);
    const capacity = slot.capacity;
    const attempts = await Promise.allSettled(
      Array.from({ length: capacity + 5 }, (_, i) =>
        f.centre.createCallback(
          f.health,
          callbackRequest({ type: 'slot', start: slot.start }, { name: `Caller ${i}`, phone: `+1758555${String(i).padStart(4, '0')}` }),
          `parallel-key-${i}`,
          { clientId: `caller-${i}` },
        ),
      ),
    );
    const booked = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    assert.equal(booked.length, capacity);
    assert.equal(refused.length, 5);
    for (const r of refused) assert.equal(r.reason.problem.type, PROBLEM_TYPES.slotFull);
    assert.equal((await f.storage.countBookedSlots('health', slot.start, slot.end)).get(slot.start), capacity);
    const listed = (await f.centre.callbackSlots(f.health, { service: 'health-clinic-services' })).days.flatMap((d) => d.slots).find((s) => s.start === slot.start);
    assert.equal(listed?.remaining, 0, 'a full slot is listed with no places left');
  });

  test('cancelling with the phone frees the place; cancelling again answers the cancelled callback', async () => {
    const f = await makeCentre();
    const slot = await firstFreeSlot(f);
    const { body } = await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }), null);
    const cancelled = await f.centre.cancelCallback(f.health, body.reference, '+1 758-555-0123', 'client-1');
    conforms(CallbackSchema, cancelled);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await firstFreeSlot(f)).remaining, slot.remaining);
    const again = await f.centre.cancelCallback(f.health, body.reference, '+17585550123', 'client-1');
    assert.deepEqual(again, cancelled);
  });

  test('an unknown callback and a wrong phone are the same 404; another ministry cannot cancel', async () => {
    const f = await makeCentre();
    const { body } = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null);
    const wrong = await problem(f.centre.cancelCallback(f.health, body.reference, '+17585550999', 'c'), 404);
    const unknown = await problem(f.centre.cancelCallback(f.health, generateReference('MOH'), '+17585550123', 'c'), 404);
    assert.deepEqual(wrong, unknown);
    await problem(f.centre.cancelCallback(f.transport, body.reference, '+17585550123', 'c'), 400);
    assert.equal((await f.storage.getCallback(body.reference))?.status, 'scheduled');
  });

  test('a callback whose time has begun cannot be cancelled (409)', async () => {
    const f = await makeCentre();
    const slot = await firstFreeSlot(f);
    const { body } = await f.centre.createCallback(f.health, callbackRequest({ type: 'slot', start: slot.start }), null);
    f.clock.now = new Date(slot.start);
    await problem(f.centre.cancelCallback(f.health, body.reference, '+17585550123', 'c'), 409, PROBLEM_TYPES.conflict);
  });

  test('cancellations are rate limited (429)', async () => {
    const f = await makeCentre({ limits: { lookups: { perClient: { limit: 2, windowSeconds: 60 } } } });
    const { body } = await f.centre.createCallback(f.health, callbackRequest({ type: 'asap' }), null);
    await problem(f.centre.cancelCallback(f.health, body.reference, '+10000000001', 'c'), 404);
    await problem(f.centre.cancelCallback(f.health, body.reference, '+10000000002', 'c'), 404);
    await problem(f.centre.cancelCallback(f.health, body.reference, '+17585550123', 'c'), 429);
  });
});

describe('FAQs', () => {
  test('search tolerates typos and returns only the key’s ministry’s FAQs', async () => {
    const f = await makeCentre();
    const result = await f.centre.searchFaq(f.health, { q: 'apointment' });
    conforms(FaqSearchResponseSchema, result);
    assert.ok(result.hits.length > 0);
    assert.ok(result.hits.every((h) => h.id.startsWith('health-')));
    const transport = await f.centre.searchFaq(f.transport, { q: 'clinic appointment', limit: '20' });
    assert.ok(transport.hits.every((h) => h.id.startsWith('transport-')));
    assert.ok(result.hits.length <= 5, 'the default limit applies');
  });

  test('a bad search query is 400 per field', async () => {
    const f = await makeCentre();
    assert.deepEqual(fieldCodes(await problem(f.centre.searchFaq(f.health, { q: '' }), 400)), ['q:required']);
    assert.deepEqual(fieldCodes(await problem(f.centre.searchFaq(f.health, { q: 'x', limit: '50' }), 400)), ['limit:too_big']);
    assert.deepEqual(fieldCodes(await problem(f.centre.searchFaq(f.health, { q: 'x', limit: '2.5' }), 400)), ['limit:not_integer']);
  });

  test('an FAQ in the asked language; another ministry’s FAQ is 404', async () => {
    const f = await makeCentre();
    const fr = await f.centre.getFaq(f.health, 'health-001', 'fr');
    conforms(FaqArticleSchema, fr);
    assert.equal(fr.lang, 'fr');
    assert.equal((await f.centre.getFaq(f.health, 'health-001', null)).lang, 'en');
    await problem(f.centre.getFaq(f.transport, 'health-001', null), 404);
    await problem(f.centre.getFaq(f.health, 'no-such-faq', null), 404);
    await problem(f.centre.getFaq(f.health, 'health-001', 'French!'), 400);
  });

  test('search sees FAQs added after the index was built', async () => {
    const f = await makeCentre();
    assert.equal((await f.centre.searchFaq(f.health, { q: 'zanzibar' })).total, 0);
    const entry = (await f.storage.getFaq('health-001'))!;
    await f.storage.transaction((tx) =>
      tx.upsertFaq({ ...entry, id: 'health-new', question: { en: 'Can I get a Zanzibar travel vaccine?' }, answerHtml: { en: '<p>Yes.</p>' } }),
    );
    const after = await f.centre.searchFaq(f.health, { q: 'zanzibar' });
    assert.deepEqual(after.hits.map((h) => h.id), ['health-new']);
  });

  test('feedback is recorded (202 body); unknown or foreign FAQs 404; a bad body 422', async () => {
    const f = await makeCentre();
    assert.deepEqual(await f.centre.faqFeedback(f.health, 'health-001', { helpful: false, comment: 'Hours are wrong', lang: 'en' }), {
      id: 'health-001',
      recorded: true,
    });
    assert.deepEqual(await f.storage.feedback(), [
      { ministryId: 'health', faqId: 'health-001', helpful: false, comment: 'Hours are wrong', lang: 'en', at: NOW.toISOString() },
    ]);
    await problem(f.centre.faqFeedback(f.transport, 'health-001', { helpful: true }), 404);
    const bad = await problem(f.centre.faqFeedback(f.health, 'health-001', { helpful: 'yes', extra: 1 }), 422);
    assert.deepEqual(fieldCodes(bad), ['helpful:invalid_type', 'extra:unknown_field']);
    assert.equal((await f.storage.feedback()).length, 1);
  });
});

describe('agents', () => {
  async function threeHealthTicketsAndOneTransport(f: Fixture) {
    const refs: string[] = [];
    for (const subject of ['First', 'Second', 'Third']) {
      refs.push(await fileClinicComplaint(f, { subject }));
      f.advance(10);
    }
    const transport = (await f.centre.createComplaint(f.transport, busComplaint(), null)).body.reference;
    return { refs, transport };
  }

  test('lists the ministry’s tickets newest first, a page at a time', async () => {
    const f = await makeCentre();
    const { refs } = await threeHealthTicketsAndOneTransport(f);
    const first = await f.centre.listTickets(f.healthAgent, { limit: '2' });
    conforms(TicketListSchema, first);
    assert.deepEqual(first.items.map((t) => t.subject), ['Third', 'Second']);
    assert.ok(first.nextCursor);
    const second = await f.centre.listTickets(f.healthAgent, { limit: '2', cursor: first.nextCursor });
    assert.deepEqual(second.items.map((t) => t.reference), [refs[0]]);
    assert.equal(second.nextCursor, null);
  });

  test('filters by status, service, entity and dates; a bad cursor or reversed dates are 400', async () => {
    const f = await makeCentre();
    const { refs } = await threeHealthTicketsAndOneTransport(f);
    await f.centre.updateTicketStatus(f.healthAgent, refs[1]!, { status: 'assigned' });
    await f.centre.rerouteTicket(f.healthAgent, refs[2]!, { entity: 'patient-relations' });
    assert.deepEqual((await f.centre.listTickets(f.healthAgent, { status: 'assigned' })).items.map((t) => t.reference), [refs[1]]);
    assert.deepEqual((await f.centre.listTickets(f.healthAgent, { entity: 'patient-relations' })).items.map((t) => t.reference), [refs[2]]);
    assert.equal((await f.centre.listTickets(f.healthAgent, { service: 'health-vaccination' })).items.length, 0);
    assert.equal((await f.centre.listTickets(f.healthAgent, { from: '2026-11-10', to: '2026-11-10' })).items.length, 3);
    assert.equal((await f.centre.listTickets(f.healthAgent, { from: '2026-11-11' })).items.length, 0);
    await problem(f.centre.listTickets(f.healthAgent, { cursor: 'not-a-cursor' }), 400);
    await problem(f.centre.listTickets(f.healthAgent, { from: '2026-11-11', to: '2026-11-10' }), 400);
    await problem(f.centre.listTickets(f.healthAgent, { status: 'lost' }), 400);
  });

  test('lists the open tickets past their target (overdue) or due before an instant, soonest due first, a page at a time', async () => {
    const f = await makeCentre();
    const refs: string[] = [];
    for (const subject of ['First', 'Second', 'Third']) {
      refs.push(await fileClinicComplaint(f, { subject }));
      f.advance(2 * 24 * 60);
    }
    const due = async (query: Record<string, string>) => (await f.centre.listTickets(f.healthAgent, query)).items.map((t) => t.subject);
    const tickets = (await f.centre.listTickets(f.healthAgent, {})).items;
    const dueBy = (subject: string) => tickets.find((t) => t.subject === subject)!.expectedResponseBy;
    assert.ok(dueBy('First') < dueBy('Second') && dueBy('Second') < dueBy('Third'));

    f.clock.now = new Date(dueBy('First'));
    assert.deepEqual(await due({ overdue: 'true' }), [], 'due now is not yet overdue');
    f.advance(1);
    assert.deepEqual(await due({ overdue: 'true' }), ['First']);
    assert.deepEqual(await due({ overdue: 'false' }), ['Third', 'Second', 'First'], 'overdue=false lists every ticket, newest first');
    const soon = new Date(Date.parse(dueBy('Second')) + 1).toISOString();
    assert.deepEqual(await due({ dueBefore: soon }), ['First', 'Second']);
    // With both, the earlier limit wins; an offset is read as the instant it names.
    assert.deepEqual(await due({ dueBefore: soon, overdue: 'true' }), ['First']);
    const offset = new Date(Date.parse(dueBy('Third')) + 1).toISOString().replace('Z', '+00:00');
    assert.deepEqual(await due({ dueBefore: offset }), ['First', 'Second', 'Third']);

    const first = await f.centre.listTickets(f.healthAgent, { dueBefore: offset, limit: '2' });
    conforms(TicketListSchema, first);
    assert.deepEqual(first.items.map((t) => t.subject), ['First', 'Second']);
    const second = await f.centre.listTickets(f.healthAgent, { dueBefore: offset, limit: '2', cursor: first.nextCursor! });
    assert.deepEqual(second.items.map((t) => t.subject), ['Third']);
    assert.equal(second.nextCursor, null);
    // A cursor of one order is refused in the other.
    const newest = await f.centre.listTickets(f.healthAgent, { limit: '1' });
    await problem(f.centre.listTickets(f.healthAgent, { overdue: 'true', cursor: newest.nextCursor! }), 400);
    await problem(f.centre.listTickets(f.healthAgent, { cursor: first.nextCursor! }), 400);

    // Answered tickets are no longer due.
    await f.centre.updateTicketStatus(f.healthAgent, refs[0]!, { status: 'resolved' });
    assert.deepEqual(await due({ overdue: 'true' }), []);
    assert.deepEqual(await due({ dueBefore: soon }), ['Second']);
    await f.centre.updateTicketStatus(f.healthAgent, refs[0]!, { status: 'reopened' });
    assert.deepEqual(await due({ overdue: 'true' }), ['First']);

    for (const query of [{ dueBefore: '2026-11-10' }, { dueBefore: 'soon' }, { dueBefore: '2026-13-01T00:00:00Z' }, { overdue: 'yes' }]) {
      await problem(f.centre.listTickets(f.healthAgent, query), 400);
    }
  });

  test('a ministry key lists, reads, updates and counts only its own tickets; the all-ministries key sees all', async () => {
    const f = await makeCentre();
    const { refs, transport } = await threeHealthTicketsAndOneTransport(f);
    assert.deepEqual((await f.centre.listTickets(f.transportAgent, {})).items.map((t) => t.reference), [transport]);
    assert.equal((await f.centre.listTickets(f.admin, {})).items.length, 4);

    const notFound = await problem(f.centre.getAgentTicket(f.transportAgent, refs[0]!), 404);
    assert.deepEqual(await problem(f.centre.getAgentTicket(f.transportAgent, generateReference('MOH')), 404), notFound);
    await problem(f.centre.updateTicketStatus(f.transportAgent, refs[0]!, { status: 'assigned' }), 404);
    await problem(f.centre.rerouteTicket(f.transportAgent, refs[0]!, { entity: 'public-bus' }), 404);
    const health = await f.centre.getAgentTicket(f.healthAgent, refs[0]!);
    assert.equal(health.status, 'received');
    assert.equal(health.timeline.length, 1, 'nothing was written by the other ministry');

    const stats = await f.centre.stats(f.transportAgent, {});
    assert.equal(stats.overall.received, 1);
    assert.deepEqual(stats.byMinistry.map((m) => m.ministryId), ['transport']);
    assert.ok(stats.volumeByService.every((v) => v.ministryId === 'transport'));
    await problem(f.centre.stats(f.transportAgent, { ministry: 'health' }), 403);

    assert.equal((await f.centre.getAgentTicket(f.admin, refs[0]!)).reference, refs[0]);
  });

  test('status changes follow the rules, set first response and resolution times, and show on the timeline', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    f.advance(120);
    const assigned = await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'assigned', note: '  Passed to the clinic manager.  ' });
    conforms(AgentTicketSchema, assigned);
    const firstResponse = f.clock.now.toISOString();
    assert.equal(assigned.firstResponseAt, firstResponse);
    assert.equal(assigned.updatedAt, firstResponse);
    assert.deepEqual(assigned.timeline[0], {
      at: firstResponse,
      kind: 'status',
      status: 'assigned',
      note: 'Passed to the clinic manager.',
      entity: assigned.timeline[0]!.entity,
    });

    const illegal = await problem(f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'closed' }), 409, PROBLEM_TYPES.illegalTransition);
    assert.match(illegal.detail!, /from “Assigned” to “Closed”/);
    await problem(f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'assigned' }), 409, PROBLEM_TYPES.illegalTransition);

    f.advance(60);
    const resolved = await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'resolved' });
    assert.equal(resolved.resolvedAt, f.clock.now.toISOString());
    assert.equal(resolved.firstResponseAt, firstResponse, 'the first response stays the first');
    const reopened = await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'reopened', note: 'The citizen wrote back.' });
    assert.equal(reopened.resolvedAt, null);
    assert.deepEqual(reopened.timeline.map((e) => e.status), ['reopened', 'resolved', 'assigned', 'received']);
  });

  test('a bad status body is 422; a bad reference 400; an unknown one 404', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    const p = await problem(f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'done', note: '' }), 422);
    assert.deepEqual(fieldCodes(p), ['status:invalid_choice', 'note:required']);
    await problem(f.centre.updateTicketStatus(f.healthAgent, 'MOH-1234', { status: 'assigned' }), 400);
    await problem(f.centre.updateTicketStatus(f.healthAgent, generateReference('MOH'), { status: 'assigned' }), 404);
  });

  test('re-routing moves the ticket to another entity of the ministry', async () => {
    const f = await makeCentre();
    const reference = await fileClinicComplaint(f);
    const moved = await f.centre.rerouteTicket(f.healthAgent, reference, { entity: 'patient-relations', note: 'About staff conduct.' });
    assert.equal(moved.entityId, 'patient-relations');
    assert.equal(moved.status, 'received');
    assert.deepEqual([moved.timeline[0]!.kind, moved.timeline[0]!.entity.id, moved.timeline[0]!.note], ['rerouted', 'patient-relations', 'About staff conduct.']);
    const citizenView = await f.centre.getTicket(f.health, reference, 'marie.joseph@example.org', 'c');
    assert.equal(citizenView.entity.name.en, 'Patient Relations Office');

    await problem(f.centre.rerouteTicket(f.healthAgent, reference, { entity: 'patient-relations' }), 409, PROBLEM_TYPES.conflict);
    const foreign = await problem(f.centre.rerouteTicket(f.healthAgent, reference, { entity: 'public-bus' }), 422);
    assert.deepEqual(fieldCodes(foreign), ['entity:invalid_choice']);
  });

  test('stats: volumes, backlog, median first response and share resolved within target', async () => {
    const f = await makeCentre();
    const { refs } = await threeHealthTicketsAndOneTransport(f);
    // Submitted at +0, +10, +20 minutes; answered 2 h and 4 h after submission.
    f.clock.now = new Date(NOW.getTime() + 2 * 3_600_000);
    await f.centre.updateTicketStatus(f.healthAgent, refs[0]!, { status: 'resolved' });
    f.clock.now = new Date(NOW.getTime() + 10 * 60_000 + 4 * 3_600_000);
    await f.centre.updateTicketStatus(f.healthAgent, refs[1]!, { status: 'in_progress' });

    const health = await f.centre.stats(f.healthAgent, {});
    conforms(StatsSchema, health);
    assert.equal(health.ministryId, 'health');
    assert.deepEqual(health.period, { from: '2026-10-12', to: '2026-11-10' });
    assert.deepEqual(health.overall, {
      received: 3,
      resolved: 1,
      openBacklog: 2,
      medianFirstResponseHours: 3,
      resolvedWithinTargetShare: 1,
      satisfaction: { responses: 0, averageRating: null, satisfiedShare: null },
    });
    assert.deepEqual(health.volumeByService[0], { serviceId: 'health-clinic-services', ministryId: 'health', count: 3 });
    assert.deepEqual(health.volumeByChannel.find((c) => c.channel === 'web'), { channel: 'web', count: 3 });

    const all = await f.centre.stats(f.admin, {});
    assert.equal(all.ministryId, null);
    assert.equal(all.overall.received, 4);
    assert.deepEqual(all.byMinistry.map((m) => [m.ministryId, m.kpis.received]), [['health', 3], ['transport', 1], ['civil-registry', 0]]);
    const narrowed = await f.centre.stats(f.admin, { ministry: 'transport' });
    assert.equal(narrowed.overall.received, 1);
    assert.deepEqual((await f.centre.stats(f.admin, { from: '2026-11-11', to: '2026-11-30' })).overall.received, 0);
    await problem(f.centre.stats(f.admin, { ministry: 'defence' }), 400);
    await problem(f.centre.stats(f.admin, { from: '2026-11-10', to: '2026-11-01' }), 400);
  });
});

describe('isolation of principals', () => {
  test('a principal made up for a ministry that does not exist gets 401, not someone else’s data', async () => {
    const f = await makeCentre();
    const ghost: Principal = { kind: 'site', ministryId: 'ghost', keyId: 'key_ghost' };
    await problem(f.centre.listServices(ghost), 401);
  });
});
