import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AgentTicketSchema,
  LIMITS,
  PROBLEM_TYPES,
  safeParse,
  SATISFACTION_PROBLEM_TYPES,
  SatisfactionSchema,
  StatsSchema,
  TicketSchema,
} from '@civic-contact/contract';
import { clinicComplaint, makeCentre, problem, type Fixture } from './fixtures.ts';

const EMAIL = 'marie.joseph@example.org';

async function resolvedTicket(f: Fixture): Promise<string> {
  const { reference } = (await f.centre.createComplaint(f.health, clinicComplaint(), null)).body;
  f.advance(60);
  await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'assigned' });
  await f.centre.updateTicketStatus(f.healthAgent, reference, { status: 'resolved', note: 'The clinic now opens at 8.' });
  return reference;
}

describe('satisfaction', () => {
  test('a resolved ticket is rated once, and the answer shows in the citizen’s view (without the comment), the agent’s view and the KPIs', async () => {
    const f = await makeCentre();
    const reference = await resolvedTicket(f);
    assert.equal((await f.centre.getTicket(f.health, reference, EMAIL, 'c')).satisfaction, null);

    const given = await f.centre.rateTicket(f.health, reference.toLowerCase(), '  MARIE.joseph@Example.org ', { rating: 4, comment: '  Quick and clear.  ' }, 'c');
    assert.ok(safeParse(SatisfactionSchema, given).success);
    assert.deepEqual(given, { rating: 4, comment: 'Quick and clear.', at: f.clock.now.toISOString() });

    const citizen = await f.centre.getTicket(f.health, reference, EMAIL, 'c');
    assert.ok(safeParse(TicketSchema, citizen).success);
    assert.deepEqual(citizen.satisfaction, { ...given, comment: null }, 'a reference and its verifier do not show what the citizen wrote');
    const agent = await f.centre.getAgentTicket(f.healthAgent, reference);
    assert.ok(safeParse(AgentTicketSchema, agent).success);
    assert.deepEqual(agent.satisfaction, given);

    const again = await problem(f.centre.rateTicket(f.health, reference, EMAIL, { rating: 1 }, 'c'), 409, SATISFACTION_PROBLEM_TYPES.alreadyRated);
    assert.match(again.detail!, /already/);
    assert.deepEqual((await f.centre.getTicket(f.health, reference, EMAIL, 'c')).satisfaction, { ...given, comment: null }, 'the first answer stays');
    assert.equal((await f.centre.getAgentTicket(f.healthAgent, reference)).satisfaction?.comment, 'Quick and clear.');

    const stats = await f.centre.stats(f.healthAgent, {});
    assert.ok(safeParse(StatsSchema, stats).success);
    assert.deepEqual(stats.overall.satisfaction, { responses: 1, averageRating: 4, satisfiedShare: 1 });
    assert.deepEqual(stats.byMinistry[0]!.kpis.satisfaction, { responses: 1, averageRating: 4, satisfiedShare: 1 });
  });

  test('the KPIs average the ratings and count 4 and 5 as satisfied; nothing rated says null', async () => {
    const f = await makeCentre();
    assert.deepEqual((await f.centre.stats(f.healthAgent, {})).overall.satisfaction, { responses: 0, averageRating: null, satisfiedShare: null });
    for (const rating of [5, 2, 4]) {
      const reference = await resolvedTicket(f);
      await f.centre.rateTicket(f.health, reference, EMAIL, { rating }, 'c');
    }
    assert.deepEqual((await f.centre.stats(f.healthAgent, {})).overall.satisfaction, { responses: 3, averageRating: 3.67, satisfiedShare: 0.6667 });
    assert.equal((await f.centre.stats(f.transportAgent, {})).overall.satisfaction.responses, 0, 'another ministry sees none of them');
  });

  test('a closed ticket may be rated; one not yet resolved is refused with its own 409, and so is a reopened one', async () => {
    const f = await makeCentre();
    const { reference: open } = (await f.centre.createComplaint(f.health, clinicComplaint(), null)).body;
    await problem(f.centre.rateTicket(f.health, open, EMAIL, { rating: 3 }, 'c'), 409, SATISFACTION_PROBLEM_TYPES.notYetResolved);

    const closed = await resolvedTicket(f);
    await f.centre.updateTicketStatus(f.healthAgent, closed, { status: 'closed' });
    assert.equal((await f.centre.rateTicket(f.health, closed, EMAIL, { rating: 3 }, 'c')).rating, 3);

    const reopened = await resolvedTicket(f);
    await f.centre.updateTicketStatus(f.healthAgent, reopened, { status: 'reopened' });
    await problem(f.centre.rateTicket(f.health, reopened, EMAIL, { rating: 3 }, 'c'), 409, SATISFACTION_PROBLEM_TYPES.notYetResolved);
  });

  test('the same check as the lookup: a wrong verifier is the lookup’s 404, an agent key is refused, and nothing is stored', async () => {
    const f = await makeCentre();
    const reference = await resolvedTicket(f);
    await problem(f.centre.rateTicket(f.health, reference, 'someone@example.org', { rating: 5 }, 'c'), 404, PROBLEM_TYPES.notFound);
    await problem(f.centre.rateTicket(f.health, reference, null, { rating: 5 }, 'c'), 400);
    await problem(f.centre.rateTicket(f.healthAgent, reference, EMAIL, { rating: 5 }, 'c'), 403);
    await problem(f.centre.rateTicket(f.transport, reference, EMAIL, { rating: 5 }, 'c'), 400);
    assert.equal(await f.storage.getSatisfaction(reference), undefined);
  });

  test('a rating outside 1 to 5, a comment too long or an unknown field is a 422 naming the field', async () => {
    const f = await makeCentre();
    const reference = await resolvedTicket(f);
    const fields = async (body: unknown) =>
      (await problem(f.centre.rateTicket(f.health, reference, EMAIL, body, 'c'), 422, PROBLEM_TYPES.validation)).errors!.map((e) => [e.field, e.code]);
    assert.deepEqual(await fields({ rating: 6 }), [['rating', 'invalid_choice']]);
    assert.deepEqual(await fields({ rating: 2.5 }), [['rating', 'invalid_choice']]);
    assert.deepEqual(await fields({}), [['rating', 'invalid_choice']]);
    assert.deepEqual(await fields({ rating: 3, comment: 'x'.repeat(LIMITS.feedbackCommentMaxLength + 1) }), [['comment', 'too_long']]);
    assert.deepEqual(await fields({ rating: 3, stars: 3 }), [['stars', 'unknown_field']]);
    assert.equal(await f.storage.getSatisfaction(reference), undefined);
  });
});
