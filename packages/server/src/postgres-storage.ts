/**
 * {@link Storage} on PostgreSQL through `pg`, for a contact centre of several instances on one
 * database. Chosen by `DATABASE_URL`; SQLite stays the store of one machine.
 *
 * @module
 */
import pg from 'pg';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { Channel, FaqEntry, Ministry, Service } from '@civic-contact/contract';
import {
  normaliseOrigin,
  StorageBase,
  TransactionConflictError,
  type AttachmentRecord,
  type CallbackRecord,
  type FaqFeedbackRecord,
  type FirstResponseMedian,
  type IdempotencyRecord,
  type PublicStatsCounts,
  type PublicStatsFilter,
  type SatisfactionRecord,
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
import { PostgresLimitStore, PostgresUsedProofs } from './postgres-limits.ts';
import { PostgresBlobStore } from './postgres-blob-store.ts';
import { migratePostgres, POSTGRES_MIGRATIONS, postgresSchemaVersion } from './postgres-migrations.ts';
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
  type Row,
} from './rows.ts';
import type { KeyListing, PoolUse, Readiness, ServerStorage } from './server-storage.ts';

/** Options of {@link PostgresStorage.open}. */
export interface PostgresOpenOptions {
  /** `postgres://user:password@host:port/database` (the `DATABASE_URL`). */
  connectionString: string;
  /** Connections this instance keeps open at most (default 10): the pool's size. */
  poolSize?: number;
  /** How many times a transaction that keeps conflicting is run before its conflict is thrown (default: core's). */
  transactionAttempts?: number;
  /** A pooled connection that failed while idle (the database restarted); it is replaced. Default: printed to stderr. */
  onError?: (error: unknown) => void;
}

/** How PostgreSQL says that a transaction lost a race and may simply be run again. */
const CONFLICT_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** A conflict reported by PostgreSQL as core's retryable error; any other error as it is. */
function asConflict(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONFLICT_CODES.has(code)) return new TransactionConflictError(undefined, { cause: error });
  return error;
}

/** Runs a statement: prepared once per connection under its name. */
type Run = (name: string, text: string, values?: unknown[]) => Promise<{ rows: Row[]; rowCount: number | null }>;

function runOn(db: Pool | PoolClient): Run {
  return (name, text, values = []) => db.query<QueryResultRow>({ name, text, values });
}

// One index range per reason a ticket counts, as in SQLite (an OR in one WHERE scans the table).
const STATS_RELEVANT = `seq IN (
  SELECT seq FROM tickets WHERE submitted_at >= $1 AND submitted_at < $2
  UNION SELECT seq FROM tickets WHERE first_response_at >= $1 AND first_response_at < $2
  UNION SELECT seq FROM tickets WHERE resolved_at >= $1 AND resolved_at < $2
  UNION SELECT seq FROM tickets WHERE status = ANY($3::text[]))`;

/** listTickets statements' names by the shape of their filter and order: at most 2^10 of them. */
const listTicketsNames = new Map<string, string>();

/** The listTickets query for the filters present, with its parameters in order. */
function listTicketsQuery(filter: TicketFilter): { name: string; text: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.ministryId !== null) where.push(`ministry_id = ${param(filter.ministryId)}`);
  if (filter.status !== undefined) where.push(`status = ${param(filter.status)}`);
  if (filter.serviceId !== undefined) where.push(`service_id = ${param(filter.serviceId)}`);
  if (filter.entityId !== undefined) where.push(`entity_id = ${param(filter.entityId)}`);
  if (filter.submittedFrom !== undefined) where.push(`submitted_at >= ${param(filter.submittedFrom)}`);
  if (filter.submittedBefore !== undefined) where.push(`submitted_at < ${param(filter.submittedBefore)}`);
  if (filter.statuses !== undefined) where.push(`status = ANY(${param(filter.statuses)}::text[])`);
  if (filter.dueBefore !== undefined) where.push(`expected_response_by < ${param(filter.dueBefore)}`);
  const due = filter.order === 'due';
  if (!due && filter.after !== undefined) {
    where.push(`(submitted_at, reference) < (${param(filter.after.submittedAt)}, ${param(filter.after.reference)})`);
  }
  if (due && filter.afterDue !== undefined) {
    where.push(`(expected_response_by, reference) > (${param(filter.afterDue.expectedResponseBy)}, ${param(filter.afterDue.reference)})`);
  }
  const order = due ? 'expected_response_by ASC, reference ASC' : 'submitted_at DESC, reference DESC';
  const text = `SELECT ${TICKET_COLUMNS} FROM tickets ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order} LIMIT ${param(filter.limit)}`;
  let name = listTicketsNames.get(text);
  if (name === undefined) {
    name = `listTickets${listTicketsNames.size}`;
    listTicketsNames.set(text, name);
  }
  return { name, text, values };
}

