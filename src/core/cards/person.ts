/** A person's posts at the article's date and now, from their dated `roles`. */
import type { Role } from '../corpus/types';
import { formatSpan, spanCovers, type Lang } from './dates';

export interface RoleLine {
  title: string;
  /** "2017–2022", "since 10 May 2022". */
  span: string;
}

export interface PersonRoles {
  /** Posts held on the article's date; absent when the date is unknown. */
  atArticle?: RoleLine[];
  /** Posts held on the corpus date. Empty when none is recorded. */
  now: RoleLine[];
  /** The last post held, when none is current. */
  last?: RoleLine;
  /** Then and now are the same posts. */
  unchanged: boolean;
  /** Every post, oldest first. */
  all: RoleLine[];
}

const line = (r: Role, lang: Lang): RoleLine => ({ title: r.title, span: formatSpan(r.start, r.end, lang) });

/** Posts held on `date`, at the precision each role gives (a role ending "2022" covers all of 2022). */
export function rolesAt(roles: Role[], date: string): Role[] {
  return roles.filter((r) => spanCovers(r.start, r.end, date));
}

/**
 * Who a person was at the article's date and who they are at the corpus date. Null without roles
 * (the card then shows the person's `role` line as before).
 */
export function personRoles(roles: Role[] | undefined, articleDate: string | null, asOf: string, lang: Lang): PersonRoles | null {
  if (!roles?.length) return null;
  const sorted = [...roles].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const nowRoles = rolesAt(sorted, asOf);
  const thenRoles = articleDate ? rolesAt(sorted, articleDate) : undefined;
  const ended = sorted.filter((r) => r.end).sort((a, b) => (a.end! < b.end! ? 1 : -1));
  const key = (rs: Role[]) => rs.map((r) => r.title + r.start).join('|');
  return {
    atArticle: thenRoles?.map((r) => line(r, lang)),
    now: nowRoles.map((r) => line(r, lang)),
    last: !nowRoles.length && ended.length ? line(ended[0], lang) : undefined,
    unchanged: !!thenRoles && thenRoles.length > 0 && key(thenRoles) === key(nowRoles),
    all: sorted.map((r) => line(r, lang)),
  };
}
