/**
 * Ticket references: what a citizen reads out on the phone, e.g. `MOH-7K3D-9QX6`.
 *
 * A reference is a ministry prefix (2–5 letters A–Z) and 8 characters of Crockford base32
 * shown as two groups of 4. The first 7 body characters are random (35 bits), so references
 * are non-sequential and reveal nothing about volume; the 8th is a Damm check character, so
 * any single mistyped character and any swap of two neighbouring characters is caught
 * before a request is made.
 *
 * @module
 */

import { REFERENCE_ALPHABET } from './reference-pattern.ts';

export { REFERENCE_ALPHABET, REFERENCE_PATTERN } from './reference-pattern.ts';

const BODY_LENGTH = 8;
const RANDOM_LENGTH = BODY_LENGTH - 1;
const PREFIX_SHAPE = /^[A-Z]{2,5}$/;
const BODY_SHAPE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/* ---------------------------------------------------------------------------------------
 * Damm check over GF(32).
 *
 * op(x, y) = (A ⊗ x) ⊕ y in GF(2^5) is a quasigroup (for fixed x or fixed y it is a
 * bijection, since A ≠ 0), so changing any one digit changes every later interim value and
 * the final fold can no longer be 0: every substitution is caught.
 * It is totally anti-symmetric: op(op(c, x), y) = op(op(c, y), x) means
 * A⊗x ⊕ y = A⊗y ⊕ x, i.e. (A ⊕ 1)⊗(x ⊕ y) = 0; a field has no zero divisors and A ≠ 1, so
 * x = y. Hence swapping two different neighbours always changes the fold: every adjacent
 * transposition is caught, including one involving the check character itself.
 * A weighted sum mod 32 cannot do this (32 is not prime), and Crockford's own mod-37 check
 * needs symbols such as `*` and `~` that nobody can say on the phone.
 * ------------------------------------------------------------------------------------- */

/** x^5 + x^2 + 1, irreducible over GF(2). */
const GF32_POLYNOMIAL = 0b100101;
/** Any field element other than 0 and 1 works; changing it changes every check character. */
const DAMM_MULTIPLIER = 2;

function gf32Multiply(x: number, y: number): number {
  let product = 0;
  while (y !== 0) {
    if ((y & 1) !== 0) product ^= x;
    y >>= 1;
    x <<= 1;
    if ((x & 0b100000) !== 0) x ^= GF32_POLYNOMIAL;
  }
  return product;
}

const DAMM_TABLE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(32 * 32);
  for (let x = 0; x < 32; x++) {
    const ax = gf32Multiply(DAMM_MULTIPLIER, x);
    for (let y = 0; y < 32; y++) table[x * 32 + y] = ax ^ y;
  }
  return table;
})();

function dammFold(digits: readonly number[]): number {
  let interim = 0;
  for (const digit of digits) interim = DAMM_TABLE[interim * 32 + digit]!;
  return interim;
}

/** The digit c with op(interim, c) = 0, which is A ⊗ interim = op(interim, 0). */
function dammCheckDigit(interim: number): number {
  return DAMM_TABLE[interim * 32]!;
}

function symbolAt(value: number): string {
  return REFERENCE_ALPHABET.charAt(value);
}

function valueOf(symbol: string): number {
  return REFERENCE_ALPHABET.indexOf(symbol);
}

/* --------------------------------------------------------------------------------------- */

/**
 * Computes the check character for 7 body characters.
 *
 * @param body7 - exactly 7 characters of {@link REFERENCE_ALPHABET}, upper case.
 * @returns the 8th body character.
 * @throws RangeError if `body7` is not 7 canonical characters.
 * @example checkCharacter('7K3D9QX') // → '6'
 */
export function checkCharacter(body7: string): string {
  if (typeof body7 !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{7}$/.test(body7)) {
    throw new RangeError(`checkCharacter expects 7 characters of ${REFERENCE_ALPHABET}, got ${JSON.stringify(body7)}`);
  }
  return symbolAt(dammCheckDigit(dammFold(Array.from(body7, valueOf))));
}

/**
 * Writes a prefix and an 8-character body in the canonical form `PFX-XXXX-XXXX`.
 * Lower case is accepted and upper-cased. The check character is not verified.
 *
 * @throws RangeError if the prefix is not 2–5 letters A–Z or the body is not 8 alphabet characters.
 * @example formatReference('moh', '7k3d9qx6') // → 'MOH-7K3D-9QX6'
 */
