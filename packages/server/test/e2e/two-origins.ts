/**
 * The two origins of a real embed, on loopback: a ministry's own web server (origin A), which
 * serves hand-written pages under a strict CSP naming the contact centre, and a counting
 * proxy in front of the contact centre (origin B), which records everything the contact
 * centre really served. A browser cache hit is proven by the proxy never seeing the request.
 */
import { execFile } from 'node:child_process';
import { Agent, createServer, request as forward, STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** One request the contact centre answered through the proxy. */
export interface Served {
  method: string;
  /** Path and query, e.g. `/elements/0.1.0/civic-contact.js`. */
  path: string;
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** The body's bytes as sent (compressed when it was): what the network carried. */
  bodyBytes: number;
  /** The status line and headers, as HTTP/1.1 sends them. */
  headerBytes: number;
}

/** A request whose answer has not finished yet has `done` pending. */
export interface ServedEntry extends Partial<Served> {
  method: string;
  path: string;
  done: Promise<Served>;
}

export interface CountingProxy {
  /** e.g. `http://127.0.0.1:40123`: the contact centre's address as ministry pages reach it. */
  url: string;
  /** Every request so far, in the order they arrived. */
  log: ServedEntry[];
  /** Where to forward to; requests before it is set are answered 503. */
  target: string | undefined;
  /** The answers to `log[from…]`, once all of them have finished. */
  served(from?: number): Promise<Served[]>;
  close(): Promise<void>;
}

/** Hop-by-hop headers are the proxy's own business; everything else passes untouched. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

/**
 * A pass-through HTTP proxy on a free loopback port that forwards method, headers (the Host
 * header too, so the contact centre sees its public address) and body, pipes the answer
 * untouched, and logs each request's method, path, status and byte counts.
 */
export async function startCountingProxy(): Promise<CountingProxy> {
  const agent = new Agent({ keepAlive: true });
  const log: ServedEntry[] = [];
  const proxy: CountingProxy = {
    url: '',
    log,
    target: undefined,
    served: (from = 0) => Promise.all(log.slice(from).map((entry) => entry.done)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
  const server = createServer((incoming, outgoing) => {
    const entry: ServedEntry = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', done: undefined as never };
    log.push(entry);
    entry.done = new Promise<Served>((resolve) => {
      if (!proxy.target) {
        outgoing.writeHead(503).end('No contact centre behind the proxy yet');
        return resolve({ ...entry, status: 503, headers: {}, bodyBytes: 0, headerBytes: 0 });
      }
      const target = new URL(proxy.target);
      const sent = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      const upstream = forward(
        { agent, host: target.hostname, port: target.port, method: entry.method, path: entry.path, headers: sent },
        (answer: IncomingMessage) => {
          const raw: string[] = [];
          const headers: Record<string, string> = {};
          for (let i = 0; i < answer.rawHeaders.length; i += 2) {
            const [name, value] = [answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!];
            headers[name.toLowerCase()] = value;
            if (!HOP_BY_HOP.has(name.toLowerCase())) raw.push(name, value);
          }
          const status = answer.statusCode ?? 502;
          const reason = answer.statusMessage || STATUS_CODES[status] || '';
          outgoing.writeHead(status, reason, raw);
          let bodyBytes = 0;
          answer.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
          answer.pipe(outgoing);
          outgoing.once('close', () => {
            const headerBytes = Buffer.byteLength(`HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers).map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`);
            const served: Served = { method: entry.method, path: entry.path, status, headers, bodyBytes, headerBytes };
            Object.assign(entry, served);
            resolve(served);
          });
        },
      );
      upstream.on('error', (error) => {
        outgoing.destroy(error);
        resolve({ ...entry, status: 502, headers: {}, bodyBytes: 0, headerBytes: 0 });
      });
      incoming.pipe(upstream);
    });
  });
  proxy.url = await listenOnLoopback(server);
  return proxy;
}

/** A ministry's own web server: fixed pages, each with its own headers. */
export interface MinistrySite {
  /** e.g. `http://127.0.0.1:40124` */
  url: string;
  /** Path → page; set them once the contact centre's address and key are known. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Serves `pages` as HTML with `headers` (the CSP naming the contact centre, `no-cache`), and
 * 404 for anything else.
 */
export async function startMinistrySite(headers: () => Record<string, string>): Promise<MinistrySite> {
  const pages = new Map<string, string>();
  const server = createServer((incoming, outgoing) => {
    const page = pages.get(new URL(incoming.url ?? '/', 'http://x').pathname);
    if (!page || (incoming.method !== 'GET' && incoming.method !== 'HEAD')) {
      outgoing.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
      return;
    }
    outgoing.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page), ...headers() });
    outgoing.end(incoming.method === 'HEAD' ? undefined : page);
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** What `keys create` printed for a publishable key. */
export interface CreatedKey {
  key: string;
  /** The `<script type="module" … integrity="…" crossorigin="anonymous">` line to paste. */
  scriptTag: string;
  /** The provider's opening tag with the contact centre's address and the key. */
  providerTag: string;
  /** The `<script type="importmap">` that pins every chunk by its integrity hash. */
  importMap: string;
  /** The CSP source it says allows the import map inline (`sha256-…`). */
  importMapHash: string;
  stdout: string;
}

/**
 * Runs the contact centre's CLI as an operator does: `keys create --ministry … --origin …
 * --public-url …` on `dataDir`, and reads the key (stdout's first line) and the HTML to
 * paste from what it prints.
 */
export async function createSiteKeyWithCli(options: { dataDir: string; ministry: string; origin: string; publicUrl: string }): Promise<CreatedKey> {
  const { PORT: _port, HOST: _host, DATA_DIR: _dataDir, ...env } = process.env;
  const args = ['keys', 'create', '--ministry', options.ministry, '--origin', options.origin, '--public-url', options.publicUrl, '--data-dir', options.dataDir];
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', CLI, ...args], { env, cwd: tmpdir(), encoding: 'utf8' });
  const lines = stdout.split('\n');
  const key = lines[0]!.trim();
  const scriptTag = lines.find((line) => line.startsWith('<script type="module"'));
  const providerTag = lines.find((line) => line.startsWith('<civic-contact-provider '));
  const importMap = lines.find((line) => line.startsWith('<script type="importmap">'));
  const importMapHash = /script-src '(sha256-[\w+/=]+)'/.exec(stdout)?.[1];
  if (!/^pk_\S+$/.test(key) || !scriptTag || !providerTag || !importMap || !importMapHash) {
    throw new Error(`keys create did not print a key, a script tag, a provider and an import map with its CSP hash:\n${stdout}`);
  }
  return { key, scriptTag, providerTag, importMap, importMapHash, stdout };
}
