/**
 * The analyzer plugin behind packages/elements/custom-elements.json (see
 * custom-elements-manifest.config.mjs). The analyzer reads every module of the elements; what
 * a page or a tool can use of them is much less, and the manifest holds only that:
 *
 * - **Only what the package offers.** What the modules its `exports` map names (package.json)
 *   export: the classes that are elements (`@customElement`), the public class the
 *   elements share (`CivicElement`, with no tag) and the events (`class … extends Event` with
 *   a `static eventName`). Helpers, controllers, views, styles and internal classes go, and so
 *   do type-only exports, which the schema cannot describe.
 * - **Only public members.** Private, protected and `#private` members, `@state()`, statics
 *   (an event's `eventName` aside) and Lit's lifecycle go. An event's fields lose the
 *   "defaults" the analyzer reads from the constructor's assignments.
 * - **Events typed, none guessed.** Each `@fires name - …` of an element gets the class whose
 *   `eventName` it is (`type: { text: 'CivicSubmittedEvent' }`, with a reference to its
 *   declaration, whose fields are the event's); the events the analyzer guesses from
 *   `dispatchEvent(…)` calls (unnamed, or named after a variable) go. A `@fires` naming no
 *   event class stops the build.
 * - **The shared tokens** (`--civic-*`, styles/tokens.ts, described by docs/theming.md's table)
 *   on every element that reads them: each `CivicElement`, not the provider, which draws
 *   nothing. A token without its row in the table stops the build.
 * - **Paths a consumer imports**: `dist/<folder>/<name>.js`, relative to the package, as the
 *   schema asks, rather than the TypeScript sources; references to a class left out (the
 *   internal `LangElement`) point to the nearest class kept, or to Lit's `LitElement`.
 * - Schema 2.1.0 (the analyzer writes 1.0.0; 2.x only added optional fields).
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = 'packages/elements';
const SOURCES = `${PACKAGE}/src/`;
/** The class every widget extends: its styles are built on the shared tokens (styles/tokens.ts). */
const THEMED_BASE = 'CivicElement';
/** Methods every custom element or Lit element has, which are no part of an element's own API. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'render',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'shouldUpdate',
  'getUpdateComplete',
]);

/** `packages/elements/src/x/y.ts` → `dist/x/y.js`: the module a consumer imports, relative to the package. */
export function builtPath(source) {
  const path = source.replace(/^\/+/, '');
  if (!path.startsWith(SOURCES)) throw new Error(`${path} is not in ${SOURCES}`);
  return `dist/${path.slice(SOURCES.length).replace(/\.ts$/, '.js')}`;
}

/** The shared tokens: name, default (the dark one too, as `light-dark(…)`, where there is one) and what each styles. */
export function sharedTokens() {
  const source = readFileSync(`${root}${SOURCES}styles/tokens.ts`, 'utf8');
  const theming = readFileSync(`${root}docs/theming.md`, 'utf8');
  const styles = new Map(
    [...theming.matchAll(/^\| `(--civic-[a-z-]+)` \| ([^|]+) \|/gm)].map(([, name, what]) => [name, what.trim()]),
  );
  /** Later declarations (the `@supports (color: light-dark(…))` block) win, as in the browser. */
  const defaults = new Map();
  for (const [, name, value] of source.matchAll(/var\((--civic-[a-z-]+),\s*((?:[^()]|\([^()]*\))*)\)/g)) defaults.set(name, value.trim());
  return [...defaults].map(([name, value]) => {
    const what = styles.get(name);
    if (!what) throw new Error(`${name} (styles/tokens.ts) has no row in docs/theming.md's table of tokens: add what it styles there`);
    return { name, default: value, description: `${what[0].toUpperCase()}${what.slice(1)}.` };
  });
}

/** The modules @civic-contact/elements' package.json `exports` names, as source paths, and its main one (`.`). */
function entryModules() {
  const pkg = JSON.parse(readFileSync(`${root}${PACKAGE}/package.json`, 'utf8'));
  const sourceOf = (target) => (target && typeof target === 'object' && typeof target.source === 'string' ? posix.join(PACKAGE, target.source) : undefined);
  return { all: Object.values(pkg.exports).map(sourceOf).filter(Boolean), main: sourceOf(pkg.exports['.']) };
}

