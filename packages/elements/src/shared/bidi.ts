/** Keeps a left-to-right run (a reference, a number, a character) in one piece inside right-to-left text. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** Keeps a run of either direction (a team's name) from reordering the sentence around it. */
export function fsi(text: string): string {
  return `\u2068${text}\u2069`;
}
