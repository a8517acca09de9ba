import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sha256Hex } from '../src/crypto-utils.ts';
import { MemoryBlobStore, MemoryStorage } from '../src/memory-storage.ts';
import type { CallbackRecord, TicketRecord, TimelineRecord } from '../src/storage.ts';
import { seed } from '../src/seed/index.ts';
import { loadSeed } from '../src/seed-storage.ts';

function ticket(reference: string, submittedAt: string, overrides: Partial<TicketRecord> = {}): TicketRecord {
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

const created = (at: string): TimelineRecord => ({ at, kind: 'created', status: 'received', note: null, entityId: 'primary-care' });

function callback(reference: string, slotStart: string | null): CallbackRecord {
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
  };
}

describe('MemoryStorage', () => {
  test('a transaction that throws leaves nothing behind, even after several writes', async () => {
    const storage = new MemoryStorage();
    await loadSeed(storage, seed);
    const before = await storage.getService('health-clinic-services');
    await assert.rejects(
      storage.transaction(async (tx) => {
        await tx.insertTicket(ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z'), created('2026-11-10T14:00:00.000Z'));
        await tx.updateTicket('MOH-AAAA-AAAA', { status: 'assigned' }, created('2026-11-10T15:00:00.000Z'));
        await tx.upsertService({ ...before!, responseTargetDays: 99 });
        await tx.putIdempotency({ ministryId: 'health', key: 'k', requestHash: 'h', status: 201, body: {}, createdAt: '' });
        await tx.appendFaqFeedback({ ministryId: 'health', faqId: 'health-001', helpful: true, comment: null, lang: null, at: '' });
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await storage.getTicket('MOH-AAAA-AAAA'), undefined);
    assert.deepEqual(await storage.getTimeline('MOH-AAAA-AAAA'), []);
    assert.deepEqual(await storage.getService('health-clinic-services'), before);
    assert.equal(await storage.getIdempotency('health', 'k'), undefined);
    assert.deepEqual(await storage.feedback(), []);
    // The store still works after a rollback.
    assert.equal(await storage.transaction(async (tx) => tx.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x'))), true);
  });

  test('what goes in and comes out is a copy', async () => {
    const storage = new MemoryStorage();
    const record = ticket('MOH-AAAA-AAAA', '2026-11-10T14:00:00.000Z');
    await storage.transaction((tx) => tx.insertTicket(record, created(record.submittedAt)));
    record.answers.clinic = 'changed by caller';
    const read = (await storage.getTicket('MOH-AAAA-AAAA'))!;
    assert.equal(read.answers.clinic, 'castries');
    read.citizen.email = 'changed@example.org';
    assert.equal((await storage.getTicket('MOH-AAAA-AAAA'))!.citizen.email, 'a@example.org');
  });

  test('transactions run one at a time, so a read-then-write cannot interleave', async () => {
    const storage = new MemoryStorage();
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

  test('a tx kept after its transaction cannot write', async () => {
    const storage = new MemoryStorage();
    let kept: Parameters<Parameters<MemoryStorage['transaction']>[0]>[0] | undefined;
    await storage.transaction(async (tx) => {
      kept = tx;
    });
    await assert.rejects(kept!.insertTicket(ticket('MOH-AAAA-AAAA', 'x'), created('x')), /transaction has ended/);
  });

  test('tickets list newest first with keyset pagination and filters', async () => {
    const storage = new MemoryStorage();
    await storage.transaction(async (tx) => {
      await tx.insertTicket(ticket('MOH-0000-000A', '2026-11-10T10:00:00.000Z'), created(''));
      await tx.insertTicket(ticket('MOH-0000-000B', '2026-11-10T12:00:00.000Z'), created(''));
      await tx.insertTicket(ticket('MOH-0000-000C', '2026-11-10T12:00:00.000Z', { status: 'assigned' }), created(''));
      await tx.insertTicket(ticket('MOT-0000-000D', '2026-11-10T13:00:00.000Z', { ministryId: 'transport' }), created(''));
    });
    const refs = async (filter: Parameters<MemoryStorage['listTickets']>[0]) => (await storage.listTickets(filter)).map((t) => t.reference);
    assert.deepEqual(await refs({ ministryId: 'health', limit: 10 }), ['MOH-0000-000C', 'MOH-0000-000B', 'MOH-0000-000A']);
    assert.deepEqual(await refs({ ministryId: null, limit: 2 }), ['MOT-0000-000D', 'MOH-0000-000C']);
    assert.deepEqual(await refs({ ministryId: 'health', limit: 10, after: { submittedAt: '2026-11-10T12:00:00.000Z', reference: 'MOH-0000-000C' } }), [
      'MOH-0000-000B',
      'MOH-0000-000A',
    ]);
    assert.deepEqual(await refs({ ministryId: 'health', status: 'assigned', limit: 10 }), ['MOH-0000-000C']);
    assert.deepEqual(await refs({ ministryId: 'health', submittedFrom: '2026-11-10T11:00:00.000Z', submittedBefore: '2026-11-10T12:00:00.000Z', limit: 10 }), []);
  });

  test('a reference is unique across tickets and callbacks', async () => {
    const storage = new MemoryStorage();
    await storage.transaction(async (tx) => {
      assert.equal(await tx.insertTicket(ticket('MOH-0000-000A', 'x'), created('x')), true);
      assert.equal(await tx.insertTicket(ticket('MOH-0000-000A', 'y'), created('y')), false);
      assert.equal(await tx.bookCallback(callback('MOH-0000-000A', null), 1), 'duplicate_reference');
    });
    assert.equal(await storage.referenceExists('MOH-0000-000A'), true);
    assert.equal(await storage.referenceExists('MOH-0000-000B'), false);
  });

  test('bookCallback refuses beyond capacity; cancelled callbacks free their place; asap is not limited', async () => {
    const storage = new MemoryStorage();
    const start = '2026-11-10T15:00:00.000Z';
    await storage.transaction(async (tx) => {
      assert.equal(await tx.bookCallback(callback('MOH-0000-0001', start), 2), 'booked');
      assert.equal(await tx.bookCallback(callback('MOH-0000-0002', start), 2), 'booked');
      assert.equal(await tx.bookCallback(callback('MOH-0000-0003', start), 2), 'full');
      assert.equal((await tx.cancelCallback('MOH-0000-0001', start))?.status, 'cancelled');
      assert.equal(await tx.cancelCallback('MOH-0000-0001', start), undefined, 'only a scheduled callback can be cancelled');
      assert.equal(await tx.bookCallback(callback('MOH-0000-0003', start), 2), 'booked');
      for (let i = 0; i < 5; i++) assert.equal(await tx.bookCallback(callback(`MOH-0000-00A${i}`, null), 1), 'booked');
    });
    assert.deepEqual(await storage.countBookedSlots('health', '2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z'), new Map([[start, 2]]));
    assert.equal(await storage.countAsapQueue('health'), 5);
    assert.equal(await storage.countAsapQueue('transport'), 0);
  });

  test('upserting an FAQ moves its ministry’s revision on', async () => {
    const storage = new MemoryStorage();
    await loadSeed(storage, seed);
    const health = await storage.faqRevision('health');
    const transport = await storage.faqRevision('transport');
    const entry = (await storage.getFaq('health-001'))!;
    await storage.transaction((tx) => tx.upsertFaq({ ...entry, question: { en: 'Changed?' } }));
    assert.ok((await storage.faqRevision('health')) > health);
    assert.equal(await storage.faqRevision('transport'), transport);
  });
});

describe('MemoryBlobStore', () => {
  test('stores bytes under their SHA-256, once, and hands out copies', async () => {
    const blobs = new MemoryBlobStore();
    const bytes = new TextEncoder().encode('abc');
    const sha = await blobs.put(bytes);
    assert.equal(sha, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(await sha256Hex('abc'), sha);
    assert.equal(await blobs.put(new TextEncoder().encode('abc')), sha);
    bytes[0] = 0;
    const stored = (await blobs.get(sha))!;
    assert.equal(new TextDecoder().decode(stored), 'abc');
    stored[0] = 0;
    assert.equal(new TextDecoder().decode((await blobs.get(sha))!), 'abc');
    assert.equal(await blobs.get('0'.repeat(64)), undefined);
  });
});
