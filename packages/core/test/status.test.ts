import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TICKET_STATUSES } from '@civic-contact/contract';
import type { TicketStatus } from '@civic-contact/contract';
import { TRANSITIONS, allowedTransitions, canTransition } from '../src/status.ts';

// The table documented in src/status.ts, written out again so that a change to one is caught.
const DOCUMENTED: Record<TicketStatus, TicketStatus[]> = {
  received: ['assigned', 'in_progress', 'awaiting_citizen', 'resolved'],
  assigned: ['in_progress', 'awaiting_citizen', 'resolved'],
  in_progress: ['assigned', 'awaiting_citizen', 'resolved'],
  awaiting_citizen: ['in_progress', 'resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['assigned', 'in_progress', 'awaiting_citizen', 'resolved'],
};

test('every one of the 7 × 7 status pairs is allowed or refused as documented', () => {
  let allowed = 0;
  for (const from of TICKET_STATUSES) {
    for (const to of TICKET_STATUSES) {
      const expected = DOCUMENTED[from].includes(to);
      assert.equal(canTransition(from, to), expected, `${from} → ${to}`);
      if (expected) allowed++;
    }
  }
  assert.equal(allowed, 19);
});

test('allowedTransitions lists the same statuses as the table', () => {
  for (const from of TICKET_STATUSES) {
    assert.deepEqual([...allowedTransitions(from)].sort(), [...DOCUMENTED[from]].sort(), from);
  }
});

test('the rules a reader relies on', () => {
  for (const status of TICKET_STATUSES) {
    assert.equal(canTransition(status, status), false, `${status} → itself`);
    assert.equal(canTransition(status, 'received'), false, `${status} → received`);
  }
  assert.deepEqual(allowedTransitions('closed'), ['reopened']);
});

test('the table cannot be changed at run time', () => {
  assert.throws(() => {
    (TRANSITIONS.closed as TicketStatus[]).push('received');
  }, TypeError);
  assert.equal(canTransition('closed', 'received'), false);
});

test('an unknown status has no transitions', () => {
  assert.deepEqual(allowedTransitions('archived' as TicketStatus), []);
  assert.equal(canTransition('archived' as TicketStatus, 'closed'), false);
  assert.deepEqual(allowedTransitions('toString' as TicketStatus), []);
});
