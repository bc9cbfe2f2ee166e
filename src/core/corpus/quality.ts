/**
 * Content checks of the corpus beyond its schema: sources a journalist accepts, timeline headlines,
 * people's dated roles and agreements' provisions. Build- and test-time only.
 */
import { PROVISION_STATUSES, type Entry, type Source } from './types';

/** Hosts that copy, mirror, summarise or pad other sites' text; never a source. */
const COPY_HOSTS: RegExp[] = [
  /(^|\.)wikisum\.com$/, /(^|\.)piglix\.com$/, /(^|\.)wikimili\.com$/, /\.azureedge\.net$/, /(^|\.)wikiwand\.com$/,
  /(^|\.)alchetron\.com$/, /(^|\.)infogalactic\.com$/, /(^|\.)everybodywiki\.com$/, /(^|\.)justapedia\.org$/,
  /(^|\.)wikizero\.com$/, /(^|\.)wiki2\.org$/, /(^|\.)kiddle\.co$/, /(^|\.)dbpedia\.org$/, /(^|\.)academic-accelerator\.com$/,
  /(^|\.)dictionary\.com$/, /(^|\.)thefreedictionary\.com$/, /(^|\.)definitions\.net$/, /(^|\.)yourdictionary\.com$/,
  /(^|\.)wordnik\.com$/, /(^|\.)merriam-webster\.com$/, /(^|\.)funtrivia\.com$/, /(^|\.)ranker\.com$/, /(^|\.)fandom\.com$/,
  /(^|\.)wikitia\.com$/, /(^|\.)wikiless\./, /(^|\.)wikibrief\.org$/, /(^|\.)encyclopedia\.pub$/, /(^|\.)newikis\.com$/,
  /(^|\.)ghanaweb\.com$/, /(^|\.)modernghana\.com$/, /(^|\.)pulse\.com\.gh$/, /(^|\.)myjoyonline\.com$/,
  /(^|\.)blogspot\.com$/, /(^|\.)medium\.com$/, /(^|\.)quora\.com$/, /(^|\.)reddit\.com$/, /(^|\.)scribd\.com$/,
  /(^|\.)archive\.ph$/, /(^|\.)archive\.today$/,
];
/** Staging, preview and test servers: not the publisher's public page. */
const STAGING_HOST = /(^|[.-])(staging|stage|stg|preview|dev|test|uat)[0-9]*[.-]/;
/** State-run media: allowed as a source of what that state said, and labelled as such. */
const STATE_MEDIA_HOSTS: RegExp[] = [
  /(^|\.)kcna\.kp$/, /(^|\.)rodong\.rep\.kp$/, /(^|\.)naenara\.com\.kp$/, /(^|\.)uriminzokkiri\.com$/, /(^|\.)kcnawatch\.org$/,
  /(^|\.)xinhuanet\.com$/, /(^|\.)news\.cn$/, /(^|\.)chinadaily\.com\.cn$/, /(^|\.)globaltimes\.cn$/, /(^|\.)cgtn\.com$/,
  /(^|\.)people\.com\.cn$/, /(^|\.)tass\.(com|ru)$/, /(^|\.)ria\.ru$/, /(^|\.)rt\.com$/, /(^|\.)sputnikglobe\.com$/,
];
const HEADLINE_MAX = 100;

export interface QualityProblem {
  id: string;
  message: string;
}

/** Why a source cannot stand as a source, or null when it can. */
export function sourceProblem(s: Source): string | null {
  let u: URL;
  try {
    u = new URL(s.url);
  } catch {
    return 'source URL invalid: ' + String(s?.url);
  }
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:') return 'source not https: ' + s.url;
  if (COPY_HOSTS.some((r) => r.test(host))) return 'copy, mirror or weak host: ' + host;
  if (STAGING_HOST.test(host + '.')) return 'staging or preview host: ' + host;
  if (STATE_MEDIA_HOSTS.some((r) => r.test(host)) && s.stateMedia !== true) return 'state media source not labelled stateMedia: ' + host;
  return null;
}

function isoOk(d: unknown): boolean {
  return typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
}

/** Checks an entry's sources, headline, roles and provisions. `ids` resolves event references. */
export function qualityProblems(e: Entry, ids: ReadonlySet<string>): QualityProblem[] {
  const out: QualityProblem[] = [];
  const bad = (message: string) => out.push({ id: e.id, message });
  const sources = [...(e.sources ?? []), ...(e.accounts ?? []).flatMap((a) => (a.source ? [a.source] : []))];
  for (const s of sources) {
    const why = sourceProblem(s);
    if (why) bad(why);
  }
  if (e.kind === 'event') {
    if (typeof e.headline !== 'string' || !e.headline.trim()) bad('event without a headline');
    else if (e.headline.length > HEADLINE_MAX) bad(`headline over ${HEADLINE_MAX} characters`);
  } else if (e.headline !== undefined) bad('headline on a non-event');
  for (const a of e.accounts ?? []) if (!a.source) bad(`account of ${a.party} without its own source`);
  if (e.kind === 'person') {
    if (!Array.isArray(e.roles) || e.roles.length === 0) bad('person without roles');
    for (const r of e.roles ?? []) {
      if (typeof r.title !== 'string' || !r.title.trim()) bad('role without title');
      if (!isoOk(r.start)) bad(`role "${r.title}" without a real start date`);
      if (r.end !== undefined && !isoOk(r.end)) bad(`role "${r.title}" with a bad end date`);
      if (r.end !== undefined && isoOk(r.start) && r.end.slice(0, r.start.length) < r.start.slice(0, r.end.length)) bad(`role "${r.title}" ends before it starts`);
    }
  } else if (e.roles !== undefined) bad('roles on a non-person');
  if (e.kind === 'agreement') {
    if (!Array.isArray(e.provisions) || e.provisions.length === 0) bad('agreement without provisions');
    for (const p of e.provisions ?? []) {
      if (!p.text?.trim() || !p.fate?.trim()) bad('provision needs text and fate');
      if (!(PROVISION_STATUSES as readonly string[]).includes(p.status)) bad('bad provision status ' + String(p.status));
      for (const id of p.events ?? []) if (!ids.has(id)) bad('provision event does not resolve: ' + id);
    }
  } else if (e.provisions !== undefined) bad('provisions on a non-agreement');
  return out;
}