export function formatReference(prefix: string, body: string): string {
  const upperPrefix = String(prefix).toUpperCase();
  const upperBody = String(body).toUpperCase();
  if (!PREFIX_SHAPE.test(upperPrefix)) {
    throw new RangeError(`A reference prefix is 2 to 5 letters A–Z, got ${JSON.stringify(prefix)}`);
  }
  if (!BODY_SHAPE.test(upperBody)) {
    throw new RangeError(`A reference body is 8 characters of ${REFERENCE_ALPHABET}, got ${JSON.stringify(body)}`);
  }
  return `${upperPrefix}-${upperBody.slice(0, 4)}-${upperBody.slice(4)}`;
}

function cryptoRandomBytes(n: number): Uint8Array {
  const webCrypto = globalThis.crypto as Crypto | undefined;
  if (webCrypto === undefined || typeof webCrypto.getRandomValues !== 'function') {
    throw new Error('generateReference needs globalThis.crypto.getRandomValues (Web Crypto)');
  }
  return webCrypto.getRandomValues(new Uint8Array(n));
}

/**
 * Creates a new random reference for a ministry.
 *
 * @param prefix - the ministry prefix, 2–5 upper-case letters A–Z, e.g. `MOH`, `DVLA`.
 * @param randomBytes - source of randomness, `crypto.getRandomValues` by default; inject one
 *   only for deterministic tests. It is asked for 7 bytes; the low 5 bits of each are used,
 *   which stays uniform because 256 is a multiple of 32.
 * @returns a canonical reference such as `MOH-7K3D-9QX6`.
 * @throws RangeError if the prefix is not 2–5 upper-case letters, or `randomBytes` returns too few bytes.
 */
export function generateReference(prefix: string, randomBytes: (n: number) => Uint8Array = cryptoRandomBytes): string {
  if (typeof prefix !== 'string' || !PREFIX_SHAPE.test(prefix)) {
    throw new RangeError(`A reference prefix is 2 to 5 upper-case letters A–Z, got ${JSON.stringify(prefix)}`);
  }
  const bytes = randomBytes(RANDOM_LENGTH);
  if (bytes.length < RANDOM_LENGTH) {
    throw new RangeError(`randomBytes returned ${bytes.length} bytes, ${RANDOM_LENGTH} are needed`);
  }
  const digits: number[] = [];
  for (let i = 0; i < RANDOM_LENGTH; i++) digits.push(bytes[i]! & 31);
  digits.push(dammCheckDigit(dammFold(digits)));
  return formatReference(prefix, digits.map(symbolAt).join(''));
}

/* --------------------------------------------------------------------------------------- */

/** Why an entry is not a reference. */
export type ReferenceProblemCode = 'empty' | 'bad_prefix' | 'bad_length' | 'bad_character' | 'check_failed';

/** What is wrong with an entry, precise enough for a form to tell the citizen where to look. */
export interface ReferenceProblem {
  /** Stable code to localise from. */
  code: ReferenceProblemCode;
  /** English sentence for developers and logs; it names the character and its position (1-based, counted after the prefix) where it can. */
  message: string;
  /** 0-based index into the body (the characters after the prefix) when a single character can be named. */
  position?: number;
  /** That character, as typed. */
  character?: string;
  /**
   * For `check_failed`: single-character corrections that make the check pass and that swap
   * characters commonly confused when read or heard, most likely first. `found` is as typed,
   * `replacement` is canonical. Empty when no plausible correction exists.
   */
  suggestions?: Array<{ position: number; found: string; replacement: string }>;
}

/** The result of {@link parseReference}: the canonical reference, or the first problem found. */
export type ReferenceParseResult =
  | { ok: true; reference: string; prefix: string; body: string }
  | { ok: false; problem: ReferenceProblem };

/*
 * Characters commonly confused, with a weight: 2 when read (print, handwriting, small
 * screens), 1 when heard (English letter names on a phone line); pairs that are both add up.
 * Reading gets more weight because a citizen typing into a form copies from a letter, an
 * email or an SMS. The list stays short on purpose: every extra pair makes spurious
 * suggestions at the other positions more likely.
 */
