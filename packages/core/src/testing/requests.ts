/**
 * Requests the tests of every package file with: valid complaints and a callback request
 * against the seeded ministries, the files an upload sniffs, and the moment the seed's
 * calendar is read at.
 *
 * @module
 */

/** Tuesday 10 November 2026, 10:00 in Saint Lucia (health), 09:00 in New York (transport), 14:00 in London. */
export const NOW = new Date('2026-11-10T14:00:00.000Z');

/** A valid complaint about a health clinic; `overrides` replace top-level members. */
export function clinicComplaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    service: 'health-clinic-services',
    subject: 'Waited four hours at Castries',
    description: 'I arrived at 8 and was seen at noon, with no explanation of the delay.',
    answers: { clinic: 'castries', visit_date: '2026-11-02', issues: ['long_wait'], details: 'Nobody told us why we had to wait so long.' },
    citizen: { name: 'Marie Joseph', email: 'Marie.Joseph@example.org', phone: '+17585550123' },
    ...overrides,
  };
}

/** A valid complaint about a bus, for the transport ministry. */
export function busComplaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    service: 'transport-bus-service',
    subject: 'Bus 12 skipped my stop',
    description: 'The 7:40 bus drove past the stop on Main Street without stopping.',
    answers: { issue: 'skipped_stop', route: '12', incident_date: '2026-11-09', details: 'This is the third time this month it happened.' },
    citizen: { email: 'rider@example.org' },
    ...overrides,
  };
}

/** A callback request for the health clinic service. */
export function callbackRequest(schedule: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    service: 'health-clinic-services',
    name: 'Marie Joseph',
    phone: '+17585550123',
    locale: 'fr',
    reason: 'Question about my clinic visit',
    schedule,
    ...overrides,
  };
}

/** The smallest PNG signature the sniffer accepts, padded to `size` bytes. */
export function pngBytes(size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** A minimal PDF header, padded to `size` bytes. */
export function pdfBytes(size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}
