/**
 * Titles and surnames: "President Lee", "Unification Minister Kim", "the unification
 * minister", "이 대통령" resolve to a person by the article's date against the offices
 * the corpus records (`roles`, else the years in the `role` text).
 */
import type { Entry, IsoDate } from '../corpus/types';

export interface Term {
  title: string;
  start?: IsoDate;
  end?: IsoDate;
  /** No end: still in office. */
  open?: boolean;
}

/** A title alias and the dates it refers to its owner. */
export interface TitleAlias {
  text: string;
  start?: IsoDate;
  end?: IsoDate;
}

/** The offices of a person: `roles` when present, else parsed from `role` ("President of South Korea (2017–2022); …"). */
export function termsOf(e: Entry): Term[] {
  if (e.roles?.length) return e.roles.map((r) => ({ title: r.title, start: r.start, end: r.end, open: !r.end }));
  if (!e.role) return [];
  const out: Term[] = [];
  // Split on semicolons outside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of e.role) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  for (const part of parts) {
    const title = part.replace(/\(.*$/s, '').trim();
    const years = /\(([^)]*)\)/.exec(part)?.[1] ?? part;
    const re = /((?:19|20)\d{2})(\s*[–-]\s*((?:19|20)\d{2})?)?/g;
    let m: RegExpExecArray | null;
    let any = false;
    while ((m = re.exec(years))) {
      any = true;
      const open = !!m[2] && !m[3];
      const single = !m[2];
      const since = single && /\b(from|since|appointed|elected|took office)\b[^;]*$/i.test(years.slice(0, m.index + 4));
      out.push({ title, start: m[1], end: m[3] ?? (single && !since ? m[1] : undefined), open: open || since });
    }
    if (!any && title) out.push({ title });
  }
  return out;
}

/** The surname as English newspapers use it alone: the first word of a Korean name, else the last. */
export function surnameOf(e: Entry): string | null {
  const name = e.name.replace(/\s*\(.*\)$/, '');
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !/^[A-Z]/.test(words[0])) return null;
  const korean =
    e.country === 'KR' ||
    e.country === 'KP' ||
    /-/.test(words[words.length - 1]) ||
    (words.length === 3 && words.every((w) => /^[A-Z][a-z]+$/.test(w)) && e.hangul);
  const s = korean ? words[0] : words[words.length - 1];
  return /^[A-Z][a-z]+$/.test(s) && s.length >= 2 ? s : null;
}

/** The Hangul surname: the first syllable of a three-syllable Hangul name. */
export function hangulSurnameOf(e: Entry): string | null {
  const h = e.hangul ?? e.aliases.find((a) => /^[\uac00-\ud7a3]{3}$/.test(a));
  return h && /^[\uac00-\ud7a3]{3}$/.test(h) ? h[0] : null;
}

/** Offices whose holders newspapers call by title and surname, with the forms they use. */
const OFFICES: { re: RegExp; titles: string[]; bare?: string[]; hangul?: (sur: string) => string[] }[] = [
  {
    re: /\bPresident of (South Korea|the Republic of Korea|Korea)\b/i,
    titles: ['President', 'South Korean President', 'South Korea President'],
    hangul: (s) => [`${s} 대통령`],
  },
  { re: /\bPresident of the United States\b|\bUS President\b/i, titles: ['President', 'US President', 'U.S. President'] },
  { re: /\bUnification Minister\b|\bMinister of Unification\b/i, titles: ['Unification Minister'], bare: ['unification minister', '통일부 장관', '통일장관'] },
  { re: /\bForeign Minister\b|\bMinister of Foreign Affairs\b|\bSecretary of State\b/i, titles: ['Foreign Minister'] },
  { re: /\bDefen[cs]e Minister\b|\bMinister of (National )?Defen[cs]e\b/i, titles: ['Defense Minister', 'Defence Minister'] },
  { re: /\bPrime Minister\b/i, titles: ['Prime Minister'] },
  { re: /\bPremier\b/, titles: ['Premier'] },
  { re: /\bDirector of the National Intelligence Service\b/i, titles: ['NIS Director', 'NIS chief'] },
  { re: /\bSecretary of State\b/i, titles: ['Secretary of State'] },
  { re: /\bChairman of the (State Affairs Commission|Workers' Party)|\bGeneral Secretary of the Workers' Party/i, titles: ['Chairman', 'General Secretary'] },
];

/** Title aliases for a person, each with the dates of the office it names. */
export function titleAliases(e: Entry): TitleAlias[] {
  if (e.kind !== 'person') return [];
  const sur = surnameOf(e);
  const hs = hangulSurnameOf(e);
  const out: TitleAlias[] = [];
  for (const t of termsOf(e)) {
    for (const o of OFFICES) {
      const head = t.title.replace(/\(.*$/s, '');
      if (!o.re.test(head) || /\b(acting|vice|deputy|first vice)\b/i.test(head.split(/\bof\b/)[0])) continue;
      const when = { start: t.start, end: t.open ? undefined : t.end };
      if (sur) for (const p of o.titles) out.push({ text: `${p} ${sur}`, ...when });
      for (const b of o.bare ?? []) out.push({ text: b, ...when });
      if (hs && o.hangul) for (const h of o.hangul(hs)) out.push({ text: h, ...when });
    }
  }
  return out;
}

/** Does the term [start, end] (partial ISO dates; no end = open) cover the day? */
export function covers(start: IsoDate | undefined, end: IsoDate | undefined, day: string): boolean {
  if (start && day.slice(0, start.length) < start) return false;
  if (end && day.slice(0, end.length) > end) return false;
  return !!(start || end);
}
