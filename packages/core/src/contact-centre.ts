/**
 * The contact centre's use cases, one method per operation of the v1 contract, over a
 * {@link Storage}. HTTP adapters (the msw mock, the reference server) extract headers, path
 * parameters and bodies, call a method, and turn a thrown {@link DomainError} into
 * `application/problem+json`. Every rule lives here once.
 *
 * Tenancy: every read and write is scoped by the caller's ministry. A key of one ministry
 * meets another ministry's ticket, callback, service or FAQ exactly as it meets one that
 * does not exist.
 *
 * @module
 */
import {
  CallbackCreateRequestSchema,
  CHANNELS,
  ComplaintCreateRequestSchema,
  FaqFeedbackRequestSchema,
  FaqSearchQuerySchema,
  FIRST_DATE,
  generateReference,
  HEADERS,
  LIMITS,
  LocaleSchema,
  OPEN_TICKET_STATUSES,
  parseReference,
  RerouteRequestSchema,
  safeParse,
  ServicesQuerySchema,
  SlotsQuerySchema,
  SlugSchema,
  StatsQuerySchema,
  StatusUpdateRequestSchema,
  TicketListQuerySchema,
  type AgentTicket,
  type AgentTicketSummary,
  type Attachment,
  type Callback,
  type Challenge,
  type CallbackSlots,
  type Channel,
  type ComplaintCreated,
  type FaqArticle,
  type FaqFeedbackResponse,
  type FaqSearchResponse,
  type FieldError,
  type Kpis,
  type Ministry,
  type NamedRef,
  type Service,
  type ServiceCatalogue,
  type Stats,
  type Ticket,
  type TicketList,
  type TimelineEntry,
} from '@civic-contact/contract';
import { expectedResponseBy } from './calendar.ts';
import { canonicalJson, constantTimeEqual, cryptoRandomBytes, randomToken, sha256Hex, type RandomBytes, type Sha256 } from './crypto-utils.ts';
import {
  badRequest,
  conflict,
  forbidden,
  idempotencyConflict,
  illegalTransition,
  isDomainError,
  notFound,
  parseOrThrow,
  payloadTooLarge,
  rateLimited,
  slotFull,
  unauthorized,
  unsupportedMediaType,
  validationFailed,
} from './errors.ts';
import { createFaqSearch, type FaqSearch } from './faq-search.ts';
import { hashSecret, keyHint, normaliseOrigin, originAllowed, SECRET_KEY_PREFIX, SITE_KEY_PREFIX, type Principal } from './keys.ts';
import { ProofOfWork, refuseHoneypot, type ProofOfWorkOptions } from './proof-of-work.ts';
import { parseQuery, type QueryInput } from './query.ts';
import { limitsResolver, type Limits, type LimitsConfig, type WriteKind } from './limits.ts';
import { MemoryLimitStore, type LimitStore, type RateLimit } from './rate-limit.ts';
import { asapStatus, computeSlotDays, findSlot } from './slots.ts';
import { sniffAttachmentType } from './sniff.ts';
import { allowedTransitions, canTransition } from './status.ts';
import type { BlobStore, CallbackRecord, IdempotencyRecord, Storage, StorageTx, TicketRecord, TimelineRecord } from './storage.ts';
import { addDaysToDate, todayIn, zonedDateTimeToInstant } from './timezone.ts';
import { validateComplaint } from './validation.ts';

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

/** The reference server's command line, whose commands a refusal names as the fix. */
const CLI = 'civic-contact-server';
const DAY_SECONDS = 24 * 3600;
const REFERENCE_ATTEMPTS = 10;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]+$/;
const VERIFIER_MAX_LENGTH = 320;

/** The same answer for an unknown ticket and a wrong verifier, so neither can be told from the other. */
const TICKET_NOT_FOUND = 'No ticket matches this reference and email address or phone number. Check both and try again.';
const CALLBACK_NOT_FOUND = 'No callback matches this reference and phone number. Check both and try again.';

function named(id: string, name: NamedRef['name'] | undefined, fallbackLocale: string): NamedRef {
  return { id, name: name ?? { [fallbackLocale]: id } };
}

/** Digits of a phone number as E.164 without `+`; an international `00` prefix counts as `+`. */
function phoneDigits(value: string): string {
  const compact = value.trim().replace(/[\s().-]/g, '');
  return (compact.startsWith('00') ? compact.slice(2) : compact).replace(/\D/g, '');
}

function emailMatches(verifier: string, email: string | null): boolean {
  return email !== null && constantTimeEqual(verifier.trim().toLowerCase(), email.trim().toLowerCase());
}

function phoneMatches(verifier: string, phone: string | null): boolean {
  const digits = phoneDigits(verifier);
  return phone !== null && digits.length >= 7 && constantTimeEqual(digits, phoneDigits(phone));
}

function cleanFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // Controls (C0, C1), line separators and invisible format characters (bidi marks, overrides,
  // isolates, zero-width spaces, tags) make a name display as another: `invoice\u202Efdp.exe`
  // shows as "invoiceexe.pdf". Zero-width (non-)joiners stay: Persian words and emoji need them.
  const visible = base.replace(/(?![\u200c\u200d])[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim();
  return Array.from(visible).slice(0, 200).join('') || 'attachment';
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function encodeCursor(ticket: Pick<TicketRecord, 'submittedAt' | 'reference'>): string {
  return btoa(JSON.stringify([ticket.submittedAt, ticket.reference])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): { submittedAt: string; reference: string } {
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { submittedAt: value[0], reference: value[1] };
    }
  } catch {
    // Reported below.
  }
  throw badRequest('The cursor is not one this API gave out.', [
    { field: 'cursor', code: 'invalid_value', message: 'Use the nextCursor of the previous page.' },
  ]);
}

/** The stored answer to replay for a repeat of a request, or undefined when there is none; 409 when the key came with another request. */
function replay<T>(previous: IdempotencyRecord | undefined, requestHash: string): IdempotentResult<T> | undefined {
  if (!previous) return undefined;
  if (previous.requestHash !== requestHash) throw idempotencyConflict();
  return { status: 201, body: previous.body as T, replayed: true };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The contact centre: one async method per operation of the v1 contract. Methods take the
 * {@link Principal} from {@link ContactCentre.authenticate} and already-extracted inputs;
 * bodies and queries are `unknown` and parsed here with the contract schemas.
 */
export class ContactCentre {
  readonly #storage: Storage;
  readonly #blobs: BlobStore;
  readonly #now: () => Date;
  readonly #randomBytes: RandomBytes;
  readonly #sha256: Sha256;
  readonly #limits: (ministryId: string) => Limits;
  readonly #limitStore: LimitStore;
  readonly #uploadTtlMs: number;
  readonly #idempotencyTtlMs: number;
  readonly #faqIndexes = new Map<string, { revision: number; search: FaqSearch }>();
  readonly #proofOfWork: ProofOfWork | undefined;

  constructor(options: ContactCentreOptions) {
    this.#storage = options.storage;
    this.#blobs = options.blobs;
    this.#now = options.now ?? (() => new Date());
    this.#randomBytes = options.randomBytes ?? cryptoRandomBytes;
    this.#sha256 = options.sha256 ?? sha256Hex;
    this.#limits = limitsResolver(options.limits);
    this.#limitStore = options.limitStore ?? new MemoryLimitStore(() => this.#now().getTime());
    this.#uploadTtlMs = (options.uploadTtlSeconds ?? DAY_SECONDS) * 1000;
    this.#idempotencyTtlMs = (options.idempotencyTtlSeconds ?? DAY_SECONDS) * 1000;
    if (options.proofOfWork) this.#proofOfWork = new ProofOfWork(options.proofOfWork, { now: this.#now, randomBytes: this.#randomBytes, sha256: this.#sha256 });
  }

  /* ---------------------------------------------------------------- keys and scope */

  /**
   * Checks the caller's key. A secret key in `Authorization: Bearer sk_…` wins over an
   * `X-Site-Key`. A publishable key must allow the request's `Origin`; a request without
   * `Origin` is not from another site's page (browsers always send it cross-origin), so it
   * passes.
   *
   * @throws DomainError 401 when no key is given or the key is unknown or revoked; 403 when
   *   the origin is not allowed for the publishable key.
   */
  async authenticate(credentials: Credentials): Promise<Principal> {
    const authorization = credentials.authorization?.trim();
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthorized('Send a secret key as "Authorization: Bearer sk_…".');
      const secret = match[1]!;
      if (!secret.startsWith(SECRET_KEY_PREFIX)) {
        throw unauthorized(`Only secret keys (sk_…) go in the ${HEADERS.authorization} header; send publishable keys in ${HEADERS.siteKey}.`);
      }
      const record = await this.#storage.findSecretKeyByHash(await hashSecret(secret, this.#sha256));
      // A secret key is never repeated, not even in part.
      if (!record) throw unauthorized('This secret key is not known to this contact centre: check it against the one issued to you.');
      if (record.revokedAt !== null) {
        const scope = record.ministryId === null ? '--all-ministries' : `--ministry ${record.ministryId}`;
        throw unauthorized(
          `This secret key was revoked on ${record.revokedAt.slice(0, 10)} and no longer works: a new key is needed (${CLI} keys create ${scope} --secret).`,
        );
      }
      return { kind: 'secret', ministryId: record.ministryId, keyId: record.id };
    }
    const siteKey = credentials.siteKey?.trim();
    if (!siteKey) throw unauthorized();
    if (siteKey.startsWith(SECRET_KEY_PREFIX)) {
      throw unauthorized(
        `The ${HEADERS.siteKey} header holds a secret key (sk_…). A secret key must never be in a web page, where anyone can copy it: revoke it (${CLI} keys list, then ${CLI} keys revoke KEY_ID) and give the site its publishable key (pk_…).`,
      );
    }
    if (!siteKey.startsWith(SITE_KEY_PREFIX)) {
      throw unauthorized(`The ${HEADERS.siteKey} header takes a publishable key, which starts with pk_: check it against the one issued for this site.`);
    }
    const record = await this.#storage.findSiteKey(siteKey);
    if (!record) {
      throw unauthorized(`The site key ${keyHint(siteKey)} is not known to this contact centre: check it against the one issued for this site.`);
    }
    const origin = credentials.origin ? normaliseOrigin(credentials.origin) : null;
    if (record.revokedAt !== null) {
      throw unauthorized(
        `The site key ${keyHint(siteKey)} was revoked on ${record.revokedAt.slice(0, 10)} and no longer works: this site needs a new key (${CLI} keys create --ministry ${record.ministryId} --origin ${origin ?? 'https://…'}).`,
      );
    }
    if (!originAllowed(record.allowedOrigins, credentials.origin)) {
      const ministry = await this.#storage.getMinistry(record.ministryId);
      const whose = `The site key ${keyHint(siteKey)} of the ministry "${record.ministryId}"`;
      const create = `${CLI} keys create --ministry ${record.ministryId} --origin`;
      const contact = ministry ? { contact: { name: ministry.name, phone: ministry.contact.phone, email: ministry.contact.email } } : {};
      throw forbidden(
        origin === null
          ? `${whose} may not be used from a page without an origin of its own (Origin: ${credentials.origin}), such as a file: page or a sandboxed frame. Serve the page over https from a site the key allows, or create a key for that site's origin: ${create} https://…`
          : `${whose} may not be used from ${origin}: the key does not allow that origin. Create a key for this origin: ${create} ${origin}, and use it as the site key on that site.`,
        contact,
      );
    }
    return { kind: 'site', ministryId: record.ministryId, keyId: record.id };
  }

  /** @throws DomainError 403 unless the principal holds a secret key (agent and reporting endpoints). */
  requireSecret(principal: Principal): void {
    if (principal.kind !== 'secret') {
      throw forbidden('This endpoint needs a secret key (Authorization: Bearer sk_…); publishable site keys cannot use it.');
    }
  }

  /** @throws DomainError 403 unless the principal holds a publishable key. */
  requireSite(principal: Principal): void {
    if (principal.kind !== 'site') {
      throw forbidden(`This endpoint takes a publishable site key in ${HEADERS.siteKey}; agents read tickets through /v1/agent/tickets.`);
    }
  }

  /** The ministry a citizen-facing call acts for; an all-ministries key has none. */
  async #ministryOf(principal: Principal): Promise<Ministry> {
    if (principal.ministryId === null) {
      throw forbidden('An all-ministries key can only use the agent and reporting endpoints; use a key of the ministry.');
    }
    const ministry = await this.#storage.getMinistry(principal.ministryId);
    if (!ministry) throw unauthorized('The ministry of this key no longer exists.');
    return ministry;
  }

  /** Whether a key may see things of this ministry. */
  #mayAccess(principal: Principal, ministryId: string): boolean {
    return principal.ministryId === null || principal.ministryId === ministryId;
  }

  /**
   * The one gate every public write passes before it reads its body further: the write
   * limits of the ministry (per client and per key) and, for site keys, the proof of work.
   * `idempotencyKey` lets a retry of a request that was already made carry the same proof.
   *
   * @throws DomainError 429 (limit reached), 400/403 (proof missing, wrong or used).
   */
  async #guardWrite(kind: WriteKind, principal: Principal, ministry: Ministry, context: RequestContext, idempotencyKey: string | null): Promise<void> {
    // Secret keys are the contact centre's own desks and integrations, not the public.
    if (principal.kind !== 'site') return;
    await this.#proofOfWork?.checkWrite(kind, ministry.id, context.proof, idempotencyKey);
    const limit = this.#limits(ministry.id).writes[kind];
    // The key's bucket is checked first and counted last, so one client's refused attempts do not use up the site's.
    await this.#check(`${kind}:key:${principal.keyId}`, limit.perKey);
    await this.#consume(`${kind}:client:${ministry.id}:${context.clientId}`, limit.perClient);
    await this.#consume(`${kind}:key:${principal.keyId}`, limit.perKey);
  }

  /** Counts an attempt in `bucket`, or refuses it with 429 when the bucket is full. */
  async #consume(bucket: string, limit: RateLimit): Promise<void> {
    const decision = await this.#limitStore.consume(bucket, limit);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  }

  /** Refuses with 429 when `bucket` is full, without counting an attempt. */
  async #check(bucket: string, limit: RateLimit): Promise<void> {
    const decision = await this.#limitStore.check(bucket, limit);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  }

  /**
   * Runs a lookup by reference and verifier (`attempt`), within the lookup limits: every
   * attempt counts for the client; a failed one (the 404 that also answers a wrong verifier)
   * counts for the reference and client, and for the reference from everyone. So a stranger
   * guessing a verifier stops themselves long before the owner, who still gets in with the
   * right one; only a guess from many addresses reaches the reference's own, higher cap.
   */
  async #lookup<T>(area: string, ministry: Ministry, reference: string, clientId: string, attempt: () => Promise<T>): Promise<T> {
    const { lookups } = this.#limits(ministry.id);
    const byReference = `${area}:reference:${reference}`;
    const byReferenceAndClient = `${byReference}:client:${clientId}`;
    await this.#check(byReferenceAndClient, lookups.failuresPerReferenceAndClient);
    await this.#check(byReference, lookups.failuresPerReference);
    try {
      return await attempt();
    } catch (error) {
      if (isDomainError(error) && error.status === 404) {
        await this.#limitStore.consume(byReferenceAndClient, lookups.failuresPerReferenceAndClient);
        await this.#limitStore.consume(byReference, lookups.failuresPerReference);
      }
      throw error;
    }
  }

  /** Canonical reference, or 400 naming what is wrong with it. */
  #reference(input: string, prefixes?: readonly string[]): string {
    const parsed = parseReference(input, prefixes ? { prefixes } : undefined);
    if (!parsed.ok) {
      throw badRequest(parsed.problem.message, [{ field: 'reference', code: 'invalid_reference', message: parsed.problem.message }]);
    }
    return parsed.reference;
  }

  #verifier(verifier: string | null): string {
    const value = verifier?.trim() ?? '';
    if (value === '' || value.length > VERIFIER_MAX_LENGTH) {
      throw badRequest(`Send the email address or phone number given when filing in the ${HEADERS.verifier} header.`, [
        { field: HEADERS.verifier, code: value === '' ? 'required' : 'too_long', message: 'Enter the email address or phone number you gave us.' },
      ]);
    }
    return value;
  }

  /* ---------------------------------------------------------------- housekeeping */

  /**
   * Deletes what has outlived its use: uploads no complaint cited within the upload TTL (and
   * their bytes, unless another upload has the same content or it was stored again in the
   * last hour), and answers to idempotent requests older than theirs. A server calls it now
   * and then; running it twice, or on several instances at once, is harmless.
   */
  async sweep(): Promise<SweepResult> {
    const now = this.#now().getTime();
    const before = (ms: number) => new Date(now - ms).toISOString();
    const { uploads, orphanedBlobs, idempotency } = await this.#storage.transaction(async (tx) => {
      const removed = await tx.deleteUncitedAttachments(before(this.#uploadTtlMs));
      return { ...removed, idempotency: await tx.deleteIdempotencyBefore(before(this.#idempotencyTtlMs)) };
    });
    let blobs = 0;
    // An hour's grace: an upload of the same bytes that is between storing them and recording itself.
    const grace = new Date(now - 3600_000);
    for (const sha256 of orphanedBlobs) if (await this.#blobs.delete(sha256, grace)) blobs++;
    return { uploads, blobs, idempotency };
  }

  /* ---------------------------------------------------------------- services */

  /**
   * `GET /v1/services?ministry=…`: the key's ministry and its services. An all-ministries key
   * names the ministry (its agents route that ministry's tickets to its teams); a ministry's
   * key may name only its own.
   *
   * @throws DomainError 400 (bad query, unknown ministry), 403 (another ministry's; an
   *   all-ministries key naming none).
   */
  async listServices(principal: Principal, query: QueryInput = null): Promise<ServiceCatalogue> {
    const { ministry: named } = parseQuery(ServicesQuerySchema, query);
    const ministry = principal.ministryId === null && named !== undefined ? await this.#storage.getMinistry(named) : await this.#ministryOf(principal);
    if (!ministry) throw badRequest('There is no such ministry.', [{ field: 'ministry', code: 'invalid_choice', message: 'There is no such ministry.' }]);
    if (named !== undefined && named !== ministry.id) throw forbidden('A ministry key sees only its own ministry’s services.');
    return { ministry, services: await this.#storage.listServices(ministry.id) };
  }

  /**
   * `GET /v1/challenge`: a proof-of-work challenge for the next complaint, attachment or
   * callback of a site key, harder for a client that keeps asking.
   *
   * @throws DomainError 403 (not a site key), 404 when this contact centre asks for no proof.
   */
  async challenge(principal: Principal, context: RequestContext): Promise<Challenge> {
    this.requireSite(principal);
    const ministry = await this.#ministryOf(principal);
    if (!this.#proofOfWork) throw notFound('This contact centre asks for no proof of work: send public writes without one.');
    return this.#proofOfWork.issue(ministry.id, context.clientId);
  }

  /* ---------------------------------------------------------------- idempotency */

  #idempotencyKey(key: string | null): string | null {
    if (key === null) return null;
    if (key.length < LIMITS.idempotencyKeyMinLength || key.length > LIMITS.idempotencyKeyMaxLength || !IDEMPOTENCY_KEY.test(key)) {
      throw badRequest(
        `The ${HEADERS.idempotencyKey} header must be ${LIMITS.idempotencyKeyMinLength} to ${LIMITS.idempotencyKeyMaxLength} visible ASCII characters, such as a UUID.`,
        [{ field: HEADERS.idempotencyKey, code: 'invalid_format', message: 'Use a new UUID for each request, and the same one when retrying it.' }],
      );
    }
    return key;
  }

  /**
   * Runs `create` in a transaction guarded by the Idempotency-Key: a repeat of the same
   * request gets the stored answer; the same key with another request is a conflict. A
   * create that fails stores nothing, so the key stays free.
   */
  async #idempotent<T>(
    operation: string,
    ministryId: string,
    key: string | null,
    rawBody: unknown,
    guard: () => Promise<void>,
    create: (tx: StorageTx) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    const requestHash = key === null ? '' : await this.#sha256(`${operation}\n${canonicalJson(rawBody)}`);
    // A repeat of a request that was stored is answered before the gate: it files nothing, so it
    // needs no fresh proof of work and no room in the limits. Otherwise a retry across a server
    // restart (whose new key refuses the old proof) could be refused, and a client that then
    // took a new key would file twice.
    const stored = key === null ? undefined : replay<T>(await this.#storage.getIdempotency(ministryId, key), requestHash);
    if (stored) return stored;
    await guard();
    return this.#storage.transaction(async (tx) => {
      if (key !== null) {
        const previous = replay<T>(await tx.getIdempotency(ministryId, key), requestHash);
        if (previous) return previous;
      }
      const body = await create(tx);
      if (key !== null) {
        const stored = await tx.putIdempotency({
          ministryId,
          key,
          requestHash,
          status: 201,
          body,
          createdAt: this.#now().toISOString(),
        });
        // Only a store without serialised transactions can get here; its rollback undoes the create.
        if (!stored) throw conflict(`Another request with this ${HEADERS.idempotencyKey} is in progress. Retry in a moment.`);
      }
      return { status: 201, body, replayed: false };
    });
  }

  /**
   * Stores a new record under a fresh random reference. `store(reference)` writes it and
   * answers false, having written nothing, when the reference is taken (the store checks that
   * inside the transaction anyway); then another is drawn.
   */
  async #storeUnderNewReference(ministry: Ministry, store: (reference: string) => Promise<boolean>): Promise<string> {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const reference = generateReference(ministry.code, this.#randomBytes);
      if (await store(reference)) return reference;
    }
    // 35 random bits make this astronomically unlikely unless the randomness is broken.
    throw new Error(`Could not find a free reference for ${ministry.code} in ${REFERENCE_ATTEMPTS} attempts`);
  }

  /* ---------------------------------------------------------------- complaints */

  /**
   * `POST /v1/complaints`. Validates the body against the contract and then against the
   * service definition (every field error at once), checks the cited attachments, and files
   * the ticket with its first timeline entry, all in one transaction.
   *
   * @throws DomainError 400 (bad Idempotency-Key), 409 (key reused with another body), 422.
   */
  async createComplaint(
    principal: Principal,
    body: unknown,
    idempotencyKey: string | null,
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<IdempotentResult<ComplaintCreated>> {
    const ministry = await this.#ministryOf(principal);
    const key = this.#idempotencyKey(idempotencyKey);
    const request = parseOrThrow(ComplaintCreateRequestSchema, this.#object(body));
    refuseHoneypot(request);
    const now = this.#now();
    const guard = () => this.#guardWrite('complaint', principal, ministry, context, key);
    return this.#idempotent('createComplaint', ministry.id, key, body, guard, async (tx) => {
      const service = await this.#service(tx, ministry, request.service);
      const errors: FieldError[] = validateComplaint(service, request, { today: todayIn(ministry.timeZone, now) });
      if (principal.kind === 'site' && request.channel !== undefined && request.channel !== 'web') {
        errors.push({ field: 'channel', code: 'not_allowed', message: 'Complaints filed with a site key come through the web channel.' });
      }
      const attachmentIds = request.attachments ?? [];
      if (service.attachments.maxFiles > 0) errors.push(...(await this.#checkAttachments(tx, ministry, service, attachmentIds)));
      if (errors.length > 0) throw validationFailed(errors);

      const submittedAt = now.toISOString();
      const { citizen } = request;
      const ticket: Omit<TicketRecord, 'reference'> = {
        ministryId: ministry.id,
        serviceId: service.id,
        entityId: service.entityId,
        status: 'received',
        channel: request.channel ?? 'web',
        subject: request.subject,
        description: request.description,
        answers: request.answers ?? {},
        citizen: {
          name: citizen.name ?? null,
          email: citizen.email ?? null,
          phone: citizen.phone ?? null,
          preferredLocale: citizen.preferredLocale ?? null,
        },
        location: request.location ?? null,
        attachmentIds: [...attachmentIds],
        locale: request.locale ?? citizen.preferredLocale ?? ministry.defaultLocale,
        submittedAt,
        updatedAt: submittedAt,
        expectedResponseBy: expectedResponseBy(now, service.responseTargetDays, ministry).toISOString(),
        firstResponseAt: null,
        resolvedAt: null,
      };
      const first: TimelineRecord = { at: submittedAt, kind: 'created', status: 'received', note: null, entityId: service.entityId };
      const reference = await this.#storeUnderNewReference(ministry, (reference) => tx.insertTicket({ reference, ...ticket }, first));
      if (attachmentIds.length > 0) await tx.citeAttachments(attachmentIds, reference);
      return { reference, status: ticket.status, submittedAt, expectedResponseBy: ticket.expectedResponseBy };
    });
  }

  /** 400 for a body that is not a JSON object at all: there is no field to blame. */
  #object(body: unknown): unknown {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest('The body must be a JSON object.');
    }
    return body;
  }

  /** A service of this ministry, or 422 on `service`: another ministry's service is as unknown as a made-up one. */
  async #service(reader: Pick<Storage, 'getService'>, ministry: Ministry, serviceId: string): Promise<Service> {
    const service = await reader.getService(serviceId);
    if (!service || service.ministryId !== ministry.id) {
      throw validationFailed([{ field: 'service', code: 'invalid_choice', message: 'Choose one of the services listed by GET /v1/services.' }]);
    }
    return service;
  }

  async #checkAttachments(tx: StorageTx, ministry: Ministry, service: Service, ids: readonly string[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [index, id] of ids.entries()) {
      const field = `attachments.${index}`;
      if (seen.has(id)) {
        errors.push({ field, code: 'invalid_value', message: 'This file is listed twice.' });
        continue;
      }
      seen.add(id);
      const attachment = await tx.getAttachment(id);
      if (!attachment || attachment.ministryId !== ministry.id || attachment.serviceId !== service.id) {
        errors.push({ field, code: 'invalid_value', message: 'This file was not uploaded for this service. Upload it again.' });
      } else if (attachment.ticketReference !== null) {
        errors.push({ field, code: 'invalid_value', message: 'This file is already part of another complaint. Upload it again.' });
      }
    }
    return errors;
  }

  /* ---------------------------------------------------------------- attachments */

  /**
   * `POST /v1/attachments`: stores one file for a later complaint. Its type is sniffed from
   * the bytes, never taken from the name or the declared type.
   *
   * @param input - the upload, or how to read it: an adapter passes a reader, so that a
   *   refused key, proof or limit stops the upload before its bytes are received.
   * @throws DomainError 413 above the service's size limit, 415 for a type the service does
   *   not take, 422 for an unknown service, a service without attachments, or an empty file;
   *   429 past the upload limits.
   */
  async uploadAttachment(
    principal: Principal,
    input: UploadInput | (() => Promise<UploadInput>),
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<Attachment> {
    let upload = typeof input === 'function' ? undefined : input;
    let received = upload && !(upload.content instanceof Uint8Array) ? upload.content : null;
    try {
      const ministry = await this.#ministryOf(principal);
      await this.#guardWrite('attachment', principal, ministry, context, null);
      upload ??= await (input as () => Promise<UploadInput>)();
      received = upload.content instanceof Uint8Array ? null : upload.content;
      return await this.#keepAttachment(ministry, upload, received);
    } catch (error) {
      await received?.discard();
      throw error;
    }
  }

  async #keepAttachment(ministry: Ministry, input: UploadInput, received: ReceivedFile | null): Promise<Attachment> {
    const service = await this.#service(this.#storage, ministry, input.serviceId);
    const limits = service.attachments;
    if (limits.maxFiles === 0) {
      throw validationFailed([{ field: 'file', code: 'not_allowed', message: 'This service does not accept attachments.' }]);
    }
    const bytes = received ? null : (input.content as Uint8Array);
    const size = received ? received.size : bytes!.byteLength;
    if (size === 0) throw validationFailed([{ field: 'file', code: 'required', message: 'The selected file is empty.' }]);
    const maxBytes = Math.min(limits.maxBytes, LIMITS.attachmentMaxBytes);
    if (size > maxBytes) throw payloadTooLarge(`The file must be smaller than ${formatBytes(maxBytes)}.`);
    const contentType = sniffAttachmentType(received ? received.head : bytes!);
    if (contentType === null || !limits.types.includes(contentType)) {
      throw unsupportedMediaType(`The file must be one of: ${limits.types.join(', ')}.`);
    }
    const sha256 = received ? await received.commit() : await this.#blobs.put(bytes!);
    const attachment: Attachment = { id: `att_${randomToken(26, this.#randomBytes)}`, filename: cleanFilename(input.filename), contentType, size, sha256 };
    await this.#storage.transaction((tx) =>
      tx.insertAttachment({ ...attachment, ministryId: ministry.id, serviceId: service.id, createdAt: this.#now().toISOString(), ticketReference: null }),
    );
    return attachment;
  }

  /* ---------------------------------------------------------------- tickets (citizens) */

  /**
   * `GET /v1/tickets/{reference}` with the verifier: the ticket as the citizen may see it,
   * timeline newest first. An unknown reference, another ministry's reference and a wrong
   * verifier all get the same 404. Limited per client (every attempt), and per reference
   * (failed attempts: per client, and from everyone with a higher cap).
   *
   * @param clientId - who is asking, for rate limiting (the client address).
   * @throws DomainError 400 (malformed reference, no verifier), 403 (not a site key), 404, 429.
   */
  async getTicket(principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Ticket> {
    this.requireSite(principal);
    const ministry = await this.#ministryOf(principal);
    await this.#consume(`ticket:client:${ministry.id}:${clientId}`, this.#limits(ministry.id).lookups.perClient);
    const canonical = this.#reference(reference, [ministry.code]);
    const proof = this.#verifier(verifier);
    const ticket = await this.#lookup('ticket', ministry, canonical, clientId, async () => {
      const ticket = await this.#storage.getTicket(canonical);
      const matches =
        ticket !== undefined &&
        ticket.ministryId === ministry.id &&
        (proof.includes('@') ? emailMatches(proof, ticket.citizen.email) : phoneMatches(proof, ticket.citizen.phone));
      if (!ticket || !matches) throw notFound(TICKET_NOT_FOUND);
      return ticket;
    });

    const [timeline, service] = await Promise.all([this.#storage.getTimeline(canonical), this.#storage.getService(ticket.serviceId)]);
    return {
      reference: ticket.reference,
      service: named(ticket.serviceId, service?.name, ministry.defaultLocale),
      status: ticket.status,
      entity: this.#entity(ministry, ticket.entityId),
      submittedAt: ticket.submittedAt,
      updatedAt: ticket.updatedAt,
      expectedResponseBy: ticket.expectedResponseBy,
      timeline: this.#timeline(ministry, timeline),
    };
  }

  #entity(ministry: Ministry, entityId: string): NamedRef {
    return named(entityId, ministry.entities.find((e) => e.id === entityId)?.name, ministry.defaultLocale);
  }

  /** Newest first: the order written, reversed (several entries may share a millisecond). */
  #timeline(ministry: Ministry, records: TimelineRecord[]): TimelineEntry[] {
    return records
      .map((r) => ({ at: r.at, kind: r.kind, status: r.status, note: r.note, entity: this.#entity(ministry, r.entityId) }))
      .reverse();
  }

  /* ---------------------------------------------------------------- callbacks */

  /**
   * `GET /v1/callbacks/slots?service=…&from=…&days=…`: the centre's calendar with free places.
   *
   * @throws DomainError 400 (bad query, or a service without callbacks), 404 (unknown service).
   */
  async callbackSlots(principal: Principal, query: QueryInput): Promise<CallbackSlots> {
    const ministry = await this.#ministryOf(principal);
    const { service: serviceId, from: fromQuery, days: daysQuery } = parseQuery(SlotsQuerySchema, query);
    const service = await this.#storage.getService(serviceId);
    if (!service || service.ministryId !== ministry.id) throw notFound('There is no such service.');
    if (!service.callbacks) {
      throw badRequest('This service does not offer callbacks.', [
        { field: 'service', code: 'not_allowed', message: 'This service does not offer callbacks.' },
      ]);
    }
    const now = this.#now();
    const from = fromQuery ?? todayIn(ministry.timeZone, now);
    const days = daysQuery ?? LIMITS.slotDaysDefault;
    // A day either side covers every slot of the listed local days, whatever the offset.
    const [booked, queue] = await Promise.all([
      this.#storage.countBookedSlots(
        ministry.id,
        new Date(`${addDaysToDate(from, -1)}T00:00:00Z`).toISOString(),
        new Date(`${addDaysToDate(from, days + 1)}T00:00:00Z`).toISOString(),
      ),
      this.#storage.countAsapQueue(ministry.id),
    ]);
    return {
      service: service.id,
      timeZone: ministry.timeZone,
      days: computeSlotDays({ ministry, from, days, now, booked }),
      asap: asapStatus(ministry, now, queue),
    };
  }

  /**
   * `POST /v1/callbacks`: books a callback "as soon as possible" or in a listed slot.
   * The capacity check and the booking are one atomic step, so two citizens cannot take the
   * last place in a slot. Idempotent like complaints.
   *
   * @throws DomainError 400, 409 (slot full, key reused), 422 (including a slot that is not offered).
   */
  async createCallback(
    principal: Principal,
    body: unknown,
    idempotencyKey: string | null,
    context: RequestContext = { clientId: principal.keyId },
  ): Promise<IdempotentResult<Callback>> {
    const ministry = await this.#ministryOf(principal);
    const key = this.#idempotencyKey(idempotencyKey);
    const request = parseOrThrow(CallbackCreateRequestSchema, this.#object(body));
    refuseHoneypot(request);
    const now = this.#now();
    // Secret keys (an agent booking for a caller) are not capped, and leave no client behind.
    const client = principal.kind === 'site' ? (await this.#sha256(`client\n${ministry.id}\n${context.clientId}`)).slice(0, 32) : null;
    const guard = () => this.#guardWrite('callback', principal, ministry, context, key);
    return this.#idempotent('createCallback', ministry.id, key, body, guard, async (tx) => {
      if (client !== null) await this.#checkActiveCallbacks(tx, ministry, request.phone, client, now);
      const service = await this.#service(tx, ministry, request.service);
      if (!service.callbacks) {
        throw validationFailed([{ field: 'service', code: 'not_allowed', message: 'This service does not offer callbacks.' }]);
      }
      let slot: { start: string; end: string } | null = null;
      if (request.schedule.type === 'slot') {
        slot = findSlot(ministry, request.schedule.start, now);
        if (slot === null) {
          throw validationFailed([
            { field: 'schedule.start', code: 'invalid_value', message: 'This time is not offered. Choose one of the listed slots.' },
          ]);
        }
      }
      const record: Omit<CallbackRecord, 'reference'> = {
        ministryId: ministry.id,
        serviceId: service.id,
        status: 'scheduled',
        slotStart: slot?.start ?? null,
        slotEnd: slot?.end ?? null,
        name: request.name,
        phone: request.phone,
        locale: request.locale,
        reason: request.reason,
        createdAt: now.toISOString(),
        cancelledAt: null,
        client,
      };
      const reference = await this.#storeUnderNewReference(ministry, async (reference) => {
        const outcome = await tx.bookCallback({ reference, ...record }, ministry.callbackCapacity);
        if (outcome === 'full') throw slotFull();
        return outcome === 'booked';
      });
      return this.#callbackView(ministry, { reference, ...record });
    });
  }

  /**
   * 429 when the phone number, or the client, already holds as many callbacks not yet due as
   * the ministry allows: so nobody can book every place of the calendar, whatever the rate.
   * Checked in the booking's transaction, so bookings sent at once cannot pass it together.
   */
  async #checkActiveCallbacks(tx: StorageTx, ministry: Ministry, phone: string, client: string, now: Date): Promise<void> {
    const { perPhone, perClient } = this.#limits(ministry.id).activeCallbacks;
    const at = now.toISOString();
    const [byPhone, byClient] = await Promise.all([
      tx.countActiveCallbacks(ministry.id, { phone }, at),
      tx.countActiveCallbacks(ministry.id, { client }, at),
    ]);
    const refuse = (count: number, who: string) =>
      rateLimited(
        3600,
        `${who} already ${count === 1 ? 'has a callback' : `has ${count} callbacks`} booked. Cancel one with its reference, or wait until it has taken place, before booking another.`,
      );
    if (byPhone >= perPhone) throw refuse(byPhone, 'This phone number');
    if (byClient >= perClient) throw refuse(byClient, 'This device or network');
  }

  #callbackView(ministry: Ministry, record: CallbackRecord): Callback {
    return {
      reference: record.reference,
      service: record.serviceId,
      status: record.status,
      slot: record.slotStart !== null && record.slotEnd !== null ? { start: record.slotStart, end: record.slotEnd } : null,
      timeZone: ministry.timeZone,
      locale: record.locale,
      createdAt: record.createdAt,
    };
  }

  /**
   * `DELETE /v1/callbacks/{reference}` with the phone number as verifier. Cancelling a
   * callback that is already cancelled answers the cancelled callback again (a retried
   * DELETE must not fail); a completed callback, or one whose slot has begun, is a 409.
   * Rate limited like ticket lookups, in buckets of its own.
   *
   * @throws DomainError 400, 404 (unknown reference and wrong phone alike), 409, 429.
   */
  async cancelCallback(principal: Principal, reference: string, verifier: string | null, clientId: string): Promise<Callback> {
    const ministry = await this.#ministryOf(principal);
    await this.#consume(`cancel:client:${ministry.id}:${clientId}`, this.#limits(ministry.id).lookups.perClient);
    const canonical = this.#reference(reference, [ministry.code]);
    const phone = this.#verifier(verifier);
    const now = this.#now();
    return this.#lookup('cancel', ministry, canonical, clientId, () => this.#storage.transaction(async (tx) => {
      const callback = await tx.getCallback(canonical);
      if (!callback || callback.ministryId !== ministry.id || !phoneMatches(phone, callback.phone)) {
        throw notFound(CALLBACK_NOT_FOUND);
      }
      if (callback.status === 'cancelled') return this.#callbackView(ministry, callback);
      if (callback.status !== 'scheduled') throw conflict(`This callback is ${callback.status} and can no longer be cancelled.`);
      if (callback.slotStart !== null && callback.slotStart <= now.toISOString()) {
        throw conflict('This callback’s time has begun, so it can no longer be cancelled.');
      }
      const cancelled = await tx.cancelCallback(canonical, now.toISOString());
      if (!cancelled) throw new Error(`Callback ${canonical} changed during the transaction`);
      return this.#callbackView(ministry, cancelled);
    }));
  }

  /* ---------------------------------------------------------------- FAQs */

  /** The ministry's search index, rebuilt when its FAQs change (the storage revision says so, across API instances). */
  async #faqSearch(ministry: Ministry): Promise<FaqSearch> {
    const revision = await this.#storage.faqRevision(ministry.id);
    const cached = this.#faqIndexes.get(ministry.id);
    if (cached && cached.revision === revision) return cached.search;
    const search = createFaqSearch(await this.#storage.listFaqs(ministry.id), ministry);
    this.#faqIndexes.set(ministry.id, { revision, search });
    return search;
  }

  /** `GET /v1/faq/search?q=…&lang=…&limit=…&service=…`: ranked, typo-tolerant, highlighted. */
  async searchFaq(principal: Principal, query: QueryInput): Promise<FaqSearchResponse> {
    const ministry = await this.#ministryOf(principal);
    const { q, lang, limit, service } = parseQuery(FaqSearchQuerySchema, query);
    const search = await this.#faqSearch(ministry);
    return search.search(q, { lang, limit: limit ?? LIMITS.searchLimitDefault, serviceId: service });
  }

  /**
   * `GET /v1/faq/{id}?lang=…`: one FAQ in the asked language, or the ministry's default.
   *
   * @throws DomainError 400 (malformed `lang`), 404.
   */
  async getFaq(principal: Principal, id: string, lang: string | null): Promise<FaqArticle> {
    const ministry = await this.#ministryOf(principal);
    if (lang !== null && lang !== '' && !safeParse(LocaleSchema, lang).success) {
      throw badRequest('The lang parameter must be a language tag such as "en" or "fr-CA".', [
        { field: 'lang', code: 'invalid_format', message: 'Expected a language tag such as "en" or "fr-CA".' },
      ]);
    }
    const search = await this.#faqSearch(ministry);
    const article = safeParse(SlugSchema, id).success ? search.article(id, lang || undefined) : undefined;
    if (!article) throw notFound('There is no such question.');
    return article;
  }

  /**
   * `POST /v1/faq/{id}/feedback`: "Did this answer your question?"
   *
   * @throws DomainError 404 (unknown FAQ or another ministry's), 422.
   */
  async faqFeedback(principal: Principal, id: string, body: unknown, context: RequestContext = { clientId: principal.keyId }): Promise<FaqFeedbackResponse> {
    const ministry = await this.#ministryOf(principal);
    await this.#guardWrite('faqFeedback', principal, ministry, context, null);
    const faq = safeParse(SlugSchema, id).success ? await this.#storage.getFaq(id) : undefined;
    if (!faq || faq.ministryId !== ministry.id) throw notFound('There is no such question.');
    const request = parseOrThrow(FaqFeedbackRequestSchema, this.#object(body));
    await this.#storage.transaction((tx) =>
      tx.appendFaqFeedback({
        ministryId: ministry.id,
        faqId: faq.id,
        helpful: request.helpful,
        comment: request.comment ?? null,
        lang: request.lang ?? null,
        at: this.#now().toISOString(),
      }),
    );
    return { id: faq.id, recorded: true };
  }

  /* ---------------------------------------------------------------- agents */

  /** The time zone that calendar dates in agent queries are read in: the key's ministry's, or UTC for an all-ministries key. */
  async #agentTimeZone(ministryId: string | null): Promise<string> {
    if (ministryId === null) return 'UTC';
    return (await this.#storage.getMinistry(ministryId))?.timeZone ?? 'UTC';
  }

  /**
   * `GET /v1/agent/tickets`: the key's tickets (every ministry's for an all-ministries key),
   * newest first, filtered, a page at a time. `from`/`to` are calendar dates in the
   * ministry's time zone (UTC for an all-ministries key), both inclusive.
   */
  async listTickets(principal: Principal, query: QueryInput): Promise<TicketList> {
    this.requireSecret(principal);
    const q = parseQuery(TicketListQuerySchema, query);
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
    }
    const timeZone = await this.#agentTimeZone(principal.ministryId);
    const limit = q.limit ?? LIMITS.ticketPageSizeDefault;
    const rows = await this.#storage.listTickets({
      ministryId: principal.ministryId,
      status: q.status,
      serviceId: q.service,
      entityId: q.entity,
      submittedFrom: q.from === undefined ? undefined : zonedDateTimeToInstant(q.from, '00:00', timeZone).toISOString(),
      submittedBefore: q.to === undefined ? undefined : zonedDateTimeToInstant(addDaysToDate(q.to, 1), '00:00', timeZone).toISOString(),
      after: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const items = page.map(
      (t): AgentTicketSummary => ({
        reference: t.reference,
        ministryId: t.ministryId,
        serviceId: t.serviceId,
        entityId: t.entityId,
        status: t.status,
        channel: t.channel,
        subject: t.subject,
        submittedAt: t.submittedAt,
        updatedAt: t.updatedAt,
        expectedResponseBy: t.expectedResponseBy,
      }),
    );
    const last = page.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /** A ticket the key may see, or the 404 that also answers unknown references. */
  async #agentTicketRecord(reader: Pick<Storage, 'getTicket'>, principal: Principal, reference: string): Promise<TicketRecord> {
    const ticket = await reader.getTicket(reference);
    if (!ticket || !this.#mayAccess(principal, ticket.ministryId)) throw notFound('There is no such ticket.');
    return ticket;
  }

  async #agentView(reader: Pick<Storage, 'getMinistry' | 'getTimeline' | 'getAttachment'>, ticket: TicketRecord): Promise<AgentTicket> {
    const [ministry, timeline, attachments] = await Promise.all([
      reader.getMinistry(ticket.ministryId),
      reader.getTimeline(ticket.reference),
      Promise.all(ticket.attachmentIds.map((id) => reader.getAttachment(id))),
    ]);
    if (!ministry) throw new Error(`Ticket ${ticket.reference} belongs to a missing ministry`);
    const { attachmentIds: _ids, ...rest } = ticket;
    return {
      ...rest,
      attachments: attachments
        .filter((a) => a !== undefined)
        .map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
      timeline: this.#timeline(ministry, timeline),
    };
  }

  /** `GET /v1/agent/tickets/{reference}`: everything an agent needs. */
  async getAgentTicket(principal: Principal, reference: string): Promise<AgentTicket> {
    this.requireSecret(principal);
    const canonical = this.#reference(reference);
    return this.#agentView(this.#storage, await this.#agentTicketRecord(this.#storage, principal, canonical));
  }

  /**
   * `POST /v1/agent/tickets/{reference}/status`: a new status with a public note. The first
   * change sets `firstResponseAt`; `resolved` sets `resolvedAt` and re-opening clears it.
   *
   * @throws DomainError 404, 409 (illegal transition), 422.
   */
  async updateTicketStatus(principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
    this.requireSecret(principal);
    const canonical = this.#reference(reference);
    const request = parseOrThrow(StatusUpdateRequestSchema, this.#object(body));
    const now = this.#now().toISOString();
    return this.#storage.transaction(async (tx) => {
      const ticket = await this.#agentTicketRecord(tx, principal, canonical);
      if (!canTransition(ticket.status, request.status)) {
        throw illegalTransition(ticket.status, request.status, allowedTransitions(ticket.status));
      }
      const resolvedAt = request.status === 'resolved' ? now : request.status === 'reopened' ? null : ticket.resolvedAt;
      await tx.updateTicket(
        canonical,
        { status: request.status, updatedAt: now, firstResponseAt: ticket.firstResponseAt ?? now, resolvedAt },
        { at: now, kind: 'status', status: request.status, note: request.note ?? null, entityId: ticket.entityId },
      );
      return this.#agentView(tx, (await tx.getTicket(canonical))!);
    });
  }

  /**
   * `POST /v1/agent/tickets/{reference}/route`: hands the ticket to another entity of its
   * ministry; the status stays as it is.
   *
   * @throws DomainError 404, 409 (already there, or closed), 422 (unknown entity).
   */
  async rerouteTicket(principal: Principal, reference: string, body: unknown): Promise<AgentTicket> {
    this.requireSecret(principal);
    const canonical = this.#reference(reference);
    const request = parseOrThrow(RerouteRequestSchema, this.#object(body));
    const now = this.#now().toISOString();
    return this.#storage.transaction(async (tx) => {
      const ticket = await this.#agentTicketRecord(tx, principal, canonical);
      const ministry = await tx.getMinistry(ticket.ministryId);
      if (!ministry?.entities.some((e) => e.id === request.entity)) {
        throw validationFailed([
          { field: 'entity', code: 'invalid_choice', message: `Choose one of: ${ministry?.entities.map((e) => e.id).join(', ') ?? ''}.` },
        ]);
      }
      if (request.entity === ticket.entityId) throw conflict(`The ticket is already with ${request.entity}.`);
      if (ticket.status === 'closed') throw conflict('A closed ticket cannot be re-routed; re-open it first.');
      await tx.updateTicket(
        canonical,
        { entityId: request.entity, updatedAt: now },
        { at: now, kind: 'rerouted', status: ticket.status, note: request.note ?? null, entityId: request.entity },
      );
      return this.#agentView(tx, (await tx.getTicket(canonical))!);
    });
  }

  /* ---------------------------------------------------------------- stats */

  /**
   * `GET /v1/stats?from=…&to=…&ministry=…`: the KPIs of a public service dashboard.
   *
   * The period is calendar days, both inclusive, in the ministry's time zone (UTC across
   * ministries); it defaults to the 30 days up to today. `received` counts tickets submitted
   * in the period; `resolved` and the within-target share count tickets resolved in it;
   * the median first response is over tickets first answered in it; `openBacklog` is the
   * open tickets now. An all-ministries key sees every ministry (or the one in `ministry`);
   * a ministry key sees only its own.
   *
   * @throws DomainError 400 (bad query), 403 (a ministry key asking for another ministry).
   */
  async stats(principal: Principal, query: QueryInput): Promise<Stats> {
    this.requireSecret(principal);
    const q = parseQuery(StatsQuerySchema, query);
    if (principal.ministryId !== null && q.ministry !== undefined && q.ministry !== principal.ministryId) {
      throw forbidden('A ministry key sees only its own ministry’s figures.');
    }
    const scope = principal.ministryId ?? q.ministry ?? null;
    const ministries = scope === null ? await this.#storage.listMinistries() : [await this.#storage.getMinistry(scope)];
    if (ministries.some((m) => m === undefined)) {
      throw badRequest('There is no such ministry.', [{ field: 'ministry', code: 'invalid_choice', message: 'There is no such ministry.' }]);
    }
    const scoped = ministries as Ministry[];
    const now = this.#now();
    const timeZone = scope === null ? 'UTC' : scoped[0]!.timeZone;
    const to = q.to ?? todayIn(timeZone, now);
    // The 30 days up to a `to` early in 1900 start on the contract's first date, which the answer can say.
    const monthBefore = addDaysToDate(to, -29);
    const from = q.from ?? (monthBefore < FIRST_DATE ? FIRST_DATE : monthBefore);
    if (from > to) {
      throw badRequest('"from" must not be after "to".', [{ field: 'from', code: 'invalid_value', message: 'Must not be after "to".' }]);
    }
    const start = zonedDateTimeToInstant(from, '00:00', timeZone).toISOString();
    const before = zonedDateTimeToInstant(addDaysToDate(to, 1), '00:00', timeZone).toISOString();
    const rows = await this.#storage.ticketStatsRows({ ministryId: scope, from: start, before, openStatuses: OPEN_TICKET_STATUSES });
    const inPeriod = (instant: string | null) => instant !== null && instant >= start && instant < before;
    const submitted = rows.filter((r) => inPeriod(r.submittedAt));

    const kpis = (subset: typeof rows): Kpis => {
      const resolved = subset.filter((r) => inPeriod(r.resolvedAt));
      const withinTarget = resolved.filter((r) => r.resolvedAt! <= r.expectedResponseBy).length;
      const firstResponses = subset
        .filter((r) => inPeriod(r.firstResponseAt))
        .map((r) => (Date.parse(r.firstResponseAt!) - Date.parse(r.submittedAt)) / 3_600_000);
      const medianHours = median(firstResponses);
      return {
        received: subset.filter((r) => inPeriod(r.submittedAt)).length,
        resolved: resolved.length,
        openBacklog: subset.filter((r) => OPEN_TICKET_STATUSES.includes(r.status)).length,
        medianFirstResponseHours: medianHours === null ? null : round(Math.max(0, medianHours), 2),
        resolvedWithinTargetShare: resolved.length === 0 ? null : round(withinTarget / resolved.length, 4),
      };
    };

    const volume = new Map<string, { serviceId: string; ministryId: string; count: number }>();
    for (const ministry of scoped) {
      for (const service of await this.#storage.listServices(ministry.id)) {
        volume.set(`${ministry.id}/${service.id}`, { serviceId: service.id, ministryId: ministry.id, count: 0 });
      }
    }
    for (const row of submitted) {
      const key = `${row.ministryId}/${row.serviceId}`;
      const entry = volume.get(key) ?? { serviceId: row.serviceId, ministryId: row.ministryId, count: 0 };
      entry.count++;
      volume.set(key, entry);
    }
    const byChannel = new Map<Channel, number>(CHANNELS.map((c) => [c, 0]));
    for (const row of submitted) byChannel.set(row.channel, (byChannel.get(row.channel) ?? 0) + 1);

    return {
      generatedAt: now.toISOString(),
      period: { from, to },
      ministryId: scope,
      overall: kpis(rows),
      volumeByService: [...volume.values()].sort(
        (a, b) => b.count - a.count || a.ministryId.localeCompare(b.ministryId) || a.serviceId.localeCompare(b.serviceId),
      ),
      volumeByChannel: [...byChannel].map(([channel, count]) => ({ channel, count })),
      byMinistry: scoped.map((m) => ({ ministryId: m.id, kpis: kpis(rows.filter((r) => r.ministryId === m.id)) })),
    };
  }
}
