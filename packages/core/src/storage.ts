/**
 * The storage interface the contact centre runs on. The in-memory store (mock), the SQLite
 * store (reference server) and a PostgreSQL store implement it; the domain rules never see
 * anything else.
 *
 * Reads may be made on {@link Storage} directly. Every write happens inside
 * {@link Storage.transaction}: the callback's writes all happen or, if it throws, none do,
 * and the outcome is as if no other transaction ran at the same time. The serial stores get
 * there by running transactions one at a time (memory: a queue; SQLite: a queue and
 * `BEGIN IMMEDIATE`); PostgreSQL runs them together, with row locks, advisory locks and unique
 * keys where two could decide on the same data, and runs again, from the start, the callback
 * of one that conflicted (`TransactionConflictError`: a deadlock, or a key found free and then
 * taken by a concurrent transaction). So a callback may run more than once: it must do
 * nothing outside its `tx` that cannot be done twice.
 * {@link StorageBase} (storage-base.ts) holds what the stores share: that retry, the serial
 * stores' queue, and the forwarding of reads.
 *
 * Records are plain JSON-compatible data. Instants are ISO 8601 strings in UTC with
 * milliseconds (`Date.prototype.toISOString()`), so they sort correctly as text.
 *
 * @module
 */
import type {
  AnswerValue,
  AttachmentType,
  CallbackStatus,
  Channel,
  FaqEntry,
  Location,
  Ministry,
  Service,
  TicketStatus,
} from '@civic-contact/contract';

