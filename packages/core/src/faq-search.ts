/**
 * FAQ search: typo-tolerant, prefix-matching, ranked full-text search over one ministry's FAQs
 * in each of its languages, with highlights returned as data (never HTML).
 *
 * One index per locale, built by MiniSearch and kept in MiniSearch's serialised form, which is
 * also the prebuilt index file's; searches score it with MiniSearch's BM25+ (see
 * faq-ranking.ts). Words are found with `Intl.Segmenter` (which handles every language the
 * centre serves, Arabic included; plain English text takes a faster path to the same words) and
 * normalised so that readers need not type accents or Arabic vowel marks: see
 * {@link normalizeTerm}.
 *
 * Matching: every query word exactly; the last one also as a prefix (it is the one still being
 * typed); a word no FAQ uses also fuzzily, a swap of neighbouring letters counting as one typo.
 *
 * The same search runs in the server (over the database, {@link createFaqSearch}) and in a
 * browser (over a prebuilt index file, {@link buildFaqIndex} and {@link loadFaqIndex}), so this
 * module imports nothing server-only.
 */
import MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import { LIMITS } from '@civic-contact/contract';
import type { FaqArticle, FaqEntry, FaqSearchHit, FaqSearchResponse, Ministry } from '@civic-contact/contract';
import { highlight, htmlToText, snippet, termProcessor, wordSpans, words } from './faq-text.ts';
import { TermIndex, type Ranking, type TermMatching } from './faq-ranking.ts';

export { htmlToText, normalizeTerm } from './faq-text.ts';

/** Options of {@link FaqIndexSearch.search}. */
export interface FaqSearchOptions {
  /** Language to search in; falls back to the ministry's default when it is not one of its locales. */
  lang?: string;
  /** Most hits to return: default `LIMITS.searchLimitDefault`, at most `LIMITS.searchLimitMax`. */
  limit?: number;
  /** Narrow to one service: see {@link FaqIndexSearch.search}. */
  serviceId?: string;
}

/** Search over one ministry's FAQs: what a prebuilt index ({@link loadFaqIndex}) can do. */
export interface FaqIndexSearch {
  /** The ministry whose FAQs these are. */
  readonly ministryId: string;
  /** The ministry's locales (the first-choice languages a search may ask for). */
  readonly locales: readonly string[];
  /**
   * Ranked hits for `query`, best first. `total` counts every match, not only those returned.
   *
   * With `serviceId`, FAQs of other services are left out; FAQs of that service score double,
   * so they come first unless a general FAQ (one with no service) matches much better.
   */
  search(query: string, options?: FaqSearchOptions): FaqSearchResponse;
}

/** Search over one ministry's FAQs, with the FAQs themselves at hand ({@link createFaqSearch}). */
export interface FaqSearch extends FaqIndexSearch {
  /** One FAQ in `lang`, or in the ministry's default locale when it has no such translation. */
  article(id: string, lang?: string): FaqArticle | undefined;
  /** Whether the ministry has an FAQ with this id. */
  has(id: string): boolean;
}

type MinistryLocales = Pick<Ministry, 'id' | 'defaultLocale' | 'locales'>;

/**
 * A JSON-serialisable prebuilt index of one ministry's FAQs in all its locales, made by
 * {@link buildFaqIndex} and read by {@link loadFaqIndex}. Serve it as a static file so that a
 * page searches without a request per keystroke.
 */
export interface FaqIndexFile {
  format: 'civic-contact-faq-index';
  version: 1;
  ministry: { id: string; defaultLocale: string; locales: string[] };
  /** When the index was built (ISO 8601). */
  generatedAt: string;
  /**
   * One MiniSearch index (its own `toJSON()` form) per locale that has FAQs written in it, the
   * default locale always included. Each stores per FAQ only what results show: question,
   * answer as text, category, service and the language they are in.
   */
  indexes: Record<string, AsPlainObject>;
}

/** A value given to {@link loadFaqIndex} that is not a usable FAQ index. */
export class FaqIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaqIndexError';
  }
}

const FORMAT = 'civic-contact-faq-index';
const VERSION = 1;

const BOOST = { question: 3, keywords: 2, answer: 1, category: 0.5 };
const SERVICE_BOOST = 2;

// Fuzziness by term length: three letters or fewer must match exactly ("tax" is not "fax"),
// one typo up to seven letters ("licnce" → "licence"), two from eight ("certficat").
function fuzziness(term: string): number | false {
  const length = [...term].length;
  if (length <= 3) return false;
  return length < 8 ? 1 : 2;
}

