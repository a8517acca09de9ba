import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FaqSearchResponseSchema, LIMITS, safeParse } from '@civic-contact/contract';
import type { FaqEntry, FaqSearchHit, HighlightSegment } from '@civic-contact/contract';
import { createFaqSearch, htmlToText, normalizeTerm } from '../src/faq-search.ts';
import { segmenterWordSpans, wordSpans } from '../src/faq-text.ts';

const ministry = { id: 'transport', defaultLocale: 'en', locales: ['en', 'fr', 'ar', 'es'] };

function faq(id: string, fields: Partial<FaqEntry> & Pick<FaqEntry, 'question' | 'answerHtml'>): FaqEntry {
  return { id, ministryId: 'transport', category: { en: 'General', fr: 'Général', ar: 'عام' }, updatedAt: '2026-09-01T00:00:00Z', ...fields };
}

const entries: FaqEntry[] = [
  faq('renew-licence', {
    serviceId: 'licences',
    category: { en: 'Driving licences', fr: 'Permis de conduire', ar: 'رخص القيادة' },
    question: { en: 'How do I renew my driving licence?', fr: 'Comment renouveler mon permis de conduire ?', ar: 'كيف أجدد رخصة القيادة؟' },
    answerHtml: {
      en: '<p>You can renew online up to <strong>90 days</strong> before it expires. Bring your old card and a recent photo to any office if you prefer to renew in person.</p><ul><li>Fee: EC$50</li><li>Takes about 10 working days</li></ul>',
      fr: '<p>Vous pouvez le renouveler en ligne jusqu’à <strong>90 jours</strong> avant son expiration. Munissez-vous de l’ancienne carte et d’une photo récente.</p>',
      ar: '<p>يمكنك تجديد الرخصة عبر الإنترنت قبل انتهاء صلاحيتها بـ 90 يومًا.</p>',
    },
    keywords: ['renewal', 'permit', 'renouvellement'],
  }),
  faq('road-tax', {
    serviceId: 'vehicles',
    question: { en: 'How much is road tax for a car?', fr: 'Combien coûte la taxe routière ?' },
    answerHtml: {
      en: '<p>Road tax depends on the engine size of the vehicle and is paid once a year at the licensing office. The amount is printed on the reminder we send you by post one month before it is due. You need to show a valid driving licence, proof of insurance and the vehicle registration document when you pay; if anything is missing the clerk cannot take the payment.</p>',
      fr: '<p>La taxe routière dépend de la cylindrée du véhicule et se paie une fois par an.</p>',
    },
  }),
  faq('birth-certificate', {
    question: { en: 'How do I get a copy of a birth certificate?', fr: 'Comment obtenir un certificát de naissance ?' },
    answerHtml: { en: '<p>Apply at the civil registry with a photo ID. Copies cost EC$20 &amp; are ready in 3 days.</p>', fr: '<p>Adressez-vous au registre civil avec une pièce d’identité.</p>' },
  }),
  faq('opening-hours', {
    question: { en: 'When is the contact centre open?' },
    answerHtml: { en: '<p>Monday to Friday, 8&nbsp;am to 6&nbsp;pm. Call us on the téléphone or write to us.</p>' },
    keywords: ['hours', 'horaires', 'horario'],
  }),
  faq('parking-fines', {
    serviceId: 'parking',
    question: { en: 'How do I pay a parking fine?', fr: 'Comment payer une amende de stationnement ?' },
    answerHtml: { en: '<p>Pay online with the reference on the ticket, or at the licensing office.</p>', fr: '<p>Payez en ligne avec la référence du procès-verbal.</p>' },
  }),
  { ...faq('other-ministry', { question: { en: 'How do I renew my health card licence?' }, answerHtml: { en: '<p>Other.</p>' } }), ministryId: 'health' },
];

const search = createFaqSearch(entries, ministry);
const ids = (hits: FaqSearchHit[]): string[] => hits.map((hit) => hit.id);
const joined = (segments: HighlightSegment[]): string => segments.map((segment) => segment.text).join('');
const marked = (segments: HighlightSegment[]): string[] => segments.filter((segment) => segment.match).map((segment) => segment.text);

