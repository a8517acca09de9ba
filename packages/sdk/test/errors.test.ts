import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROBLEM_TYPES } from '@civic-contact/contract';
import * as sdk from '@civic-contact/sdk';
import {
  AuthError,
  CivicContactError,
  ConflictError,
  createClient,
  ForbiddenError,
  isAuthError,
  isCivicContactError,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isResponseShapeError,
  isServerError,
  isValidationError,
  NotFoundError,
  ResponseShapeError,
  ValidationError,
} from '@civic-contact/sdk';
import { BASE_URL, complaint, complaintCreated, fakeFetch, json, problem, REFERENCE, SITE_KEY, ticket } from './helpers.ts';

/** A client whose every request gets `response`; retries off so each case is one attempt. */
function answering(response: () => Response) {
  const { fetch, attempts } = fakeFetch(response);
  return { client: createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch, retry: false }), attempts };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe('error responses map to error classes', () => {
  test('422 with a field list → ValidationError with errors and fieldErrors()', async () => {
    const errors = [
      { field: 'citizen.email', code: 'invalid_email', message: 'Enter an email address' },
      { field: 'answers.clinic', code: 'required', message: 'Choose a clinic' },
      { field: 'answers.clinic', code: 'invalid_choice', message: 'Not a clinic' },
    ];
    const { client } = answering(() =>
      problem(422, { type: PROBLEM_TYPES.validation, title: 'Check your answers', errors }, { 'X-Request-Id': 'req-7' }),
    );
    const error = await failure(client.complaints.create(complaint));
    assert.ok(error instanceof ValidationError);
    assert.ok(error instanceof CivicContactError);
    assert.ok(isValidationError(error));
    assert.equal(error.status, 422);
    assert.equal(error.requestId, 'req-7');
    assert.equal(error.problemType, PROBLEM_TYPES.validation);
    assert.deepEqual(error.errors, errors);
    assert.deepEqual(error.fieldErrors('answers.clinic').map((e) => e.code), ['required', 'invalid_choice']);
    assert.deepEqual(error.fieldErrors('citizen').map((e) => e.field), ['citizen.email']);
    assert.deepEqual(error.fieldErrors('subject'), []);
    assert.match(error.message, /citizen\.email: Enter an email address/);
  });

  test('400 as plain JSON with an errors list still yields the field list', async () => {
    const { client } = answering(() => json({ errors: [{ field: 'q', code: 'required', message: 'Type a question' }] }, 400));
    const error = await failure(client.faq.search({ q: 'clinic' }));
    assert.ok(isValidationError(error));
    assert.equal(error.problem, undefined);
    assert.deepEqual(error.fieldErrors('q').map((e) => e.code), ['required']);
  });

  test('413 → ValidationError naming the size', async () => {
    const { client } = answering(() => problem(413, { type: PROBLEM_TYPES.payloadTooLarge, title: 'Too large', detail: 'The file is too large.' }));
    const error = await failure(client.attachments.upload({ service: 'health-clinic-services', file: new Blob(['%PDF-1.7']) }));
    assert.ok(isValidationError(error));
    assert.equal(error.status, 413);
    assert.equal(error.problemType, PROBLEM_TYPES.payloadTooLarge);
    assert.match(error.message, /too large/);
  });

  test('404 → NotFoundError whose message does not reveal which of reference or verifier was wrong', async () => {
    const { client } = answering(() => problem(404, { type: PROBLEM_TYPES.notFound, title: 'Not found' }));
    const error = await failure(client.tickets.get(REFERENCE, { verifier: 'ana@example.com' }));
    assert.ok(error instanceof NotFoundError);
    assert.ok(isNotFoundError(error));
    assert.equal(error.status, 404);
    assert.match(error.message, new RegExp(`No ticket matches ${REFERENCE}`));
  });

  test('409 → ConflictError whose problemType tells slot-full, illegal transition and idempotency conflict apart', async () => {
    const cases = [
      [PROBLEM_TYPES.slotFull, /slot has just been filled/],
      [PROBLEM_TYPES.illegalTransition, /status change is not allowed/],
      [PROBLEM_TYPES.idempotencyConflict, /Idempotency-Key was already used/],
    ] as const;
    for (const [type, message] of cases) {
      const { client } = answering(() => problem(409, { type, title: 'Conflict' }));
      const error = await failure(client.complaints.create(complaint));
      assert.ok(error instanceof ConflictError);
      assert.ok(isConflictError(error));
      assert.equal(error.problemType, type);
      assert.match(error.message, message);
    }
  });

  test('401 → AuthError, 403 → ForbiddenError', async () => {
    const unauthorised = await failure(answering(() => problem(401, { type: PROBLEM_TYPES.unauthorized })).client.services.list());
    assert.ok(unauthorised instanceof AuthError);
    assert.ok(isAuthError(unauthorised));
    assert.ok(!isForbiddenError(unauthorised));
    assert.equal(unauthorised.status, 401);
    const forbidden = await failure(
      answering(() => problem(403, { type: PROBLEM_TYPES.forbidden, detail: 'Origin not allowed' })).client.services.list(),
    );
    assert.ok(forbidden instanceof ForbiddenError);
    assert.ok(isForbiddenError(forbidden));
    assert.ok(!isAuthError(forbidden));
    assert.match(forbidden.message, /Origin not allowed/);
  });

  test('507 → ServerError saying nothing was saved, with Retry-After as retryAfter, thrown at once rather than retried', async () => {
    const { fetch, attempts } = fakeFetch(() =>
      problem(507, { type: PROBLEM_TYPES.insufficientStorage, title: 'We cannot save anything right now', retryAfter: 60 }, { 'Retry-After': '60' }),
    );
    const client = createClient({ baseUrl: BASE_URL, siteKey: SITE_KEY, fetch });
    const error = await failure(client.complaints.create(complaint));
    assert.ok(isServerError(error));
    assert.equal(error.status, 507);
    assert.equal(error.problemType, PROBLEM_TYPES.insufficientStorage);
    assert.equal(error.retryAfter, 60);
    assert.match(error.message, /cannot store anything right now .* was not saved\. Try again in a few minutes/);
    assert.equal(attempts.length, 1, 'a full disk is not retried within the call');
  });

  test('an unexpected status is still a CivicContactError with its status', async () => {
    const error = await failure(answering(() => new Response('nope', { status: 405 })).client.services.list());
    assert.ok(isCivicContactError(error));
    assert.equal(error.name, 'CivicContactError');
    assert.equal(error.status, 405);
  });
});

