/**
 * The v1 HTTP contract of Civic Contact over a `ContactCentre` from `@civic-contact/core`:
 * one Hono app on Web-standard Request/Response, served by the mock (through msw) and by the
 * reference server (through @hono/node-server), so the two cannot drift apart. A package of
 * its own so that browser users of core, the SDK and the elements never install hono.
 *
 * @module
 */
export { API_SECURITY_HEADERS, createHttpApp, type HttpAppOptions } from './app.ts';
