// Bundles the tsc output of @civic-contact/elements (and everything it imports) into the
// one ES module a ministry page loads with a single <script type="module"> tag.
// Run after `tsc -b`: workspace packages resolve to their built dist, never to src.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, rmSync } from 'node:fs';

const elements = 'packages/elements';

/**
 * Warnings that say nothing about our code: zod's comments that merely look like
 * annotations and its internal import cycles, and tsc's decorator helpers, which start
 * `var __esDecorate = (this && this.__esDecorate) || …` (`this` is undefined in a module,
 * exactly as the helper expects).
 */
function isKnownNoise(warning) {
  const where = warning.id ?? warning.ids?.[0] ?? '';
  if (where.includes('/node_modules/')) {
    return warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY';
  }
  return warning.code === 'THIS_IS_UNDEFINED' && /\bthis && this\.__\w+/.test(warning.frame ?? '');
}

export default {
  input: `${elements}/dist/index.js`,
  // Let the entry also export what the locale chunks share with it (lit-localize's `str`),
  // so a page loads one script and, for Arabic, one locale chunk: no third shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    // A directory rather than `file`, so lazily imported locale catalogues can become
    // their own chunks beside the bundle instead of failing the build.
    dir: `${elements}/dist`,
    entryFileNames: 'civic-contact.min.js',
    chunkFileNames: 'civic-contact-[name]-[hash].min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    {
      // Chunk names carry a content hash: remove the last build's, or they pile up beside the bundle.
      name: 'remove-previous-bundle',
      buildStart() {
        for (const file of readdirSync(`${elements}/dist`)) {
          if (/^civic-contact.*\.min\.js(\.map)?$/.test(file)) rmSync(`${elements}/dist/${file}`);
        }
      },
    },
    // No 'source' (TypeScript) and no 'development' condition: Lit's production build.
    nodeResolve({ browser: true, exportConditions: ['browser', 'default'] }),
    terser({ format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // A bare import left unresolved would reach the browser and fail there; stop here.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    if (isKnownNoise(warning)) return;
    warn(warning);
  },
};
