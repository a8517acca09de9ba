/**
 * Language of parts (issue 13): in every shipped locale, every text a widget shows sits under
 * a `lang` that names the language it is written in. A screen reader picks its voice from the
 * nearest `lang`: the widget's own words must be under the root's `lang` (the reader's), and a
 * server text with no translation in the reader's language (a service name, an FAQ answer, a
 * holiday, a team's note) under its own.
 *
 * Each widget is mounted in a provider with `lang=<locale>` against the mock, once for a
 * ministry that speaks the locale and once for one that does not (whose texts fall back to
 * its default language, English), driven to its main states, and its shadow tree walked (with
 * slotted content and nested shadow roots). A text node is attributed to a language when it
 * contains a phrase of that language, or is part of one: the fixed pieces (8 characters or
 * more) of the shipped templates of the locale tested, and of the English source
 * (docs/strings.md), which the elements fall back to; the seed's `LocalizedText` values
 * (service names, descriptions, groups, fields, options, prompts, entities, holidays, FAQ
 * questions, categories and answers) and the notes this test's team writes, each keyed by its
 * language. A node with phrases of more than one language, or of none, is skipped; numbers,
 * references and dates are not attributed. Its nearest `lang` (the closest ancestor with one,
 * in its shadow root, then the host's) must have the same primary language.
 */
import { expect } from 'chai';
import { html } from 'lit';
import { isStrTagged, type TemplateMap } from '@lit/localize';
import { sendKeys } from '@web/test-runner-commands';
import { seed } from '@civic-contact/core/seed';
import { createClient } from '@civic-contact/sdk';
import type { ComplaintCreateRequest } from '@civic-contact/contract';
import { createMockContactCentre, type MockContactCentre } from '@civic-contact/mock';
import '../provider/provider.ts';
import '../complaint-form/complaint-form.ts';
import '../ticket-status/ticket-status.ts';
import '../callback-request/callback-request.ts';
import '../faq-search/faq-search.ts';
import type { CivicContactProvider } from '../provider/provider.ts';
import { getLocale } from './localization.ts';
import { templates as arabic } from './locales/ar.ts';
import { templates as french } from './locales/fr.ts';
import { templates as spanish } from './locales/es.ts';
import { $, click, startOn, typeInto, type Widget } from '../test-support/dom.ts';
import { place, until } from '../test-support/fixtures.ts';
import { choose, daysAgo, pressContinue, type } from '../complaint-form/test-fixtures.ts';

/* ------------------------------------------------------------------ locales and ministries */

const LOCALES = ['en', 'ar', 'fr', 'es'] as const;
type Locale = (typeof LOCALES)[number];
type MinistryId = 'health' | 'transport' | 'civil-registry';

/** The shipped templates of each locale other than English (English is read from docs/strings.md). */
const SHIPPED: Record<Exclude<Locale, 'en'>, TemplateMap> = { ar: arabic, fr: french, es: spanish };

/**
 * For each locale: a ministry that speaks it, and one that does not, whose texts the reader
 * gets in its default language (English). Every seed ministry speaks English, so for English
 * both speak it. The transport ministry's calendar has a holiday (Thanksgiving) in its first week.
 */
const MINISTRIES: Record<Locale, readonly [MinistryId, MinistryId]> = {
  en: ['civil-registry', 'transport'],
  ar: ['civil-registry', 'transport'],
  fr: ['health', 'transport'],
  es: ['transport', 'health'],
};

/** Tuesday 24 November 2026, 10:00 in New York, 11:00 in Saint Lucia, 15:00 in London: every centre is open. */
const NOW = '2026-11-24T15:00:00Z';

function speaks(ministry: MinistryId, locale: Locale): boolean {
  return seed.ministries.find((candidate) => candidate.id === ministry)!.locales.some((tag) => primary(tag) === locale);
}

/* ------------------------------------------------------------------ the dictionary */

/** The language of a tag, lower-cased: `ar-EG` → `ar`. */
function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/** Text as compared: bidi isolates and marks taken out, spaces (no-break ones too) collapsed. */
function normalize(value: string): string {
  return value.replace(/[\u2066-\u2069\u200e\u200f\u200b]/g, '').replace(/\s+/g, ' ').trim();
}

/** Phrases are at least this long, and contain a letter: shorter ones are shared by too many languages. */
const MIN_PHRASE = 8;
/** A seed text or a language's name this long or more is attributed when a node's whole text is it. */
const MIN_EXACT = 4;
const LETTER = /\p{L}/u;

