/**
 * The data of `npm run bench:faq` (bench/faq-data.ts) must not rot silently: generated the same
 * way every time, labelled soundly, and searchable.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { FaqEntrySchema, safeParse } from '@civic-contact/contract';
import { createFaqSearch, htmlToText } from '@civic-contact/core/faq-search';
import { generateFaqBenchData, wordsOf } from '../../../bench/faq-data.ts';

const small = { faqs: 600, queries: 120 };
const data = generateFaqBenchData(small);

describe('FAQ benchmark data', () => {
  test('is the same on every run, and differs with the seed', () => {
    assert.deepEqual(generateFaqBenchData(small), data);
    const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    assert.notEqual(fingerprint(generateFaqBenchData({ ...small, seed: 7 })), fingerprint(data));
  });

  test('FAQs are valid, distinct, and answers run 40 to 150 words', () => {
    assert.equal(data.faqs.length, small.faqs);
    assert.equal(new Set(data.faqs.map((faq) => faq.id)).size, data.faqs.length);
    assert.equal(new Set(data.faqs.map((faq) => faq.question['en'])).size, data.faqs.length);
    for (const faq of data.faqs) {
      assert.ok(safeParse(FaqEntrySchema, faq).success, faq.id);
      const count = htmlToText(faq.answerHtml['en']!).split(/\s+/).length;
      assert.ok(count >= 40 && count <= 150, `${faq.id}: ${count} words`);
    }
    assert.ok(data.faqs.filter((faq) => faq.keywords?.length).length > small.faqs / 3, 'many FAQs have keywords');
  });

  test('every query is labelled with an existing FAQ, is not its question, and its telling words fit no other FAQ', () => {
    assert.equal(data.queries.length, small.queries);
    const words = (faq: (typeof data.faqs)[number]) => new Set(wordsOf(`${faq.question['en']} ${(faq.keywords ?? []).join(' ')}`));
    const faqWords = new Map(data.faqs.map((faq) => [faq.id, words(faq)]));
    // Words of most questions ("how", "my", "can") tell no FAQ apart.
    const frequency = new Map<string, number>();
    for (const set of faqWords.values()) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const telling = (word: string) => frequency.get(word)! < data.faqs.length / 5;
    for (const query of data.queries) {
      const faq = data.faqs.find((f) => f.id === query.expected);
      assert.ok(faq, `${query.text}: ${query.expected} exists`);
      assert.notEqual(wordsOf(query.text).join(' '), wordsOf(faq.question['en']!).join(' '), query.text);
      const own = faqWords.get(faq.id)!;
      const cues = [...new Set(wordsOf(query.clean))].filter((word) => own.has(word) && telling(word));
      assert.ok(cues.length >= 2, `${query.text}: names its FAQ (${cues.join(', ')})`);
      const alike = data.faqs.filter((other) => other !== faq && cues.every((word) => faqWords.get(other.id)!.has(word)));
      assert.deepEqual(alike.map((other) => other.question['en']), [], `${query.clean} (${cues.join(', ')}) → ${faq.question['en']}`);
    }
    const noise = new Set(data.queries.flatMap((query) => query.noise));
    for (const kind of ['drop', 'double', 'swap', 'substitute', 'truncated', 'order', 'filler']) assert.ok(noise.has(kind), `some query has ${kind}`);
    assert.ok(data.queries.filter((query) => query.noise.some((n) => ['drop', 'double', 'swap', 'substitute'].includes(n))).length > small.queries / 2, 'most queries have typos');
  });

  test('queries read as a citizen types them: keywords in any order or a phrase, not shuffled phrases', () => {
    for (const query of data.queries) {
      const words = wordsOf(query.clean);
      // "how behalf to apply", "much fuel apply": "how" only asks how long or how much, and those only after it.
      for (const [i, word] of words.entries()) {
        if (word === 'how') assert.ok(['long', 'much'].includes(words[i + 1]!), `${query.clean}: how ${words[i + 1]}`);
        if (word === 'long' || word === 'much') assert.equal(words[i - 1], 'how', `${query.clean}: ${word}`);
      }
      // A reordered query is its keywords reordered, not "my how taxi to extend".
      if (query.noise.includes('order')) assert.ok(!words.includes('my') && !words.includes('can'), `${query.clean}: reordered phrase`);
    }
    assert.ok(data.queries.some((query) => query.noise.includes('order')), 'some query is reordered');
  });

  test('our search finds the labelled FAQ in its top three for nearly every query', () => {
    const search = createFaqSearch(data.faqs, data.ministry);
    const missed = data.queries.filter((query) => !search.search(query.text, { limit: 3 }).hits.some((hit) => hit.id === query.expected));
    assert.ok(missed.length <= small.queries * 0.04, `missed ${missed.length}: ${missed.map((query) => query.text).join(' | ')}`);
  });
});
