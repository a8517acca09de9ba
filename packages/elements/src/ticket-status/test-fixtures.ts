/**
 * Shared fixtures of the `<civic-ticket-status>` tests. It has no tests of its own; the
 * `test-fixtures.ts` name keeps it out of the package build.
 */
import type { ComplaintCreateRequest } from '@civic-contact/contract';
import type { MockContactCentre } from '@civic-contact/mock';
import { createClient } from '@civic-contact/sdk';

export const HEALTH_SITE_KEY = 'pk_test_health';
export const EMAIL = 'ana@example.com';
export const PHONE = '+17585550123';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function complaintBody(): ComplaintCreateRequest {
  return {
    service: 'health-clinic-services',
    subject: 'Waited five hours at the clinic',
    description: 'I arrived at 8am with my daughter and we were only seen after 1pm.',
    answers: { clinic: 'castries', visit_date: daysAgo(3), issues: ['long_wait'], details: 'Nobody told us how long the wait would be.' },
    citizen: { name: 'Ana Joseph', email: EMAIL, phone: PHONE },
    locale: 'en',
  };
}

/** Files a complaint as the health ministry's web page would, and returns its reference. */
export async function fileComplaint(mock: MockContactCentre): Promise<string> {
  const client = createClient({ baseUrl: mock.baseUrl, siteKey: HEALTH_SITE_KEY, fetch: mock.fetch });
  return (await client.complaints.create(complaintBody())).reference;
}
