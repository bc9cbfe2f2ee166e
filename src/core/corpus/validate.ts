/**
 * Build- and test-time checks of the corpus. Not imported by any page script.
 */
import { foldAlias } from '../matching/normalize';
import { qualityProblems } from './quality';
import { COUNTRIES, ENTRY_KINDS, EVENT_TYPES, entryDate, type Corpus, type Entry } from './types';

/** Words that may never be an alias on their own (they light up ordinary prose). */
export const COMMON_WORDS = new Set(
  `a about after again against agreement air all alliance also an and ann any april army as at august back ban bank base bay be bill blue border bridge
  but by call camp can capital case central china city clinton coast council country court cut day dear december deal defense defence democrat
  democratic development dialogue down east economy end energy eve fall february field fire first five for foreign four free freedom friday from
  front general go gold good grace great green hall han hanoi he health her high hill his hope hot hotline house i in is island it jan january
  joint jong july june jung key kim king kwon lake land law lee liberty line long lord march may media military ministry monday moon mount
  mountain nam national navy new news night no nor north november now nuclear oct october of office oh old on one or our over pacific park
  party peace people plan point policy president press pro red reform republic rice river rock rocket rose round sea security september seven
  shin six son song south spring star state statement states summer summit sun sung sunday sunshine talks team ten test the three thursday
  to today trade treaty truce trump tuesday two un union unification unity up us war water wednesday west white will win winter with won world
  yang year yellow yes you young yu`
    .split(/\s+/)
    .filter(Boolean),
);

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HANGUL_RE = /[\uac00-\ud7a3]/;

/** Is `iso` a real calendar date at year, month or day precision? */
export function isRealDate(iso: unknown): iso is string {
  if (typeof iso !== 'string' || !DATE_RE.test(iso)) return false;
  const [y, m, d] = iso.split('-').map(Number);
  if (y < 1800 || y > 2100) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate())) return false;
  return true;
}

/** Compares partial dates by their common prefix (a year is not after any of its days). */
function dateLE(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

export interface Problem {
  id: string;
  message: string;
  /** A content-quality problem (sources, headline, roles, provisions) rather than a schema error. */
  quality?: boolean;
}

/** Every field an entry may have (the canonical key order, below, lists them all). */
const KNOWN_FIELDS = new Set<string>();

/** Checks one entry's own fields. */
export function validateEntry(e: Entry): Problem[] {
  const p: Problem[] = [];
  const id = typeof e?.id === 'string' ? e.id : '(no id)';
  const bad = (message: string) => p.push({ id, message });
  if (!ID_RE.test(id)) bad('id must be kebab-case ASCII');
  for (const k of Object.keys(e)) if (!KNOWN_FIELDS.has(k)) bad('unknown field ' + k);
  if (!(ENTRY_KINDS as readonly string[]).includes(e.kind)) bad('bad kind ' + String(e.kind));
  if (typeof e.name !== 'string' || !e.name.trim()) bad('missing name');
  if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || !a.trim())) bad('aliases must be non-empty strings');
  if (typeof e.summary !== 'string' || e.summary.length < 20) bad('summary too short');
  if (!Array.isArray(e.related)) bad('related must be an array');
  if (!isRealDate(e.reviewed) || e.reviewed.length !== 10) bad('reviewed must be YYYY-MM-DD');
  for (const f of ['date', 'start', 'end'] as const) if (e[f] !== undefined && !isRealDate(e[f])) bad(`${f} is not a real date: ${e[f]}`);
  if (e.date && (e.start || e.end)) bad('use date or start/end, not both');
  if (e.start && e.end && isRealDate(e.start) && isRealDate(e.end) && !dateLE(e.start, e.end)) bad('start after end');
  if (e.kind === 'event') {
    if (!entryDate(e)) bad('event without date');
    if (!(EVENT_TYPES as readonly string[]).includes(e.eventType as string)) bad('event needs eventType');
    if ((e.eventType === 'summit' || e.eventType === 'talks') && !e.outcome) bad('talks and summits need an outcome');
  } else if (e.eventType) bad('eventType on a non-event');
  if (e.kind === 'topic' && (!Array.isArray(e.timeline) || e.timeline.length === 0)) bad('topic needs a timeline');
  if (e.kind !== 'topic' && e.timeline) bad('timeline on a non-topic');
  if (['person', 'organisation', 'place'].includes(e.kind)) {
    if (!(COUNTRIES as readonly string[]).includes(e.country as string)) bad('person/organisation/place needs a country');
    if ((e.country === 'KR' || e.country === 'KP') && !e.aliases.some((a) => HANGUL_RE.test(a))) bad('Korean entity without a Hangul alias');
  }
  if (e.hangul !== undefined && !HANGUL_RE.test(e.hangul)) bad('hangul field without Hangul');
  if (!Array.isArray(e.sources) || e.sources.length === 0) bad('no source');
  for (const s of e.sources ?? []) {
    if (typeof s?.title !== 'string' || !s.title.trim()) bad('source without title');
    try {
      const u = new URL(s.url);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') bad('source URL not http(s): ' + s.url);
    } catch {
      bad('source URL invalid: ' + String(s?.url));
    }
  }
  for (const a of e.accounts ?? []) if (!a.party || !a.account) bad('account needs party and account');
  for (const a of [e.name, ...(e.aliases ?? [])]) {
    if (typeof a !== 'string') continue;
    const f = foldAlias(a);
    if (f.length < 2) bad(`alias too short: "${a}"`);
    if (!f.includes(' ') && COMMON_WORDS.has(f) && !/^[A-Z]{2,}$/.test(a)) bad(`bare common word as alias: "${a}"`);
  }
  for (const s of e.shortForms ?? []) if (typeof s !== 'string' || s.length < 3) bad(`short form too short: "${s}"`);
  for (const r of e.aliasRules ?? []) {
    if (!['nearest-date', 'requires'].includes(r.rule)) bad('bad alias rule ' + r.rule);
    if (r.rule === 'requires' && !r.requires?.length) bad('requires rule without entries');
    if (!e.aliases.some((a) => foldAlias(a) === foldAlias(r.alias))) bad(`alias rule for an alias not listed: "${r.alias}"`);
  }
  return p;
}

