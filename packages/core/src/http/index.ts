export { API_SECURITY_HEADERS, createHttpApp, type HttpAppOptions } from './app.ts';
