import { HEADERS } from '@civic-contact/contract';
import { API_SECURITY_HEADERS } from '@civic-contact/http';

type Handler = (request: Request, env: unknown) => Promise<Response> | Response;

/** Request headers a ministry page may send. `Authorization` is left out on purpose: secret keys never come from a browser. */
const ALLOWED_HEADERS = ['Content-Type', HEADERS.siteKey, HEADERS.idempotencyKey, HEADERS.verifier, HEADERS.proof].join(', ');
const EXPOSED_HEADERS = [HEADERS.retryAfter, HEADERS.requestId].join(', ');

/** The origin a request would have if it came from this server's own pages. */
export function ownOrigin(request: Request): string {
  return new URL(request.url).origin;
}

/** A refusal of the key itself (401: missing, unknown or revoked; 403: not allowed here): it carries no data. */
function refusesKey(response: Response): boolean {
  return response.status === 401 || response.status === 403;
}

/**
 * Cross-origin access for ministry sites.
 *
 * - A preflight is answered for any origin: it only states the methods and headers the API
 *   takes, and lets the page send the request it asked about, so that the contact centre can
 *   answer it for itself.
 * - An answer is readable by the page (`Access-Control-Allow-Origin`) when some active
 *   publishable key allows its origin, or when it refuses the key (401, 403): a page with a
 *   wrong, revoked or wrong-origin key can then read why, and tell its developer the fix,
 *   instead of meeting a bare network error. Answers with data stay bound to the keys'
 *   origins.
 *
 * Requests from this server's own pages are same-origin and pass untouched.
 */
export function withCors(handler: Handler, isAllowedOrigin: (origin: string) => Promise<boolean>): Handler {
  return async (request, env) => {
    const origin = request.headers.get('Origin');
    if (!origin || origin === ownOrigin(request)) return handler(request, env);
    if (request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method')) {
      return new Response(null, {
        status: 204,
        headers: {
          ...API_SECURITY_HEADERS,
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, POST, DELETE',
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    const response = await handler(request, env);
    const headers = new Headers(response.headers);
    headers.append('Vary', 'Origin');
    if (refusesKey(response) || (await isAllowedOrigin(origin))) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
