/**
 * The shared contract cases against the reference server on PostgreSQL: as contract.test.ts,
 * but each case's server stores in a fresh PostgreSQL database of its own (`TEST_DATABASE_URL`'s
 * cluster, see ./postgres.ts) instead of SQLite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { startServer } from '@civic-contact/server';
import { contractSuite } from '../../sdk/test/contract-suite.ts';
import { freshDatabase } from './postgres.ts';

contractSuite('server on PostgreSQL', async ({ now, proofOfWork, limits }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-contract-pg-'));
  const database = await freshDatabase();
  const unexpected: unknown[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: database.url,
    now,
    proofOfWork,
    limits,
    onError: (error) => unexpected.push(error),
  });
  return {
    baseUrl: server.url,
    keys: server.keys!,
    async close() {
      await server.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
      if (unexpected.length > 0) throw new Error(`The server met unexpected errors: ${unexpected.map((e) => inspect(e)).join('\n')}`);
    },
  };
});
