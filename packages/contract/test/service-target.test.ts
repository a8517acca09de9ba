/** A service definition's response-time target: exactly one of working days or working hours (urgent), in bounds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeParse, ServiceDefinitionSchema } from '@civic-contact/contract';

const service = {
  id: 'health-urgent-care',
  ministryId: 'health',
  group: { en: 'Health' },
  name: { en: 'Urgent care' },
  description: { en: 'Problems with urgent care.' },
  entityId: 'hospitals',
  contact: 'email_or_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 0, maxBytes: 0, types: [] },
  callbacks: true,
  fields: [],
};

const accepts = (target: Record<string, unknown>) => safeParse(ServiceDefinitionSchema, { ...service, ...target }).success;

test('a service has its target in working days or in working hours', () => {
  assert.equal(accepts({ responseTargetDays: 10 }), true);
  assert.equal(accepts({ responseTargetHours: 4 }), true);
});

test('a service with both targets, or neither, is refused', () => {
  assert.equal(accepts({ responseTargetDays: 1, responseTargetHours: 4 }), false);
  assert.equal(accepts({}), false);
  const result = safeParse(ServiceDefinitionSchema, service);
  assert.ok(!result.success && result.issues.some((issue) => /exactly one response-time target/.test(issue.message)));
});

test('a target in hours is a whole number from 1 to 80', () => {
  assert.equal(accepts({ responseTargetHours: 1 }), true);
  assert.equal(accepts({ responseTargetHours: 80 }), true);
  for (const hours of [0, 81, 2.5, -4, '4']) assert.equal(accepts({ responseTargetHours: hours }), false, String(hours));
});
