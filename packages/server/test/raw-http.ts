/** HTTP as a test must see it: the bytes as sent (not decompressed), the path as written. */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  /** The bytes as sent, not decompressed. */
  body: Buffer;
}

/** A request through node:http: the path goes out exactly as written (no `..` resolved) and nothing is decompressed. */
export function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { method, headers, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      const received = Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]);
      response.on('end', () => resolve({ status: response.statusCode!, headers: Object.fromEntries(received), body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

export function decoded(answer: Answer): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return gunzipSync(answer.body);
  assert.equal(encoding, undefined);
  return answer.body;
}

/** What came back on a raw TCP connection, and when it closed. */
export interface RawExchange {
  /** Everything the server sent, as text. */
  received: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

/**
 * Writes `text` on a plain TCP connection to `port` and then sends nothing more, like a client
 * on a stalled network, until the server closes the connection.
 */
export function stallAfter(port: number, text: string): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ received, closedAfterMs: Date.now() - started }));
  });
}
