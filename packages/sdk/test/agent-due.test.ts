import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TicketListQuery } from '@civic-contact/contract';
import { createClient, isValidationError } from '@civic-contact/sdk';
import { BASE_URL, fakeFetch, json, SECRET_KEY } from './helpers.ts';

function setup() {
  const { fetch, attempts } = fakeFetch(() => json({ items: [], nextCursor: null }));
  return { client: createClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY, fetch }), attempts };
}

describe('client.agent.tickets.list: what is due', () => {
  test('overdue and dueBefore go in the query, an offset’s + percent-encoded', async () => {
    const { client, attempts } = setup();
    await client.agent.tickets.list({ overdue: true, dueBefore: '2026-12-07T09:00:00+01:00', limit: 20 });
    const url = new URL(attempts[0]!.request.url);
    assert.equal(url.pathname, '/v1/agent/tickets');
    assert.equal(url.searchParams.get('overdue'), 'true');
    assert.equal(url.searchParams.get('dueBefore'), '2026-12-07T09:00:00+01:00');
    assert.match(url.search, /dueBefore=2026-12-07T09%3A00%3A00%2B01%3A00/);
  });

  test('a dueBefore that is not an instant, or an overdue that is not a boolean, is refused before any request', async () => {
    const { client, attempts } = setup();
    for (const [query, field] of [
      [{ dueBefore: '2026-12-07' }, 'dueBefore'],
      [{ dueBefore: 'tomorrow' }, 'dueBefore'],
      [{ overdue: 'true' as unknown as boolean }, 'overdue'],
    ] satisfies Array<[TicketListQuery, string]>) {
      const error = await client.agent.tickets.list(query).then(
        () => assert.fail('expected a ValidationError'),
        (e: unknown) => e,
      );
      assert.ok(isValidationError(error), String(error));
      assert.deepEqual(error.errors.map((e) => e.field), [field]);
    }
    assert.equal(attempts.length, 0);
  });
});
