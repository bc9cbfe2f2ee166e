// The one activation rule: before reading a page (from its address and the settings), and after
// detection. The gate, the background and the page session all ask it.
import { describe, expect, it } from 'vitest';
import { addressVerdict, preVerdict, shouldActivate } from '../../src/core/activation';
import { DEFAULTS, withSiteMode } from '../../src/core/settings/settings';
import type { Detection } from '../../src/core/detection/detect';

const detection = (related: boolean, isArticle = true): Detection => ({
  isArticle,
  articleReasons: [],
  korea: { related, score: related ? 9 : 0, density: 0, coverage: 0, words: 500, strong: related, reasons: [] },
});

describe('the activation rule', () => {
  it('from the address: web pages auto, local files only with the switch, forced and off sites, the global switch', () => {
    const s = { ...DEFAULTS };
    expect(addressVerdict(s, 'https://news.example.com/a')).toBe('auto');
    expect(addressVerdict(s, 'http://news.example.com/a')).toBe('auto');
    expect(addressVerdict(s, 'file:///home/reader/article.html')).toBe('off');
    expect(addressVerdict({ ...s, filePages: true }, 'file:///home/reader/article.html')).toBe('auto');
    expect(addressVerdict(withSiteMode(s, 'news.example.com', 'on'), 'https://news.example.com/a')).toBe('forced');
    expect(addressVerdict(withSiteMode(s, 'news.example.com', 'off'), 'https://news.example.com/a')).toBe('off');
    expect(addressVerdict({ ...s, enabled: false }, 'https://news.example.com/a')).toBe('off');
    expect(addressVerdict(s, 'chrome://settings')).toBe('off');
    expect(addressVerdict(s, 'not a url')).toBe('off');
    expect(preVerdict(true, 'auto')).toBe('auto');
  });

  it('after detection: a Korea article activates, other pages and non-articles do not, a forced site always does', () => {
    const base = { enabled: true, siteMode: 'auto' as const, sensitivity: 'normal' as const };
    expect(shouldActivate({ ...base, detection: detection(true) })).toEqual({ active: true, reason: 'detected' });
    expect(shouldActivate({ ...base, detection: detection(false) })).toEqual({ active: false, reason: 'not-korea' });
    expect(shouldActivate({ ...base, detection: detection(true, false) })).toEqual({ active: false, reason: 'not-article' });
    expect(shouldActivate({ ...base, siteMode: 'on', detection: detection(false) })).toEqual({ active: true, reason: 'forced-on' });
    expect(shouldActivate({ ...base, enabled: false, detection: detection(true) })).toEqual({ active: false, reason: 'global-off' });
    expect(shouldActivate({ ...base, detection: null as unknown as Detection })).toEqual({ active: false, reason: 'loading' });
  });
});