describe('FAQ search', () => {
  test('answers match the contract schema', () => {
    const response = search.search('licence', { lang: 'en' });
    assert.ok(safeParse(FaqSearchResponseSchema, response).success);
    assert.equal(response.query, 'licence');
  });

  test('a typo still finds the FAQ ("licnce" → licence)', () => {
    const response = search.search('licnce');
    assert.equal(response.hits[0]?.id, 'renew-licence');
    assert.deepEqual(marked(response.hits[0]!.question), ['licence']);
  });

  test('a prefix finds whole words ("certif" → certificate) and highlights the whole word', () => {
    const [hit] = search.search('certif').hits;
    assert.equal(hit?.id, 'birth-certificate');
    assert.deepEqual(marked(hit!.question), ['certificate']);
  });

  test('a swap of neighbouring letters is one typo ("licnece", "bitrh")', () => {
    assert.equal(search.search('licnece').hits[0]?.id, 'renew-licence');
    assert.deepEqual(marked(search.search('bitrh certificate').hits[0]!.question), ['birth', 'certificate']);
  });

  test('a word the FAQs use is taken as meant, not as a typo of another ("card" is not "car")', () => {
    assert.deepEqual(ids(search.search('card').hits), ['renew-licence']);
    assert.ok(ids(search.search('carr').hits).includes('road-tax'), 'a word no FAQ uses still matches its neighbours');
  });

  test('only the last word, the one being typed, matches as a prefix', () => {
    assert.deepEqual(marked(search.search('birth certif').hits[0]!.question), ['birth', 'certificate']);
    assert.deepEqual(marked(search.search('certif birth').hits[0]!.question), ['birth']);
  });

  test('short words are not stretched to other words', () => {
    assert.deepEqual(ids(search.search('tux').hits), [], 'three letters must match exactly');
    assert.ok(ids(search.search('tax').hits).includes('road-tax'));
  });

  test('a match in the question ranks above a match only in the answer', () => {
    const { hits } = search.search('driving licence');
    assert.deepEqual(ids(hits).slice(0, 2), ['renew-licence', 'road-tax']);
    assert.ok(hits[0]!.score > hits[1]!.score);
  });

  test('keywords find FAQs in words the text does not use', () => {
    assert.equal(search.search('renewal').hits[0]?.id, 'renew-licence');
  });

  test('accents are optional in both directions', () => {
    assert.equal(normalizeTerm('Certificát'), 'certificat');
    assert.equal(search.search('certificat', { lang: 'fr' }).hits[0]?.id, 'birth-certificate');
    assert.deepEqual(ids(search.search('telephone').hits), ['opening-hours']);
    assert.deepEqual(marked(search.search('telephone').hits[0]!.snippet), ['téléphone']);
  });

  test('French elisions are split off ("ancienne" inside "l’ancienne")', () => {
    const { hits } = search.search('ancienne', { lang: 'fr' });
    assert.equal(hits[0]?.id, 'renew-licence');
    assert.deepEqual(marked(hits[0]!.snippet), ['ancienne']);
  });

  test('an Arabic query, with or without vowel marks and hamza, finds the Arabic FAQ', () => {
    for (const query of ['رخصة', 'الرخصة', 'رُخْصَة', 'اجدد']) {
      const response = search.search(query, { lang: 'ar' });
      assert.equal(response.lang, 'ar');
      assert.equal(response.hits[0]?.id, 'renew-licence', query);
      assert.equal(response.hits[0]?.lang, 'ar');
      assert.equal(joined(response.hits[0]!.question), 'كيف أجدد رخصة القيادة؟');
    }
    assert.deepEqual(marked(search.search('رخصة', { lang: 'ar' }).hits[0]!.question), ['رخصة']);
  });

  test('highlight segments reassemble to the original question and alternate', () => {
    for (const query of ['licnce', 'how do I renew', 'certif', 'tax car', 'parking fine']) {
      for (const hit of search.search(query, { limit: 20 }).hits) {
        const original = entries.find((entry) => entry.id === hit.id)!.question[hit.lang];
        assert.equal(joined(hit.question), original, `${query}: ${hit.id}`);
        hit.question.slice(1).forEach((segment, i) => assert.notEqual(segment.match, hit.question[i]!.match));
      }
    }
  });

  test('a short answer is the whole snippet; a long one is cut at whole words around the first match', () => {
    const short = search.search('registry').hits[0]!;
    assert.equal(joined(short.snippet), 'Apply at the civil registry with a photo ID. Copies cost EC$20 & are ready in 3 days.');
    assert.deepEqual(marked(short.snippet), ['registry']);

    const long = search.search('reminder').hits[0]!;
    assert.equal(long.id, 'road-tax');
    const text = joined(long.snippet);
    assert.ok(text.startsWith('…') && text.endsWith('…'), text);
    assert.ok(text.length <= 162, `${text.length} characters`);
    assert.deepEqual(marked(long.snippet), ['reminder']);
    const answer = htmlToText(entries[1]!.answerHtml['en']!);
    const inner = text.slice(1, -1);
    const at = answer.indexOf(inner);
    assert.ok(at > 0, 'the snippet is a piece of the answer');
    assert.match(answer[at - 1]!, /\s/, 'it starts at a word');
    assert.match(answer[at + inner.length]!, /[\s.,]/, 'it ends at a word');

    // A match near the end takes the window up to the end: no trailing ellipsis.
    const end = joined(search.search('payment').hits[0]!.snippet);
    assert.ok(end.startsWith('…') && end.endsWith('cannot take the payment.'), end);
  });

  test('a hit matched only in its question shows the start of its answer', () => {
    const hit = search.search('car').hits.find((h) => h.id === 'road-tax')!;
    assert.ok(joined(hit.snippet).startsWith('Road tax depends on the engine size'));
    assert.ok(joined(hit.snippet).endsWith('…'));
  });

  test('an unknown language falls back to the default locale; a regional one to its language', () => {
    assert.equal(search.search('licence', { lang: 'de' }).lang, 'en');
    assert.equal(search.search('permis', { lang: 'fr-CA' }).lang, 'fr');
    assert.equal(search.search('permis', { lang: 'fr-CA' }).hits[0]?.lang, 'fr');
  });

  test('a language the ministry lists but no FAQ is written in falls back to the default', () => {
    const response = search.search('licence', { lang: 'es' });
    assert.equal(response.lang, 'en');
    assert.equal(response.hits[0]?.id, 'renew-licence');
  });

  test('a FAQ without a translation is found in the default language and says so', () => {
    const { lang, hits } = search.search('horaires', { lang: 'fr' });
    assert.equal(lang, 'fr');
    assert.equal(hits[0]?.id, 'opening-hours');
    assert.equal(hits[0]?.lang, 'en');
    assert.equal(joined(hits[0]!.question), 'When is the contact centre open?');
  });

  test('FAQs of other ministries are never found', () => {
    assert.ok(!ids(search.search('health card', { limit: 20 }).hits).includes('other-ministry'));
    assert.equal(search.has('other-ministry'), false);
  });

  test('serviceId leaves out other services and puts its own first', () => {
    const all = ids(search.search('office', { limit: 20 }).hits);
    assert.ok(all.includes('road-tax') && all.includes('parking-fines') && all.includes('renew-licence'));
    const narrowed = ids(search.search('office', { limit: 20, serviceId: 'parking' }).hits);
    assert.equal(narrowed[0], 'parking-fines');
    assert.ok(!narrowed.includes('road-tax') && !narrowed.includes('renew-licence'));
    assert.ok(ids(search.search('contact centre', { serviceId: 'parking' }).hits).includes('opening-hours'), 'general FAQs stay');
  });

  test('nothing to search for finds nothing', () => {
    assert.deepEqual(search.search('   '), { query: '', lang: 'en', total: 0, hits: [] });
    assert.deepEqual(search.search('zzzzqqq').hits, []);
  });
});

