import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The network the Firefox test gives the browser: a fixture server on the address the e2e build's
 * content script reads (`http://localhost:3000/demo/…`), and a recording proxy that every request
 * the browser makes goes through, from any page, the extension's background included. Firefox is
 * told to send even `localhost` through it, so its log is the whole of the browser's HTTP(S) and
 * WebSocket traffic; it forwards only the fixture server's address and refuses everything else.
 */

export const FIXTURE_PORT = 3000;
export const FIXTURE_ORIGIN = `http://localhost:${FIXTURE_PORT}`;

export interface RecordedRequest {
  method: string;
  /** Absolute address (`http://localhost:3000/demo/x.html`), or `host:port` for a CONNECT. */
  url: string;
}

export interface FixtureServer {
  /** `http://localhost:3000/demo/<name>` for each page served. */
  url(path: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Serves `pages` (address path → file) on 127.0.0.1:3000; anything else is a 404, and recorded. */
export async function startFixtureServer(pages: Record<string, string>): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', FIXTURE_ORIGIN).pathname;
    requests.push({ method: req.method ?? '?', url: `${FIXTURE_ORIGIN}${req.url ?? ''}` });
    const file = req.method === 'GET' ? pages[path] : undefined;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await listen(server, FIXTURE_PORT, `port ${FIXTURE_PORT} is taken (is \`npm run dev\` running?)`);
  return {
    url: (path) => `${FIXTURE_ORIGIN}${path}`,
    requests,
    close: () => close(server),
  };
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records every request and forwards those for the fixture server's origin to
 * it. Anything else (another host, a CONNECT tunnel for HTTPS or WSS) is answered 502, so no test
 * run ever reaches the internet, and the attempt is in the log.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ method: req.method ?? '?', url });
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      // Not an absolute address: a client talking to the proxy as if it were a server.
    }
    if (!target || target.origin !== FIXTURE_ORIGIN) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: FIXTURE_PORT,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await listen(server, 0, 'could not start the recording proxy');
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => close(server),
  };
}

/** Firefox preferences that send all of the browser's traffic, `localhost` included, to the proxy. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

function listen(server: http.Server, port: number, busy: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`${busy}: ${error.message}`) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
