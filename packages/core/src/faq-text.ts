/**
 * The text side of FAQ search: how words are found, normalised and highlighted. Shared by the
 * index (which must see exactly the words the highlighter marks) and the highlighter.
 */
import type { HighlightSegment } from '@civic-contact/contract';

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/u;
const PLAIN_TERM = /^[A-Za-z0-9]+$/;
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
  // Most words are plain ASCII: nothing to strip (the index and every highlight normalise each word).
  if (PLAIN_TERM.test(term)) return term.toLowerCase();
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

/** {@link normalizeTerm}, less the stop words of `locale`'s language. */
export function termProcessor(locale: string): (term: string) => string | null {
  const stop = STOP_WORDS[locale.split('-')[0] ?? ''];
  return (term) => {
    const word = normalizeTerm(term);
    return word !== null && stop?.has(word) ? null : word;
  };
}

/** Where a word is in a text: `text.slice(start, end)`. */
export interface WordSpan {
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
 * Positions of the words of `text` by `Intl.Segmenter`. Segmenter words are split again at
 * apostrophes, because the segmenter keeps French elisions whole ("l'immatriculation") and a
 * search for "immatriculation" must find them.
 */
export function segmenterWordSpans(text: string, locale: string): WordSpan[] {
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

/**
 * Text the fast path reads exactly as the segmenter does: ASCII but "_" (which the segmenter joins
 * to words in ways of its own), and non-ASCII punctuation common in English that only separates
 * words or, like "’", is split at anyway ("‘" is not: the segmenter joins words across it).
 */
const PLAIN_TEXT = /^[\0-\x5e\x60-\x7f\u00a0\u00a3\u00ab\u00bb\u2013\u2014\u2019\u201c\u201d\u2026\u20ac]*$/;
/**
 * The words of plain text by the segmenter's rules (Unicode UAX #29) restricted to it: letters and
 * digits run together; ":" and "." join letters ("e.g", "a:b"); ",", ";" and "." join digits
 * ("1,000.5"). Apostrophes, which the segmenter joins and {@link segmenterWordSpans} splits at,
 * separate.
 */
const PLAIN_WORD = /[A-Za-z0-9]+(?:(?:(?<=[A-Za-z])[:.](?=[A-Za-z])|(?<=[0-9])[,;.](?=[0-9]))[A-Za-z0-9]+)*/g;

/**
 * Positions of the words of `text`, as {@link segmenterWordSpans} finds them. Plain English text
 * takes a regular expression about ten times faster than `Intl.Segmenter`, with the same words.
 */
export function wordSpans(text: string, locale: string): WordSpan[] {
  if (!PLAIN_TEXT.test(text)) return segmenterWordSpans(text, locale);
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(PLAIN_WORD)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** The words of `text`, as {@link wordSpans} finds them: the index's tokenizer. */
export function words(text: string, locale: string): string[] {
  if (PLAIN_TEXT.test(text)) return text.match(PLAIN_WORD) ?? [];
  return segmenterWordSpans(text, locale).map((span) => text.slice(span.start, span.end));
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

const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match in a snippet, so it reads in context. */
const SNIPPET_LEAD = 40;
const ELLIPSIS = '…';

/** Highlight segments of `text` between `from` and `to`, marking words whose normalised form matched. */
export function highlight(text: string, spans: readonly WordSpan[], matched: ReadonlySet<string>, from = 0, to = text.length): HighlightSegment[] {
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
export function snippet(text: string, spans: readonly WordSpan[], matched: ReadonlySet<string>): HighlightSegment[] {
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
