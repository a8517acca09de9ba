/**
 * A PostgreSQL for the tests of the PostgreSQL store: the cluster `npm test` started
 * (`TEST_DATABASE_URL`, from scripts/postgres.mjs; never `DATABASE_URL`, which may name a
 * database that matters), or else, for a test file run on its own, a
 * throwaway cluster of this process's own, stopped when it exits. Each case gets a database of
 * its own, dropped when it is done.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgres, type RunningPostgres } from '../../../scripts/postgres.mjs';

let own: Promise<RunningPostgres> | undefined;

/** The URL of the PostgreSQL the tests run on (a maintenance database: cases make their own). */
export async function postgresUrl(): Promise<string> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) return fromEnv;
  if (own === undefined) {
    own = startPostgres().then((running) => {
      // Synchronous, so that it runs in 'exit', after every case of the file has ended.
      process.on('exit', () => running.stop());
      return running;
    });
  }
  return (await own).url;
}

/** A fresh, empty database: its URL, and `drop()` once nothing is connected to it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new URL(await postgresUrl());
  const name = `civic_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.href });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
