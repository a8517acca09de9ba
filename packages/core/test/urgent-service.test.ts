/**
 * An urgent service answers within working hours, not days: the seed's health-urgent-care
 * (4 working hours of the Saint Lucia centre, open weekdays 07:00–19:00, UTC−4).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceCatalogueSchema, safeParse } from '@civic-contact/contract';
import { clinicComplaint, makeCentre } from './fixtures.ts';

const urgent = (subject: string) =>
  clinicComplaint({
    service: 'health-urgent-care',
    subject,
    answers: { urgent_issue: 'medicine', details: 'The pharmacy has had no insulin for three days.' },
  });

test('the catalogue gives the urgent service its target in hours, and no target in days', async () => {
  const f = await makeCentre();
  const catalogue = await f.centre.listServices(f.health, {});
  assert.ok(safeParse(ServiceCatalogueSchema, catalogue).success);
  const service = catalogue.services.find((s) => s.id === 'health-urgent-care');
  assert.equal(service?.responseTargetHours, 4);
  assert.equal(service?.responseTargetDays, undefined);
});

test('a complaint to an urgent service is due 4 working hours after it was filed, carried over night', async () => {
  const f = await makeCentre();
  // Tuesday 10 November, 10:00 in Saint Lucia (14:00 UTC) → 14:00 there, 18:00 UTC.
  const morning = await f.centre.createComplaint(f.health, urgent('No insulin at the pharmacy'), null);
  assert.equal(morning.body.expectedResponseBy, '2026-11-10T18:00:00.000Z');
  // 17:00 there: 2 h on Tuesday, 2 h from Wednesday 07:00 → 09:00 there, 13:00 UTC.
  f.advance(7 * 60);
  const evening = await f.centre.createComplaint(f.health, urgent('Home-care nurse did not come'), null);
  assert.equal(evening.body.expectedResponseBy, '2026-11-11T13:00:00.000Z');
  // The agent's list of what is overdue sees it by the same time.
  f.clock.now = new Date('2026-11-11T13:00:01.000Z');
  const overdue = await f.centre.listTickets(f.healthAgent, { overdue: 'true' });
  assert.deepEqual(overdue.items.map((t) => t.reference), [morning.body.reference, evening.body.reference]);
});
