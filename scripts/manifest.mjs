#!/usr/bin/env node
/**
 * `npm run manifest`: the elements described for tools, from their JSDoc and decorators.
 *
 *   node scripts/manifest.mjs           writes, in packages/elements/:
 *     custom-elements.json              the custom elements manifest (schema 2.1), by
 *                                       @custom-elements-manifest/analyzer with
 *                                       custom-elements-manifest.config.mjs
 *     vscode.html-custom-data.json      VS Code's custom HTML data (`html.customData`):
 *                                       tags, their attributes and values, in completion and hover
 *     web-types.json                    JetBrains' web-types: elements, attributes, properties,
 *                                       events, slots, CSS parts and custom properties
 *   node scripts/manifest.mjs --check   fails when any of them is not what the sources give
 *
 * The editors' files are converted here from the manifest rather than by the analyzer's
 * third-party plugins: those read and rewrite the working directory's package.json (the
 * repository's, not the package's), format through prettier, and list the shared tokens once
 * per element; these are a few lines each over the manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = 'packages/elements';
export const MANIFEST = `${PACKAGE}/custom-elements.json`;
export const VSCODE_DATA = `${PACKAGE}/vscode.html-custom-data.json`;
export const WEB_TYPES = `${PACKAGE}/web-types.json`;

/** The manifest as the sources give it now (nothing written). */
export async function analyze() {
  return cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true });
}

/** Every element with a tag, sorted by tag, with the module (a path in the package) that defines it. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations.filter((declaration) => declaration.tagName).map((element) => ({ module: module.path, element })))
    .sort((a, b) => a.element.tagName.localeCompare(b.element.tagName));
}

/** The event class a fired event is, from the manifest (its fields are the event's). */
export function eventClass(manifest, event) {
  const ref = event.type?.references?.[0];
  const module = manifest.modules.find((candidate) => candidate.path === ref?.module);
  return module?.declarations.find((declaration) => declaration.name === ref?.name);
}

/** `'book' | 'cancel'` → ['book', 'cancel']; undefined for any other type. */
export function literalValues(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
}

/** The package subpath that imports a module of the manifest (`dist/provider/provider.js` → `@civic-contact/elements/provider.js`). */
export function importPath(module, pkg) {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target).filter((value) => typeof value === 'string');
    if (files.includes(`./${module}`)) return `${pkg.name}${subpath.slice(1)}`;
  }
  return undefined;
}

/** The attributes of an element with their property's type where the attribute lacks one. */
function attributesOf(element) {
  return (element.attributes ?? []).map((attribute) => {
    const field = element.members?.find((member) => member.name === attribute.fieldName);
    return { ...attribute, type: attribute.type ?? field?.type };
  });
}

const markdown = (value) => ({ kind: 'markdown', value });
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** What an element is, then one line each for its events, slots and parts: what VS Code shows on hover. */
function summary(manifest, element) {
  const lines = [element.description ?? ''];
  const events = (element.events ?? []).map((event) => `\`${event.name}\` (${event.type?.text})`);
  const slots = (element.slots ?? []).map((slot) => (slot.name ? `\`${slot.name}\`` : 'the default slot'));
  const parts = (element.cssParts ?? []).map((part) => `\`${part.name}\``);
  if (events.length) lines.push(`**Events:** ${events.join(', ')}`);
  if (slots.length) lines.push(`**Slots:** ${slots.join(', ')}`);
  if (parts.length) lines.push(`**Parts:** ${parts.join(', ')}`);
  return lines.join('\n\n');
}

/** VS Code's custom HTML data (version 1.1): https://github.com/microsoft/vscode-custom-data */
export function vsCodeData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map(({ element }) => ({
      name: element.tagName,
      description: markdown(summary(manifest, element)),
      attributes: attributesOf(element).map((attribute) => {
        const type = attribute.type?.text;
        const values = literalValues(type);
        const facts = [type && !values && type !== 'string' ? `Type: \`${type}\`.` : '', attribute.default && attribute.default !== "''" ? `Default: \`${attribute.default}\`.` : ''];
        return {
          name: attribute.name,
          description: markdown([attribute.description, facts.filter(Boolean).join(' ')].filter(Boolean).join('\n\n')),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(type === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains' web-types (format 2.0): https://github.com/JetBrains/web-types */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ module, element }) => {
          const source = importPath(module, pkg);
          const events = (element.events ?? []).map((event) => ({ name: event.name, description: event.description, type: event.type?.text }));
          return {
            name: element.tagName,
            description: element.description,
            ...(source ? { source: { module: source, symbol: element.name } } : {}),
            attributes: attributesOf(element).map((attribute) => {
              // A union of strings ('book' | 'cancel') is offered as those values, in TypeScript's syntax.
              return {
                name: attribute.name,
                description: attribute.description,
                ...(attribute.default && attribute.default !== "''" ? { default: attribute.default } : {}),
                value: { type: attribute.type?.text ?? 'string' },
              };
            }),
            slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description })),
            events: events.map(({ name, description }) => ({ name, description })),
            js: {
              properties: (element.members ?? [])
                .filter((member) => member.kind === 'field')
                .map((field) => ({ name: field.name, description: field.description, type: field.type?.text })),
              events,
            },
            css: {
              properties: (element.cssProperties ?? []).map((property) => ({
                name: property.name,
                description: oneLine(`${property.description ?? ''}${property.default ? ` Default: \`${property.default}\`.` : ''}`),
              })),
              parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
            },
          };
        }),
      },
    },
  };
}

/** The three files as the sources give them: path → text. */
export async function generate() {
  const manifest = await analyze();
  const pkg = JSON.parse(readFileSync(`${root}${PACKAGE}/package.json`, 'utf8'));
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    manifest,
    files: {
      [MANIFEST]: json(manifest),
      [VSCODE_DATA]: json(vsCodeData(manifest)),
      [WEB_TYPES]: json(webTypes(manifest, pkg)),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files } = await generate();
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(files)) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(`${root}${path}`, 'utf8');
      } catch {}
      if (current !== text) stale.push(path);
    } else {
      writeFileSync(`${root}${path}`, text);
    }
  }
  if (stale.length > 0) {
    console.error(`Not what the sources give (run npm run manifest): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (!check) console.log(`Wrote ${Object.keys(files).join(', ')}`);
}