describe('responses that break the contract', () => {
  test('a 200 whose body does not match the schema → ResponseShapeError with the issues, never the data', async () => {
    const broken = { ...ticket, status: 'lost_in_post', timeline: 'none' };
    const { client } = answering(() => json(broken));
    const error = await failure(client.tickets.get(REFERENCE, { verifier: 'ana@example.com' }));
    assert.ok(error instanceof ResponseShapeError);
    assert.ok(isResponseShapeError(error));
    assert.equal(error.status, 200);
    assert.deepEqual(error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`).sort(), ['status:invalid_choice', 'timeline:invalid_type']);
    assert.match(error.message, /does not match the contract/);
  });

  test('a 201 that is not JSON → ResponseShapeError', async () => {
    const { client } = answering(() => new Response('<html>Welcome to the hotel wifi</html>', { status: 201, headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(client.complaints.create(complaint));
    assert.ok(isResponseShapeError(error));
    assert.deepEqual(error.issues, []);
    assert.match(error.message, /not JSON/);
  });

  test('a 200 carrying a problem document → ResponseShapeError', async () => {
    const { client } = answering(() => problem(200 as number, { type: PROBLEM_TYPES.internal }));
    const error = await failure(client.complaints.create(complaint));
    assert.ok(isResponseShapeError(error));
    assert.match(error.message, /problem document/);
  });

  test('a matching response is returned as parsed data', async () => {
    const { client } = answering(() => json(complaintCreated, 201));
    assert.deepEqual(await client.complaints.create(complaint), complaintCreated);
  });
});

describe('error classes and guards', () => {
  const classes = [
    ['ValidationError', () => new sdk.ValidationError('m', []), sdk.isValidationError],
    ['NotFoundError', () => new sdk.NotFoundError('m'), sdk.isNotFoundError],
    ['ConflictError', () => new sdk.ConflictError('m'), sdk.isConflictError],
    ['RateLimitedError', () => new sdk.RateLimitedError('m', 5), sdk.isRateLimitedError],
    ['ServerError', () => new sdk.ServerError('m', undefined), sdk.isServerError],
    ['NetworkError', () => new sdk.NetworkError('m'), sdk.isNetworkError],
    ['TimeoutError', () => new sdk.TimeoutError('m', 1000), sdk.isTimeoutError],
    ['AuthError', () => new sdk.AuthError('m'), sdk.isAuthError],
    ['ForbiddenError', () => new sdk.ForbiddenError('m'), sdk.isForbiddenError],
    ['ResponseShapeError', () => new sdk.ResponseShapeError('m', []), sdk.isResponseShapeError],
    ['ConfigurationError', () => new sdk.ConfigurationError('m'), sdk.isConfigurationError],
  ] as const;

  test('each class has its name, extends CivicContactError and Error, and only its own guard accepts it', () => {
    for (const [name, make, guard] of classes) {
      const error = make();
      assert.equal(error.name, name);
      assert.ok(error instanceof CivicContactError && error instanceof Error, name);
      assert.ok(isCivicContactError(error), name);
      assert.ok(guard(error), name);
      for (const [otherName, , otherGuard] of classes) {
        if (otherName !== name) assert.ok(!otherGuard(error), `${otherGuard.name} accepted a ${name}`);
      }
    }
  });

  test('guards recognise errors from another copy of the SDK, and refuse look-alikes', () => {
    // What a second bundle's ValidationError looks like: not our class, but branded.
    const foreign = Object.assign(new Error('m'), { name: 'ValidationError', errors: [] });
    Object.defineProperty(foreign, Symbol.for('@civic-contact/sdk/error'), { value: true });
    assert.ok(!(foreign instanceof ValidationError));
    assert.ok(isValidationError(foreign));
    assert.ok(isCivicContactError(foreign));

    const lookAlike = Object.assign(new Error('m'), { name: 'ValidationError' });
    assert.ok(!isValidationError(lookAlike));
    assert.ok(!isCivicContactError(lookAlike));
    for (const value of [null, undefined, 'ValidationError', 42, {}]) assert.ok(!isCivicContactError(value));
  });

  test('status, problem, requestId and cause are kept', () => {
    const cause = new TypeError('x');
    const problemDoc = { type: PROBLEM_TYPES.rateLimited, title: 'Slow down', status: 429, retryAfter: 9 };
    const error = new sdk.RateLimitedError('m', 9, { status: 429, problem: problemDoc, requestId: 'r1', cause });
    assert.equal(error.status, 429);
    assert.deepEqual(error.problem, problemDoc);
    assert.equal(error.problemType, PROBLEM_TYPES.rateLimited);
    assert.equal(error.requestId, 'r1');
    assert.equal(error.cause, cause);
    assert.equal(error.retryAfter, 9);
  });
});
