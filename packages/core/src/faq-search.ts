/**
 * FAQ search: typo-tolerant, prefix-matching, ranked full-text search over one ministry's FAQs
 * in each of its languages, with highlights returned as data (never HTML).
 *
 * Built on MiniSearch with one index per locale. Words are found with `Intl.Segmenter` (which
 * handles every language the centre serves, Arabic included) and normalised so that readers
 * need not type accents or Arabic vowel marks: see {@link normalizeTerm}.
 */
import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { LIMITS } from '@civic-contact/contract';
import type { FaqArticle, FaqEntry, FaqSearchHit, FaqSearchResponse, HighlightSegment, Ministry } from '@civic-contact/contract';

/** Options of {@link FaqSearch.search}. */
export interface FaqSearchOptions {
  /** Language to search in; falls back to the ministry's default when it is not one of its locales. */
  lang?: string;
  /** Most hits to return: default `LIMITS.searchLimitDefault`, at most `LIMITS.searchLimitMax`. */
  limit?: number;
  /** Narrow to one service: see {@link FaqSearch.search}. */
  serviceId?: string;
}

/** Search over one ministry's FAQs. */
export interface FaqSearch {
  /**
   * Ranked hits for `query`, best first. `total` counts every match, not only those returned.
   *
   * With `serviceId`, FAQs of other services are left out; FAQs of that service score double,
   * so they come first unless a general FAQ (one with no service) matches much better.
   */
  search(query: string, options?: FaqSearchOptions): FaqSearchResponse;
  /** One FAQ in `lang`, or in the ministry's default locale when it has no such translation. */
  article(id: string, lang?: string): FaqArticle | undefined;
  /** Whether the ministry has an FAQ with this id. */
  has(id: string): boolean;
}

const BOOST = { question: 3, keywords: 2, answer: 1, category: 0.5 };
const SERVICE_BOOST = 2;
const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match in a snippet, so it reads in context. */
const SNIPPET_LEAD = 40;
const ELLIPSIS = '…';

// Fuzziness by term length: three letters or fewer must match exactly ("tax" is not "fax"),
// one typo up to seven letters ("licnce" → "licence"), two from eight ("certficat").
function fuzziness(term: string): number | false {
  const length = [...term].length;
  if (length <= 3) return false;
  return length < 8 ? 1 : 2;
}

