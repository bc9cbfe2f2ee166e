/** Date helpers for cards: labels and gaps, at the precision the corpus gives. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_KO = ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'];

export type Lang = 'en' | 'ko';

/** "27 Apr 2018", "Apr 2018", "2018"; Korean "2018년 4월 27일". */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'ko') return [y + '년', m ? MONTHS_KO[+m - 1] : '', d ? +d + '일' : ''].filter(Boolean).join(' ');
  if (!m) return y;
  if (!d) return `${MONTHS[+m - 1]} ${y}`;
  return `${+d} ${MONTHS[+m - 1]} ${y}`;
}

/**
 * A period: "27–28 Feb 2019" within a month, "10 Jan – 3 Mar 2018" within a year, "2003–2016"
 * across years (a closed thing reads as its years), "since 30 Jun 2003" while it lasts.
 */
export function formatSpan(start?: string, end?: string, lang: Lang = 'en'): string {
  if (start && end) {
    if (start === end) return formatDate(start, lang);
    const sy = start.slice(0, 4);
    const ey = end.slice(0, 4);
    if (sy !== ey) return lang === 'ko' ? `${sy}–${ey}년` : `${sy}–${ey}`;
    if (lang === 'ko') return `${formatDate(start, lang)} – ${formatDate(end, lang).replace(/^\d+년 /, '')}`;
    if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) return `${+start.slice(8)}–${formatDate(end)}`;
    if (start.length >= 7 && end.length >= 7) return `${formatDate(start).replace(/ \d{4}$/, '')} – ${formatDate(end)}`;
    return `${formatDate(start)} – ${formatDate(end)}`;
  }
  if (start) return lang === 'ko' ? `${formatDate(start, lang)}부터` : `since ${formatDate(start)}`;
  if (end) return lang === 'ko' ? `${formatDate(end, lang)}까지` : `until ${formatDate(end)}`;
  return '';
}

/** Fractional year of a partial ISO date (mid-period for coarse precision). */
export function yearFraction(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return y + 0.5;
  if (!d) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** Whole months from a to b (b later), at the coarser precision of the two. */
function monthsBetween(a: string, b: string): number {
  const [ay, am = 6] = a.split('-').map(Number);
  const [by, bm = 6] = b.split('-').map(Number);
  return (by - ay) * 12 + (bm - am);
}

const EN_UNITS = { y: ['year', 'years'], m: ['month', 'months'] } as const;
const en = (n: number, u: 'y' | 'm') => `${n} ${EN_UNITS[u][n === 1 ? 0 : 1]}`;

/**
 * How long after (or before) `from` the date `to` is, rounded the way a person would say it:
 * "5 months later"; under five years to the month, a month either side of a whole year counting as
 * that year ("3 years later" for 3y1m, "almost 4 years later" for 3y10m, else "2 years 6 months
 * later"); beyond that to the year, saying which way it leans ("almost 8 years", "over 7 years").
 * A date known only to the year gives whole years ("2 years later", "the same year").
 */
export function gapLabel(from: string, to: string, lang: Lang = 'en'): string {
  const later = from.slice(0, to.length) <= to || to.slice(0, from.length) >= from;
  const dir = (s: string) => (lang === 'ko' ? `${s} ${later ? '후' : '전'}` : `${s} ${later ? 'later' : 'earlier'}`);
  if (from.length === 4 || to.length === 4) {
    const years = Math.abs(+to.slice(0, 4) - +from.slice(0, 4));
    if (!years) return lang === 'ko' ? '같은 해' : 'the same year';
    return dir(lang === 'ko' ? `${years}년` : en(years, 'y'));
  }
  const abs = Math.abs(monthsBetween(from, to));
  if (abs < 1) return lang === 'ko' ? '같은 달' : 'the same month';
  if (abs < 12) return dir(lang === 'ko' ? `${abs}개월` : en(abs, 'm'));
  const y = Math.floor(abs / 12);
  const r = abs % 12;
  const short = abs < 60;
  if (r <= (short ? 1 : 2)) return dir(lang === 'ko' ? `${y}년` : en(y, 'y'));
  if (r >= (short ? 10 : 9)) return dir(lang === 'ko' ? `거의 ${y + 1}년` : `almost ${en(y + 1, 'y')}`);
  if (short) return dir(lang === 'ko' ? `${y}년 ${r}개월` : `${en(y, 'y')} ${en(r, 'm')}`);
  return dir(lang === 'ko' ? `${y}년여` : `over ${en(y, 'y')}`);
}

/** Compares partial ISO dates: is `d` on or before `ref` at d's precision? */
export function onOrBefore(d: string, ref: string): boolean {
  return d <= ref.slice(0, d.length);
}

/** Is a period [start, end] (end open when absent) under way on `d`, at each date's own precision? */
export function spanCovers(start: string | undefined, end: string | undefined, d: string): boolean {
  if (start && !onOrBefore(start, d)) return false;
  if (end && end < d.slice(0, end.length)) return false;
  return true;
}
