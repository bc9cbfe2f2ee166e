// Reads a Chromium performance trace and splits the page's main-thread time into "ours" (the
// extension) and "the page's". Pure: JSON in, numbers out.
//
// What counts as ours, inside each top-level main-thread task of the page's renderer:
//  1. trace events that name one of our scripts (EvaluateScript, v8.compile, v8.compileModule,
//     FunctionCall, module and resource loads: any `url`/`fileName` under chrome-extension://ID/),
//     and the extension system's messages to the frame (`extensions.mojom.*`: script injection);
//  2. trace events that run in one of our JavaScript worlds (v8.run, v8.evaluateModule,
//     v8.callFunction carry `worldId`/`worldName`; a world is ours once an event ties it to our URL);
//  3. CPU-profile samples whose stack holds a frame of ours, where 1 and 2 did not already cover
//     the time (promise continuations run as microtasks, which carry neither URL nor world).
// Events nest, so the union of their intervals is taken; a sample adds the time until the next one.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  /** Thread (CPU) time of a complete event, µs, where the trace has it. */
  tdur?: number;
  args?: Record<string, any>;
}

export interface TraceInput {
  events: TraceEvent[];
  /** chrome-extension://ID/ of the extension under test ('' for the run without it). */
  extOrigin: string;
  /** The page's URL, to find its renderer and its navigation. */
  pageUrl: string;
  /** sourceURL of the bench's own probe script, whose time is dropped from the page's total. */
  probeUrl: string;
  /** Optional windows (ms from navigation start) over which "ours" is also summed. */
  windows?: Record<string, [number, number]>;
}

export interface TaskShare {
  /** ms from navigation start */
  at: number;
  /** the whole task, ms */
  dur: number;
  /** our part of it, ms */
  ours: number;
  /** our part of it on the thread's clock, ms */
  cpu: number;
}

export interface TraceResult {
  /** Our main-thread ms, from navigation start to the end of the trace (wall time: it includes the time the thread waited for a core). */
  ourMs: number;
  /** The same on the thread's own clock: the CPU time our work took, without the time the system ran something else. */
  ourCpuMs: number;
  /** The largest share of ours in any one task, on the thread's clock, ms. */
  ourLongestCpuMs: number;
  /** Top-level tasks in which we ran at all. */
  ourTasks: number;
  /** The largest share of ours in any one task, ms. */
  ourLongestMs: number;
  /** The whole length of the task that held our largest share, ms. */
  ourLongestTaskMs: number;
  /** Every main-thread task, ms in all, without the bench's probe and its DevTools calls. */
  pageMainMs: number;
  /** Style, layout and paint outside our own calls, ms (compare with the run without us). */
  renderMs: number;
  /** Of our time, the part not named by an event: CPU samples, or microtasks in tasks without page script. */
  inferredMs: number;
  /** 'samples' when the trace had a CPU profile of the page, else 'events'. */
  attribution: 'samples' | 'events';
  /** Our script URLs that were compiled on the page (path after the origin). */
  scripts: string[];
  /** ourMs within each requested window. */
  windows: Record<string, number>;
  /** Our tasks, longest share first (at most 20). */
  topTasks: TaskShare[];
  /** How the renderer was found; '' when fine. */
  warning: string;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Events that run JavaScript: outside our intervals they are the page's (or the probe's). */
const JS_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction', 'v8.evaluateModule']);
/** The renderer's own style, layout and paint work (highlights make it paint more; no URL says so). */
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest']);

/** Total length of `a` (merged intervals) minus its overlap with `b` (merged intervals). */
function minus(a: [number, number][], b: [number, number][]): number {
  let total = 0;
  let j = 0;
  for (const [s, e] of a) {
    total += e - s;
    while (j < b.length && b[j][1] <= s) j++;
    for (let k = j; k < b.length && b[k][0] < e; k++) total -= Math.min(e, b[k][1]) - Math.max(s, b[k][0]);
  }
  return total;
}