interface Entry {
  langs: Set<string>;
  sources: Set<string>;
}

/** Phrases and the languages they belong to, with where they come from. */
class Dictionary {
  /** Matched inside a node's text, or a node's text inside them. */
  readonly phrases = new Map<string, Entry>();
  /** Matched only as a node's whole text. */
  readonly exact = new Map<string, Entry>();

  add(text: string, lang: string, source: string, exactToo = false): void {
    const phrase = normalize(text);
    if (!LETTER.test(phrase)) return;
    const map = phrase.length >= MIN_PHRASE ? this.phrases : exactToo && phrase.length >= MIN_EXACT ? this.exact : undefined;
    if (!map) return;
    const entry = map.get(phrase) ?? { langs: new Set<string>(), sources: new Set<string>() };
    entry.langs.add(primary(lang));
    entry.sources.add(source);
    map.set(phrase, entry);
  }

  /** The fixed pieces of a template (the text between its values). */
  addTemplate(pieces: readonly string[], lang: string, id: string): void {
    for (const piece of pieces) this.add(piece, lang, `template ${id} (${lang})`);
  }
}

/** docs/strings.md: the English of every string id, its values written {0}, {1}… */
async function englishTemplates(): Promise<Array<[id: string, pieces: string[]]>> {
  const response = await fetch('/docs/strings.md');
  expect(response.ok, '/docs/strings.md').to.equal(true);
  const rows: Array<[string, string[]]> = [];
  for (const line of (await response.text()).split('\n')) {
    const match = /^\| `([^`]+)` \|/.exec(line);
    if (!match) continue;
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
    rows.push([match[1]!, cells[2]!.split(/\{\d+\}/)]);
  }
  // Read as a table of every string: a change of its layout must not leave English out unnoticed.
  expect(rows.length, 'strings read from docs/strings.md').to.be.greaterThan(300);
  return rows;
}

function shippedTemplates(templates: TemplateMap): Array<[id: string, pieces: string[]]> {
  return Object.entries(templates).map(([id, template]) => {
    if (typeof template === 'string') return [id, [template]];
    if (isStrTagged(template)) return [id, [...template.strings]];
    throw new Error(`${id} is neither a string nor a str template`);
  });
}

const LANG_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** A `LocalizedText`: an object whose keys are all language tags and whose values are all strings. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANG_KEY.test(key) && typeof text === 'string');
}

/** Every `LocalizedText` in the seed, with the path it is at (`services[health-card].name`). */
function addSeed(dictionary: Dictionary, value: unknown, path: string): void {
  if (isLocalizedText(value)) {
    for (const [lang, text] of Object.entries(value)) {
      if (path.endsWith('answerHtml')) addHtml(dictionary, text, lang, `seed ${path}.${lang}`);
      else dictionary.add(text, lang, `seed ${path}.${lang}`, true);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      // Named by its id, option value or holiday date where it has one.
      const named = (typeof item === 'object' && item !== null ? item : {}) as { id?: unknown; value?: unknown; date?: unknown };
      const id = [named.id, named.value, named.date].find((candidate) => typeof candidate === 'string') ?? index;
      addSeed(dictionary, item, `${path}[${String(id)}]`);
    });
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) addSeed(dictionary, child, path ? `${path}.${key}` : key);
  }
}

/** An FAQ answer: each of its text nodes, and its whole text (search snippets run across its elements). */
function addHtml(dictionary: Dictionary, markup: string, lang: string, source: string): void {
  const body = new DOMParser().parseFromString(markup, 'text/html').body;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) dictionary.add(node.textContent ?? '', lang, source);
  dictionary.add(body.textContent ?? '', lang, source);
}

/** A language's name in its own language ("Español"), as the callback form shows it, capitalised or not. */
function addLanguageNames(dictionary: Dictionary): void {
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (!name) continue;
    dictionary.add(name, lang, `the name of ${lang} in ${lang}`, true);
    dictionary.add(name.charAt(0).toLocaleUpperCase(lang) + name.slice(1), lang, `the name of ${lang} in ${lang}`, true);
  }
}

/** Notes the team writes on the tickets this test files, in the language of the complaint (the ticket's `locale`). */
const NOTES: Record<Locale, string> = {
  en: 'We have asked the office for its records of your visit and will write again soon.',
  fr: 'Nous avons demandé au bureau le dossier de votre visite et vous écrirons bientôt.',
  es: 'Hemos pedido a la oficina el registro de su visita y le escribiremos pronto.',
  ar: 'طلبنا من المكتب سجلات زيارتك وسنكتب إليك قريبًا.',
};

async function dictionaryFor(locale: Locale): Promise<Dictionary> {
  const dictionary = new Dictionary();
  // English is the source the elements fall back to: its words under another lang are mismarked too.
  for (const [id, pieces] of await englishTemplates()) dictionary.addTemplate(pieces, 'en', id);
  if (locale !== 'en') for (const [id, pieces] of shippedTemplates(SHIPPED[locale])) dictionary.addTemplate(pieces, locale, id);
  addSeed(dictionary, seed, '');
  addLanguageNames(dictionary);
  for (const [lang, note] of Object.entries(NOTES)) dictionary.add(note, lang, `the team's note (${lang})`);
  return dictionary;
}

