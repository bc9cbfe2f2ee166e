/** Inputs for dating an article, as read from the page. */
export interface DateSignals {
  metaPublished: string[];
  jsonLdPublished: string[];
  timeElements: string[];
  url: string;
}

/** Normalises a date-ish string to YYYY-MM-DD, or null. Keeps the publisher's local date. */
export function toIsoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(T|$)/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  const t = Date.parse(s);
  if (!Number.isNaN(t) && /[A-Za-z]{3}/.test(s) && /\d{4}/.test(s)) {
    const d = new Date(t);
    return validDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  return null;
}

function validDay(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > dim) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date in the URL path: /2019/08/05/, /2019-08-05-, /20190805/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=$|[/_.-])/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|\d{2,})/.exec(path);
  return m ? validDay(+m[1], +m[2], +m[3]) : null;
}

/** The article's publish date: meta, then JSON-LD, then <time>, then the URL; null when unknown. */
export function publishDate(s: DateSignals): string | null {
  for (const list of [s.metaPublished, s.jsonLdPublished, s.timeElements]) {
    for (const raw of list) {
      const d = toIsoDay(raw);
      if (d) return d;
    }
  }
  return dateFromUrl(s.url);
}