/** The parts of the merged intervals `list` (from index `from`) that fall in [ts, te). */
function clip(list: [number, number][], from: number, ts: number, te: number): { len: number; pieces: [number, number][]; next: number } {
  let i = from;
  while (i < list.length && list[i][1] <= ts) i++;
  const pieces: [number, number][] = [];
  for (let j = i; j < list.length && list[j][0] < te; j++) pieces.push([Math.max(ts, list[j][0]), Math.min(te, list[j][1])]);
  return { len: pieces.reduce((n, [a, b]) => n + b - a, 0), pieces, next: i };
}

/** The URL an event names, if any. */
function eventUrl(e: TraceEvent): string {
  const a = e.args;
  if (!a) return '';
  return a.data?.url || a.fileName || a.url || a.beginData?.url || '';
}

/** Whether time t (µs) lies in one of the sorted, merged intervals. */
function covered(merged: [number, number][], t: number): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid][1] <= t) lo = mid + 1;
    else if (merged[mid][0] > t) hi = mid - 1;
    else return true;
  }
  return false;
}

function merge(iv: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...iv].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

interface Sample {
  ts: number;
  weight: number;
  kind: 'ours' | 'probe' | 'other';
}

/** CPU samples of one thread's profile, each tagged by whose code is on its stack. */
function samplesOf(events: TraceEvent[], pid: number, tid: number, extOrigin: string, probeUrl: string): Sample[] {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const out: Sample[] = [];
  for (const p of profiles) {
    const nodes = new Map<number, { url: string; parent?: number }>();
    const kindOf = new Map<number, Sample['kind']>();
    const kind = (id: number): Sample['kind'] => {
      const known = kindOf.get(id);
      if (known) return known;
      const n = nodes.get(id);
      let k: Sample['kind'] = 'other';
      if (n) {
        if (extOrigin && n.url.startsWith(extOrigin)) k = 'ours';
        else if (n.url === probeUrl) k = 'probe';
        else if (n.parent !== undefined) k = kind(n.parent);
      }
      kindOf.set(id, k);
      return k;
    };
    let t = p.args?.data?.startTime ?? p.ts;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === p.id).sort((a, b) => a.ts - b.ts);
    const raw: { ts: number; node: number }[] = [];
    for (const c of chunks) {
      const d = c.args?.data ?? {};
      for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, { url: n.callFrame?.url ?? '', parent: n.parent });
      const ids: number[] = d.cpuProfile?.samples ?? [];
      const deltas: number[] = d.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        t += deltas[i] ?? 0;
        raw.push({ ts: t, node: ids[i] });
      }
    }
    for (let i = 0; i < raw.length; i++) {
      // A sample stands for the time until the next one, capped (the profiler pauses when idle).
      const next = raw[i + 1]?.ts ?? raw[i].ts + 200;
      out.push({ ts: raw[i].ts, weight: Math.min(Math.max(next - raw[i].ts, 0), 2000), kind: kind(raw[i].node) });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Finds the renderer process and main thread that loaded `pageUrl`, and the navigation start. */
function findPage(events: TraceEvent[], pageUrl: string): { pid: number; tid: number; navStart: number } | null {
  let pid = -1;
  for (const e of events) {
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === pageUrl) pid = e.args.data.processId;
  }
  if (pid < 0) for (const e of events) if (e.name === 'CommitLoad' && e.args?.data?.url === pageUrl) pid = e.pid;
  if (pid < 0) return null;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL === pageUrl);
  const commit = events.find((e) => e.name === 'CommitLoad' && e.pid === pid && e.args?.data?.url === pageUrl);
  const navStart = nav?.ts ?? commit?.ts ?? 0;
  return { pid, tid: main.tid, navStart };
}

