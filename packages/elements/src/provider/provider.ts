import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type CivicContactClient } from '@civic-contact/sdk';
import { catalogueContext, clientContext, localeContext, type CatalogueState } from '../context/contexts.ts';
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
 * @fires civic-error - The API base or key is unusable, or the catalogue could not be loaded (`event.error`).
 */
@customElement('civic-contact-provider')
export class CivicContactProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Address of the contact-centre API, e.g. `https://contact.gov.example`. */
  @property({ attribute: 'api-base' }) accessor apiBase = '';

  /** The ministry's publishable key (`pk_…`). Never a secret key. */
  @property({ attribute: 'site-key' }) accessor siteKey = '';

  /** A `fetch` to use instead of the browser's, e.g. a mock contact centre's for offline demos. */
  @property({ attribute: false }) accessor fetch: typeof globalThis.fetch | undefined = undefined;

  /** The shared client; undefined until `api-base` and `site-key` are set and valid. */
  @provide({ context: clientContext })
  @property({ attribute: false })
  accessor client: CivicContactClient | undefined = undefined;

  /** The shared locale: the provider's `lang`, else the page's, else the browser's. */
  @provide({ context: localeContext })
  @property({ attribute: false })
  accessor locale: LocaleInfo = { lang: 'en', dir: 'ltr' };

  /** The ministry and its services as they load. */
  @provide({ context: catalogueContext })
  @property({ attribute: false })
  accessor catalogue: CatalogueState = { status: 'idle' };

  #loading: AbortController | undefined;

  // `lang` is a native attribute: observe it rather than shadow HTMLElement's own property,
  // so `provider.lang = 'ar'` and setAttribute('lang', 'ar') both work.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
    this.#loading = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = resolveLocale(this, this.lang);
    const localeChanged = locale.lang !== this.locale.lang;
    if (localeChanged) this.locale = locale;
    const connectionChanged = changed.has('apiBase') || changed.has('siteKey') || changed.has('fetch');
    // A new locale only needs a new client (its Accept-Language); the catalogue holds every language.
    if (connectionChanged || (localeChanged && this.client)) this.#configure(connectionChanged);
  }

  #configure(reloadCatalogue: boolean): void {
    if (!this.apiBase || !this.siteKey) {
      this.client = undefined;
      this.catalogue = { status: 'idle' };
      return;
    }
    try {
      this.client = createClient({
        baseUrl: this.apiBase,
        siteKey: this.siteKey,
        locale: this.locale.lang,
        ...(this.fetch ? { fetch: this.fetch } : {}),
      });
    } catch (error) {
      this.client = undefined;
      this.#fail(error, 'configure');
      return;
    }
    if (reloadCatalogue || this.catalogue.status !== 'ready') void this.#loadCatalogue(this.client);
  }

  async #loadCatalogue(client: CivicContactClient): Promise<void> {
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.catalogue = { status: 'loading' };
    try {
      const catalogue = await client.services.list({ signal: loading.signal });
      if (loading.signal.aborted) return;
      this.catalogue = { status: 'ready', catalogue };
      this.dispatchEvent(new CivicCatalogueLoadedEvent(catalogue));
    } catch (error) {
      if (loading.signal.aborted) return;
      this.#fail(error, 'load-catalogue');
    }
  }

  #fail(error: unknown, operation: 'configure' | 'load-catalogue'): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    this.catalogue = { status: 'error', error: failure };
    this.dispatchEvent(new CivicErrorEvent(failure, operation));
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
