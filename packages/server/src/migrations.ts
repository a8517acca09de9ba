/**
 * The SQLite schema, as an ordered list of migrations tracked in `PRAGMA user_version`.
 *
 * A migration, once released, is never edited: change the schema by appending one. Each is
 * applied in its own transaction together with the version bump, so a crash mid-migration
 * leaves the database at the previous version, and the next start applies it again.
 *
 * @module
 */
import type { DatabaseSync } from 'node:sqlite';

/** One step of the schema. */
export interface Migration {
  /** 1, 2, 3, … with no gaps: the `user_version` the database has once this step is applied. */
  readonly version: number;
  /** What the step does, for error messages. */
  readonly name: string;
  /** The SQL, run with `exec` (several statements allowed). */
  readonly up: string;
}

/** Thrown when the database was written by a newer version of the server than this one. */
export class SchemaTooNewError extends Error {
  /** The database's schema version. */
  readonly found: number;
  /** The newest schema version this code knows. */
  readonly known: number;

  constructor(found: number, known: number) {
    super(
      `The database has schema version ${found}, but this server only knows versions up to ${known}. ` +
        'It was written by a newer server: run that version (or newer) on it, or restore a backup made before the upgrade.',
    );
    this.name = 'SchemaTooNewError';
    this.found = found;
    this.known = known;
  }
}

/**
 * Milliseconds from a ticket's submission to its first response, as SQL. Migration 4 indexes
 * this very expression, and a query uses the index only when it spells it the same way: never
 * change it (a new migration would index a new one).
 */
export const FIRST_RESPONSE_WAIT_MS = "CAST(round((unixepoch(first_response_at, 'subsec') - unixepoch(submitted_at, 'subsec')) * 1000) AS INTEGER)";

/**
 * The bands of waits for a first response that migration 6 counts per day, by their lower
 * bounds in hours (the last band has no upper bound). The median of a national year is found
 * in these counts first, then read exactly inside its band. Never change them (as above).
 */
export const WAIT_BANDS_HOURS: readonly number[] = [0, 1, 2, 4, 8, 12, 16, 20, 24, 30, 36, 48, 72, 96, 144, 240];

/** {@link FIRST_RESPONSE_WAIT_MS} of a trigger's `NEW` or `OLD` row. */
const waitMsOf = (row: 'NEW' | 'OLD') => FIRST_RESPONSE_WAIT_MS.replaceAll('first_response_at', `${row}.first_response_at`).replaceAll('submitted_at', `${row}.submitted_at`);

/** The band (0, 1, …) of the wait `waitMs`, an SQL expression in milliseconds, as SQL. */
export function waitBandSql(waitMs: string): string {
  const cases = WAIT_BANDS_HOURS.slice(1).map((hours, band) => `WHEN ${waitMs} < ${hours * 3_600_000} THEN ${band}`);
  return `(CASE ${cases.join(' ')} ELSE ${WAIT_BANDS_HOURS.length - 1} END)`;
}

