import {
  CallbackCreateRequestSchema,
  CallbackSchema,
  CallbackSlotsSchema,
  HEADERS,
  PhoneSchema,
  SlotsQuerySchema,
  type Callback,
  type CallbackCreateRequest,
  type CallbackSlots,
  type SlotsQuery,
} from '@civic-contact/contract';
import type { Transport } from '../http.ts';
import { createIdempotencyKey } from '../idempotency.ts';
import type { IdempotentRequestOptions, RequestOptions } from '../request-options.ts';
import { checkReference, checkVerifier } from '../lookup.ts';
import { checkIdempotencyKey, validateInput } from '../validation.ts';

/** Options of {@link CallbacksResource.cancel}. */
export interface CallbackCancelOptions extends RequestOptions {
  /** The phone number the callback was booked with, in international form (`+15555550123`). Sent in a header, never in the URL. */
  verifier: string;
}

/** `client.callbacks`: booking and cancelling a call back from the contact centre. */
export class CallbacksResource {
  readonly #http: Transport;

  /** @internal */
  constructor(http: Transport) {
    this.#http = http;
  }

  /**
   * `GET /v1/callbacks/slots`: the days from `from` (default today in the centre's time
   * zone) with their slots, computed from business hours, holidays and capacity. Closed
   * days and full slots are listed, not hidden.
   *
   * @example
   * const { timeZone, days, asap } = await client.callbacks.slots({ service: 'vaccination', days: 5 });
   */
  async slots(query: SlotsQuery, options: RequestOptions = {}): Promise<CallbackSlots> {
    this.#http.requireKey('either', 'callbacks.slots');
    const params = await validateInput(SlotsQuerySchema, query, 'slot query');
    return this.#http.send({
      operation: 'callbacks.slots',
      method: 'get',
      path: 'v1/callbacks/slots',
      auth: 'either',
      query: params,
      response: CallbackSlotsSchema,
      signal: options.signal,
      notFoundMessage: `The service "${params.service}" was not found or takes no callbacks. Check the service id in client.services.list().`,
    });
  }

  /**
   * `POST /v1/callbacks`: books a callback, as soon as possible or in a listed slot.
   * Safe to retry: one `Idempotency-Key` covers the whole call. With a site key, the proof of
   * work the contact centre asks for is solved and sent as well (see `prepareProof`).
   *
   * @throws ConflictError with `problemType` `PROBLEM_TYPES.slotFull` when the slot filled up meanwhile.
   * @example
   * const callback = await client.callbacks.create({
   *   service: 'vaccination', name: 'Ana', phone: '+15555550123', locale: 'es',
   *   reason: 'Second dose', schedule: { type: 'asap' },
   * });
   */
  async create(body: CallbackCreateRequest, options: IdempotentRequestOptions = {}): Promise<Callback> {
    this.#http.requireKey('either', 'callbacks.create');
    const json = await validateInput(CallbackCreateRequestSchema, body, 'callback request');
    const idempotencyKey = options.idempotencyKey === undefined ? createIdempotencyKey() : checkIdempotencyKey(options.idempotencyKey);
    return this.#http.send({
      operation: 'callbacks.create',
      method: 'post',
      path: 'v1/callbacks',
      auth: 'either',
      json,
      idempotencyKey,
      proof: true,
      response: CallbackSchema,
      signal: options.signal,
    });
  }

  /**
   * `DELETE /v1/callbacks/{reference}`: cancels a booked callback. Cancelling is
   * idempotent, so it is retried like a GET.
   *
   * @throws ValidationError for a malformed reference or phone number (no request made).
   * @throws NotFoundError for an unknown reference or a different phone number.
   * @example
   * await client.callbacks.cancel('MOH-7K3D-9QX6', { verifier: '+15555550123' });
   */
  async cancel(reference: string, options: CallbackCancelOptions): Promise<Callback> {
    this.#http.requireKey('either', 'callbacks.cancel');
    const canonical = checkReference(reference);
    const phone = await validateInput(PhoneSchema, checkVerifier(options?.verifier, 'phone number'), 'cancellation', 'verifier');
    return this.#http.send({
      operation: 'callbacks.cancel',
      method: 'delete',
      path: `v1/callbacks/${encodeURIComponent(canonical)}`,
      auth: 'either',
      headers: { [HEADERS.verifier]: phone },
      response: CallbackSchema,
      signal: options.signal,
      notFoundMessage: `No callback matches ${canonical} with that phone number. Check both against the confirmation message and try again.`,
    });
  }
}
