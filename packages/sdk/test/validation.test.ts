import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCharacter } from '@civic-contact/contract';
import { createClient, isValidationError, type ValidationError } from '@civic-contact/sdk';
import { BASE_URL, complaint, fakeFetch, json, REFERENCE, SECRET_KEY, SITE_KEY } from './helpers.ts';

function setup(key: 'site' | 'secret' = 'site') {
  const { fetch, attempts } = fakeFetch(() => json({}));
  const client = createClient({ baseUrl: BASE_URL, fetch, ...(key === 'site' ? { siteKey: SITE_KEY } : { secretKey: SECRET_KEY }) });
  return { client, attempts };
}

async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => assert.fail('expected a ValidationError'),
    (e: unknown) => e,
  );
  assert.ok(isValidationError(error), `expected a ValidationError, got ${String(error)}`);
  return error;
}

/** The reference with its 6th body character replaced by `character`. */
function withCharacter(character: string): string {
  return `${REFERENCE.slice(0, 9)}${character}${REFERENCE.slice(10)}`;
}

describe('request bodies are checked before sending', () => {
  test('a complaint with several bad fields lists every one, and nothing is sent', async () => {
    const { client, attempts } = setup();
    const error = await validationError(
      client.complaints.create({
        ...complaint,
        subject: '   ',
        description: 'x'.repeat(5001),
        citizen: { email: 'not-an-email', phone: '555-0123' },
        channel: 'fax' as never,
        extra: true,
      } as never),
    );
    assert.equal(attempts.length, 0);
    assert.equal(error.status, undefined);
    const byField = Object.fromEntries(error.errors.map((e) => [e.field, e.code]));
    assert.deepEqual(byField, {
      subject: 'required',
      description: 'too_long',
      'citizen.email': 'invalid_email',
      'citizen.phone': 'invalid_phone',
      channel: 'invalid_choice',
      extra: 'unknown_field',
    });
    assert.match(error.message, /6 fields need correcting/);
    assert.match(error.fieldErrors('description')[0]!.message, /5000 characters or fewer/);
  });

  test('a missing required field is "required"', async () => {
    const { client, attempts } = setup();
    const { service: _omitted, ...withoutService } = complaint;
    const error = await validationError(client.complaints.create(withoutService as never));
    assert.deepEqual(error.errors.map((e) => [e.field, e.code]), [['service', 'required']]);
    assert.equal(attempts.length, 0);
  });

  test('strings are sent trimmed, as the contract defines them', async () => {
    const { fetch, attempts } = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: false });
    await client.complaints.create({ ...complaint, subject: '  Waited five hours  ' }).catch(() => undefined);
    assert.equal(JSON.parse(attempts[0]!.body).subject, 'Waited five hours');
  });

  test('queries and other bodies are checked too', async () => {
    const { client, attempts } = setup();
    assert.deepEqual((await validationError(client.faq.search({ q: 'clinic', limit: 500 }))).errors.map((e) => [e.field, e.code]), [['limit', 'too_big']]);
    assert.deepEqual((await validationError(client.callbacks.slots({ service: 'vaccination', days: 1.5 }))).errors.map((e) => [e.field, e.code]), [['days', 'not_integer']]);
    assert.deepEqual((await validationError(client.faq.feedback('Bad Id', { helpful: true }))).errors.map((e) => e.field), ['id']);
    const booking = await validationError(
      client.callbacks.create({ service: 'vaccination', name: 'Ana', phone: '0123', locale: 'es', reason: 'Dose', schedule: { type: 'slot', start: 'tomorrow' } }),
    );
    assert.deepEqual(booking.errors.map((e) => [e.field, e.code]), [['phone', 'invalid_phone'], ['schedule.start', 'invalid_date']]);
    assert.deepEqual((await validationError(client.callbacks.cancel(REFERENCE, { verifier: '555 0123' }))).errors.map((e) => [e.field, e.code]), [['verifier', 'invalid_phone']]);
    assert.deepEqual((await validationError(client.tickets.get(REFERENCE, { verifier: '  ' }))).errors.map((e) => [e.field, e.code]), [['verifier', 'required']]);
    assert.deepEqual((await validationError(client.complaints.create(complaint, { idempotencyKey: 'short' }))).errors.map((e) => e.field), ['idempotencyKey']);
    assert.deepEqual((await validationError(client.attachments.upload({ service: 'vaccination', file: new Blob([]) }))).errors.map((e) => [e.field, e.code]), [['file', 'too_small']]);
    assert.equal(attempts.length, 0);
  });

  test('agent bodies and queries are checked', async () => {
    const { client, attempts } = setup('secret');
    assert.deepEqual((await validationError(client.agent.tickets.updateStatus(REFERENCE, { status: 'done' as never }))).errors.map((e) => [e.field, e.code]), [['status', 'invalid_choice']]);
    assert.deepEqual((await validationError(client.agent.tickets.list({ from: '01/02/2026' }))).errors.map((e) => [e.field, e.code]), [['from', 'invalid_date']]);
    assert.deepEqual((await validationError(client.stats.get({ ministry: 'Health' }))).errors.map((e) => [e.field, e.code]), [['ministry', 'invalid_format']]);
    assert.equal(attempts.length, 0);
  });
});

describe('malformed references are refused before any request', () => {
  test('a character never used in references is named in the message', async () => {
    const { client, attempts } = setup();
    const error = await validationError(client.tickets.get(withCharacter('U'), { verifier: 'ana@example.com' }));
    assert.equal(attempts.length, 0);
    assert.deepEqual(error.errors.map((e) => [e.field, e.code]), [['reference', 'invalid_reference']]);
    assert.match(error.message, /the 5th character after MOH- is "U": the letter U is never used/i);
    assert.equal(error.referenceProblem?.code, 'bad_character');
    assert.equal(error.referenceProblem?.character, 'U');
    assert.equal(error.referenceProblem?.position, 4);
  });

  test('a mistyped character caught by the check character is named', async () => {
    const { client, attempts } = setup();
    const body7 = REFERENCE.slice(4, 8) + REFERENCE.slice(9, 12);
    const wrongCheck = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.split('').find((c) => c !== checkCharacter(body7))!;
    const mistyped = REFERENCE.slice(0, 12) + wrongCheck;
    const error = await validationError(client.callbacks.cancel(mistyped, { verifier: '+17585550123' }));
    assert.equal(attempts.length, 0);
    assert.equal(error.errors[0]!.field, 'reference');
    assert.equal(error.referenceProblem?.code, 'check_failed');
    assert.match(error.message, /fails its check/);
  });

  test('every reference-taking method checks it', async () => {
    const { client, attempts } = setup('secret');
    for (const call of [
      () => client.agent.tickets.get('MOH-12'),
      () => client.agent.tickets.updateStatus('MOH-12', { status: 'assigned' }),
      () => client.agent.tickets.reroute('MOH-12', { entity: 'immunisation' }),
    ]) {
      const error = await validationError(call());
      assert.equal(error.errors[0]!.field, 'reference');
      assert.match(error.message, /Found 2 characters after MOH-/);
    }
    assert.equal(attempts.length, 0);
  });
});