export function civicManifestPlugin() {
  /** Event classes by event name: `civic-submitted` → { className, path }. */
  const eventClasses = new Map();
  /** Union-of-strings types declared beside the events (`CivicErrorKind`), spelt out. */
  const unions = new Map();

  return {
    name: 'civic-contact',

    collectPhase({ ts, node }) {
      const path = node.getSourceFile().fileName.replace(/^\/+/, '');
      if (ts.isClassDeclaration(node) && node.name) {
        const extendsEvent = node.heritageClauses?.some(
          (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword && clause.types.some((type) => type.expression.getText() === 'Event'),
        );
        const eventName = node.members.find(
          (member) =>
            ts.isPropertyDeclaration(member) &&
            member.name.getText() === 'eventName' &&
            member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
        )?.initializer;
        if (extendsEvent && eventName && ts.isStringLiteral(eventName)) {
          eventClasses.set(eventName.text, { className: node.name.text, path });
        }
      }
      if (ts.isTypeAliasDeclaration(node) && path.startsWith(`${SOURCES}events/`) && ts.isUnionTypeNode(node.type)) {
        const literals = node.type.types.map((type) => (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? `'${type.literal.text}'` : undefined));
        if (literals.every(Boolean)) unions.set(node.name.text, literals.join(' | '));
      }
    },

    packageLinkPhase({ customElementsManifest: manifest }) {
      const clean = (path) => path.replace(/^\/+/, '');
      const modules = new Map(manifest.modules.map((module) => [clean(module.path), module]));
      const key = (path, name) => `${path}#${name}`;
      const target = (from, specifier) => (specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), specifier)) : clean(specifier));

      /** Where the export `name` of module `path` is declared, following re-exports; undefined for types and values not analysed. */
      function resolve(path, name, seen = new Set()) {
        const module = modules.get(path);
        if (!module || seen.has(key(path, name))) return undefined;
        seen.add(key(path, name));
        if (module.declarations?.some((declaration) => declaration.name === name)) return { path, name };
        for (const entry of module.exports ?? []) {
          if (entry.kind !== 'js' || !entry.declaration.module) continue;
          const from = target(path, entry.declaration.module);
          if (entry.name === name && from !== path) return resolve(from, entry.declaration.name, seen);
          if (entry.name === '*') {
            const found = resolve(from, name, seen);
            if (found) return found;
          }
        }
        return undefined;
      }

      /** The names module `path` exports, `export *` spelt out. */
      function exportNames(path, seen = new Set()) {
        if (seen.has(path)) return [];
        seen.add(path);
        return (modules.get(path)?.exports ?? []).flatMap((entry) => {
          if (entry.kind !== 'js') return [];
          return entry.name === '*' ? exportNames(target(path, entry.declaration.module), seen) : [entry.name];
        });
      }

      const classes = new Map();
      for (const [path, module] of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(key(path, declaration.name), { path, declaration });
        }
      }
      const { all: entries, main } = entryModules();
      const exported = new Set(entries.flatMap((entry) => exportNames(entry).map((name) => resolve(entry, name))).filter(Boolean).map(({ path, name }) => key(path, name)));
      const eventClassNames = new Set([...eventClasses.values()].map(({ className }) => className));

      // Read before any is tidied: tidying a class rewrites its superclass.
      const supers = new Map([...classes].map(([id, { declaration }]) => [id, declaration.superclass]));
      const superOf = (path, declaration) => {
        const ref = supers.get(key(path, declaration.name));
        return ref?.module ? classes.get(key(clean(ref.module), ref.name)) : undefined;
      };

      /** The elements and the events the package exports, and the exported classes the elements extend. */
      const kept = new Set();
      for (const [id, { path, declaration }] of classes) {
        if (!exported.has(id)) continue;
        if (declaration.tagName || eventClassNames.has(declaration.name)) kept.add(id);
        if (!declaration.tagName) continue;
        for (let up = superOf(path, declaration); up; up = superOf(up.path, up.declaration)) {
          if (exported.has(key(up.path, up.declaration.name))) kept.add(key(up.path, up.declaration.name));
        }
      }
      const isKept = (ref) => ref?.module !== undefined && kept.has(key(clean(ref.module), ref.name));

      /** A reference to a class: the class kept, or the nearest class it extends that is (or a package's, as Lit's). */
      function classRef(ref) {
        if (!ref) return undefined;
        if (ref.package) return ref;
        const found = classes.get(key(clean(ref.module), ref.name));
        if (!found) return { name: ref.name, package: 'global:' };
        if (kept.has(key(found.path, ref.name))) return { name: ref.name, module: builtPath(found.path) };
        return classRef(found.declaration.superclass);
      }

      /** Where a member inherited from a class left out comes from: the nearest class kept on the way, or the class itself. */
      function inheritedRef(path, declaration, from) {
        for (let up = superOf(path, declaration); up; up = superOf(up.path, up.declaration)) {
          const id = key(up.path, up.declaration.name);
          if (up.declaration.name === from.name && clean(from.module) === up.path) return undefined;
          if (kept.has(id)) return { name: up.declaration.name, module: builtPath(up.path) };
        }
        return undefined;
      }

      const tokens = sharedTokens();
      const isPublic = (member) => !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';

      function tidy(path, declaration) {
        const event = eventClassNames.has(declaration.name);
        const inherited = (item) => {
          if (!item.inheritedFrom || isKept(item.inheritedFrom)) {
            if (item.inheritedFrom) item.inheritedFrom = { name: item.inheritedFrom.name, module: builtPath(item.inheritedFrom.module) };
            return item;
          }
          const { inheritedFrom, ...rest } = item;
          const nearest = inheritedRef(path, declaration, inheritedFrom);
          return nearest ? { ...rest, inheritedFrom: nearest } : rest;
        };
        declaration.members = (declaration.members ?? [])
          .filter((member) => isPublic(member) && (event ? !member.static || member.name === 'eventName' : !member.static))
          .filter((member) => !(member.kind === 'method' && LIFECYCLE.has(member.name)))
          .map((member) => {
            if (event && member.name === 'eventName') {
              return { ...member, description: member.description ?? `The event's name, ${member.default?.replaceAll("'", '`')}: what \`addEventListener\` takes.` };
            }
            if (!event || member.static) return inherited(member);
            const { default: _assigned, ...field } = member;
            const union = unions.get(field.type?.text);
            return union ? { ...field, type: { text: union } } : field;
          });
        if (declaration.superclass) declaration.superclass = classRef(declaration.superclass);
        if (event) return;
        declaration.customElement = true;
        declaration.attributes = (declaration.attributes ?? []).map(inherited);
        for (const list of ['slots', 'cssParts', 'cssProperties']) {
          if (declaration[list]) declaration[list] = declaration[list].map(inherited);
        }
        declaration.events = (declaration.events ?? []).flatMap((fired) => {
          // No description: guessed by the analyzer from a dispatchEvent() call. The JSDoc names every event.
          if (!fired.description) return [];
          const known = eventClasses.get(fired.name);
          if (!known) {
            throw new Error(`${declaration.name}: @fires ${fired.name} names no event class (a class in ${SOURCES}events/ with static eventName = '${fired.name}')`);
          }
          const { className } = known;
          const type = { text: className, references: [{ name: className, module: builtPath(known.path), start: 0, end: className.length }] };
          return [inherited({ name: fired.name, type, description: fired.description, ...(fired.inheritedFrom ? { inheritedFrom: fired.inheritedFrom } : {}) })];
        });
        if (declaration.tagName && extendsThemedBase(path, declaration)) {
          const own = declaration.cssProperties ?? [];
          declaration.cssProperties = [...own, ...tokens.filter((token) => !own.some((property) => property.name === token.name))];
        }
      }

      function extendsThemedBase(path, declaration) {
        for (let up = superOf(path, declaration); up; up = superOf(up.path, up.declaration)) {
          if (up.declaration.name === THEMED_BASE) return true;
        }
        return false;
      }

      const out = [];
      for (const path of [...modules.keys()].sort()) {
        const module = modules.get(path);
        const declarations = (module.declarations ?? []).filter((declaration) => kept.has(key(path, declaration.name)));
        for (const declaration of declarations) tidy(path, declaration);
        // The main module lists what it re-exports; other entries (the loader, framework
        // wrappers) re-export what is listed already, and appear only with an element of their own.
        const names = path === main ? exportNames(path) : declarations.map(({ name }) => name);
        const exports = names.flatMap((name) => {
          const found = resolve(path, name);
          return found && kept.has(key(found.path, found.name)) ? [{ kind: 'js', name, declaration: { name: found.name, module: builtPath(found.path) } }] : [];
        });
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && kept.has(key(path, entry.declaration.name))) {
            exports.push({ kind: entry.kind, name: entry.name, declaration: { name: entry.declaration.name, module: builtPath(path) } });
          }
        }
        if (declarations.length > 0 || exports.length > 0) out.push({ kind: 'javascript-module', path: builtPath(path), declarations, exports });
      }
      manifest.schemaVersion = '2.1.0';
      delete manifest.readme;
      manifest.modules = out;
    },
  };
}