/* ------------------------------------------------------------------ walking a widget */

/** Where the phrase occurs in `text` as whole words (no letter just before or after it). */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** A reference (`MOT-0VA5-SGHK`), a number, a date or a time: never attributed. */
const NOT_WORDS = /\b[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g;

interface Attribution {
  lang: string;
  sources: string[];
}

/** The language a node's text is in, when the dictionary says so with one voice; `mixed` when it gives more than one. */
function attribute(dictionary: Dictionary, raw: string): Attribution | 'mixed' | undefined {
  const text = normalize(raw.replace(NOT_WORDS, ' ')).replace(/^…\s*|\s*…$/g, '');
  if (!LETTER.test(text)) return undefined;
  const langs = new Set<string>();
  const sources = new Set<string>();
  const take = (entry: Entry) => {
    entry.langs.forEach((lang) => langs.add(lang));
    entry.sources.forEach((source) => sources.add(source));
  };
  const exact = dictionary.exact.get(text);
  if (exact) take(exact);
  for (const [phrase, entry] of dictionary.phrases) {
    if (containsWords(text, phrase) || (text.length >= MIN_PHRASE && containsWords(phrase, text))) take(entry);
  }
  if (langs.size === 0) return undefined;
  if (langs.size > 1) return 'mixed';
  return { lang: [...langs][0]!, sources: [...sources] };
}

/** The closest ancestor's `lang`, within the shadow root, then the host's, and where it was found. */
function nearestLang(node: Node): { lang: string | undefined; on: string } {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return { lang: current.getAttribute('lang')!, on: nameOf(current) };
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return { lang: undefined, on: 'nothing' };
}

function nameOf(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const part = element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : '';
  return `<${element.localName}${id}${classes}${part}>`;
}

/** The text nodes a widget shows: its shadow tree, what is slotted into it, and nested shadow roots. */
function textNodes(root: ShadowRoot): Text[] {
  const found: Text[] = [];
  const seen = new Set<Node>();
  const walk = (start: Node) => {
    if (seen.has(start)) return;
    seen.add(start);
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement;
        if (parent && ['style', 'script', 'template'].includes(parent.localName)) continue;
        if (normalize(node.data) !== '') found.push(node);
      } else if (node instanceof Element) {
        if (node.shadowRoot) walk(node.shadowRoot);
        if (node instanceof HTMLSlotElement) for (const assigned of node.assignedNodes({ flatten: true })) walk(assigned);
      }
    }
  };
  walk(root);
  return found;
}

interface Mismarked {
  text: string;
  /** The element the text is in. */
  in: string;
  nearest: string;
  on: string;
  expected: string;
  sources: string[];
}

interface Check {
  checked: number;
  /** Attributed by a server text (seed, note, a language's name). */
  fromSeed: number;
  /** Attributed by the elements' own strings only. */
  own: number;
  mismarked: Mismarked[];
}

/** Attributes every text node of the widget and compares its language with its nearest `lang`. */
function check(dictionary: Dictionary, el: Widget): Check {
  const result: Check = { checked: 0, fromSeed: 0, own: 0, mismarked: [] };
  for (const node of textNodes(el.shadowRoot!)) {
    const attribution = attribute(dictionary, node.data);
    if (attribution === undefined || attribution === 'mixed') continue;
    result.checked += 1;
    if (attribution.sources.some((source) => !source.startsWith('template '))) result.fromSeed += 1;
    else result.own += 1;
    const { lang, on } = nearestLang(node);
    if (lang === undefined || primary(lang) !== attribution.lang) {
      result.mismarked.push({ text: normalize(node.data), in: node.parentElement ? nameOf(node.parentElement) : '?', nearest: lang ?? '(none)', on, expected: attribution.lang, sources: attribution.sources.slice(0, 3) });
    }
  }
  return result;
}