/** A publishable key: public, so stored as is. */
export interface SiteKeyRecord {
  id: string;
  /** The key itself, `pk_…`. Unique. */
  key: string;
  ministryId: string;
  /** Origins (`https://health.example.gov`) allowed to use the key; `*` allows any (demo and mock only). */
  allowedOrigins: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** A secret key: only the SHA-256 (hex) of the key is stored. */
export interface SecretKeyRecord {
  id: string;
  /** Lower-case hex SHA-256 of the key. Unique. */
  hash: string;
  /** The ministry the key acts for, or `null` for an all-ministries (administrator) key. */
  ministryId: string | null;
  /** A human label ("Health agent desk"), never the key. */
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A ticket as stored. The citizen-facing and agent views are built from it. */
export interface TicketRecord {
  /** Canonical reference, e.g. `MOH-7K3D-9QX6`. Unique across tickets and callbacks. */
  reference: string;
  ministryId: string;
  serviceId: string;
  entityId: string;
  status: TicketStatus;
  channel: Channel;
  subject: string;
  description: string;
  answers: Record<string, AnswerValue>;
  citizen: { name: string | null; email: string | null; phone: string | null; preferredLocale: string | null };
  location: Location | null;
  attachmentIds: string[];
  locale: string;
  submittedAt: string;
  updatedAt: string;
  expectedResponseBy: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
}

/** One public update of a ticket, in the order written. */
export interface TimelineRecord {
  at: string;
  kind: 'created' | 'status' | 'rerouted';
  status: TicketStatus;
  note: string | null;
  entityId: string;
}

/** Fields of a ticket that a status change or re-route may set. */
export type TicketPatch = Partial<Pick<TicketRecord, 'status' | 'entityId' | 'updatedAt' | 'firstResponseAt' | 'resolvedAt'>>;

/** Filters of {@link StorageReads.listTickets}. All given filters must match. */
export interface TicketFilter {
  /** `null`: every ministry (an all-ministries key). */
  ministryId: string | null;
  status?: TicketStatus;
  serviceId?: string;
  entityId?: string;
  /** Submitted at or after this instant. */
  submittedFrom?: string;
  /** Submitted before this instant (exclusive). */
  submittedBefore?: string;
  /** Keyset pagination: only tickets strictly after this position in newest-first order. */
  after?: { submittedAt: string; reference: string };
  /** Only tickets in one of these statuses (the open ones, for a list of what is due). */
  statuses?: readonly TicketStatus[];
  /** Expected response before this instant (exclusive). */
  dueBefore?: string;
  /**
   * `'newest'` (the default): newest submitted first, paged with `after`. `'due'`: soonest
   * expected response first, then by reference, paged with `afterDue`.
   */
  order?: 'newest' | 'due';
  /** Keyset pagination of the `'due'` order: only tickets strictly after this position. */
  afterDue?: { expectedResponseBy: string; reference: string };
  limit: number;
}

/** Scope and period of {@link StorageReads.ticketStatsRows}. */
export interface StatsFilter {
  /** `null`: every ministry. */
  ministryId: string | null;
  /** Start of the period (inclusive instant). */
  from: string;
  /** End of the period (exclusive instant). */
  before: string;
  /** Statuses counted as open backlog. */
  openStatuses: readonly TicketStatus[];
}

/** What the KPIs are computed from: one row per ticket, without any personal data. */
export interface TicketStatsRow {
  ministryId: string;
  serviceId: string;
  channel: Channel;
  status: TicketStatus;
  submittedAt: string;
  expectedResponseBy: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
}

/** Scope and period of {@link StorageReads.publicStatsCounts}. */
export interface PublicStatsFilter {
  /** One ministry, or `null` for every ministry. */
  ministryId: string | null;
  /** Start of the period (inclusive instant). */
  from: string;
  /** End of the period (exclusive instant). */
  before: string;
  /**
   * Instants strictly between `from` and `before`, ascending, that cut the period into
   * intervals (the weeks of a trend): `[from, splits[0])`, `[splits[0], splits[1])`, …,
   * `[splits[n-1], before)`. The caller works them out in whatever time zone it shows, so the
   * store counts exactly without knowing any.
   */
  splits: readonly string[];
}

/** The median of the milliseconds from submission to first response, over `count` first responses (`null` when none). */
export interface FirstResponseMedian {
  count: number;
  /** The middle value, or the mean of the two middle values for an even count. */
  medianMs: number | null;
}

/**
 * The counts the public figures are made from, over one period: aggregates only, never a
 * row per ticket, so that a store can compute them where the data is (GROUP BY on indexes)
 * and a year of a whole country's tickets costs a few small answers.
 */
export interface PublicStatsCounts {
  /** Tickets submitted in the period, per ministry and service; services with none are left out. */
  receivedByService: { ministryId: string; serviceId: string; count: number }[];
  /** Tickets submitted in the period, per ministry and channel; channels with none are left out. */
  receivedByChannel: { ministryId: string; channel: Channel; count: number }[];
  /** Tickets resolved in the period per ministry, and how many of them by their expected response; ministries with none are left out. */
  resolved: { ministryId: string; count: number; withinTarget: number }[];
  /** Ratings given in the period per ministry and rating (1–5); combinations with none are left out. */
  ratings: { ministryId: string; rating: number; count: number }[];
  /** Tickets submitted and resolved in each interval of the filter's `splits`, in order: `splits.length + 1` entries. */
  intervals: { received: number; resolved: number }[];
  /** First responses given in the period: over the whole scope, and per ministry (ministries with none left out). */
  firstResponses: { overall: FirstResponseMedian; byMinistry: ({ ministryId: string } & FirstResponseMedian)[] };
}

/** An uploaded file's metadata; its bytes live in the {@link BlobStore} under `sha256`. */
export interface AttachmentRecord {
  /** `att_…`. Unique. */
  id: string;
  ministryId: string;
  serviceId: string;
  filename: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  createdAt: string;
  /** The ticket citing it; an attachment can be cited once. */
  ticketReference: string | null;
}

/** The first response to an idempotent request, replayed for every repeat of its key. */
export interface IdempotencyRecord {
  ministryId: string;
  /** The client's `Idempotency-Key`. Unique together with `ministryId`. */
  key: string;
  /** Lower-case hex SHA-256 of the operation and the canonical request body. */
  requestHash: string;
  status: number;
  body: unknown;
  createdAt: string;
}

/** A callback booking. */
export interface CallbackRecord {
  /** Unique across tickets and callbacks. */
  reference: string;
  ministryId: string;
  serviceId: string;
  status: CallbackStatus;
  /** Slot bounds as UTC instants (`toISOString()`), or both `null` for "as soon as possible". */
  slotStart: string | null;
  slotEnd: string | null;
  name: string;
  phone: string;
  locale: string;
  reason: string;
  createdAt: string;
  cancelledAt: string | null;
  /**
   * Who booked it, for the cap on callbacks per client: a pseudonym (a hash of the ministry
   * and the client's address), never the address; `null` for bookings made with a
   * secret key.
   */
  client: string | null;
}

/** A citizen's satisfaction with how a ticket was handled: at most one per ticket. */
export interface SatisfactionRecord {
  /** The ticket's canonical reference. Unique: a ticket is rated once. */
  reference: string;
  ministryId: string;
  serviceId: string;
  /** 1 ("very dissatisfied") to 5 ("very satisfied"). */
  rating: number;
  comment: string | null;
  at: string;
}

/** What the satisfaction KPIs are computed from: one row per rating, without the comment. */
export interface SatisfactionStatsRow {
  ministryId: string;
  serviceId: string;
  rating: number;
}

/** "Did this answer your question?" */
export interface FaqFeedbackRecord {
  ministryId: string;
  faqId: string;
  helpful: boolean;
  comment: string | null;
  lang: string | null;
  at: string;
}

/**
 * Everything that can be read, inside or outside a transaction.
 *
 * Results never change what is stored. Tickets, timelines, callbacks, attachments and the
 * like are fresh copies. Ministries, services, FAQs and keys (configuration: read on nearly
 * every request, rarely written) may instead come back deeply frozen and shared between
 * callers, so that a store can keep them parsed; changing one throws a `TypeError` in strict
 * code. Treat every result as read-only, and copy it (`{ ...record }`) to derive a changed one.
 */
export interface StorageReads {
  getMinistry(id: string): Promise<Ministry | undefined>;
  listMinistries(): Promise<Ministry[]>;
  getService(id: string): Promise<Service | undefined>;
  /** A ministry's services in the order they were first stored. */
  listServices(ministryId: string): Promise<Service[]>;
  /** A ministry's FAQs in the order they were first stored. */
  listFaqs(ministryId: string): Promise<FaqEntry[]>;
  getFaq(id: string): Promise<FaqEntry | undefined>;
  /** Goes up whenever the ministry's FAQs change, so that search indexes (one per API instance) know when to rebuild. */
  faqRevision(ministryId: string): Promise<number>;

