/**
 * UI strings in English and Korean, from the same _locales files the browser
 * reads, so the language setting can override the browser's own locale.
 */
import en from '../_locales/en/messages.json';
import ko from '../_locales/ko/messages.json';

export type MessageKey = keyof typeof en;
type Dict = Record<string, { message: string }>;
const DICTS: Record<'en' | 'ko', Dict> = { en, ko };

let current: 'en' | 'ko' = 'en';

export function setLanguage(lang: 'en' | 'ko'): void {
  current = lang;
}

export function language(): 'en' | 'ko' {
  return current;
}

/** A UI string; $1, $2… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const m = DICTS[current][key]?.message ?? DICTS.en[key]?.message ?? key;
  return m.replace(/\$(\d)/g, (_, d) => String(subs[+d - 1] ?? ''));
}

/**
 * A UI string for a count: `key` + "One" when n is 1 and that form exists (English), else `key`.
 * Korean has no plural; its "One" forms just repeat the number. $1 is n, $2… are `subs`.
 */
export function tn(key: MessageKey, n: number, ...subs: (string | number)[]): string {
  const one = (key + 'One') as MessageKey;
  const k = n === 1 && (DICTS[current][one] ?? DICTS.en[one]) ? one : key;
  return t(k, n, ...subs);
}
