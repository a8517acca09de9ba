/**
 * Where `<civic-faq-search>` gets its results: the contact centre's API, or a prebuilt
 * index searched in the browser. Searches are debounced, and a newer one aborts the one
 * before it, so a slow answer to an old query never replaces the results of a newer one.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FaqSearchResponse } from '@civic-contact/contract';
import { FaqResource, type BaseClient } from '@civic-contact/sdk';
import type { FaqIndexSearch } from '@civic-contact/core/faq-search';
import { ElementConfigurationError } from '../base/error-kind.ts';
import { Task } from '../base/task.ts';
import { asError } from '../shared/failure.ts';
import type { SearchKind } from './model.ts';

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
export interface SearchOptions {
  client(): BaseClient | undefined;
  /** The `index-src` attribute; empty for API searches. */
  indexSrc(): string;
  /** The `fetch` to load the index with: the element's, its provider's, or the browser's. */
  fetch(): typeof globalThis.fetch;
  /** The ministry of the site key, once the catalogue has loaded. */
  ministryId(): string | undefined;
  /** Called once when the index cannot be used; searches go to the API from then on. */
  indexFailed(error: Error): void;
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
  readonly #host: ReactiveControllerHost;
  readonly #options: SearchOptions;
  readonly #search: Task<FaqSearchResponse>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** From a search asked for until its outcome is handed over, or it is cancelled. */
  #busy = false;
  #index: IndexState | undefined;
  #ready: FaqIndexSearch | undefined;

  /** `host` is updated as searches start and end. */
  constructor(host: ReactiveControllerHost, options: SearchOptions) {
    this.#host = host;
    this.#options = options;
    this.#search = new Task(host);
  }

  /** Whether a search is waiting for its pause or its answer. */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * Starts loading the index, when there is one, so that the first keystroke finds it ready.
   * Loads it once per `index-src`.
   */
  prepare(): void {
    const src = this.#options.indexSrc();
    if (!src || this.#index?.src === src) return;
    const state: IndexState = { src, index: Promise.resolve(undefined), failed: false };
    this.#ready = undefined;
    state.index = loadIndex(src, this.#options.fetch()).then(
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
    this.#busy = true;
    this.#host.requestUpdate();
    const run = (): void => void this.#run(request, settled);
    if (this.#ready && this.#ready.ministryId === this.#options.ministryId() && request.kind === 'typed') run();
    else this.#timer = setTimeout(run, request.kind === 'submitted' ? 0 : delayMs);
  }

  /** Forgets the search waiting or in flight: its answer will not be reported. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#busy = false;
    this.#search.reset();
  }

  async #run(request: SearchRequest, settled: (outcome: SearchOutcome) => void): Promise<void> {
    let outcome: SearchOutcome;
    try {
      const response = await this.#search.run(async (signal) => {
        const index = await this.#usableIndex();
        signal.throwIfAborted();
        return index
          ? index.search(request.q, { lang: request.lang, limit: request.limit, ...(request.service ? { serviceId: request.service } : {}) })
          : this.#api(request, signal);
      });
      // A newer search (or none, if the citizen cleared the box) has taken over.
      if (!response) return;
      outcome = { status: 'ready', request, response };
    } catch (error) {
      outcome = { status: 'failed', request, error: asError(error) };
    }
    this.#busy = false;
    settled(outcome);
    this.#host.requestUpdate();
  }

  async #api(request: SearchRequest, signal: AbortSignal): Promise<FaqSearchResponse> {
    const client = this.#options.client();
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
    const ministry = this.#options.ministryId();
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
    this.#options.indexFailed(asError(error));
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
