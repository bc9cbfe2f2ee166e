/**
 * The one way the page session spends main-thread time: work in slices of at most `budgetMs`,
 * yielding to the page between slices, abandoned as soon as the session's signal aborts.
 */

export interface SliceOptions {
  budgetMs: number;
  signal: AbortSignal;
  /** Called after each slice with its duration (for the longest-task report). */
  onSlice?: (ms: number) => void;
}

/**
 * A macrotask without the 4 ms clamp browsers put on nested zero timers: a message on a channel of
 * our own (the page cannot reach it). Falls back to a timer where there is no MessageChannel.
 */
const macrotask: (fn: () => void) => void = (() => {
  if (typeof MessageChannel !== 'function') return (fn) => void setTimeout(fn, 0);
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(0);
  };
})();

/** Yields to the page: a macrotask, so input and rendering get their turn. */
export function nextTask(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    macrotask(() => {
      signal.removeEventListener('abort', stop);
      if (!signal.aborted) resolve();
    });
  });
}

/**
 * Runs `step` repeatedly until it returns true (done). Each slice calls `step` while time is left in
 * the budget. Resolves when done; rejects with the abort reason when the signal aborts.
 */
export async function runSliced(step: () => boolean, o: SliceOptions): Promise<void> {
  for (;;) {
    if (o.signal.aborted) throw o.signal.reason;
    const t0 = performance.now();
    let done: boolean;
    do done = step();
    while (!done && performance.now() - t0 < o.budgetMs);
    o.onSlice?.(performance.now() - t0);
    if (done) return;
    await nextTask(o.signal);
  }
}

/** A timer that belongs to the session: cleared when the signal aborts. */
export function sessionTimeout(fn: () => void, ms: number, signal: AbortSignal): void {
  if (signal.aborted) return;
  const t = setTimeout(() => {
    signal.removeEventListener('abort', clear);
    fn();
  }, ms);
  const clear = () => clearTimeout(t);
  signal.addEventListener('abort', clear, { once: true });
}

/** True when a rejection is just the session ending. */
export function isAbort(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (e === signal.reason || (e as { name?: string })?.name === 'AbortError');
}

/**
 * Runs `fn` after the browser's next rendering step (so the page's own style and layout work is
 * done by the browser, not inside one of our tasks); in a background tab, where frames stop, after
 * `fallbackMs` at most.
 */
export function afterRender(fn: () => void, signal: AbortSignal, fallbackMs = 300): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => sessionTimeout(run, 0, signal));
  sessionTimeout(run, fallbackMs, signal);
}
