import { expect } from 'chai';
import { html, render } from 'lit';
import { str } from '@lit/localize';
import { createView } from './view.ts';

const forms = (n: number) => ({ one: 'One result', other: str`${n} results` });

describe('createView', () => {
  it('m: the ministry’s own words for an id, with {0}, {1}… taking the values; the shipped words otherwise', () => {
    const own: Record<string, string> = { 'x.found': 'Lapli {1} ek {0}' };
    const view = createView({ own: (id) => own[id], lang: 'acf', english: true, fallbackLang: 'en' });
    expect(view.m('x.found', str`${'a'} and ${'b'}`)).to.equal('Lapli b ek a');
    expect(view.m('x.other', 'Shipped')).to.equal('Shipped');
    expect(view.m('x.found', 'No values {0}')).to.equal('Lapli {1} ek {0}');
  });

  it('count: the English form the number needs when the words are English, whatever the reader’s language', () => {
    // Russian reads 21 as "one": English words must not say "One result" for 21.
    const view = createView({ own: () => undefined, lang: 'ru', english: true, fallbackLang: 'en' });
    expect([1, 21, 3].map((n) => view.count('x.count', n, forms(n)))).to.deep.equal(['One result', '21 results', '3 results']);
  });

  it('count: a locale the ministry adds gives the forms of its own language', () => {
    const own: Record<string, string> = { 'x.count.one': 'Yon rézilta', 'x.count.other': '{0} rézilta' };
    const view = createView({ own: (id) => own[id], lang: 'acf', english: true, fallbackLang: 'en' });
    expect([1, 4].map((n) => view.count('x.count', n, forms(n)))).to.deep.equal(['Yon rézilta', '4 rézilta']);
  });

  it('rich: a sentence whose values keep their markup, wherever the translation puts them', () => {
    const own: Record<string, string> = { 'x.team': '{0} ki ni konplent ou' };
    const team = html`<span lang="en">Public Bus Service</span>`;
    const shipped = document.createElement('p');
    render(createView({ own: () => undefined, lang: 'en', english: true, fallbackLang: 'en' }).rich('x.team', str`Team: ${team}`), shipped);
    expect(shipped.textContent?.replace(/<!--.*?-->/g, '')).to.equal('Team: Public Bus Service');
    expect(shipped.querySelector('span[lang="en"]')?.textContent).to.equal('Public Bus Service');
    const worded = document.createElement('p');
    render(createView({ own: (id) => own[id], lang: 'acf', english: true, fallbackLang: 'en' }).rich('x.team', str`Team: ${team}`), worded);
    expect(worded.textContent).to.equal('Public Bus Service ki ni konplent ou');
    expect(worded.firstElementChild?.getAttribute('lang')).to.equal('en');
  });
});