// A one- or two-letter prefix matches half the index; wait for a third letter.
function prefixSearch(term: string): boolean {
  return [...term].length >= 3;
}

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/u;
// Light stemming after Lucene's ArabicStemmer: one article/conjunction prefix, then suffixes,
// each only when at least two letters remain, so "الرخصة" and "رخصة" meet as "رخص".
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function stemArabic(word: string): string {
  let stem = word;
  const prefix = ARABIC_PREFIXES.find((p) => stem.startsWith(p) && stem.length >= p.length + (p.length === 1 ? 3 : 2));
  if (prefix) stem = stem.slice(prefix.length);
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length >= suffix.length + 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * The form a word is indexed and searched under: lower case; accents and other combining marks
 * removed after NFD decomposition ("Certificát" → "certificat"); for Arabic also tashkeel and
 * tatweel removed, hamza and wasla forms of alef read as plain alef, alef maqsura as yeh, teh
 * marbuta as heh, then light prefix/suffix stemming. Returns null for nothing left.
 */
export function normalizeTerm(term: string): string | null {
  const plain = term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
  const word = ARABIC_LETTERS.test(plain) ? stemArabic(plain) : plain;
  return word === '' ? null : word;
}

/**
 * Words too common to tell FAQs apart ("a", "how", "de", "في"): left out of the index and of
 * queries, so "A traffic light…" is not offered for "a pothole", and `total` counts real matches.
 * Listed as {@link normalizeTerm} leaves them (lower case, no accents).
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'a an the and or but of to in on at by for with from as is are was were be been it its this that these those i me my we our you your he she they them their what which who how do does did can could would should will shall have has had not no if so there here about into than then'.split(' '),
  ),
  fr: new Set(
    'le la les l un une des du de d et ou mais a au aux en dans par pour sur avec sans ce cet cette ces je j me m mon ma mes nous notre vous votre vos il elle ils elles leur leurs qui que qu quoi comment est sont etre ai as avons avez ont ne pas se s si y'.split(' '),
  ),
  es: new Set(
    'el la los las lo un una unos unas de del y o pero a al en por para con sin que como es son ser se su sus mi mis yo me nos nuestro tu te usted ustedes le les si no esta este esto estos estas hay'.split(' '),
  ),
  ar: new Set(['في', 'من', 'الى', 'إلى', 'على', 'عن', 'ان', 'أن', 'او', 'أو', 'ما', 'هل', 'كيف', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'مع', 'ثم', 'لا', 'لم', 'لن', 'قد', 'كل', 'اي', 'أي'].map((w) => normalizeTerm(w) ?? w)),
};

/** {@link normalizeTerm}, less the stop words of the index's language. */
function termProcessor(locale: string): (term: string) => string | null {
  const stop = STOP_WORDS[locale.split('-')[0] ?? ''];
  return (term) => {
    const word = normalizeTerm(term);
    return word !== null && stop?.has(word) ? null : word;
  };
}

interface WordSpan {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

const APOSTROPHES = /['’ʼ]/gu;

/**
 * Positions of the words of `text`. Segmenter words are split again at apostrophes, because
 * the segmenter keeps French elisions whole ("l'immatriculation") and a search for
 * "immatriculation" must find them.
 */
function wordSpans(text: string, locale: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const { segment, index, isWordLike } of segmenterFor(locale).segment(text)) {
    if (!isWordLike) continue;
    let start = 0;
    for (const apostrophe of segment.matchAll(APOSTROPHES)) {
      if (apostrophe.index > start) spans.push({ start: index + start, end: index + apostrophe.index });
      start = apostrophe.index + apostrophe[0].length;
    }
    if (segment.length > start) spans.push({ start: index + start, end: index + segment.length });
  }
  return spans;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body] ?? entity;
}

const BLOCK_TAGS = /^\/?(p|br|li|ul|ol|div|h[1-6]|tr|td|th|table|blockquote|section|dd|dt|hr)\b/i;

/**
 * The text of the simple, sanitised HTML of an FAQ answer, without a DOM (this runs in Node
 * too): tags dropped, block boundaries kept as spaces, entities decoded, white space collapsed.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<([^>]*)>/g, (_, tag: string) => (BLOCK_TAGS.test(tag) ? ' ' : ''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => decodeEntity(entity, body))
    // ASCII white space only: a no-break space in "8&nbsp;am" is meant to stay.
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** Highlight segments of `text` between `from` and `to`, marking words whose normalised form matched. */
function highlight(text: string, spans: readonly WordSpan[], matched: ReadonlySet<string>, from = 0, to = text.length): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (piece: string, match: boolean): void => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let position = from;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    const term = normalizeTerm(text.slice(span.start, span.end));
    if (term === null || !matched.has(term)) continue;
    push(text.slice(position, span.start), false);
    push(text.slice(span.start, span.end), true);
    position = span.end;
  }
  push(text.slice(position, to), false);
  return segments;
}

/**
 * About {@link SNIPPET_LENGTH} characters of `text` around its first matched word, cut at word
 * boundaries, with "…" where text was left out; the start of the text when no word matched.
 */
function snippet(text: string, spans: readonly WordSpan[], matched: ReadonlySet<string>): HighlightSegment[] {
  if (text.length <= SNIPPET_LENGTH) return highlight(text, spans, matched);
  const first = spans.find((span) => {
    const term = normalizeTerm(text.slice(span.start, span.end));
    return term !== null && matched.has(term);
  });
  let from = Math.max(0, Math.min((first?.start ?? 0) - SNIPPET_LEAD, text.length - SNIPPET_LENGTH));
  if (from > 0) from = spans.find((span) => span.start >= from)?.start ?? from;
  let to = from + SNIPPET_LENGTH;
  if (to < text.length) {
    const lastWhole = spans.filter((span) => span.end <= to).at(-1);
    // Keep sentence punctuation right after the last word ("… in an emergency.").
    to = lastWhole ? lastWhole.end + (/^[.,;:!?؟،)]/u.test(text.slice(lastWhole.end)) ? 1 : 0) : to;
  } else {
    to = text.length;
  }
  const segments = highlight(text, spans, matched, from, to);
  if (from > 0) segments.unshift({ text: ELLIPSIS, match: false });
  if (to < text.length) segments.push({ text: ELLIPSIS, match: false });
  // Merge the ellipses into neighbouring plain text, so segments alternate.
  return segments.reduce<HighlightSegment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}

interface IndexedFaq {
  id: string;
  lang: string;
  question: string;
  answer: string;
  category: string;
  keywords: string;
}

function translation(text: Record<string, string>, lang: string, fallback: string): { lang: string; text: string } {
  for (const candidate of [lang, fallback]) {
    const value = text[candidate];
    if (value !== undefined) return { lang: candidate, text: value };
  }
  const [first] = Object.entries(text);
  return first ? { lang: first[0], text: first[1] } : { lang: fallback, text: '' };
}

