/**
 * The widgets, read from @civic-contact/elements' package.json: every `./<name>.js` export
 * whose source is `./src/<name>/<name>.ts`, but the loader and the provider. The build
 * (rollup.config.mjs) and the size budgets (scripts/size.mjs) take their lists from here,
 * so a new widget is registered once, in the package's exports.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8'));
const NOT_WIDGETS = ['loader', 'provider'];

/** Folder names: `complaint-form`, `ticket-status`, … */
export const WIDGET_NAMES = Object.entries(pkg.exports).flatMap(([key, value]) => {
  const name = /^\.\/([a-z][a-z-]*)\.js$/.exec(key)?.[1];
  return name && !NOT_WIDGETS.includes(name) && value.source === `./src/${name}/${name}.ts` ? [name] : [];
});

/** Tags: `civic-complaint-form`, … */
export const WIDGET_TAGS = WIDGET_NAMES.map((name) => `civic-${name}`);