/** Reads on the pool (each its own statement) or inside a transaction (on its connection). */
class Reads implements StorageReads {
  protected readonly run: Run;

  constructor(run: Run) {
    this.run = run;
  }

  async #one(name: string, text: string, values: unknown[]): Promise<Row | undefined> {
    return (await this.run(name, text, values)).rows[0];
  }

  async getMinistry(id: string) {
    return parseDoc<Ministry>(await this.#one('getMinistry', 'SELECT doc FROM ministries WHERE id = $1', [id]));
  }
  async listMinistries() {
    return (await this.run('listMinistries', 'SELECT doc FROM ministries ORDER BY seq')).rows.map((row) => parseDoc<Ministry>(row)!);
  }
  async getService(id: string) {
    return parseDoc<Service>(await this.#one('getService', 'SELECT doc FROM services WHERE id = $1', [id]));
  }
  async listServices(ministryId: string) {
    const { rows } = await this.run('listServices', 'SELECT doc FROM services WHERE ministry_id = $1 ORDER BY seq', [ministryId]);
    return rows.map((row) => parseDoc<Service>(row)!);
  }
  async listFaqs(ministryId: string) {
    const { rows } = await this.run('listFaqs', 'SELECT doc FROM faqs WHERE ministry_id = $1 ORDER BY seq', [ministryId]);
    return rows.map((row) => parseDoc<FaqEntry>(row)!);
  }
  async getFaq(id: string) {
    return parseDoc<FaqEntry>(await this.#one('getFaq', 'SELECT doc FROM faqs WHERE id = $1', [id]));
  }
  async faqRevision(ministryId: string) {
    const row = await this.#one('faqRevision', 'SELECT revision FROM faq_revisions WHERE ministry_id = $1', [ministryId]);
    return (row?.revision as number | undefined) ?? 0;
  }
  async findSiteKey(key: string) {
    const row = await this.#one('findSiteKey', 'SELECT * FROM site_keys WHERE key = $1', [key]);
    return row && toSiteKey(row);
  }
  async findSecretKeyByHash(hash: string) {
    const row = await this.#one('findSecretKeyByHash', 'SELECT * FROM secret_keys WHERE hash = $1', [hash]);
    return row && toSecretKey(row);
  }
  async getTicket(reference: string) {
    const row = await this.#one('getTicket', `SELECT ${TICKET_COLUMNS} FROM tickets WHERE reference = $1`, [reference]);
    return row && toTicket(row);
  }
  async getTimeline(reference: string) {
    const { rows } = await this.run('getTimeline', 'SELECT at, kind, status, note, entity_id FROM timeline WHERE reference = $1 ORDER BY seq', [reference]);
    return rows.map(toTimeline);
  }
  async listTickets(filter: TicketFilter) {
    const { name, text, values } = listTicketsQuery(filter);
    return (await this.run(name, text, values)).rows.map(toTicket);
  }
  async ticketStatsRows(filter: StatsFilter) {
    const values = [filter.from, filter.before, filter.openStatuses];
    const { rows } =
      filter.ministryId === null
        ? await this.run('statsRowsOfAll', `SELECT ${STATS_COLUMNS} FROM tickets WHERE ${STATS_RELEVANT} ORDER BY seq`, values)
        : await this.run('statsRowsOfMinistry', `SELECT ${STATS_COLUMNS} FROM tickets WHERE ministry_id = $4 AND ${STATS_RELEVANT} ORDER BY seq`, [
            ...values,
            filter.ministryId,
          ]);
    return rows.map(toStatsRow);
  }
  async getSatisfaction(reference: string) {
    const row = await this.#one('getSatisfaction', 'SELECT reference, ministry_id, service_id, rating, comment, at FROM satisfaction WHERE reference = $1', [
      reference,
    ]);
    return row && toSatisfaction(row);
  }
  async satisfactionStatsRows(filter: StatsFilter) {
    const { rows } =
      filter.ministryId === null
        ? await this.run('satisfactionRowsOfAll', 'SELECT ministry_id, service_id, rating FROM satisfaction WHERE at >= $1 AND at < $2 ORDER BY at', [
            filter.from,
            filter.before,
          ])
        : await this.run(
            'satisfactionRowsOfMinistry',
            'SELECT ministry_id, service_id, rating FROM satisfaction WHERE ministry_id = $3 AND at >= $1 AND at < $2 ORDER BY at',
            [filter.from, filter.before, filter.ministryId],
          );
    return rows.map(toSatisfactionStatsRow);
  }
  async publicStatsCounts(filter: PublicStatsFilter): Promise<PublicStatsCounts> {
    // $1, $2: the period; $3: the ministry, or null for every one. Each count is one GROUP BY
    // over the index of the instant it counts by.
    const values = [filter.from, filter.before, filter.ministryId];
    const inScope = '($3::text IS NULL OR ministry_id = $3)';
    const byService = this.run(
      'publicReceivedByService',
      `SELECT ministry_id, service_id, COUNT(*)::integer AS count FROM tickets
       WHERE submitted_at >= $1 AND submitted_at < $2 AND ${inScope} GROUP BY ministry_id, service_id`,
      values,
    );
    const byChannel = this.run(
      'publicReceivedByChannel',
      `SELECT ministry_id, channel, COUNT(*)::integer AS count FROM tickets
       WHERE submitted_at >= $1 AND submitted_at < $2 AND ${inScope} GROUP BY ministry_id, channel`,
      values,
    );
    const resolved = this.run(
      'publicResolved',
      `SELECT ministry_id, COUNT(*)::integer AS count, (COUNT(*) FILTER (WHERE resolved_at <= expected_response_by))::integer AS within_target
       FROM tickets WHERE resolved_at >= $1 AND resolved_at < $2 AND ${inScope} GROUP BY ministry_id`,
      values,
    );
    const ratings = this.run(
      'publicRatings',
      `SELECT ministry_id, rating, COUNT(*)::integer AS count FROM satisfaction
       WHERE at >= $1 AND at < $2 AND ${inScope} GROUP BY ministry_id, rating`,
      values,
    );
    // The interval of an instant is the number of splits at or before it: width_bucket's answer.
    const intervals = this.run(
      'publicIntervals',
      `SELECT 'received' AS kind, width_bucket(submitted_at, $4::text[] COLLATE "C") AS interval, COUNT(*)::integer AS count FROM tickets
         WHERE submitted_at >= $1 AND submitted_at < $2 AND ${inScope} GROUP BY 2
       UNION ALL
       SELECT 'resolved', width_bucket(resolved_at, $4::text[] COLLATE "C"), COUNT(*)::integer FROM tickets
         WHERE resolved_at >= $1 AND resolved_at < $2 AND ${inScope} GROUP BY 2`,
      [...values, filter.splits],
    );
    // Exact milliseconds (numeric epochs), and the median as the mean of the middle two for an even count, as percentile_cont gives.
    const waits = this.run(
      'publicFirstResponses',
      `SELECT ministry_id, GROUPING(ministry_id) AS overall, COUNT(*)::integer AS count,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY wait) AS median_ms
       FROM (SELECT ministry_id, round((extract(epoch FROM first_response_at::timestamptz) - extract(epoch FROM submitted_at::timestamptz)) * 1000)::float8 AS wait
             FROM tickets WHERE first_response_at >= $1 AND first_response_at < $2 AND ${inScope}) AS answered
       GROUP BY GROUPING SETS ((ministry_id), ())`,
      values,
    );
    const counted = Array.from({ length: filter.splits.length + 1 }, () => ({ received: 0, resolved: 0 }));
    for (const row of (await intervals).rows) counted[row.interval as number]![row.kind as 'received' | 'resolved'] = row.count as number;
    const median = (row: Row | undefined): FirstResponseMedian => ({ count: (row?.count as number | undefined) ?? 0, medianMs: (row?.median_ms as number | null | undefined) ?? null });
    const waitRows = (await waits).rows;
    return {
      receivedByService: (await byService).rows.map((row) => ({ ministryId: row.ministry_id as string, serviceId: row.service_id as string, count: row.count as number })),
      receivedByChannel: (await byChannel).rows.map((row) => ({ ministryId: row.ministry_id as string, channel: row.channel as Channel, count: row.count as number })),
      resolved: (await resolved).rows.map((row) => ({ ministryId: row.ministry_id as string, count: row.count as number, withinTarget: row.within_target as number })),
      ratings: (await ratings).rows.map((row) => ({ ministryId: row.ministry_id as string, rating: row.rating as number, count: row.count as number })),
      intervals: counted,
      firstResponses: {
        overall: median(waitRows.find((row) => row.overall === 1)),
        byMinistry: waitRows.filter((row) => row.overall === 0).map((row) => ({ ministryId: row.ministry_id as string, ...median(row) })),
      },
    };
  }
  async referenceExists(reference: string) {
    const row = await this.#one('referenceExists', 'SELECT EXISTS (SELECT 1 FROM taken_references WHERE reference = $1) AS taken', [reference]);
    return row!.taken === true;
  }
  async getAttachment(id: string) {
    const row = await this.#one('getAttachment', `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1`, [id]);
    return row && toAttachment(row);
  }
  async getIdempotency(ministryId: string, key: string) {
    const row = await this.#one('getIdempotency', 'SELECT * FROM idempotency WHERE ministry_id = $1 AND key = $2', [ministryId, key]);
    return row && toIdempotency(row);
  }
  async getCallback(reference: string) {
    const row = await this.#one('getCallback', `SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE reference = $1`, [reference]);
    return row && toCallback(row);
  }
  async countBookedSlots(ministryId: string, from: string, before: string) {
    const { rows } = await this.run(
      'countBookedSlots',
      `SELECT slot_start, COUNT(*)::integer AS taken FROM callbacks
       WHERE ministry_id = $1 AND status = 'scheduled' AND slot_start >= $2 AND slot_start < $3
       GROUP BY slot_start ORDER BY slot_start`,
      [ministryId, from, before],
    );
    return new Map(rows.map((row) => [row.slot_start as string, row.taken as number]));
  }
  async countAsapQueue(ministryId: string) {
    const row = await this.#one(
      'countAsapQueue',
      `SELECT COUNT(*)::integer AS taken FROM callbacks WHERE ministry_id = $1 AND status = 'scheduled' AND slot_start IS NULL`,
      [ministryId],
    );
    return row!.taken as number;
  }
  async countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string) {
    const column = 'phone' in holder ? 'phone' : 'client';
    const row = await this.#one(
      `countActiveBy_${column}`,
      `SELECT COUNT(*)::integer AS active FROM callbacks
       WHERE ministry_id = $1 AND ${column} = $2 AND status = 'scheduled' AND (slot_start IS NULL OR slot_start > $3)`,
      [ministryId, 'phone' in holder ? holder.phone : holder.client, now],
    );
    return row!.active as number;
  }
  /** Not part of {@link StorageReads}: see {@link PostgresStorage.feedback}. */
  async feedback() {
    const { rows } = await this.run('feedback', 'SELECT ministry_id, faq_id, helpful, comment, lang, at FROM faq_feedback ORDER BY seq');
    return rows.map(toFeedback);
  }
  /** Not part of {@link StorageReads}: see {@link PostgresStorage.siteKeyAllowsOrigin}. */
  async siteKeyAllowsOrigin(origin: string) {
    const row = await this.#one(
      'siteKeyAllowsOrigin',
      `SELECT EXISTS (SELECT 1 FROM site_keys, jsonb_array_elements_text(site_keys.allowed_origins::jsonb) AS allowed (value)
         WHERE site_keys.revoked_at IS NULL AND (allowed.value = '*' OR allowed.value = $1)) AS allowed`,
      [normaliseOrigin(origin)],
    );
    return row!.allowed === true;
  }
  /** Not part of {@link StorageReads}: see {@link PostgresStorage.listKeys}. */
  async listKeys(): Promise<KeyListing[]> {
    const site = await this.run('listSiteKeys', 'SELECT * FROM site_keys');
    const secret = await this.run('listSecretKeys', 'SELECT * FROM secret_keys');
    return toKeyListings(site.rows, secret.rows);
  }
}

