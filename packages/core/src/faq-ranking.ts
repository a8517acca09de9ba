/**
 * Ranking over a MiniSearch index in its serialised form (`MiniSearch#toJSON()`), with
 * MiniSearch's own scoring: BM25+ per field, prefix and fuzzy matches weighted by how far they
 * are from the query term, and the sum multiplied by the number of query terms matched.
 *
 * Why not `MiniSearch.loadJS` and `MiniSearch#search`: loading turns every posting into a `Map`
 * entry (60–100 ms for 5,000 FAQs on a slow machine), and a search builds a result object, with
 * the stored fields copied in, for every matching FAQ (often a quarter of them) to sort them
 * all. Here the postings stay the plain objects `JSON.parse` made, are read only for the terms a
 * query touches (each converted to arrays once, on first use), scores add up in typed arrays,
 * and only the FAQs asked for become objects. MiniSearch's radix tree still finds the terms.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { AsPlainObject } from 'minisearch';

/** MiniSearch's defaults, so scores are the ones `MiniSearch#search` gives. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

type SerialisedPostings = Record<string, number>;
type SerialisedTerm = Record<string, SerialisedPostings>;

/** One field's postings of a term, as arrays. */
interface Postings {
  docs: Int32Array;
  frequencies: Float64Array;
}

/** A term of the index: its serialised postings per field id, and the same as arrays once read. */
interface Term {
  serialised: SerialisedTerm;
  fields: (Postings | null)[] | undefined;
}

/** How each query term is matched. */
export interface TermMatching {
  /** Whether to match words that start with the term (MiniSearch's `prefix` option). */
  prefix(term: string, i: number, terms: readonly string[]): boolean;
  /** Largest edit distance for fuzzy matches, or false (MiniSearch's `fuzzy` option, in letters). */
  fuzzy(term: string, i: number, terms: readonly string[]): number | false;
}

/** A ranked document: its short id in the index and its score. */
export interface Ranked {
  doc: number;
  score: number;
}

/** A query's outcome: every matching document, best first, and how to tell which words matched one. */
export interface Ranking {
  ranked: Ranked[];
  /** The indexed terms (as normalised) that matched `doc`: what to highlight. */
  matchedTerms(doc: number): Set<string>;
}

/** One locale's index, read from MiniSearch's serialised form. */
export class TermIndex {
  readonly #terms: SearchableMap<Term>;
  readonly #fieldIds: number[];
  readonly #boosts: number[];
  readonly #documentCount: number;
  readonly #fieldLength: Record<string, number[]>;
  readonly #averageFieldLength: number[];
  readonly #scores: Float64Array;
  readonly #lastTerm: Int32Array;
  readonly #quality: Uint16Array;

  /** @param boosts - weight of each field searched, in the order MiniSearch searches them */
  constructor(index: AsPlainObject, boosts: Readonly<Record<string, number>>) {
    this.#terms = new SearchableMap<Term>();
    for (const [term, serialised] of index.index) this.#terms.set(term, { serialised: serialised as unknown as SerialisedTerm, fields: undefined });
    const fields = Object.keys(boosts);
    this.#fieldIds = fields.map((field) => index.fieldIds[field]!);
    this.#boosts = fields.map((field) => boosts[field]!);
    this.#documentCount = index.documentCount;
    this.#fieldLength = index.fieldLength;
    this.#averageFieldLength = index.averageFieldLength;
    this.#scores = new Float64Array(index.nextId);
    this.#lastTerm = new Int32Array(index.nextId);
    this.#quality = new Uint16Array(index.nextId);
  }

  /** Whether the index holds this (normalised) term. */
  has(term: string): boolean {
    return this.#terms.has(term);
  }

