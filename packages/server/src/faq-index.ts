import { createHash } from 'node:crypto';
import type { StorageReads } from '@civic-contact/core';
import { buildFaqIndex, type FaqIndexFile } from '@civic-contact/core/faq-search';

type FaqReads = Pick<StorageReads, 'getMinistry' | 'listFaqs' | 'faqRevision'>;

/** The prebuilt FAQ index of a ministry as stored now; undefined when there is no such ministry. */
export async function faqIndexOf(storage: FaqReads, ministryId: string, now = new Date()): Promise<FaqIndexFile | undefined> {
  const ministry = await storage.getMinistry(ministryId);
  return ministry && buildFaqIndex(await storage.listFaqs(ministryId), ministry, { now });
}

/** A ministry's FAQ index as served: its JSON as UTF-8 and an ETag for it. */
export interface ServedFaqIndex {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * The ministry's FAQ index as JSON, built once and rebuilt only when its FAQs (the storage's
 * FAQ revision, which every API instance writing them bumps) or its locales change.
 */
export function cachedFaqIndex(storage: FaqReads, ministryId: string): () => Promise<ServedFaqIndex | undefined> {
  let cached: { key: string; index: ServedFaqIndex } | undefined;
  return async () => {
    const ministry = await storage.getMinistry(ministryId);
    if (!ministry) return undefined;
    const key = JSON.stringify([await storage.faqRevision(ministryId), ministry.defaultLocale, ministry.locales]);
    if (cached?.key === key) return cached.index;
    const body = JSON.stringify(buildFaqIndex(await storage.listFaqs(ministryId), ministry));
    // From the content less its build time, so an unchanged index keeps its ETag across restarts.
    const etag = `"${createHash('sha256').update(body.replace(/"generatedAt":"[^"]*"/, '')).digest('base64url').slice(0, 27)}"`;
    // Encoded once here rather than on every request: it is every FAQ of the ministry, in each locale.
    cached = { key, index: { body: new TextEncoder().encode(body), etag } };
    return cached.index;
  };
}
