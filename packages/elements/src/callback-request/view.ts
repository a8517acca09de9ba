/** What the callback request's render helpers need from the element, and the words for times, languages and places. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Ministry } from '@civic-contact/contract';
import { directionOf } from '../locale.ts';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import type { View } from '../shared/view.ts';
import type { Failure, Problem } from './model.ts';
import { momentText, sameClock, zoneName } from './times.ts';

export interface CallbackView extends View {
  ministry: Ministry | undefined;
  /** The contact centre's time zone, in which times are offered. */
  centreZone: string;
  /** The citizen's time zone, in which times are also shown when its clock differs. */
  ownZone: string;
  /** The country whose national numbers may be typed without a country code. */
  country: string | undefined;
  /**
   * The words for what is wrong with an answer and why a request failed (messages.ts). They
   * come with the check of the answers (later.ts), so they are there whenever a problem is.
   */
  messages: Messages | undefined;
}

export interface Messages {
  problemText(view: CallbackView, problem: Problem): string;
  failureText(view: CallbackView, failure: Failure, operation: CivicErrorOperation): string;
}

/** An instant in the centre's time, and in the citizen's when their clock differs. */
export function momentInZones(view: CallbackView, instant: string): string {
  const { lang, centreZone: centre, ownZone: own } = view;
  const centreText = momentText(instant, centre, lang);
  const centreName = zoneName(centre, lang, new Date(instant));
  if (sameClock(centre, own, new Date(instant))) {
    return view.m('callback-request.moment-one-zone', str`${centreText} (${centreName})`);
  }
  const ownText = momentText(instant, own, lang);
  return view.m('callback-request.moment-two-zones', str`${centreText} (${centreName}), which is ${ownText} your time`);
}

/** A minute count as "15 minutes", in the reader's language. */
export function minutes(view: CallbackView, count: number): string {
  return view.number(count, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
}

export function countryName(view: CallbackView, country: string): string {
  return new Intl.DisplayNames([view.lang], { type: 'region' }).of(country) ?? country;
}

/** A language's name in `inLang`, e.g. `displayName('en', 'es')` → "Spanish". */
function displayName(inLang: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(locale);
    // In its own language a name may start in lower case ("español"); as a label it is capitalised.
    return name && name !== locale ? name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/** "Spanish (español)": the language in the citizen's words, and in its own. */
export function languageName(view: CallbackView, locale: string): TemplateResult {
  const inOwn = displayName(locale, locale);
  const inReader = displayName(view.lang, locale);
  if (!inReader || inReader === inOwn) return html`<span lang=${locale} dir=${directionOf(locale)}>${inOwn ?? locale}</span>`;
  return html`${inReader}${inOwn ? html` (<span lang=${locale} dir=${directionOf(locale)}>${inOwn}</span>)` : nothing}`;
}
