/**
 * The custom elements manifest of @civic-contact/elements (packages/elements/custom-elements.json),
 * read by `@custom-elements-manifest/analyzer` from the elements' JSDoc (`@fires`, `@slot`,
 * `@csspart`, `@cssprop`) and their Lit decorators. `npm run manifest` (scripts/manifest.mjs)
 * runs it and writes the editors' data beside it; the plugin (scripts/manifest-plugin.mjs) keeps
 * only what the package offers: the elements, the class they share, and their events.
 */
import { civicManifestPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: [
    'packages/elements/src/**/*.test.ts',
    'packages/elements/src/**/*.run.ts',
    'packages/elements/src/**/test-fixtures.ts',
    'packages/elements/src/test-support/**',
    'packages/elements/src/i18n/locales/**',
  ],
  outdir: 'packages/elements',
  litelement: true,
  // The package's own package.json names the manifest; the analyzer would write the root's.
  packagejson: false,
  plugins: [civicManifestPlugin()],
};
