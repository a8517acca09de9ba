/**
 * The API's larger JSON answers, compressed for the client: the service catalogue that every
 * widget page asks for is about 23 KB of JSON and 6 KB in brotli, and is asked for on every
 * page view. Answers under 1 KB (a ticket, a problem) go as they are: compressing them costs
 * more than it saves; so do the answers to writes.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { acceptedEncodings } from './static-files.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this many bytes an answer is sent as it is. */
const THRESHOLD = 1024;

const COMPRESSIBLE = /^application\/(?:problem\+)?json\b/i;

/**
 * Compresses `response` for `request` when it is JSON of 1 KB or more and the client accepts
 * brotli or gzip; adds `Vary: Accept-Encoding` to every JSON answer, compressed or not.
 */
export async function compressJson(request: Request, response: Response): Promise<Response> {
  // Only GETs: what a write answers (a reference, a booking) is small, and the complaint path
  // is the server's busiest; its answers are not cached either, so need no Vary.
  if (request.method !== 'GET') return response;
  const type = response.headers.get('Content-Type') ?? '';
  if (!COMPRESSIBLE.test(type) || !response.body || response.headers.has('Content-Encoding')) return response;
  const headers = new Headers(response.headers);
  headers.append('Vary', 'Accept-Encoding');
  const [encoding] = acceptedEncodings(request.headers.get('Accept-Encoding'), ['br', 'gzip'] as const);
  let sent = new Uint8Array(await response.arrayBuffer());
  if (encoding && sent.length >= THRESHOLD && !/\bno-transform\b/i.test(headers.get('Cache-Control') ?? '')) {
    // Quality 5: for an answer made on each request, most of brotli's gain for little of its time.
    const compressed = encoding === 'br' ? await brotli(sent, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: sent.length } }) : await gzipped(sent);
    // zlib's buffers sit on plain ArrayBuffers: a view of the bytes, not a copy.
    sent = new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.length);
    headers.set('Content-Encoding', encoding);
  }
  headers.set('Content-Length', String(sent.length));
  return new Response(sent, { status: response.status, statusText: response.statusText, headers });
}
