#!/usr/bin/env node
/**
 * Every string the elements show, read from their sources: each `m('id', 'English')` or
 * `m('id', str`… ${value} …`)` call (the one wording path, packages/elements/src/shared/view.ts),
 * `rich('id', str`…`)` the same with marked-up values, and `count('id', n, { one, other })`.
 *
 *   node scripts/strings.mjs            writes docs/strings.md, the catalogue of every string
 *                                       id with its English text and its placeholders, for
 *                                       ministries that word things their own way or add a
 *                                       locale at run time; and the elements' table of the
 *                                       placeholders' names (src/i18n/placeholders.ts)
 *   node scripts/strings.mjs --check    fails when either is not what the sources give
 *
 * `readStrings()` is what the tests use to check every shipped locale against the sources.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const sources = join(root, 'packages/elements/src');
const catalogue = join(root, 'docs/strings.md');
const placeholders = join(sources, 'i18n/placeholders.ts');

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'i18n' && entry.name !== 'test-support') yield* walk(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'test-fixtures.ts') {
      yield path;
    }
  }
}

/** The escapes of a JavaScript string literal, read: `\u00a0`, `\n`, `\'`… */
function escaped(source, at) {
  const next = source[at + 1];
  if (next === 'u') return { char: String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)), length: 6 };
  return { char: { n: '\n', t: '\t' }[next] ?? next, length: 2 };
}

/** The quoted string starting at `source[at]` (' or "), and where it ends. */
function quoted(source, at) {
  const quote = source[at];
  let text = '';
  let i = at + 1;
  while (source[i] !== quote) {
    if (source[i] === '\\') {
      const { char, length } = escaped(source, i);
      text += char;
      i += length;
    } else {
      text += source[i++];
    }
  }
  return { text, end: i + 1 };
}

