import { readFileSync } from 'node:fs';
import { parseTrace } from './trace';
for (const f of process.argv.slice(2)) {
  const ev = parseTrace(readFileSync(f, 'utf8'));
  const commit = ev.filter(e => e.name === 'FrameCommittedInBrowser' && /page-\d/.test(e.args?.data?.url ?? '')).pop()!;
  const pid = commit.args!.data.processId;
  const tid = ev.find(e => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')!.tid;
  const main = ev.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // self time by name (X events only), stack-based
  const self: Record<string, number> = {}; const stack: any[] = [];
  for (const e of main) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) { const p = stack[stack.length - 1]; self[p.name] = (self[p.name] ?? 0) - Math.min(e.dur!, p.ts + p.dur - e.ts); }
    self[e.name] = (self[e.name] ?? 0) + e.dur!;
    stack.push(e);
  }
  console.log(f, Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '));
}
