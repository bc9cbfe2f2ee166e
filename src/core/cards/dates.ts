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

/** "2017–2022", "27–28 Feb 2019", "since 2011". */
export function formatSpan(start?: string, end?: string, lang: Lang = 'en'): string {
  if (start && end) {
    if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7) && lang === 'en')
      return `${+start.slice(8)}–${formatDate(end)}`;
    return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
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
export function monthsBetween(a: string, b: string): number {
  const [ay, am = 6] = a.split('-').map(Number);
  const [by, bm = 6] = b.split('-').map(Number);
  return (by - ay) * 12 + (bm - am);
}

/** "3 years later", "5 months later", "the same month"; Korean forms. */
export function gapLabel(from: string, to: string, lang: Lang = 'en'): string {
  const months = monthsBetween(from, to);
  const abs = Math.abs(months);
  const later = months >= 0;
  if (abs < 1) return lang === 'ko' ? '같은 달' : 'the same month';
  const years = Math.floor(abs / 12);
  const unit = years >= 1 ? { n: years, en: years === 1 ? 'year' : 'years', ko: '년' } : { n: abs, en: abs === 1 ? 'month' : 'months', ko: '개월' };
  if (lang === 'ko') return `${unit.n}${unit.ko} ${later ? '후' : '전'}`;
  return `${unit.n} ${unit.en} ${later ? 'later' : 'earlier'}`;
}

/** Compares partial ISO dates: is `d` on or before `ref` at d's precision? */
export function onOrBefore(d: string, ref: string): boolean {
  return d <= ref.slice(0, d.length);
}
