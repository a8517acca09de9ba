/**
 * The translators' round trip (scripts/xliff.mjs): every shipped locale written out as XLIFF
 * and read back gives the same strings, and the modules built from it name every id once, in
 * the module of its element; a new language's XLIFF asks for every string and every form of a
 * count its language has.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { TemplateMap } from '@lit/localize';
import { fromXliff, localeModules, MODULES, templateText, toXliff } from '../../../scripts/xliff.mjs';
import { readStrings } from '../../../scripts/strings.mjs';

const localesDir = join(import.meta.dirname, '../src/i18n/locales');

describe('XLIFF round trip', () => {
  for (const lang of ['ar', 'es', 'fr']) {
    it(`${lang}: out to XLIFF and back, the same strings, each in its element's module`, async () => {
      const { templates } = (await import(join(localesDir, `${lang}.ts`))) as { templates: TemplateMap };
      const targets = Object.fromEntries(Object.entries(templates).map(([id, template]) => [id, templateText(template)]));
      const read = fromXliff(toXliff(lang, targets, new Set()));
      assert.equal(read.lang, lang);
      assert.deepEqual(Object.fromEntries(read.units.map((unit) => [unit.id, unit.target])), targets);
      const modules = localeModules(read);
      for (const id of Object.keys(targets)) {
        const module = MODULES.find((name) => id.startsWith(`${name}.`)) ?? 'shared';
        assert.ok(modules[`${lang}/${module}.ts`]!.includes(`'${id}': `), `${id} in ${lang}/${module}.ts`);
      }
    });
  }

  it('a new language: every string to translate, English source, no target, values as <x/>', () => {
    const xliff = toXliff('acf');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">/g)].map((match) => match[1]);
    assert.deepEqual(units, readStrings().map((s) => s.id));
    assert.equal(fromXliff(xliff).units.length, 0);
    assert.match(xliff, /<x id="0" equiv-text="\$\{0\}"\/>/);
  });
});