  findSiteKey(key: string): Promise<SiteKeyRecord | undefined>;
  findSecretKeyByHash(hash: string): Promise<SecretKeyRecord | undefined>;

  getTicket(reference: string): Promise<TicketRecord | undefined>;
  /** Oldest first, in the order written. */
  getTimeline(reference: string): Promise<TimelineRecord[]>;
  /** Newest first: `submittedAt` descending, then `reference` descending. */
  listTickets(filter: TicketFilter): Promise<TicketRecord[]>;
  /**
   * Rows for the KPIs of the period `[from, before)`: every ticket submitted, first answered
   * or resolved in it, and every ticket whose status is open now.
   */
  ticketStatsRows(filter: StatsFilter): Promise<TicketStatsRow[]>;
  /** The satisfaction given for a ticket, if any. */
  getSatisfaction(reference: string): Promise<SatisfactionRecord | undefined>;
  /** The ratings given in `[from, before)` (by `at`) for the ministry in scope; `openStatuses` is not used. */
  satisfactionStatsRows(filter: StatsFilter): Promise<SatisfactionStatsRow[]>;
  /**
   * The counts of the public figures (`GET /v1/stats/public`) for the period `[from, before)`:
   * tickets submitted (by `submittedAt`), resolved (by `resolvedAt`), first answered (by
   * `firstResponseAt`) and ratings given (by `at`) in it.
   */
  publicStatsCounts(filter: PublicStatsFilter): Promise<PublicStatsCounts>;
  /** Whether a ticket or a callback has this reference. */
  referenceExists(reference: string): Promise<boolean>;

  getAttachment(id: string): Promise<AttachmentRecord | undefined>;

  getIdempotency(ministryId: string, key: string): Promise<IdempotencyRecord | undefined>;

