import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FaqEntry } from '@civic-contact/contract';
import { seed } from '@civic-contact/core/seed';
import { buildFaqIndex, createFaqSearch, FaqIndexError, loadFaqIndex, type FaqIndexFile, type FaqSearchOptions } from '@civic-contact/core/faq-search';

const faqs = seed.faqs as FaqEntry[];
/** What a page does with the file: fetch its text and parse it. */
const roundTrip = (file: FaqIndexFile): unknown => JSON.parse(JSON.stringify(file));

/** Queries a citizen might type, taken from the ministry's own FAQs so that they match: whole words, typos, half-typed words. */
function queriesFor(ministryId: string, locale: string): string[] {
  const texts = faqs.filter((faq) => faq.ministryId === ministryId).map((faq) => faq.question[locale] ?? '');
  const words = [...new Set(texts.join(' ').split(/[\s?؟¿,.;:!'’()]+/u).filter((word) => [...word].length >= 4))];
  const queries = ['', '   ', 'zzzzqqq', 'how do I', 'a'];
  words.forEach((word, i) => {
    queries.push(word);
    if (i % 3 === 0) queries.push(word.slice(0, 3), word.slice(0, -1));
    if (i % 4 === 1) queries.push(word.slice(0, 2) + word.slice(3)); // a dropped letter
    if (i % 5 === 2) queries.push(`${word} ${words[(i * 7) % words.length]}`);
  });
  return queries;
}

describe('prebuilt FAQ index', () => {
  for (const ministry of seed.ministries) {
    test(`${ministry.id}: a loaded index answers exactly as the search over the FAQs, in every language and for every service`, () => {
      const live = createFaqSearch(faqs, ministry);
      const loaded = loadFaqIndex(roundTrip(buildFaqIndex(faqs, ministry)));
      assert.equal(loaded.ministryId, ministry.id);
      assert.deepEqual(loaded.locales, ministry.locales);
      const services = [undefined, ...seed.services.filter((s) => s.ministryId === ministry.id).map((s) => s.id), 'no-such-service'];
      let compared = 0;
      let found = 0;
      for (const lang of [...ministry.locales, undefined, 'de', `${ministry.locales[1]}-XX`]) {
        for (const [i, query] of queriesFor(ministry.id, lang && ministry.locales.includes(lang) ? lang : ministry.defaultLocale).entries()) {
          const options: FaqSearchOptions = { lang, serviceId: services[i % services.length], limit: 1 + (i % 20) };
          const expected = live.search(query, options);
          assert.deepEqual(loaded.search(query, options), expected, `${JSON.stringify(query)} ${JSON.stringify(options)}`);
          compared++;
          if (expected.total > 0) found++;
        }
      }
      assert.ok(compared > 300 && found > compared / 2, `${found} of ${compared} queries found something`);
    });
  }

  test('the fallback language and an untranslated FAQ come through the index', () => {
    const ministry = { id: 'm', defaultLocale: 'en', locales: ['en', 'fr', 'es'] };
    const entries: FaqEntry[] = [
      { id: 'hours', ministryId: 'm', category: { en: 'General' }, question: { en: 'When are you open?' }, answerHtml: { en: '<p>Weekdays.</p>' }, keywords: ['horaires'], updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'permit', ministryId: 'm', serviceId: 'permits', category: { en: 'Permits', fr: 'Permis' }, question: { en: 'How do I renew a permit?', fr: 'Comment renouveler un permis ?' }, answerHtml: { en: '<p>Online.</p>', fr: '<p>En ligne.</p>' }, updatedAt: '2026-01-01T00:00:00Z' },
    ];
    const file = buildFaqIndex(entries, ministry);
    assert.deepEqual(Object.keys(file.indexes), ['en', 'fr'], 'no index of a language no FAQ is written in');
    const loaded = loadFaqIndex(roundTrip(file));
    const horaires = loaded.search('horaires', { lang: 'fr' });
    assert.equal(horaires.lang, 'fr');
    assert.equal(horaires.hits[0]?.id, 'hours');
    assert.equal(horaires.hits[0]?.lang, 'en');
    assert.equal(loaded.search('permit', { lang: 'es' }).lang, 'en');
    assert.equal(loaded.search('permis', { lang: 'fr-CA' }).hits[0]?.lang, 'fr');
    assert.deepEqual(loaded.search('open', { serviceId: 'permits' }).hits.map((h) => h.id), ['hours'], 'general FAQs stay');
    assert.deepEqual(loaded.search('renew', { serviceId: 'other' }).hits, []);
  });

  test('the file is plain JSON: the ministry, when it was built, and only what results show', () => {
    const ministry = seed.ministries.find((m) => m.id === 'transport')!;
    const now = new Date('2026-11-30T12:00:00Z');
    const file = buildFaqIndex(faqs, ministry, { now });
    assert.equal(file.format, 'civic-contact-faq-index');
    assert.equal(file.version, 1);
    assert.deepEqual(file.ministry, { id: 'transport', defaultLocale: 'en', locales: ['en', 'es'] });
    assert.equal(file.generatedAt, '2026-11-30T12:00:00.000Z');
    assert.deepEqual(roundTrip(file), file);
    assert.equal(JSON.stringify(buildFaqIndex(faqs, ministry, { now })), JSON.stringify(file), 'the same FAQs give the same file');
    const text = JSON.stringify(file);
    assert.doesNotMatch(text, /health-0|civil-registry-0/, 'no other ministry’s FAQs');
    assert.doesNotMatch(text, /<p>|<strong>|updatedAt/, 'answers as text, nothing results do not show');
  });

  test('anything but an index is refused with a clear FaqIndexError', () => {
    const file = roundTrip(buildFaqIndex(faqs, seed.ministries[0]!)) as FaqIndexFile;
    const variant = (change: (copy: any) => void): unknown => {
      const copy = structuredClone(file);
      change(copy);
      return copy;
    };
    const cases: [unknown, RegExp][] = [
      [null, /Not an FAQ index/],
      ['{"format":"civic-contact-faq-index"}', /Not an FAQ index/],
      [[file], /Not an FAQ index/],
      [{ ...file, format: 'minisearch' }, /Not an FAQ index/],
      [{ ...file, version: 2 }, /Unsupported FAQ index version 2/],
      [{ ...file, version: undefined }, /Unsupported FAQ index version/],
      [{ ...file, ministry: { id: 'health' } }, /Corrupt FAQ index: its ministry/],
      [{ ...file, indexes: undefined }, /Corrupt FAQ index: indexes/],
      [variant((copy) => delete copy.indexes.en), /Corrupt FAQ index: there is no index of the default locale "en"/],
      [variant((copy) => (copy.indexes.de = copy.indexes.en)), /"de" is not one of the ministry's locales/],
      [variant((copy) => (copy.indexes.fr.index = {})), /the "fr" index is not a MiniSearch index/],
      [variant((copy) => (copy.indexes.fr.serializationVersion = 1)), /the "fr" index is not a MiniSearch index/],
      [variant((copy) => (copy.indexes.en.fieldIds = { title: 0 })), /indexes other fields/],
      [variant((copy) => (copy.indexes.en.storedFields['0'].question = 42)), /malformed FAQ \("health-001"\)/],
      [variant((copy) => delete copy.indexes.en.storedFields['3']), /malformed FAQ/],
      [variant((copy) => (copy.indexes.en.index[0] = 7)), /the "en" index has a malformed term/],
      [variant((copy) => (copy.indexes.en.fieldLength["2"] = [1])), /malformed FAQ \("health-003"\)/],
      [variant((copy) => (copy.indexes.en.averageFieldLength = null)), /no document statistics/],
    ];
    for (const [input, message] of cases) {
      assert.throws(() => loadFaqIndex(input), (error: unknown) => error instanceof FaqIndexError && message.test(error.message), String(message));
    }
  });

  test('the module is browser-safe: it imports nothing from Node or the server', async () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = async (url: URL): Promise<void> => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = await readFile(fileURLToPath(url), 'utf8');
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier!.startsWith('.')) await visit(new URL(specifier!, url));
        else external.add(specifier!);
      }
    };
    await visit(new URL('../src/faq-search.ts', import.meta.url));
    assert.ok(seen.size >= 2, 'follows relative imports');
    assert.deepEqual([...external].sort(), ['@civic-contact/contract', 'minisearch', 'minisearch/SearchableMap']);
  });
});
