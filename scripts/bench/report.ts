// Prints the cold bench's table: our cost per page next to the targets.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ColdPageResult } from './cold';
import { mark, type Check } from './targets';

/** gzip bytes of the given extension files (paths relative to the extension's root). */
export function gzipBytes(ext: string, files: string[]): number {
  return files.reduce((n, f) => n + (existsSync(join(ext, f)) ? gzipSync(readFileSync(join(ext, f))).length : 0), 0);
}

const fmt = (x: number | null, d = 1) => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(d));

/** "12.3 ✗≤10" when a target applies to the number, else "12.3". */
function cell(value: number | null, c: Check | undefined, d = 1): string {
  return c ? `${fmt(value, d)} ${mark(c)}≤${c.limit}` : fmt(value, d);
}

export function printCold(rows: ColdPageResult[], ext: string, log: (s: string) => void): void {
  log(
    'page                           ours ms        CPU ms         tasks  longest ms     CPU longest    1st highlight  heap +MB     page ms w/o → with  render Δ  our JS (gz KB)',
  );
  for (const r of rows) {
    const c = (what: string) => r.checks.find((k) => k.what.startsWith(what));
    const cc = (what: string) => r.cpuChecks.find((k) => k.what.startsWith(what));
    const kb = (gzipBytes(ext, r.scripts) / 1024).toFixed(0);
    log(
      [
        r.label.padEnd(30),
        cell(r.ourMs, c('our main'), r.ourMs < 1 ? 2 : 1).padEnd(14),
        cell(r.ourCpuMs, cc('our main'), r.ourCpuMs < 1 ? 2 : 1).padEnd(14),
        String(r.ourTasks).padStart(5),
        '  ' + cell(r.ourLongestMs, c('our longest')).padEnd(13),
        cell(r.ourLongestCpuMs, cc('our longest')).padEnd(14),
        cell(r.firstHighlightMs, c('first'), 0).padEnd(14),
        cell(r.heapAddedMB, c('heap'), 2).padEnd(12),
        `${fmt(r.pageMainMsWithout, 0).padStart(6)} → ${fmt(r.pageMainMsWith, 0).padEnd(6)}`,
        fmt(r.renderDeltaMs, 0).padStart(9),
        `  ${kb} (${r.scripts.length} files)`,
      ].join(' '),
    );
  }
  for (const r of rows.filter((x) => x.mutationOurMsPer10s !== null)) {
    const msg = r.checks.find((k) => k.what.startsWith('messages'));
    log(
      `  ${r.label}: ${r.mutations} mutations in 10 s; ours ${fmt(r.mutationOurMsPer10s, 0)} ms per 10 s of them; messages to the background ${msg ? cell(msg.value, msg, 1) : '—'} per s`,
    );
  }
  const failed = rows.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.id}: ${c.what}`));
  const total = rows.reduce((n, r) => n + r.checks.length, 0);
  log(`targets met: ${total - failed.length} of ${total}`);
  // The same targets with our time on the main thread's own clock: the work we did, without the
  // time the thread waited for a core (on a small machine a browser that has just started keeps
  // both cores busy, and every task, ours or the page's, stretches).
  const cpuOk = rows.reduce((n, r) => n + r.checks.filter((c) => (r.cpuChecks.find((k) => k.what === c.what) ?? c).ok).length, 0);
  log(`targets met with CPU time for "ours" and "longest": ${cpuOk} of ${total}`);
  const warnings = rows.flatMap((r) => r.warnings.map((w) => `${r.id}: ${w}`));
  for (const w of warnings) log(`  warning: ${w}`);
}
