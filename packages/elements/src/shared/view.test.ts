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

  it('Arabic digits as the reader’s locale has them (a decision): Latin for ar, Arabic-Indic for ar-EG; references and phone numbers stay as typed', () => {
    // Counts, sizes and dates follow CLDR's digits for the reader's tag: plain `ar` (as in the
    // Maghreb and in the civil registry's London) reads 1,250; a page in `ar-EG` gets ١٬٢٥٠.
    // What a citizen copies or types back (references, phone numbers) is never rewritten, and
    // the status lookup reads Arabic-Indic digits typed back as ASCII (ticket-status/model.ts).
    const view = (lang: string) => createView({ own: () => undefined, lang, english: false, fallbackLang: 'en' });
    expect(view('ar').number(1250)).to.equal('1,250');
    expect(view('ar-EG').number(1250)).to.equal('١٬٢٥٠');
    expect(new Intl.DateTimeFormat('ar-EG', { day: 'numeric', timeZone: 'UTC' }).format(new Date('2026-11-25T12:00:00Z'))).to.equal('٢٥');
    expect(view('fr').number(1250)).to.equal('1\u202f250');
  });
});