/** Splits the page's main-thread time into ours and the page's. */
export function attribute(input: TraceInput): TraceResult {
  const { events, extOrigin, pageUrl, probeUrl } = input;
  const empty: TraceResult = {
    ourMs: 0,
    ourCpuMs: 0,
    ourLongestCpuMs: 0,
    ourTasks: 0,
    ourLongestMs: 0,
    ourLongestTaskMs: 0,
    pageMainMs: 0,
    renderMs: 0,
    inferredMs: 0,
    attribution: 'events',
    scripts: [],
    windows: {},
    topTasks: [],
    warning: '',
  };
  const page = findPage(events, pageUrl);
  if (!page) return { ...empty, warning: 'renderer of the page not found in the trace' };
  const { pid, tid, navStart } = page;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= navStart).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  // Our worlds: any world an event ties to one of our URLs, and every world of the same name.
  const worldIds = new Set<number>();
  const worldNames = new Set<string>();
  if (extOrigin)
    for (const e of main)
      if (e.args?.worldId !== undefined && eventUrl(e).startsWith(extOrigin)) {
        worldIds.add(e.args.worldId);
        if (e.args.worldName) worldNames.add(e.args.worldName);
      }
  const isOurs = (e: TraceEvent) => {
    if (!extOrigin) return false;
    if (eventUrl(e).startsWith(extOrigin)) return true;
    // The browser's extension system talking to the frame (injecting a script, delivering a message
    // or a reply): only the extension under test exists in the run, so it is ours.
    if (e.name === 'Receive mojo message' && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.')) return true;
    const w = e.args?.worldId;
    return (w !== undefined && worldIds.has(w)) || (!!e.args?.worldName && worldNames.has(e.args.worldName));
  };

  // Top-level tasks: outermost RunTask-like complete events.
  const tasks: [number, number, number][] = []; // start, end, thread time per wall time
  let lastEnd = -1;
  for (const e of main) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.dur === undefined) continue;
    if (e.ts < lastEnd) continue;
    tasks.push([e.ts, e.ts + e.dur, e.tdur !== undefined && e.dur > 0 ? Math.min(1, e.tdur / e.dur) : 1]);
    lastEnd = e.ts + e.dur;
  }

  const ourIv: [number, number][] = [];
  const ourTop: [number, number][] = []; // start and thread time of our outermost events
  let ourEnd = -1;
  const probeIv: [number, number][] = [];
  const scripts = new Set<string>();
  for (const e of main) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (isOurs(e)) {
      ourIv.push([e.ts, e.ts + e.dur]);
      if (e.ts >= ourEnd) {
        ourTop.push([e.ts, e.tdur ?? e.dur]);
        ourEnd = e.ts + e.dur;
      }
    } else if (eventUrl(e) === probeUrl) probeIv.push([e.ts, e.ts + e.dur]);
    if (extOrigin && /^v8\.compile/.test(e.name) && eventUrl(e).startsWith(extOrigin)) scripts.add(eventUrl(e).slice(extOrigin.length));
  }
  const ours = merge(ourIv);
  const renderMs =
    minus(
      merge(main.filter((e) => e.ph === 'X' && e.dur !== undefined && RENDER_EVENTS.has(e.name)).map((e) => [e.ts, e.ts + e.dur!] as [number, number])),
      ours,
    ) / 1000;
  const probe = merge(probeIv);
  const samples = samplesOf(events, pid, tid, extOrigin, probeUrl).filter((s) => s.ts >= navStart);

  // Per task: our covered time plus, outside it, our CPU samples or (without samples) the
  // microtask checkpoints of tasks in which no page script ran.
  const useSamples = samples.length > 0;
  const xs = main.filter((e) => e.ph === 'X' && e.dur !== undefined && !TASK_NAMES.has(e.name));
  let xi = 0;
  let oi = 0;
  let pi = 0;
  let si = 0;
  let ourUs = 0;
  let ourCpuUs = 0;
  let ti = 0;
  let inferredUs = 0;
  let pageUs = 0;
  const shares: TaskShare[] = [];
  const ourAt: [number, number][] = []; // [time, µs] pieces, for the windows
  for (const [ts, te, ratio] of tasks) {
    while (xi < xs.length && xs[xi].ts < ts) xi++;
    const inTask: TraceEvent[] = [];
    for (let k = xi; k < xs.length && xs[k].ts < te; k++) inTask.push(xs[k]);
    // The bench's own DevTools calls (reading the probe) run as tasks of the page: not the page's, not ours.
    const bench = inTask.some((e) => e.name === 'Receive mojo message' && /DevTools/.test(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? ''));
    const o = clip(ours, oi, ts, te);
    oi = o.next;
    const pr = clip(probe, pi, ts, te);
    pi = pr.next;
    let extra = 0;
    let probeExtra = 0;
    if (useSamples) {
      while (si < samples.length && samples[si].ts < ts) si++;
      for (let k = si; k < samples.length && samples[k].ts < te; k++) {
        const s = samples[k];
        const w = Math.min(s.weight, te - s.ts);
        if (s.kind === 'ours' && !covered(o.pieces, s.ts)) {
          extra += w;
          ourAt.push([s.ts, w]);
        } else if (s.kind === 'probe' && !covered(pr.pieces, s.ts)) probeExtra += w;
      }
    } else if (extOrigin) {
      const pageJs = inTask.some((e) => JS_EVENTS.has(e.name) && !covered(o.pieces, e.ts) && !covered(pr.pieces, e.ts));
      if (!pageJs && !bench)
        // Checkpoints nest and may hold our named calls: count each instant once.
        for (const iv of merge(inTask.filter((e) => e.name === 'RunMicrotasks').map((e) => [e.ts, Math.min(te, e.ts + e.dur!)] as [number, number]))) {
          const len = minus([iv], o.pieces);
          extra += len;
          ourAt.push([iv[0], len]);
        }
    }
    for (const p of o.pieces) ourAt.push([p[0], p[1] - p[0]]);
    const mine = o.len + extra;
    // On the thread's clock: our outermost events' own thread time, and the inferred part at the task's rate.
    while (ti < ourTop.length && ourTop[ti][0] < ts) ti++;
    let cpu = extra * ratio;
    for (; ti < ourTop.length && ourTop[ti][0] < te; ti++) cpu += ourTop[ti][1];
    cpu = Math.min(cpu, mine);
    if (!bench) pageUs += te - ts - Math.min(te - ts, pr.len + probeExtra);
    if (mine > 0) {
      ourUs += mine;
      ourCpuUs += cpu;
      inferredUs += extra;
      shares.push({
        at: +((ts - navStart) / 1000).toFixed(1),
        dur: +((te - ts) / 1000).toFixed(3),
        ours: +(mine / 1000).toFixed(3),
        cpu: +(cpu / 1000).toFixed(3),
      });
    }
  }
  shares.sort((a, b) => b.ours - a.ours);
  const windows: Record<string, number> = {};
  for (const [name, [a, b]] of Object.entries(input.windows ?? {})) {
    const from = navStart + a * 1000;
    const to = navStart + b * 1000;
    windows[name] = +(ourAt.filter(([t]) => t >= from && t < to).reduce((n, [, w]) => n + w, 0) / 1000).toFixed(3);
  }
  return {
    ourMs: +(ourUs / 1000).toFixed(3),
    ourCpuMs: +(ourCpuUs / 1000).toFixed(3),
    ourLongestCpuMs: shares.reduce((n, t) => Math.max(n, t.cpu), 0),
    ourTasks: shares.length,
    ourLongestMs: shares[0]?.ours ?? 0,
    ourLongestTaskMs: shares[0]?.dur ?? 0,
    pageMainMs: +(pageUs / 1000).toFixed(3),
    renderMs: +renderMs.toFixed(3),
    inferredMs: +(inferredUs / 1000).toFixed(3),
    attribution: useSamples ? 'samples' : 'events',
    scripts: [...scripts].sort(),
    windows,
    topTasks: shares.slice(0, 20),
    warning: '',
  };
}

/** Parses a trace file's text (either `{traceEvents: [...]}` or a bare array). */
export function parseTrace(text: string): TraceEvent[] {
  const j = JSON.parse(text);
  return Array.isArray(j) ? j : j.traceEvents;
}
