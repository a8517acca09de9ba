import { generateReference, type ComplaintCreateRequest, type ComplaintCreated, type Ticket } from '@civic-contact/contract';

export const BASE_URL = 'https://contact.test';
export const SITE_KEY = 'pk_test_health';
export const SECRET_KEY = 'sk_test_health';

/** A reference that passes its check character. */
export const REFERENCE = generateReference('MOH');

export const complaint: ComplaintCreateRequest = {
  service: 'health-clinic-services',
  subject: 'Waited five hours',
  description: 'I waited five hours at the Castries Wellness Centre on Monday.',
  citizen: { email: 'ana@example.com' },
};

export const complaintCreated: ComplaintCreated = {
  reference: REFERENCE,
  status: 'received',
  submittedAt: '2026-03-02T14:00:00Z',
  expectedResponseBy: '2026-03-16T23:00:00Z',
};

const health = { id: 'primary-care', name: { en: 'Primary Health Care Services' } };
export const ticket: Ticket = {
  reference: REFERENCE,
  service: { id: 'health-clinic-services', name: { en: 'Community clinic services' } },
  status: 'received',
  entity: health,
  submittedAt: '2026-03-02T14:00:00Z',
  updatedAt: '2026-03-02T14:00:00Z',
  expectedResponseBy: '2026-03-16T23:00:00Z',
  locale: 'en',
  timeline: [{ at: '2026-03-02T14:00:00Z', kind: 'created', status: 'received', note: null, entity: health }],
  satisfaction: null,
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, title: 'Problem', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** What a fake fetch saw: each attempt's Request, with its body already read. */
export interface Attempt {
  request: Request;
  body: string;
}

/**
 * A `fetch` that answers from `respond`, recording every attempt. `respond` gets the
 * attempt number (1-based) and may throw, as a failing network does.
 */
export function fakeFetch(respond: (request: Request, attempt: number) => Response | Promise<Response>) {
  const attempts: Attempt[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    attempts.push({ request, body });
    return respond(request, attempts.length);
  };
  return { fetch: fetch as typeof globalThis.fetch, attempts };
}

/** A fetch that never answers, but gives up like a real one when its request is aborted. */
export function hangingFetch(onCall?: () => void) {
  return fakeFetch((request) => {
    onCall?.();
    return new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  });
}

/** Small backoff so retry tests take milliseconds. */
export const FAST_RETRY = { limit: 2, backoffMs: 5, maxBackoffMs: 20 } as const;
