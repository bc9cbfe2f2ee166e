/** The lookup behind UI strings: a key in the reader's language (English as the fallback), $1, $2… filled in. */
type Dict = Record<string, { message: string } | undefined>;
export type Language = 'en' | 'ko';

/** A translator over these dictionaries; each bundle makes its own (each has its own language state). */
export function translator<K extends string>(dicts: Record<Language, Dict>) {
  let current: Language = 'en';
  const t = (key: K, ...subs: (string | number)[]): string => {
    const m = dicts[current][key]?.message ?? dicts.en[key]?.message ?? key;
    return m.replace(/\$(\d)/g, (_, d) => String(subs[+d - 1] ?? ''));
  };
  return {
    t,
    /**
     * A string for a count: `key` + "One" when n is 1 and that form exists (English), else `key`.
     * Korean has no plural; its "One" forms just repeat the number. $1 is n, $2… are `subs`.
     */
    tn(key: K, n: number, ...subs: (string | number)[]): string {
      const one = `${key}One`;
      const k = n === 1 && (dicts[current][one] ?? dicts.en[one]) ? (one as K) : key;
      return t(k, n, ...subs);
    },
    setLanguage(lang: Language): void {
      current = lang;
    },
    language: (): Language => current,
  };
}