/** One FAQ as one locale's index sees it. Only `STORED_FIELDS` are kept in the index. */
interface IndexedFaq {
  id: string;
  lang: string;
  question: string;
  answer: string;
  category: string;
  keywords: string;
  serviceId?: string;
}

/** What the index keeps of an FAQ: what a hit shows, and its service for `serviceId`. */
interface StoredFaq {
  lang: string;
  question: string;
  answer: string;
  category: string;
  serviceId?: string;
}

/** One locale's index: its terms, and each FAQ's id and stored fields by short id. */
interface LocaleIndex {
  terms: TermIndex;
  ids: Record<string, string>;
  stored: Record<string, StoredFaq>;
  processTerm: (term: string) => string | null;
}

const FIELDS = ['question', 'keywords', 'answer', 'category'];
const STORED_FIELDS = ['lang', 'question', 'answer', 'category', 'serviceId'];

function localeIndex(index: AsPlainObject, locale: string): LocaleIndex {
  return {
    terms: new TermIndex(index, BOOST),
    ids: index.documentIds as Record<string, string>,
    stored: index.storedFields as Record<string, StoredFaq>,
    processTerm: termProcessor(locale),
  };
}

function translation(text: Record<string, string>, lang: string, fallback: string): { lang: string; text: string } {
  for (const candidate of [lang, fallback]) {
    const value = text[candidate];
    if (value !== undefined) return { lang: candidate, text: value };
  }
  const [first] = Object.entries(text);
  return first ? { lang: first[0], text: first[1] } : { lang: fallback, text: '' };
}

function ministryFaqs(entries: readonly FaqEntry[], ministry: MinistryLocales): Map<string, FaqEntry> {
  return new Map(entries.filter((entry) => entry.ministryId === ministry.id).map((entry) => [entry.id, entry]));
}

/** The locales with an index: those some FAQ is written in, and always the default. */
function indexedLocales(faqs: ReadonlyMap<string, FaqEntry>, ministry: MinistryLocales): string[] {
  const written = ministry.locales.filter((locale) => [...faqs.values()].some((entry) => entry.question[locale] !== undefined));
  return [ministry.defaultLocale, ...written.filter((locale) => locale !== ministry.defaultLocale)];
}

/** MiniSearch's serialised index of the FAQs in `locale`: the form files hold, and searches read. */
function buildLocaleIndex(faqs: ReadonlyMap<string, FaqEntry>, locale: string, fallback: string): AsPlainObject {
  const search = new MiniSearch<IndexedFaq>({ fields: FIELDS, storeFields: STORED_FIELDS, tokenize: (text) => words(text, locale), processTerm: termProcessor(locale) });
  const docs: IndexedFaq[] = [];
  for (const entry of faqs.values()) {
    const question = translation(entry.question, locale, fallback);
    docs.push({
      id: entry.id,
      lang: question.lang,
      question: question.text,
      answer: htmlToText(translation(entry.answerHtml, question.lang, fallback).text),
      category: translation(entry.category, question.lang, fallback).text,
      keywords: (entry.keywords ?? []).join(' \n '),
      ...(entry.serviceId === undefined ? {} : { serviceId: entry.serviceId }),
    });
  }
  search.addAll(docs);
  return search.toJSON();
}

/**
 * The search itself, the same whether its indexes were built here or loaded from a file.
 * `indexFor` is asked only for locales in `indexed`.
 */
