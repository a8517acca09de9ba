/**
 * The bench scripts import the server and core from TypeScript source, which the machine's
 * Node 20 cannot strip: under an older Node, `runOnNode24` runs the script again on the Node 24
 * that npm installed (node_modules/.bin/node), with `flags`, and exits with its status.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Call first, with the script's `import.meta.url`: returns only when this Node is 24 or newer. */
export function runOnNode24(scriptUrl, flags = ['--conditions=source']) {
  if (Number(process.versions.node.split('.')[0]) >= 24) return;
  const node24 = join(root, 'node_modules', '.bin', 'node');
  const run = spawnSync(node24, [...flags, fileURLToPath(scriptUrl), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) console.error(`Cannot run ${node24} (run npm ci first): ${run.error.message}`);
  process.exit(run.status ?? 1);
}
