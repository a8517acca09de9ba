import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storageConformance } from '@civic-contact/core/testing';
import { sha256Hex } from '../src/crypto-utils.ts';
import { isDeepFrozen } from '../src/deep-freeze.ts';
import { MemoryBlobStore, MemoryStorage } from '../src/memory-storage.ts';
import { seed } from '../src/seed/index.ts';
import { seedDemo } from '../src/seed-storage.ts';

storageConformance('MemoryStorage', async () => ({ storage: new MemoryStorage() }), { serial: true });

describe('MemoryStorage', () => {
  test('ministries, services, FAQs and keys come back deeply frozen, so code that changes what it reads fails here', async () => {
    const storage = new MemoryStorage();
    const keys = await seedDemo(storage, seed, new Date('2026-11-10T14:00:00.000Z'));
    const records = [
      await storage.getMinistry('health'),
      await storage.getService('health-clinic-services'),
      await storage.getFaq('health-001'),
      await storage.findSiteKey(keys.site.health!),
      ...(await storage.listServices('health')),
    ];
    for (const record of records) assert.ok(record && isDeepFrozen(record));
    const ministry = (await storage.getMinistry('health'))!;
    assert.throws(() => {
      (ministry.businessHours[0] as { open: string }).open = '00:00';
    }, TypeError);
  });

  test('FAQ feedback is kept in order, and not when its transaction fails', async () => {
    const storage = new MemoryStorage();
    const feedback = (faqId: string) => ({ ministryId: 'health', faqId, helpful: faqId !== 'health-002', comment: null, lang: 'en', at: '' });
    await storage.transaction((tx) => tx.appendFaqFeedback(feedback('health-001')));
    await assert.rejects(
      storage.transaction(async (tx) => {
        await tx.appendFaqFeedback(feedback('health-003'));
        throw new Error('boom');
      }),
      /boom/,
    );
    await storage.transaction((tx) => tx.appendFaqFeedback(feedback('health-002')));
    assert.deepEqual(await storage.feedback(), [feedback('health-001'), feedback('health-002')]);
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
