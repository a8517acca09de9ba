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

/**
 * Widgets that go on a page of their own, not beside the citizen's services: the public
 * service dashboard. The others are the service widgets, which a ministry's service pages
 * carry together; the first-screen runtime is planned for them (rollup.config.mjs), and the
 * page with all of them has its budget (scripts/size.mjs).
 */
const OWN_PAGE = ['service-dashboard'];

/** The service widgets' folders: the complaint form, the ticket status, the callback request, the FAQ search. */
export const SERVICE_WIDGET_NAMES = WIDGET_NAMES.filter((name) => !OWN_PAGE.includes(name));
export const SERVICE_WIDGET_TAGS = SERVICE_WIDGET_NAMES.map((name) => `civic-${name}`);
