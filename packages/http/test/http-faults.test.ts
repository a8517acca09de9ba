/**
 * Failures that are not refusals, as the HTTP binding answers them: a full disk is 507 with
 * Retry-After, a transaction that kept conflicting 503 with Retry-After, a RangeError from
 * input is 400, anything else 500; each is reported to the
 * operator. The reference server's tests make the disk full for real (server/test/operations.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS, parse, ProblemSchema, PROBLEM_TYPES } from '@civic-contact/contract';
import { ContactCentre, TransactionConflictError, type Principal } from '@civic-contact/core';
import { createHttpApp } from '../src/index.ts';
import { makeCentre } from '../../core/test/fixtures.ts';

const fixture = await makeCentre();
let failure: unknown;
/** A contact centre whose service listing fails with `failure`. */
class FailingCentre extends ContactCentre {
  override async listServices(principal: Principal) {
    if (failure !== undefined) throw failure;
    return super.listServices(principal);
  }
}
const reported: unknown[] = [];
const app = createHttpApp({
  centre: new FailingCentre({ storage: fixture.storage, blobs: fixture.blobs, now: () => fixture.clock.now }),
  onError: (error) => reported.push(error),
});

async function answerTo(error: unknown) {
  failure = error;
  reported.length = 0;
  const response = await app.fetch(new Request('https://api.test/v1/services', { headers: { [HEADERS.siteKey]: fixture.keys.site.health! } }));
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.deepEqual(reported, [error], 'the operator hears of it');
  return { response, problem: parse(ProblemSchema, await response.json()) };
}

test('a full disk (ENOSPC, EDQUOT, SQLITE_FULL, or an error caused by one) answers 507 with Retry-After: nothing saved, try again later', async () => {
  const sqliteFull = Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13, errstr: 'database or disk is full' });
  const noSpace = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const quota = Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' });
  for (const error of [sqliteFull, noSpace, quota, new Error('The upload could not be stored.', { cause: noSpace })]) {
    const { response, problem } = await answerTo(error);
    assert.equal(response.status, 507, error.message);
    assert.equal(response.headers.get(HEADERS.retryAfter), '60');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(problem.type, PROBLEM_TYPES.insufficientStorage);
    assert.equal(problem.retryAfter, 60);
    assert.match(problem.detail!, /Nothing you sent was saved\. Please try again in a few minutes\./);
  }
});

test('a transaction that kept conflicting with concurrent ones (its reruns spent) answers 503 with Retry-After: nothing saved, send it again', async () => {
  const { response, problem } = await answerTo(new TransactionConflictError());
  assert.equal(response.status, 503);
  assert.equal(response.headers.get(HEADERS.retryAfter), '1');
  assert.equal(problem.type, PROBLEM_TYPES.unavailable);
  assert.equal(problem.retryAfter, 1);
  assert.match(problem.detail!, /Nothing you sent was saved\. Please send it again in a moment\./);
});

test('a RangeError (input past what a helper handles, let through by validation) answers 400, not 500', async () => {
  const { response, problem } = await answerTo(new RangeError('Invalid time value'));
  assert.equal(response.status, 400);
  assert.equal(problem.type, PROBLEM_TYPES.badRequest);
  assert.doesNotMatch(problem.detail!, /Invalid time value/, 'the internal message stays inside');
});

test('any other error is still a bare 500', async () => {
  const { response, problem } = await answerTo(Object.assign(new Error('disk I/O error'), { code: 'ERR_SQLITE_ERROR', errcode: 10 }));
  assert.equal(response.status, 500);
  assert.deepEqual(problem, { type: PROBLEM_TYPES.internal, title: 'Something went wrong on our side', status: 500 });
  failure = undefined;
  assert.equal((await app.fetch(new Request('https://api.test/v1/services', { headers: { [HEADERS.siteKey]: fixture.keys.site.health! } }))).status, 200);
});
