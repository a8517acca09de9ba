// Uploads a server has streamed elsewhere (to a temporary file) before the contact centre
// decides: kept only when every check passes, thrown away otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReceivedFile } from '../src/contact-centre.ts';
import { isDomainError } from '../src/errors.ts';
import { makeCentre, pdfBytes, pngBytes } from './fixtures.ts';

function received(bytes: Uint8Array) {
  const calls: string[] = [];
  const file: ReceivedFile = {
    size: bytes.byteLength,
    head: bytes.slice(0, 64),
    async commit() {
      calls.push('commit');
      return 'ab'.repeat(32);
    },
    async discard() {
      calls.push('discard');
    },
  };
  return { file, calls };
}

test('a received file that passes every check is committed, once, and recorded under its hash', async () => {
  const f = await makeCentre();
  const { file, calls } = received(pngBytes(4096));
  const attachment = await f.centre.uploadAttachment(f.health, { serviceId: 'health-clinic-services', filename: 'x.png', content: file });
  assert.deepEqual(calls, ['commit']);
  assert.equal(attachment.sha256, 'ab'.repeat(32));
  assert.equal(attachment.size, 4096);
  assert.equal(attachment.contentType, 'image/png');
});

test('a received file that fails a check is discarded and never committed', async () => {
  const f = await makeCentre();
  const cases: Array<[string, Uint8Array, number]> = [
    ['health-clinic-services', new TextEncoder().encode('MZ this is not a picture'), 415],
    ['health-clinic-services', pdfBytes(5 * 1024 * 1024 + 1), 413],
    ['health-hospital-waiting-times', pngBytes(), 422],
    ['no-such-service', pngBytes(), 422],
  ];
  for (const [serviceId, bytes, status] of cases) {
    const { file, calls } = received(bytes);
    await assert.rejects(
      f.centre.uploadAttachment(f.health, { serviceId, filename: 'x', content: file }),
      (error) => isDomainError(error) && error.problem.status === status,
    );
    assert.deepEqual(calls, ['discard'], serviceId);
  }
});
