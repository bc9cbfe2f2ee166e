// The cold bench: every page N times with the extension and N times without it, medians.
import { join } from 'node:path';
import { coldRun, type ColdRun } from './cold-run';
import { servePages, type BenchPage } from './pages';
import { checks, type Check, type ColdSummary } from './targets';

export interface ColdOptions {
  exe: string;
  ext: string;
  pages: BenchPage[];
  runs: number;
  /** Runs for hostile pages. */
  hostileRuns: number;
  settleMs: number;
  samples: boolean;
  traceDir?: string;
  log: (line: string) => void;
}

export interface ColdPageResult extends ColdSummary {
  label: string;
  runs: number;
  ourTasks: number;
  /** The whole task that held our largest share (median). */
  ourLongestTaskMs: number;
  /** Of ourMs, the part inferred from microtasks or CPU samples rather than named by an event. */
  inferredMs: number;
  /** ourMs and ourLongestMs on the main thread's own clock (CPU time, without waits for a core): medians. */
  ourCpuMs: number;
  ourLongestCpuMs: number;
  /** The targets checked against the CPU-clock numbers in place of the wall-clock ones. */
  cpuChecks: Check[];
  /** Main-thread time of the whole page with us, and without us (the reference). */
  pageMainMsWith: number;
  pageMainMsWithout: number;
  /** Style, layout and paint with us minus without us (medians): what highlights cost the renderer. */
  renderDeltaMs: number;
  heapMBWith: number;
  heapMBWithout: number;
  ranges: number;
  messages: number | null;
  mutations: number | null;
  /** Our scripts compiled on the page (first run). */
  scripts: string[];
  checks: Check[];
  /** Every run's main numbers, for the curious. */
  samples: { ourMs: number; ourCpuMs: number; ourLongestMs: number; firstHighlightMs: number | null; pageMainMsWith: number; pageMainMsWithout: number }[];
  warnings: string[];
}

/** The middle value; the mean of the two middle ones for an even count. Nulls are dropped. */
export function median(xs: (number | null)[]): number | null {
  const s = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const r3 = (x: number | null) => (x === null ? null : +x.toFixed(3));

function summarise(page: BenchPage, withUs: ColdRun[], without: ColdRun[]): ColdPageResult {
  const m = (f: (r: ColdRun) => number | null, rs = withUs) => median(rs.map(f));
  const heapWith = m((r) => r.heapMB)!;
  const heapWithout = m((r) => r.heapMB, without)!;
  const mutWindowS = m((r) => (r.mutation ? (r.mutation.endMs - r.mutation.startMs) / 1000 : null));
  const perWindow = m((r) =>
    r.mutation && r.trace.windows.mutation !== undefined ? (r.trace.windows.mutation * 10_000) / Math.max(1, r.mutation.endMs - r.mutation.startMs) : null,
  );
  const msgRate =
    page.mutates && mutWindowS
      ? m((r) => (r.messagesInWindow === null || !r.mutation ? null : r.messagesInWindow / ((r.mutation.endMs - r.mutation.startMs) / 1000)))
      : null;
  const summary: ColdSummary = {
    id: page.id,
    kind: page.kind,
    ourMs: r3(m((r) => r.trace.ourMs))!,
    ourLongestMs: r3(m((r) => r.trace.ourLongestMs))!,
    heapAddedMB: r3(heapWith - heapWithout),
    firstHighlightMs: page.highlights ? r3(m((r) => r.firstHighlightMs)) : null,
    mutationOurMsPer10s: page.mutates ? r3(perWindow) : null,
    messagesPerSecond: r3(msgRate),
  };
  const ourCpuMs = r3(m((r) => r.trace.ourCpuMs))!;
  const ourLongestCpuMs = r3(m((r) => r.trace.ourLongestCpuMs))!;
  return {
    ...summary,
    ourCpuMs,
    ourLongestCpuMs,
    cpuChecks: checks({ ...summary, ourMs: ourCpuMs, ourLongestMs: ourLongestCpuMs }).filter((c) => c.what.startsWith('our ')),
    label: page.label,
    runs: withUs.length,
    ourTasks: m((r) => r.trace.ourTasks)!,
    ourLongestTaskMs: r3(m((r) => r.trace.ourLongestTaskMs))!,
    inferredMs: r3(m((r) => r.trace.inferredMs))!,
    pageMainMsWith: r3(m((r) => r.trace.pageMainMs))!,
    pageMainMsWithout: r3(m((r) => r.trace.pageMainMs, without))!,
    renderDeltaMs: r3(m((r) => r.trace.renderMs)! - m((r) => r.trace.renderMs, without)!)!,
    heapMBWith: r3(heapWith)!,
    heapMBWithout: r3(heapWithout)!,
    ranges: m((r) => r.ranges)!,
    messages: m((r) => r.messages),
    mutations: page.mutates ? m((r) => r.mutation?.count ?? null) : null,
    scripts: withUs[0]?.trace.scripts ?? [],
    checks: checks(summary),
    samples: withUs.map((r, i) => ({
      ourMs: r.trace.ourMs,
      ourCpuMs: r.trace.ourCpuMs,
      ourLongestMs: r.trace.ourLongestMs,
      firstHighlightMs: r3(r.firstHighlightMs),
      pageMainMsWith: r.trace.pageMainMs,
      pageMainMsWithout: without[i]?.trace.pageMainMs ?? NaN,
    })),
    warnings: [...new Set([...withUs, ...without].map((r) => r.trace.warning).filter(Boolean))],
  };
}

/** Runs the cold bench over the given pages. */
export async function runCold(o: ColdOptions): Promise<ColdPageResult[]> {
  const server = await servePages(o.pages);
  const out: ColdPageResult[] = [];
  try {
    for (const page of o.pages) {
      const withUs: ColdRun[] = [];
      const without: ColdRun[] = [];
      const t0 = Date.now();
      const runs = page.kind === 'hostile' ? o.hostileRuns : o.runs;
      for (let i = 0; i < runs; i++) {
        // Alternate the order so that drift on a busy machine hits both sides alike.
        for (const ours of i % 2 ? [false, true] : [true, false]) {
          const tracePath = o.traceDir ? join(o.traceDir, `${page.id}-${ours ? 'with' : 'without'}-${i + 1}.json`) : undefined;
          const run = await coldRun({
            exe: o.exe,
            ext: ours ? o.ext : null,
            url: server.url(page.id),
            highlights: page.highlights,
            mutates: !!page.mutates,
            asleep: !!page.asleep,
            settleMs: o.settleMs,
            samples: o.samples,
            tracePath,
          });
          (ours ? withUs : without).push(run);
        }
      }
      const res = summarise(page, withUs, without);
      out.push(res);
      o.log(`  ${page.id}: ${runs}×2 loads in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await server.close();
  }
  return out;
}
