/** Seeded random numbers for the fault run, so that a seed replays its decisions. */

/** mulberry32: a small, good-enough generator of numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator of its own for one concern of a run (`'proxy'`, `'kills'`…), derived from the
 * run's seed, so that one concern drawing more numbers does not shift another's decisions.
 */
export function randomStream(seed: number, name: string): () => number {
  let hash = seed ^ 0x9e3779b9;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return seededRandom(hash);
}
