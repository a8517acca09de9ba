import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Ministry, Service } from '@civic-contact/contract';
import type { BaseClient } from '@civic-contact/sdk';
import {
  catalogueContext,
  clientContext,
  localeContext,
  stringsContext,
  type CatalogueState,
  type StringOverrides,
} from '../context/contexts.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { resolveLocale, type LocaleInfo } from '../locale.ts';
import { getLocale, SOURCE_LOCALE, stringsLang, useLocale } from '../i18n/localization.ts';
import { createView, primary, type View } from '../shared/view.ts';
import { Announcer } from './announcer.ts';
import { Connection } from './connection.ts';
import { Focus } from './focus.ts';
import { stepHeading } from './heading.ts';
import { LangElement } from './lang-element.ts';
import { Misconfiguration, type ConnectionSource } from './misconfiguration.ts';
import { OnDemand } from './on-demand.ts';
// For its definition: a provider must be defined before the elements inside it ask it for
// context (an element whose request goes unanswered connects on its own), so whichever
// element loads first brings the provider with it, whatever order a page loads them in.
import '../provider/provider.ts';

// At module level: TypeScript rewrites `.ts` to `.js` in an import() it meets there, not in
// one inside a field initialiser (which its legacy decorators move into the constructor).
const loadSteps = () => import('./steps.ts');

/**
 * What every Civic Contact element shares: inside a `<civic-contact-provider>` it uses the
 * provider's client, locale, catalogue and wording; on its own it connects itself from its
 * `api-base` and `site-key` attributes. Its own `lang` wins over the provider's.
 *
 * A key the contact centre refuses, an unusable `api-base` or `site-key`, or no connection
 * at all is the page's mistake, handed to {@link CivicElement.misconfiguration}: the
 * developer is told once per page in the console, the page gets a `civic-error` of kind
 * `configuration`, and the citizen whom to contact instead of the form.
 */
export class CivicElement extends LangElement {
  /** Address of the contact-centre API, when the element is used without a provider. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The ministry's publishable key (`pk_…`), when the element is used without a provider. */
  @property({ attribute: 'site-key' }) siteKey = '';

  /** A `fetch` to use instead of the browser's, when the element is used without a provider. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined = undefined;

  /**
   * The page title follows the element's step: "<step heading> – <page title>" once the
   * citizen has moved past the first step (e.g. "Check your answers before sending your
   * complaint – Ministry of Transport"), the page's own title back at the first step and when
   * the element leaves the page. Every element fires `civic-step` either way, and, while a
   * step shows errors, puts "Error: " in front of the page title, as GOV.UK pages do.
   */
  @property({ type: Boolean, attribute: 'update-title' }) updateTitle = false;

  /**
   * The level of the element's headings, 1 to 6: a step's heading is an `h<level>`, a part of
   * the step an `h<level + 1>`. 2 unless said: a page's `h1` is its own; inside a section of the
   * page headed `h2`, give 3.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient: BaseClient | undefined = undefined;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale: LocaleInfo | undefined = undefined;

  @consume({ context: catalogueContext, subscribe: true })
  @state()
  protected providedCatalogue: CatalogueState | undefined = undefined;

  @consume({ context: stringsContext, subscribe: true })
  @state()
  protected providedStrings: StringOverrides | undefined = undefined;

  /** The locale this element speaks: its own `lang`, the provider's, the page's, the browser's. */
  @state() protected locale: LocaleInfo = { lang: 'en', dir: 'ltr' };

