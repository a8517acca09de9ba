/**
 * For the tests of a {@link Storage} implementation: the conformance suite every store runs,
 * and the records it is written with; for any package's tests, valid requests against the
 * seeded ministries (requests.ts). It registers `node:test` cases, so it has this entry
 * point of its own and stays out of the main one.
 *
 * @module
 */
import type { Storage } from '../storage.ts';

export { callback, created, storageConformance, ticket } from './storage-conformance.ts';
export { busComplaint, callbackRequest, clinicComplaint, NOW, pdfBytes, pngBytes } from './requests.ts';
export type { ConformanceOptions, OpenedStorage } from './storage-conformance.ts';
