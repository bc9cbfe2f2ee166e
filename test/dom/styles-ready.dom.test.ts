// @vitest-environment happy-dom
// A page session reads visibility and colours only once the page's style sheets have arrived (the
// sentinel runs as soon as the document is parsed; Firefox lays nothing out before its sheets load).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stylesReady } from '../../src/content/styles-ready';

/** A document still loading, with `<link>`s whose sheets have not arrived (`sheet` is null). */
function loadingDoc(links: string[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
  for (const l of links) doc.head.insertAdjacentHTML('beforeend', l);
  for (const el of doc.querySelectorAll('link')) Object.defineProperty(el, 'sheet', { value: null, configurable: true });
  return doc;
}

const state = (p: Promise<void>) =>
  Promise.race([
    p.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), 0)),
  ]);

describe('waiting for the page style sheets (DOM tier)', () => {
  afterEach(() => vi.useRealTimers());

  it('goes on at once when no sheet is pending or the page has loaded', async () => {
    const signal = new AbortController().signal;
    expect(await state(stylesReady(loadingDoc([]), signal))).toBe('resolved');
    expect(await state(stylesReady(loadingDoc(['<link rel="alternate stylesheet">', '<link rel="stylesheet" disabled>']), signal))).toBe('resolved');
    const done = loadingDoc(['<link rel="stylesheet">']);
    Object.defineProperty(done, 'readyState', { value: 'complete' });
    expect(await state(stylesReady(done, signal))).toBe('resolved');
  });

  it('waits until every pending sheet has loaded or failed', async () => {
    const doc = loadingDoc(['<link rel="stylesheet">', '<link rel="StyleSheet">']);
    const p = stylesReady(doc, new AbortController().signal);
    const [a, b] = doc.querySelectorAll('link');
    expect(await state(p)).toBe('pending');
    a.dispatchEvent(new Event('load'));
    expect(await state(p)).toBe('pending');
    b.dispatchEvent(new Event('error'));
    expect(await state(p)).toBe('resolved');
  });

  it('stops waiting at the cap, and ends with the session', async () => {
    vi.useFakeTimers();
    const capped = stylesReady(loadingDoc(['<link rel="stylesheet">']), new AbortController().signal, 3000);
    let done = false;
    void capped.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const ac = new AbortController();
    const ended = stylesReady(loadingDoc(['<link rel="stylesheet">']), ac.signal);
    ac.abort(new DOMException('session ended', 'AbortError'));
    await expect(ended).rejects.toThrow('session ended');
    expect(vi.getTimerCount()).toBe(0);
  });
});
