/**
 * What every area of the contact centre works with: the stores, the clock, randomness and
 * hashing, the limits and the proof of work, as one {@link ContactCentre} was given them.
 *
 * @module
 */
import type { ContactCentre } from '../contact-centre.ts';
import { cryptoRandomBytes, sha256Hex, type RandomBytes, type Sha256 } from '../crypto-utils.ts';
import type { FaqSearch } from '../faq-search.ts';
import { limitsResolver, type Limits } from '../limits.ts';
import { ProofOfWork } from '../proof-of-work.ts';
import { MemoryLimitStore, type LimitStore } from '../rate-limit.ts';
import type { BlobStore, Storage } from '../storage.ts';
import { PUBLIC_STATS_CACHE_SECONDS, PublicStatsCache } from './public-stats-cache.ts';
import type { ContactCentreOptions } from './types.ts';

const DAY_SECONDS = 24 * 3600;

export interface CentreContext {
  readonly storage: Storage;
  readonly blobs: BlobStore;
  readonly now: () => Date;
  readonly randomBytes: RandomBytes;
  readonly sha256: Sha256;
  readonly limits: (ministryId: string) => Limits;
  readonly limitStore: LimitStore;
  readonly uploadTtlMs: number;
  readonly idempotencyTtlMs: number;
  /** Absent when this contact centre asks for no proof of work. */
  readonly proofOfWork: ProofOfWork | undefined;
  /** Each ministry's FAQ search index, with the storage revision it was built from. */
  readonly faqIndexes: Map<string, { revision: number; search: FaqSearch }>;
  /** Recent answers of the public figures; told of every write that changes what they count. */
  readonly publicStatsCache: PublicStatsCache;
}

/** The context of one contact centre, with the defaults {@link ContactCentreOptions} promises. */
export function createContext(options: ContactCentreOptions): CentreContext {
  const now = options.now ?? (() => new Date());
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const sha256 = options.sha256 ?? sha256Hex;
  return {
    storage: options.storage,
    blobs: options.blobs,
    now,
    randomBytes,
    sha256,
    limits: limitsResolver(options.limits),
    limitStore: options.limitStore ?? new MemoryLimitStore(() => now().getTime()),
    uploadTtlMs: (options.uploadTtlSeconds ?? DAY_SECONDS) * 1000,
    idempotencyTtlMs: (options.idempotencyTtlSeconds ?? DAY_SECONDS) * 1000,
    proofOfWork: options.proofOfWork ? new ProofOfWork(options.proofOfWork, { now, randomBytes, sha256 }) : undefined,
    faqIndexes: new Map(),
    publicStatsCache: new PublicStatsCache(options.publicStatsCacheSeconds ?? PUBLIC_STATS_CACHE_SECONDS, now),
  };
}
