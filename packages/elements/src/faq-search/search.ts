/**
 * Where `<civic-faq-search>` gets its results: the contact centre's API, or a prebuilt
 * index searched in the browser. Searches are debounced, and a newer one aborts the one
 * before it, so a slow answer to an old query never replaces the results of a newer one.
 */
import type { FaqSearchResponse } from '@civic-contact/contract';
import { FaqResource, type BaseClient } from '@civic-contact/sdk';
import type { FaqIndexSearch } from '@civic-contact/core/faq-search';
import { ElementConfigurationError } from '../base/error-kind.ts';
import { asError } from '../shared/failure.ts';

/** Results as the citizen types, or the full list they asked for with Enter or the button. */
export type SearchKind = 'typed' | 'submitted';

/** One search the element wants. */
export interface SearchRequest {
  q: string;
  lang: string;
  /** Only this service's FAQs and the general ones; empty for all. */
  service: string;
  limit: number;
  kind: SearchKind;
}

/** How a search ended, for the request it answers. */
export type SearchOutcome =
  | { status: 'ready'; request: SearchRequest; response: FaqSearchResponse }
  | { status: 'failed'; request: SearchRequest; error: Error };

/** What the searcher needs from the element, read at the time of each search. */
export interface SearchHost {
  client(): BaseClient | undefined;
  /** The `index-src` attribute; empty for API searches. */
  indexSrc(): string;
  /** The `fetch` to load the index with: the element's, its provider's, or the browser's. */
  fetch(): typeof globalThis.fetch;
  /** The ministry of the site key, once the catalogue has loaded. */
  ministryId(): string | undefined;
  /** Called once when the index cannot be used; searches go to the API from then on. */
  indexFailed(error: Error): void;
  /** A search started or ended: the host shows that it is searching. */
  changed(): void;
}

/** Thrown when the element has no client: no `api-base` and `site-key`, and no provider. A misconfiguration, which the element hands to its `Misconfiguration`. */
export class NoConnectionError extends ElementConfigurationError {
  constructor() {
    super('<civic-faq-search> cannot reach a contact centre: it has no usable api-base and site-key, of its own or of a <civic-contact-provider> around it. Fix: give it api-base and site-key, or put it inside <civic-contact-provider api-base="…" site-key="…">.');
    this.name = 'NoConnectionError';
  }
}

/** Thrown when the index loaded is another ministry's: its answers would not be this site's. */
export class FaqIndexMinistryError extends Error {
  constructor(expected: string, found: string) {
    super(`The FAQ index is the "${found}" ministry's, but this site key is the "${expected}" ministry's: searching through the API instead.`);
    this.name = 'FaqIndexMinistryError';
  }
}

type IndexState = { src: string; index: Promise<FaqIndexSearch | undefined>; failed: boolean };

/** Debounced searches through the API or a prebuilt index. */
export class FaqSearcher {
  readonly #host: SearchHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  #sequence = 0;
  #index: IndexState | undefined;
  #ready: FaqIndexSearch | undefined;

  constructor(host: SearchHost) {
    this.#host = host;
  }

  /** Whether a search is waiting for its pause or its answer. */
  get busy(): boolean {
    return this.#timer !== undefined || this.#inFlight !== undefined;
  }

  /**
   * Starts loading the index, when there is one, so that the first keystroke finds it ready.
   * Loads it once per `index-src`.
   */
  prepare(): void {
    const src = this.#host.indexSrc();
    if (!src || this.#index?.src === src) return;
    const state: IndexState = { src, index: Promise.resolve(undefined), failed: false };
    this.#ready = undefined;
    state.index = loadIndex(src, this.#host.fetch()).then(
      (index) => {
        if (this.#index === state) this.#ready = index;
        return index;
      },
      (error: unknown) => {
        this.#fail(state, error);
        return undefined;
      },
    );
    this.#index = state;
  }

  /**
   * Searches after `delayMs` without another call; a later call replaces this one. With the
   * index loaded, searches at once: it costs no request.
   */
  schedule(request: SearchRequest, delayMs: number, settled: (outcome: SearchOutcome) => void): void {
    this.cancel();
    this.prepare();
    const sequence = this.#sequence;
    const run = (): void => {
      this.#timer = undefined;
      void this.#run(request, sequence, settled);
    };
    if (this.#ready && this.#ready.ministryId === this.#host.ministryId() && request.kind === 'typed') {
      run();
      return;
    }
    this.#timer = setTimeout(run, request.kind === 'submitted' ? 0 : delayMs);
    this.#host.changed();
  }

  /** Forgets the search waiting or in flight: its answer will not be reported. */
  cancel(): void {
    this.#sequence += 1;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  async #run(request: SearchRequest, sequence: number, settled: (outcome: SearchOutcome) => void): Promise<void> {
    const controller = new AbortController();
    this.#inFlight = controller;
    this.#host.changed();
    let outcome: SearchOutcome;
    try {
      const index = await this.#usableIndex();
      if (sequence !== this.#sequence) return;
      const response = index
        ? index.search(request.q, { lang: request.lang, limit: request.limit, ...(request.service ? { serviceId: request.service } : {}) })
        : await this.#api(request, controller.signal);
      outcome = { status: 'ready', request, response };
    } catch (error) {
      outcome = { status: 'failed', request, error: asError(error) };
    }
    // A newer search (or none, if the citizen cleared the box) has taken over.
    if (sequence !== this.#sequence) return;
    this.#inFlight = undefined;
    settled(outcome);
    this.#host.changed();
  }

  async #api(request: SearchRequest, signal: AbortSignal): Promise<FaqSearchResponse> {
    const client = this.#host.client();
    if (!client) throw new NoConnectionError();
    return client.use(FaqResource).search(
      { q: request.q, lang: request.lang, limit: request.limit, ...(request.service ? { service: request.service } : {}) },
      { signal },
    );
  }

  /** The index when it loaded and is this ministry's; undefined to search through the API. */
  async #usableIndex(): Promise<FaqIndexSearch | undefined> {
    const state = this.#index;
    if (!state || state.failed) return undefined;
    const index = await state.index;
    if (!index || state.failed) return undefined;
    const ministry = this.#host.ministryId();
    // Until the catalogue says whose site this is, the index cannot be trusted to be ours.
    if (ministry === undefined) return undefined;
    if (index.ministryId !== ministry) {
      this.#fail(state, new FaqIndexMinistryError(ministry, index.ministryId));
      return undefined;
    }
    return index;
  }

  #fail(state: IndexState, error: unknown): void {
    if (state.failed || this.#index !== state) return;
    state.failed = true;
    this.#ready = undefined;
    this.#host.indexFailed(asError(error));
  }
}

/** Fetches the index file (resolved against the page's address) and loads it with the search library, a chunk of its own. */
async function loadIndex(src: string, fetch: typeof globalThis.fetch): Promise<FaqIndexSearch> {
  const url = new URL(src, document.baseURI);
  const [{ loadFaqIndex }, file] = await Promise.all([
    import('@civic-contact/core/faq-search'),
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`The FAQ index at ${url.href} answered ${response.status}.`);
      return (await response.json()) as unknown;
    }),
  ]);
  return loadFaqIndex(file);
}