  getCallback(reference: string): Promise<CallbackRecord | undefined>;
  /** Scheduled (not cancelled) slot callbacks of a ministry starting in `[from, before)`, counted per `slotStart`. */
  countBookedSlots(ministryId: string, from: string, before: string): Promise<Map<string, number>>;
  /** Scheduled "as soon as possible" callbacks of a ministry: the queue agents work through. */
  countAsapQueue(ministryId: string): Promise<number>;
  /**
   * Callbacks of a ministry that are still to come for this phone number (E.164, as stored) or
   * client pseudonym: scheduled, and either waiting in the "as soon as possible" queue or in a
   * slot starting after `now`.
   */
  countActiveCallbacks(ministryId: string, holder: { phone: string } | { client: string }, now: string): Promise<number>;
}

/** Reads plus writes, inside one atomic transaction. */
export interface StorageTx extends StorageReads {
  upsertMinistry(ministry: Ministry): Promise<void>;
  upsertService(service: Service): Promise<void>;
  /** Also bumps the ministry's {@link StorageReads.faqRevision}. */
  upsertFaq(entry: FaqEntry): Promise<void>;
  upsertSiteKey(record: SiteKeyRecord): Promise<void>;
  upsertSecretKey(record: SecretKeyRecord): Promise<void>;

  /** Inserts a ticket and its first timeline entry; `false` (and nothing written) when the reference is taken. */
  insertTicket(ticket: TicketRecord, first: TimelineRecord): Promise<boolean>;
  /** Applies `patch` and appends `entry`; `false` when there is no such ticket. */
  updateTicket(reference: string, patch: TicketPatch, entry: TimelineRecord): Promise<boolean>;

  insertAttachment(record: AttachmentRecord): Promise<void>;
  /** Marks attachments as cited by a ticket. */
  citeAttachments(ids: readonly string[], reference: string): Promise<void>;

  /** Inserts if no record has the same ministry and key; `false` (and nothing written) otherwise. */
  putIdempotency(record: IdempotencyRecord): Promise<boolean>;
  /** Deletes the records created before `createdBefore`; answers how many. */
  deleteIdempotencyBefore(createdBefore: string): Promise<number>;

  /**
   * Deletes the attachments no ticket cites that were created before `createdBefore`.
   * `orphanedBlobs`: the SHA-256 of each deleted one's content that no attachment left refers to.
   */
  deleteUncitedAttachments(createdBefore: string): Promise<{ uploads: number; orphanedBlobs: string[] }>;

  /**
   * Books a callback. For a slot callback, counts the ministry's scheduled callbacks with the
   * same `slotStart` and refuses (`full`) when `capacity` are taken,
   * so two citizens cannot take the last place in a slot. "As soon as possible" callbacks
   * (`slotStart: null`) are not limited. Writes nothing unless the answer is `booked`.
   */
  bookCallback(callback: CallbackRecord, capacity: number): Promise<'booked' | 'full' | 'duplicate_reference'>;
  /** Marks a scheduled callback cancelled; returns the updated record, or `undefined` when there is none. */
  cancelCallback(reference: string, at: string): Promise<CallbackRecord | undefined>;

  appendFaqFeedback(record: FaqFeedbackRecord): Promise<void>;
  /** Records a ticket's satisfaction; `false` (and nothing written) when the ticket was already rated. */
  insertSatisfaction(record: SatisfactionRecord): Promise<boolean>;
}

/** The store. */
export interface Storage extends StorageReads {
  /**
   * Runs `fn` atomically, with an outcome as if every other transaction ran before or after
   * it. If `fn` throws or rejects, nothing it wrote is kept and the error is rethrown. `fn`
   * must use `tx`, not the store, for everything it reads and writes.
   *
   * `fn` may run more than once: when the store meets a conflict with a concurrent
   * transaction (a `TransactionConflictError`, thrown by the database or by `fn` itself),
   * everything the run wrote is rolled back and `fn` runs again on a fresh `tx`, a few times
   * at most; the last conflict is then thrown. Any other error ends it at once. So `fn` must
   * not have effects outside `tx` that a second run would repeat (a count kept in memory, a
   * message sent); deciding again from what it reads is exactly what a retry is for.
   */
  transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T>;
}

/** Content-addressed bytes of attachments, kept apart from the database (disk, object storage). */
export interface BlobStore {
  /** Stores the bytes (once per content) and returns their lower-case hex SHA-256. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `sha256`, or `undefined`. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  /**
   * Deletes the bytes under `sha256`, unless they were stored (or stored again) at or after
   * `unlessStoredSince`: an upload of the same content may be about to refer to them.
   * Answers whether anything was deleted.
   */
  delete(sha256: string, unlessStoredSince: Date): Promise<boolean>;
}
