/**
 * The decisions of `<civic-faq-search>` that need no page: whether what the citizen typed is
 * worth a search, what the search shows of its results, and what a key pressed in the
 * search box does to the questions offered.
 */
import { LIMITS, type FaqSearchHit, type FaqSearchResponse } from '@civic-contact/contract';
import { searchQuery } from '../shared/faq.ts';
import type { Failure } from '../shared/failure.ts';

/** Results as the citizen types, or the full list they asked for with Enter or the button. */
export type SearchKind = 'typed' | 'submitted';

export type Results =
  | { status: 'idle' }
  | { status: 'ready'; kind: SearchKind; response: FaqSearchResponse }
  | { status: 'failed'; kind: SearchKind; failure: Failure };

/** The answer being read, and where the citizen opened it from (focus goes back there). */
export interface Opened {
  hit: FaqSearchHit;
  from: 'list' | 'results';
  /** The query that found it, for the escalation event. */
  query: string;
}

/** Fewer letters than this find too much to be worth a search. */
const MIN_QUERY_LENGTH = 2;

/** What the citizen typed, as the query to search for; undefined when it is too short to be worth one. */
export function queryOf(text: string): string | undefined {
  const q = searchQuery(text);
  return q.length < MIN_QUERY_LENGTH ? undefined : q;
}

/** How many results to ask for: a few offered as the citizen types; the full list after a search shows more. */
export function limitOf(kind: SearchKind): number {
  return kind === 'typed' ? 5 : LIMITS.searchLimitMax;
}

/** What the search shows of its results. */
export interface Shown {
  /** The questions offered in the list as the citizen types. */
  offered: readonly FaqSearchHit[];
  /** The full list of results, after a search that found some. */
  list: FaqSearchResponse | undefined;
  /** The query of a search that found nothing: "No answers match" it. */
  none: string | undefined;
}

export function shown(results: Results): Shown {
  const response = results.status === 'ready' ? results.response : undefined;
  const typed = results.status === 'ready' && results.kind === 'typed';
  const found = response !== undefined && response.hits.length > 0;
  return {
    offered: typed ? response!.hits : [],
    list: found && !typed ? response : undefined,
    none: response && !found ? response.query : undefined,
  };
}

/** Whether trying again can help: an answer that is gone stays gone. */
export function canRetry(failure: Failure): boolean {
  return failure.kind !== 'not-found';
}

/** The list of questions offered: whether it shows, and the one chosen with the arrow keys (-1: none). */
export interface Listbox {
  expanded: boolean;
  active: number;
}

export const CLOSED: Listbox = { expanded: false, active: -1 };

/**
 * The list once questions come for what the citizen typed: open while they are in the box,
 * and the chosen question still chosen while it is still offered.
 */
export function listboxFor(listbox: Listbox, before: readonly FaqSearchHit[], offered: readonly FaqSearchHit[], inBox: boolean): Listbox {
  const ids = (hits: readonly FaqSearchHit[]) => hits.map((hit) => hit.id).join();
  return { expanded: offered.length > 0 && inBox, active: ids(offered) === ids(before) ? listbox.active : -1 };
}

/** What a key pressed in the search box does. */
export type KeyAction =
  /** The list opens or closes, or another question is chosen; with `caret`, the key moves the caret as well. */
  | { listbox: Listbox; caret?: true }
  /** The chosen question (its index among those offered) opens. */
  | { open: number }
  /** The box is emptied. */
  | { clear: true };

/**
 * What `key` does, with `offered` questions in the list and `query` in the box; undefined
 * when it only does what it does in any text box.
 */
export function keyAction(key: string, listbox: Listbox, offered: number, query: string): KeyAction | undefined {
  const { expanded, active } = listbox;
  const last = offered - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (offered === 0) return undefined;
      const down = key === 'ArrowDown';
      if (!expanded) return { listbox: { expanded: true, active: down ? 0 : last } };
      // Past either end, round to the other.
      return { listbox: { expanded, active: down ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1 } };
    }
    case 'Home':
    case 'End':
      // Only while a question is chosen: otherwise they move the caret, as in any text box.
      return expanded && active >= 0 ? { listbox: { expanded, active: key === 'Home' ? 0 : last } } : undefined;
    case 'Enter':
      // With none chosen, the form submits: the full list of results.
      return expanded && active >= 0 && active < offered ? { open: active } : undefined;
    case 'Escape':
      // The first closes the list, the next empties the box.
      if (expanded) return { listbox: CLOSED };
      return query ? { clear: true } : undefined;
    case 'ArrowLeft':
    case 'ArrowRight':
      // The caret moves in the text: the chosen question is no longer what Enter opens.
      return { listbox: { expanded, active: -1 }, caret: true };
  }
  return undefined;
}
