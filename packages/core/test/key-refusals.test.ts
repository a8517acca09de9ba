/**
 * What a refused key is told: each refusal says what is wrong and how to fix it, in words a
 * ministry's web developer can act on, without ever repeating a secret key.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, PROBLEM_TYPES, ProblemSchema } from '@civic-contact/contract';
import { sha256Hex } from '../src/crypto-utils.ts';
import { keyHint } from '../src/keys.ts';
import { makeCentre, NOW, problem } from './fixtures.ts';

const HEALTH_ORIGIN = 'https://health.example.gov';

/** A centre with a live health key bound to the health ministry's site. */
async function withSiteKey() {
  const f = await makeCentre();
  await f.storage.transaction((tx) =>
    tx.upsertSiteKey({
      id: 'key_health_site',
      key: 'pk_live_7k3d9qx6healthsite',
      ministryId: 'health',
      allowedOrigins: [HEALTH_ORIGIN],
      createdAt: NOW.toISOString(),
      revokedAt: null,
    }),
  );
  return f;
}

describe('refused keys say what is wrong and the fix', () => {
  test('a publishable key is named by its first characters only', () => {
    assert.equal(keyHint('pk_live_7k3d9qx6healthsite'), 'pk_live_7k3d…');
    assert.equal(keyHint('pk_test_x'), 'pk_test_x');
  });

  test('an unknown site key (401) is named, with the advice to check it', async () => {
    const f = await makeCentre();
    const refused = await problem(f.centre.authenticate({ siteKey: 'pk_live_nosuchkey0000', origin: HEALTH_ORIGIN }), 401, PROBLEM_TYPES.unauthorized);
    assert.equal(
      refused.detail,
      'The site key pk_live_nosu… is not known to this contact centre: check it against the one issued for this site.',
    );
  });

  test('a revoked site key (401) says it was revoked and how to make a new one for the origin', async () => {
    const f = await withSiteKey();
    await f.storage.transaction(async (tx) => {
      const key = (await tx.findSiteKey('pk_live_7k3d9qx6healthsite'))!;
      await tx.upsertSiteKey({ ...key, revokedAt: NOW.toISOString() });
    });
    const refused = await problem(f.centre.authenticate({ siteKey: 'pk_live_7k3d9qx6healthsite', origin: HEALTH_ORIGIN }), 401);
    assert.equal(
      refused.detail,
      'The site key pk_live_7k3d… was revoked on 2026-11-10 and no longer works: this site needs a new key (civic-contact-server keys create --ministry health --origin https://health.example.gov).',
    );
  });

  test('a site key used from an origin it does not allow (403) names the origin, the ministry and the command, and carries the ministry’s contact', async () => {
    const f = await withSiteKey();
    const refused = await problem(
      f.centre.authenticate({ siteKey: 'pk_live_7k3d9qx6healthsite', origin: 'https://News.example:443' }),
      403,
      PROBLEM_TYPES.forbidden,
    );
    assert.equal(
      refused.detail,
      'The site key pk_live_7k3d… of the ministry "health" may not be used from https://news.example: the key does not allow that origin. Create a key for this origin: civic-contact-server keys create --ministry health --origin https://news.example, and use it as the site key on that site.',
    );
    const health = (await f.storage.getMinistry('health'))!;
    assert.deepEqual(refused.contact, { name: health.name, phone: health.contact.phone, email: health.contact.email });
    // An extension member the contract declares, so the SDK keeps it.
    assert.deepEqual(parse(ProblemSchema, refused).contact, refused.contact);
  });

  test('a page without an origin of its own (Origin: null) is told to serve the page from a site', async () => {
    const f = await withSiteKey();
    const refused = await problem(f.centre.authenticate({ siteKey: 'pk_live_7k3d9qx6healthsite', origin: 'null' }), 403);
    assert.match(refused.detail!, /may not be used from a page without an origin of its own \(Origin: null\), such as a file: page or a sandboxed frame\./);
    assert.match(refused.detail!, /civic-contact-server keys create --ministry health --origin https:\/\/…$/);
  });

  test('a secret key sent as a site key (401) is never repeated, and is to be revoked', async () => {
    const f = await makeCentre();
    const refused = await problem(f.centre.authenticate({ siteKey: f.keys.secret['health']! }), 401);
    assert.ok(!JSON.stringify(refused).includes(f.keys.secret['health']!), 'the secret key is not echoed');
    assert.ok(!JSON.stringify(refused).includes('sk_test'), 'nor any part of it');
    assert.match(refused.detail!, /holds a secret key \(sk_…\)\. A secret key must never be in a web page/);
    assert.match(refused.detail!, /civic-contact-server keys revoke KEY_ID/);
  });

  test('something that is not a key at all (401) is not repeated', async () => {
    const f = await makeCentre();
    const refused = await problem(f.centre.authenticate({ siteKey: 'hunter2' }), 401);
    assert.equal(refused.detail, 'The X-Site-Key header takes a publishable key, which starts with pk_: check it against the one issued for this site.');
  });

  test('an unknown or revoked secret key (401) is told apart, without repeating it', async () => {
    const f = await makeCentre();
    const unknown = await problem(f.centre.authenticate({ authorization: 'Bearer sk_live_nosuchsecret' }), 401);
    assert.equal(unknown.detail, 'This secret key is not known to this contact centre: check it against the one issued to you.');
    await f.storage.transaction(async (tx) => {
      const key = (await tx.findSecretKeyByHash(await sha256Hex(f.keys.secret['health']!)))!;
      await tx.upsertSecretKey({ ...key, revokedAt: NOW.toISOString() });
    });
    const revoked = await problem(f.centre.authenticate({ authorization: `Bearer ${f.keys.secret['health']!}` }), 401);
    assert.equal(revoked.detail, 'This secret key was revoked on 2026-11-10 and no longer works: a new key is needed (civic-contact-server keys create --ministry health --secret).');
    assert.ok(!JSON.stringify(revoked).includes(f.keys.secret['health']!));
  });
});
