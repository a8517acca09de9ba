/**
 * The SDK against the in-memory contact centre of @civic-contact/mock: the shared contract
 * cases (the reference server passes the same ones), through the mock's `fetch`, no network.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS, LIMITS, PROBLEM_TYPES } from '@civic-contact/contract';
import { createMockContactCentre } from '@civic-contact/mock';
import { createClient } from '@civic-contact/sdk';
import { contractSuite } from './contract-suite.ts';

contractSuite('mock', async ({ now, proofOfWork, limits }) => {
  const mock = await createMockContactCentre({ now, proofOfWork, limits });
  return { baseUrl: mock.baseUrl, fetch: mock.fetch, keys: mock.keys, close: async () => {} };
});

test('mock only: its demo site keys allow every origin, so a page anywhere can try the widgets against it', async () => {
  // The reference server's demo keys allow only its own pages (packages/server/test/server.test.ts).
  const mock = await createMockContactCentre();
  const fromElsewhere: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    request.headers.set('Origin', 'https://any-ministry.example');
    return mock.fetch(request);
  };
  const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site['health']!, fetch: fromElsewhere });
  assert.equal((await client.services.list()).ministry.id, 'health');
});

test('mock only: an upload over the contact centre’s cap is read, then refused with 413', async () => {
  // The server cuts such an upload off instead of reading it (packages/server/test/server.test.ts).
  const mock = await createMockContactCentre();
  const form = new FormData();
  form.append('service', 'health-clinic-services');
  form.append('file', new Blob(['%PDF-1.7\n', new Uint8Array(LIMITS.attachmentMaxBytes + 128 * 1024)]), 'huge.pdf');
  const response = await mock.fetch(`${mock.baseUrl}/v1/attachments`, { method: 'POST', headers: { [HEADERS.siteKey]: mock.keys.site['health']! }, body: form });
  assert.equal(response.status, 413);
  assert.equal(((await response.json()) as { type: string }).type, PROBLEM_TYPES.payloadTooLarge);
});
