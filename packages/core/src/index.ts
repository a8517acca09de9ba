export {
  zonedDateTimeToInstant,
  instantToZoned,
  addDaysToDate,
  todayIn,
  isCalendarDate,
  isoWeekdayOf,
  type ZonedDateTime,
} from './timezone.ts';
export {
  isBusinessDay,
  holidayOn,
  expectedResponseBy,
  openingStatus,
  type CentreCalendar,
  type OpeningStatus,
} from './calendar.ts';
export * from './slots.ts';
export * from './status.ts';
export * from './validation.ts';
export {
  buildFaqIndex,
  createFaqSearch,
  FaqIndexError,
  htmlToText,
  loadFaqIndex,
  normalizeTerm,
  type FaqIndexFile,
  type FaqIndexSearch,
  type FaqSearch,
  type FaqSearchOptions,
} from './faq-search.ts';
export * from './sniff.ts';
export * from './errors.ts';
export * from './query.ts';
export type * from './storage.ts';
export * from './memory-storage.ts';
export * from './keys.ts';
export * from './rate-limit.ts';
export * from './seed-storage.ts';
export { ContactCentre } from './contact-centre.ts';
export type { ContactCentreOptions, IdempotentResult, Credentials, RequestContext, SweepResult, UploadInput } from './contact-centre.ts';
export * from './limits.ts';
export { DEFAULT_MAX_NUMBER, MemoryUsedProofs, ProofOfWork, refuseHoneypot, type ProofOfWorkDependencies, type ProofOfWorkOptions, type UsedProofs } from './proof-of-work.ts';
export { sha256Hex, canonicalJson, type RandomBytes, type Sha256 } from './crypto-utils.ts';
export { deepFreeze, isDeepFrozen } from './deep-freeze.ts';
