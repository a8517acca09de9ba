/**
 * What the server asks of its store beyond {@link Storage}: the CORS check, the key commands,
 * the feedback report and closing. The SQLite store (one machine, the default) and the
 * PostgreSQL store (several instances, chosen by `DATABASE_URL`) both give it.
 *
 * @module
 */
import type { ServerBlobStore } from './disk-blob-store.ts';
import type { FaqFeedbackRecord, LimitStore, SecretKeyRecord, SiteKeyRecord, Storage, UsedProofs } from '@civic-contact/core';

/** A key as `keys list` shows it; a secret key without its hash. */
export type KeyListing = ({ kind: 'site' } & SiteKeyRecord) | ({ kind: 'secret' } & Omit<SecretKeyRecord, 'hash'>);

/** What `GET /ready` reports of the store. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** How a store's connection pool is used now, for the metrics. */
export interface PoolUse {
  /** Connections open, idle or in use. */
  total: number;
  /** Open connections no one is using. */
  idle: number;
  /** Requests waiting for a connection, every one being in use. */
  waiting: number;
}

/** A {@link Storage} the server can run on. */
export interface ServerStorage extends Storage {
  /**
   * Whether an active publishable key allows pages of this `Origin` (`*` allows any). A CORS
   * preflight carries no key, so this is all it can be checked against.
   */
  siteKeyAllowsOrigin(origin: string): Promise<boolean>;
  /** Every publishable and secret key (secret ones without their hash), oldest first: for the `keys list` command. */
  listKeys(): Promise<KeyListing[]>;
  /** Revokes the active key (publishable or secret) with this id; `false` when there is none. */
  revokeKey(id: string, at: string): Promise<boolean>;
  /** Every FAQ feedback recorded so far, oldest first (for tests and reports). */
  feedback(): Promise<FaqFeedbackRecord[]>;
  /**
   * Whether the database answers and has every migration this code knows applied, for
   * `GET /ready`. Never throws; the reason names no host or error text, since it is public.
   */
  readiness(): Promise<Readiness>;
  /**
   * The rate-limit counters and the spent proofs of work, kept in the database when it is
   * shared by several instances (PostgreSQL), so that they count and refuse together;
   * `undefined` keeps them in the process (SQLite: one machine, one instance).
   *
   * @param now - the clock in milliseconds.
   */
  sharedLimits(now: () => number): { limitStore: LimitStore; usedProofs: UsedProofs } | undefined;
  /**
   * A store for attachments' bytes in the database, when it is shared by several instances
   * (PostgreSQL), so that each reads what another received; `undefined` keeps them on disk
   * (SQLite: one machine).
   *
   * @param now - the clock in milliseconds.
   */
  sharedBlobs(now: () => number): ServerBlobStore | undefined;
  /** The connection pool's use now (PostgreSQL); `undefined` for a store with no pool (SQLite: one connection, transactions in turn). */
  poolUse(): PoolUse | undefined;
  /** Waits for transactions under way, then closes the connections. Later calls do nothing. */
  close(): Promise<void>;
}
