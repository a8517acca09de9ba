/**
 * {@link Storage} on SQLite through Node's built-in `node:sqlite`.
 *
 * @module
 */
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { FaqEntry, Ministry, Service } from '@civic-contact/contract';
import {
  normaliseOrigin,
  SerialQueue,
  StorageBase,
  type AttachmentRecord,
  type CallbackRecord,
  type FaqFeedbackRecord,
  type PublicStatsFilter,
  type SatisfactionRecord,
  type IdempotencyRecord,
  type SecretKeyRecord,
  type SiteKeyRecord,
  type StatsFilter,
  type Storage,
  type StorageReads,
  type StorageTx,
  type TicketFilter,
  type TicketPatch,
  type TicketRecord,
  type TimelineRecord,
} from '@civic-contact/core';
import { DocumentCache, type CachedDocuments } from './document-cache.ts';
import {
  ATTACHMENT_COLUMNS,
  CALLBACK_COLUMNS,
  parseDoc,
  STATS_COLUMNS,
  TICKET_COLUMNS,
  toAttachment,
  toCallback,
  toFeedback,
  toIdempotency,
  toKeyListings,
  toSatisfaction,
  toSatisfactionStatsRow,
  toSecretKey,
  toSiteKey,
  toStatsRow,
  toTicket,
  toTimeline,
} from './rows.ts';
import type { KeyListing, Readiness, ServerStorage } from './server-storage.ts';
import { migrate, MIGRATIONS, schemaVersion } from './migrations.ts';
import { preparePublicStats, publicStatsCounts } from './sqlite-public-stats.ts';

