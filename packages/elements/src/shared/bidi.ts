/** Keeps a left-to-right run (a reference, a number, a character) in one piece inside right-to-left text. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * Keeps a reference (an example of one, in a hint) on one line: no break after its dashes
 * (a word joiner, which nothing shows or reads out), so it never wraps, as it did in Arabic.
 */
export function unbroken(text: string): string {
  return ltr(text.replaceAll('-', '-\u2060'));
}

/** Keeps a run of either direction (a team's name) from reordering the sentence around it. */
export function fsi(text: string): string {
  return `\u2068${text}\u2069`;
}
