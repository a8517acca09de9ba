/**
 * In-memory {@link Storage} and {@link BlobStore} for the mock (browser and Node) and tests.
 *
 * @module
 */
import type { FaqEntry, Ministry, Service } from '@civic-contact/contract';
import { sha256Hex } from './crypto-utils.ts';
import { deepFreeze } from './deep-freeze.ts';
import { countPublicStats } from './public-stats-counts.ts';
import { SerialQueue, StorageBase } from './storage-base.ts';
import type {
  AttachmentRecord,
  BlobStore,
  CallbackRecord,
  FaqFeedbackRecord,
  SatisfactionRecord,
  SatisfactionStatsRow,
  IdempotencyRecord,
  SecretKeyRecord,
  SiteKeyRecord,
  PublicStatsFilter,
  StatsFilter,
  Storage,
  StorageReads,
  StorageTx,
  TicketFilter,
  TicketPatch,
  TicketRecord,
  TicketStatsRow,
  TimelineRecord,
} from './storage.ts';

const copy = <T>(value: T): T => structuredClone(value);
/**
 * How ministries, services, FAQs and keys are kept: a frozen copy, handed out as it is. The
 * SQLite store shares them the same way (see {@link StorageReads}), so code that changed one it
 * read would fail here, in the mock's tests, too.
 */
const frozenCopy = <T>(value: T): T => deepFreeze(copy(value));

interface Tables {
  ministries: Map<string, Ministry>;
  services: Map<string, Service>;
  faqs: Map<string, FaqEntry>;
  faqRevisions: Map<string, number>;
  siteKeys: Map<string, SiteKeyRecord>;
  secretKeys: Map<string, SecretKeyRecord>;
  tickets: Map<string, TicketRecord>;
  timelines: Map<string, TimelineRecord[]>;
  attachments: Map<string, AttachmentRecord>;
  idempotency: Map<string, IdempotencyRecord>;
  callbacks: Map<string, CallbackRecord>;
  feedback: FaqFeedbackRecord[];
  satisfaction: Map<string, SatisfactionRecord>;
}

const idempotencyKey = (ministryId: string, key: string) => `${ministryId}\u0000${key}`;

function newestFirst(a: TicketRecord, b: TicketRecord): number {
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? 1 : -1;
  return a.reference < b.reference ? 1 : a.reference > b.reference ? -1 : 0;
}

