/**
 * The contact centre as the fault run (run.ts) starts it, in a child process it can SIGKILL:
 * `node --conditions=source server-child.ts <port> <dataDir>`. Prints `READY <url>` once it
 * listens; unexpected errors (a bare 500 to a client) go to stderr as `UNEXPECTED <message>`
 * lines, which the run counts. SIGTERM closes it cleanly.
 */
import { startServer } from '../../src/server.ts';

const [portText, dataDir] = process.argv.slice(2);
if (!portText || !dataDir) {
  console.error('usage: server-child.ts <port> <dataDir>');
  process.exit(2);
}

/** Every complaint of the run comes from one loopback address and one site key: far more than a citizen may send. */
const plenty = { perClient: { limit: 1_000_000, windowSeconds: 60 }, perKey: { limit: 1_000_000, windowSeconds: 60 } };

const server = await startServer({
  port: Number(portText),
  host: '127.0.0.1',
  dataDir,
  limits: { writes: { complaint: plenty, attachment: plenty } },
  // The proof of work is asked and checked as on any server, only cheaper to solve. No fixed key:
  // each start draws its own, as a server configured without one does, so proofs solved before a
  // crash are turned away after it and the clients must solve fresh ones.
  proofOfWork: { maxNumber: 1000 },
  onError: (error) => console.error(`UNEXPECTED ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replace(/\n/g, ' | ')),
});
console.log(`READY ${server.url}`);

process.once('SIGTERM', () => {
  void server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
