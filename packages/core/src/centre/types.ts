/**
 * What callers of {@link ContactCentre} pass and get back, beside the contract's types: its
 * options, the credentials and request context an HTTP adapter extracts, uploads, and the
 * answers of idempotent creates and of the sweep.
 *
 * @module
 */
import type { ContactCentre } from '../contact-centre.ts';
import type { RandomBytes, Sha256 } from '../crypto-utils.ts';
import type { DEFAULT_LIMITS, LimitsConfig } from '../limits.ts';
import type { ProofOfWorkOptions } from '../proof-of-work.ts';
import type { LimitStore, MemoryLimitStore } from '../rate-limit.ts';
import type { BlobStore, Storage } from '../storage.ts';

/** Options of {@link ContactCentre}. */
export interface ContactCentreOptions {
  storage: Storage;
  blobs: BlobStore;
  /** The clock; inject one in tests. */
  now?: () => Date;
  /** Source of randomness for references and ids; `crypto.getRandomValues` by default. */
  randomBytes?: RandomBytes;
  /**
   * SHA-256 for Idempotency-Key request hashes and secret-key lookups; Web Crypto by default,
   * which works in browsers (the mock). A server passes a faster synchronous one (node:crypto).
   */
  sha256?: Sha256;
  /** Write, booking and lookup limits, for every ministry and per ministry; {@link DEFAULT_LIMITS} where not given. */
  limits?: LimitsConfig;
  /** Where limited attempts are counted; in this process ({@link MemoryLimitStore}) by default. */
  limitStore?: LimitStore;
  /** How long an upload that no complaint cites is kept before {@link ContactCentre.sweep} deletes it. Default 24 hours. */
  uploadTtlSeconds?: number;
  /**
   * How long the answer to an idempotent request is kept for its retries before
   * {@link ContactCentre.sweep} deletes it. Default 24 hours: longer than any client retries.
   */
  idempotencyTtlSeconds?: number;
  /**
   * How long this centre keeps an answer of `GET /v1/stats/public` in memory, in seconds.
   * Default 60; 0 keeps none. A write through this centre drops at once the answers whose
   * period it falls in; another process's writes show within this time.
   */
  publicStatsCacheSeconds?: number;
  /**
   * The proof of work asked of complaints, attachments and callback bookings made with a
   * site key (see proof-of-work.ts); absent or `false`: none is asked.
   */
  proofOfWork?: ProofOfWorkOptions | false;
}

/** What one {@link ContactCentre.sweep} deleted. */
export interface SweepResult {
  /** Uploads no complaint cited in time. */
  uploads: number;
  /** Stored files no upload refers to any more. */
  blobs: number;
  /** Expired answers to idempotent requests. */
  idempotency: number;
}

/** The answer of an idempotent create: `replayed` when it is the stored answer to an earlier request with the same key. */
export interface IdempotentResult<T> {
  status: 201;
  body: T;
  replayed: boolean;
}

/** Credentials as the HTTP adapter finds them in the request headers. */
export interface Credentials {
  /** `X-Site-Key`. */
  siteKey?: string | null;
  /** `Authorization`, e.g. `Bearer sk_…`. */
  authorization?: string | null;
  /** `Origin`; absent on requests that do not come from a browser page of another origin. */
  origin?: string | null;
}

/**
 * A file the HTTP adapter has received but not yet kept, e.g. streamed to a temporary file:
 * the contact centre checks it, then either commits it into the blob store or discards it.
 */
export interface ReceivedFile {
  size: number;
  /** The first bytes, enough to sniff the type (64 are plenty). */
  head: Uint8Array;
  /** Keeps the file in the blob store and answers its SHA-256. */
  commit(): Promise<string>;
  /** Throws the file away. */
  discard(): Promise<void>;
}

/**
 * Who is asking, as the HTTP adapter finds it: what write limits and the proof of work are
 * checked against. Adapters that know nothing of the client pass the key's id.
 */
export interface RequestContext {
  /** The client: its address (behind trusted proxies, the one they forwarded), or the key's id. */
  clientId: string;
  /** The `X-Civic-Proof` header: a solved proof-of-work challenge, for writes with a site key. */
  proof?: string | null;
}

/** A file as the HTTP adapter reads it from `multipart/form-data`. */
export interface UploadInput {
  /** The `service` field: the service whose attachment limits apply. */
  serviceId: string;
  /** The file part's name, as the browser sent it. */
  filename: string;
  /** The bytes in memory, or a file received elsewhere (a server streams uploads to disk). */
  content: Uint8Array | ReceivedFile;
}
