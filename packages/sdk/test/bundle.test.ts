/**
 * What a bundler keeps of the SDK: a page pays only for the resources it uses, and importing
 * the SDK runs nothing, as `"sideEffects": false` in package.json promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type PluginBuild } from 'esbuild';

/** Bundles `contents` as a browser page would, with the SDK and the contract from source. */
async function bundle(contents: string, options: BuildOptions = {}): Promise<string> {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    minify: true,
    logLevel: 'silent',
    ...options,
  });
  return outputFiles![0]!.text;
}

const options = `{ baseUrl: 'https://contact.gov.example', siteKey: 'pk_live_moh' }`;
/** The operation names of the resources other than tickets and services, each found only in its resource. */
const OTHER_OPERATIONS = ['agent.tickets.list', 'stats.get', 'callbacks.create', 'callbacks.slots', 'complaints.create', 'faq.search', 'attachments.upload'];
const has = (code: string, operation: string) => code.includes(`"${operation}"`);

test('a page that uses createBaseClient with tickets and services carries no other resource', async () => {
  const code = await bundle(`
    import { createBaseClient, ServicesResource, TicketsResource } from '@civic-contact/sdk';
    const client = createBaseClient(${options});
    export const tickets = client.use(TicketsResource);
    export const services = client.use(ServicesResource);
  `);
  assert.ok(has(code, 'tickets.get') && has(code, 'services.list'));
  assert.deepEqual(OTHER_OPERATIONS.filter((operation) => has(code, operation)), []);
});

test('a page that uses createClient carries every resource', async () => {
  const code = await bundle(`import { createClient } from '@civic-contact/sdk'; export const client = createClient(${options});`);
  assert.deepEqual(OTHER_OPERATIONS.filter((operation) => !has(code, operation)), []);
});

test('importing the SDK runs nothing at the top level of any of its modules', async () => {
  // ignoreAnnotations disregards "sideEffects": false, so what survives is what would run on import.
  // The error messages, imported only when something goes wrong, and the proof-of-work solver,
  // imported only by a write, are left out: a bundler makes them chunks of their own (without
  // splitting, esbuild wraps them in a lazy initialiser).
  const failuresApart = {
    name: 'failures-apart',
    setup(build: PluginBuild) {
      build.onResolve({ filter: /\/(failures|proof-of-work)\.ts$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  const code = await bundle(`import '@civic-contact/sdk';`, {
    ignoreAnnotations: true,
    external: ['@civic-contact/contract'],
    plugins: [failuresApart],
  });
  assert.equal(code.replace(/import\{[^}]*\}from"@civic-contact\/contract";/g, '').trim(), '');
});
