/**
 * What every {@link Storage} shares, written once: the retry of a transaction that conflicted,
 * the queue that serial stores run their transactions on, and the forwarding of each read made
 * outside a transaction to wherever the store reads.
 *
 * @module
 */
import type { PublicStatsFilter, StatsFilter, Storage, StorageReads, StorageTx, TicketFilter } from './storage.ts';
import { isTransactionConflictError } from './transaction-conflict.ts';

/** How many times {@link Storage.transaction} runs its callback at most, by default. */
export const DEFAULT_TRANSACTION_ATTEMPTS = 12;

/**
 * Runs `attempt` until it answers or fails with anything but a conflict, `attempts` times at
 * most, pausing between runs a random time up to 2, 4, 8, … 128 ms: transactions that
 * conflicted once would otherwise meet again at once. The last conflict is rethrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, attempts = DEFAULT_TRANSACTION_ATTEMPTS): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransactionConflictError(error) || run >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** Math.min(run, 7)));
    }
  }
}

/**
 * Runs jobs one at a time, in the order given; a job that fails does not stop the next. The
 * serial stores (memory, SQLite) run each transaction as one job, and reads too where a read
 * could otherwise see a transaction half done.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(job);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * The part of a {@link Storage} that is the same in every store. A store says how one attempt
 * at a transaction runs ({@link StorageBase.attempt}) and where a read made outside a
 * transaction goes ({@link StorageBase.read}); this class retries attempts that conflicted and
 * forwards every method of {@link StorageReads}.
 *
 * @typeParam R - the store's reads (they may do more than {@link StorageReads}).
 * @typeParam X - the store's transaction (it may do more than {@link StorageTx}).
 */
export abstract class StorageBase<R extends StorageReads = StorageReads, X extends StorageTx = StorageTx> implements Storage {
  readonly #attempts: number;

  /** @param transactionAttempts - how many times a transaction that keeps conflicting is run before its conflict is thrown. */
  constructor(transactionAttempts = DEFAULT_TRANSACTION_ATTEMPTS) {
    this.#attempts = transactionAttempts;
  }

  /**
   * One run of `fn` in a transaction of its own: committed when `fn` answers, rolled back when
   * it throws (and the error rethrown). A conflict with a concurrent transaction, whether the
   * database reports it at a statement or at the commit, is thrown as a
   * `TransactionConflictError`, after the rollback.
   */
  protected abstract attempt<T>(fn: (tx: X) => Promise<T>): Promise<T>;

  /** Runs `fn` with the store's reads outside any transaction. */
  protected abstract read<T>(fn: (reads: R) => Promise<T>): Promise<T>;

  transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T> {
    return this.write(fn);
  }

  /** {@link StorageBase.transaction} for the store's own writes, with its own transaction type. */
  protected write<T>(fn: (tx: X) => Promise<T>): Promise<T> {
    return retryOnConflict(() => this.attempt(fn), this.#attempts);
  }

  getMinistry(id: string) {
    return this.read((r) => r.getMinistry(id));
  }
  listMinistries() {
    return this.read((r) => r.listMinistries());
  }
  getService(id: string) {
    return this.read((r) => r.getService(id));
  }
  listServices(ministryId: string) {
    return this.read((r) => r.listServices(ministryId));
  }
  listFaqs(ministryId: string) {
    return this.read((r) => r.listFaqs(ministryId));
  }
  getFaq(id: string) {
    return this.read((r) => r.getFaq(id));
  }
  faqRevision(ministryId: string) {
    return this.read((r) => r.faqRevision(ministryId));
  }
  findSiteKey(key: string) {
    return this.read((r) => r.findSiteKey(key));
  }
  findSecretKeyByHash(hash: string) {
    return this.read((r) => r.findSecretKeyByHash(hash));
  }
  getTicket(reference: string) {
    return this.read((r) => r.getTicket(reference));
  }
  getTimeline(reference: string) {
    return this.read((r) => r.getTimeline(reference));
  }
  listTickets(filter: TicketFilter) {
    return this.read((r) => r.listTickets(filter));
  }
  ticketStatsRows(filter: StatsFilter) {
    return this.read((r) => r.ticketStatsRows(filter));
  }
  getSatisfaction(reference: string) {
    return this.read((r) => r.getSatisfaction(reference));
  }
  satisfactionStatsRows(filter: StatsFilter) {
    return this.read((r) => r.satisfactionStatsRows(filter));
  }
  publicStatsCounts(filter: PublicStatsFilter) {
    return this.read((r) => r.publicStatsCounts(filter));
  }
  referenceExists(reference: string) {
    return this.read((r) => r.referenceExists(reference));
  }
  getAttachment(id: string) {
    return this.read((r) => r.getAttachment(id));
  }
  getIdempotency(ministryId: string, key: string) {
    return this.read((r) => r.getIdempotency(ministryId, key));
  }
  getCallback(reference: string) {
    return this.read((r) => r.getCallback(reference));
  }
  countBookedSlots(ministryId: string, from: string, before: string) {
    return this.read((r) => r.countBookedSlots(ministryId, from, before));
  }
  countAsapQueue(ministryId: string) {
    return this.read((r) => r.countAsapQueue(ministryId));
  }
  countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string) {
    return this.read((r) => r.countActiveCallbacks(ministryId, holder, now));
  }
}