/**
 * At least this many nodes attributed in each state, this many of them the elements' own
 * words and this many server texts, so that the test cannot pass on nothing (each state
 * attributes 16 to 130 today: 2 or more of them its own words, 3 or more server texts).
 */
const MIN_CHECKED = 10;
const MIN_OWN = 2;
const MIN_FROM_SEED = 2;

function expectMarked(dictionary: Dictionary, el: Widget, state: string): void {
  const result = check(dictionary, el);
  const list = result.mismarked.map(
    (item) => `"${item.text.slice(0, 90)}" in ${item.in} is under lang="${item.nearest}" (on ${item.on}) but is ${item.expected} (${item.sources.join('; ')})`,
  );
  expect(list, `text under the wrong lang in ${state}`).to.deep.equal([]);
  expect(result.checked, `text nodes attributed to a language in ${state}`).to.be.at.least(MIN_CHECKED);
  expect(result.own, `the elements' own words attributed to a language in ${state}`).to.be.at.least(MIN_OWN);
  expect(result.fromSeed, `server texts attributed to a language in ${state}`).to.be.at.least(MIN_FROM_SEED);
}

/* ------------------------------------------------------------------ mounting and driving */

function siteKey(mock: MockContactCentre, ministry: MinistryId): string {
  return mock.keys.site[ministry]!;
}

/** Waits until the provider has the catalogue and the page speaks `locale`, and the citizen has started on the widget. */
async function ready<T extends Widget>(container: HTMLElement, tag: string, locale: Locale, shown: string, later: () => Promise<unknown>): Promise<T> {
  const provider = container.querySelector<CivicContactProvider>('civic-contact-provider')!;
  const el = container.querySelector<T>(tag)!;
  await until(() => Boolean(el.shadowRoot?.querySelector(shown)), `${tag} to show ${shown}`);
  await until(() => provider.catalogue.status === 'ready', 'the catalogue');
  await until(() => getLocale() === locale, `the strings in ${locale}`);
  await startOn(el, later);
  await el.updateComplete;
  return el;
}

/** The service of each ministry the complaint form and the callback request are shown with. */
const SERVICE: Record<MinistryId, string> = {
  health: 'health-clinic-services',
  transport: 'transport-road-defects',
  'civil-registry': 'civil-registry-enquiry',
};
const CALLBACK_SERVICE: Record<MinistryId, string> = {
  health: 'health-clinic-services',
  transport: 'transport-driving-test',
  'civil-registry': 'civil-registry-enquiry',
};

/** A query that finds several of the ministry's FAQs: in the reader's language when the ministry speaks it, else in English. */
const QUERY: Record<MinistryId, Partial<Record<Locale, string>> & { en: string }> = {
  health: { en: 'clinic', fr: 'clinique' },
  transport: { en: 'licence', es: 'licencia' },
  'civil-registry': { en: 'certificate', ar: 'شهادة' },
};

