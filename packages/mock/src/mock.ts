import { getResponse, http, type HttpHandler } from 'msw';
import {
  ContactCentre,
  MemoryBlobStore,
  MemoryStorage,
  seedDemo,
  type ContactCentreOptions,
  type DemoKeys,
  type SeedData,
} from '@civic-contact/core';
import { createHttpApp } from '@civic-contact/http';
import { seed as defaultSeed } from '@civic-contact/core/seed';

/** Where the mock answers unless told otherwise (`.test` is reserved: it never reaches a network). */
export const DEFAULT_MOCK_BASE_URL = 'https://api.civic-contact.test';

/** Options of {@link createMockContactCentre}. */
export interface MockContactCentreOptions {
  /** Origin the handlers answer for; the SDK's `baseUrl`. */
  baseUrl?: string;
  /** Clock, for tests that need a fixed "now". */
  now?: () => Date;
  /**
   * Random bytes, for tests that need the same references every run (the accessibility-tree
   * snapshots of a confirmation). Default: Web Crypto.
   */
  randomBytes?: ContactCentreOptions['randomBytes'];
  /** Seed ministries, services and FAQs; defaults to the demo seed of `@civic-contact/core`. */
  seed?: SeedData;
  /**
   * The proof of work asked of complaints, attachments and callbacks made with a site key, as
   * the reference server asks it (e.g. `{ maxNumber: 1000 }`, quick to solve). Default: none.
   */
  proofOfWork?: ContactCentreOptions['proofOfWork'];
  /** Write, booking and lookup limits, as the reference server takes them. Default: its defaults. */
  limits?: ContactCentreOptions['limits'];
}

/** A contact centre in memory, served through msw. */
export interface MockContactCentre {
  baseUrl: string;
  /** msw handlers: pass them to `setupServer` (Node) or `setupWorker` (browser). */
  handlers: HttpHandler[];
  /** A `fetch` that answers from the handlers without any network, for injecting into the SDK. */
  fetch: typeof fetch;
  /** Demo keys: `site.<ministry>` (pk_), `secret.<ministry>` (sk_) and `admin`, an all-ministries secret key. */
  keys: DemoKeys;
  /** The domain service behind the handlers, for arranging test data. */
  centre: ContactCentre;
  storage: MemoryStorage;
}

/**
 * Creates a seeded in-memory contact centre and msw handlers serving the whole v1 contract.
 * The handlers run the same HTTP binding as the reference server, so both answer alike.
 */
export async function createMockContactCentre(options: MockContactCentreOptions = {}): Promise<MockContactCentre> {
  const baseUrl = (options.baseUrl ?? DEFAULT_MOCK_BASE_URL).replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const storage = new MemoryStorage();
  const centre = new ContactCentre({ storage, blobs: new MemoryBlobStore(), now, randomBytes: options.randomBytes, proofOfWork: options.proofOfWork ?? false, limits: options.limits });
  const keys = await seedDemo(storage, options.seed ?? defaultSeed, now());
  const app = createHttpApp({ centre });
  const handlers = [http.all(`${baseUrl}/v1/*`, ({ request }) => app.fetch(request))];

  const mockFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const response = await getResponse(handlers, request);
    if (!response) throw new TypeError(`Failed to fetch: the mock contact centre does not serve ${request.url}`);
    return response;
  };

  return { baseUrl, handlers, fetch: mockFetch, keys, centre, storage };
}
