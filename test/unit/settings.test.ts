import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULTS,
  diffFromDefaults,
  exportSettings,
  migrate,
  normalizeSitePattern,
  parseImport,
  siteMode,
  SETTINGS_VERSION,
  validateSettings,
  withSiteMode,
} from '../../src/core/settings/settings';
import { loadSettings, saveSettings, watchSettings, type StorageLike } from '../../src/platform/settings-store';

function memoryStorage(
  opts: { syncFails?: boolean; initial?: Record<string, unknown> } = {},
): StorageLike & { data: { sync: Record<string, unknown>; local: Record<string, unknown> } } {
  const data = { sync: {} as Record<string, unknown>, local: { ...(opts.initial ?? {}) } };
  const area = (name: 'sync' | 'local') => ({
    async get(k: string) {
      if (name === 'sync' && opts.syncFails) throw new Error('sync unavailable');
      return k in data[name] ? { [k]: data[name][k] } : {};
    },
    async set(items: Record<string, unknown>) {
      if (name === 'sync' && opts.syncFails) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data[name], structuredClone(items));
    },
    async remove(k: string) {
      delete data[name][k];
    },
  });
  return { data, sync: area('sync'), local: area('local'), onChanged: { addListener() {}, removeListener() {} } };
}

describe('settings', () => {
  it('stores only what the user changed', () => {
    expect(diffFromDefaults({ ...DEFAULTS, sites: {}, categories: { ...DEFAULTS.categories } }).values).toEqual({});
    const s = { ...DEFAULTS, density: 'all' as const, sites: { 'a.com': 'off' as const }, categories: { ...DEFAULTS.categories } };
    expect(diffFromDefaults(s)).toEqual({ version: SETTINGS_VERSION, values: { density: 'all', sites: { 'a.com': 'off' } } });
  });
  it('migrates the v1 shape', () => {
    const r = migrate({ version: 1, values: { disabledSites: ['news.example', 'x.org'], highlight: false, enabled: true } });
    expect(r.migrated).toBe(true);
    expect(r.settings.sites).toEqual({ 'news.example': 'off', 'x.org': 'off' });
    expect(r.settings.style).toBe('none');
    // An unversioned v1 blob (values at the top level).
    expect(migrate({ disabledSites: ['a.com'] }).settings.sites).toEqual({ 'a.com': 'off' });
  });
  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['wrong types', { version: 2, values: { enabled: 'yes', density: 7, sites: 'x', categories: [], maxHighlights: -5, theme: 'neon' } }],
    ['unknown keys', { version: 2, values: { foo: 1, bar: { baz: 2 } } }],
    ['a future version', { version: 99, values: { enabled: false } }],
    ['bad site patterns', { version: 2, values: { sites: { 'not a host!': 'off', 'ok.com': 'sometimes', 'good.com': 'on' } } }],
    ['bad categories', { version: 2, values: { categories: { person: 'no', martian: true, place: false } } }],
    ['partial', { version: 2, values: { density: 'first' } }],
    ['values not an object', { version: 2, values: 'x' }],
  ])('repairs corrupted storage: %s', (_n, raw) => {
    const r = migrate(raw);
    expect(() => validateSettings(r.settings)).not.toThrow();
    expect(validateSettings(r.settings).problems).toEqual([]);
  });
  it('keeps valid values next to corrupted ones', () => {
    const r = migrate({
      version: 2,
      values: { sites: { 'not a host!': 'off', 'good.com': 'on' }, categories: { person: 'no', place: false }, density: 'first', theme: 'neon' },
    });
    expect(r.settings.sites).toEqual({ 'good.com': 'on' });
    expect(r.settings.categories.place).toBe(false);
    expect(r.settings.categories.person).toBe(true);
    expect(r.settings.density).toBe('first');
    expect(r.settings.theme).toBe('system');
    expect(r.problems.length).toBeGreaterThan(0);
  });
  it('never throws on any stored value (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = migrate(x);
        expect(validateSettings(r.settings).problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
  it('matches sites with wildcards, exact first', () => {
    const s = { ...DEFAULTS, sites: { '*.example.com': 'off' as const, 'news.example.com': 'on' as const } };
    expect(siteMode(s, 'news.example.com')).toBe('on');
    expect(siteMode(s, 'blog.example.com')).toBe('off');
    expect(siteMode(s, 'example.com')).toBe('off');
    expect(siteMode(s, 'www.other.org')).toBe('auto');
    expect(siteMode(withSiteMode(s, 'www.other.org', 'on'), 'other.org')).toBe('on');
    expect(siteMode(withSiteMode(s, 'news.example.com', 'auto'), 'news.example.com')).toBe('off');
  });
  it('normalises site patterns', () => {
    expect(normalizeSitePattern('https://News.Example.com/path?q')).toBe('news.example.com');
    expect(normalizeSitePattern('*.example.com')).toBe('*.example.com');
    expect(normalizeSitePattern('not a host')).toBeNull();
    expect(normalizeSitePattern('')).toBeNull();
  });
  it('round-trips export and import; rejects bad files without partial changes', () => {
    const s = { ...DEFAULTS, density: 'first' as const, sites: { 'a.com': 'off' as const }, categories: { ...DEFAULTS.categories, term: false } };
    expect(parseImport(exportSettings(s))).toEqual(s);
    expect(() => parseImport('{nope')).toThrow(/JSON/);
    expect(() => parseImport('{"app":"other"}')).toThrow(/not a Korea Context/);
    expect(() => parseImport(JSON.stringify({ app: 'korea-context', settings: { version: 2, values: { density: 'weird' } } }))).toThrow(/invalid/);
  });
  it('saves to sync, falls back to local, and reads back', async () => {
    const st = memoryStorage();
    const s = { ...DEFAULTS, density: 'first' as const, sites: {}, categories: { ...DEFAULTS.categories } };
    expect(await saveSettings(st, s)).toBe('sync');
    expect((await loadSettings(st)).settings.density).toBe('first');
    const bad = memoryStorage({ syncFails: true });
    expect(await saveSettings(bad, s)).toBe('local');
    expect((await loadSettings(bad)).settings.density).toBe('first');
    // Both areas are read at once; local (written where sync failed) wins over sync.
    const both = memoryStorage();
    both.data.sync['kc-settings'] = diffFromDefaults({ ...s, density: 'all' });
    both.data.local['kc-settings'] = diffFromDefaults(s);
    expect((await loadSettings(both)).settings.density).toBe('first');
  });
  it('repairs a corrupted stored blob on load', async () => {
    const st = memoryStorage({ initial: { 'kc-settings': { version: 2, values: { enabled: 'maybe', density: 'first' } } } });
    const r = await loadSettings(st);
    expect(r.settings.enabled).toBe(true);
    expect(r.settings.density).toBe('first');
    expect(r.problems).toContain('enabled');
  });
  it('a slow older read never overwrites a newer one', async () => {
    // Reads take a snapshot when asked and answer after a delay the test picks: the first read answers last.
    const listeners: ((c: Record<string, { newValue?: unknown }>, a: string) => void)[] = [];
    const data: Record<string, unknown> = {};
    const delays = [60, 5, 5, 5];
    const area = {
      get: (k: string) => {
        const snap = k in data ? { [k]: structuredClone(data[k]) } : {};
        return new Promise<Record<string, unknown>>((r) => setTimeout(() => r(snap), delays.shift() ?? 0));
      },
      async set(items: Record<string, unknown>) {
        Object.assign(data, structuredClone(items));
        for (const l of listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), 'sync');
      },
    };
    const st: StorageLike = {
      sync: area,
      local: { get: async () => ({}), set: async () => {} },
      onChanged: { addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) },
    };
    const seen: string[] = [];
    const w = watchSettings(st, (s) => seen.push(s.density));
    await saveSettings(st, { ...DEFAULTS, density: 'all', sites: {}, categories: { ...DEFAULTS.categories } });
    await saveSettings(st, { ...DEFAULTS, sites: {}, categories: { ...DEFAULTS.categories } });
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toEqual(['first']);
    // invalidate() drops a read already under way.
    await saveSettings(st, { ...DEFAULTS, density: 'all', sites: {}, categories: { ...DEFAULTS.categories } });
    w.invalidate();
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual(['first']);
    w.stop();
    expect(listeners).toHaveLength(0);
  });
});