const CONFUSABLE_PAIRS: ReadonlyArray<readonly [string, string, number]> = [
  // read: round shapes (a typed O is already read as 0), open strokes, handwriting
  ['0', 'D', 2], ['0', 'Q', 2], ['D', 'Q', 2], ['1', '7', 2], ['2', 'Z', 2], ['5', 'S', 2],
  ['6', 'G', 2], ['9', 'G', 2], ['8', 'B', 2], ['M', 'N', 2], ['V', 'W', 2], ['C', 'G', 2],
  ['K', 'X', 2], ['E', 'F', 2], ['P', 'R', 2],
  // heard: the letters rhyming with "ee"
  ['B', 'D', 1], ['B', 'E', 1], ['B', 'P', 1], ['B', 'T', 1], ['B', 'V', 1], ['D', 'E', 1],
  ['D', 'P', 1], ['D', 'T', 1], ['D', 'V', 1], ['E', 'P', 1], ['E', 'T', 1], ['E', 'V', 1],
  ['P', 'T', 1], ['P', 'V', 1], ['T', 'V', 1], ['C', 'G', 1],
  // heard: em/en, ef/ess/ex, ay/jay/kay, ay/aitch/eight, five/nine
  ['M', 'N', 1], ['F', 'S', 1], ['S', 'X', 1], ['A', 'J', 1], ['A', 'K', 1], ['J', 'K', 1],
  ['A', '8', 1], ['H', '8', 1], ['5', '9', 1],
];

const CONFUSION_WEIGHT = /* @__PURE__ */ (() => {
  const weights = new Map<string, number>();
  for (const [a, b, weight] of CONFUSABLE_PAIRS) {
    for (const key of [a + b, b + a]) weights.set(key, (weights.get(key) ?? 0) + weight);
  }
  return weights;
})();

/** Crockford decoding: these are read as the digit they look like. */
const BODY_CONFUSABLES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

interface TypedSymbol {
  /** The grapheme as typed, for messages. */
  typed: string;
  /** Upper-cased ASCII where the grapheme is a letter, else the grapheme (fullwidth forms folded). */
  value: string;
}

/*
 * Separators a citizen may type or paste: whitespace, any dash (phones turn "-" into "–"),
 * the minus sign, dots, underscores. Invisible format characters (direction marks copied
 * from right-to-left text, zero-width spaces, BOMs) are dropped too.
 */
const SEPARATOR = /^[\s\p{Pd}\u2212._]+$/u;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

let graphemeSegmenter: Intl.Segmenter | null | undefined;

function splitGraphemes(text: string): string[] {
  if (ASCII_PRINTABLE.test(text)) return text.split('');
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter = typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  }
  // Without a segmenter an emoji with a modifier counts as two characters; only messages suffer.
  if (graphemeSegmenter === null) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (segment) => segment.segment);
}

/** Folds fullwidth ASCII (typed with CJK input methods) and upper-cases ASCII letters. */
function normaliseGrapheme(grapheme: string): string {
  const visible = grapheme.replace(FORMAT_CHARACTERS, '');
  if (visible.length !== 1) return visible;
  let code = visible.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x61 && code <= 0x7a) code -= 0x20;
  return String.fromCharCode(code);
}