function searcher(ministry: MinistryLocales, indexed: ReadonlySet<string>, indexFor: (locale: string) => LocaleIndex): FaqIndexSearch {
  const fallback = ministry.defaultLocale;

  /** The locale searched and every match, best first. */
  function rank(query: string, options: FaqSearchOptions): { text: string; locale: string; index: LocaleIndex; ranking: Ranking } {
    const text = query.trim().slice(0, LIMITS.searchQueryMaxLength);
    const preferred = localeFor(ministry, options.lang);
    // A language the ministry lists but no FAQ is written in reads as the default.
    const locale = indexed.has(preferred) ? preferred : fallback;
    const index = indexFor(locale);
    const terms = words(text, locale).flatMap((word) => index.processTerm(word) ?? []);
    const matching: TermMatching = {
      // Only the last word is still being typed; and a one- or two-letter prefix matches half
      // the index: wait for a third letter.
      prefix: (term, i, all) => i === all.length - 1 && [...term].length >= 3,
      // A word the FAQs use is taken as meant ("form" is not a typo of "from").
      fuzzy: (term) => (index.terms.has(term) ? false : fuzziness(term)),
    };
    const { serviceId } = options;
    const boost =
      serviceId === undefined
        ? undefined
        : (doc: number): number => {
            const owner = index.stored[doc]?.serviceId;
            if (owner === undefined) return 1;
            return owner === serviceId ? SERVICE_BOOST : 0;
          };
    return { text, locale, index, ranking: index.terms.rank(terms, matching, boost) };
  }

  function toHit(doc: number, score: number, index: LocaleIndex, matched: ReadonlySet<string>, locale: string): FaqSearchHit {
    const faq = index.stored[doc]!;
    // The index's tokenizer, so highlighted words are exactly the words that were indexed.
    return {
      id: index.ids[doc]!,
      lang: faq.lang,
      question: highlight(faq.question, wordSpans(faq.question, locale), matched),
      snippet: snippet(faq.answer, wordSpans(faq.answer, locale), matched),
      category: faq.category,
      score: Math.round(score * 1000) / 1000,
    };
  }

  const search: FaqIndexSearch = {
    ministryId: ministry.id,
    locales: Object.freeze([...ministry.locales]),
    search(query, options = {}) {
      const { text, locale, index, ranking } = rank(query, options);
      const limit = Math.min(LIMITS.searchLimitMax, Math.max(1, Math.floor(options.limit ?? LIMITS.searchLimitDefault)));
      const hits = ranking.ranked.slice(0, limit).map(({ doc, score }) => toHit(doc, score, index, ranking.matchedTerms(doc), locale));
      return { query: text, lang: locale, total: ranking.ranked.length, hits };
    },
  };
  rankings.set(search, (query, options = {}) => {
    const { index, ranking } = rank(query, options);
    return ranking.ranked.map(({ doc, score }) => ({ id: index.ids[doc]!, score }));
  });
  return search;
}

const rankings = new WeakMap<FaqIndexSearch, (query: string, options?: FaqSearchOptions) => { id: string; score: number }[]>();

/**
 * Every FAQ `search` matches for `query`, best first, without building hits (no highlighting,
 * no snippets): what ranking alone costs. For the benchmark; not part of the package's API.
 *
 * @internal
 */
export function rankFaqs(search: FaqIndexSearch, query: string, options?: FaqSearchOptions): { id: string; score: number }[] {
  const rank = rankings.get(search);
  if (!rank) throw new TypeError('Not a search made by createFaqSearch or loadFaqIndex.');
  return rank(query, options);
}

/** The ministry locale to answer in: exact, then by language ("fr-CA" → "fr"), then the default. */
function localeFor(ministry: MinistryLocales, lang: string | undefined): string {
  if (!lang) return ministry.defaultLocale;
  if (ministry.locales.includes(lang)) return lang;
  const language = lang.split('-')[0];
  return ministry.locales.find((locale) => locale === language || locale.split('-')[0] === language) ?? ministry.defaultLocale;
}

/**
 * The search over `ministry`'s FAQs among `entries` (entries of other ministries are ignored).
 * Indexes are built on the first search in each language.
 */
