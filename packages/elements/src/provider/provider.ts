import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { BaseClient } from '@civic-contact/sdk';
import { Connection } from '../base/connection.ts';
import { LangElement } from '../base/lang-element.ts';
import {
  catalogueContext,
  clientContext,
  localeContext,
  stringsContext,
  type CatalogueState,
  type StringOverrides,
} from '../context/contexts.ts';
import { CivicCatalogueLoadedEvent } from '../events/civic-catalogue-loaded-event.ts';
import { CivicErrorEvent } from '../events/civic-error-event.ts';
import { resolveLocale, type LocaleInfo } from '../locale.ts';
import { NAMED_VALUE } from '../shared/view.ts';

const ministryStrings = () => import('./ministry-strings.ts');

/**
 * Creates one SDK client and shares it, the locale and the ministry's service catalogue
 * with every Civic Contact element inside it, however deep and through shadow roots.
 *
 * ```html
 * <civic-contact-provider api-base="https://contact.gov.example" site-key="pk_live_…" lang="fr">
 *   <civic-complaint-form service="road-defects"></civic-complaint-form>
 * </civic-contact-provider>
 * ```
 *
 * The catalogue is loaded once, when the provider has an API base and a site key, and again
 * only when either changes. Changing `lang` reaches every element inside at once.
 *
 * @slot - The page content; Civic Contact elements anywhere inside share this provider.
 * @fires civic-catalogue-loaded - The service catalogue has loaded (`event.catalogue`).
 * @fires civic-error - The API base or key is unusable, or the catalogue could not be loaded (`event.error`; `event.kind` is `configuration` when the contact centre refuses the key or the SDK refuses the API base or key, else `network`, `server` or `not-found`). Each element inside also reports a configuration failure as its own, and the console explains it once.
 */
@customElement('civic-contact-provider')
export class CivicContactProvider extends LangElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Address of the contact-centre API, e.g. `https://contact.gov.example`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The ministry's publishable key (`pk_…`). Never a secret key. */
  @property({ attribute: 'site-key' }) siteKey = '';

  /** A `fetch` to use instead of the browser's, e.g. a mock contact centre's for offline demos. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined = undefined;

  /** The shared client; undefined until `api-base` and `site-key` are set and valid. */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client: BaseClient | undefined = undefined;

  /** The shared locale: the provider's `lang`, else the page's, else the browser's. */
  @provide({ context: localeContext })
  @property({ attribute: false })
  locale: LocaleInfo = { lang: 'en', dir: 'ltr' };

  /** The ministry and its services as they load. */
  @provide({ context: catalogueContext })
  @property({ attribute: false })
  catalogue: CatalogueState = { status: 'idle' };

  /**
   * The ministry's own wording for any string of the elements, by locale then string id,
   * e.g. `{ en: { 'complaint-form.submit': 'Send complaint' } }` — a few strings, or a whole
   * locale the elements do not ship (`{ acf: { … } }`), shown without any rebuild. In a string
   * with values, `{0}`, `{1}`… or their names (`{count}`) stand for them. Every id, its English
   * and its values: docs/strings.md. Also settable as a JSON attribute; wins over `strings-src`.
   */
  @property({ type: Object })
  strings: StringOverrides = {};

  /** Address of a JSON file of the same form as `strings` (e.g. `/civic/strings.acf.json`), fetched once. */
  @property({ attribute: 'strings-src' }) stringsSrc = '';

  /** What the elements inside use: the file's strings under the property's, locale by locale. */
  @provide({ context: stringsContext })
  @state()
  protected wording: StringOverrides = {};

  /** What `strings-src` gave. */
  #fetched: StringOverrides = {};
  /** The wrong names of values already told in the console. */
  readonly #told = new Set<string>();

  readonly #connection = new Connection({
    changed: () => {
      this.client = this.#connection.client;
      this.catalogue = this.#connection.catalogue;
    },
    failed: (error, operation) => this.dispatchEvent(new CivicErrorEvent(error, operation)),
    loaded: (catalogue) => this.dispatchEvent(new CivicCatalogueLoadedEvent(catalogue)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stringsSrc')) {
      this.#fetched = {};
      if (this.stringsSrc) void this.#fetch(this.stringsSrc);
    }
    if (changed.has('strings') || changed.has('stringsSrc')) this.#share();
    const locale = resolveLocale(this, this.lang);
    if (locale.lang !== this.locale.lang) this.locale = locale;
    this.#connection.update({ apiBase: this.apiBase, siteKey: this.siteKey, lang: this.locale.lang, fetch: this.fetch });
  }

  /**
   * Shares the file's strings under the property's; those with named values (`{count}`) once
   * ministry-strings.ts, fetched then, has put them as positions (until then, and for a name
   * a string does not have, the elements keep their own wording for them: shared/view.ts).
   */
  #share(): void {
    const fetched = this.#fetched;
    const locales = new Set([...Object.keys(fetched), ...Object.keys(this.strings)]);
    const wording: StringOverrides = Object.fromEntries([...locales].map((lang) => [lang, { ...fetched[lang], ...this.strings[lang] }]));
    this.wording = wording;
    if (NAMED_VALUE.test(JSON.stringify(wording))) {
      void ministryStrings().then(({ withPositions }) => {
        if (this.wording === wording) this.wording = withPositions(wording, this.#told);
      });
    }
  }

  async #fetch(src: string): Promise<void> {
    const strings = await (await ministryStrings()).fetchStrings(src);
    if (!strings || src !== this.stringsSrc) return;
    this.#fetched = strings;
    this.#share();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-contact-provider': CivicContactProvider;
  }
}
