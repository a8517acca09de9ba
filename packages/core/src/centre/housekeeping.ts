/**
 * Deleting what has outlived its use: uploads no complaint cited, and old answers to
 * idempotent requests.
 *
 * @module
 */
import type { CentreContext } from './context.ts';
import type { SweepResult } from './types.ts';

export async function sweep(centre: CentreContext): Promise<SweepResult> {
  const now = centre.now().getTime();
  const before = (ms: number) => new Date(now - ms).toISOString();
  const { uploads, orphanedBlobs, idempotency } = await centre.storage.transaction(async (tx) => {
    const removed = await tx.deleteUncitedAttachments(before(centre.uploadTtlMs));
    return { ...removed, idempotency: await tx.deleteIdempotencyBefore(before(centre.idempotencyTtlMs)) };
  });
  let blobs = 0;
  // An hour's grace: an upload of the same bytes that is between storing them and recording itself.
  const grace = new Date(now - 3600_000);
  for (const sha256 of orphanedBlobs) if (await centre.blobs.delete(sha256, grace)) blobs++;
  return { uploads, blobs, idempotency };
}
