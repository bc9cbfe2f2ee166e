import type { CardIndex } from '../corpus/card-index';
import type { Entry, EntryKind, Source } from '../corpus/types';
import { formatDate, formatSpan, type Lang } from './dates';
import { personRoles, type PersonRoles } from './person';
import { provisionLines, type ProvisionLine } from './provisions';
import { safeUrl } from './text';
import { buildTimeline, type CardTimeline } from './timeline';

export { firstSentence, safeUrl } from './text';

export interface CardSource {
  url: string;
  title: string;
  host: string;
  /** Published by a state's own media (KCNA, Rodong Sinmun, Xinhua …). */
  stateMedia?: boolean;
}

export interface CardAccount {
  party: string;
  account: string;
  source?: CardSource;
}

export interface CardModel {
  id: string;
  kind: EntryKind;
  name: string;
  hangul?: string;
  /** Role line for people without dated roles. */
  subtitle?: string;
  /** "27 Apr 2018", "2003–2016", "since 2011". */
  dateLabel?: string;
  place?: string;
  summary: string;
  outcome?: string;
  accounts?: CardAccount[];
  dateNote?: string;
  /** People with dated roles: who they were at the article's date and who they are now. */
  person?: PersonRoles;
  /** Agreements: each provision and what became of it. */
  provisions?: ProvisionLine[];
  timeline?: CardTimeline;
  related: { id: string; name: string; kind: EntryKind }[];
  sources: CardSource[];
  asOf: string;
  asOfLabel: string;
  /** Corpus version, for problem reports. */
  version: string;
  articleDate: string | null;
  articleDateLabel?: string;
}

function dateLabelOf(e: Entry, lang: Lang): string | undefined {
  if (e.date) return formatDate(e.date, lang);
  if (e.start || e.end) return formatSpan(e.start, e.end, lang);
  return undefined;
}

function cardSource(s: Source): CardSource | null {
  const u = safeUrl(s.url);
  if (!u) return null;
  return { url: u.href, title: s.title, host: u.hostname.replace(/^www\./, ''), ...(s.stateMedia ? { stateMedia: true } : {}) };
}

/**
 * Builds the plain model of a card: pure, so it is unit-tested in Node and rendered by the overlay
 * and the options page. `articleDate` splits the timeline and dates a person's posts.
 */
export function buildCardModel(index: CardIndex, id: string, articleDate: string | null, lang: Lang = 'en'): CardModel | null {
  const i = index.byId.get(id);
  if (i === undefined) return null;
  const e = index.entries[i];
  const asOf = index.corpus.asOf;
  const person = e.kind === 'person' ? personRoles(e.roles, articleDate, asOf, lang) : null;
  const model: CardModel = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    hangul: e.hangul,
    subtitle: person ? undefined : (e.role ?? undefined),
    dateLabel: dateLabelOf(e, lang),
    place: e.place,
    summary: e.summary,
    outcome: e.outcome,
    dateNote: e.dateNote,
    related: [],
    sources: [],
    asOf,
    asOfLabel: formatDate(asOf, lang),
    version: index.corpus.version,
    articleDate,
    articleDateLabel: articleDate ? formatDate(articleDate, lang) : undefined,
  };
  if (person) model.person = person;
  if (e.accounts?.length) {
    model.accounts = e.accounts.map((a) => {
      const src = a.source ? cardSource(a.source) : null;
      return { party: a.party, account: a.account, ...(src ? { source: src } : {}) };
    });
  }
  const provisions = e.kind === 'agreement' ? provisionLines(index, e.provisions, lang) : undefined;
  if (provisions) model.provisions = provisions;
  for (const s of e.sources) {
    const c = cardSource(s);
    if (c) model.sources.push(c);
  }
  const timeline = buildTimeline(index, i, articleDate, lang);
  if (timeline) model.timeline = timeline;
  const seen = new Set<string>();
  const rel = timeline && !timeline.own && timeline.topicId !== e.id ? [timeline.topicId, ...e.related] : e.related;
  for (const rid of rel) {
    const j = index.byId.get(rid);
    if (j === undefined || seen.has(rid) || rid === e.id) continue;
    seen.add(rid);
    const r = index.entries[j];
    model.related.push({ id: r.id, name: r.name, kind: r.kind });
  }
  return model;
}
