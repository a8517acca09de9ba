#!/usr/bin/env node
/**
 * The translations of the elements as XLIFF 1.2, the format translators' tools read (and the
 * one `lit-localize extract` writes), for a translator's round trip: a locale out to XLIFF,
 * translated in any XLIFF tool, its modules under src/i18n/locales built back from it.
 *
 *   node scripts/xliff.mjs new <lang>       writes packages/elements/xliff/<lang>.xlf for a new
 *                                           language: every string of docs/strings.md (each form
 *                                           of a count its language has), English source, no target
 *   node scripts/xliff.mjs export <lang>    writes xliff/<lang>.xlf from a shipped locale's modules,
 *                                           its targets filled (to review or complete it)
 *   node scripts/xliff.mjs build            writes src/i18n/locales/<lang>.ts and <lang>/*.ts from
 *                                           every xliff/<lang>.xlf (then wire a new locale into
 *                                           src/i18n/localization.ts; the strings test checks it)
 *
 * Why not `lit-localize extract` itself: it reads literal `msg()` calls, and the elements word
 * everything through `m(id, …)` (the id written once, the ministry's own wording looked up
 * first; packages/elements/src/shared/view.ts). scripts/strings.mjs reads those calls instead,
 * and this file speaks the same XLIFF: `<x id="0" equiv-text="${…}"/>` for a value, one
 * `<trans-unit>` per id, one per form of a count (`<id>.few`). A `<note>same</note>` marks a
 * target that really is the English word.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readStrings } from './strings.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const xliffDir = join(root, 'packages/elements/xliff');
const localesDir = join(root, 'packages/elements/src/i18n/locales');

/** The module of each string, by its id's first part; `shared.*` and anything else go to shared.ts. */
export const MODULES = ['complaint-form', 'ticket-status', 'callback-request', 'faq-search', 'service-dashboard'];
const moduleOf = (id) => MODULES.find((name) => id.startsWith(`${name}.`)) ?? 'shared';
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unxml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A text with `{n}` for its values, as XLIFF: each value an `<x/>`. */
function toUnit(text) {
  return text
    .split(/(\{\d+\})/)
    .map((part) => (/^\{\d+\}$/.test(part) ? `<x id="${part.slice(1, -1)}" equiv-text="\${${part.slice(1, -1)}}"/>` : xml(part)))
    .join('');
}

