import { css, html, type PropertyValues } from 'lit';
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
   * with values, `{0}`, `{1}`… stand for them. Every id, its English and its values:
   * docs/strings.md. Also settable as a JSON attribute; wins over `strings-src`.
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
    if (changed.has('stringsSrc')) void this.#loadStrings(this.stringsSrc);
    if (changed.has('strings')) this.#share();
    const locale = resolveLocale(this, this.lang);
    if (locale.lang !== this.locale.lang) this.locale = locale;
    this.#connection.update({ apiBase: this.apiBase, siteKey: this.siteKey, lang: this.locale.lang, fetch: this.fetch });
  }

  #share(): void {
    const fetched = this.#fetched;
    const locales = new Set([...Object.keys(fetched), ...Object.keys(this.strings)]);
    this.wording = Object.fromEntries([...locales].map((lang) => [lang, { ...fetched[lang], ...this.strings[lang] }]));
  }

  async #loadStrings(src: string): Promise<void> {
    this.#fetched = {};
    this.#share();
    if (!src) return;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`it answered ${response.status}`);
      const json: unknown = await response.json();
      const isMap = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
      const valid = isMap(json) && Object.values(json).every((texts) => isMap(texts) && Object.values(texts).every((text) => typeof text === 'string'));
      if (!valid) throw new Error('it is not of the form { "<locale>": { "<string id>": "<text>" } }');
      if (src !== this.stringsSrc) return;
      this.#fetched = json as StringOverrides;
      this.#share();
    } catch (error) {
      // The page's mistake: the elements carry on in their shipped wording.
      console.error(`[civic-contact] <civic-contact-provider> cannot use strings-src="${src}": ${(error as Error).message}. The elements use their own wording meanwhile.`);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-contact-provider': CivicContactProvider;
  }
}
