import {
  ComplaintCreateRequestSchema,
  ComplaintCreatedSchema,
  type ComplaintCreateRequest,
  type ComplaintCreated,
} from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import { createIdempotencyKey } from '../idempotency.ts';
import type { IdempotentRequestOptions } from '../request-options.ts';
import { checkIdempotencyKey, validateInput } from '../validation.ts';

/** `client.complaints`: filing complaints. */
export class ComplaintsResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `POST /v1/complaints`: files a complaint and returns its reference.
   *
   * The body is checked against the contract first (a `ValidationError` lists every
   * failing field and nothing is sent). One `Idempotency-Key` is used for the whole call,
   * so retries after a network failure file the complaint once. With a site key, the proof of
   * work the contact centre asks for is solved and sent as well (see `prepareProof`).
   *
   * @throws ValidationError for a body the contract or the service definition refuses.
   * @throws ConflictError when `idempotencyKey` was used before with a different body.
   * @example
   * const { reference } = await client.complaints.create({
   *   service: 'clinic-waiting-times',
   *   subject: 'Waited five hours',
   *   description: 'I waited five hours at the clinic on Monday.',
   *   citizen: { email: 'ana@example.com' },
   * });
   */
  async create(body: ComplaintCreateRequest, options: IdempotentRequestOptions = {}): Promise<ComplaintCreated> {
    this.#http.requireKey('either', 'complaints.create');
    const json = await validateInput(ComplaintCreateRequestSchema, body, 'complaint');
    const idempotencyKey = options.idempotencyKey === undefined ? createIdempotencyKey() : checkIdempotencyKey(options.idempotencyKey);
    return this.#http.send({
      operation: 'complaints.create',
      method: 'post',
      path: 'v1/complaints',
      auth: 'either',
      json,
      idempotencyKey,
      proof: true,
      response: ComplaintCreatedSchema,
      signal: options.signal,
    });
  }
}