/** Checks the whole corpus: entries, unique ids, references, timelines, alias ownership. */
export function validateCorpus(c: Corpus): Problem[] {
  const p: Problem[] = [];
  if (!isRealDate(c.asOf)) p.push({ id: '(corpus)', message: 'asOf is not a date' });
  if (!/^\d+\.\d+\.\d+$/.test(c.version)) p.push({ id: '(corpus)', message: 'version must be semver' });
  const ids = new Map<string, Entry>();
  for (const e of c.entries) {
    p.push(...validateEntry(e));
    if (ids.has(e.id)) p.push({ id: e.id, message: 'duplicate id' });
    ids.set(e.id, e);
  }
  const owners = new Map<string, { id: string; rule: boolean }[]>();
  const idSet = new Set(ids.keys());
  for (const e of c.entries) {
    for (const q of qualityProblems(e, idSet)) p.push({ ...q, quality: true });
    for (const r of e.related ?? []) if (!ids.has(r)) p.push({ id: e.id, message: 'related id does not resolve: ' + r });
    for (const r of e.aliasRules ?? []) for (const q of r.requires ?? []) if (!ids.has(q)) p.push({ id: e.id, message: 'rule id does not resolve: ' + q });
    let prev = '';
    for (const t of e.timeline ?? []) {
      const ev = ids.get(t);
      if (!ev) {
        p.push({ id: e.id, message: 'timeline id does not resolve: ' + t });
        continue;
      }
      const d = entryDate(ev);
      if (!d) p.push({ id: e.id, message: 'timeline entry without date: ' + t });
      else if (prev && !dateLE(prev, d)) p.push({ id: e.id, message: `timeline out of order at ${t} (${d} after ${prev})` });
      if (d) prev = d;
    }
    const ruled = new Set((e.aliasRules ?? []).map((r) => foldAlias(r.alias)));
    const mine = new Set<string>();
    for (const a of [e.name, ...e.aliases]) {
      const f = foldAlias(a);
      if (mine.has(f)) continue;
      mine.add(f);
      const list = owners.get(f) ?? [];
      list.push({ id: e.id, rule: ruled.has(f) });
      owners.set(f, list);
    }
    for (const s of e.shortForms ?? []) {
      const f = 'short:' + s;
      const list = owners.get(f) ?? [];
      list.push({ id: e.id, rule: false });
      owners.set(f, list);
    }
  }
  for (const [alias, list] of owners) {
    if (list.length > 1 && list.some((o) => !o.rule)) {
      p.push({ id: list.map((o) => o.id).join(', '), message: `alias "${alias}" claimed by several entries without a rule` });
    }
  }
  return p;
}

const KEY_ORDER = [
  'id',
  'kind',
  'eventType',
  'name',
  'hangul',
  'aliases',
  'shortForms',
  'aliasRules',
  'country',
  'role',
  'date',
  'start',
  'end',
  'roles',
  'place',
  'headline',
  'summary',
  'outcome',
  'accounts',
  'dateNote',
  'related',
  'timeline',
  'provisions',
  'sources',
  'reviewed',
];
for (const k of KEY_ORDER) KNOWN_FIELDS.add(k);

/** The canonical text of an entry file: entries sorted by id, keys in a fixed order, 2-space JSON. */
export function canonicalFile(entries: Entry[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ordered = sorted.map((e) => {
    const o: Record<string, unknown> = {};
    for (const k of KEY_ORDER) if ((e as unknown as Record<string, unknown>)[k] !== undefined) o[k] = (e as unknown as Record<string, unknown>)[k];
    for (const k of Object.keys(e)) if (!(k in o)) o[k] = (e as unknown as Record<string, unknown>)[k];
    return o;
  });
  return JSON.stringify(ordered, null, 2) + '\n';
}
