/**
 * The example ministry site's own files against what the elements read: its theme sets only
 * `--civic-*` tokens the elements define (and docs/theming.md lists each of them with its
 * defaults), and its Kwéyòl strings (strings/acf.json, a whole locale added without a
 * rebuild) give every string id of docs/strings.md, with the same values.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readStrings } from '../../../scripts/strings.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

/** Each `--civic-*` token of tokens.ts with its default, in the light scheme and in the dark one. */
function elementTokens(): Map<string, { light: string; dark: string }> {
  const source = read('packages/elements/src/styles/tokens.ts');
  const css = source.slice(source.indexOf('export const tokens'), source.indexOf('export const baseStyles'));
  // The dark defaults: light-dark(light, dark) in the block for browsers that have it.
  const darkAt = css.indexOf('@supports (color: light-dark(');
  assert.ok(darkAt > 0, 'tokens.ts has its dark scheme');
  const light = new Map([...css.slice(0, darkAt).matchAll(/var\((--civic-[\w-]+),\s*([^)]+)\)/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const dark = new Map([...css.slice(darkAt).matchAll(/var\((--civic-[\w-]+),\s*light-dark\(([^,]+),\s*([^)]+)\)\)/g)].map((m) => [m[1]!, m[3]!.trim()]));
  return new Map([...light].map(([name, value]) => [name, { light: value, dark: dark.get(name) ?? value }]));
}

/** The rows of docs/theming.md's table: token, light default, dark default (blank: the same). */
function documentedTokens(): Map<string, { light: string; dark: string }> {
  const rows = read('docs/theming.md')
    .split('\n')
    .filter((line) => line.startsWith('| `--civic-'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const value = (cell: string) => /`([^`]+)`/.exec(cell)?.[1];
  return new Map(
    rows.map(([, token, , light, dark]) => {
      const lightValue = value(light ?? '') ?? '';
      return [value(token ?? '') ?? '', { light: lightValue, dark: value(dark ?? '') ?? lightValue }];
    }),
  );
}

describe('the example site’s theme', () => {
  const tokens = elementTokens();

  test('tokens.ts is read: it defines the reference tokens', () => {
    assert.ok(tokens.size >= 20, [...tokens.keys()].join(', '));
    assert.deepEqual(tokens.get('--civic-color-primary'), { light: '#00703c', dark: '#4cc38a' });
  });

  test('assets/site.css sets and uses only --civic-* tokens the elements read', () => {
    const css = read('examples/ministry-site/assets/site.css');
    const names = new Set([...css.matchAll(/(--civic-[\w-]+)\s*:/g), ...css.matchAll(/var\(\s*(--civic-[\w-]+)/g)].map((m) => m[1]!));
    assert.ok(names.size > 0);
    assert.deepEqual([...names].filter((name) => !tokens.has(name)), [], 'names the elements do not read (rename them, or make them --site-*)');
  });

  test('docs/theming.md lists every token of tokens.ts, with its defaults, and no other', () => {
    assert.deepEqual(Object.fromEntries(documentedTokens()), Object.fromEntries(tokens));
  });
});

describe('the example site’s Kwéyòl (acf) strings', () => {
  const file = JSON.parse(read('examples/ministry-site/strings/acf.json')) as Record<string, Record<string, unknown>>;
  const acf = file['acf'] ?? {};
  const strings = readStrings();
  const names = new Map(strings.map(({ id, names }) => [id, names]));
  /** The positions of the values a text puts in, written `{0}` or by name (`{count}`, docs/strings.md); -1 for a name the string does not have. */
  const placeholders = (id: string, text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)].map(([, value]) => (/^\d+$/.test(value!) ? Number(value) : (names.get(id) ?? []).indexOf(value!))).sort();

  test('is of the form the provider’s strings-src takes, one locale: { "acf": { "<id>": "<text>" } }', () => {
    assert.deepEqual(Object.keys(file), ['acf']);
    assert.deepEqual(Object.entries(acf).filter(([, text]) => typeof text !== 'string' || text.trim() === ''), []);
  });

  test('gives every string id of docs/strings.md, and none the elements no longer use', () => {
    assert.ok(strings.length >= 300, `${strings.length} strings read from the sources`);
    assert.deepEqual(strings.map((s) => s.id).filter((id) => !(id in acf)), [], 'ids without a Kwéyòl text');
    const known = new Set(strings.map((s) => s.id));
    assert.deepEqual(Object.keys(acf).filter((id) => !known.has(id)), [], 'ids the elements no longer use');
  });

  test('keeps the values of each string: the same {0}, {1}… (or their names) as the English (a form of a count may leave its number out)', () => {
    const wrong = strings
      .filter(({ id }) => typeof acf[id] === 'string')
      .filter(({ id, values, plural }) => {
        const used = placeholders(id, acf[id] as string);
        const expected = values.map((_, n) => n);
        return plural ? !used.every((n) => expected.includes(n)) : String(used) !== String(expected);
      })
      .map(({ id, text }) => `${id}: “${acf[id] as string}” for “${text}”`);
    assert.deepEqual(wrong, []);
  });

  test('leaves no string in English', () => {
    const english = strings.filter(({ id, text }) => acf[id] === text && /\p{L}{2}/u.test(text)).map(({ id }) => id);
    assert.deepEqual(english, []);
  });
});
