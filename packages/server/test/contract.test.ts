/**
 * The shared contract cases against the reference server: a real server on a random port
 * over a fresh SQLite database in a temporary directory for each case, reached through the
 * SDK and the global `fetch`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { startServer } from '@civic-contact/server';
import { contractSuite } from '../../sdk/test/contract-suite.ts';

contractSuite('server', async ({ now, proofOfWork, limits }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'civic-contact-contract-'));
  const unexpected: unknown[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, now, proofOfWork, limits, onError: (error) => unexpected.push(error) });
  return {
    baseUrl: server.url,
    keys: server.keys!,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
      if (unexpected.length > 0) throw new Error(`The server met unexpected errors: ${unexpected.map((e) => inspect(e)).join('\n')}`);
    },
  };
});