async function mountComplaintForm(mock: MockContactCentre, locale: Locale, ministry: MinistryId): Promise<Widget> {
  const container = place(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${siteKey(mock, ministry)} lang=${locale} .fetch=${mock.fetch}>
      <civic-complaint-form service=${SERVICE[ministry]}></civic-complaint-form>
    </civic-contact-provider>`,
  );
  return ready(container, 'civic-complaint-form', locale, 'form', () => import('../complaint-form/later.ts'));
}

/** A complete, valid complaint for the ministry's service. */
async function fillComplaint(form: Widget, ministry: MinistryId): Promise<void> {
  switch (ministry) {
    case 'health':
      await type(form, 'subject', 'Waited five hours at the clinic');
      await type(form, 'description', 'I arrived at 8am with my daughter and we were only seen after 1pm.');
      await choose(form, 'answers.clinic', 'castries');
      await type(form, 'answers.visit_date', daysAgo(3));
      await choose(form, 'answers.issues', 'long_wait');
      await type(form, 'answers.details', 'Nobody told us how long the wait would be.');
      break;
    case 'transport':
      await type(form, 'subject', 'Deep pothole on Fulton Street');
      await type(form, 'description', 'A pothole about a foot wide in the right-hand lane, outside number 120.');
      await choose(form, 'answers.defect_type', 'pothole');
      await choose(form, 'answers.size', 'medium');
      await choose(form, 'answers.position', 'traffic_lane');
      await type(form, 'location.address', '120 Fulton Street, Brooklyn');
      break;
    case 'civil-registry':
      await type(form, 'subject', 'How to register a birth abroad');
      await type(form, 'description', 'My son was born in Spain last month. What do I need to register his birth here?');
      await choose(form, 'answers.topic', 'register_birth');
      await type(form, 'answers.question', 'Which documents do I need to bring?');
      break;
  }
  await type(form, 'citizen.email', 'amira@example.com');
}

async function toCheckAnswers(form: Widget, ministry: MinistryId): Promise<void> {
  await fillComplaint(form, ministry);
  await pressContinue(form);
  await until(
    () => form.shadowRoot!.querySelector('[part="check-answers"]') !== null,
    `the check-answers step (the form says: ${normalize(form.shadowRoot!.querySelector('#cf-error-summary')?.textContent ?? '')})`,
  );
  await form.updateComplete;
}

/** A complaint to each ministry, as its web page would file it, in the language the citizen wrote it in. */
function complaintBody(ministry: MinistryId, locale: string): ComplaintCreateRequest {
  const citizen = { name: 'Ana Joseph', email: 'ana@example.com' };
  switch (ministry) {
    case 'health':
      return {
        service: 'health-clinic-services',
        subject: 'Waited five hours at the clinic',
        description: 'I arrived at 8am with my daughter and we were only seen after 1pm.',
        answers: { clinic: 'castries', visit_date: daysAgo(3, Date.parse(NOW)), issues: ['long_wait'], details: 'Nobody told us how long the wait would be.' },
        citizen,
        locale,
      };
    case 'transport':
      return {
        service: 'transport-bus-service',
        subject: 'Bus 12 skipped my stop',
        description: 'The 7:40 bus drove past the stop on Main Street without stopping.',
        answers: { issue: 'skipped_stop', route: '12', incident_date: daysAgo(2, Date.parse(NOW)), details: 'This is the third time this month it happened.' },
        citizen,
        locale,
      };
    case 'civil-registry':
      return {
        service: 'civil-registry-enquiry',
        subject: 'How to register a birth abroad',
        description: 'My son was born in Spain last month. What do I need to register his birth here?',
        answers: { topic: 'register_birth', question: 'Which documents do I need to bring?' },
        citizen,
        locale,
      };
  }
}

/**
 * Files a complaint with the SDK, in the reader's language when the ministry speaks it (else in
 * English), and the team moves it on with a note in that language: the timeline then has a
 * status change, a team and a note.
 */
async function fileComplaint(mock: MockContactCentre, ministry: MinistryId, locale: Locale): Promise<string> {
  const written: Locale = speaks(ministry, locale) ? locale : 'en';
  const client = createClient({ baseUrl: mock.baseUrl, siteKey: siteKey(mock, ministry), fetch: mock.fetch });
  const { reference } = await client.complaints.create(complaintBody(ministry, written));
  // Secret keys are refused in a browser SDK: the agent API, raw.
  const response = await mock.fetch(`${mock.baseUrl}/v1/agent/tickets/${reference}/status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${mock.keys.secret[ministry]!}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'in_progress', note: NOTES[written] }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
  return reference;
}

async function mountTicketStatus(mock: MockContactCentre, locale: Locale, ministry: MinistryId): Promise<Widget> {
  const container = place(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${siteKey(mock, ministry)} lang=${locale} .fetch=${mock.fetch}>
      <civic-ticket-status></civic-ticket-status>
    </civic-contact-provider>`,
  );
  return ready(container, 'civic-ticket-status', locale, '#reference', () => import('../ticket-status/later.ts'));
}

async function findTicket(el: Widget, reference: string): Promise<void> {
  await typeInto($<HTMLInputElement>(el, '#reference'), reference);
  await typeInto($<HTMLInputElement>(el, '#verifier'), 'ana@example.com');
  await click($(el, '#submit'));
  await until(() => el.shadowRoot!.querySelector('#result-heading') !== null, 'the ticket');
  await el.updateComplete;
}

async function mountCallbackRequest(mock: MockContactCentre, locale: Locale, ministry: MinistryId): Promise<Widget> {
  const container = place(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${siteKey(mock, ministry)} lang=${locale} .fetch=${mock.fetch}>
      <civic-callback-request service=${CALLBACK_SERVICE[ministry]} time-zone="Europe/Paris"></civic-callback-request>
    </civic-contact-provider>`,
  );
  return ready(container, 'civic-callback-request', locale, '#cb-when-slot', () =>
    Promise.all([import('../callback-request/later.ts'), import('../callback-request/phone-library.ts')]),
  );
}