describe('FAQ search limits', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    faq(`permit-${i}`, { question: { en: `Permit question number ${i}` }, answerHtml: { en: `<p>About permits, part ${i}.</p>` } }),
  );
  const big = createFaqSearch(many, ministry);

  test('total counts every match; limit defaults and is capped', () => {
    const response = big.search('permit');
    assert.equal(response.total, 30);
    assert.equal(response.hits.length, LIMITS.searchLimitDefault);
    assert.equal(big.search('permit', { limit: 12 }).hits.length, 12);
    assert.equal(big.search('permit', { limit: 500 }).hits.length, LIMITS.searchLimitMax);
    assert.equal(big.search('permit', { limit: 0 }).hits.length, 1);
  });
});

describe('FAQ articles', () => {
  test('an article in the language asked for', () => {
    assert.deepEqual(search.article('renew-licence', 'fr'), {
      id: 'renew-licence',
      lang: 'fr',
      question: 'Comment renouveler mon permis de conduire ?',
      answerHtml: entries[0]!.answerHtml['fr'],
      category: 'Permis de conduire',
      serviceId: 'licences',
      updatedAt: '2026-09-01T00:00:00Z',
    });
  });

  test('falls back to the default locale', () => {
    assert.equal(search.article('opening-hours', 'fr')?.lang, 'en');
    assert.equal(search.article('renew-licence', 'de')?.lang, 'en');
    assert.equal(search.article('renew-licence')?.question, 'How do I renew my driving licence?');
    assert.equal(search.article('birth-certificate')?.serviceId, null);
  });

  test('unknown ids', () => {
    assert.equal(search.article('nope'), undefined);
    assert.equal(search.article('other-ministry'), undefined);
    assert.equal(search.has('renew-licence'), true);
    assert.equal(search.has('nope'), false);
  });
});