  @state() private ownCatalogue: CatalogueState = { status: 'idle' };
  #ownClient: BaseClient | undefined;
  readonly #connection = new Connection({
    changed: () => {
      this.#ownClient = this.#connection.client;
      this.ownCatalogue = this.#connection.catalogue;
    },
    failed: (error, operation) => {
      if (!this.misconfiguration.take(error, operation)) this.dispatchEvent(new CivicErrorEvent(error, operation));
    },
  });

  /** The page's mistakes: told to the developer and the page, and the notice shown in place of the form. */
  protected readonly misconfiguration = new Misconfiguration(this, {
    source: () => this.#source(),
    catalogue: () => this.catalogue,
    view: () => this.view(),
  });

  /** What the widget says to a screen reader; its region is in {@link CivicElement.frame}. */
  protected readonly announcer = new Announcer(this);

  /** Where focus goes after the next render. */
  protected readonly moveFocus = new Focus(this);

  /**
   * What tells the page the step (base/steps.ts: `civic-step`, the page title): fetched when
   * the citizen starts on the element, needed once the step changes or shows errors, which
   * only the citizen's acts do. Until then, the first step shown is remembered here.
   */
  readonly #steps = new OnDemand(this, loadSteps, { startOnFocus: true });
  #firstStep: string | undefined;
  /** The step at which the steps' code was asked for. */
  #stepsAsked: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addController({ hostUpdated: () => this.#followSteps() });
  }

  /** Asks for the steps' code once the step shown (its heading's `data-step`) is not the first, or shows errors. */
  #followSteps(): void {
    const heading = stepHeading(this.renderRoot);
    const step = heading?.dataset['step'];
    this.#firstStep ??= step;
    if (!step || (step === this.#firstStep && !heading.querySelector('[data-error]')) || this.#stepsAsked !== undefined) return;
    this.#stepsAsked = step;
    this.#steps.load().then(
      ({ Steps }) => new Steps(this, this.#firstStep!, () => this.updateTitle).hostUpdated(),
      // Offline: asked again at the next render.
      () => (this.#stepsAsked = undefined),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.disconnect();
  }

  /** The SDK client: the provider's, or this element's own. */
  protected get client(): BaseClient | undefined {
    return this.#standalone ? this.#ownClient : this.providedClient;
  }

  /** The ministry and its services as they load. */
  protected get catalogue(): CatalogueState {
    return this.#standalone ? this.ownCatalogue : (this.providedCatalogue ?? { status: 'idle' });
  }

  /**
   * True when the element connects itself: it has its own endpoint, or no provider around it.
   * (A provider always shares its catalogue state, even one that says its key is unusable.)
   */
  get #standalone(): boolean {
    return Boolean(this.apiBase && this.siteKey) || this.providedCatalogue === undefined;
  }

  /** Where the element connects: its own attributes, or its provider's. */
  #source(): ConnectionSource {
    if (this.#standalone) return { apiBase: this.apiBase, siteKey: this.siteKey, owner: this.localName };
    let node: Node | null = this;
    while (node && !(node instanceof Element && node.localName === 'civic-contact-provider')) {
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    const provider = node as (Element & Partial<ConnectionSource>) | null;
    return { apiBase: provider?.apiBase ?? '', siteKey: provider?.siteKey ?? '', owner: 'civic-contact-provider' };
  }

  /** The ministry, once its catalogue has loaded. */
  protected get ministry(): Ministry | undefined {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.ministry : undefined;
  }

  /** The ministry's services, once its catalogue has loaded (none before). */
  protected get services(): readonly Service[] {
    const catalogue = this.catalogue;
    return catalogue.status === 'ready' ? catalogue.catalogue.services : [];
  }

  /** The element's wording and language, with the ministry's own language as the fallback of its service texts. */
  protected view(): View {
    return createView({
      own: (id) => this.#own(id),
      lang: this.locale.lang,
      english: getLocale() === SOURCE_LOCALE,
      fallbackLang: this.ministry?.defaultLocale ?? SOURCE_LOCALE,
      level: this.headingLevel,
    });
  }

  /**
   * Every widget's root: the language of its own words (the reader's when the elements or the
   * ministry speak it, else English) and their direction, the live region, then `content`.
   */
  protected frame(content: unknown): TemplateResult {
    return html`<div class="root" part="base" lang=${this.#wordsLang} dir=${this.locale.dir}>${this.announcer.region()}${content}</div>`;
  }

  /** The ministry's own wording for string `id` in this element's language (or the language without its region), if any. */
  #own(id: string): string | undefined {
    return this.#ownStrings(this.locale.lang)?.[id] ?? this.#ownStrings(primary(this.locale.lang))?.[id];
  }

  #ownStrings(lang: string): Readonly<Record<string, string>> | undefined {
    return this.providedStrings?.[lang];
  }

  /**
   * The language of the element's own words: the reader's when the elements ship it or the
   * ministry adds it (a locale given to the provider), else English, which they fall back to.
   */
  get #wordsLang(): string {
    const { lang } = this.locale;
    const shipped = stringsLang(lang);
    if (shipped === lang) return lang;
    const added = [lang, primary(lang)].find((tag) => Object.keys(this.#ownStrings(tag) ?? {}).length > 0);
    return added ?? shipped;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own = this.getAttribute('lang');
    const locale = own ? resolveLocale(this, own) : (this.providedLocale ?? resolveLocale(this, ''));
    if (locale.lang !== this.locale.lang || locale.dir !== this.locale.dir) {
      this.locale = locale;
    }
    void useLocale(this.locale.lang);
    if (this.apiBase && this.siteKey) {
      this.#connection.update({ apiBase: this.apiBase, siteKey: this.siteKey, lang: this.locale.lang, fetch: this.fetch });
    }
  }
}
