/**
 * The one error a store's transaction may throw that means "run it again": the database gave
 * up on the transaction because another one touched the same data at the same time.
 *
 * @module
 */

/**
 * A transaction that lost a race with a concurrent one: the database gave up on it
 * (PostgreSQL: a deadlock, `40P01`, or a serialisation failure, `40001`), or the domain found
 * a key it had seen free taken when it stored it (an idempotency key). Nothing it wrote was
 * kept. {@link Storage.transaction} runs the callback again from the start when it meets
 * one, a few times with a growing random pause; this error reaches its caller only once those
 * attempts are spent, when the data is so contended that answering "try again later" is right.
 */
export class TransactionConflictError extends Error {
  /** Always true: running the transaction again may well succeed. */
  readonly retryable = true;

  constructor(message = 'The transaction conflicted with a concurrent one and was rolled back; it can be run again.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransactionConflictError';
  }
}

/** Whether `error` is a {@link TransactionConflictError}. */
export function isTransactionConflictError(error: unknown): error is TransactionConflictError {
  return error instanceof TransactionConflictError;
}
