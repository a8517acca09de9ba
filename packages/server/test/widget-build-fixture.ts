/**
 * A widget build of the shape `npm run build` writes to packages/elements/dist/cdn (a loader,
 * content-hashed chunks, source maps, `.br` and `.gz` beside each, `manifest.json`), made in a
 * temporary folder so the server's tests need no build.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { WidgetManifest } from '../src/widget-code.ts';

export const FIXTURE_VERSION = '0.1.0';
export const ENTRY = 'civic-contact.js';
export const CHUNK = 'chunks/runtime-AbC123xy.js';

/** Enough repeated code that compressing it pays, as it does for the real build. */
const CODE: Record<string, string> = {
  [ENTRY]: `const load = (tag) => import('./${CHUNK}').then((m) => m.define(tag));\n${'for (const tag of ["civic-faq-search", "civic-complaint-form"]) customElements.whenDefined(tag);\n'.repeat(40)}`,
  [CHUNK]: `export function define(tag) { return tag; }\n${'export const strings = { en: "Search the answers", fr: "Chercher dans les réponses" };\n'.repeat(60)}`,
};

/** Writes the build into `dir` and answers its manifest. */
export async function writeWidgetBuild(dir: string): Promise<WidgetManifest> {
  const files: WidgetManifest['files'] = {};
  const write = async (name: string, bytes: Buffer) => {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  };
  for (const [name, code] of Object.entries(CODE)) {
    const map = Buffer.from(JSON.stringify({ version: 3, file: name, sources: [`../src/${name}.ts`], mappings: 'AAAA;'.repeat(200) }));
    for (const [file, bytes] of [[name, Buffer.from(`${code}//# sourceMappingURL=${name.split('/').pop()}.map\n`)], [`${name}.map`, map]] as const) {
      const gzip = gzipSync(bytes);
      const brotli = brotliCompressSync(bytes);
      await Promise.all([write(file, bytes), write(`${file}.gz`, gzip), write(`${file}.br`, brotli)]);
      files[file] = {
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
        bytes: bytes.length,
        gzip: gzip.length,
        brotli: brotli.length,
        hashed: file.startsWith('chunks/'),
      };
    }
  }
  const manifest: WidgetManifest = { name: '@civic-contact/elements', version: FIXTURE_VERSION, entry: ENTRY, files };
  await write('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return manifest;
}
