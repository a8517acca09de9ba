/**
 * What every {@link Storage} must do, as one suite each store runs: the in-memory store
 * (core's memory-storage.test.ts), the SQLite and PostgreSQL stores in packages/server. A
 * store passes when the domain rules cannot tell it from another.
 *
 * Most cases check outcomes: what is stored and answered once concurrent transactions are
 * done (a slot's last place given once, an idempotency key taken once), whatever the store
 * does to get there (run one at a time, or run together and retry the ones that conflicted).
 * Only a serial store (`{ serial: true }`) is also held to running its transactions one at a
 * time, in the order asked.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OPEN_TICKET_STATUSES } from '@civic-contact/contract';
import { seed } from '../seed/index.ts';
import { countPublicStats } from '../public-stats-counts.ts';
import { loadSeed } from '../seed-storage.ts';
import { isTransactionConflictError, TransactionConflictError } from '../transaction-conflict.ts';
import type {
  PublicStatsCounts,
  AttachmentRecord,
  CallbackRecord,
  IdempotencyRecord,
  SatisfactionRecord,
  SecretKeyRecord,
  SiteKeyRecord,
  Storage,
  StorageTx,
  TicketFilter,
  TicketRecord,
  TimelineRecord,
} from '../storage.ts';

/** A ticket of the seed's health ministry; `overrides` change any field. */
export function ticket(reference: string, submittedAt: string, overrides: Partial<TicketRecord> = {}): TicketRecord {
  return {
    reference,
    ministryId: 'health',
    serviceId: 'health-clinic-services',
    entityId: 'primary-care',
    status: 'received',
    channel: 'web',
    subject: 'Subject',
    description: 'Description',
    answers: { clinic: 'castries' },
    citizen: { name: null, email: 'a@example.org', phone: null, preferredLocale: null },
    location: null,
    attachmentIds: [],
    locale: 'en',
    submittedAt,
    updatedAt: submittedAt,
    expectedResponseBy: '2026-12-01T00:00:00.000Z',
    firstResponseAt: null,
    resolvedAt: null,
    ...overrides,
  };
}

/** The first timeline entry of a ticket. */
export const created = (at: string): TimelineRecord => ({ at, kind: 'created', status: 'received', note: null, entityId: 'primary-care' });

/** A scheduled callback of the health ministry; `slotStart: null` is "as soon as possible". */
export function callback(reference: string, slotStart: string | null, overrides: Partial<CallbackRecord> = {}): CallbackRecord {
  return {
    reference,
    ministryId: 'health',
    serviceId: 'health-clinic-services',
    status: 'scheduled',
    slotStart,
    slotEnd: slotStart,
    name: 'A',
    phone: '+17585550123',
    locale: 'en',
    reason: 'R',
    createdAt: '2026-11-10T14:00:00.000Z',
    cancelledAt: null,
    client: null,
    ...overrides,
  };
}

function attachment(id: string, overrides: Partial<AttachmentRecord> = {}): AttachmentRecord {
  return {
    id,
    ministryId: 'health',
    serviceId: 'health-clinic-services',
    filename: 'photo.jpg',
    contentType: 'image/jpeg',
    size: 1234,
    sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    createdAt: '2026-11-10T14:00:00.000Z',
    ticketReference: null,
    ...overrides,
  };
}

const idempotency = (key: string, overrides: Partial<IdempotencyRecord> = {}): IdempotencyRecord => ({
  ministryId: 'health',
  key,
  requestHash: 'a'.repeat(64),
  status: 201,
  body: { reference: 'MOH-0000-000A', nested: { list: [1, 'two', null] } },
  createdAt: '2026-11-10T14:00:00.000Z',
  ...overrides,
});

const siteKey = (key: string, overrides: Partial<SiteKeyRecord> = {}): SiteKeyRecord => ({
  id: `key_${key}`,
  key,
  ministryId: 'health',
  allowedOrigins: ['https://health.example.gov'],
  createdAt: '2026-11-10T14:00:00.000Z',
  revokedAt: null,
  ...overrides,
});

const secretKey = (hash: string, overrides: Partial<SecretKeyRecord> = {}): SecretKeyRecord => ({
  id: `key_${hash.slice(0, 4)}`,
  hash,
  ministryId: 'health',
  label: 'Health agent desk',
  createdAt: '2026-11-10T14:00:00.000Z',
  revokedAt: null,
  ...overrides,
});

/**
 * Changes a record read from a store, as careless code would: a copy takes the change, a
 * frozen record refuses it with a TypeError (ES modules are strict). Either is allowed; the
 * caller then checks that nothing stored changed.
 */
function tryToChange(change: () => unknown): void {
  try {
    change();
  } catch (error) {
    assert.ok(error instanceof TypeError, `a frozen record refuses a change with a TypeError, not ${String(error)}`);
  }
}

/** What a store under test is: the store, and how to release it after the case. */
export interface OpenedStorage {
  storage: Storage;
  close?: () => Promise<void>;
}

/** Options of {@link storageConformance}. */
export interface ConformanceOptions {
  /**
   * The store runs its transactions one at a time, in the order asked (the memory and SQLite
   * stores): checked too. A store whose transactions run together (PostgreSQL) leaves it out.
   */
  serial?: boolean;
}

/**
 * Registers the storage conformance cases under `describe(name)`. `open` is called once per
 * case and must give an empty store.
 */
