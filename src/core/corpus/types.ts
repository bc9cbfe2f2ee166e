/**
 * The corpus schema. Plain data, shared by the build-time validator, the
 * content script and the UIs. No DOM or browser types here.
 */

export const ENTRY_KINDS = ['event', 'topic', 'person', 'organisation', 'place', 'agreement', 'term'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Kind of happening, for events. Summits and talks must carry an outcome. */
export const EVENT_TYPES = [
  'summit',
  'talks',
  'hotline',
  'nuclear-test',
  'missile-launch',
  'satellite-launch',
  'sanctions',
  'clash',
  'exercise',
  'agreement',
  'reunion',
  'facility',
  'politics',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Whose entity it is; KR and KP people, places and organisations need a Hangul alias. */
export const COUNTRIES = ['KR', 'KP', 'US', 'CN', 'JP', 'RU', 'UN', 'INTL', 'OTHER'] as const;
export type Country = (typeof COUNTRIES)[number];

/** A date of the form YYYY, YYYY-MM or YYYY-MM-DD; the length is the precision. */
export type IsoDate = string;

export interface Source {
  url: string;
  title: string;
  /** Set on sources published by a state's own media (KCNA, Rodong Sinmun, Xinhua, TASS …). */
  stateMedia?: boolean;
}

/** One side's version of a disputed event, attributed, with the source that reports it. */
export interface Account {
  party: string;
  account: string;
  source?: Source;
}

/** One office or post a person held, with dates; no `end` means they still hold it. */
export interface Role {
  title: string;
  start: IsoDate;
  end?: IsoDate;
}

/** What became of an agreement's provision. */
export const PROVISION_STATUSES = ['implemented', 'partly implemented', 'not implemented', 'suspended', 'reversed', 'in force', 'superseded'] as const;
export type ProvisionStatus = (typeof PROVISION_STATUSES)[number];

/** One main provision of an agreement and what became of it, with the events that show it. */
export interface Provision {
  text: string;
  status: ProvisionStatus;
  /** One or two sentences: what happened to it, with dates. */
  fate: string;
  /** Event ids, in date order, that carried it out or undid it. */
  events?: string[];
}

/**
 * An alias shared with another entry, or one that needs context.
 * - `nearest-date`: several dated entries share it; the one nearest before the
 *   article's publish date wins (else the latest).
 * - `requires`: the alias only counts when one of `requires` entries is also
 *   found on the page through its own unconditional aliases.
 */
export interface AliasRule {
  alias: string;
  rule: 'nearest-date' | 'requires';
  requires?: string[];
}

export interface Entry {
  id: string;
  kind: EntryKind;
  name: string;
  /** Hangul name for display, when there is one. */
  hangul?: string;
  /** Every form a newspaper uses; all-caps forms are matched case-sensitively. */
  aliases: string[];
  /**
   * Surnames and short forms ("Moon", "Lankov") that count only after the
   * entry was found on the same page by a full alias; matched case-sensitively.
   */
  shortForms?: string[];
  aliasRules?: AliasRule[];
  country?: Country;
  eventType?: EventType;
  date?: IsoDate;
  start?: IsoDate;
  end?: IsoDate;
  place?: string;
  /** For people: office and years, e.g. "President of South Korea (2017–2022)". */
  role?: string;
  /** People: every significant office or post, oldest first. */
  roles?: Role[];
  /** Events: one line (≤ 100 characters) written for a timeline row. */
  headline?: string;
  summary: string;
  outcome?: string;
  accounts?: Account[];
  /** A note on sources that disagree about a date, and which was preferred. */
  dateNote?: string;
  related: string[];
  /** Topics only: event ids in date order. */
  timeline?: string[];
  /** Agreements: the main provisions and what became of each. */
  provisions?: Provision[];
  sources: Source[];
  reviewed: IsoDate;
}

export interface CorpusMeta {
  version: string;
  asOf: IsoDate;
}

export interface Corpus extends CorpusMeta {
  entries: Entry[];
}

/** The date that places an entry on a time axis (its date or its start). */
export function entryDate(e: Pick<Entry, 'date' | 'start'>): IsoDate | undefined {
  return e.date ?? e.start;
}
