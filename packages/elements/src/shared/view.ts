/** Wording and language helpers every element's render code shares. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, type StrResult } from '@lit/localize';
import type { LocalizedText, Ministry } from '@civic-contact/contract';
import { directionOf } from '../locale.ts';

/** A shipped string: plain, or `str` with values. */
export type Template = string | StrResult;

/** What an element's render helpers need from it: its wording and its language. */
export interface View {
  /** The shipped string `id` in the current language, or the ministry's own wording for it (docs/strings.md lists every id). */
  m(id: string, template: Template): string;
  /**
   * A string whose words depend on a number `n` ("1 result", "3 results"): `forms` gives the
   * English `one` and `other`; each locale gives, under `<id>.<form>`, every form its language
   * has (`Intl.PluralRules`: Arabic also `zero`, `two`, `few`, `many`).
   */
  count(id: string, n: number, forms: { one: Template; other: Template }): string;
  /**
   * A sentence with marked-up values, e.g. a team's name in its own language inside the
   * reader's sentence: `rich('x.team', str`Team: ${view.text(name)}`)`. Worded as `m` (the
   * translation may move the values), each value kept as it is given, not turned to text.
   */
  rich(id: string, template: StrResult): TemplateResult;
  /** The reader's language tag, for `Intl`. */
  lang: string;
  /** The level of the element's headings (`heading-level`, 2 unless the page says): base/heading.ts. */
  level: number;
  /** Whether the elements speak their source language (English), in which the contact centre's own messages can be shown. */
  english: boolean;
  /** Service content in the reader's language, marked up with its own language when it has no translation. */
  text(value: LocalizedText): TemplateResult;
  /**
   * Service content for an element that holds only it (a radio's label): its text, and the
   * `lang` and `dir` to put on that element (`nothing` in the reader's language), rather than
   * a span of its own inside, which Chromium reads apart from the control the label names.
   */
  tagged(value: LocalizedText): Tagged;
  /** Service content in the reader's language, for attributes and sentences. */
  plain(value: LocalizedText): string;
  /** A number in the reader's locale. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** `lang` and `dir` for content in another language than the reader's; `nothing` for their own. */
export interface Marked {
  lang: string | typeof nothing;
  dir: string | typeof nothing;
}

/** Text with the `lang` and `dir` of the element holding it ({@link Marked}). */
export interface Tagged extends Marked {
  text: string;
}

/** Content in `lang` marked as such when it is not the reader's, so a screen reader pronounces it right. */
export function marked(view: Pick<View, 'lang'>, lang: string): Marked {
  return primary(lang) === primary(view.lang) ? { lang: nothing, dir: nothing } : { lang, dir: directionOf(lang) };
}

/** A value named in a ministry's wording (`{count}`) rather than given by position (`{0}`). */
export const NAMED_VALUE = /\{[A-Za-z_$]/;

/** The language of a tag, lower-cased: `ar-EG` → `ar`. */
export function primary(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? lang;
}

/**
 * Picks the best text a service definition has for `lang`: the exact tag, the language,
 * the ministry's default, English, then whatever there is.
 */
export function pick(value: LocalizedText, lang: string, fallback: string): { text: string; lang: string } {
  const candidates = [lang, primary(lang), fallback, primary(fallback), 'en'];
  for (const candidate of candidates) {
    const text = value[candidate];
    if (text !== undefined) return { text, lang: candidate };
  }
  const [first] = Object.entries(value);
  return first ? { text: first[1], lang: first[0] } : { text: '', lang };
}

/**
 * A view over the element's wording: `own` gives the ministry's own wording for an id (in
 * any locale, shipped or added at run time), else the shipped string is used. In the
 * ministry's wording of a string with values, `{0}`, `{1}`… stand for the values, in the
 * order of the English text (docs/strings.md); the provider has already put named values
 * (`{count}`) as positions (provider/ministry-strings.ts).
 */
export function createView(options: {
  own(id: string): string | undefined;
  lang: string;
  english: boolean;
  /** The ministry's default language, the best fallback for its service texts. */
  fallbackLang: string;
  /** The level of the element's headings; 2 unless said. */
  level?: number;
}): View {
  const { lang, fallbackLang } = options;
  const m = (id: string, template: Template): string => {
    const own = options.own(id);
    // A named value not yet put as its position (or not one of this string's): the shipped words.
    if (own === undefined || NAMED_VALUE.test(own)) return typeof template === 'string' ? msg(template, { id }) : msg(template, { id });
    const values = typeof template === 'string' ? [] : template.values;
    return own.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < values.length ? String(values[Number(n)]) : whole));
  };
  const tagged = (value: LocalizedText): Tagged => {
    const picked = pick(value, lang, fallbackLang);
    return { text: picked.text, ...marked(options, picked.lang) };
  };
  return {
    m,
    rich: (id, template) => {
      // Each value stands in the sentence as a private-use mark until the words are chosen.
      const marks = template.values.map((_, n) => `\ue000${n}\ue001`);
      const words = m(id, str(template.strings as unknown as TemplateStringsArray, ...marks));
      return html`${words.split(/\ue000(\d+)\ue001/).map((part, n) => (n % 2 === 1 ? template.values[Number(part)] : part))}`;
    },
    count: (id, n, forms) => {
      // The forms of the language the words are in: English when they fall back to it, or when
      // Intl does not know the language (a ministry's own, e.g. Kwéyòl: its `one` and `other`),
      // rather than the forms of whatever language the browser defaults to.
      const words = options.english && options.own(`${id}.other`) === undefined ? 'en' : lang;
      const form = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf(words).length > 0 ? words : 'en').select(n);
      return m(`${id}.${form}`, form === 'one' ? forms.one : forms.other);
    },
    lang,
    level: options.level ?? 2,
    english: options.english,
    plain: (value) => pick(value, lang, fallbackLang).text,
    tagged,
    text: (value) => {
      // Another language inside the sentence: a screen reader switches voice, and bidi isolation
      // keeps an English question mark at the end of its own sentence in an Arabic page.
      const own = tagged(value);
      return own.lang === nothing ? html`${own.text}` : html`<span lang=${own.lang} dir=${own.dir}>${own.text}</span>`;
    },
    number: (value, format) => new Intl.NumberFormat(lang, format).format(value),
  };
}

/** `aria-describedby` from the ids that exist. */
export function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : nothing;
}

/** A `tel:` link's address for a phone number as written for people (`+1 758-555-0311`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** The ministry's phone number and email address as links. */
export function contactLinks(ministry: Ministry): TemplateResult {
  return html`<a href=${telHref(ministry.contact.phone)} dir="ltr">${ministry.contact.phone}</a>,
    <a href="mailto:${ministry.contact.email}" dir="ltr">${ministry.contact.email}</a>`;
}
