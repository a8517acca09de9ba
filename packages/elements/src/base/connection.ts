import { createBaseClient, ServicesResource, type BaseClient } from '@civic-contact/sdk';
import type { CatalogueState } from '../context/contexts.ts';
import type { CivicErrorOperation } from '../events/civic-error-event.ts';
import { asError } from '../shared/failure.ts';

/** Where and as whom to reach the contact centre. */
export interface ConnectionSettings {
  apiBase: string;
  siteKey: string;
  lang: string;
  fetch: typeof globalThis.fetch | undefined;
}

/** What a connection reports as it changes. */
export interface ConnectionEvents {
  /** The client or the catalogue changed. */
  changed(): void;
  /** Configuring or loading failed; the catalogue state already says so. */
  failed(error: Error, operation: CivicErrorOperation): void;
  /** The catalogue has loaded. */
  loaded?(catalogue: Extract<CatalogueState, { status: 'ready' }>['catalogue']): void;
}

/**
 * One SDK client and the ministry's service catalogue, for the provider and for an element
 * used on its own (with `api-base` and `site-key` on itself). The catalogue is loaded
 * again only when the API base, key or fetch change; a new language only needs a new client.
 */
export class Connection {
  client: BaseClient | undefined = undefined;
  catalogue: CatalogueState = { status: 'idle' };
  readonly #events: ConnectionEvents;
  #settings: ConnectionSettings | undefined;
  #loading: AbortController | undefined;

  constructor(events: ConnectionEvents) {
    this.#events = events;
  }

  /** Applies new settings; does nothing when they are the same as before. */
  update(settings: ConnectionSettings): void {
    const before = this.#settings;
    const endpointChanged =
      !before || before.apiBase !== settings.apiBase || before.siteKey !== settings.siteKey || before.fetch !== settings.fetch;
    if (!endpointChanged && before.lang === settings.lang) return;
    this.#settings = { ...settings };
    if (!settings.apiBase || !settings.siteKey) {
      this.#abort();
      this.client = undefined;
      this.catalogue = { status: 'idle' };
      this.#events.changed();
      return;
    }
    try {
      this.client = createBaseClient({
        baseUrl: settings.apiBase,
        siteKey: settings.siteKey,
        locale: settings.lang,
        ...(settings.fetch ? { fetch: settings.fetch } : {}),
      });
    } catch (error) {
      this.#abort();
      this.client = undefined;
      this.#fail(error, 'configure');
      return;
    }
    this.#events.changed();
    if (endpointChanged || this.catalogue.status !== 'ready') void this.#load(this.client);
  }

  /** Stops a catalogue load in flight (the element left the page). */
  disconnect(): void {
    this.#abort();
    this.#settings = undefined;
  }

  #abort(): void {
    this.#loading?.abort();
    this.#loading = undefined;
  }

  async #load(client: BaseClient): Promise<void> {
    this.#abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.catalogue = { status: 'loading' };
    this.#events.changed();
    try {
      const catalogue = await client.use(ServicesResource).list({ signal: loading.signal });
      if (loading.signal.aborted) return;
      this.catalogue = { status: 'ready', catalogue };
      this.#events.changed();
      this.#events.loaded?.(catalogue);
    } catch (error) {
      if (!loading.signal.aborted) this.#fail(error, 'load-catalogue');
    }
  }

  #fail(error: unknown, operation: CivicErrorOperation): void {
    const failure = asError(error);
    this.catalogue = { status: 'error', error: failure };
    this.#events.changed();
    this.#events.failed(failure, operation);
  }
}