/** Reads and writes on one connection, inside the transaction that {@link PostgresStorage} began. */
class Transaction extends Reads implements StorageTx {
  readonly #state: { ended: boolean };

  constructor(run: Run) {
    // Every statement, reads too: the connection goes back to the pool, and into another transaction.
    const state = { ended: false };
    super((name, text, values) =>
      state.ended ? Promise.reject(new Error('This transaction has ended; write inside storage.transaction(fn) only.')) : run(name, text, values),
    );
    this.#state = state;
  }

  /** Called when the transaction ends: a `tx` kept beyond it must not run statements in whatever runs next on the connection. */
  close(): void {
    this.#state.ended = true;
  }

  #write(name: string, text: string, values: unknown[]) {
    return this.run(name, text, values);
  }

  /** Takes the advisory lock named by `key` until this transaction ends: transactions asking for it take turns. */
  async #lock(key: string): Promise<void> {
    await this.run('lock', 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  // What a transaction reads to decide a write is locked until it ends (see PostgresStorage).
  override async getTicket(reference: string) {
    const row = (await this.run('getTicketForUpdate', `SELECT ${TICKET_COLUMNS} FROM tickets WHERE reference = $1 FOR UPDATE`, [reference])).rows[0];
    return row && toTicket(row);
  }
  override async getAttachment(id: string) {
    const row = (await this.run('getAttachmentForUpdate', `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1 FOR UPDATE`, [id])).rows[0];
    return row && toAttachment(row);
  }
  override async getCallback(reference: string) {
    const row = (await this.run('getCallbackForUpdate', `SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE reference = $1 FOR UPDATE`, [reference])).rows[0];
    return row && toCallback(row);
  }
  /** Also makes the holder's bookings take turns until this transaction ends, so the count stays true until it books. */
  override async countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string) {
    await this.#lock(JSON.stringify(['holder', ministryId, 'phone' in holder ? ['phone', holder.phone] : ['client', holder.client]]));
    return super.countActiveCallbacks(ministryId, holder, now);
  }

  /** Takes a reference for a ticket or a callback: `false` when it names one already (the table's key decides, whatever the race). */
  async #takeReference(reference: string): Promise<boolean> {
    const { rowCount } = await this.#write('takeReference', 'INSERT INTO taken_references (reference) VALUES ($1) ON CONFLICT DO NOTHING', [reference]);
    return rowCount === 1;
  }

  async upsertMinistry(ministry: Ministry) {
    await this.#write('upsertMinistry', 'INSERT INTO ministries (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc', [
      ministry.id,
      JSON.stringify(ministry),
    ]);
  }
  async upsertService(service: Service) {
    await this.#write(
      'upsertService',
      'INSERT INTO services (id, ministry_id, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET ministry_id = excluded.ministry_id, doc = excluded.doc',
      [service.id, service.ministryId, JSON.stringify(service)],
    );
  }
  async upsertFaq(entry: FaqEntry) {
    const previous = (await this.#write('faqMinistry', 'SELECT ministry_id FROM faqs WHERE id = $1', [entry.id])).rows[0]?.ministry_id as string | undefined;
    await this.#write(
      'upsertFaq',
      'INSERT INTO faqs (id, ministry_id, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET ministry_id = excluded.ministry_id, doc = excluded.doc',
      [entry.id, entry.ministryId, JSON.stringify(entry)],
    );
    for (const ministryId of new Set([entry.ministryId, previous])) {
      if (ministryId === undefined) continue;
      await this.#write(
        'bumpFaqRevision',
        'INSERT INTO faq_revisions (ministry_id, revision) VALUES ($1, 1) ON CONFLICT (ministry_id) DO UPDATE SET revision = faq_revisions.revision + 1',
        [ministryId],
      );
    }
  }
  async upsertSiteKey(record: SiteKeyRecord) {
    await this.#write(
      'upsertSiteKey',
      `INSERT INTO site_keys (key, id, ministry_id, allowed_origins, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO UPDATE SET id = excluded.id, ministry_id = excluded.ministry_id, allowed_origins = excluded.allowed_origins,
         created_at = excluded.created_at, revoked_at = excluded.revoked_at`,
      [record.key, record.id, record.ministryId, JSON.stringify(record.allowedOrigins), record.createdAt, record.revokedAt],
    );
  }
  async upsertSecretKey(record: SecretKeyRecord) {
    await this.#write(
      'upsertSecretKey',
      `INSERT INTO secret_keys (hash, id, ministry_id, label, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (hash) DO UPDATE SET id = excluded.id, ministry_id = excluded.ministry_id, label = excluded.label,
         created_at = excluded.created_at, revoked_at = excluded.revoked_at`,
      [record.hash, record.id, record.ministryId, record.label, record.createdAt, record.revokedAt],
    );
  }
  async insertTicket(ticket: TicketRecord, first: TimelineRecord) {
    if (!(await this.#takeReference(ticket.reference))) return false;
    await this.#write('insertTicket', `INSERT INTO tickets (${TICKET_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`, [
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
    ]);
    await this.#appendTimeline(ticket.reference, first);
    return true;
  }
  async updateTicket(reference: string, patch: TicketPatch, entry: TimelineRecord) {
    // One statement for every patch shape: a flag per field, because null is a value to set (resolvedAt on re-open).
    const { rowCount } = await this.#write(
      'updateTicket',
      `UPDATE tickets SET
         status = CASE WHEN $2::boolean THEN $3 ELSE status END,
         entity_id = CASE WHEN $4::boolean THEN $5 ELSE entity_id END,
         updated_at = CASE WHEN $6::boolean THEN $7 ELSE updated_at END,
         first_response_at = CASE WHEN $8::boolean THEN $9 ELSE first_response_at END,
         resolved_at = CASE WHEN $10::boolean THEN $11 ELSE resolved_at END
       WHERE reference = $1`,
      [
        reference,
        patch.status !== undefined,
        patch.status ?? null,
        patch.entityId !== undefined,
        patch.entityId ?? null,
        patch.updatedAt !== undefined,
        patch.updatedAt ?? null,
        patch.firstResponseAt !== undefined,
        patch.firstResponseAt ?? null,
        patch.resolvedAt !== undefined,
        patch.resolvedAt ?? null,
      ],
    );
    if (rowCount === 0) return false;
    await this.#appendTimeline(reference, entry);
    return true;
  }
  async #appendTimeline(reference: string, entry: TimelineRecord) {
    await this.#write('appendTimeline', 'INSERT INTO timeline (reference, at, kind, status, note, entity_id) VALUES ($1, $2, $3, $4, $5, $6)', [
      reference,
      entry.at,
      entry.kind,
      entry.status,
      entry.note,
      entry.entityId,
    ]);
  }
  async insertAttachment(record: AttachmentRecord) {
    const { rowCount } = await this.#write(
      'insertAttachment',
      `INSERT INTO attachments (${ATTACHMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [record.id, record.ministryId, record.serviceId, record.filename, record.contentType, record.size, record.sha256, record.createdAt, record.ticketReference],
    );
    if (rowCount === 0) throw new Error(`Attachment ${record.id} already exists`);
  }
  async citeAttachments(ids: readonly string[], reference: string) {
    await this.#write('citeAttachments', 'UPDATE attachments SET ticket_reference = $1 WHERE id = ANY($2::text[])', [reference, ids]);
  }
  async putIdempotency(record: IdempotencyRecord) {
    const { rowCount } = await this.#write(
      'putIdempotency',
      `INSERT INTO idempotency (ministry_id, key, request_hash, status, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (ministry_id, key) DO NOTHING`,
      [record.ministryId, record.key, record.requestHash, record.status, JSON.stringify(record.body) ?? 'null', record.createdAt],
    );
    return rowCount === 1;
  }
  async deleteIdempotencyBefore(createdBefore: string) {
    return (await this.#write('deleteIdempotencyBefore', 'DELETE FROM idempotency WHERE created_at < $1', [createdBefore])).rowCount ?? 0;
  }
  async deleteUncitedAttachments(createdBefore: string) {
    const removed = (
      await this.#write('deleteUncitedAttachments', 'DELETE FROM attachments WHERE ticket_reference IS NULL AND created_at < $1 RETURNING sha256', [createdBefore])
    ).rows.map((row) => row.sha256 as string);
    const contents = [...new Set(removed)];
    const { rows } = await this.#write('blobsInUse', 'SELECT DISTINCT sha256 FROM attachments WHERE sha256 = ANY($1::text[])', [contents]);
    const inUse = new Set(rows.map((row) => row.sha256 as string));
    return { uploads: removed.length, orphanedBlobs: contents.filter((sha256) => !inUse.has(sha256)) };
  }
  async bookCallback(callback: CallbackRecord, capacity: number) {
    if (await this.referenceExists(callback.reference)) return 'duplicate_reference' as const;
    if (callback.slotStart !== null) {
      // Bookings of one slot take turns from here to their commit, so each counts the places
      // the ones before it took.
      await this.#lock(JSON.stringify(['slot', callback.ministryId, callback.slotStart]));
      const { rows } = await this.#write(
        'countSlot',
        `SELECT COUNT(*)::integer AS taken FROM callbacks WHERE ministry_id = $1 AND status = 'scheduled' AND slot_start = $2`,
        [callback.ministryId, callback.slotStart],
      );
      if ((rows[0]!.taken as number) >= capacity) return 'full' as const;
    }
    if (!(await this.#takeReference(callback.reference))) return 'duplicate_reference' as const;
    await this.#write('insertCallback', `INSERT INTO callbacks (${CALLBACK_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, [
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
    ]);
    return 'booked' as const;
  }
  async cancelCallback(reference: string, at: string) {
    const { rows } = await this.#write(
      'cancelCallback',
      `UPDATE callbacks SET status = 'cancelled', cancelled_at = $1 WHERE reference = $2 AND status = 'scheduled' RETURNING ${CALLBACK_COLUMNS}`,
      [at, reference],
    );
    return rows[0] && toCallback(rows[0]);
  }
  async appendFaqFeedback(record: FaqFeedbackRecord) {
    await this.#write('appendFaqFeedback', 'INSERT INTO faq_feedback (ministry_id, faq_id, helpful, comment, lang, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      record.ministryId,
      record.faqId,
      Number(record.helpful),
      record.comment,
      record.lang,
      record.at,
    ]);
  }
  async insertSatisfaction(record: SatisfactionRecord) {
    const { rowCount } = await this.#write(
      'insertSatisfaction',
      `INSERT INTO satisfaction (reference, ministry_id, service_id, rating, comment, at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (reference) DO NOTHING`,
      [record.reference, record.ministryId, record.serviceId, record.rating, record.comment, record.at],
    );
    return rowCount === 1;
  }
  /** Not part of {@link StorageTx}: see {@link PostgresStorage.revokeKey}. */
  async revokeKey(id: string, at: string): Promise<boolean> {
    const site = await this.#write('revokeSiteKey', 'UPDATE site_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
    const secret = await this.#write('revokeSecretKey', 'UPDATE secret_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
    return (site.rowCount ?? 0) + (secret.rowCount ?? 0) > 0;
  }
}

