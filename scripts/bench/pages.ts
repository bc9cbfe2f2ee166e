// The pages of the cold bench and the little server that serves them on 127.0.0.1.
// Static pages live in ./pages; the large and hostile ones are generated here at run time.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const HERE = resolve(import.meta.dirname);
const DEMO = resolve(HERE, '../../test/fixtures/pages/demo-article.html');

export type PageKind = 'idle' | 'light' | 'active' | 'hostile';

export interface BenchPage {
  id: string;
  label: string;
  /** idle: no Korea mention; light: Korean text or a passing mention; active: a Korea article; hostile: a Korea page built to hurt. */
  kind: PageKind;
  /** Whether we expect highlights (then the run waits for the first one). */
  highlights: boolean;
  /** The page mutates itself for a while after load (the run waits for it to finish). */
  mutates?: boolean;
  /** Our background is stopped before the load (the browser's 30 s idle rule): the page wakes it. */
  asleep?: boolean;
  html(): string;
}

const file = (name: string) => () => readFileSync(join(HERE, 'pages', name), 'utf8');
const demo = () => readFileSync(DEMO, 'utf8');

/** The demo article's <article> body, `k` times over. */
function demoTimes(k: number): string {
  const page = demo();
  const a = page.indexOf('<article>') + '<article>'.length;
  const b = page.indexOf('</article>');
  const body = page.slice(a, b);
  return page.slice(0, a) + Array.from({ length: k }, () => body).join('\n') + page.slice(b);
}

/** The demo article's head and headline around a body of our own. */
function demoShell(body: string, title = ''): string {
  const page = demo();
  const head = page.slice(0, page.indexOf('<body>'));
  return `${title ? head.replace(/<title>[^<]*/, `<title>${title}`) : head}<body>\n<article>\n<h1>Pyongyang switches the hotlines back on</h1>\n${body}\n</article>\n</body>\n</html>\n`;
}

