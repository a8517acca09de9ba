/**
 * How records read in answers, where more than one area shows them: names in the citizen's
 * languages, and a ticket's timeline.
 *
 * @module
 */
import type { Ministry, NamedRef, Satisfaction, TimelineEntry } from '@civic-contact/contract';
import type { SatisfactionRecord, TimelineRecord } from '../storage.ts';

export function named(id: string, name: NamedRef['name'] | undefined, fallbackLocale: string): NamedRef {
  return { id, name: name ?? { [fallbackLocale]: id } };
}

export function entity(ministry: Ministry, entityId: string): NamedRef {
  return named(entityId, ministry.entities.find((e) => e.id === entityId)?.name, ministry.defaultLocale);
}

/** Newest first: the order written, reversed (several entries may share a millisecond). */
export function timeline(ministry: Ministry, records: TimelineRecord[]): TimelineEntry[] {
  return records
    .map((r) => ({ at: r.at, kind: r.kind, status: r.status, note: r.note, entity: entity(ministry, r.entityId) }))
    .reverse();
}

/** The satisfaction a citizen gave, as the agents see it, and as the citizen's own answer echoes it. */
export function satisfaction(record: SatisfactionRecord | undefined): Satisfaction | null {
  // The store holds only 1 to 5 (the contract's check, and SQLite's).
  return record === undefined ? null : { rating: record.rating as Satisfaction['rating'], comment: record.comment, at: record.at };
}

/**
 * The satisfaction given, as a ticket lookup shows it: the rating and when, never the comment.
 * A reference and its verifier are easier to come by than the citizen's inbox (a shared
 * phone, a forwarded email), and the lookup already leaves out everything else the citizen
 * wrote (subject, description, answers); the free text goes to the ministry's agents only.
 */
export function lookedUpSatisfaction(record: SatisfactionRecord | undefined): Satisfaction | null {
  const given = satisfaction(record);
  return given && { ...given, comment: null };
}