/**
 * The schema of the reference server.
 *
 * Tables that lists must return "in the order first stored" carry an `INTEGER PRIMARY KEY`
 * (`seq`): upserts keep it, and unlike an implicit rowid, `VACUUM` never renumbers it.
 * Documents that are only ever read whole (ministries, services, FAQs, answers, citizen,
 * location) are JSON text; everything that is filtered, sorted or counted has its own column.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up: `
      CREATE TABLE ministries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        doc TEXT NOT NULL
      );

      CREATE TABLE services (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        ministry_id TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX services_by_ministry ON services (ministry_id, seq);

      CREATE TABLE faqs (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        ministry_id TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX faqs_by_ministry ON faqs (ministry_id, seq);

      CREATE TABLE faq_revisions (
        ministry_id TEXT PRIMARY KEY,
        revision INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE site_keys (
        key TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        ministry_id TEXT NOT NULL,
        allowed_origins TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );

      CREATE TABLE secret_keys (
        hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        ministry_id TEXT,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );

      CREATE TABLE tickets (
        seq INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ministry_id TEXT NOT NULL,
        service_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT NOT NULL,
        subject TEXT NOT NULL,
        description TEXT NOT NULL,
        answers TEXT NOT NULL,
        citizen TEXT NOT NULL,
        location TEXT,
        attachment_ids TEXT NOT NULL,
        locale TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        expected_response_by TEXT NOT NULL,
        first_response_at TEXT,
        resolved_at TEXT
      );
      -- Newest-first listing and keyset pagination, per ministry and overall, and by status
      -- (status first, so that the open backlog of every ministry is one range for the stats).
      CREATE INDEX tickets_by_ministry ON tickets (ministry_id, submitted_at, reference);
      CREATE INDEX tickets_by_submitted ON tickets (submitted_at, reference);
      CREATE INDEX tickets_by_status ON tickets (status, ministry_id, submitted_at, reference);
      -- Stats periods. Partial: a new ticket has neither, so inserts do not pay for them.
      CREATE INDEX tickets_by_first_response ON tickets (first_response_at) WHERE first_response_at IS NOT NULL;
      CREATE INDEX tickets_by_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;

      CREATE TABLE timeline (
        seq INTEGER PRIMARY KEY,
        reference TEXT NOT NULL REFERENCES tickets (reference),
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'rerouted')),
        status TEXT NOT NULL,
        note TEXT,
        entity_id TEXT NOT NULL
      );
      CREATE INDEX timeline_by_reference ON timeline (reference, seq);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        ministry_id TEXT NOT NULL,
        service_id TEXT NOT NULL,
        filename TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ticket_reference TEXT
      );

      CREATE TABLE idempotency (
        ministry_id TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (ministry_id, key)
      );

      CREATE TABLE callbacks (
        reference TEXT PRIMARY KEY,
        ministry_id TEXT NOT NULL,
        service_id TEXT NOT NULL,
        status TEXT NOT NULL,
        slot_start TEXT,
        slot_end TEXT,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        locale TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        cancelled_at TEXT
      );
      -- Places taken per slot, and the "as soon as possible" queue (slot_start IS NULL).
      CREATE INDEX callbacks_by_slot ON callbacks (ministry_id, status, slot_start);

      -- A reference is what a citizen reads out on the phone: it names one ticket or one
      -- callback, never both. The store checks first; these make it a database rule too.
      CREATE TRIGGER tickets_reference_not_a_callback BEFORE INSERT ON tickets
        WHEN EXISTS (SELECT 1 FROM callbacks WHERE reference = NEW.reference)
        BEGIN SELECT RAISE(ABORT, 'reference already names a callback'); END;
      CREATE TRIGGER callbacks_reference_not_a_ticket BEFORE INSERT ON callbacks
        WHEN EXISTS (SELECT 1 FROM tickets WHERE reference = NEW.reference)
        BEGIN SELECT RAISE(ABORT, 'reference already names a ticket'); END;

      CREATE TABLE faq_feedback (
        seq INTEGER PRIMARY KEY,
        ministry_id TEXT NOT NULL,
        faq_id TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        comment TEXT,
        lang TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX faq_feedback_by_faq ON faq_feedback (ministry_id, faq_id);
    `,
  },
  {
    version: 2,
    name: 'limits and expiry',
    up: `
      -- Who booked a callback (a pseudonym of the client), for the cap on callbacks per client.
      ALTER TABLE callbacks ADD COLUMN client TEXT;
      CREATE INDEX callbacks_by_phone ON callbacks (ministry_id, phone, status);
      CREATE INDEX callbacks_by_client ON callbacks (ministry_id, client, status) WHERE client IS NOT NULL;
      -- The sweep: uploads no complaint cited, blobs no upload refers to, expired idempotency answers.
      CREATE INDEX attachments_uncited ON attachments (created_at) WHERE ticket_reference IS NULL;
      CREATE INDEX attachments_by_sha256 ON attachments (sha256);
      CREATE INDEX idempotency_by_age ON idempotency (created_at);
    `,
  },
  {
    version: 3,
    name: 'citizen satisfaction',
    up: `
      -- "How satisfied are you with how this was handled?": once per ticket, hence the key.
      CREATE TABLE satisfaction (
        reference TEXT PRIMARY KEY REFERENCES tickets (reference),
        ministry_id TEXT NOT NULL,
        service_id TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX satisfaction_by_time ON satisfaction (ministry_id, at);
    `,
  },
  {
    version: 4,
    name: 'public figures at national scale',
    up: `
      -- GET /v1/stats/public counts over indexes that hold every column it reads (issue 15: a
      -- year of a million tickets). Grouped in index order, so no sort: received per ministry,
      -- service and channel; resolved per ministry with their deadlines; ratings per rating.
      CREATE INDEX tickets_public_received ON tickets (ministry_id, service_id, channel, submitted_at);
      CREATE INDEX tickets_public_resolved ON tickets (ministry_id, resolved_at, expected_response_by) WHERE resolved_at IS NOT NULL;
      CREATE INDEX tickets_public_first_response ON tickets (ministry_id, first_response_at) WHERE first_response_at IS NOT NULL;
      CREATE INDEX satisfaction_public ON satisfaction (ministry_id, rating, at);
      -- The waits for a first response in order, per ministry and overall: the median is read
      -- at its rank (LIMIT … OFFSET) instead of sorting every wait of the period.
      CREATE INDEX tickets_public_wait ON tickets (ministry_id, ${FIRST_RESPONSE_WAIT_MS}, first_response_at) WHERE first_response_at IS NOT NULL;
      CREATE INDEX tickets_public_wait_all ON tickets (${FIRST_RESPONSE_WAIT_MS}, first_response_at) WHERE first_response_at IS NOT NULL;
    `,
  },
  {
    version: 5,
    name: 'daily counts of the public figures',
    up: `
      -- Every ministry's public figures over a year would count a million index entries per
      -- figure: instead each ticket and rating is counted once on its UTC day, per figure —
      -- 'received', 'service:<id>', 'channel:<channel>' (by submission), 'answered' (first
      -- response), 'resolved', 'within' (resolved by its expected response), 'rating:<1–5>' —
      -- and a period sums its whole UTC days here and counts the hours at its ends (and at
      -- each week's start in its zone) from the tickets themselves, exactly.
      CREATE TABLE public_daily (
        ministry_id TEXT NOT NULL,
        figure TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (ministry_id, figure, day)
      ) WITHOUT ROWID;
      -- The daily totals across ministries, for the weekly trend.
      CREATE INDEX public_daily_by_figure ON public_daily (figure, day, count);
      -- The hours at a period's ends, from the ratings themselves.
      CREATE INDEX satisfaction_by_at ON satisfaction (at);

      INSERT INTO public_daily (ministry_id, figure, day, count)
        SELECT ministry_id, figure, day, COUNT(*) FROM (
          SELECT ministry_id, 'received' AS figure, substr(submitted_at, 1, 10) AS day FROM tickets
          UNION ALL SELECT ministry_id, 'service:' || service_id, substr(submitted_at, 1, 10) FROM tickets
          UNION ALL SELECT ministry_id, 'channel:' || channel, substr(submitted_at, 1, 10) FROM tickets
          UNION ALL SELECT ministry_id, 'answered', substr(first_response_at, 1, 10) FROM tickets WHERE first_response_at IS NOT NULL
          UNION ALL SELECT ministry_id, 'resolved', substr(resolved_at, 1, 10) FROM tickets WHERE resolved_at IS NOT NULL
          UNION ALL SELECT ministry_id, 'within', substr(resolved_at, 1, 10) FROM tickets WHERE resolved_at <= expected_response_by
          UNION ALL SELECT ministry_id, 'rating:' || rating, substr(at, 1, 10) FROM satisfaction
        ) GROUP BY ministry_id, figure, day;

      -- A ticket's ministry, service, channel and submission never change once stored (a
      -- re-route moves its entity); its first response and resolution do.
      CREATE TRIGGER tickets_public_daily_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO public_daily (ministry_id, figure, day, count)
          SELECT NEW.ministry_id, figure, substr(at, 1, 10), 1 FROM (
            SELECT 'received' AS figure, NEW.submitted_at AS at
            UNION ALL SELECT 'service:' || NEW.service_id, NEW.submitted_at
            UNION ALL SELECT 'channel:' || NEW.channel, NEW.submitted_at
            UNION ALL SELECT 'answered', NEW.first_response_at
            UNION ALL SELECT 'resolved', NEW.resolved_at
            UNION ALL SELECT 'within', CASE WHEN NEW.resolved_at <= NEW.expected_response_by THEN NEW.resolved_at END
          ) WHERE at IS NOT NULL
          ON CONFLICT (ministry_id, figure, day) DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER tickets_public_daily_update AFTER UPDATE OF first_response_at, resolved_at, expected_response_by ON tickets
        WHEN OLD.first_response_at IS NOT NEW.first_response_at OR OLD.resolved_at IS NOT NEW.resolved_at
          OR OLD.expected_response_by IS NOT NEW.expected_response_by
      BEGIN
        UPDATE public_daily SET count = count - 1
          WHERE ministry_id = OLD.ministry_id AND (figure, day) IN (
            SELECT figure, substr(at, 1, 10) FROM (
              SELECT 'answered' AS figure, OLD.first_response_at AS at
              UNION ALL SELECT 'resolved', OLD.resolved_at
              UNION ALL SELECT 'within', CASE WHEN OLD.resolved_at <= OLD.expected_response_by THEN OLD.resolved_at END
            ) WHERE at IS NOT NULL);
        INSERT INTO public_daily (ministry_id, figure, day, count)
          SELECT NEW.ministry_id, figure, substr(at, 1, 10), 1 FROM (
            SELECT 'answered' AS figure, NEW.first_response_at AS at
            UNION ALL SELECT 'resolved', NEW.resolved_at
            UNION ALL SELECT 'within', CASE WHEN NEW.resolved_at <= NEW.expected_response_by THEN NEW.resolved_at END
          ) WHERE at IS NOT NULL
          ON CONFLICT (ministry_id, figure, day) DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER satisfaction_public_daily_insert AFTER INSERT ON satisfaction BEGIN
        INSERT INTO public_daily (ministry_id, figure, day, count) VALUES (NEW.ministry_id, 'rating:' || NEW.rating, substr(NEW.at, 1, 10), 1)
          ON CONFLICT (ministry_id, figure, day) DO UPDATE SET count = count + 1;
      END;
    `,
  },
  {
    version: 6,
    name: 'daily counts of the waits for a first response, by band',
    up: `
      -- 'wait:<band>' per day of the first response: every ministry's median wait is found in
      -- these counts, then read exactly inside its band along tickets_public_wait(_all).
      INSERT INTO public_daily (ministry_id, figure, day, count)
        SELECT ministry_id, 'wait:' || ${waitBandSql('wait')}, substr(first_response_at, 1, 10), COUNT(*)
        FROM (SELECT ministry_id, first_response_at, ${FIRST_RESPONSE_WAIT_MS} AS wait FROM tickets WHERE first_response_at IS NOT NULL)
        GROUP BY 1, 2, 3;
      CREATE TRIGGER tickets_public_daily_wait_insert AFTER INSERT ON tickets WHEN NEW.first_response_at IS NOT NULL BEGIN
        INSERT INTO public_daily (ministry_id, figure, day, count)
          VALUES (NEW.ministry_id, 'wait:' || ${waitBandSql(waitMsOf('NEW'))}, substr(NEW.first_response_at, 1, 10), 1)
          ON CONFLICT (ministry_id, figure, day) DO UPDATE SET count = count + 1;
      END;
      -- A ticket's submission never changes: only its first response moves its band and day.
      CREATE TRIGGER tickets_public_daily_wait_update AFTER UPDATE OF first_response_at ON tickets
        WHEN OLD.first_response_at IS NOT NEW.first_response_at
      BEGIN
        UPDATE public_daily SET count = count - 1
          WHERE OLD.first_response_at IS NOT NULL AND ministry_id = OLD.ministry_id AND day = substr(OLD.first_response_at, 1, 10)
            AND figure = 'wait:' || ${waitBandSql(waitMsOf('OLD'))};
        INSERT INTO public_daily (ministry_id, figure, day, count)
          SELECT NEW.ministry_id, 'wait:' || ${waitBandSql(waitMsOf('NEW'))}, substr(NEW.first_response_at, 1, 10), 1
          WHERE NEW.first_response_at IS NOT NULL
          ON CONFLICT (ministry_id, figure, day) DO UPDATE SET count = count + 1;
      END;
    `,
  },
  {
    version: 7,
    name: 'the hours at the ends of a period, along covering indexes',
    up: `
      -- Every ministry's hours at a period's ends (and a period within one day) are counted
      -- from the tickets by time: these indexes hold every column those counts read, so no
      -- row of the tickets (with its text) is fetched. The resolution and first-response ones
      -- replace the narrower indexes of migration 1, which lead with the same column.
      CREATE INDEX tickets_public_submitted ON tickets (submitted_at, ministry_id, service_id, channel);
      DROP INDEX tickets_by_resolved;
      CREATE INDEX tickets_by_resolved ON tickets (resolved_at, ministry_id, expected_response_by) WHERE resolved_at IS NOT NULL;
      DROP INDEX tickets_by_first_response;
      CREATE INDEX tickets_by_first_response ON tickets (first_response_at, ministry_id, submitted_at) WHERE first_response_at IS NOT NULL;
      DROP INDEX satisfaction_by_at;
      CREATE INDEX satisfaction_by_at ON satisfaction (at, ministry_id, rating);
    `,
  },
  {
    version: 8,
    name: 'monthly counts of the public figures',
    up: `
      -- public_daily summed per UTC month ('YYYY-MM'): a year of every ministry sums its whole
      -- months here and only the days of the months at its ends in public_daily. Kept by
      -- triggers on public_daily itself, so whatever counts a day counts its month too.
      CREATE TABLE public_monthly (
        ministry_id TEXT NOT NULL,
        figure TEXT NOT NULL,
        month TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (ministry_id, figure, month)
      ) WITHOUT ROWID;
      INSERT INTO public_monthly (ministry_id, figure, month, count)
        SELECT ministry_id, figure, substr(day, 1, 7), SUM(count) FROM public_daily GROUP BY 1, 2, 3;
      CREATE TRIGGER public_daily_monthly_insert AFTER INSERT ON public_daily BEGIN
        INSERT INTO public_monthly (ministry_id, figure, month, count) VALUES (NEW.ministry_id, NEW.figure, substr(NEW.day, 1, 7), NEW.count)
          ON CONFLICT (ministry_id, figure, month) DO UPDATE SET count = count + excluded.count;
      END;
      CREATE TRIGGER public_daily_monthly_update AFTER UPDATE OF count ON public_daily BEGIN
        UPDATE public_monthly SET count = count + NEW.count - OLD.count
          WHERE ministry_id = NEW.ministry_id AND figure = NEW.figure AND month = substr(NEW.day, 1, 7);
      END;
    `,
  },
  {
    version: 9,
    name: 'the days of a month in one range',
    up: `
      -- The days at a period's ends as one range of the index (then grouped), rather than one
      -- seek per ministry and figure along the primary key, which costs more than the rows.
      CREATE INDEX public_daily_by_day ON public_daily (day, ministry_id, figure, count);
    `,
  },
];

/** The database's schema version (0 for a new, empty database). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Brings the database up to the newest schema: applies, in order, each migration newer than
 * its `user_version`, each in its own `BEGIN IMMEDIATE` transaction (so two processes
 * starting together do not both apply one). Running it on an up-to-date database does nothing.
 *
 * @returns the versions before and after.
 * @throws SchemaTooNewError when the database is newer than `migrations` (nothing is changed).
 * @throws Error naming the migration whose SQL failed (that migration is rolled back).
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}: versions must run 1, 2, 3, … in order`);
  });
  const known = migrations.length;
  const from = schemaVersion(db);
  if (from > known) throw new SchemaTooNewError(from, known);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      // Another process may have migrated while this one waited for the write lock.
      const current = schemaVersion(db);
      if (current > known) throw new SchemaTooNewError(current, known);
      if (current < migration.version) {
        db.exec(migration.up);
        // user_version lives in the database header, so it commits or rolls back with the DDL.
        db.exec(`PRAGMA user_version = ${migration.version}`);
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      if (error instanceof SchemaTooNewError) throw error;
      throw new Error(`Migration ${migration.version} ("${migration.name}") failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return { from, to: schemaVersion(db) };
}