/** Splits the entry into groups of symbols at separators, dropping empty groups. */
function tokenise(input: string): TypedSymbol[][] {
  const groups: TypedSymbol[][] = [];
  let current: TypedSymbol[] = [];
  for (const typed of splitGraphemes(input.trim())) {
    const value = normaliseGrapheme(typed);
    if (value === '' || SEPARATOR.test(value)) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push({ typed, value });
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const isLetter = (symbol: TypedSymbol): boolean => /^[A-Z]$/.test(symbol.value);
const join = (symbols: readonly TypedSymbol[]): string => symbols.map((s) => s.value).join('');

function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A character quoted for a log line, with its code point when it is not plain ASCII. */
function quote(character: string): string {
  const shown = JSON.stringify(character);
  if (ASCII_PRINTABLE.test(character)) return shown;
  const codePoints = Array.from(character, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `${shown} (${codePoints.join(' ')})`;
}

function fail(problem: ReferenceProblem): ReferenceParseResult {
  return { ok: false, problem };
}

type Split =
  | { kind: 'split'; prefix: TypedSymbol[]; body: TypedSymbol[] }
  | { kind: 'problem'; problem: ReferenceProblem };

/**
 * Decides where the prefix ends. For a well-formed entry this is simply "the last 8 symbols
 * are the body"; the other rules exist so that a short or long entry is reported as such
 * rather than as a check failure under a prefix the citizen never typed.
 */
function splitPrefix(groups: TypedSymbol[][], allowed: readonly string[] | undefined): Split {
  const symbols = groups.flat();
  const n = symbols.length;
  const first = groups[0] ?? [];
  const firstIsPrefix = groups.length >= 2 && first.length >= 2 && first.length <= 5 && first.every(isLetter);

  if (allowed !== undefined) {
    const matching = allowed
      .filter((p) => p.length <= n && join(symbols.slice(0, p.length)) === p)
      .sort((a, b) => b.length - a.length);
    const chosen = matching.find((p) => n - p.length === BODY_LENGTH)
      ?? (firstIsPrefix ? matching.find((p) => p === join(first)) : undefined)
      ?? matching[0];
    if (chosen !== undefined) {
      return { kind: 'split', prefix: symbols.slice(0, chosen.length), body: symbols.slice(chosen.length) };
    }
  }

  const restLength = n - BODY_LENGTH;
  const lastEightAfterPrefix = restLength >= 2 && restLength <= 5 && symbols.slice(0, restLength).every(isLetter);
  let groupEnd = 0;
  const groupEnds = new Set(groups.map((group) => (groupEnd += group.length)));
  // The citizen's own separators win over counting from the end: in "MOH-7K3D-9QX" the
  // body is 7 characters long, not "H7K3D9QX" after a prefix "MO".
  if (lastEightAfterPrefix && (groupEnds.has(restLength) || !firstIsPrefix)) {
    return { kind: 'split', prefix: symbols.slice(0, restLength), body: symbols.slice(restLength) };
  }
  // Four letters alone before 4 more characters look more like a body typed without its prefix.
  if (firstIsPrefix && !(n === BODY_LENGTH && first.length === 4)) {
    return { kind: 'split', prefix: first, body: symbols.slice(first.length) };
  }

  let letters = 0;
  while (letters < n && isLetter(symbols[letters]!)) letters++;

  if (n === BODY_LENGTH || letters === 0) {
    const example = allowed?.[0] ?? 'MOH';
    return {
      kind: 'problem',
      problem: {
        code: 'bad_prefix',
        message: `The reference has no ministry prefix: it should start with 2 to 5 letters, such as ${example}, before its 8 characters.`,
      },
    };
  }
  if (letters >= 2 && letters <= 5) {
    return { kind: 'split', prefix: symbols.slice(0, letters), body: symbols.slice(letters) };
  }
  if (letters === 1 || letters <= restLength) {
    const shown = letters === 1 && restLength > 1 ? symbols.slice(0, restLength) : symbols.slice(0, letters);
    return {
      kind: 'problem',
      problem: {
        code: 'bad_prefix',
        message: `${quote(shown.map((s) => s.typed).join(''))} is not a ministry prefix: a prefix is 2 to 5 letters A–Z.`,
      },
    };
  }
  // More than 5 letters run into the body, so where the prefix ends cannot be told.
  return {
    kind: 'problem',
    problem: {
      code: 'bad_length',
      message: `Found ${n} characters, but a reference is a prefix of 2 to 5 letters followed by ${BODY_LENGTH} characters.`,
    },
  };
}

function suggestCorrections(body: readonly TypedSymbol[], digits: readonly number[]) {
  const ranked: Array<{ position: number; found: string; replacement: string; weight: number }> = [];
  for (let position = 0; position < digits.length; position++) {
    const original = digits[position]!;
    const trial = digits.slice();
    // Damm is a quasigroup, so exactly one value at this position makes the fold 0.
    for (let value = 0; value < 32; value++) {
      if (value === original) continue;
      trial[position] = value;
      if (dammFold(trial) !== 0) continue;
      const weight = CONFUSION_WEIGHT.get(symbolAt(original) + symbolAt(value));
      if (weight !== undefined) {
        ranked.push({ position, found: body[position]!.typed, replacement: symbolAt(value), weight });
      }
      break;
    }
  }
  ranked.sort((a, b) => b.weight - a.weight || a.position - b.position);
  return ranked.map(({ position, found, replacement }) => ({ position, found, replacement }));
}

/**
 * Reads a reference as a citizen might type it and returns its canonical form, or the first
 * problem with it. Never throws.
 *
 * Leading and trailing space is trimmed; lower case is accepted; spaces, dashes, dots and
 * underscores are ignored anywhere (so are other dashes and invisible direction marks, which
 * copy and paste bring along). The body is the last 8 characters; in it I and L are read as
 * 1 and O as 0, as Crockford base32 decoding does. U is never valid.
 *
 * @param input - the entry, e.g. `moh 7k3d 9qx3`.
 * @param options.prefixes - if given, the prefixes accepted here (case-insensitive); any other is `bad_prefix`.
 * @example
 * parseReference(' moh 7k3d.9qx3 ')
 * // → { ok: true, reference: 'MOH-7K3D-9QX6', prefix: 'MOH', body: '7K3D9QX6' }
 * parseReference('MOH-7K3D-9QXU').ok // → false, problem.code 'bad_character', position 7
 */
export function parseReference(input: string, options?: { prefixes?: readonly string[] }): ReferenceParseResult {
  if (typeof input !== 'string') {
    return fail({ code: 'empty', message: 'No reference was entered.' });
  }
  const groups = tokenise(input);
  if (groups.length === 0) {
    return fail({ code: 'empty', message: 'No reference was entered.' });
  }

  const rawPrefixes = options?.prefixes;
  const allowed = Array.isArray(rawPrefixes)
    ? rawPrefixes.filter((p): p is string => typeof p === 'string').map((p) => p.toUpperCase()).filter((p) => PREFIX_SHAPE.test(p))
    : undefined;

  const split = splitPrefix(groups, allowed);
  if (split.kind === 'problem') return fail(split.problem);

  const prefix = join(split.prefix);
  if (allowed !== undefined && !allowed.includes(prefix)) {
    const expected = allowed.length > 0 ? ` (expected ${allowed.join(', ')})` : '';
    return fail({ code: 'bad_prefix', message: `${quote(prefix)} is not a prefix accepted here${expected}.` });
  }

  const where = (position: number) => `the ${ordinal(position + 1)} character after ${prefix}-`;
  const digits: number[] = [];
  for (const [position, symbol] of split.body.entries()) {
    const value = valueOf(BODY_CONFUSABLES[symbol.value] ?? symbol.value);
    if (value >= 0 && symbol.value.length === 1) {
      digits.push(value);
      continue;
    }
    const why = symbol.value === 'U'
      ? ': the letter U is never used in references'
      : ', which is not used in references';
    return fail({
      code: 'bad_character',
      message: `${capitalise(where(position))} is ${quote(symbol.typed)}${why}.`,
      position,
      character: symbol.typed,
    });
  }

  if (digits.length !== BODY_LENGTH) {
    return fail({
      code: 'bad_length',
      message: `Found ${digits.length} ${digits.length === 1 ? 'character' : 'characters'} after ${prefix}-, but a reference has ${BODY_LENGTH} (two groups of 4).`,
    });
  }

  if (dammFold(digits) !== 0) {
    const suggestions = suggestCorrections(split.body, digits);
    const best = suggestions[0];
    const message = best === undefined
      ? 'The reference fails its check: one character is mistyped or two neighbouring characters are swapped.'
      : `The reference fails its check: ${where(best.position)} may be ${quote(best.found)} where ${quote(best.replacement)} was meant${
        suggestions.length > 1 ? ` (${suggestions.length - 1} other possible ${suggestions.length === 2 ? 'correction' : 'corrections'})` : ''
      }.`;
    const problem: ReferenceProblem = { code: 'check_failed', message, suggestions };
    if (suggestions.length === 1 && best !== undefined) {
      problem.position = best.position;
      problem.character = best.found;
    }
    return fail(problem);
  }

  const body = digits.map(symbolAt).join('');
  return { ok: true, reference: formatReference(prefix, body), prefix, body };
}

/**
 * Whether the entry is a valid reference in any accepted spelling (see {@link parseReference}).
 * @example isReference('moh7k3d9qx3') // → true
 */
export function isReference(input: string): boolean {
  return parseReference(input).ok;
}
