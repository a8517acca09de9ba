import { HEADERS, PROBLEM_TYPES } from '@civic-contact/contract';
import { API_SECURITY_HEADERS } from '@civic-contact/core/http';

type Handler = (request: Request, env: unknown) => Promise<Response> | Response;

/** Request headers a ministry page may send. `Authorization` is left out on purpose: secret keys never come from a browser. */
const ALLOWED_HEADERS = ['Content-Type', HEADERS.siteKey, HEADERS.idempotencyKey, HEADERS.verifier].join(', ');
const EXPOSED_HEADERS = [HEADERS.retryAfter, HEADERS.requestId].join(', ');

/** The origin a request would have if it came from this server's own pages. */
export function ownOrigin(request: Request): string {
  return new URL(request.url).origin;
}

/**
 * Cross-origin access for ministry sites: only origins that some active publishable key
 * allows get CORS headers, preflight included; a key used from an origin it does not allow
 * is refused by the contact centre itself (403). Requests from this server's own pages are
 * same-origin and pass untouched.
 */
export function withCors(handler: Handler, isAllowedOrigin: (origin: string) => Promise<boolean>): Handler {
  return async (request, env) => {
    const origin = request.headers.get('Origin');
    if (!origin || origin === ownOrigin(request)) return handler(request, env);
    const allowed = await isAllowedOrigin(origin);
    if (request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method')) {
      if (!allowed) {
        return Response.json(
          { type: PROBLEM_TYPES.forbidden, title: 'This origin may not use the contact-centre API', status: 403 },
          { status: 403, headers: { ...API_SECURITY_HEADERS, 'Content-Type': 'application/problem+json', Vary: 'Origin' } },
        );
      }
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
    if (allowed) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
