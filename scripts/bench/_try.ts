import { readFileSync } from 'node:fs';
import { parseTrace } from './trace';
const ev = parseTrace(readFileSync('/tmp/kcb/proto/trace.json', 'utf8'));
const ext = 'chrome-extension://ockacnlckkgfjkimipaikalejcoghcah/';
const pid = 27931, tid = 27931;
const main = ev.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X');
// samples
const prof = ev.find(e => e.name === 'Profile' && e.pid === pid)!;
const chunks = ev.filter(e => e.name === 'ProfileChunk' && e.pid === pid && e.id === prof.id);
const nodes = new Map<number, any>(); let t = prof.args!.data.startTime; const samples: [number, number][] = [];
for (const c of chunks) { for (const n of c.args!.data.cpuProfile?.nodes ?? []) nodes.set(n.id, n); const ids = c.args!.data.cpuProfile?.samples ?? []; const d = c.args!.data.timeDeltas ?? []; for (let i = 0; i < ids.length; i++) { t += d[i]; samples.push([t, ids[i]]); } }
const ours = (id: number): boolean => { const n = nodes.get(id); if (!n) return false; if ((n.callFrame.url ?? '').startsWith(ext)) return true; return n.parent !== undefined && ours(n.parent); };
const isOurEv = (e: any) => JSON.stringify(e.args ?? {}).includes(ext) || e.args?.worldName === 'Korea Context';
const hist: Record<string, number> = {};
for (let i = 0; i < samples.length - 1; i++) {
  const [ts, id] = samples[i]; if (!ours(id)) continue;
  const enc = main.filter(e => e.ts <= ts && ts < e.ts + e.dur!);
  if (enc.some(isOurEv)) continue;
  const key = enc.map(e => e.name).filter(n => !/RunTask|mojo|Watcher/.test(n)).join('>') + ' | top:' + nodes.get(id).callFrame.functionName;
  hist[key] = (hist[key] ?? 0) + (samples[i + 1][0] - ts) / 1000;
}
console.log(Object.entries(hist).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => v.toFixed(2) + ' ' + k).join('\n'));
