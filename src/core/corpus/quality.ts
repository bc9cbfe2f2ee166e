/**
 * Content checks of the corpus beyond its schema: sources a journalist accepts, timeline headlines,
 * people's dated roles and agreements' provisions. Build- and test-time only.
 */
import hosts from '../../corpus/source-hosts.json';
import { PROVISION_STATUSES, type Entry, type Source } from './types';

/** True when `host` is one of the domains or a subdomain of one, or carries one of the labels. */
function hostIn(host: string, list: { suffixes: string[]; labels?: string[] }): boolean {
  for (const d of list.suffixes) if (host === d || host.endsWith('.' + d)) return true;
  if (list.labels?.length) for (const part of host.split('.')) if (list.labels.includes(part)) return true;
  return false;
}
/** Hosts that copy, mirror, summarise or pad other sites' text (and weak portals): never a source. */
const isCopyHost = (h: string) => hostIn(h, hosts.copy);
/** State-run media: allowed as a source of what that state said, and labelled as such. */
const isStateMedia = (h: string) => hostIn(h, hosts.stateMedia);
/**
 * Primary and reputable sources: governments and the UN, the agreement texts, established news
 * organisations, research institutes, universities and Wikipedia itself. Every entry (and every
 * side's account) needs at least one of these; other sources may stand beside them.
 */
const isReputableHost = (h: string) => hostIn(h, hosts.reputable);
/** Staging, preview and test servers: not the publisher's public page. */
const STAGING_HOST = /(^|[.-])(staging|stage|stg|preview|dev|test|uat)[0-9]*[.-]/;
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
  if (isCopyHost(host)) return 'copy, mirror or weak host: ' + host;
  if (STAGING_HOST.test(host + '.')) return 'staging or preview host: ' + host;
  if (isStateMedia(host) && s.stateMedia !== true) return 'state media source not labelled stateMedia: ' + host;
  return null;
}

function isoOk(d: unknown): boolean {
  return typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
}

/** True for a source from a primary or reputable publisher (state media counts for what its state said). */
export function isReputable(s: Source): boolean {
  try {
    const host = new URL(s.url).hostname.toLowerCase();
    return isReputableHost(host) || isStateMedia(host);
  } catch {
    return false;
  }
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
  if ((e.sources ?? []).length && !(e.sources ?? []).some(isReputable))
    bad('no primary or reputable source (government, UN, established news organisation, institute, Wikipedia)');
  for (const a of e.accounts ?? []) {
    if (!a.source) bad(`account of ${a.party} without its own source`);
    else if (!isReputable(a.source)) bad(`account of ${a.party}: its source is not primary or reputable`);
  }
  if (e.kind === 'person') {
    if (!Array.isArray(e.roles) || e.roles.length === 0) bad('person without roles');
    for (const r of e.roles ?? []) {
      if (typeof r.title !== 'string' || !r.title.trim()) bad('role without title');
      if (!isoOk(r.start)) bad(`role "${r.title}" without a real start date`);
      if (r.end !== undefined && !isoOk(r.end)) bad(`role "${r.title}" with a bad end date`);
      if (r.end !== undefined && isoOk(r.start) && r.end.slice(0, r.start.length) < r.start.slice(0, r.end.length))
        bad(`role "${r.title}" ends before it starts`);
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
