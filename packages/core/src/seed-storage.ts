/**
 * Loading seed data and demo keys into a {@link Storage}.
 *
 * @module
 */
import {
  FaqEntrySchema,
  fieldErrorsFromIssues,
  MinistrySchema,
  safeParse,
  ServiceDefinitionSchema,
  type FaqEntry,
  type Ministry,
  type Schema,
  type Service,
} from '@civic-contact/contract';
import { hashSecret } from './keys.ts';
import type { Storage } from './storage.ts';

/** Ministries, services and FAQs to load, e.g. `seed` from `@civic-contact/core/seed`. */
export interface SeedData {
  readonly ministries: readonly Ministry[];
  readonly services: readonly Service[];
  readonly faqs: readonly FaqEntry[];
}

/**
 * Checks the seed against the contract schemas and its own references (a service's
 * ministry and entity, an FAQ's ministry and service), then upserts all of it in one
 * transaction.
 *
 * @throws Error listing every problem; nothing is written then.
 */
export async function loadSeed(storage: Storage, seed: SeedData): Promise<void> {
  const problems: string[] = [];
  const check = (schema: Schema, value: unknown, where: string) => {
    const result = safeParse(schema, value);
    if (!result.success) {
      for (const error of fieldErrorsFromIssues(result.issues)) problems.push(`${where}.${error.field}: ${error.message} (${error.code})`);
    }
  };
  const ministries = new Map(seed.ministries.map((m) => [m.id, m]));
  const services = new Map(seed.services.map((s) => [s.id, s]));
  for (const m of seed.ministries) check(MinistrySchema, m, `ministry ${m.id}`);
  for (const s of seed.services) {
    check(ServiceDefinitionSchema, s, `service ${s.id}`);
    const ministry = ministries.get(s.ministryId);
    if (!ministry) problems.push(`service ${s.id}: unknown ministry ${s.ministryId}`);
    else if (!ministry.entities.some((e) => e.id === s.entityId)) problems.push(`service ${s.id}: ${s.ministryId} has no entity ${s.entityId}`);
  }
  for (const f of seed.faqs) {
    check(FaqEntrySchema, f, `faq ${f.id}`);
    if (!ministries.has(f.ministryId)) problems.push(`faq ${f.id}: unknown ministry ${f.ministryId}`);
    if (f.serviceId !== undefined && services.get(f.serviceId)?.ministryId !== f.ministryId) {
      problems.push(`faq ${f.id}: ${f.ministryId} has no service ${f.serviceId}`);
    }
  }
  const codes = seed.ministries.map((m) => m.code);
  for (const code of new Set(codes)) {
    if (codes.filter((c) => c === code).length > 1) problems.push(`ministry code ${code} is used more than once: references would clash`);
  }
  if (problems.length > 0) throw new Error(`The seed is not valid:\n- ${problems.join('\n- ')}`);

  await storage.transaction(async (tx) => {
    for (const m of seed.ministries) await tx.upsertMinistry(m);
    for (const s of seed.services) await tx.upsertService(s);
    for (const f of seed.faqs) await tx.upsertFaq(f);
  });
}

/**
 * Deterministic keys for the mock, demos and tests. Never use them in production: anyone
 * can read them here.
 *
 * - `site[ministryId]` = `pk_test_<ministryId>`: publishable, any origin (`*`).
 * - `secret[ministryId]` = `sk_test_<ministryId>`: the ministry's agents.
 * - `admin` = `sk_test_admin`: all ministries.
 */
export interface DemoKeys {
  site: Record<string, string>;
  secret: Record<string, string>;
  admin: string;
}

/** The all-ministries demo secret key. */
export const DEMO_ADMIN_SECRET_KEY = 'sk_test_admin';

/** The demo keys of these ministries (see {@link DemoKeys}). */
export function demoKeys(ministryIds: readonly string[]): DemoKeys {
  return {
    site: Object.fromEntries(ministryIds.map((id) => [id, `pk_test_${id}`])),
    secret: Object.fromEntries(ministryIds.map((id) => [id, `sk_test_${id}`])),
    admin: DEMO_ADMIN_SECRET_KEY,
  };
}

/** Stores the {@link demoKeys} of every ministry in the store and returns them. */
export async function loadDemoKeys(storage: Storage, now: Date = new Date()): Promise<DemoKeys> {
  const ids = (await storage.listMinistries()).map((m) => m.id);
  const keys = demoKeys(ids);
  const createdAt = now.toISOString();
  const hashes = new Map<string, string>();
  for (const secret of [...Object.values(keys.secret), keys.admin]) hashes.set(secret, await hashSecret(secret));
  await storage.transaction(async (tx) => {
    for (const id of ids) {
      await tx.upsertSiteKey({ id: `key_site_${id}`, key: keys.site[id]!, ministryId: id, allowedOrigins: ['*'], createdAt, revokedAt: null });
      await tx.upsertSecretKey({
        id: `key_secret_${id}`,
        hash: hashes.get(keys.secret[id]!)!,
        ministryId: id,
        label: `Demo agent key of ${id}`,
        createdAt,
        revokedAt: null,
      });
    }
    await tx.upsertSecretKey({
      id: 'key_secret_admin',
      hash: hashes.get(keys.admin)!,
      ministryId: null,
      label: 'Demo all-ministries key',
      createdAt,
      revokedAt: null,
    });
  });
  return keys;
}

/** Loads the seed and the demo keys: a ready demo contact centre. */
export async function seedDemo(storage: Storage, seed: SeedData, now: Date = new Date()): Promise<DemoKeys> {
  await loadSeed(storage, seed);
  return loadDemoKeys(storage, now);
}