function soonestDueFirst(a: TicketRecord, b: TicketRecord): number {
  if (a.expectedResponseBy !== b.expectedResponseBy) return a.expectedResponseBy < b.expectedResponseBy ? -1 : 1;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

function inRange(instant: string | null, from: string, before: string): boolean {
  return instant !== null && instant >= from && instant < before;
}

/** Reads over the tables, without locking; every result is a copy or frozen. */
class Reader implements StorageReads {
  readonly #t: Tables;

  constructor(tables: Tables) {
    this.#t = tables;
  }

  async getMinistry(id: string) {
    return this.#t.ministries.get(id);
  }
  async listMinistries() {
    return [...this.#t.ministries.values()];
  }
  async getService(id: string) {
    return this.#t.services.get(id);
  }
  async listServices(ministryId: string) {
    return [...this.#t.services.values()].filter((s) => s.ministryId === ministryId);
  }
  async listFaqs(ministryId: string) {
    return [...this.#t.faqs.values()].filter((f) => f.ministryId === ministryId);
  }
  async getFaq(id: string) {
    return this.#t.faqs.get(id);
  }
  async faqRevision(ministryId: string) {
    return this.#t.faqRevisions.get(ministryId) ?? 0;
  }
  async findSiteKey(key: string) {
    return this.#t.siteKeys.get(key);
  }
  async findSecretKeyByHash(hash: string) {
    return this.#t.secretKeys.get(hash);
  }
  async getTicket(reference: string) {
    const t = this.#t.tickets.get(reference);
    return t && copy(t);
  }
  async getTimeline(reference: string) {
    return copy(this.#t.timelines.get(reference) ?? []);
  }
  async listTickets(filter: TicketFilter) {
    const { after, afterDue } = filter;
    const due = filter.order === 'due';
    const matches = [...this.#t.tickets.values()].filter(
      (t) =>
        (filter.ministryId === null || t.ministryId === filter.ministryId) &&
        (filter.status === undefined || t.status === filter.status) &&
        (filter.statuses === undefined || filter.statuses.includes(t.status)) &&
        (filter.dueBefore === undefined || t.expectedResponseBy < filter.dueBefore) &&
        (filter.serviceId === undefined || t.serviceId === filter.serviceId) &&
        (filter.entityId === undefined || t.entityId === filter.entityId) &&
        (filter.submittedFrom === undefined || t.submittedAt >= filter.submittedFrom) &&
        (filter.submittedBefore === undefined || t.submittedAt < filter.submittedBefore) &&
        (due ||
          after === undefined ||
          t.submittedAt < after.submittedAt ||
          (t.submittedAt === after.submittedAt && t.reference < after.reference)) &&
        (!due ||
          afterDue === undefined ||
          t.expectedResponseBy > afterDue.expectedResponseBy ||
          (t.expectedResponseBy === afterDue.expectedResponseBy && t.reference > afterDue.reference)),
    );
    return copy(matches.sort(due ? soonestDueFirst : newestFirst).slice(0, filter.limit));
  }
  async getSatisfaction(reference: string) {
    const record = this.#t.satisfaction.get(reference);
    return record === undefined ? undefined : copy(record);
  }
  async satisfactionStatsRows(filter: StatsFilter) {
    const rows: SatisfactionStatsRow[] = [];
    for (const r of this.#t.satisfaction.values()) {
      if ((filter.ministryId === null || r.ministryId === filter.ministryId) && inRange(r.at, filter.from, filter.before)) {
        rows.push({ ministryId: r.ministryId, serviceId: r.serviceId, rating: r.rating });
      }
    }
    return rows;
  }
  async publicStatsCounts(filter: PublicStatsFilter) {
    return countPublicStats(this.#t.tickets.values(), this.#t.satisfaction.values(), filter);
  }
  async ticketStatsRows(filter: StatsFilter) {
    const rows: TicketStatsRow[] = [];
    for (const t of this.#t.tickets.values()) {
      if (filter.ministryId !== null && t.ministryId !== filter.ministryId) continue;
      const relevant =
        inRange(t.submittedAt, filter.from, filter.before) ||
        inRange(t.firstResponseAt, filter.from, filter.before) ||
        inRange(t.resolvedAt, filter.from, filter.before) ||
        filter.openStatuses.includes(t.status);
      if (!relevant) continue;
      rows.push({
        ministryId: t.ministryId,
        serviceId: t.serviceId,
        channel: t.channel,
        status: t.status,
        submittedAt: t.submittedAt,
        expectedResponseBy: t.expectedResponseBy,
        firstResponseAt: t.firstResponseAt,
        resolvedAt: t.resolvedAt,
      });
    }
    return rows;
  }
  async referenceExists(reference: string) {
    return this.#t.tickets.has(reference) || this.#t.callbacks.has(reference);
  }
  async getAttachment(id: string) {
    const a = this.#t.attachments.get(id);
    return a && copy(a);
  }
  async getIdempotency(ministryId: string, key: string) {
    const r = this.#t.idempotency.get(idempotencyKey(ministryId, key));
    return r && copy(r);
  }
  async getCallback(reference: string) {
    const c = this.#t.callbacks.get(reference);
    return c && copy(c);
  }
  async countBookedSlots(ministryId: string, from: string, before: string) {
    const counts = new Map<string, number>();
    for (const c of this.#t.callbacks.values()) {
      if (c.ministryId !== ministryId || c.status !== 'scheduled' || !inRange(c.slotStart, from, before)) continue;
      counts.set(c.slotStart!, (counts.get(c.slotStart!) ?? 0) + 1);
    }
    return counts;
  }
  async countAsapQueue(ministryId: string) {
    let count = 0;
    for (const c of this.#t.callbacks.values()) {
      if (c.ministryId === ministryId && c.status === 'scheduled' && c.slotStart === null) count++;
    }
    return count;
  }
  async countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string) {
    let count = 0;
    for (const c of this.#t.callbacks.values()) {
      const holds = 'phone' in holder ? c.phone === holder.phone : c.client === holder.client;
      if (holds && c.ministryId === ministryId && c.status === 'scheduled' && (c.slotStart === null || c.slotStart > now)) count++;
    }
    return count;
  }
}

const ABSENT = Symbol('absent');

/** Writes that record how to undo themselves, so a failed transaction leaves nothing behind. */
class Transaction extends Reader implements StorageTx {
  readonly #t: Tables;
  readonly #undo: Array<() => void> = [];
  #closed = false;

  constructor(tables: Tables) {
    super(tables);
    this.#t = tables;
  }

  /** Undoes every write, newest first. */
  rollback(): void {
    for (let undo = this.#undo.pop(); undo !== undefined; undo = this.#undo.pop()) undo();
  }

  /** Called when the transaction has ended: a `tx` kept beyond it must not write. */
  close(): void {
    this.#closed = true;
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error('This transaction has ended; write inside storage.transaction(fn) only.');
  }

  #set<K, V>(map: Map<K, V>, key: K, value: V): void {
    this.#checkOpen();
    const previous: V | typeof ABSENT = map.has(key) ? map.get(key)! : ABSENT;
    map.set(key, value);
    this.#undo.push(() => (previous === ABSENT ? map.delete(key) : map.set(key, previous)));
  }

  #delete<K, V>(map: Map<K, V>, key: K): void {
    this.#checkOpen();
    if (!map.has(key)) return;
    const previous = map.get(key)!;
    map.delete(key);
    this.#undo.push(() => map.set(key, previous));
  }

  async upsertMinistry(ministry: Ministry) {
    this.#set(this.#t.ministries, ministry.id, frozenCopy(ministry));
  }
  async upsertService(service: Service) {
    this.#set(this.#t.services, service.id, frozenCopy(service));
  }
  async upsertFaq(entry: FaqEntry) {
    const previous = this.#t.faqs.get(entry.id);
    this.#set(this.#t.faqs, entry.id, frozenCopy(entry));
    for (const ministryId of new Set([entry.ministryId, previous?.ministryId])) {
      if (ministryId !== undefined) this.#set(this.#t.faqRevisions, ministryId, (this.#t.faqRevisions.get(ministryId) ?? 0) + 1);
    }
  }
  async upsertSiteKey(record: SiteKeyRecord) {
    this.#set(this.#t.siteKeys, record.key, frozenCopy(record));
  }
  async upsertSecretKey(record: SecretKeyRecord) {
    this.#set(this.#t.secretKeys, record.hash, frozenCopy(record));
  }
  async insertTicket(ticket: TicketRecord, first: TimelineRecord) {
    if (this.#t.tickets.has(ticket.reference) || this.#t.callbacks.has(ticket.reference)) return false;
    this.#set(this.#t.tickets, ticket.reference, copy(ticket));
    this.#set(this.#t.timelines, ticket.reference, [copy(first)]);
    return true;
  }
  async updateTicket(reference: string, patch: TicketPatch, entry: TimelineRecord) {
    const ticket = this.#t.tickets.get(reference);
    if (ticket === undefined) return false;
    this.#set(this.#t.tickets, reference, { ...ticket, ...copy(patch) });
    this.#set(this.#t.timelines, reference, [...(this.#t.timelines.get(reference) ?? []), copy(entry)]);
    return true;
  }
  async insertAttachment(record: AttachmentRecord) {
    if (this.#t.attachments.has(record.id)) throw new Error(`Attachment ${record.id} already exists`);
    this.#set(this.#t.attachments, record.id, copy(record));
  }
  async citeAttachments(ids: readonly string[], reference: string) {
    for (const id of ids) {
      const attachment = this.#t.attachments.get(id);
      if (attachment !== undefined) this.#set(this.#t.attachments, id, { ...attachment, ticketReference: reference });
    }
  }
  async putIdempotency(record: IdempotencyRecord) {
    const key = idempotencyKey(record.ministryId, record.key);
    if (this.#t.idempotency.has(key)) return false;
    this.#set(this.#t.idempotency, key, copy(record));
    return true;
  }
  async deleteIdempotencyBefore(createdBefore: string) {
    let count = 0;
    for (const [key, record] of this.#t.idempotency) {
      if (record.createdAt < createdBefore) {
        this.#delete(this.#t.idempotency, key);
        count++;
      }
    }
    return count;
  }
  async deleteUncitedAttachments(createdBefore: string) {
    const removed = new Set<string>();
    let uploads = 0;
    for (const [id, attachment] of this.#t.attachments) {
      if (attachment.ticketReference === null && attachment.createdAt < createdBefore) {
        this.#delete(this.#t.attachments, id);
        removed.add(attachment.sha256);
        uploads++;
      }
    }
    for (const attachment of this.#t.attachments.values()) removed.delete(attachment.sha256);
    return { uploads, orphanedBlobs: [...removed] };
  }
  async bookCallback(callback: CallbackRecord, capacity: number) {
    if (this.#t.tickets.has(callback.reference) || this.#t.callbacks.has(callback.reference)) return 'duplicate_reference' as const;
    if (callback.slotStart !== null) {
      let taken = 0;
      for (const c of this.#t.callbacks.values()) {
        if (c.ministryId === callback.ministryId && c.status === 'scheduled' && c.slotStart === callback.slotStart) taken++;
      }
      if (taken >= capacity) return 'full' as const;
    }
    this.#set(this.#t.callbacks, callback.reference, copy(callback));
    return 'booked' as const;
  }
  async cancelCallback(reference: string, at: string) {
    const callback = this.#t.callbacks.get(reference);
    if (callback === undefined || callback.status !== 'scheduled') return undefined;
    const cancelled: CallbackRecord = { ...callback, status: 'cancelled', cancelledAt: at };
    this.#set(this.#t.callbacks, reference, cancelled);
    return copy(cancelled);
  }
  async insertSatisfaction(record: SatisfactionRecord) {
    if (this.#t.satisfaction.has(record.reference)) return false;
    this.#set(this.#t.satisfaction, record.reference, copy(record));
    return true;
  }
  async appendFaqFeedback(record: FaqFeedbackRecord) {
    this.#checkOpen();
    const feedback = this.#t.feedback;
    feedback.push(copy(record));
    this.#undo.push(() => void feedback.pop());
  }
}

/**
 * {@link Storage} in Maps. Transactions (and reads, so that nobody sees a half-done
 * transaction) run one at a time on a {@link SerialQueue}; a transaction that throws is
 * undone. Everything is deep-copied on the way in; on the way out, records are copied again,
 * or handed out frozen (ministries, services, FAQs and keys).
 *
 * Inside `transaction(fn)`, `fn` must read through its `tx`: awaiting a read on the store
 * itself would wait for the transaction that is waiting for it.
 */
export class MemoryStorage extends StorageBase<Reader, Transaction> {
  readonly #tables: Tables = {
    ministries: new Map(),
    services: new Map(),
    faqs: new Map(),
    faqRevisions: new Map(),
    siteKeys: new Map(),
    secretKeys: new Map(),
    tickets: new Map(),
    timelines: new Map(),
    attachments: new Map(),
    idempotency: new Map(),
    callbacks: new Map(),
    feedback: [],
    satisfaction: new Map(),
  };
  readonly #reader = new Reader(this.#tables);
  readonly #queue = new SerialQueue();

  protected attempt<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      const tx = new Transaction(this.#tables);
      try {
        return await fn(tx);
      } catch (error) {
        tx.rollback();
        throw error;
      } finally {
        tx.close();
      }
    });
  }

  protected read<T>(fn: (reads: Reader) => Promise<T>): Promise<T> {
    return this.#queue.run(() => fn(this.#reader));
  }

  /** Every FAQ feedback recorded so far, oldest first (for tests and demos; not part of {@link Storage}). */
  feedback(): Promise<FaqFeedbackRecord[]> {
    return this.#queue.run(async () => copy(this.#tables.feedback));
  }
}

/** {@link BlobStore} in a Map, keyed by SHA-256. */
export class MemoryBlobStore implements BlobStore {
  readonly #blobs = new Map<string, { bytes: Uint8Array; storedAt: number }>();
  readonly #now: () => number;

  /** @param now - the clock that dates each content's last storing; `Date.now` by default. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = await sha256Hex(bytes);
    const stored = this.#blobs.get(sha256);
    this.#blobs.set(sha256, { bytes: stored?.bytes ?? bytes.slice(), storedAt: this.#now() });
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    return this.#blobs.get(sha256)?.bytes.slice();
  }

  async delete(sha256: string, unlessStoredSince: Date): Promise<boolean> {
    const stored = this.#blobs.get(sha256);
    if (!stored || stored.storedAt >= unlessStoredSince.getTime()) return false;
    return this.#blobs.delete(sha256);
  }
}