/**
 * The search over `ministry`'s FAQs among `entries` (entries of other ministries are ignored).
 * Indexes are built on the first search in each language.
 */
export function createFaqSearch(entries: FaqEntry[], ministry: Pick<Ministry, 'id' | 'defaultLocale' | 'locales'>): FaqSearch {
  const faqs = new Map(entries.filter((entry) => entry.ministryId === ministry.id).map((entry) => [entry.id, entry]));
  const fallback = ministry.defaultLocale;
  const indexes = new Map<string, { search: MiniSearch<IndexedFaq>; docs: Map<string, IndexedFaq> }>();

  /** The ministry locale to answer in: exact, then by language ("fr-CA" → "fr"), then the default. */
  function localeFor(lang: string | undefined): string {
    if (!lang) return fallback;
    if (ministry.locales.includes(lang)) return lang;
    const language = lang.split('-')[0];
    return ministry.locales.find((locale) => locale === language || locale.split('-')[0] === language) ?? fallback;
  }

  /** The locale to search in: {@link localeFor}, unless no FAQ has been translated into it. */
  function searchLocaleFor(lang: string | undefined): string {
    const locale = localeFor(lang);
    return [...faqs.values()].some((entry) => entry.question[locale] !== undefined) ? locale : fallback;
  }

  function indexFor(locale: string): { search: MiniSearch<IndexedFaq>; docs: Map<string, IndexedFaq> } {
    let index = indexes.get(locale);
    if (index) return index;
    const docs = new Map<string, IndexedFaq>();
    for (const entry of faqs.values()) {
      const question = translation(entry.question, locale, fallback);
      docs.set(entry.id, {
        id: entry.id,
        lang: question.lang,
        question: question.text,
        answer: htmlToText(translation(entry.answerHtml, question.lang, fallback).text),
        category: translation(entry.category, question.lang, fallback).text,
        keywords: (entry.keywords ?? []).join(' \n '),
      });
    }
    const search = new MiniSearch<IndexedFaq>({
      fields: ['question', 'keywords', 'answer', 'category'],
      tokenize: (text) => wordSpans(text, locale).map((span) => text.slice(span.start, span.end)),
      processTerm: termProcessor(locale),
      searchOptions: { boost: BOOST, prefix: prefixSearch, fuzzy: fuzziness, combineWith: 'OR' },
    });
    search.addAll([...docs.values()]);
    index = { search, docs };
    indexes.set(locale, index);
    return index;
  }

  function toHit(result: SearchResult, doc: IndexedFaq, locale: string): FaqSearchHit {
    const matched = new Set(result.terms);
    // The index's segmenter, so highlighted words are exactly the words that were indexed.
    return {
      id: doc.id,
      lang: doc.lang,
      question: highlight(doc.question, wordSpans(doc.question, locale), matched),
      snippet: snippet(doc.answer, wordSpans(doc.answer, locale), matched),
      category: doc.category,
      score: Math.round(result.score * 1000) / 1000,
    };
  }

  return {
    search(query, options = {}) {
      const text = query.trim().slice(0, LIMITS.searchQueryMaxLength);
      const locale = searchLocaleFor(options.lang);
      const limit = Math.min(LIMITS.searchLimitMax, Math.max(1, Math.floor(options.limit ?? LIMITS.searchLimitDefault)));
      const { search, docs } = indexFor(locale);
      const { serviceId } = options;
      const results = search.search(
        text,
        serviceId === undefined
          ? {}
          : {
              filter: (result) => {
                const owner = faqs.get(result.id as string)?.serviceId;
                return owner === undefined || owner === serviceId;
              },
              boostDocument: (id) => (faqs.get(id as string)?.serviceId === serviceId ? SERVICE_BOOST : 1),
            },
      );
      const hits = results.slice(0, limit).flatMap((result) => {
        const doc = docs.get(result.id as string);
        return doc ? [toHit(result, doc, locale)] : [];
      });
      return { query: text, lang: locale, total: results.length, hits };
    },

    article(id, lang) {
      const entry = faqs.get(id);
      if (!entry) return undefined;
      const question = translation(entry.question, localeFor(lang), fallback);
      return {
        id: entry.id,
        lang: question.lang,
        question: question.text,
        answerHtml: translation(entry.answerHtml, question.lang, fallback).text,
        category: translation(entry.category, question.lang, fallback).text,
        serviceId: entry.serviceId ?? null,
        updatedAt: entry.updatedAt,
      };
    },

    has(id) {
      return faqs.has(id);
    },
  };
}
