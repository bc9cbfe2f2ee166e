import { ENTRY_KINDS, type EntryKind } from '../corpus/types';

export type SiteMode = 'auto' | 'on' | 'off';
export type Density = 'first' | 'all';
export type HighlightStyle = 'underline' | 'background' | 'none';
export type Sensitivity = 'strict' | 'normal' | 'everywhere';
export type Theme = 'system' | 'light' | 'dark';
export type Language = 'system' | 'en' | 'ko';

/** Every setting, fully populated. Storage holds only what differs from DEFAULTS. */
export interface Settings {
  enabled: boolean;
  /** Host patterns ("example.com", "*.example.com") to an explicit mode. */
  sites: Record<string, 'on' | 'off'>;
  categories: Record<EntryKind, boolean>;
  density: Density;
  style: HighlightStyle;
  sensitivity: Sensitivity;
  theme: Theme;
  language: Language;
  /** Cap on highlighted mentions per page. */
  maxHighlights: number;
  /** Whether local files (file:// pages) are read at all; off unless the reader turns it on. */
  filePages: boolean;
}

export const SETTINGS_VERSION = 2;
export const STORAGE_KEY = 'kc-settings';

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sites: {},
  categories: Object.fromEntries(ENTRY_KINDS.map((k) => [k, true])) as Record<EntryKind, boolean>,
  density: 'first',
  style: 'underline',
  sensitivity: 'normal',
  theme: 'system',
  language: 'system',
  maxHighlights: 500,
  filePages: false,
});

/** The stored form: a version and only the user's changes. */
export interface StoredSettings {
  version: number;
  values: Partial<Settings>;
}

const ENUMS: Partial<Record<keyof Settings, readonly string[]>> = {
  density: ['first', 'all'],
  style: ['underline', 'background', 'none'],
  sensitivity: ['strict', 'normal', 'everywhere'],
  theme: ['system', 'light', 'dark'],
  language: ['system', 'en', 'ko'],
};

/** A host pattern: a hostname, optionally prefixed by "*." for subdomains. */
export function normalizeSitePattern(raw: string): string | null {
  let s = String(raw).trim().toLowerCase();
  if (!s) return null;
  s = s
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  const wild = s.startsWith('*.');
  const host = wild ? s.slice(2) : s;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return null;
  return (wild ? '*.' : '') + host;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Repairs any value into valid settings: unknown keys dropped, wrong types and
 * out-of-range values replaced by defaults. Never throws. `problems` lists what was repaired.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const s: Settings = structuredCloneSettings(DEFAULTS);
  if (!isPlainObject(raw)) {
    if (raw !== undefined && raw !== null) problems.push('settings were not an object');
    return { settings: s, problems };
  }
  for (const [k, v] of Object.entries(raw)) {
    switch (k as keyof Settings) {
      case 'enabled':
      case 'filePages':
        if (typeof v === 'boolean') s[k as 'enabled'] = v;
        else problems.push(k);
        break;
      case 'sites':
        if (isPlainObject(v)) {
          for (const [pat, mode] of Object.entries(v)) {
            const p = normalizeSitePattern(pat);
            if (p && (mode === 'on' || mode === 'off')) s.sites[p] = mode;
            else problems.push('sites.' + pat);
          }
        } else problems.push('sites');
        break;
      case 'categories':
        if (isPlainObject(v)) {
          for (const [kind, on] of Object.entries(v)) {
            if ((ENTRY_KINDS as readonly string[]).includes(kind) && typeof on === 'boolean') s.categories[kind as EntryKind] = on;
            else problems.push('categories.' + kind);
          }
        } else problems.push('categories');
        break;
      case 'maxHighlights':
        if (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5000) s.maxHighlights = Math.round(v);
        else problems.push('maxHighlights');
        break;
      case 'density':
      case 'style':
      case 'sensitivity':
      case 'theme':
      case 'language': {
        const key = k as 'density';
        if (typeof v === 'string' && ENUMS[key]!.includes(v)) (s as unknown as Record<string, unknown>)[key] = v;
        else problems.push(k);
        break;
      }
      default:
        problems.push('unknown key ' + k);
    }
  }
  return { settings: s, problems };
}