/** XLIFF content back to a text with `{n}` for its values. */
function fromUnit(content) {
  return unxml(content.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
}

/** A template of @lit/localize (a string, or `str` with values) as a text with `{n}`. */
export function templateText(template) {
  if (typeof template === 'string') return template;
  return template.strings.map((part, n) => (n < template.values.length ? `${part}{${template.values[n]}}` : part)).join('');
}

/** The ids a shipped locale's files mark `// same in <lang>`: their target really is the English word. */
export function sameOnPurpose(lang) {
  const ids = new Set();
  for (const file of readdirSync(join(localesDir, lang))) {
    for (const line of readFileSync(join(localesDir, lang, file), 'utf8').split('\n')) {
      const id = /^\s*'([\w.-]+)':.*\/\/ same in /.exec(line)?.[1];
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** Every id a locale needs, in order: the strings of the sources, and every form of each count its language has. */
function unitsFor(lang) {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const strings = readStrings();
  const units = [];
  for (const s of strings) {
    if (!s.plural) units.push({ id: s.id, source: s.text });
    else if (s.id.endsWith('.other')) {
      const base = s.id.slice(0, -'.other'.length);
      const one = strings.find((t) => t.id === `${base}.one`);
      for (const form of forms) units.push({ id: `${base}.${form}`, source: form === 'one' && one ? one.text : s.text });
    }
  }
  return units;
}

/** The XLIFF of `lang`: `targets` by id (texts with `{n}`), `same` the ids whose target is the English on purpose. */
export function toXliff(lang, targets = {}, same = new Set()) {
  const units = unitsFor(lang).map(({ id, source }) => {
    const target = targets[id];
    return [
      `      <trans-unit id="${xml(id)}">`,
      `        <source>${toUnit(source)}</source>`,
      ...(target === undefined ? [] : [`        <target>${toUnit(target)}</target>`]),
      ...(same.has(id) ? ['        <note>same</note>'] : []),
      '      </trans-unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file target-language="${xml(lang)}" source-language="en" original="civic-contact-elements" datatype="plaintext">`,
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** An XLIFF file read: its language and, for each unit with a target, the target text and whether it is the English on purpose. */
export function fromXliff(text) {
  const lang = /target-language="([^"]+)"/.exec(text)?.[1];
  if (!lang) throw new Error('The XLIFF names no target-language');
  const units = [...text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].flatMap(([, id, body]) => {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    return target === undefined ? [] : [{ id: unxml(id), target: fromUnit(target), same: /<note>same<\/note>/.test(body) }];
  });
  return { lang, units };
}

/** A target text as TypeScript: a string literal, or a `str` template whose values are `${n}`. */
function literal(text) {
  if (!/\{\d+\}/.test(text)) return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  const body = text
    .split(/(\{\d+\})/)
    .map((part) => (/^\{\d+\}$/.test(part) ? `\${${part.slice(1, -1)}}` : part.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')))
    .join('');
  return `str\`${body}\``;
}

/** The modules of a locale, by path relative to src/i18n/locales: `<lang>.ts` and `<lang>/<module>.ts`. */
export function localeModules({ lang, units }) {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  const byModule = new Map(['shared', ...MODULES].map((module) => [module, []]));
  for (const unit of units) byModule.get(moduleOf(unit.id)).push(unit);
  const files = {};
  for (const [module, list] of byModule) {
    const usesStr = list.some((unit) => /\{\d+\}/.test(unit.target));
    files[`${lang}/${module}.ts`] = [
      `// ${name} strings of ${module === 'shared' ? 'several elements' : module}, keyed by string id. Built from`,
      `// packages/elements/xliff/${lang}.xlf by \`npm run strings\`: edit the XLIFF, not this file.`,
      `import ${usesStr ? '{ str, type TemplateMap }' : 'type { TemplateMap }'} from '@lit/localize';`,
      '',
      'export const templates: TemplateMap = {',
      ...list.map((unit) => `  '${unit.id}': ${literal(unit.target)},${unit.same ? ` // same in ${lang}` : ''}`),
      '};',
      '',
    ].join('\n');
  }
  files[`${lang}.ts`] = [
    `// ${name} strings of the elements, keyed by string id; one file per element. Built from`,
    `// packages/elements/xliff/${lang}.xlf by \`npm run strings\`: edit the XLIFF, not this file.`,
    "import type { TemplateMap } from '@lit/localize';",
    ...['shared', ...MODULES].map((module) => `import { templates as ${camel(module)} } from './${lang}/${module}.ts';`),
    '',
    `export const templates: TemplateMap = { ${['shared', ...MODULES].map((module) => `...${camel(module)}`).join(', ')} };`,
    '',
  ].join('\n');
  return files;
}

/** The XLIFF files there are: `{ lang, path }`. */
export function xliffFiles() {
  mkdirSync(xliffDir, { recursive: true });
  return readdirSync(xliffDir)
    .filter((name) => name.endsWith('.xlf'))
    .map((name) => ({ lang: name.slice(0, -'.xlf'.length), path: join(xliffDir, name) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, lang] = process.argv.slice(2);
  if (command === 'build') {
    for (const { path } of xliffFiles()) {
      const read = fromXliff(readFileSync(path, 'utf8'));
      for (const [file, content] of Object.entries(localeModules(read))) {
        mkdirSync(dirname(join(localesDir, file)), { recursive: true });
        writeFileSync(join(localesDir, file), content);
      }
      console.log(`${read.lang}: ${read.units.length} strings from ${path.slice(root.length + 1)}`);
    }
  } else if (command === 'new' && lang) {
    mkdirSync(xliffDir, { recursive: true });
    writeFileSync(join(xliffDir, `${lang}.xlf`), toXliff(lang));
    console.log(`xliff/${lang}.xlf: ${unitsFor(lang).length} strings to translate`);
  } else if (command === 'export' && lang) {
    const { templates } = await import(pathToFileURL(join(localesDir, `${lang}.ts`)).href);
    const same = sameOnPurpose(lang);
    const targets = Object.fromEntries(Object.entries(templates).map(([id, template]) => [id, templateText(template)]));
    mkdirSync(xliffDir, { recursive: true });
    writeFileSync(join(xliffDir, `${lang}.xlf`), toXliff(lang, targets, same));
    console.log(`xliff/${lang}.xlf from src/i18n/locales/${lang}.ts`);
  } else {
    console.error('Usage: node scripts/xliff.mjs build | new <lang> | export <lang>');
    process.exit(2);
  }
}
