import { expect } from 'chai';
import type { FaqSearchHit, FaqSearchResponse } from '@civic-contact/contract';
import { createView } from '../shared/view.ts';
import { countText, failureText } from './messages.ts';
import { CLOSED, canRetry, keyAction, limitOf, listboxFor, queryOf, shown, type Listbox } from './model.ts';

function hit(id: string): FaqSearchHit {
  return { id, question: [{ text: id, match: false }], snippet: [], category: 'Topic', lang: 'en' } as unknown as FaqSearchHit;
}

function response(query: string, ids: string[]): FaqSearchResponse {
  return { query, hits: ids.map(hit) } as unknown as FaqSearchResponse;
}

const open = (active: number): Listbox => ({ expanded: true, active });

/** The shipped English wording. */
const view = createView({ own: () => undefined, lang: 'en', english: true, fallbackLang: 'en' });

describe('FAQ search model', () => {
  it('searches for what the citizen typed, spaces collapsed, once it is two letters or more', () => {
    expect(queryOf('  birth   certificate ')).to.equal('birth certificate');
    expect(queryOf('a')).to.equal(undefined);
    expect(queryOf('   ')).to.equal(undefined);
    expect(queryOf('id')).to.equal('id');
    expect(limitOf('typed')).to.equal(5);
    expect(limitOf('submitted')).to.be.greaterThan(5);
  });

  it('offers typed results in the list, shows submitted ones as the full list, and "No answers match" for none of either', () => {
    expect(shown({ status: 'idle' })).to.deep.equal({ offered: [], list: undefined, none: undefined });
    const typed = shown({ status: 'ready', kind: 'typed', response: response('birth', ['a', 'b']) });
    expect(typed.offered.map((found) => found.id)).to.deep.equal(['a', 'b']);
    expect([typed.list, typed.none]).to.deep.equal([undefined, undefined]);
    const submitted = shown({ status: 'ready', kind: 'submitted', response: response('birth', ['a']) });
    expect([submitted.offered, submitted.list?.query, submitted.none]).to.deep.equal([[], 'birth', undefined]);
    for (const kind of ['typed', 'submitted'] as const) {
      expect(shown({ status: 'ready', kind, response: response('zzyzx', []) })).to.deep.equal({ offered: [], list: undefined, none: 'zzyzx' });
    }
    expect(shown({ status: 'failed', kind: 'typed', failure: { kind: 'server' } }).offered).to.deep.equal([]);
  });

  it('moves the chosen question with the arrows, round past either end, and Home and End only while one is chosen', () => {
    expect(keyAction('ArrowDown', CLOSED, 3, 'q')).to.deep.equal({ listbox: open(0) });
    expect(keyAction('ArrowUp', CLOSED, 3, 'q')).to.deep.equal({ listbox: open(2) });
    expect(keyAction('ArrowDown', open(1), 3, 'q')).to.deep.equal({ listbox: open(2) });
    expect(keyAction('ArrowDown', open(2), 3, 'q')).to.deep.equal({ listbox: open(0) });
    expect(keyAction('ArrowUp', open(0), 3, 'q')).to.deep.equal({ listbox: open(2) });
    expect(keyAction('ArrowUp', open(-1), 3, 'q')).to.deep.equal({ listbox: open(2) });
    expect(keyAction('ArrowDown', CLOSED, 0, 'q'), 'nothing offered').to.equal(undefined);
    expect(keyAction('End', open(0), 3, 'q')).to.deep.equal({ listbox: open(2) });
    expect(keyAction('Home', open(2), 3, 'q')).to.deep.equal({ listbox: open(0) });
    expect(keyAction('Home', open(-1), 3, 'q'), 'none chosen: the caret moves').to.equal(undefined);
    expect(keyAction('End', CLOSED, 3, 'q')).to.equal(undefined);
  });

  it('opens the chosen question on Enter, and leaves Enter to the form when none is', () => {
    expect(keyAction('Enter', open(1), 3, 'q')).to.deep.equal({ open: 1 });
    expect(keyAction('Enter', open(-1), 3, 'q')).to.equal(undefined);
    expect(keyAction('Enter', { expanded: false, active: 1 }, 3, 'q')).to.equal(undefined);
    expect(keyAction('Enter', open(3), 3, 'q')).to.equal(undefined);
  });

  it('closes the list on the first Escape and empties the box on the next; Left and Right let go of the chosen question', () => {
    expect(keyAction('Escape', open(1), 3, 'q')).to.deep.equal({ listbox: CLOSED });
    expect(keyAction('Escape', CLOSED, 3, 'q')).to.deep.equal({ clear: true });
    expect(keyAction('Escape', CLOSED, 0, '')).to.equal(undefined);
    expect(keyAction('ArrowLeft', open(1), 3, 'q')).to.deep.equal({ listbox: open(-1), caret: true });
    expect(keyAction('a', open(1), 3, 'q')).to.equal(undefined);
  });

  it('opens the list for new questions only while the citizen is in the box, keeping the chosen one while the same are offered', () => {
    const before = ['a', 'b'].map(hit);
    expect(listboxFor(open(1), before, ['a', 'b'].map(hit), true)).to.deep.equal(open(1));
    expect(listboxFor(open(1), before, ['b', 'a'].map(hit), true)).to.deep.equal(open(-1));
    expect(listboxFor(open(1), before, ['a', 'b'].map(hit), false)).to.deep.equal({ expanded: false, active: 1 });
    expect(listboxFor(CLOSED, [], [], true)).to.deep.equal(CLOSED);
  });

  it('counts results, and says what went wrong with a way forward only where trying again can help', () => {
    expect([0, 1, 2, 1200].map((count) => countText(view, count))).to.deep.equal(['No results', '1 result', '2 results', '1,200 results']);
    expect(failureText(view, { kind: 'rate-limited', retryAfter: 120 }, 'search')).to.include('Try again in 2 minutes');
    expect(failureText(view, { kind: 'rate-limited', retryAfter: undefined }, 'search')).to.include('in 1 minute');
    expect(['search', 'answer', 'feedback'].map((what) => failureText(view, { kind: 'server' }, what as 'search'))).to.deep.equal([
      'The search is not working at the moment. Try again.',
      'The answer could not be loaded. Try again.',
      'Your feedback could not be sent. Try again.',
    ]);
    expect(canRetry({ kind: 'not-found' })).to.equal(false);
    expect(canRetry({ kind: 'unreachable' })).to.equal(true);
  });
});