/** The `str` template starting at the backtick `source[at]`: its fixed parts and the source of each value. */
function template(source, at) {
  const parts = [''];
  const values = [];
  let i = at + 1;
  while (source[i] !== '`') {
    if (source[i] === '\\') {
      const { char, length } = escaped(source, i);
      parts[parts.length - 1] += char;
      i += length;
    } else if (source[i] === '$' && source[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      while (depth > 0) {
        if (source[j] === '{') depth += 1;
        else if (source[j] === '}') depth -= 1;
        j += 1;
      }
      values.push(source.slice(i + 2, j - 1).trim());
      parts.push('');
      i = j;
    } else {
      parts[parts.length - 1] += source[i++];
    }
  }
  return { parts, values, end: i + 1 };
}

/** Names that say what a value's expression does, not what it is. */
const NOT_NAMES = new Set(['view', 'this', 'Math', 'String', 'Number', 'undefined', 'null', 'true', 'false']);

/**
 * The name of a value, for a ministry's wording (`{count}` rather than `{0}`): the last name in
 * its source that is not a function called or a helper, e.g. `view.number(limits.maxFiles)` →
 * `maxFiles`, `formatSize(service.attachments.maxBytes, view)` → `maxBytes`.
 */
export function valueName(expression) {
  const names = [...expression.replace(/(['"`]).*?\1/g, '').matchAll(/[A-Za-z_$][\w$]*(?=\s*(\(?))/g)]
    .filter((match) => match[1] !== '(' && !NOT_NAMES.has(match[0]))
    .map((match) => match[0]);
  return names.at(-1) ?? 'value';
}

/** The names of `values`, each once: a name a string has twice gets its position after it (`name2`). */
function valueNames(values) {
  const names = values.map(valueName);
  return names.map((name, n) => (names.indexOf(name) !== n || names.lastIndexOf(name) !== n ? `${name}${n + 1}` : name));
}

/**
 * Every string of the elements: `{ id, text, values, names, files }`, sorted by id. `text` writes
 * each value as `{0}`, `{1}`…; `values` are the source expressions they come from. An id
 * used twice must carry the same text.
 */
export function readStrings() {
  const byId = new Map();
  for (const path of walk(sources)) {
    // Comments blanked out, offsets kept: an example in a JSDoc block is not a string of the elements.
    const source = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
      .replace(/^\s*\/\/.*$/gm, (comment) => comment.replace(/[^\n]/g, ' '));
    /** The literal English text at `at`: a quoted string or a `str` template. */
    const literal = (at, id) => {
      if (source.startsWith('str`', at)) {
        const { parts, values } = template(source, at + 3);
        return { text: parts.map((part, n) => (n < values.length ? `${part}{${n}}` : part)).join(''), values };
      }
      if (source[at] === "'" || source[at] === '"') return { text: quoted(source, at).text, values: [] };
      throw new Error(`${relative(root, path)}: the English text of ${id} must be a literal`);
    };
    const found = [];
    for (const match of source.matchAll(/\b(?:m|rich)\(\s*(['"])([\w.-]+)\1\s*,\s*/g)) {
      found.push({ id: match[2], ...literal(match.index + match[0].length, match[2]) });
    }
    // count('id', n, { one: …, other: … }): the English forms, each an id of its own (`id.one`, `id.other`).
    for (const match of source.matchAll(/\bcount\(\s*(['"])([\w.-]+)\1\s*,/g)) {
      for (const form of ['one', 'other']) {
        const at = source.indexOf(`${form}:`, match.index);
        const start = at + form.length + 1 + /^\s*/.exec(source.slice(at + form.length + 1))[0].length;
        found.push({ id: `${match[2]}.${form}`, ...literal(start, `${match[2]}.${form}`), plural: true });
      }
    }
    for (const { id, ...entry } of found) {
      const known = byId.get(id);
      if (known && known.text !== entry.text) {
        throw new Error(`${id} has two English texts: "${known.text}" (${known.files[0]}) and "${entry.text}" (${relative(sources, path)})`);
      }
      if (known) known.files.push(relative(sources, path));
      else byId.set(id, { id, plural: false, ...entry, names: valueNames(entry.values), files: [relative(sources, path)] });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** docs/strings.md as the sources give it. */
export function catalogueText(strings = readStrings()) {
  const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '# Strings of the elements',
    '',
    'Generated by `node scripts/strings.mjs` from the sources (`m(id, text)` calls); a test fails',
    'when this file is not what the sources give. Every id below can be given in a ministry’s own',
    'words, in any locale, through the provider’s `strings` (see the README); `{0}`, `{1}`… are the',
    'values the element puts in, in the order of the English text, and a translation may put them',
    'in any order; a ministry’s wording may also name them (`{count}`), as the values column does.',
    'An id ending in `.one` or `.other` is one form of a string that depends on a number: a locale',
    'gives every form its language has (`zero`, `one`, `two`, `few`, `many`, `other`, as',
    '`Intl.PluralRules` names them), e.g. `faq-search.count.few`, whose values are those of `.other`.',
    '',
    `${strings.length} strings.`,
    '',
    '| id | English | values | where |',
    '|---|---|---|---|',
    ...strings.map(
      (s) =>
        `| \`${s.id}\` | ${cell(s.text)} | ${s.values.map((v, n) => `\`{${n}}\` \`{${s.names[n]}}\` ${cell(v)}`).join('<br>')} | ${s.files.map((f) => `\`${f}\``).join(', ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/**
 * packages/elements/src/i18n/placeholders.ts as the sources give it: the names of the values of
 * every string that has some, which the provider reads (on demand) to put a ministry's `{count}`
 * where the element puts its value.
 */
export function placeholdersText(strings = readStrings()) {
  const entries = strings.filter((s) => s.values.length > 0).map((s) => `  '${s.id}': '${s.names.join(' ')}',`);
  return [
    '// Generated by `node scripts/strings.mjs` from the sources, as docs/strings.md is; a test fails when it is not what they give.',
    '/** The names of the values of each string with values, in order, space-separated: `{count}` in a ministry’s wording is `{0}`. */',
    'export const VALUE_NAMES: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const strings = readStrings();
  const files = [
    [catalogue, catalogueText(strings)],
    [placeholders, placeholdersText(strings)],
  ];
  for (const [path, text] of files) {
    if (!process.argv.includes('--check')) writeFileSync(path, text);
    else if (readFileSync(path, 'utf8') !== text) {
      console.error(`${relative(root, path)} is out of date: run node scripts/strings.mjs`);
      process.exit(1);
    }
  }
  if (!process.argv.includes('--check')) console.log(`docs/strings.md and ${relative(root, placeholders)}: ${strings.length} strings`);
}
