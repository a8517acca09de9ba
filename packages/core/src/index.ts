/**
 * The contact centre's domain rules over a storage interface: what the reference server and
 * the mock build on. Other entry points: `/seed` (the demo data), `/validation` (complaint
 * checks, for the widgets), `/faq-search` (the FAQ search and its prebuilt index) and
 * `/testing` (the storage conformance suite). The HTTP binding over it is a package of its
 * own, `@civic-contact/http`, so that browser users of core never install a server framework.
 *
 * @module
 */

// The contact centre, and what its methods take and answer.
export { ContactCentre } from './contact-centre.ts';
export type {
  ContactCentreOptions,
  Credentials,
  IdempotentResult,
  ReceivedFile,
  RequestContext,
  SweepResult,
  UploadInput,
} from './contact-centre.ts';
export type { Principal } from './keys.ts';
export type { QueryInput } from './query.ts';

// What its methods throw, and the refusals an HTTP adapter makes itself (a body it cannot read, a full disk).
export { badRequest, busy, DomainError, insufficientStorage, isDomainError, payloadTooLarge, unsupportedMediaType } from './errors.ts';

// Storage: the interface a store implements, and the in-memory stores.
export type {
  AttachmentRecord,
  BlobStore,
  CallbackRecord,
  FaqFeedbackRecord,
  FirstResponseMedian,
  PublicStatsCounts,
  PublicStatsFilter,
  SatisfactionRecord,
  SatisfactionStatsRow,
  IdempotencyRecord,
  SecretKeyRecord,
  SiteKeyRecord,
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
export { MemoryBlobStore, MemoryStorage } from './memory-storage.ts';
export { DEFAULT_TRANSACTION_ATTEMPTS, retryOnConflict, SerialQueue, StorageBase } from './storage-base.ts';
export { isTransactionConflictError, TransactionConflictError } from './transaction-conflict.ts';
export { loadDemoKeys, loadSeed, seedDemo } from './seed-storage.ts';
export type { DemoKeys, SeedData } from './seed-storage.ts';

// Keys, as the command line issues them.
export { generateKey, generateKeyId, hashSecret, normaliseOrigin, validateAllowedOrigins } from './keys.ts';

// Limits, where they are counted, and the proof of work.
export { DEFAULT_LIMITS, LimitsConfigError, parseLimitsConfig } from './limits.ts';
export type { Limits, LimitsConfig } from './limits.ts';
export { isRateLimit, MemoryLimitStore } from './rate-limit.ts';
export type { LimitStore, RateLimit, RateLimitDecision } from './rate-limit.ts';
export { DEFAULT_MAX_NUMBER, MemoryUsedProofs } from './proof-of-work.ts';
export type { ProofOfWorkOptions, UsedProofs } from './proof-of-work.ts';

// Hashing and randomness a host may supply, and the frozen documents a store caches.
export { sha256Hex } from './crypto-utils.ts';
export type { RandomBytes, Sha256 } from './crypto-utils.ts';
export { deepFreeze, isDeepFrozen } from './deep-freeze.ts';
