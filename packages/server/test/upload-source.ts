/** What the blob stores' tests feed an upload with: both stores read the same way. */
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Yields `chunks` (failing after `failAfter` of them), recording how many were taken and whether the reader stopped early. */
export function source(chunks: Uint8Array[], failAfter?: number) {
  const seen = { taken: 0, closed: false };
  async function* generate() {
    try {
      for (const chunk of chunks) {
        if (failAfter !== undefined && seen.taken === failAfter) throw new Error('connection reset');
        seen.taken++;
        yield chunk;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { iterable: generate(), seen };
}