/** Options of {@link SqliteStorage.open}. */
export interface SqliteOpenOptions {
  /**
   * `NORMAL` (default): in WAL mode a committed transaction survives the process being
   * killed (even `kill -9`), since the WAL is in the operating system's hands once written;
   * the last transactions before a power loss or OS crash may be lost (never corrupted).
   * `FULL`: every commit is also fsynced, so it survives power loss too, at the cost of
   * one fsync per transaction.
   */
  synchronous?: 'NORMAL' | 'FULL';
  /** How long a write waits for another process's write lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
}

/** Options of the {@link SqliteStorage} constructor. */
export interface SqliteStorageOptions {
  /**
   * A second connection to the same database file, used for reads made outside a
   * transaction. In WAL mode it sees the last committed state while a transaction is open
   * on the main connection, so such reads never wait. Without it, those reads queue behind
   * the running transaction (as in `MemoryStorage`), so that nobody sees a half-done one.
   */
  reader?: DatabaseSync;
}

// One index range per reason a ticket counts, so the cost follows the tickets of the period
// and the open backlog, not the whole history (an OR in one WHERE ends up scanning the table).
const STATS_RELEVANT = `seq IN (
  SELECT seq FROM tickets WHERE submitted_at >= :from AND submitted_at < :before
  UNION SELECT seq FROM tickets WHERE first_response_at >= :from AND first_response_at < :before
  UNION SELECT seq FROM tickets WHERE resolved_at >= :from AND resolved_at < :before
  UNION SELECT seq FROM tickets WHERE status IN (SELECT value FROM json_each(:open)))`;

/** The read statements of one connection, prepared once. */
function prepareReads(db: DatabaseSync) {
  return {
    db,
    getMinistry: db.prepare('SELECT doc FROM ministries WHERE id = ?'),
    listMinistries: db.prepare('SELECT doc FROM ministries ORDER BY seq'),
    getService: db.prepare('SELECT doc FROM services WHERE id = ?'),
    listServices: db.prepare('SELECT doc FROM services WHERE ministry_id = ? ORDER BY seq'),
    listFaqs: db.prepare('SELECT doc FROM faqs WHERE ministry_id = ? ORDER BY seq'),
    getFaq: db.prepare('SELECT doc FROM faqs WHERE id = ?'),
    faqRevision: db.prepare('SELECT revision FROM faq_revisions WHERE ministry_id = ?'),
    findSiteKey: db.prepare('SELECT * FROM site_keys WHERE key = ?'),
    findSecretKeyByHash: db.prepare('SELECT * FROM secret_keys WHERE hash = ?'),
    getTicket: db.prepare(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE reference = ?`),
    getTimeline: db.prepare('SELECT at, kind, status, note, entity_id FROM timeline WHERE reference = ? ORDER BY seq'),
    /** listTickets statements by the shape of their filter and order: at most 2^10 of them. */
    listTickets: new Map<string, StatementSync>(),
    statsRowsOfMinistry: db.prepare(`SELECT ${STATS_COLUMNS} FROM tickets WHERE ministry_id = :ministryId AND ${STATS_RELEVANT} ORDER BY seq`),
    statsRowsOfAll: db.prepare(`SELECT ${STATS_COLUMNS} FROM tickets WHERE ${STATS_RELEVANT} ORDER BY seq`),
    publicStats: preparePublicStats(db),
    getSatisfaction: db.prepare('SELECT reference, ministry_id, service_id, rating, comment, at FROM satisfaction WHERE reference = ?'),
    satisfactionRowsOfMinistry: db.prepare(
      'SELECT ministry_id, service_id, rating FROM satisfaction WHERE ministry_id = :ministryId AND at >= :from AND at < :before ORDER BY at',
    ),
    satisfactionRowsOfAll: db.prepare('SELECT ministry_id, service_id, rating FROM satisfaction WHERE at >= :from AND at < :before ORDER BY at'),
    referenceExists: db.prepare(
      'SELECT EXISTS (SELECT 1 FROM tickets WHERE reference = ?1) OR EXISTS (SELECT 1 FROM callbacks WHERE reference = ?1) AS taken',
    ),
    getAttachment: db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?`),
    getIdempotency: db.prepare('SELECT * FROM idempotency WHERE ministry_id = ? AND key = ?'),
    getCallback: db.prepare(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE reference = ?`),
    countBookedSlots: db.prepare(
      `SELECT slot_start, COUNT(*) AS taken FROM callbacks
       WHERE ministry_id = ? AND status = 'scheduled' AND slot_start >= ? AND slot_start < ?
       GROUP BY slot_start ORDER BY slot_start`,
    ),
    countSlot: db.prepare(`SELECT COUNT(*) AS taken FROM callbacks WHERE ministry_id = ? AND status = 'scheduled' AND slot_start = ?`),
    countAsapQueue: db.prepare(`SELECT COUNT(*) AS taken FROM callbacks WHERE ministry_id = ? AND status = 'scheduled' AND slot_start IS NULL`),
    countActiveByPhone: db.prepare(
      `SELECT COUNT(*) AS active FROM callbacks WHERE ministry_id = ? AND phone = ? AND status = 'scheduled' AND (slot_start IS NULL OR slot_start > ?)`,
    ),
    countActiveByClient: db.prepare(
      `SELECT COUNT(*) AS active FROM callbacks WHERE ministry_id = ? AND client = ? AND status = 'scheduled' AND (slot_start IS NULL OR slot_start > ?)`,
    ),
    feedback: db.prepare('SELECT ministry_id, faq_id, helpful, comment, lang, at FROM faq_feedback ORDER BY seq'),
    siteKeyAllowsOrigin: db.prepare(
      `SELECT EXISTS (SELECT 1 FROM site_keys, json_each(site_keys.allowed_origins) AS allowed
         WHERE site_keys.revoked_at IS NULL AND (allowed.value = '*' OR allowed.value = ?)) AS allowed`,
    ),
    listSiteKeys: db.prepare('SELECT * FROM site_keys'),
    listSecretKeys: db.prepare('SELECT * FROM secret_keys'),
  };
}
type ReadStatements = ReturnType<typeof prepareReads>;

/** The write statements, prepared once on the main connection. */
function prepareWrites(db: DatabaseSync) {
  return {
    insertSatisfaction: db.prepare(
      `INSERT INTO satisfaction (reference, ministry_id, service_id, rating, comment, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (reference) DO NOTHING`,
    ),
    upsertMinistry: db.prepare('INSERT INTO ministries (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc'),
    upsertService: db.prepare(
      'INSERT INTO services (id, ministry_id, doc) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET ministry_id = excluded.ministry_id, doc = excluded.doc',
    ),
    faqMinistry: db.prepare('SELECT ministry_id FROM faqs WHERE id = ?'),
    upsertFaq: db.prepare(
      'INSERT INTO faqs (id, ministry_id, doc) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET ministry_id = excluded.ministry_id, doc = excluded.doc',
    ),
    bumpFaqRevision: db.prepare(
      'INSERT INTO faq_revisions (ministry_id, revision) VALUES (?, 1) ON CONFLICT (ministry_id) DO UPDATE SET revision = revision + 1',
    ),
    upsertSiteKey: db.prepare(
      'INSERT OR REPLACE INTO site_keys (key, id, ministry_id, allowed_origins, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    upsertSecretKey: db.prepare(
      'INSERT OR REPLACE INTO secret_keys (hash, id, ministry_id, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    // Positional, in TICKET_COLUMNS order: binding 18 parameters by name costs a lookup each, on every complaint.
    insertTicket: db.prepare(`INSERT INTO tickets (${TICKET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    // One statement for every patch shape: a `has` flag per field, because null is a value to set (resolvedAt on re-open).
    updateTicket: db.prepare(
      `UPDATE tickets SET
         status = CASE WHEN :hasStatus THEN :status ELSE status END,
         entity_id = CASE WHEN :hasEntityId THEN :entityId ELSE entity_id END,
         updated_at = CASE WHEN :hasUpdatedAt THEN :updatedAt ELSE updated_at END,
         first_response_at = CASE WHEN :hasFirstResponseAt THEN :firstResponseAt ELSE first_response_at END,
         resolved_at = CASE WHEN :hasResolvedAt THEN :resolvedAt ELSE resolved_at END
       WHERE reference = :reference`,
    ),
    appendTimeline: db.prepare('INSERT INTO timeline (reference, at, kind, status, note, entity_id) VALUES (?, ?, ?, ?, ?, ?)'),
    insertAttachment: db.prepare(`INSERT INTO attachments (${ATTACHMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    citeAttachment: db.prepare('UPDATE attachments SET ticket_reference = ? WHERE id = ?'),
    putIdempotency: db.prepare(
      `INSERT INTO idempotency (ministry_id, key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (ministry_id, key) DO NOTHING`,
    ),
    insertCallback: db.prepare(`INSERT INTO callbacks (${CALLBACK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteIdempotencyBefore: db.prepare('DELETE FROM idempotency WHERE created_at < ?'),
    deleteUncitedAttachments: db.prepare('DELETE FROM attachments WHERE ticket_reference IS NULL AND created_at < ? RETURNING sha256'),
    blobInUse: db.prepare('SELECT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?) AS used'),
    cancelCallback: db.prepare(`UPDATE callbacks SET status = 'cancelled', cancelled_at = ? WHERE reference = ?`),
    appendFaqFeedback: db.prepare('INSERT INTO faq_feedback (ministry_id, faq_id, helpful, comment, lang, at) VALUES (?, ?, ?, ?, ?, ?)'),
    revokeSiteKey: db.prepare('UPDATE site_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    revokeSecretKey: db.prepare('UPDATE secret_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
  };
}
type WriteStatements = ReturnType<typeof prepareWrites>;

/** The listTickets statement for the filters present, prepared the first time that shape is asked for. */
function listTicketsStatement(s: ReadStatements, filter: TicketFilter): StatementSync {
  const where: string[] = [];
  if (filter.ministryId !== null) where.push('ministry_id = :ministryId');
  if (filter.status !== undefined) where.push('status = :status');
  if (filter.serviceId !== undefined) where.push('service_id = :serviceId');
  if (filter.entityId !== undefined) where.push('entity_id = :entityId');
  if (filter.submittedFrom !== undefined) where.push('submitted_at >= :submittedFrom');
  if (filter.submittedBefore !== undefined) where.push('submitted_at < :submittedBefore');
  if (filter.statuses !== undefined) where.push('status IN (SELECT value FROM json_each(:statuses))');
  if (filter.dueBefore !== undefined) where.push('expected_response_by < :dueBefore');
  const due = filter.order === 'due';
  if (!due && filter.after !== undefined) where.push('(submitted_at, reference) < (:afterSubmittedAt, :afterReference)');
  if (due && filter.afterDue !== undefined) where.push('(expected_response_by, reference) > (:afterDueBy, :afterReference)');
  const order = due ? 'expected_response_by ASC, reference ASC' : 'submitted_at DESC, reference DESC';
  const shape = `${where.join(' AND ')} ORDER BY ${order}`;
  let statement = s.listTickets.get(shape);
  if (statement === undefined) {
    statement = s.db.prepare(
      `SELECT ${TICKET_COLUMNS} FROM tickets ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${order} LIMIT :limit`,
    );
    s.listTickets.set(shape, statement);
  }
  return statement;
}

/**
 * Reads on one connection. Ministries, services and keys come from the {@link DocumentCache},
 * deeply frozen; every other result is freshly built from rows, so it is the caller's copy.
 */
class Reads implements StorageReads {
  protected readonly s: ReadStatements;
  readonly #documents: DocumentCache;

  constructor(statements: ReadStatements, documents: DocumentCache) {
    this.s = statements;
    this.#documents = documents;
  }

  /** A cached record, or `read()` on this connection when the cache may not be used. */
  protected document<T extends keyof CachedDocuments>(table: T, key: string, read: () => CachedDocuments[T] | undefined) {
    return this.#documents.get(table, key, read);
  }

  async getMinistry(id: string) {
    return this.document('ministries', id, () => parseDoc<Ministry>(this.s.getMinistry.get(id)));
  }
  async listMinistries() {
    return this.s.listMinistries.all().map((row) => parseDoc<Ministry>(row)!);
  }
  async getService(id: string) {
    return this.document('services', id, () => parseDoc<Service>(this.s.getService.get(id)));
  }
  async listServices(ministryId: string) {
    return this.s.listServices.all(ministryId).map((row) => parseDoc<Service>(row)!);
  }
  async listFaqs(ministryId: string) {
    return this.s.listFaqs.all(ministryId).map((row) => parseDoc<FaqEntry>(row)!);
  }
  async getFaq(id: string) {
    return parseDoc<FaqEntry>(this.s.getFaq.get(id));
  }
  async faqRevision(ministryId: string) {
    return (this.s.faqRevision.get(ministryId)?.revision as number | undefined) ?? 0;
  }
  async findSiteKey(key: string) {
    return this.document('siteKeys', key, () => {
      const row = this.s.findSiteKey.get(key);
      return row && toSiteKey(row);
    });
  }
  async findSecretKeyByHash(hash: string) {
    return this.document('secretKeys', hash, () => {
      const row = this.s.findSecretKeyByHash.get(hash);
      return row && toSecretKey(row);
    });
  }
  async getTicket(reference: string) {
    const row = this.s.getTicket.get(reference);
    return row && toTicket(row);
  }
  async getTimeline(reference: string) {
    return this.s.getTimeline.all(reference).map(toTimeline);
  }
  async listTickets(filter: TicketFilter) {
    const params: Record<string, SQLInputValue> = { limit: filter.limit };
    if (filter.ministryId !== null) params.ministryId = filter.ministryId;
    if (filter.status !== undefined) params.status = filter.status;
    if (filter.serviceId !== undefined) params.serviceId = filter.serviceId;
    if (filter.entityId !== undefined) params.entityId = filter.entityId;
    if (filter.submittedFrom !== undefined) params.submittedFrom = filter.submittedFrom;
    if (filter.submittedBefore !== undefined) params.submittedBefore = filter.submittedBefore;
    if (filter.statuses !== undefined) params.statuses = JSON.stringify(filter.statuses);
    if (filter.dueBefore !== undefined) params.dueBefore = filter.dueBefore;
    if (filter.order === 'due') {
      if (filter.afterDue !== undefined) {
        params.afterDueBy = filter.afterDue.expectedResponseBy;
        params.afterReference = filter.afterDue.reference;
      }
    } else if (filter.after !== undefined) {
      params.afterSubmittedAt = filter.after.submittedAt;
      params.afterReference = filter.after.reference;
    }
    return listTicketsStatement(this.s, filter).all(params).map(toTicket);
  }
  async publicStatsCounts(filter: PublicStatsFilter) {
    return publicStatsCounts(this.s.publicStats, filter);
  }
  async ticketStatsRows(filter: StatsFilter) {
    const params: Record<string, SQLInputValue> = { from: filter.from, before: filter.before, open: JSON.stringify(filter.openStatuses) };
    const rows =
      filter.ministryId === null
        ? this.s.statsRowsOfAll.all(params)
        : this.s.statsRowsOfMinistry.all({ ...params, ministryId: filter.ministryId });
    return rows.map(toStatsRow);
  }
  async getSatisfaction(reference: string) {
    const row = this.s.getSatisfaction.get(reference);
    return row && toSatisfaction(row);
  }
  async satisfactionStatsRows(filter: StatsFilter) {
    const params: Record<string, SQLInputValue> = { from: filter.from, before: filter.before };
    const rows =
      filter.ministryId === null
        ? this.s.satisfactionRowsOfAll.all(params)
        : this.s.satisfactionRowsOfMinistry.all({ ...params, ministryId: filter.ministryId });
    return rows.map(toSatisfactionStatsRow);
  }
  async referenceExists(reference: string) {
    return this.s.referenceExists.get(reference)?.taken === 1;
  }
  async getAttachment(id: string) {
    const row = this.s.getAttachment.get(id);
    return row && toAttachment(row);
  }
  async getIdempotency(ministryId: string, key: string) {
    const row = this.s.getIdempotency.get(ministryId, key);
    return row && toIdempotency(row);
  }
  async getCallback(reference: string) {
    const row = this.s.getCallback.get(reference);
    return row && toCallback(row);
  }
  async countBookedSlots(ministryId: string, from: string, before: string) {
    const counts = new Map<string, number>();
    for (const row of this.s.countBookedSlots.all(ministryId, from, before)) counts.set(row.slot_start as string, row.taken as number);
    return counts;
  }
  async countAsapQueue(ministryId: string) {
    return this.s.countAsapQueue.get(ministryId)!.taken as number;
  }
  async countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string) {
    const row = 'phone' in holder ? this.s.countActiveByPhone.get(ministryId, holder.phone, now) : this.s.countActiveByClient.get(ministryId, holder.client, now);
    return row!.active as number;
  }
  /** Not part of {@link StorageReads}: see {@link SqliteStorage.feedback}. */
  async feedback() {
    return this.s.feedback.all().map(toFeedback);
  }
  /** Not part of {@link StorageReads}: see {@link SqliteStorage.siteKeyAllowsOrigin}. */
  async siteKeyAllowsOrigin(origin: string) {
    return this.s.siteKeyAllowsOrigin.get(normaliseOrigin(origin))!.allowed === 1;
  }
  /** Not part of {@link StorageReads}: see {@link SqliteStorage.listKeys}. */
  async listKeys(): Promise<KeyListing[]> {
    return toKeyListings(this.s.listSiteKeys.all(), this.s.listSecretKeys.all());
  }
}

/** Reads and writes on the main connection, inside the `BEGIN IMMEDIATE` that {@link SqliteStorage.transaction} opened. */
class Transaction extends Reads implements StorageTx {
  readonly #w: WriteStatements;
  #closed = false;
  #documentsChanged = false;

  constructor(reads: ReadStatements, writes: WriteStatements, documents: DocumentCache) {
    super(reads, documents);
    this.#w = writes;
  }

  /** Called when the transaction ends: a `tx` kept beyond it must not write into whatever runs next on the connection. */
  close(): void {
    this.#closed = true;
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error('This transaction has ended; write inside storage.transaction(fn) only.');
  }

  /** Whether this transaction wrote a table the {@link DocumentCache} holds; from then on its reads bypass the cache. */
  get documentsChanged(): boolean {
    return this.#documentsChanged;
  }

  /** Before a write to a cached table: the cache holds the committed state, not this transaction's. */
  #changeDocuments(): void {
    this.#checkOpen();
    this.#documentsChanged = true;
  }

  protected override document<T extends keyof CachedDocuments>(table: T, key: string, read: () => CachedDocuments[T] | undefined) {
    return this.#documentsChanged ? read() : super.document(table, key, read);
  }

  async upsertMinistry(ministry: Ministry) {
    this.#changeDocuments();
    this.#w.upsertMinistry.run(ministry.id, JSON.stringify(ministry));
  }
  async upsertService(service: Service) {
    this.#changeDocuments();
    this.#w.upsertService.run(service.id, service.ministryId, JSON.stringify(service));
  }
  async upsertFaq(entry: FaqEntry) {
    this.#checkOpen();
    const previous = this.#w.faqMinistry.get(entry.id)?.ministry_id as string | undefined;
    this.#w.upsertFaq.run(entry.id, entry.ministryId, JSON.stringify(entry));
    for (const ministryId of new Set([entry.ministryId, previous])) {
      if (ministryId !== undefined) this.#w.bumpFaqRevision.run(ministryId);
    }
  }
  async upsertSiteKey(record: SiteKeyRecord) {
    this.#changeDocuments();
    this.#w.upsertSiteKey.run(record.key, record.id, record.ministryId, JSON.stringify(record.allowedOrigins), record.createdAt, record.revokedAt);
  }
  async upsertSecretKey(record: SecretKeyRecord) {
    this.#changeDocuments();
    this.#w.upsertSecretKey.run(record.hash, record.id, record.ministryId, record.label, record.createdAt, record.revokedAt);
  }
  async insertTicket(ticket: TicketRecord, first: TimelineRecord) {
    this.#checkOpen();
    if (await this.referenceExists(ticket.reference)) return false;
    this.#w.insertTicket.run(
      ticket.reference,
      ticket.ministryId,
      ticket.serviceId,
      ticket.entityId,
      ticket.status,
      ticket.channel,
      ticket.subject,
      ticket.description,
      JSON.stringify(ticket.answers),
      JSON.stringify(ticket.citizen),
      ticket.location === null ? null : JSON.stringify(ticket.location),
      JSON.stringify(ticket.attachmentIds),
      ticket.locale,
      ticket.submittedAt,
      ticket.updatedAt,
      ticket.expectedResponseBy,
      ticket.firstResponseAt,
      ticket.resolvedAt,
    );
    this.#appendTimeline(ticket.reference, first);
    return true;
  }
  async updateTicket(reference: string, patch: TicketPatch, entry: TimelineRecord) {
    this.#checkOpen();
    const { changes } = this.#w.updateTicket.run({
      reference,
      hasStatus: Number(patch.status !== undefined),
      status: patch.status ?? null,
      hasEntityId: Number(patch.entityId !== undefined),
      entityId: patch.entityId ?? null,
      hasUpdatedAt: Number(patch.updatedAt !== undefined),
      updatedAt: patch.updatedAt ?? null,
      hasFirstResponseAt: Number(patch.firstResponseAt !== undefined),
      firstResponseAt: patch.firstResponseAt ?? null,
      hasResolvedAt: Number(patch.resolvedAt !== undefined),
      resolvedAt: patch.resolvedAt ?? null,
    });
    if (changes === 0) return false;
    this.#appendTimeline(reference, entry);
    return true;
  }
  #appendTimeline(reference: string, entry: TimelineRecord): void {
    this.#w.appendTimeline.run(reference, entry.at, entry.kind, entry.status, entry.note, entry.entityId);
  }
  async insertAttachment(record: AttachmentRecord) {
    this.#checkOpen();
    if (this.s.getAttachment.get(record.id) !== undefined) throw new Error(`Attachment ${record.id} already exists`);
    this.#w.insertAttachment.run(
      record.id,
      record.ministryId,
      record.serviceId,
      record.filename,
      record.contentType,
      record.size,
      record.sha256,
      record.createdAt,
      record.ticketReference,
    );
  }
  async citeAttachments(ids: readonly string[], reference: string) {
    this.#checkOpen();
    for (const id of ids) this.#w.citeAttachment.run(reference, id);
  }
  async putIdempotency(record: IdempotencyRecord) {
    this.#checkOpen();
    const body = JSON.stringify(record.body) ?? 'null';
    const { changes } = this.#w.putIdempotency.run(record.ministryId, record.key, record.requestHash, record.status, body, record.createdAt);
    return changes === 1;
  }
  async deleteIdempotencyBefore(createdBefore: string) {
    this.#checkOpen();
    return Number(this.#w.deleteIdempotencyBefore.run(createdBefore).changes);
  }
  async deleteUncitedAttachments(createdBefore: string) {
    this.#checkOpen();
    const removed = this.#w.deleteUncitedAttachments.all(createdBefore).map((row) => row.sha256 as string);
    const orphanedBlobs = [...new Set(removed)].filter((sha256) => this.#w.blobInUse.get(sha256)!.used === 0);
    return { uploads: removed.length, orphanedBlobs };
  }
  async bookCallback(callback: CallbackRecord, capacity: number) {
    this.#checkOpen();
    if (await this.referenceExists(callback.reference)) return 'duplicate_reference' as const;
    if (callback.slotStart !== null) {
      const taken = this.s.countSlot.get(callback.ministryId, callback.slotStart)!.taken as number;
      if (taken >= capacity) return 'full' as const;
    }
    this.#w.insertCallback.run(
      callback.reference,
      callback.ministryId,
      callback.serviceId,
      callback.status,
      callback.slotStart,
      callback.slotEnd,
      callback.name,
      callback.phone,
      callback.locale,
      callback.reason,
      callback.createdAt,
      callback.cancelledAt,
      callback.client,
    );
    return 'booked' as const;
  }
  async cancelCallback(reference: string, at: string) {
    this.#checkOpen();
    const callback = await this.getCallback(reference);
    if (callback === undefined || callback.status !== 'scheduled') return undefined;
    this.#w.cancelCallback.run(at, reference);
    return { ...callback, status: 'cancelled' as const, cancelledAt: at };
  }
  async appendFaqFeedback(record: FaqFeedbackRecord) {
    this.#checkOpen();
    this.#w.appendFaqFeedback.run(record.ministryId, record.faqId, Number(record.helpful), record.comment, record.lang, record.at);
  }
  async insertSatisfaction(record: SatisfactionRecord) {
    this.#checkOpen();
    const { changes } = this.#w.insertSatisfaction.run(
      record.reference,
      record.ministryId,
      record.serviceId,
      record.rating,
      record.comment,
      record.at,
    );
    return Number(changes) === 1;
  }
  /** Not part of {@link StorageTx}: see {@link SqliteStorage.revokeKey}. */
  revokeKey(id: string, at: string): boolean {
    this.#changeDocuments();
    const site = this.#w.revokeSiteKey.run(at, id).changes;
    const secret = this.#w.revokeSecretKey.run(at, id).changes;
    return Number(site) + Number(secret) > 0;
  }
}

/**
 * {@link Storage} on SQLite (`node:sqlite`), the reference server's store.
 *
 * `node:sqlite` is synchronous while `transaction(fn)` takes an async `fn`, so transactions
 * are queued on a promise chain and each runs alone between `BEGIN IMMEDIATE` and `COMMIT`
 * (`ROLLBACK` when `fn` throws). `BEGIN IMMEDIATE` takes the write lock at once, so a second
 * process (the `keys` command) waits its turn instead of failing half-way.
 *
 * The wait is synchronous (node:sqlite blocks the thread), so within one process open a file
 * once and share the store: a second store on the same file would stall the event loop behind
 * the first one's open transaction and then fail with "database is locked".
 *
 * Ministries, services and keys, read on nearly every request, are kept parsed and shared,
 * deeply frozen, in a {@link DocumentCache} that this store's own writes and other processes'
 * commits empty.
 *
 * Every statement is prepared once, when the store is made. The schema is migrated then too.
 */
export class SqliteStorage extends StorageBase<Reads, Transaction> implements ServerStorage {
  readonly #db: DatabaseSync;
  readonly #reader: DatabaseSync | undefined;
  readonly #txReads: ReadStatements;
  readonly #writes: WriteStatements;
  readonly #documents: DocumentCache;
  /** Reads outside a transaction: on the reader connection, or else on the main one, queued behind transactions. */
  readonly #reads: Reads;
  readonly #queue = new SerialQueue();
  #closed = false;

  /**
   * Opens (creating if needed) the database file in WAL mode, migrates it, and opens a
   * second, read-only connection for reads made outside transactions.
   *
   * @throws SchemaTooNewError when the file was written by a newer server.
   */
  static open(file: string, options: SqliteOpenOptions = {}): SqliteStorage {
    const timeout = options.busyTimeoutMs ?? 5000;
    const db = new DatabaseSync(file, { timeout });
    let reader: DatabaseSync | undefined;
    try {
      const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
      db.exec(`PRAGMA synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
      // An in-memory database (":memory:") has no WAL and cannot be shared with a second connection.
      if (mode === 'wal') reader = new DatabaseSync(file, { readOnly: true, timeout });
      return new SqliteStorage(db, { reader });
    } catch (error) {
      reader?.close();
      db.close();
      throw error;
    }
  }

  /**
   * Uses an open connection (e.g. `new DatabaseSync(':memory:')` in tests), migrating it
   * first. Prefer {@link SqliteStorage.open} for files: it sets WAL mode and durability.
   *
   * @throws SchemaTooNewError when the database was written by a newer server.
   */
  constructor(db: DatabaseSync, options: SqliteStorageOptions = {}) {
    super();
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    this.#db = db;
    this.#reader = options.reader;
    this.#txReads = prepareReads(db);
    this.#writes = prepareWrites(db);
    // On the main connection: its data_version changes for other processes' commits, not its own.
    this.#documents = new DocumentCache(db.prepare('PRAGMA data_version'));
    this.#reads = new Reads(options.reader ? prepareReads(options.reader) : this.#txReads, this.#documents);
  }

  protected attempt<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      if (this.#closed) throw new Error('The store is closed.');
      const db = this.#db;
      db.exec('BEGIN IMMEDIATE');
      const tx = new Transaction(this.#txReads, this.#writes, this.#documents);
      try {
        const result = await fn(tx);
        tx.close();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        tx.close();
        // Synchronously with the COMMIT, before anyone can read the cache again.
        if (tx.documentsChanged) this.#documents.clear();
      }
    });
  }

  protected read<T>(fn: (reads: Reads) => Promise<T>): Promise<T> {
    return this.#reader !== undefined ? fn(this.#reads) : this.#queue.run(() => fn(this.#reads));
  }

  /** One machine, one instance: the limits and spent proofs stay in the process. */
  sharedLimits(): undefined {
    return undefined;
  }

  /** One connection, no pool. */
  sharedBlobs(): undefined {
    return undefined;
  }

  poolUse(): undefined {
    return undefined;
  }

  async readiness(): Promise<Readiness> {
    try {
      const version = await this.#queue.run(async () => (this.#closed ? undefined : schemaVersion(this.#db)));
      if (version === undefined) return { ready: false, reason: 'the store is closed' };
      if (version !== MIGRATIONS.length) return { ready: false, reason: `the schema is at version ${version}, this server's is ${MIGRATIONS.length}` };
      return { ready: true };
    } catch {
      return { ready: false, reason: 'the database cannot be read' };
    }
  }

  /**
   * Waits for queued transactions, then closes the connections. Later calls do nothing.
   */
  async close(): Promise<void> {
    await this.#queue.run(async () => {
      if (this.#closed) return;
      this.#closed = true;
      // Keeps the query planner's statistics fresh for the next start; cheap when nothing changed.
      this.#db.exec('PRAGMA optimize');
      this.#reader?.close();
      this.#db.close();
    });
  }

  /**
   * Caps the database at `pages` pages (SQLite's `max_page_count`, on this connection; never
   * below the pages in use), past which writes fail as on a full disk (`SQLITE_FULL`), and
   * answers the cap in force. For tests of a full disk; not part of {@link Storage}.
   */
  maxPageCount(pages: number): number {
    if (!Number.isSafeInteger(pages) || pages < 1) throw new RangeError(`A page count is a positive integer, not ${pages}.`);
    return Number(this.#db.prepare(`PRAGMA max_page_count = ${pages}`).get()?.max_page_count);
  }

  /** Every FAQ feedback recorded so far, oldest first (for tests and reports; not part of {@link Storage}). */
  feedback(): Promise<FaqFeedbackRecord[]> {
    return this.read((r) => r.feedback());
  }

  /**
   * Whether an active publishable key allows pages of this `Origin` (`*` allows any). A CORS
   * preflight carries no key, so this is all it can be checked against.
   */
  siteKeyAllowsOrigin(origin: string): Promise<boolean> {
    return this.read((r) => r.siteKeyAllowsOrigin(origin));
  }

  /** Every publishable and secret key (secret ones without their hash), oldest first: for the `keys list` command. */
  listKeys(): Promise<KeyListing[]> {
    return this.read((r) => r.listKeys());
  }

  /** Revokes the active key (publishable or secret) with this id; `false` when there is none. */
  revokeKey(id: string, at: string): Promise<boolean> {
    return this.write(async (tx) => tx.revokeKey(id, at));
  }
}
