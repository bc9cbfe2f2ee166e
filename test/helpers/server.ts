// A tiny static server for end-to-end tests: fixtures over http://127.0.0.1 (Firefox
// does not run content scripts on file://), with an optional strict CSP.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const REAL = resolve(import.meta.dirname, '../fixtures/real');
export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const READABILITY = join(SHARED, 'fixtures/readability-pages');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface TestServer {
  base: string;
  hits: string[];
  close(): Promise<void>;
}

/** Serves /pages/<file> from the fixtures, /readability/<name>/ from the shared real pages; ?csp=strict adds a strict CSP, ?delay=MS answers late. */
export function startServer(): Promise<TestServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname);
    let file: string | null = null;
    if (url.pathname.startsWith('/pages/')) file = join(FIXTURES, normalize(url.pathname.slice(7)).replace(/^(\.\.[/\\])+/, ''));
    else if (url.pathname.startsWith('/real/')) file = join(REAL, normalize(url.pathname.slice(6)).replace(/^(\.\.[/\\])+/, ''));
    else if (url.pathname.startsWith('/readability/')) {
      const name = normalize(url.pathname.slice(13))
        .replace(/^(\.\.[/\\])+/, '')
        .replace(/\/$/, '');
      file = join(READABILITY, name, 'source.html');
    }
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'text/html; charset=utf-8');
    if (url.searchParams.get('csp') === 'strict')
      res.setHeader('content-security-policy', "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'");
    else if (url.pathname.startsWith('/readability/'))
      res.setHeader('content-security-policy', "script-src 'none'; img-src 'none'; media-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'");
    // ?delay=MS holds the answer back (a style sheet or picture that arrives late).
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    const body = readFileSync(file);
    if (delay) setTimeout(() => res.end(body), delay);
    else res.end(body);
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      r({ base: `http://127.0.0.1:${port}`, hits, close: () => new Promise((c) => server.close(() => c())) });
    }),
  );
}