describe('words', () => {
  test('plain text takes a fast path that finds exactly the words Intl.Segmenter finds', async () => {
    const { seed } = await import('../src/seed/index.ts');
    const texts = seed.faqs.flatMap((faq) => [...Object.values(faq.question), ...Object.values(faq.answerHtml).map(htmlToText), ...(faq.keywords ?? [])]);
    // And odd strings: joiners between letters and digits, apostrophes, quotes, dashes, symbols.
    const alphabet = "aZe1 9.,;:'’‘“”–—…«»€£\u00a0-/$?!()_\n\t\"&%@#*+=<>[]{}|~^`x0é";
    let state = 1;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) texts.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    let fast = 0;
    for (const text of texts) {
      for (const locale of ['en', 'fr', 'es', 'ar']) assert.deepEqual(wordSpans(text, locale), segmenterWordSpans(text, locale), `${JSON.stringify(text)} (${locale})`);
      if (/^[\x00-\x7f]*$/.test(text) && !text.includes('_')) fast++;
    }
    assert.ok(fast > 5_000, 'the fast path was taken');
  });
});

describe('htmlToText', () => {
  test('drops tags, keeps block boundaries as spaces and decodes entities', () => {
    assert.equal(
      htmlToText('<p>Fee:&nbsp;EC$50 &amp; more</p><ul><li>one</li><li>two&#8230;</li></ul><p>Call <a href="tel:311">311</a>.</p>'),
      'Fee:\u00a0EC$50 & more one two… Call 311.',
    );
    assert.equal(htmlToText('<script>alert(1)</script><p>Safe</p>'), 'Safe');
  });
});

describe('stop words', () => {
  const seedSearch = async () => {
    const { seed } = await import('../src/seed/index.ts');
    const transport = seed.ministries.find((m) => m.id === 'transport')!;
    return createFaqSearch(seed.faqs.filter((f) => f.ministryId === 'transport'), transport);
  };

  test('common words alone match nothing, and never decide what is offered', async () => {
    const search = await seedSearch();
    assert.equal(search.search('how do I', { lang: 'en' }).total, 0);
    assert.equal(search.search('el de la', { lang: 'es' }).total, 0);
    assert.equal(search.search('a', { lang: 'en' }).total, 0);
    const titles = search.search('a pothole', { lang: 'en', limit: 3 }).hits.map((h) => h.question.map((s) => s.text).join(''));
    assert.ok(titles.length > 0 && titles.every((t) => /pothole/i.test(t)), titles.join(' | '));
  });

  test('stop words are not highlighted in results', async () => {
    const search = await seedSearch();
    const [hit] = search.search('how to report a pothole', { lang: 'en' }).hits;
    const marked = hit!.question.filter((s) => s.match).map((s) => s.text.toLowerCase());
    assert.ok(marked.includes('pothole'));
    assert.ok(!marked.some((word) => ['how', 'to', 'a'].includes(word)), marked.join(','));
  });
});
