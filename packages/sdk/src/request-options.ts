/** Per-call options every SDK method accepts. */
export interface RequestOptions {
  /**
   * Cancels the call. The SDK then rethrows the signal's reason (an `AbortError`
   * `DOMException` for `controller.abort()`) untouched and does not retry.
   */
  signal?: AbortSignal;
}

/** Per-call options of operations that create something and are made safe to retry by an `Idempotency-Key`. */
export interface IdempotentRequestOptions extends RequestOptions {
  /**
   * The key of this logical operation. Leave it out and the SDK creates one
   * (`crypto.randomUUID()`) and sends it on every retry of this call. Pass your own — the
   * same one each time — to make retries across calls or page reloads safe, as an outbox does.
   */
  idempotencyKey?: string;
}