/**
 * {@link Storage} on PostgreSQL, for several instances of the server on one database.
 *
 * Each transaction runs on a pooled connection at `READ COMMITTED`, and instances run theirs
 * at the same time; what would let two of them decide on the same data is taken in turns:
 * - a record a transaction reads to decide on (a ticket, an attachment, a callback) is locked
 *   (`FOR UPDATE`) until it ends, so a concurrent one waits, then reads what it wrote;
 * - the bookings of one slot, and the callbacks of one phone number or client, take turns
 *   (a transaction-scoped advisory lock), so a count read before booking stays true;
 * - the unique keys (the idempotency key per ministry, each reference in `taken_references`,
 *   a ticket's one rating) settle two inserts of one key: the second waits for the first and
 *   is then refused; the domain, refused an idempotency key it found free, throws
 *   `TransactionConflictError`, and the rerun replays the first one's answer.
 * A deadlock is a conflict too: that transaction is rolled back and run again (`StorageBase`).
 * `SERIALIZABLE` would give the same outcomes without the locks, but its predicate locks on
 * index pages make unrelated complaints fail each other on small tables, a new database's.
 *
 * Reads outside a transaction are single statements on the pool, each seeing what was
 * committed when it ran. Every statement is prepared once per connection, by name. Nothing
 * is cached in the process: another instance's writes are seen by the next read. The schema
 * is migrated when the store is opened ({@link migratePostgres}).
 */