function structuredCloneSettings(s: Readonly<Settings>): Settings {
  return { ...s, sites: { ...s.sites }, categories: { ...s.categories } };
}

type Migration = (values: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n values into version n+1. */
export const MIGRATIONS: Record<number, Migration> = {
  // v1 (the first release) kept disabled sites as a list and one "highlight" flag.
  1: (v) => {
    const out: Record<string, unknown> = { ...v };
    if (Array.isArray(v.disabledSites)) {
      const sites: Record<string, string> = {};
      for (const h of v.disabledSites) if (typeof h === 'string') sites[h] = 'off';
      out.sites = sites;
    }
    delete out.disabledSites;
    if (v.highlight === false) out.style = 'none';
    delete out.highlight;
    return out;
  },
};

/** Brings any stored blob to the current version; unreadable blobs become defaults. */
export function migrate(stored: unknown): { settings: Settings; problems: string[]; migrated: boolean } {
  if (!isPlainObject(stored)) {
    const r = validateSettings(undefined);
    if (stored !== undefined && stored !== null) r.problems.push('stored settings were not an object');
    return { ...r, migrated: false };
  }
  let version = typeof stored.version === 'number' && Number.isInteger(stored.version) ? stored.version : 1;
  let values: Record<string, unknown> = isPlainObject(stored.values) ? stored.values : stored.version === undefined ? { ...stored } : {};
  const problems: string[] = [];
  if (version > SETTINGS_VERSION || version < 1) {
    problems.push('unknown settings version ' + String(stored.version));
    version = SETTINGS_VERSION;
  }
  const migrated = version < SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    try {
      values = MIGRATIONS[version](values);
    } catch {
      problems.push('migration from v' + version + ' failed');
      values = {};
    }
    version++;
  }
  const r = validateSettings(values);
  return { settings: r.settings, problems: [...problems, ...r.problems], migrated };
}

/** Only the values that differ from the defaults, ready to store. */
export function diffFromDefaults(s: Settings): StoredSettings {
  const values: Partial<Settings> = {};
  for (const k of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    if (JSON.stringify(s[k]) !== JSON.stringify(DEFAULTS[k])) (values as Record<string, unknown>)[k] = s[k];
  }
  return { version: SETTINGS_VERSION, values };
}

/** The explicit mode for a host: exact pattern first, then the most specific wildcard. */
export function siteMode(s: Settings, hostname: string): SiteMode {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const direct = s.sites[host] ?? s.sites[hostname.toLowerCase()];
  if (direct) return direct;
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const m = s.sites['*.' + parts.slice(i).join('.')];
    if (m) return m;
  }
  return 'auto';
}

/** Returns settings with the host's mode set ('auto' removes the explicit entry). */
export function withSiteMode(s: Settings, hostname: string, mode: SiteMode): Settings {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const sites = { ...s.sites };
  delete sites[host];
  if (mode !== 'auto') sites[host] = mode;
  return { ...s, sites };
}

/** Parses an exported settings file. Throws a readable Error for bad input; never partial. */
export function parseImport(json: string): Settings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!isPlainObject(data) || data.app !== 'korea-context' || !isPlainObject(data.settings)) {
    throw new Error('not a Korea Context settings file');
  }
  const r = migrate(data.settings);
  if (r.problems.length) throw new Error('invalid values: ' + r.problems.slice(0, 5).join(', '));
  return r.settings;
}

/** The export file's content. */
export function exportSettings(s: Settings): string {
  return JSON.stringify({ app: 'korea-context', exported: new Date().toISOString(), settings: diffFromDefaults(s) }, null, 2);
}

/** The theme to show: the reader's choice, or the OS theme for "system". */
export function resolveTheme(theme: Theme, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'dark' || theme === 'light') return theme;
  return prefersDark ? 'dark' : 'light';
}

/** The UI language to show: the reader's choice, or the browser's UI language for "system". */
export function resolveLanguage(pref: Language, uiLanguage: string | undefined): 'en' | 'ko' {
  if (pref === 'en' || pref === 'ko') return pref;
  return uiLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
