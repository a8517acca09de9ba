/** What `<civic-faq-search>` says about how many results it found and what went wrong, in the citizen's language. */
import { str } from '@lit/localize';
import { waitText, type Failure } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';

/** What failed: a search, loading an answer, or sending feedback. */
export type Failed = 'search' | 'answer' | 'feedback';

/** "No results", "1 result", "12 results": in every form the reader's language has for a number. */
export function countText(view: View, count: number): string {
  if (count === 0) return view.m('faq-search.count-none', 'No results');
  const n = view.number(count);
  return view.count('faq-search.count', count, { one: '1 result', other: str`${n} results` });
}

export function failureText(view: View, failure: Failure, what: Failed): string {
  const { m } = view;
  switch (failure.kind) {
    case 'rate-limited': {
      const wait = waitText(failure.retryAfter ?? 60, view.lang);
      return m('faq-search.rate-limited', str`Too many requests were made from here. Try again ${wait}.`);
    }
    case 'unreachable':
      return m('faq-search.unreachable', 'We could not reach the contact centre. Check your internet connection and try again.');
    case 'not-found':
      return m('faq-search.answer-gone', 'This answer is no longer available. Go back and search again.');
    case 'server':
      if (what === 'search') return m('faq-search.search-failed', 'The search is not working at the moment. Try again.');
      if (what === 'answer') return m('faq-search.answer-failed', 'The answer could not be loaded. Try again.');
      return m('faq-search.feedback-failed', 'Your feedback could not be sent. Try again.');
  }
}
