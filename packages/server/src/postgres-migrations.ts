/**
 * The PostgreSQL schema, as an ordered list of migrations recorded in `schema_migrations`,
 * applied at start under an advisory lock so that instances starting together migrate once.
 *
 * A migration, once released, is never edited: change the schema by appending one. The
 * columns are those of the SQLite schema (migrations.ts), under the same names, so that one
 * set of row mappers (rows.ts) serves both stores.
 *
 * @module
 */
import type { Pool, PoolClient } from 'pg';
import { SchemaTooNewError, type Migration } from './migrations.ts';

/**
 * The lock every instance takes to migrate (`pg_advisory_lock`), the same number everywhere:
 * the first instance migrates while the others wait, then find nothing left to do.
 */
export const MIGRATION_LOCK = 7_261_004_116;

/**
 * The schema of the PostgreSQL store.
 *
 * Instants are ISO 8601 text, as in SQLite, so they come back exactly as stored and sort as
 * text; every text column compares byte by byte (`COLLATE "C"`), as SQLite and JavaScript do,
 * whatever the database's locale, so that lists come in the same order from every store. A reference names one ticket or one callback, never both: `taken_references` holds
 * every reference given, so two instances giving the same one at once cannot both commit.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up: `
      CREATE TABLE ministries (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        doc text COLLATE "C" NOT NULL
      );

      CREATE TABLE services (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        ministry_id text COLLATE "C" NOT NULL,
        doc text COLLATE "C" NOT NULL
      );
      CREATE INDEX services_by_ministry ON services (ministry_id, seq);

      CREATE TABLE faqs (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        ministry_id text COLLATE "C" NOT NULL,
        doc text COLLATE "C" NOT NULL
      );
      CREATE INDEX faqs_by_ministry ON faqs (ministry_id, seq);

      CREATE TABLE faq_revisions (
        ministry_id text COLLATE "C" PRIMARY KEY,
        revision integer NOT NULL
      );

      CREATE TABLE site_keys (
        key text COLLATE "C" PRIMARY KEY,
        id text COLLATE "C" NOT NULL,
        ministry_id text COLLATE "C" NOT NULL,
        allowed_origins text COLLATE "C" NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        revoked_at text COLLATE "C"
      );

      CREATE TABLE secret_keys (
        hash text COLLATE "C" PRIMARY KEY,
        id text COLLATE "C" NOT NULL,
        ministry_id text COLLATE "C",
        label text COLLATE "C" NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        revoked_at text COLLATE "C"
      );

      CREATE TABLE taken_references (
        reference text COLLATE "C" PRIMARY KEY
      );

      CREATE TABLE tickets (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference text COLLATE "C" NOT NULL UNIQUE REFERENCES taken_references (reference),
        ministry_id text COLLATE "C" NOT NULL,
        service_id text COLLATE "C" NOT NULL,
        entity_id text COLLATE "C" NOT NULL,
        status text COLLATE "C" NOT NULL,
        channel text COLLATE "C" NOT NULL,
        subject text COLLATE "C" NOT NULL,
        description text COLLATE "C" NOT NULL,
        answers text COLLATE "C" NOT NULL,
        citizen text COLLATE "C" NOT NULL,
        location text COLLATE "C",
        attachment_ids text COLLATE "C" NOT NULL,
        locale text COLLATE "C" NOT NULL,
        submitted_at text COLLATE "C" NOT NULL,
        updated_at text COLLATE "C" NOT NULL,
        expected_response_by text COLLATE "C" NOT NULL,
        first_response_at text COLLATE "C",
        resolved_at text COLLATE "C"
      );
      CREATE INDEX tickets_by_ministry ON tickets (ministry_id, submitted_at, reference);
      CREATE INDEX tickets_by_submitted ON tickets (submitted_at, reference);
      CREATE INDEX tickets_by_status ON tickets (status, ministry_id, submitted_at, reference);
      CREATE INDEX tickets_by_due ON tickets (ministry_id, expected_response_by, reference);
      CREATE INDEX tickets_by_first_response ON tickets (first_response_at) WHERE first_response_at IS NOT NULL;
      CREATE INDEX tickets_by_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;

      CREATE TABLE timeline (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference text COLLATE "C" NOT NULL REFERENCES tickets (reference),
        at text COLLATE "C" NOT NULL,
        kind text COLLATE "C" NOT NULL CHECK (kind IN ('created', 'status', 'rerouted')),
        status text COLLATE "C" NOT NULL,
        note text COLLATE "C",
        entity_id text COLLATE "C" NOT NULL
      );
      CREATE INDEX timeline_by_reference ON timeline (reference, seq);

      CREATE TABLE attachments (
        id text COLLATE "C" PRIMARY KEY,
        ministry_id text COLLATE "C" NOT NULL,
        service_id text COLLATE "C" NOT NULL,
        filename text COLLATE "C" NOT NULL,
        content_type text COLLATE "C" NOT NULL,
        size integer NOT NULL,
        sha256 text COLLATE "C" NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        ticket_reference text COLLATE "C"
      );
      CREATE INDEX attachments_uncited ON attachments (created_at) WHERE ticket_reference IS NULL;
      CREATE INDEX attachments_by_sha256 ON attachments (sha256);

      CREATE TABLE idempotency (
        ministry_id text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        request_hash text COLLATE "C" NOT NULL,
        status integer NOT NULL,
        body text COLLATE "C" NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (ministry_id, key)
      );
      CREATE INDEX idempotency_by_age ON idempotency (created_at);

      CREATE TABLE callbacks (
        reference text COLLATE "C" PRIMARY KEY REFERENCES taken_references (reference),
        ministry_id text COLLATE "C" NOT NULL,
        service_id text COLLATE "C" NOT NULL,
        status text COLLATE "C" NOT NULL,
        slot_start text COLLATE "C",
        slot_end text COLLATE "C",
        name text COLLATE "C" NOT NULL,
        phone text COLLATE "C" NOT NULL,
        locale text COLLATE "C" NOT NULL,
        reason text COLLATE "C" NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        cancelled_at text COLLATE "C",
        client text COLLATE "C"
      );
      CREATE INDEX callbacks_by_slot ON callbacks (ministry_id, status, slot_start);
      CREATE INDEX callbacks_by_phone ON callbacks (ministry_id, phone, status);
      CREATE INDEX callbacks_by_client ON callbacks (ministry_id, client, status) WHERE client IS NOT NULL;

      CREATE TABLE faq_feedback (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ministry_id text COLLATE "C" NOT NULL,
        faq_id text COLLATE "C" NOT NULL,
        helpful integer NOT NULL CHECK (helpful IN (0, 1)),
        comment text COLLATE "C",
        lang text COLLATE "C",
        at text COLLATE "C" NOT NULL
      );
      CREATE INDEX faq_feedback_by_faq ON faq_feedback (ministry_id, faq_id);

      CREATE TABLE satisfaction (
        reference text COLLATE "C" PRIMARY KEY REFERENCES tickets (reference),
        ministry_id text COLLATE "C" NOT NULL,
        service_id text COLLATE "C" NOT NULL,
        rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text COLLATE "C",
        at text COLLATE "C" NOT NULL
      );
      CREATE INDEX satisfaction_by_time ON satisfaction (ministry_id, at);
    `,
  },
  {
    version: 2,
    name: 'limits and used proofs shared by every instance',
    up: `
      -- Each attempt a rate limit counted (PostgresLimitStore), in milliseconds since the
      -- epoch, and when it leaves the longest window it was counted in.
      CREATE TABLE rate_limit_hits (
        bucket text COLLATE "C" NOT NULL,
        at_ms bigint NOT NULL,
        expires_ms bigint NOT NULL
      );
      CREATE INDEX rate_limit_hits_by_bucket ON rate_limit_hits (bucket, at_ms);
      CREATE INDEX rate_limit_hits_by_expiry ON rate_limit_hits (expires_ms);

      -- Proof-of-work challenges spent, each by one request until it expires (PostgresUsedProofs).
      CREATE TABLE used_proofs (
        id text COLLATE "C" PRIMARY KEY,
        binding text COLLATE "C" NOT NULL,
        expires_ms bigint NOT NULL
      );
      CREATE INDEX used_proofs_by_expiry ON used_proofs (expires_ms);
    `,
  },
  {
    version: 3,
    name: 'attachment bytes in the database (PostgresBlobStore)',
    up: `
      -- The bytes of each upload, in rows of 256 KiB numbered from 0, written as they arrive.
      CREATE TABLE blob_chunks (
        upload uuid NOT NULL,
        seq integer NOT NULL CHECK (seq >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (upload, seq)
      );
      -- Uploads being received: their chunks are read by no one, and deleted once stale.
      CREATE TABLE blob_uploads (
        upload uuid PRIMARY KEY,
        started_ms bigint NOT NULL
      );
      CREATE INDEX blob_uploads_by_start ON blob_uploads (started_ms);
      -- Each content stored, once: the upload whose chunks are its bytes, and when it was last stored.
      CREATE TABLE blobs (
        sha256 text COLLATE "C" PRIMARY KEY,
        upload uuid NOT NULL UNIQUE,
        size bigint NOT NULL,
        stored_ms bigint NOT NULL
      );
    `,
  },
];

/** The database's schema version (0 before any migration). */
export async function postgresSchemaVersion(db: Pool | PoolClient): Promise<number> {
  const exists = await db.query<{ found: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS found`);
  if (!exists.rows[0]!.found) return 0;
  const result = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return result.rows[0]!.version ?? 0;
}

/**
 * Brings the database up to the newest schema under `pg_advisory_lock(MIGRATION_LOCK)`:
 * instances starting at once take turns, and each applies only what the ones before left.
 * Each migration runs in its own transaction with its row in `schema_migrations`, so a crash
 * part-way leaves the previous version, and the next start applies it again.
 *
 * @returns the versions before and after.
 * @throws SchemaTooNewError when the database is newer than `migrations` (nothing is changed).
 * @throws Error naming the migration whose SQL failed (that migration is rolled back).
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<{ from: number; to: number }> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}: versions must run 1, 2, 3, … in order`);
  });
  const known = migrations.length;
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const from = await postgresSchemaVersion(client);
      if (from > known) throw new SchemaTooNewError(from, known);
      for (const migration of migrations) {
        if (migration.version <= from) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.up);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`Migration ${migration.version} ("${migration.name}") failed: ${(error as Error).message}`, { cause: error });
        }
      }
      return { from, to: await postgresSchemaVersion(client) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
