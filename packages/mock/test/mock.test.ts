import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { parse, ServiceCatalogueSchema, ProblemSchema, TicketSchema } from '@civic-contact/contract';
import { createMockContactCentre, DEFAULT_MOCK_BASE_URL } from '../src/index.ts';

const mock = await createMockContactCentre();

describe('with setupServer, the handlers answer the global fetch', () => {
  const server = setupServer(...mock.handlers);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  after(() => server.close());

  test('GET /v1/services answers the seeded catalogue of the key’s ministry', async () => {
    const response = await fetch(`${DEFAULT_MOCK_BASE_URL}/v1/services`, { headers: { 'X-Site-Key': mock.keys.site.health! } });
    assert.equal(response.status, 200);
    const catalogue = parse(ServiceCatalogueSchema, await response.json());
    assert.equal(catalogue.ministry.id, 'health');
    assert.ok(catalogue.services.every((service) => service.ministryId === 'health'));
  });

  test('errors are problem documents with security headers', async () => {
    const response = await fetch(`${DEFAULT_MOCK_BASE_URL}/v1/services`, { headers: { 'X-Site-Key': 'pk_unknown' } });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(parse(ProblemSchema, await response.json()).status, 401);
  });
});

describe('its fetch answers from the handlers without a network', () => {
  test('a complaint filed through it can be read back with its verifier', async () => {
    const headers = { 'X-Site-Key': mock.keys.site.transport!, 'Content-Type': 'application/json' };
    const filed = await mock.fetch(`${mock.baseUrl}/v1/complaints`, {
      method: 'POST',
      headers: { ...headers, 'Idempotency-Key': 'mock-test-0001' },
      body: JSON.stringify({
        service: 'transport-road-defects',
        subject: 'Pothole',
        description: 'Deep pothole by the school gate.',
        answers: { defect_type: 'pothole', size: 'large', position: 'traffic_lane' },
        citizen: { phone: '+15555550123' },
        location: { address: '12 Bridge Street' },
      }),
    });
    assert.equal(filed.status, 201);
    const { reference } = (await filed.json()) as { reference: string };
    const ticket = await mock.fetch(`${mock.baseUrl}/v1/tickets/${reference}`, {
      headers: { ...headers, 'X-Civic-Verifier': '+1 555 555 0123' },
    });
    assert.equal(ticket.status, 200);
    assert.equal(parse(TicketSchema, await ticket.json()).status, 'received');
  });

  test('a request it does not serve fails like a network error', async () => {
    await assert.rejects(mock.fetch('https://elsewhere.test/v1/services'), TypeError);
    await assert.rejects(mock.fetch(`${mock.baseUrl}/not-the-api`), TypeError);
  });

  test('an aborted request is refused before it is answered', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      mock.fetch(`${mock.baseUrl}/v1/services`, { signal: controller.signal, headers: { 'X-Site-Key': mock.keys.site.health! } }),
      { name: 'AbortError' },
    );
  });
});

test('a fixed clock drives what the mock computes', async () => {
  const fixed = await createMockContactCentre({ now: () => new Date('2026-12-25T15:00:00Z'), baseUrl: 'https://other.test/' });
  assert.equal(fixed.baseUrl, 'https://other.test');
  const response = await fixed.fetch(`${fixed.baseUrl}/v1/callbacks/slots?service=transport-licence-status&days=2`, {
    headers: { 'X-Site-Key': fixed.keys.site.transport! },
  });
  assert.equal(response.status, 200);
  const slots = (await response.json()) as { days: Array<{ date: string; status: string }> };
  // Christmas Day is a holiday of the transport ministry's calendar.
  assert.deepEqual(slots.days[0], { ...slots.days[0], date: '2026-12-25', status: 'holiday' });
});
