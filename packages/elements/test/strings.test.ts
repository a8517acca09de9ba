/**
 * Every shipped locale speaks every string of the elements: each id the sources word with
 * `m(id, …)` has a translation in each locale under src/i18n/locales, with the same values
 * (and each string that depends on a number, `count(id, n, …)`, every form its language has),
 * and none is left in English (unless its line says `// same in <lang>`); no locale keeps a
 * string the sources no longer use; docs/strings.md, the catalogue ministries work from, is
 * what the sources give.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isStrTagged, type StrResult, type TemplateMap } from '@lit/localize';
import { catalogueText, placeholdersText, readStrings, valueName } from '../../../scripts/strings.mjs';
import { sameOnPurpose, templateText } from '../../../scripts/xliff.mjs';

const root = join(import.meta.dirname, '../../..');
const localesDir = join(root, 'packages/elements/src/i18n/locales');
const strings = readStrings();

/** The shipped locales: one module per locale beside its folder of per-element files. */
const LOCALES = readdirSync(localesDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

describe('the strings of the elements', () => {
  it('docs/strings.md is the catalogue the sources give (run node scripts/strings.mjs)', () => {
    assert.equal(readFileSync(join(root, 'docs/strings.md'), 'utf8'), catalogueText(strings));
  });

  it('src/i18n/placeholders.ts names the values the sources give (run node scripts/strings.mjs)', () => {
    assert.equal(readFileSync(join(root, 'packages/elements/src/i18n/placeholders.ts'), 'utf8'), placeholdersText(strings));
  });

  it('names each value by what it holds, not by the helpers around it, and each name once per string', () => {
    assert.equal(valueName('view.number(limits.maxFiles)'), 'maxFiles');
    assert.equal(valueName('formatSize(service.attachments.maxBytes, view)'), 'maxBytes');
    assert.equal(valueName("day.holidayName ? view.text(day.holidayName) : ''"), 'holidayName');
    assert.equal(valueName("ltr('+44 20 7946 0000')"), 'value');
    for (const { id, names } of strings) assert.equal(new Set(names).size, names.length, `${id}: ${names.join(', ')}`);
  });

  it('ships the locales the issue asks for', () => {
    assert.deepEqual(LOCALES.sort(), ['ar', 'es', 'fr']);
  });

  for (const lang of LOCALES) {
    it(`${lang}: every string translated, every form of a count its language has, the same values, nothing left over`, async () => {
      const { templates } = (await import(join(localesDir, `${lang}.ts`))) as { templates: TemplateMap };
      const same = sameOnPurpose(lang);
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      const missing: string[] = [];
      const untranslated: string[] = [];
      const wrongValues: string[] = [];
      const expected = new Set<string>();
      const check = (id: string, english: string | undefined, values: readonly string[], exact: boolean): void => {
        expected.add(id);
        const template = templates[id];
        if (template === undefined) return void missing.push(id);
        const indices = isStrTagged(template) ? [...(template as StrResult).values].map(Number).sort() : [];
        const allowed = values.map((_, n) => n);
        // A form of a count may leave the number out ("un résultat"); any other string shows every value once.
        const right = exact ? String(indices) === String(allowed) && (values.length === 0) === (typeof template === 'string') : indices.every((n) => allowed.includes(n));
        if (!right) wrongValues.push(id);
        if (english !== undefined && templateText(template) === english && /\p{L}{2}/u.test(english) && !same.has(id)) untranslated.push(id);
      };
      for (const { id, text, values, plural } of strings) {
        if (!plural) check(id, text, values, true);
        else if (id.endsWith('.other')) {
          const base = id.slice(0, -'.other'.length);
          const one = strings.find((s) => s.id === `${base}.one`);
          for (const form of forms) check(`${base}.${form}`, form === 'one' ? one?.text : form === 'other' ? text : undefined, values, false);
        }
      }
      assert.deepEqual(missing, [], `${lang}: ids without a translation (a count needs the forms ${forms.join(', ')})`);
      assert.deepEqual(wrongValues, [], `${lang}: translations whose values differ from the English`);
      assert.deepEqual(untranslated, [], `${lang}: strings left in English (mark a line "// same in ${lang}" when the word is the same)`);
      assert.deepEqual(Object.keys(templates).filter((id) => !expected.has(id)), [], `${lang}: translations the sources no longer use`);
    });
  }
});