export function createFaqSearch(entries: FaqEntry[], ministry: MinistryLocales): FaqSearch {
  const faqs = ministryFaqs(entries, ministry);
  const fallback = ministry.defaultLocale;
  const indexes = new Map<string, LocaleIndex>();
  const search = searcher(ministry, new Set(indexedLocales(faqs, ministry)), (locale) => {
    let index = indexes.get(locale);
    if (!index) {
      index = localeIndex(buildLocaleIndex(faqs, locale, fallback), locale);
      indexes.set(locale, index);
    }
    return index;
  });

  const full: FaqSearch = {
    ...search,
    article(id, lang) {
      const entry = faqs.get(id);
      if (!entry) return undefined;
      const question = translation(entry.question, localeFor(ministry, lang), fallback);
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
  rankings.set(full, rankings.get(search)!);
  return full;
}

/**
 * The prebuilt index of `ministry`'s FAQs among `entries`, in every locale they are written in:
 * `JSON.stringify` it to a file, and {@link loadFaqIndex} gives the same answers as
 * {@link createFaqSearch} over the same entries.
 */
export function buildFaqIndex(entries: FaqEntry[], ministry: MinistryLocales, options: { now?: Date } = {}): FaqIndexFile {
  const faqs = ministryFaqs(entries, ministry);
  const indexes: Record<string, AsPlainObject> = {};
  for (const locale of indexedLocales(faqs, ministry)) indexes[locale] = buildLocaleIndex(faqs, locale, ministry.defaultLocale);
  return {
    format: FORMAT,
    version: VERSION,
    ministry: { id: ministry.id, defaultLocale: ministry.defaultLocale, locales: [...ministry.locales] },
    generatedAt: (options.now ?? new Date()).toISOString(),
    indexes,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The search over a prebuilt index (the parsed JSON of {@link buildFaqIndex}'s file). Every
 * locale is loaded at once, so a broken file fails here rather than at some later keystroke.
 *
 * @throws FaqIndexError when `file` is not an FAQ index, is of a version this library does not
 *   read, or is corrupt.
 */
export function loadFaqIndex(file: unknown): FaqIndexSearch {
  if (!isObject(file) || file['format'] !== FORMAT) throw new FaqIndexError(`Not an FAQ index: expected an object with format "${FORMAT}".`);
  if (file['version'] !== VERSION) {
    throw new FaqIndexError(`Unsupported FAQ index version ${JSON.stringify(file['version'])}: this library reads version ${VERSION}; rebuild the index with it.`);
  }
  const corrupt = (what: string): FaqIndexError => new FaqIndexError(`Corrupt FAQ index: ${what}.`);
  const { ministry, indexes } = file;
  if (!isObject(ministry) || !isString(ministry['id']) || !isString(ministry['defaultLocale']) || !Array.isArray(ministry['locales']) || !ministry['locales'].every(isString)) {
    throw corrupt('its ministry must have an id, a defaultLocale and a list of locales');
  }
  if (!isString(file['generatedAt'])) throw corrupt('generatedAt is missing');
  if (!isObject(indexes)) throw corrupt('indexes is missing');
  const owner: MinistryLocales = { id: ministry['id'], defaultLocale: ministry['defaultLocale'], locales: [...(ministry['locales'] as string[])] };
  if (!(owner.defaultLocale in indexes)) throw corrupt(`there is no index of the default locale "${owner.defaultLocale}"`);

  const loaded = new Map<string, LocaleIndex>();
  for (const [locale, data] of Object.entries(indexes)) {
    if (locale !== owner.defaultLocale && !owner.locales.includes(locale)) throw corrupt(`"${locale}" is not one of the ministry's locales`);
    loaded.set(locale, loadLocaleIndex(data, locale, (what) => corrupt(`the "${locale}" index ${what}`)));
  }
  return searcher(owner, new Set(loaded.keys()), (locale) => loaded.get(locale)!);
}

const EXPECTED_FIELD_IDS = JSON.stringify(Object.fromEntries(FIELDS.map((field, i) => [field, i])));

function loadLocaleIndex(data: unknown, locale: string, corrupt: (what: string) => FaqIndexError): LocaleIndex {
  if (!isObject(data) || data['serializationVersion'] !== 2 || !Array.isArray(data['index'])) throw corrupt('is not a MiniSearch index');
  if (JSON.stringify(data['fieldIds']) !== EXPECTED_FIELD_IDS) throw corrupt(`indexes other fields than ${FIELDS.join(', ')}`);
  const { documentIds, storedFields, fieldLength, averageFieldLength, documentCount, nextId } = data;
  if (!isObject(documentIds) || !isObject(storedFields) || !isObject(fieldLength)) throw corrupt('has no documents');
  if (!isCount(documentCount) || !isCount(nextId) || !isLengths(averageFieldLength)) throw corrupt('has no document statistics');
  for (const [shortId, id] of Object.entries(documentIds)) {
    const doc = storedFields[shortId];
    const valid =
      Number(shortId) < nextId &&
      isString(id) &&
      isLengths(fieldLength[shortId]) &&
      isObject(doc) &&
      isString(doc['lang']) &&
      isString(doc['question']) &&
      isString(doc['answer']) &&
      isString(doc['category']) &&
      (doc['serviceId'] === undefined || isString(doc['serviceId']));
    if (!valid) throw corrupt(`has a malformed FAQ (${JSON.stringify(id)})`);
  }
  for (const entry of data['index'] as unknown[]) {
    if (!Array.isArray(entry) || !isString(entry[0]) || !isObject(entry[1])) throw corrupt(`has a malformed term (${JSON.stringify(entry)?.slice(0, 40)})`);
  }
  // Postings are checked as the terms are first searched (see TermIndex): there are too many to read all now.
  return localeIndex(data as AsPlainObject, locale);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isLengths = (value: unknown): boolean => Array.isArray(value) && value.length === FIELDS.length && value.every((n) => typeof n === 'number' && n >= 0);