export class PostgresStorage extends StorageBase<Reads, Transaction> implements ServerStorage {
  readonly #pool: Pool;
  readonly #reads: Reads;
  #closed = false;

  /**
   * Connects, and migrates the database (under an advisory lock, so instances starting
   * together migrate it once).
   *
   * @throws SchemaTooNewError when the database was migrated by a newer server.
   */
  static async open(options: PostgresOpenOptions): Promise<PostgresStorage> {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      application_name: 'civic-contact',
      // A database that does not answer fails requests (and /ready) after 5 s instead of holding them forever.
      connectionTimeoutMillis: 5000,
    });
    const onError = options.onError ?? ((error: unknown) => console.error('PostgreSQL connection error:', error));
    // An idle connection that breaks (the database restarted) is dropped from the pool, which opens another when needed.
    pool.on('error', onError);
    let migrated: { from: number };
    try {
      migrated = await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStorage(pool, migrated.from, options.transactionAttempts);
  }

  /** The schema version the database had when this store opened it: 0 when this store made the schema. */
  readonly migratedFrom: number;

  private constructor(pool: Pool, migratedFrom: number, transactionAttempts?: number) {
    super(transactionAttempts);
    this.#pool = pool;
    this.#reads = new Reads(runOn(pool));
    this.migratedFrom = migratedFrom;
  }

  protected async attempt<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    if (this.#closed) throw new Error('The store is closed.');
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const tx = new Transaction(runOn(client));
      try {
        const result = await fn(tx);
        tx.close();
        // A serialisation failure may come only now, at the commit.
        await client.query('COMMIT');
        return result;
      } catch (error) {
        tx.close();
        await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
        throw error;
      }
    } catch (error) {
      throw asConflict(error);
    } finally {
      // A connection whose rollback failed is in an unknown state: it is closed, not reused.
      client.release(broken);
    }
  }

  protected read<T>(fn: (reads: Reads) => Promise<T>): Promise<T> {
    return fn(this.#reads);
  }

  /** Rate limits and spent proofs in this database, counted and refused together by every instance on it. */
  sharedLimits(now: () => number): { limitStore: PostgresLimitStore; usedProofs: PostgresUsedProofs } {
    return { limitStore: new PostgresLimitStore(this.#pool, now), usedProofs: new PostgresUsedProofs(this.#pool, now) };
  }

  /** Attachments' bytes in this database, read by every instance on it (see {@link PostgresBlobStore}). */
  sharedBlobs(now?: () => number): PostgresBlobStore {
    return new PostgresBlobStore(this.#pool, now);
  }

  poolUse(): PoolUse {
    return { total: this.#pool.totalCount, idle: this.#pool.idleCount, waiting: this.#pool.waitingCount };
  }

  async readiness(): Promise<Readiness> {
    if (this.#closed) return { ready: false, reason: 'the store is closed' };
    let version: number;
    try {
      version = await postgresSchemaVersion(this.#pool);
    } catch {
      return { ready: false, reason: 'the database does not answer' };
    }
    const known = POSTGRES_MIGRATIONS.length;
    if (version !== known) return { ready: false, reason: `the schema is at version ${version}, this server's is ${known}` };
    return { ready: true };
  }

  /** Waits for the connections in use to be given back, then closes them all. Later calls do nothing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // A connection the database drops while the pool closes (the database itself going away)
    // is no longer anyone's concern.
    this.#pool.removeAllListeners('error');
    this.#pool.on('error', () => {});
    await this.#pool.end();
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
    return this.write((tx) => tx.revokeKey(id, at));
  }
}
