// The targets of the cold bench (issue 11, "Targets"), checked against the medians.
import type { PageKind } from './pages';

export interface ColdSummary {
  id: string;
  kind: PageKind;
  ourMs: number;
  ourLongestMs: number;
  heapAddedMB: number | null;
  firstHighlightMs: number | null;
  mutationOurMsPer10s: number | null;
  messagesPerSecond: number | null;
}

export interface Check {
  what: string;
  limit: number;
  unit: string;
  value: number | null;
  ok: boolean;
}

/** Total main-thread ms allowed per page id. */
const TOTAL: Record<string, number> = { 'no-korea': 0.3, passing: 3, 'korean-other': 3, demo: 10, demo16: 30 };

/** The checks that apply to one page's medians. */
export function checks(s: ColdSummary): Check[] {
  const out: Check[] = [];
  const add = (what: string, value: number | null, limit: number, unit: string) => out.push({ what, limit, unit, value, ok: value !== null && value <= limit });
  if (TOTAL[s.id] !== undefined) add('our main-thread time', s.ourMs, TOTAL[s.id], 'ms');
  add('our longest task', s.ourLongestMs, s.kind === 'hostile' ? 50 : 16, 'ms');
  if (s.kind === 'active') {
    add('heap added', s.heapAddedMB, 2, 'MB');
    add('first highlight after DOMContentLoaded', s.firstHighlightMs, 100, 'ms');
  }
  // Issue 11, "Steady under hostile load": message the background at most once a second.
  if (s.messagesPerSecond !== null) add('messages to the background', s.messagesPerSecond, 1, '/s');
  return out;
}

export const mark = (c: Check) => (c.ok ? '✓' : '✗');