export function storageConformance(name: string, open: () => Promise<OpenedStorage>, options: ConformanceOptions = {}): void {
  /** A case on a fresh store, released whatever the outcome. */
  const each = (title: string, body: (storage: Storage) => Promise<void>) =>
    test(title, async () => {
      const opened = await open();
      try {
        await body(opened.storage);
      } finally {
        await opened.close?.();
      }
    });

  describe(`${name} (storage conformance)`, () => {
    each('a transaction that throws leaves nothing behind, even after several writes', async (storage) => {
      await loadSeed(storage, seed);
      const service = await storage.getService('health-clinic-services');
      const faq = (await storage.getFaq('health-001'))!;
      const revision = await storage.faqRevision('health');
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.insertTicket(ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
          await tx.updateTicket('MOH-AAAA-AAAA', { status: 'assigned' }, created('2026-11-10T15:00:00.000Z'));
          await tx.upsertService({ ...service!, responseTargetDays: 99 });
          await tx.upsertFaq({ ...faq, question: { en: 'Changed?' } });
          await tx.upsertSiteKey(siteKey('pk_rolled_back'));
          await tx.putIdempotency(idempotency('k'));
          await tx.insertAttachment(attachment('att_1'));
          await tx.bookCallback(callback('MOH-CCCC-CCCC', '2026-11-10T15:00:00.000Z'), 1);
          await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-001', helpful: true, comment: null, lang: null, at: '' });
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await storage.getTicket('MOH-AAAA-AAAA'), undefined);
      assert.deepEqual(await storage.getTimeline('MOH-AAAA-AAAA'), []);
      assert.equal(await storage.referenceExists('MOH-AAAA-AAAA'), false);
      assert.deepEqual(await storage.getService('health-clinic-services'), service);
      assert.deepEqual(await storage.getFaq('health-001'), faq);
      assert.equal(await storage.faqRevision('health'), revision);
      assert.equal(await storage.findSiteKey('pk_rolled_back'), undefined);
      assert.equal(await storage.getIdempotency('health', 'k'), undefined);
      assert.equal(await storage.getAttachment('att_1'), undefined);
      assert.equal(await storage.getCallback('MOH-CCCC-CCCC'), undefined);
      // The store still works after a rollback.
      assert.equal(await storage.transaction(async (tx) => tx.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x'))), true);
    });

    each('a transaction answers what its callback returns', async (storage) => {
      assert.deepEqual(await storage.transaction(async () => ({ answer: 42 })), { answer: 42 });
    });

    each('what goes in and comes out is a copy', async (storage) => {
      const record = ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z');
      const first = created(record.submittedAt);
      await storage.transaction((tx) => tx.insertTicket(record, first));
      record.answers.clinic = 'changed by caller';
      first.note = 'changed by caller';
      const read = (await storage.getTicket('MOH-AAAA-AAAA'))!;
      assert.equal(read.answers.clinic, 'castries');
      read.citizen.email = 'changed@example.org';
      assert.equal((await storage.getTicket('MOH-AAAA-AAAA'))!.citizen.email, 'a@example.org');
      (await storage.listTickets({ ministryId: 'health', limit: 1 }))[0]!.subject = 'changed';
      assert.equal((await storage.getTicket('MOH-AAAA-AAAA'))!.subject, 'Subject');
      (await storage.getTimeline('MOH-AAAA-AAAA'))[0]!.note = 'changed';
      assert.deepEqual(await storage.getTimeline('MOH-AAAA-AAAA'), [created(record.submittedAt)]);

      // Configuration may come back frozen instead of copied: a change then throws, and still
      // must not reach what is stored, nor what the next caller reads.
      await loadSeed(storage, seed);
      await storage.transaction((tx) => tx.upsertSiteKey(siteKey('pk_copied')));
      await storage.transaction((tx) => tx.upsertSecretKey(secretKey('c'.repeat(64))));
      const ministry = (await storage.getMinistry('health'))!;
      const openingTime = ministry.businessHours[0]!.open;
      const service = (await storage.getService('health-clinic-services'))!;
      const key = (await storage.findSiteKey('pk_copied'))!;
      const secret = (await storage.findSecretKeyByHash('c'.repeat(64)))!;
      tryToChange(() => (ministry.code = 'XXX'));
      tryToChange(() => (ministry.businessHours[0]!.open = '00:00'));
      tryToChange(() => (service.fields[0]!.required = !service.fields[0]!.required));
      tryToChange(() => (service.attachments.maxFiles = 99));
      tryToChange(() => key.allowedOrigins.push('https://elsewhere.example'));
      tryToChange(() => (secret.revokedAt = 'x'));
      assert.notEqual((await storage.getMinistry('health'))!.code, 'XXX');
      assert.equal((await storage.getMinistry('health'))!.businessHours[0]!.open, openingTime);
      assert.deepEqual(await storage.getService('health-clinic-services'), seed.services.find((s) => s.id === 'health-clinic-services'));
      assert.deepEqual((await storage.findSiteKey('pk_copied'))!.allowedOrigins, ['https://health.example.gov']);
      assert.equal((await storage.findSecretKeyByHash('c'.repeat(64)))!.revokedAt, null);
      const listed = await storage.listServices('health');
      tryToChange(() => (listed[0]!.ministryId = 'changed'));
      tryToChange(() => (listed.length = 0));
      assert.equal((await storage.listServices('health'))[0]!.ministryId, 'health');
      const faq = (await storage.getFaq('health-001'))!;
      tryToChange(() => (faq.question = {}));
      assert.notDeepEqual((await storage.getFaq('health-001'))!.question, {});

      const body = { reference: 'MOH-AAAA-AAAA' };
      await storage.transaction((tx) => tx.putIdempotency(idempotency('k', { body })));
      body.reference = 'changed';
      (await storage.getIdempotency('health', 'k'))!.body = 'changed';
      assert.deepEqual((await storage.getIdempotency('health', 'k'))!.body, { reference: 'MOH-AAAA-AAAA' });
    });

    each('records come back exactly as stored', async (storage) => {
      const full = ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z', {
        channel: 'phone',
        answers: { clinic: 'castries', visits: 3, symptoms: ['cough', 'fever'] },
        citizen: { name: 'Ana Joseph', email: null, phone: '+17585550123', preferredLocale: 'fr' },
        location: { address: '1 Bridge Street, Castries', latitude: 14.0101, longitude: -60.9875 },
        attachmentIds: ['att_1', 'att_2'],
        locale: 'fr',
        firstResponseAt: '2026-11-10T15:00:00.000Z',
        resolvedAt: '2026-11-11T15:00:00.000Z',
        status: 'resolved',
      });
      const slot = callback('MOH-CCCC-CCCC', '2026-11-10T15:00:00.000Z', { slotEnd: '2026-11-10T15:30:00.000Z' });
      const asap = callback('MOH-CCCC-DDDD', null, { slotEnd: null });
      const site = siteKey('pk_live_1', { allowedOrigins: ['https://health.example.gov', 'https://www.health.example.gov'] });
      const admin = secretKey('b'.repeat(64), { ministryId: null });
      await storage.transaction(async (tx) => {
        await tx.insertTicket(full, created(full.submittedAt));
        await tx.insertAttachment(attachment('att_1'));
        await tx.putIdempotency(idempotency('k'));
        await tx.bookCallback(slot, 1);
        await tx.bookCallback(asap, 1);
        await tx.upsertSiteKey(site);
        await tx.upsertSecretKey(admin);
        // Inside the transaction, its own writes are visible.
        assert.deepEqual(await tx.getTicket(full.reference), full);
      });
      assert.deepEqual(await storage.getTicket(full.reference), full);
      assert.deepEqual(await storage.listTickets({ ministryId: 'health', limit: 10 }), [full]);
      assert.deepEqual(await storage.getAttachment('att_1'), attachment('att_1'));
      assert.deepEqual(await storage.getIdempotency('health', 'k'), idempotency('k'));
      assert.deepEqual(await storage.getCallback(slot.reference), slot);
      assert.deepEqual(await storage.getCallback(asap.reference), asap);
      assert.deepEqual(await storage.findSiteKey('pk_live_1'), site);
      assert.deepEqual(await storage.findSecretKeyByHash('b'.repeat(64)), admin);
      for (const missing of [
        storage.getTicket('MOH-ZZZZ-ZZZZ'),
        storage.getAttachment('att_2'),
        storage.getIdempotency('transport', 'k'),
        storage.getCallback('MOH-ZZZZ-ZZZZ'),
        storage.findSiteKey('pk_none'),
        storage.findSecretKeyByHash('c'.repeat(64)),
        storage.getMinistry('none'),
        storage.getService('none'),
        storage.getFaq('none'),
      ]) {
        assert.equal(await missing, undefined);
      }
    });

    if (options.serial) {
      each('transactions run one at a time, so a read-then-write cannot interleave', async (storage) => {
        const order: string[] = [];
        await Promise.all(
          ['a', 'b', 'c'].map((name) =>
            storage.transaction(async () => {
              order.push(`${name} start`);
              await new Promise((resolve) => setTimeout(resolve, 5));
              order.push(`${name} end`);
            }),
          ),
        );
        assert.deepEqual(order, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
      });
    }

    each('a transaction that meets a conflict is run again from the start, its first run undone', async (storage) => {
      let runs = 0;
      const answer = await storage.transaction(async (tx) => {
        runs++;
        assert.equal(await tx.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x')), true, 'the first run’s insert was undone');
        assert.equal(await tx.putIdempotency(idempotency('k')), true);
        if (runs === 1) throw new TransactionConflictError();
        return runs;
      });
      assert.equal(answer, 2);
      assert.deepEqual(await storage.getTimeline('MOH-AAAA-AAAA'), [created('x')]);
    });

    each('a conflict that keeps coming reaches the caller once the attempts are spent, with nothing written', async (storage) => {
      let runs = 0;
      await assert.rejects(
        storage.transaction(async (tx) => {
          runs++;
          await tx.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x'));
          throw new TransactionConflictError();
        }),
        (error: unknown) => isTransactionConflictError(error),
      );
      assert.ok(runs > 1, `run ${runs} time(s)`);
      assert.equal(await storage.referenceExists('MOH-AAAA-AAAA'), false);
      // Any other error is not retried.
      runs = 0;
      await assert.rejects(
        storage.transaction(async () => {
          runs++;
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(runs, 1);
    });

    each('an idempotency key used by many transactions at once files one ticket; the others see its record', async (storage) => {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          storage.transaction(async (tx) => {
            if (await tx.getIdempotency('health', 'same-key')) return 'replayed';
            await new Promise((resolve) => setImmediate(resolve));
            const reference = `MOH-0000-${String(i).padStart(4, '0')}`;
            await tx.insertTicket(ticket(reference, '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
            // As the domain does: a key found free but taken when stored was taken by a concurrent transaction.
            if (!(await tx.putIdempotency(idempotency('same-key', { body: { reference } })))) throw new TransactionConflictError();
            return 'created';
          }),
        ),
      );
      assert.deepEqual(outcomes.filter((o) => o === 'created').length, 1);
      assert.deepEqual(outcomes.filter((o) => o === 'replayed').length, 19);
      const tickets = await storage.listTickets({ ministryId: 'health', limit: 100 });
      assert.deepEqual(
        tickets.map((t) => t.reference),
        [((await storage.getIdempotency('health', 'same-key'))!.body as { reference: string }).reference],
      );
    });

    each('a reference wanted by a ticket and a callback at the same moment goes to one of them', async (storage) => {
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          storage.transaction(async (tx) => {
            await new Promise((resolve) => setImmediate(resolve));
            return i % 2 === 0
              ? tx.insertTicket(ticket('MOH-SAME-0001', `t${i}`), created(`t${i}`))
              : (await tx.bookCallback(callback('MOH-SAME-0001', null), 1)) === 'booked';
          }),
        ),
      );
      assert.equal(outcomes.filter(Boolean).length, 1);
      const asTicket = await storage.getTicket('MOH-SAME-0001');
      const asCallback = await storage.getCallback('MOH-SAME-0001');
      assert.equal(Number(asTicket !== undefined) + Number(asCallback !== undefined), 1);
    });

    each('a transaction that fails does not stop the ones queued behind it', async (storage) => {
      const results = await Promise.allSettled([
        storage.transaction(async (tx) => {
          await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x'));
          throw new Error('first fails');
        }),
        storage.transaction((tx) => tx.insertTicket(ticket('MOH-0000-000B', 'y'), created('y'))),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['rejected', 'fulfilled'],
      );
      assert.equal(await storage.referenceExists('MOH-0000-000A'), false);
      assert.equal(await storage.referenceExists('MOH-0000-000B'), true);
    });

    each('the last place in a slot is given once, however many book it at the same moment', async (storage) => {
      const start = '2026-11-10T15:00:00.000Z';
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          storage.transaction(async (tx) => {
            // The read and the write are apart in time, as when the domain checks other rules in between.
            await new Promise((resolve) => setImmediate(resolve));
            return tx.bookCallback(callback(`MOH-0000-${String(i).padStart(4, '0')}`, start), 3);
          }),
        ),
      );
      assert.equal(outcomes.filter((o) => o === 'booked').length, 3);
      assert.equal(outcomes.filter((o) => o === 'full').length, 47);
      assert.deepEqual(await storage.countBookedSlots('health', start, '2026-11-10T16:00:00.000Z'), new Map([[start, 3]]));
    });

    each('a tx kept after its transaction cannot write', async (storage) => {
      let kept: StorageTx | undefined;
      await storage.transaction(async (tx) => {
        kept = tx;
      });
      await assert.rejects(kept!.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x')), /transaction has ended/);
      assert.equal(await storage.getTicket('MOH-AAAA-AAAA'), undefined);
    });

    each('ministries, services and FAQs list in the order first stored; an upsert replaces in place', async (storage) => {
      await loadSeed(storage, seed);
      assert.deepEqual(await storage.listMinistries(), seed.ministries);
      for (const ministry of seed.ministries) {
        assert.deepEqual(await storage.getMinistry(ministry.id), ministry);
        assert.deepEqual(await storage.listServices(ministry.id), seed.services.filter((s) => s.ministryId === ministry.id));
        assert.deepEqual(await storage.listFaqs(ministry.id), seed.faqs.filter((f) => f.ministryId === ministry.id));
      }
      const first = seed.ministries[0]!;
      const renamed = { ...first, name: { en: 'Renamed' } };
      const [service] = seed.services.filter((s) => s.ministryId === first.id);
      await storage.transaction(async (tx) => {
        await tx.upsertMinistry(renamed);
        await tx.upsertService({ ...service!, name: { en: 'Renamed service' } });
      });
      const ministries = await storage.listMinistries();
      assert.deepEqual(ministries[0], renamed);
      assert.deepEqual(
        ministries.map((m) => m.id),
        seed.ministries.map((m) => m.id),
      );
      assert.deepEqual((await storage.listServices(first.id))[0]!.name, { en: 'Renamed service' });
      assert.deepEqual(await storage.listServices('none'), []);
      assert.deepEqual(await storage.listFaqs('none'), []);
    });

    each('a service or FAQ moved to another ministry is listed there', async (storage) => {
      await loadSeed(storage, seed);
      const service = (await storage.getService('health-clinic-services'))!;
      const faq = (await storage.getFaq('health-001'))!;
      await storage.transaction(async (tx) => {
        await tx.upsertService({ ...service, ministryId: 'transport' });
        await tx.upsertFaq({ ...faq, ministryId: 'transport' });
      });
      assert.ok(!(await storage.listServices('health')).some((s) => s.id === service.id));
      assert.ok((await storage.listServices('transport')).some((s) => s.id === service.id));
      assert.ok(!(await storage.listFaqs('health')).some((f) => f.id === faq.id));
      assert.ok((await storage.listFaqs('transport')).some((f) => f.id === faq.id));
    });

    each('keys are found by key or hash, and an upsert replaces them', async (storage) => {
      await storage.transaction(async (tx) => {
        await tx.upsertSiteKey(siteKey('pk_1'));
        await tx.upsertSecretKey(secretKey('d'.repeat(64)));
      });
      await storage.transaction(async (tx) => {
        await tx.upsertSiteKey(siteKey('pk_1', { revokedAt: '2026-11-11T00:00:00.000Z', allowedOrigins: [] }));
        await tx.upsertSecretKey(secretKey('d'.repeat(64), { revokedAt: '2026-11-11T00:00:00.000Z' }));
      });
      assert.deepEqual(await storage.findSiteKey('pk_1'), siteKey('pk_1', { revokedAt: '2026-11-11T00:00:00.000Z', allowedOrigins: [] }));
      assert.equal((await storage.findSecretKeyByHash('d'.repeat(64)))!.revokedAt, '2026-11-11T00:00:00.000Z');
    });

    each('tickets list newest first with keyset pagination and filters', async (storage) => {
      await storage.transaction(async (tx) => {
        await tx.insertTicket(ticket('MOH-0000-000A', '2026-11-10T10:00:00.000Z'), created(''));
        await tx.insertTicket(ticket('MOH-0000-000B', '2026-11-10T12:00:00.000Z'), created(''));
        await tx.insertTicket(ticket('MOH-0000-000C', '2026-11-10T12:00:00.000Z', { status: 'assigned' }), created(''));
        await tx.insertTicket(ticket('MOT-0000-000D', '2026-11-10T13:00:00.000Z', { ministryId: 'transport' }), created(''));
        await tx.insertTicket(
          ticket('MOH-0000-000E', '2026-11-09T09:00:00.000Z', { serviceId: 'health-other', entityId: 'hospitals' }),
          created(''),
        );
      });
      const refs = async (filter: TicketFilter) => (await storage.listTickets(filter)).map((t) => t.reference);
      assert.deepEqual(await refs({ ministryId: 'health', limit: 10 }), ['MOH-0000-000C', 'MOH-0000-000B', 'MOH-0000-000A', 'MOH-0000-000E']);
      assert.deepEqual(await refs({ ministryId: null, limit: 2 }), ['MOT-0000-000D', 'MOH-0000-000C']);
      assert.deepEqual(await refs({ ministryId: 'health', limit: 0 }), []);
      assert.deepEqual(await refs({ ministryId: 'health', limit: 10, after: { submittedAt: '2026-11-10T12:00:00.000Z', reference: 'MOH-0000-000C' } }), [
        'MOH-0000-000B',
        'MOH-0000-000A',
        'MOH-0000-000E',
      ]);
      assert.deepEqual(await refs({ ministryId: null, limit: 2, after: { submittedAt: '2026-11-10T12:00:00.000Z', reference: 'MOH-0000-000B' } }), [
        'MOH-0000-000A',
        'MOH-0000-000E',
      ]);
      assert.deepEqual(await refs({ ministryId: 'health', status: 'assigned', limit: 10 }), ['MOH-0000-000C']);
      assert.deepEqual(await refs({ ministryId: 'health', serviceId: 'health-other', limit: 10 }), ['MOH-0000-000E']);
      assert.deepEqual(await refs({ ministryId: 'health', entityId: 'hospitals', limit: 10 }), ['MOH-0000-000E']);
      assert.deepEqual(await refs({ ministryId: 'health', entityId: 'hospitals', status: 'assigned', limit: 10 }), []);
      assert.deepEqual(await refs({ ministryId: 'health', submittedFrom: '2026-11-10T11:00:00.000Z', submittedBefore: '2026-11-10T12:00:00.000Z', limit: 10 }), []);
      // From is inclusive, before exclusive.
      assert.deepEqual(await refs({ ministryId: 'health', submittedFrom: '2026-11-10T10:00:00.000Z', submittedBefore: '2026-11-10T12:00:00.000Z', limit: 10 }), [
        'MOH-0000-000A',
      ]);
      assert.deepEqual(await refs({ ministryId: 'transport', limit: 10 }), ['MOT-0000-000D']);
    });

    each('tickets list soonest due first, only the open ones due before an instant, with keyset pagination', async (storage) => {
      const due = (reference: string, expectedResponseBy: string, overrides: Partial<TicketRecord> = {}) =>
        ticket(reference, '2026-11-10T10:00:00.000Z', { expectedResponseBy, ...overrides });
      await storage.transaction(async (tx) => {
        await tx.insertTicket(due('MOH-0000-000A', '2026-11-12T17:00:00.000Z'), created(''));
        await tx.insertTicket(due('MOH-0000-000B', '2026-11-11T09:00:00.000Z', { status: 'in_progress' }), created(''));
        // Same due time as B: the reference breaks the tie.
        await tx.insertTicket(due('MOH-0000-0009', '2026-11-11T09:00:00.000Z', { status: 'reopened' }), created(''));
        await tx.insertTicket(due('MOH-0000-000C', '2026-11-10T12:00:00.000Z', { status: 'resolved' }), created(''));
        await tx.insertTicket(due('MOH-0000-000D', '2026-11-10T12:00:00.000Z', { status: 'closed' }), created(''));
        await tx.insertTicket(due('MOH-0000-000E', '2026-11-13T09:00:00.000Z', { entityId: 'hospitals' }), created(''));
        await tx.insertTicket(due('MOT-0000-000F', '2026-11-10T11:00:00.000Z', { ministryId: 'transport' }), created(''));
      });
      const refs = async (filter: Omit<TicketFilter, 'order'>) =>
        (await storage.listTickets({ ...filter, order: 'due' })).map((t) => t.reference);
      const open = { statuses: OPEN_TICKET_STATUSES };
      assert.deepEqual(await refs({ ministryId: 'health', limit: 10 }), [
        'MOH-0000-000C',
        'MOH-0000-000D',
        'MOH-0000-0009',
        'MOH-0000-000B',
        'MOH-0000-000A',
        'MOH-0000-000E',
      ]);
      assert.deepEqual(await refs({ ministryId: 'health', ...open, limit: 10 }), ['MOH-0000-0009', 'MOH-0000-000B', 'MOH-0000-000A', 'MOH-0000-000E']);
      // Before is exclusive: A, due at 17:00, is not due before 17:00.
      assert.deepEqual(await refs({ ministryId: 'health', ...open, dueBefore: '2026-11-12T17:00:00.000Z', limit: 10 }), [
        'MOH-0000-0009',
        'MOH-0000-000B',
      ]);
      assert.deepEqual(await refs({ ministryId: null, ...open, dueBefore: '2026-11-12T17:00:00.001Z', limit: 10 }), [
        'MOT-0000-000F',
        'MOH-0000-0009',
        'MOH-0000-000B',
        'MOH-0000-000A',
      ]);
      assert.deepEqual(await refs({ ministryId: 'health', ...open, limit: 2 }), ['MOH-0000-0009', 'MOH-0000-000B']);
      assert.deepEqual(
        await refs({ ministryId: 'health', ...open, limit: 2, afterDue: { expectedResponseBy: '2026-11-11T09:00:00.000Z', reference: 'MOH-0000-000B' } }),
        ['MOH-0000-000A', 'MOH-0000-000E'],
      );
      assert.deepEqual(
        await refs({ ministryId: 'health', ...open, limit: 10, afterDue: { expectedResponseBy: '2026-11-11T09:00:00.000Z', reference: 'MOH-0000-0009' } }),
        ['MOH-0000-000B', 'MOH-0000-000A', 'MOH-0000-000E'],
      );
      // The other filters still apply; a single status and the open ones must both match.
      assert.deepEqual(await refs({ ministryId: 'health', ...open, entityId: 'hospitals', limit: 10 }), ['MOH-0000-000E']);
      assert.deepEqual(await refs({ ministryId: 'health', ...open, status: 'in_progress', limit: 10 }), ['MOH-0000-000B']);
      assert.deepEqual(await refs({ ministryId: 'health', ...open, status: 'resolved', limit: 10 }), []);
      // The newest-first order is the default, and ignores the due order's cursor.
      assert.deepEqual(
        (await storage.listTickets({ ministryId: 'health', ...open, dueBefore: '2026-11-12T00:00:00.000Z', limit: 10 })).map((t) => t.reference),
        ['MOH-0000-000B', 'MOH-0000-0009'],
      );
    });

    each('updateTicket applies the patch and appends to the timeline, in order', async (storage) => {
      const record = ticket('MOH-0000-000A', '2026-11-10T10:00:00.000Z', { resolvedAt: '2026-11-10T11:00:00.000Z', status: 'resolved' });
      const reopened: TimelineRecord = { at: '2026-11-10T12:00:00.000Z', kind: 'status', status: 'reopened', note: 'Still broken', entityId: 'primary-care' };
      const rerouted: TimelineRecord = { at: '2026-11-10T13:00:00.000Z', kind: 'rerouted', status: 'reopened', note: null, entityId: 'hospitals' };
      const updated = await storage.transaction(async (tx) => {
        await tx.insertTicket(record, created(record.submittedAt));
        const a = await tx.updateTicket(record.reference, { status: 'reopened', resolvedAt: null, updatedAt: reopened.at }, reopened);
        const b = await tx.updateTicket(record.reference, { entityId: 'hospitals', firstResponseAt: rerouted.at, updatedAt: rerouted.at }, rerouted);
        const c = await tx.updateTicket('MOH-ZZZZ-ZZZZ', { status: 'closed' }, reopened);
        return [a, b, c];
      });
      assert.deepEqual(updated, [true, true, false]);
      assert.deepEqual(await storage.getTicket(record.reference), {
        ...record,
        status: 'reopened',
        resolvedAt: null,
        entityId: 'hospitals',
        firstResponseAt: rerouted.at,
        updatedAt: rerouted.at,
      });
      assert.deepEqual(await storage.getTimeline(record.reference), [created(record.submittedAt), reopened, rerouted]);
      assert.deepEqual(await storage.getTimeline('MOH-ZZZZ-ZZZZ'), []);
    });

    each('attachments are stored once per id and cited by a ticket', async (storage) => {
      await storage.transaction(async (tx) => {
        await tx.insertAttachment(attachment('att_1'));
        await tx.insertAttachment(attachment('att_2', { contentType: 'application/pdf', filename: 'letter.pdf' }));
      });
      await assert.rejects(
        storage.transaction((tx) => tx.insertAttachment(attachment('att_1', { filename: 'other.jpg' }))),
        /already exists/,
      );
      assert.equal((await storage.getAttachment('att_1'))!.filename, 'photo.jpg');
      await storage.transaction((tx) => tx.citeAttachments(['att_1', 'att_unknown'], 'MOH-0000-000A'));
      assert.equal((await storage.getAttachment('att_1'))!.ticketReference, 'MOH-0000-000A');
      assert.equal((await storage.getAttachment('att_2'))!.ticketReference, null);
      assert.equal(await storage.getAttachment('att_unknown'), undefined);
    });

    each('an idempotency key is taken once per ministry, and the first record stays', async (storage) => {
      const results = await storage.transaction(async (tx) => [
        await tx.putIdempotency(idempotency('k')),
        await tx.putIdempotency(idempotency('k', { requestHash: 'b'.repeat(64), status: 422, body: null })),
        await tx.putIdempotency(idempotency('k', { ministryId: 'transport' })),
      ]);
      assert.deepEqual(results, [true, false, true]);
      assert.deepEqual(await storage.getIdempotency('health', 'k'), idempotency('k'));
      assert.deepEqual(await storage.getIdempotency('transport', 'k'), idempotency('k', { ministryId: 'transport' }));
    });

    each('a reference is unique across tickets and callbacks', async (storage) => {
      await storage.transaction(async (tx) => {
        assert.equal(await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x')), true);
        assert.equal(await tx.insertTicket(ticket('MOH-0000-000A', 'y'), created('y')), false);
        assert.equal(await tx.bookCallback(callback('MOH-0000-000A', null), 1), 'duplicate_reference');
        assert.equal(await tx.bookCallback(callback('MOH-0000-000B', null), 1), 'booked');
        assert.equal(await tx.bookCallback(callback('MOH-0000-000B', null), 1), 'duplicate_reference');
        assert.equal(await tx.insertTicket(ticket('MOH-0000-000B', 'z'), created('z')), false);
      });
      assert.equal((await storage.getTicket('MOH-0000-000A'))!.submittedAt, 'x', 'the refused insert wrote nothing');
      assert.deepEqual(await storage.getTimeline('MOH-0000-000A'), [created('x')]);
      assert.equal(await storage.getTicket('MOH-0000-000B'), undefined);
      assert.equal(await storage.referenceExists('MOH-0000-000A'), true);
      assert.equal(await storage.referenceExists('MOH-0000-000B'), true);
      assert.equal(await storage.referenceExists('MOH-0000-000C'), false);
    });

    each('bookCallback refuses beyond capacity; cancelled callbacks free their place; asap is not limited', async (storage) => {
      const start = '2026-11-10T15:00:00.000Z';
      await storage.transaction(async (tx) => {
        assert.equal(await tx.bookCallback(callback('MOH-0000-0001', start), 2), 'booked');
        assert.equal(await tx.bookCallback(callback('MOH-0000-0002', start), 2), 'booked');
        assert.equal(await tx.bookCallback(callback('MOH-0000-0003', start), 2), 'full');
        assert.equal(await tx.getCallback('MOH-0000-0003'), undefined, 'a full slot writes nothing');
        // Another ministry's bookings of the same instant take none of its places.
        assert.equal(await tx.bookCallback(callback('MOT-0000-0001', start, { ministryId: 'transport' }), 2), 'booked');
        const cancelled = await tx.cancelCallback('MOH-0000-0001', '2026-11-10T14:30:00.000Z');
        assert.deepEqual(cancelled, { ...callback('MOH-0000-0001', start), status: 'cancelled', cancelledAt: '2026-11-10T14:30:00.000Z' });
        assert.equal(await tx.cancelCallback('MOH-0000-0001', start), undefined, 'only a scheduled callback can be cancelled');
        assert.equal(await tx.cancelCallback('MOH-ZZZZ-ZZZZ', start), undefined);
        assert.equal(await tx.bookCallback(callback('MOH-0000-0003', start), 2), 'booked');
        for (let i = 0; i < 5; i++) assert.equal(await tx.bookCallback(callback(`MOH-0000-00A${i}`, null), 1), 'booked');
        await tx.bookCallback(callback('MOH-0000-0004', '2026-11-10T16:00:00.000Z'), 2);
        await tx.bookCallback(callback('MOH-0000-0005', '2026-11-11T00:00:00.000Z'), 2);
      });
      assert.equal((await storage.getCallback('MOH-0000-0001'))!.status, 'cancelled');
      assert.deepEqual(
        await storage.countBookedSlots('health', '2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z'),
        new Map([
          [start, 2],
          ['2026-11-10T16:00:00.000Z', 1],
        ]),
      );
      assert.deepEqual(await storage.countBookedSlots('transport', '2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z'), new Map([[start, 1]]));
      assert.deepEqual(await storage.countBookedSlots('civil-registry', '2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z'), new Map());
      assert.equal(await storage.countAsapQueue('health'), 5);
      assert.equal(await storage.countAsapQueue('transport'), 0);
    });

    each('upserting an FAQ moves its ministry’s revision on, and both ministries’ when it moves', async (storage) => {
      assert.equal(await storage.faqRevision('health'), 0);
      await loadSeed(storage, seed);
      const health = await storage.faqRevision('health');
      const transport = await storage.faqRevision('transport');
      assert.ok(health > 0);
      const entry = (await storage.getFaq('health-001'))!;
      await storage.transaction((tx) => tx.upsertFaq({ ...entry, question: { en: 'Changed?' } }));
      assert.ok((await storage.faqRevision('health')) > health);
      assert.equal(await storage.faqRevision('transport'), transport);
      const afterEdit = await storage.faqRevision('health');
      await storage.transaction((tx) => tx.upsertFaq({ ...entry, ministryId: 'transport' }));
      assert.ok((await storage.faqRevision('health')) > afterEdit);
      assert.ok((await storage.faqRevision('transport')) > transport);
    });

    each('stats rows: tickets submitted, answered or resolved in the period, and every open one; no personal data', async (storage) => {
      const from = '2026-11-01T00:00:00.000Z';
      const before = '2026-12-01T00:00:00.000Z';
      const tickets = [
        ticket('MOH-0000-0001', '2026-11-05T00:00:00.000Z', { status: 'closed', resolvedAt: '2026-11-06T00:00:00.000Z' }),
        ticket('MOH-0000-0002', '2026-10-05T00:00:00.000Z', { status: 'closed', firstResponseAt: '2026-11-01T00:00:00.000Z' }),
        ticket('MOH-0000-0003', '2026-10-06T00:00:00.000Z', { status: 'closed', resolvedAt: '2026-11-30T23:59:59.999Z' }),
        ticket('MOH-0000-0004', '2026-10-07T00:00:00.000Z', { status: 'awaiting_citizen', channel: 'email' }),
        // Outside the period and closed: not counted.
        ticket('MOH-0000-0005', '2026-10-08T00:00:00.000Z', { status: 'closed', firstResponseAt: '2026-10-09T00:00:00.000Z', resolvedAt: before }),
        ticket('MOH-0000-0006', before, { status: 'closed' }),
        ticket('MOT-0000-0007', '2026-11-07T00:00:00.000Z', { ministryId: 'transport', serviceId: 'transport-roads' }),
      ];
      await storage.transaction(async (tx) => {
        for (const t of tickets) await tx.insertTicket(t, created(t.submittedAt));
      });
      const row = (t: TicketRecord) => ({
        ministryId: t.ministryId,
        serviceId: t.serviceId,
        channel: t.channel,
        status: t.status,
        submittedAt: t.submittedAt,
        expectedResponseBy: t.expectedResponseBy,
        firstResponseAt: t.firstResponseAt,
        resolvedAt: t.resolvedAt,
      });
      const sorted = <T extends { submittedAt: string }>(rows: T[]) => rows.toSorted((a, b) => a.submittedAt.localeCompare(b.submittedAt));
      const health = await storage.ticketStatsRows({ ministryId: 'health', from, before, openStatuses: OPEN_TICKET_STATUSES });
      assert.deepEqual(sorted(health), sorted([tickets[0]!, tickets[1]!, tickets[2]!, tickets[3]!].map(row)));
      const all = await storage.ticketStatsRows({ ministryId: null, from, before, openStatuses: OPEN_TICKET_STATUSES });
      assert.deepEqual(sorted(all), sorted([tickets[0]!, tickets[1]!, tickets[2]!, tickets[3]!, tickets[6]!].map(row)));
      const noOpen = await storage.ticketStatsRows({ ministryId: 'health', from, before, openStatuses: [] });
      assert.equal(noOpen.length, 3);
    });

    each('public stats counts: per ministry, service and channel, resolved by their date, ratings, per interval, and exact median waits; nothing outside the period or the scope', async (storage) => {
      const at = (instant: string) => `2026-${instant}.000Z`;
      const tickets = [
        // Health. H1 on the period's first instant: answered after 1 h, resolved by its date.
        ticket('MOH-0000-0001', at('11-01T00:00:00'), { status: 'resolved', firstResponseAt: at('11-01T01:00:00'), resolvedAt: at('11-02T00:00:00'), expectedResponseBy: at('11-05T00:00:00') }),
        // H2 on the first interval's last millisecond, answered 2 h and 1 ms later in the second.
        ticket('MOH-0000-0002', '2026-11-07T23:59:59.999Z', { status: 'in_progress', firstResponseAt: at('11-08T02:00:00') }),
        // H3 on the second interval's first instant, by phone: answered after 3 h, resolved late.
        ticket('MOH-0000-0003', at('11-08T00:00:00'), { channel: 'phone', serviceId: 'health-vaccination', status: 'resolved', firstResponseAt: at('11-08T03:00:00'), resolvedAt: at('11-10T00:00:00'), expectedResponseBy: at('11-09T00:00:00') }),
        // H4 from October: answered (after 14 days) and resolved on its very deadline, in the period.
        ticket('MOH-0000-0004', at('10-20T00:00:00'), { channel: 'email', status: 'resolved', firstResponseAt: at('11-03T00:00:00'), resolvedAt: '2026-11-14T23:59:59.999Z', expectedResponseBy: '2026-11-14T23:59:59.999Z' }),
        // Outside: submitted on the end instant; everything of H6 before or on it.
        ticket('MOH-0000-0005', at('11-15T00:00:00')),
        ticket('MOH-0000-0006', at('10-01T00:00:00'), { status: 'resolved', firstResponseAt: at('10-02T00:00:00'), resolvedAt: at('11-15T00:00:00') }),
        // Transport: T1 answered after 10 h and resolved in the first interval; T2 in the second.
        ticket('MOT-0000-0007', at('11-03T00:00:00'), { ministryId: 'transport', serviceId: 'transport-roads', status: 'resolved', firstResponseAt: at('11-03T10:00:00'), resolvedAt: at('11-04T00:00:00') }),
        ticket('MOT-0000-0008', at('11-09T00:00:00'), { ministryId: 'transport', serviceId: 'transport-roads' }),
      ];
      const rating = (reference: string, ministryId: string, value: number, instant: string): SatisfactionRecord => ({
        reference,
        ministryId,
        serviceId: 'x',
        rating: value,
        comment: 'Not counted, never read.',
        at: instant,
      });
      await storage.transaction(async (tx) => {
        for (const t of tickets) await tx.insertTicket(t, created(t.submittedAt));
        await tx.insertSatisfaction(rating('MOH-0000-0001', 'health', 4, at('11-12T00:00:00')));
        await tx.insertSatisfaction(rating('MOH-0000-0003', 'health', 4, at('11-01T00:00:00')));
        await tx.insertSatisfaction(rating('MOH-0000-0004', 'health', 2, at('11-20T00:00:00')));
        await tx.insertSatisfaction(rating('MOH-0000-0006', 'health', 5, '2026-10-31T23:59:59.999Z'));
        await tx.insertSatisfaction(rating('MOT-0000-0007', 'transport', 5, at('11-05T00:00:00')));
      });
      const period = { from: at('11-01T00:00:00'), before: at('11-15T00:00:00'), splits: [at('11-08T00:00:00')] };
      const byKey = <T>(items: T[]) => items.toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const counts = async (ministryId: string | null, splits = period.splits) => {
        const c = await storage.publicStatsCounts({ ...period, ministryId, splits });
        return { ...c, receivedByService: byKey(c.receivedByService), receivedByChannel: byKey(c.receivedByChannel), resolved: byKey(c.resolved), ratings: byKey(c.ratings), firstResponses: { ...c.firstResponses, byMinistry: byKey(c.firstResponses.byMinistry) } };
      };
      // Waits of H1–H4: 1 h, 2 h 1 ms, 3 h, 336 h: the mean of the middle two.
      const healthWaits = { count: 4, medianMs: (7_200_001 + 10_800_000) / 2 };
      assert.deepEqual(await counts('health'), {
        receivedByService: [
          { ministryId: 'health', serviceId: 'health-clinic-services', count: 2 },
          { ministryId: 'health', serviceId: 'health-vaccination', count: 1 },
        ],
        receivedByChannel: [
          { ministryId: 'health', channel: 'phone', count: 1 },
          { ministryId: 'health', channel: 'web', count: 2 },
        ],
        resolved: [{ ministryId: 'health', count: 3, withinTarget: 2 }],
        ratings: [{ ministryId: 'health', rating: 4, count: 2 }],
        intervals: [
          { received: 2, resolved: 1 },
          { received: 1, resolved: 2 },
        ],
        firstResponses: { overall: healthWaits, byMinistry: [{ ministryId: 'health', ...healthWaits }] },
      });
      assert.deepEqual((await counts('health', [])).intervals, [{ received: 3, resolved: 3 }], 'no splits: the whole period');
      assert.deepEqual(await counts(null), {
        receivedByService: [
          { ministryId: 'health', serviceId: 'health-clinic-services', count: 2 },
          { ministryId: 'health', serviceId: 'health-vaccination', count: 1 },
          { ministryId: 'transport', serviceId: 'transport-roads', count: 2 },
        ],
        receivedByChannel: [
          { ministryId: 'health', channel: 'phone', count: 1 },
          { ministryId: 'health', channel: 'web', count: 2 },
          { ministryId: 'transport', channel: 'web', count: 2 },
        ],
        resolved: [
          { ministryId: 'health', count: 3, withinTarget: 2 },
          { ministryId: 'transport', count: 1, withinTarget: 1 },
        ],
        ratings: [
          { ministryId: 'health', rating: 4, count: 2 },
          { ministryId: 'transport', rating: 5, count: 1 },
        ],
        intervals: [
          { received: 3, resolved: 2 },
          { received: 2, resolved: 2 },
        ],
        // With T1's 10 h, five waits: the middle one is H3's 3 h.
        firstResponses: {
          overall: { count: 5, medianMs: 10_800_000 },
          byMinistry: [
            { ministryId: 'health', ...healthWaits },
            { ministryId: 'transport', count: 1, medianMs: 36_000_000 },
          ],
        },
      });
      const empty = await storage.publicStatsCounts({ ministryId: 'education', ...period });
      assert.deepEqual(empty, {
        receivedByService: [],
        receivedByChannel: [],
        resolved: [],
        ratings: [],
        intervals: [
          { received: 0, resolved: 0 },
          { received: 0, resolved: 0 },
        ],
        firstResponses: { overall: { count: 0, medianMs: null }, byMinistry: [] },
      });
    });

    each('public stats counts equal the in-memory reference for periods and weeks that start at any hour, also after answers and resolutions', async (storage) => {
      // A deterministic spread of tickets over ten weeks, in three ministries, some answered,
      // resolved or rated, some of them later: what the store keeps counting as it goes.
      let seed = 7;
      const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
      const start = Date.parse('2026-10-20T00:00:00.000Z');
      const instant = (ms: number) => new Date(ms).toISOString();
      const hour = 3_600_000;
      const tickets: TicketRecord[] = [];
      const ratings: SatisfactionRecord[] = [];
      for (let i = 0; i < 240; i++) {
        const ministryId = ['health', 'transport', 'education'][i % 3]!;
        const submitted = start + Math.floor(random() * 70 * 24 * hour);
        const answered = random() < 0.8 ? submitted + Math.floor(random() * 60 * hour) : null;
        const resolved = answered !== null && random() < 0.7 ? answered + Math.floor(random() * 90 * hour) : null;
        tickets.push(
          ticket(`MOX-${String(i).padStart(4, '0')}-AAAA`, instant(submitted), {
            ministryId,
            serviceId: `${ministryId}-service-${i % 4}`,
            channel: (['web', 'phone', 'email'] as const)[i % 3]!,
            expectedResponseBy: instant(submitted + Math.floor(random() * 120 * hour)),
            firstResponseAt: answered === null ? null : instant(answered),
            resolvedAt: resolved === null ? null : instant(resolved),
            status: resolved === null ? 'received' : 'resolved',
          }),
        );
      }
      // Stored in two steps: the first half as filed (not yet answered), then answered and
      // resolved by updates, the way an agent's work reaches the store.
      await storage.transaction(async (tx) => {
        for (const [i, t] of tickets.entries()) {
          await tx.insertTicket(i % 2 === 0 ? { ...t, firstResponseAt: null, resolvedAt: null, status: 'received' } : t, created(t.submittedAt));
        }
      });
      await storage.transaction(async (tx) => {
        for (const [i, t] of tickets.entries()) {
          if (i % 2 !== 0 || t.firstResponseAt === null) continue;
          const entry = { at: t.firstResponseAt, kind: 'status' as const, status: t.status, note: null, entityId: t.entityId };
          await tx.updateTicket(t.reference, { status: 'in_progress', firstResponseAt: t.firstResponseAt }, entry);
          if (t.resolvedAt !== null) await tx.updateTicket(t.reference, { status: 'resolved', resolvedAt: t.resolvedAt }, entry);
        }
        for (const [i, t] of tickets.entries()) {
          if (t.resolvedAt === null || i % 3 === 0) continue;
          const rating: SatisfactionRecord = { reference: t.reference, ministryId: t.ministryId, serviceId: t.serviceId, rating: 1 + (i % 5), comment: null, at: instant(Date.parse(t.resolvedAt) + 5 * hour) };
          ratings.push(rating);
          await tx.insertSatisfaction(rating);
        }
        // One re-opened: resolved no more.
        const reopened = tickets.find((t, i) => i % 2 === 0 && t.resolvedAt !== null)!;
        await tx.updateTicket(reopened.reference, { status: 'reopened', resolvedAt: null }, { at: reopened.resolvedAt!, kind: 'status', status: 'reopened', note: null, entityId: reopened.entityId });
        reopened.resolvedAt = null;
      });
      const normalised = (c: PublicStatsCounts) => {
        const sorted = <T>(items: T[]) => items.toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        return { ...c, receivedByService: sorted(c.receivedByService), receivedByChannel: sorted(c.receivedByChannel), resolved: sorted(c.resolved), ratings: sorted(c.ratings), firstResponses: { ...c.firstResponses, byMinistry: sorted(c.firstResponses.byMinistry) } };
      };
      // Midnight in UTC, Saint Lucia (−4), Kathmandu (+5:45) and Newfoundland (−3:30); a period
      // inside one day; one over whole months; weeks cut at those hours.
      for (const [from, before, offset] of [
        ['2026-10-25T04:00:00.000Z', '2026-12-27T04:00:00.000Z', 4],
        ['2026-11-02T00:00:00.000Z', '2026-11-16T00:00:00.000Z', 0],
        ['2026-11-02T04:00:00.000Z', '2026-11-20T04:00:00.000Z', 4],
        ['2026-11-01T18:15:00.000Z', '2026-11-19T18:15:00.000Z', -5.75],
        ['2026-11-03T03:30:00.000Z', '2026-11-10T03:30:00.000Z', 3.5],
        ['2026-11-05T06:00:00.000Z', '2026-11-05T20:00:00.000Z', 0],
      ] as const) {
        const splits: string[] = [];
        for (let monday = Date.parse('2026-10-26T00:00:00.000Z') + offset * hour; monday < Date.parse(before); monday += 7 * 24 * hour) {
          if (monday > Date.parse(from)) splits.push(instant(monday));
        }
        for (const ministryId of [null, 'health']) {
          const filter = { ministryId, from, before, splits };
          assert.deepEqual(normalised(await storage.publicStatsCounts(filter)), normalised(countPublicStats(tickets, ratings, filter)), JSON.stringify(filter));
        }
      }
    });

    each('active callbacks: scheduled ones still to come, counted per phone number and per client', async (storage) => {
      const now = '2026-11-10T15:00:00.000Z';
      await storage.transaction(async (tx) => {
        await tx.bookCallback(callback('MOH-AAAA-0001', null, { client: 'c1' }), 1);
        await tx.bookCallback(callback('MOH-AAAA-0002', '2026-11-11T15:00:00.000Z', { client: 'c1' }), 1);
        // Begun, cancelled, another ministry, another phone and client: none of them count.
        await tx.bookCallback(callback('MOH-AAAA-0003', '2026-11-10T14:30:00.000Z', { client: 'c1' }), 1);
        await tx.bookCallback(callback('MOH-AAAA-0004', null, { client: 'c1' }), 1);
        await tx.cancelCallback('MOH-AAAA-0004', now);
        await tx.bookCallback(callback('MOT-AAAA-0005', null, { ministryId: 'transport', client: 'c1' }), 1);
        await tx.bookCallback(callback('MOH-AAAA-0006', null, { phone: '+17585550999', client: 'c2' }), 1);
        await tx.bookCallback(callback('MOH-AAAA-0007', null, { phone: '+17585550888', client: null }), 1);
      });
      assert.equal(await storage.countActiveCallbacks('health', { phone: '+17585550123' }, now), 2);
      assert.equal(await storage.countActiveCallbacks('health', { client: 'c1' }, now), 2);
      assert.equal(await storage.countActiveCallbacks('health', { client: 'c2' }, now), 1);
      assert.equal(await storage.countActiveCallbacks('health', { phone: '+17585550888' }, now), 1);
      assert.equal(await storage.countActiveCallbacks('health', { client: 'nobody' }, now), 0);
      assert.equal((await storage.getCallback('MOH-AAAA-0001'))!.client, 'c1');
      assert.equal((await storage.getCallback('MOH-AAAA-0007'))!.client, null);
    });

    each('expired idempotency records and uncited uploads are deleted; orphaned contents are named once', async (storage) => {
      const shared = 'a'.repeat(64);
      const alone = 'b'.repeat(64);
      const cited = 'c'.repeat(64);
      await storage.transaction(async (tx) => {
        await tx.putIdempotency(idempotency('old', { createdAt: '2026-11-09T13:00:00.000Z' }));
        await tx.putIdempotency(idempotency('new', { createdAt: '2026-11-10T13:00:00.000Z' }));
        await tx.insertAttachment(attachment('att_old_shared_1', { sha256: shared, createdAt: '2026-11-09T10:00:00.000Z' }));
        await tx.insertAttachment(attachment('att_old_shared_2', { sha256: shared, createdAt: '2026-11-09T11:00:00.000Z' }));
        await tx.insertAttachment(attachment('att_old_alone', { sha256: alone, createdAt: '2026-11-09T10:00:00.000Z' }));
        await tx.insertAttachment(attachment('att_new_alone', { sha256: alone, createdAt: '2026-11-10T13:30:00.000Z' }));
        await tx.insertAttachment(attachment('att_old_cited', { sha256: cited, createdAt: '2026-11-09T10:00:00.000Z' }));
        await tx.insertTicket(ticket('MOH-AAAA-AAAA', '2026-11-09T10:05:00.000Z'), created('2026-11-09T10:05:00.000Z'));
        await tx.citeAttachments(['att_old_cited'], 'MOH-AAAA-AAAA');
      });
      const before = '2026-11-10T12:00:00.000Z';
      const result = await storage.transaction(async (tx) => ({
        idempotency: await tx.deleteIdempotencyBefore(before),
        uploads: await tx.deleteUncitedAttachments(before),
      }));
      assert.equal(result.idempotency, 1);
      assert.equal(result.uploads.uploads, 3);
      // `alone` is still the content of a newer upload: only `shared` has nothing left.
      assert.deepEqual(result.uploads.orphanedBlobs, [shared]);
      assert.equal(await storage.getIdempotency('health', 'old'), undefined);
      assert.ok(await storage.getIdempotency('health', 'new'));
      assert.equal(await storage.getAttachment('att_old_alone'), undefined);
      assert.ok(await storage.getAttachment('att_new_alone'));
      assert.ok(await storage.getAttachment('att_old_cited'));
      const again = await storage.transaction(async (tx) => ({
        idempotency: await tx.deleteIdempotencyBefore(before),
        uploads: await tx.deleteUncitedAttachments(before),
      }));
      assert.deepEqual(again, { idempotency: 0, uploads: { uploads: 0, orphanedBlobs: [] } });
    });

    each('a sweep that throws deletes nothing', async (storage) => {
      await storage.transaction(async (tx) => {
        await tx.putIdempotency(idempotency('old', { createdAt: '2026-11-09T13:00:00.000Z' }));
        await tx.insertAttachment(attachment('att_old', { createdAt: '2026-11-09T10:00:00.000Z' }));
      });
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.deleteIdempotencyBefore('2026-11-10T12:00:00.000Z');
          await tx.deleteUncitedAttachments('2026-11-10T12:00:00.000Z');
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.ok(await storage.getIdempotency('health', 'old'));
      assert.ok(await storage.getAttachment('att_old'));
    });

    each('a ticket is rated once: the first satisfaction stays; ratings are read back per period and ministry', async (storage) => {
      await storage.transaction(async (tx) => {
        await tx.insertTicket(ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
        await tx.insertTicket(ticket('MOH-BBBB-BBBB', '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
        await tx.insertTicket(
          ticket('MOE-CCCC-CCCC', '2026-11-10T14:00:00.000Z', { ministryId: 'education', serviceId: 'school-transport' }),
          created('2026-11-10T14:00:00.000Z'),
        );
      });
      const first: SatisfactionRecord = {
        reference: 'MOH-AAAA-AAAA',
        ministryId: 'health',
        serviceId: 'health-clinic-services',
        rating: 4,
        comment: 'Quick and clear — merci.',
        at: '2026-11-12T09:00:00.000Z',
      };
      assert.equal(await storage.getSatisfaction('MOH-AAAA-AAAA'), undefined);
      assert.equal(await storage.transaction((tx) => tx.insertSatisfaction(first)), true);
      assert.equal(await storage.transaction((tx) => tx.insertSatisfaction({ ...first, rating: 1, comment: null })), false);
      assert.deepEqual(await storage.getSatisfaction('MOH-AAAA-AAAA'), first);
      await storage.transaction(async (tx) => {
        await tx.insertSatisfaction({ ...first, reference: 'MOH-BBBB-BBBB', rating: 2, comment: null, at: '2026-11-20T09:00:00.000Z' });
        await tx.insertSatisfaction({
          ...first,
          reference: 'MOE-CCCC-CCCC',
          ministryId: 'education',
          serviceId: 'school-transport',
          rating: 5,
          comment: null,
        });
      });
      const period = { from: '2026-11-01T00:00:00.000Z', before: '2026-11-15T00:00:00.000Z', openStatuses: [] };
      assert.deepEqual(await storage.satisfactionStatsRows({ ...period, ministryId: 'health' }), [
        { ministryId: 'health', serviceId: 'health-clinic-services', rating: 4 },
      ]);
      const all = await storage.satisfactionStatsRows({ ...period, ministryId: null });
      assert.deepEqual(all.map((r) => r.rating).sort(), [4, 5]);
      // A rating that throws with its transaction is not kept.
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.insertTicket(ticket('MOH-DDDD-DDDD', '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
          await tx.insertSatisfaction({ ...first, reference: 'MOH-DDDD-DDDD' });
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await storage.getSatisfaction('MOH-DDDD-DDDD'), undefined);
    });
  });
}