  /**
   * Ranks the documents for `terms` (the query, already tokenised and normalised): each term
   * exactly, by prefix and fuzzily as `matching` says; a document's score is the sum over
   * the matches, times the number of distinct query terms it matched. `boost` multiplies a
   * document's score (0 leaves it out).
   */
  rank(terms: readonly string[], matching: TermMatching, boost: (doc: number) => number = () => 1): Ranking {
    const scores = this.#scores;
    // No document has been matched by any query term yet.
    this.#lastTerm.fill(-1);
    const quality = this.#quality;
    const touched: number[] = [];
    const matched: { term: string; serialised: SerialisedTerm }[] = [];
    const distinct = [...new Set(terms)];

    terms.forEach((term, i) => {
      const source = distinct.indexOf(term);
      const add = (derived: string, data: Term, weight: number): void => {
        matched.push({ term: derived, serialised: data.serialised });
        this.#score(data, weight, source, boost, touched);
      };
      const exact = this.#terms.get(term);
      if (exact) add(term, exact, 1);
      const prefixes = matching.prefix(term, i, terms) ? this.#terms.atPrefix(term) : undefined;
      const maxDistance = matching.fuzzy(term, i, terms);
      const fuzzy = maxDistance ? this.#fuzzy(term, maxDistance) : undefined;
      if (prefixes) {
        for (const [derived, data] of prefixes) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          fuzzy?.delete(derived);
          add(derived, data, (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [derived, [data, distance]] of fuzzy) {
          if (distance) add(derived, data, (WEIGHTS.fuzzy * derived.length) / (derived.length + distance));
        }
      }
    });

    const ranked: Ranked[] = touched.map((doc) => {
      const result = { doc, score: scores[doc]! * quality[doc]! };
      scores[doc] = 0;
      quality[doc] = 0;
      return result;
    });
    // Best first; equal scores in index order, so every run and every copy of the index agree.
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return {
      ranked,
      matchedTerms: (doc) => {
        const key = String(doc);
        return new Set(matched.filter(({ serialised }) => Object.values(serialised).some((postings) => postings[key] !== undefined)).map(({ term }) => term));
      },
    };
  }

  /**
   * One field's postings as arrays. Postings of documents the index does not describe, or with
   * no positive frequency, are dropped: an index file is read, not trusted.
   */
  #postingsOf(serialised: SerialisedPostings | undefined): Postings | null {
    if (typeof serialised !== 'object' || serialised === null) return null;
    const keys = Object.keys(serialised).filter((key) => {
      const frequency = serialised[key];
      const doc = Number(key);
      return Number.isInteger(doc) && doc >= 0 && doc < this.#scores.length && Array.isArray(this.#fieldLength[key]) && typeof frequency === 'number' && frequency > 0;
    });
    const docs = new Int32Array(keys.length);
    const frequencies = new Float64Array(keys.length);
    keys.forEach((key, i) => {
      docs[i] = Number(key);
      frequencies[i] = serialised[key]!;
    });
    return { docs, frequencies };
  }

  /**
   * Indexed terms within `maxDistance` edits of `term` (Levenshtein, through the radix tree),
   * and those one swap of neighbouring letters away ("abroda" → "abroad"): the commonest typo
   * of all, which Levenshtein counts as two edits.
   */
  #fuzzy(term: string, maxDistance: number): Map<string, [Term, number]> {
    const found = this.#terms.fuzzyGet(term, maxDistance);
    for (let i = 0; i < term.length - 1; i++) {
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1]! + term[i]! + term.slice(i + 2);
      const data = this.#terms.get(swapped);
      if (data) found.set(swapped, [data, 1]);
    }
    return found;
  }

  /** Adds one term's BM25+ scores, for every field, to the documents it occurs in. */
  #score(term: Term, weight: number, source: number, boost: (doc: number) => number, touched: number[]): void {
    const scores = this.#scores;
    const lastTerm = this.#lastTerm;
    const quality = this.#quality;
    term.fields ??= this.#fieldIds.map((fieldId) => this.#postingsOf(term.serialised[fieldId]));
    term.fields.forEach((postings, f) => {
      if (!postings) return;
      const fieldId = this.#fieldIds[f]!;
      const averageLength = this.#averageFieldLength[fieldId]!;
      const matching = postings.docs.length;
      const inverseFrequency = Math.log(1 + (this.#documentCount - matching + 0.5) / (matching + 0.5));
      const fieldWeight = weight * this.#boosts[f]!;
      for (let p = 0; p < matching; p++) {
        const doc = postings.docs[p]!;
        const docBoost = boost(doc);
        if (!docBoost) continue;
        const frequency = postings.frequencies[p]!;
        const length = this.#fieldLength[doc]![fieldId]!;
        const bm25 = inverseFrequency * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)));
        if (scores[doc] === 0 && quality[doc] === 0) touched.push(doc);
        scores[doc]! += fieldWeight * docBoost * bm25;
        if (lastTerm[doc] !== source) {
          lastTerm[doc] = source;
          quality[doc]!++;
        }
      }
    });
  }
}


