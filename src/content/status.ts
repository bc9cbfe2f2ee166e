/**
 * What the page shows, for the popup and the toolbar badge. The badge hears only of changes, at
 * most once a second, never after the session ended.
 */
import type { Verdict } from '../core/activation';
import type { EntrySummary, PageStatus } from '../core/messages';
import type { PaintState } from './paint-pass';

/** Ties in count go by name, compared by code unit: a locale collator costs the page milliseconds to set up. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The names painted on the page, most mentioned first. */
export function entrySummaries(p: PaintState | null): EntrySummary[] {
  if (!p) return [];
  return [...p.counts.entries()]
    .flatMap(([i, count]) => {
      const r = p.refs.get(i);
      return r ? [{ id: r.id, name: r.name, kind: r.kind, count }] : [];
    })
    .sort((a, b) => b.count - a.count || byName(a.name, b.name));
}

/** The popup's status from the activation verdict. */
export function pageStatus(verdict: Verdict, base: Omit<PageStatus, 'status' | 'reason'>): PageStatus {
  if (verdict.active) return { ...base, status: 'active', reason: verdict.reason };
  const off = verdict.reason === 'site-off' || verdict.reason === 'global-off';
  return { ...base, status: verdict.reason === 'loading' ? 'loading' : off ? 'off' : 'idle', reason: verdict.reason };
}

export interface PageReport {
  active: boolean;
  matches: number;
}

/** Returns a report function; the last report of a busy second is sent at its end. */
export function statusReporter(send: (r: PageReport) => void, signal: AbortSignal, intervalMs = 1000): (r: PageReport) => void {
  let sent = '';
  let pending: PageReport | null = null;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let lastAt = -Infinity;
  const flush = () => {
    timer = 0;
    if (!pending || signal.aborted) return;
    const key = `${pending.active}:${pending.matches}`;
    if (key !== sent) {
      sent = key;
      lastAt = Date.now();
      send(pending);
    }
    pending = null;
  };
  signal.addEventListener('abort', () => timer && clearTimeout(timer), { once: true });
  return (r) => {
    if (signal.aborted) return;
    pending = r;
    if (timer) return;
    const wait = Math.max(0, lastAt + intervalMs - Date.now());
    if (wait === 0) flush();
    else timer = setTimeout(flush, wait);
  };
}