/** "At a time I choose": the calendar of the week, and the times of its first day. */
async function toCalendar(el: Widget): Promise<void> {
  await until(() => el.shadowRoot!.querySelector('.loading') === null && !/…/.test(el.shadowRoot!.querySelector('[part~="asap-status"]')?.textContent ?? ''), 'the opening status');
  await click($(el, '#cb-when-slot'));
  await until(() => el.shadowRoot!.querySelector('[part~="days"]') !== null, 'the days');
  await until(() => el.shadowRoot!.querySelector('[part~="times"]') !== null, 'the times of the first day');
  await el.updateComplete;
}

async function mountFaqSearch(mock: MockContactCentre, locale: Locale, ministry: MinistryId): Promise<Widget> {
  const container = place(
    html`<civic-contact-provider api-base=${mock.baseUrl} site-key=${siteKey(mock, ministry)} lang=${locale} .fetch=${mock.fetch}>
      <civic-faq-search complaint-href="/complaint.html" callback-href="/callback.html"></civic-faq-search>
    </civic-contact-provider>`,
  );
  return ready(container, 'civic-faq-search', locale, '#faq-input', () => import('../faq-search/later.ts'));
}

/** Types the query and presses Enter: every result, with snippets and categories. */
async function toResults(el: Widget, query: string): Promise<void> {
  $<HTMLInputElement>(el, '#faq-input').focus();
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
  await until(() => el.shadowRoot!.querySelector('#faq-results-title') !== null && el.shadowRoot!.querySelector('[part="result"]') !== null, `the results for "${query}"`);
  await el.updateComplete;
}

async function toAnswer(el: Widget): Promise<void> {
  $(el, '[part="result-button"]').click();
  await until(() => el.shadowRoot!.querySelector('.answer__body') !== null, 'the answer');
  await el.updateComplete;
}

/* ------------------------------------------------------------------ the tests */

for (const locale of LOCALES) {
  describe(`language of parts in ${locale}`, function () {
    // Several steps per test, and the dictionary matched against every text node of each state.
    this.timeout(30_000);
    let dictionary: Dictionary;
    let mock: MockContactCentre;

    before(async () => {
      dictionary = await dictionaryFor(locale);
    });

    beforeEach(async () => {
      mock = await createMockContactCentre({ now: () => new Date(NOW) });
    });

    for (const ministry of MINISTRIES[locale]) {
      const whose = `${ministry} (${speaks(ministry, locale) ? 'speaks' : 'does not speak'} ${locale})`;

      it(`<civic-complaint-form>: the form with a service, ${whose}`, async () => {
        const form = await mountComplaintForm(mock, locale, ministry);
        expectMarked(dictionary, form, 'the form');
      });

      it(`<civic-complaint-form>: the check-answers step, ${whose}`, async () => {
        const form = await mountComplaintForm(mock, locale, ministry);
        await toCheckAnswers(form, ministry);
        expectMarked(dictionary, form, 'the check-answers step');
      });

      it(`<civic-ticket-status>: a found ticket, ${whose}`, async () => {
        const reference = await fileComplaint(mock, ministry, locale);
        const el = await mountTicketStatus(mock, locale, ministry);
        await findTicket(el, reference);
        expectMarked(dictionary, el, 'the found ticket');
      });

      it(`<civic-callback-request>: the form with the calendar of times, ${whose}`, async () => {
        const el = await mountCallbackRequest(mock, locale, ministry);
        await toCalendar(el);
        expectMarked(dictionary, el, 'the calendar of times');
      });

      it(`<civic-faq-search>: results for a query, ${whose}`, async () => {
        const el = await mountFaqSearch(mock, locale, ministry);
        await toResults(el, QUERY[ministry][locale] ?? QUERY[ministry].en);
        expectMarked(dictionary, el, 'the results');
      });

      it(`<civic-faq-search>: an opened answer, ${whose}`, async () => {
        const el = await mountFaqSearch(mock, locale, ministry);
        await toResults(el, QUERY[ministry][locale] ?? QUERY[ministry].en);
        await toAnswer(el);
        expectMarked(dictionary, el, 'the opened answer');
      });
    }
  });
}
