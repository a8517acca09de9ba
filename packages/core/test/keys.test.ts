import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, constantTimeEqual, cryptoRandomBytes } from '../src/crypto-utils.ts';
import { generateKey, hashSecret, normaliseOrigin, originAllowed, validateAllowedOrigins } from '../src/keys.ts';
import { MemoryStorage } from '../src/memory-storage.ts';
import { seed } from '../src/seed/index.ts';
import { demoKeys, loadSeed, seedDemo } from '../src/seed-storage.ts';

describe('keys', () => {
  test('generated keys say what they are and do not repeat', () => {
    const site = generateKey('site');
    const secret = generateKey('secret');
    assert.match(site, /^pk_live_[0-9a-hjkmnp-tv-z]{26}$/);
    assert.match(secret, /^sk_live_[0-9a-hjkmnp-tv-z]{40}$/);
    assert.notEqual(generateKey('secret'), secret);
  });

  test('a secret is stored as its SHA-256 in hex', async () => {
    assert.equal(await hashSecret('sk_test_admin'), await hashSecret('sk_test_admin'));
    assert.match(await hashSecret('sk_test_admin'), /^[0-9a-f]{64}$/);
    assert.equal(await hashSecret(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('origins are normalised as browsers send them', () => {
    assert.equal(normaliseOrigin('HTTPS://Health.Example.gov:443/'), 'https://health.example.gov');
    assert.equal(normaliseOrigin('http://localhost:8080'), 'http://localhost:8080');
    assert.equal(normaliseOrigin('https://health.example.gov/path'), null);
    assert.equal(normaliseOrigin('ftp://health.example.gov'), null);
    assert.equal(normaliseOrigin('null'), null);
  });

  test('"*" is refused unless explicitly allowed (demo keys only)', () => {
    assert.throws(() => validateAllowedOrigins(['*']), RangeError);
    assert.deepEqual(validateAllowedOrigins(['*'], { allowWildcard: true }), ['*']);
    assert.deepEqual(validateAllowedOrigins(['https://a.gov', 'HTTPS://A.GOV/']), ['https://a.gov']);
    assert.throws(() => validateAllowedOrigins(['a.gov']), /not an origin/);
  });

  test('originAllowed: listed origins and requests without Origin pass; others and "null" do not', () => {
    const allowed = ['https://health.example.gov'];
    assert.equal(originAllowed(allowed, 'https://health.example.gov'), true);
    assert.equal(originAllowed(allowed, null), true);
    assert.equal(originAllowed(allowed, 'https://evil.example'), false);
    assert.equal(originAllowed(allowed, 'null'), false);
    assert.equal(originAllowed(['*'], 'null'), true);
  });

  test('demo keys are deterministic and stored hashed', async () => {
    assert.deepEqual(demoKeys(['health']), { site: { health: 'pk_test_health' }, secret: { health: 'sk_test_health' }, admin: 'sk_test_admin' });
    const storage = new MemoryStorage();
    const keys = await seedDemo(storage, seed);
    assert.equal(keys.site['civil-registry'], 'pk_test_civil-registry');
    const secret = await storage.findSecretKeyByHash(await hashSecret('sk_test_health'));
    assert.equal(secret?.ministryId, 'health');
    assert.equal((await storage.findSecretKeyByHash(await hashSecret('sk_test_admin')))?.ministryId, null);
    assert.deepEqual((await storage.findSiteKey('pk_test_transport'))?.allowedOrigins, ['*']);
  });
});

describe('loadSeed', () => {
  test('refuses a seed whose services point at missing ministries or entities, and writes nothing', async () => {
    const storage = new MemoryStorage();
    const service = seed.services[0]!;
    await assert.rejects(
      loadSeed(storage, { ministries: seed.ministries, services: [{ ...service, entityId: 'nowhere' }], faqs: [] }),
      /has no entity nowhere/,
    );
    await assert.rejects(loadSeed(storage, { ministries: [], services: [service], faqs: [] }), /unknown ministry/);
    assert.deepEqual(await storage.listMinistries(), []);
  });
});

describe('crypto utilities', () => {
  test('canonical JSON ignores key order and undefined members', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }, null] }), '{"a":[{"d":2},null],"b":1}');
    assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  });

  test('random bytes come from a pool in as many as asked, fresh each time, across refills and beyond the pool', () => {
    const seen = new Set<string>();
    // 3,000 draws of 7 bytes (a reference's worth) cross several 4 KB refills.
    for (let i = 0; i < 3000; i++) {
      const bytes = cryptoRandomBytes(7);
      assert.equal(bytes.length, 7);
      seen.add(Buffer.from(bytes).toString('hex'));
      bytes.fill(0);
    }
    assert.equal(seen.size, 3000, 'no draw repeats another, and zeroing a draw does not reach the next');
    const large = cryptoRandomBytes(10_000);
    assert.equal(large.length, 10_000);
    assert.ok(new Set(large).size > 200, 'a draw larger than the pool is random too');
    assert.equal(cryptoRandomBytes(0).length, 0);
  });

  test('constantTimeEqual compares whole strings', () => {
    assert.equal(constantTimeEqual('abc', 'abc'), true);
    assert.equal(constantTimeEqual('abc', 'abd'), false);
    assert.equal(constantTimeEqual('abc', 'ab'), false);
    assert.equal(constantTimeEqual('', ''), true);
  });
});
