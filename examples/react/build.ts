/**
 * Builds the React example with esbuild into the example ministry site's `react/` folder
 * (ignored by git), which the reference server serves beside its API: `npm start`, then
 * open `/react/`. Run `tsc -b` first: the app imports `@civic-contact/react` as a
 * published package resolves, from its `dist`.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Where the reference server's example site serves it, at `/react/`. */
export const OUT_DIR = join(here, '../ministry-site/react');

/** Bundles `src/main.tsx` (React, the wrappers and the elements they register) and copies the page beside it. */
export async function buildReactExample(outdir: string = OUT_DIR): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { main: join(here, 'src/main.tsx') },
    outdir,
    bundle: true,
    // The elements fetch their later steps on demand: those stay chunks of their own.
    splitting: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = await buildReactExample();
  console.log(`Built the React example into ${relative(process.cwd(), outdir)}/.`);
  console.log('Run `npm start` and open the printed address followed by /react/ (by default http://localhost:3000/react/).');
}
