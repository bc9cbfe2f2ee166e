/**
 * Tells the background (toolbar badge) what the page shows: only when it changed, at most once a
 * second, never after the session ended.
 */
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