/** The demo article's paragraphs as plain text. */
function demoText(): string[] {
  return [...demo().matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

/** One paragraph holding a single text node of about `bytes` characters. */
function hugeTextNode(bytes: number): string {
  const text = demoText().join(' ') + ' ';
  const reps = Math.ceil(bytes / text.length);
  return demoShell(`<p>${text.repeat(reps).slice(0, bytes)}</p>`, 'Hostile: one 5 MB text node');
}

/** About `nodes` DOM nodes: paragraphs of four nodes each (p, span, its text, trailing text). */
function manyNodes(nodes: number): string {
  const names = ['Kim Jong Un', 'Kaesong', 'Panmunjom', 'Yongbyon', 'Moon Jae-in'];
  const parts: string[] = [];
  for (let i = 0; i < nodes / 4; i++) {
    const name = i % 10 === 0 ? names[(i / 10) % names.length] : `item ${i}`;
    parts.push(`<p><span>${i}.</span> A line about ${name} and nothing else.</p>`);
  }
  return demoShell(parts.join('\n'), 'Hostile: 200,000 nodes');
}

/**
 * A script that changes the page every 10 ms for 10 s after load: a ticker, paragraphs added and
 * removed. `korea` makes half of the added paragraphs name the peninsula.
 */
function mutatingScript(korea: boolean): string {
  const news = korea
    ? 'Kim Yo Jong said in a statement carried by KCNA that Pyongyang would answer the hotline again.'
    : 'the garden show opens on Friday with roses, dahlias and a new hedge maze.';
  return `<script>
addEventListener('load', () => {
  const art = document.querySelector('article') || document.body;
  const ticker = document.createElement('div');
  art.prepend(ticker);
  const m = (window.__kcMut = { start: performance.now(), end: 0, count: 0 });
  let i = 0;
  const id = setInterval(() => {
    const now = performance.now();
    if (now - m.start >= 10000) { clearInterval(id); m.end = now; return; }
    m.count = ++i;
    switch (i % 4) {
      case 0: { const p = document.createElement('p'); p.className = 'live'; p.textContent = 'Update ' + i + ': ${news}'; art.append(p); break; }
      case 1: ticker.textContent = 'Updated ' + new Date().toISOString() + ' (' + i + ')'; break;
      case 2: { const live = art.querySelectorAll('p.live'); if (live.length > 20) live[0].remove(); break; }
      default: { const p = document.createElement('p'); p.className = 'live'; p.textContent = 'Markets: shares closed ' + (i % 7) + ' points higher; the weather stays fine.'; art.append(p); }
    }
  }, 10);
});
</script>`;
}

/** How long the slow image of `demo-late-load` takes to arrive. */
const SLOW_IMAGE_MS = 1500;

/** The demo article with a picture that arrives late: its load event comes 1.5 s after DOMContentLoaded. */
const lateLoad = () => demo().replace('</article>', '<img src="/slow-image.png" alt="" width="600" height="400">\n</article>');

/** The demo article, changing every 10 ms for 10 s after load. */
const mutating = () => demo().replace('</body>', mutatingScript(true) + '\n</body>');
/** The page with no Korea mention, changing every 10 ms for 10 s after load (a live page we should leave alone). */
const busy = () => file('no-korea.html')().replace('</body>', mutatingScript(false) + '\n</body>');

export const PAGES: BenchPage[] = [
  { id: 'no-korea', label: 'no Korea mention', kind: 'idle', highlights: false, html: file('no-korea.html') },
  { id: 'passing', label: 'Korea in passing', kind: 'light', highlights: false, html: file('passing-mention.html') },
  { id: 'korean-other', label: 'Korean, other subject', kind: 'light', highlights: false, html: file('korean-other.html') },
  { id: 'demo', label: 'demo article', kind: 'active', highlights: true, html: demo },
  { id: 'demo-late-load', label: 'demo, late load event', kind: 'active', highlights: true, html: lateLoad },
  { id: 'demo-asleep', label: 'demo, background asleep', kind: 'active', highlights: true, asleep: true, html: demo },
  { id: 'demo16', label: 'demo article 16×', kind: 'active', highlights: true, html: () => demoTimes(16) },
  { id: 'text-5mb', label: 'hostile: 5 MB text node', kind: 'hostile', highlights: true, html: () => hugeTextNode(5 * 1024 * 1024) },
  { id: 'nodes-200k', label: 'hostile: 200,000 nodes', kind: 'hostile', highlights: true, html: () => manyNodes(200_000) },
  { id: 'mutating', label: 'hostile: mutates every 10 ms', kind: 'hostile', highlights: true, mutates: true, html: mutating },
  { id: 'busy', label: 'no Korea, mutates every 10 ms', kind: 'hostile', highlights: false, mutates: true, html: busy },
];

/** The pages a --quick run visits. */
export const QUICK = ['no-korea', 'passing', 'demo', 'mutating'];

export interface PageServer {
  url(id: string): string;
  close(): Promise<void>;
}

/**
 * Serves every bench page at /page-<n>.html (generated once, on first request). The paths say
 * nothing about the page: a URL is one of the signals the extension reads.
 */
export function servePages(pages: BenchPage[]): Promise<PageServer> {
  const cache = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    if (req.url === '/slow-image.png') {
      // An empty answer after a while: the page's load event waits for it, as for a news page's pictures and ads.
      setTimeout(() => res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(), SLOW_IMAGE_MS);
      return;
    }
    const n = /^\/page-(\d+)\.html/.exec(req.url ?? '')?.[1];
    const page = n === undefined ? undefined : pages[+n];
    if (!page) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    let body = cache.get(page.id);
    if (!body) cache.set(page.id, (body = Buffer.from(page.html(), 'utf8')));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: (id) => `http://127.0.0.1:${port}/page-${pages.findIndex((p) => p.id === id)}.html`,
        close: () => new Promise((c) => server.close(() => c())),
      });
    }),
  );
}
