/**
 * THE activation rule: whether Korea Context shows itself on a page. The gate and the background (before any
 * detection), the page session (after it) and the analyze CLI all ask this one module.
 */
import type { Detection } from './detection/detect';
import { siteMode, type Sensitivity, type Settings, type SiteMode } from './settings/settings';

export type ActivationReason = 'detected' | 'forced-on' | 'not-korea' | 'not-article' | 'site-off' | 'global-off' | 'loading';

export interface ActivationInput {
  enabled: boolean;
  siteMode: SiteMode;
  sensitivity: Sensitivity;
  /** Absent while detection has not run yet. */
  detection?: Pick<Detection, 'isArticle' | 'korea'> | null;
  /** Corpus mentions found in the article text (for "everywhere", which needs at least one). */
  mentions?: number;
}

export interface Verdict {
  active: boolean;
  reason: ActivationReason;
}

/** The part of the rule that needs no page reading: off, forced on, or "look at the page". */
export function preVerdict(enabled: boolean, siteMode: SiteMode): 'off' | 'forced' | 'auto' {
  if (!enabled || siteMode === 'off') return 'off';
  return siteMode === 'on' ? 'forced' : 'auto';
}

/**
 * The same rule from a page's address alone (the background, before anything runs on the page): off
 * for a page that is not a web page (or a local file without the reader's switch).
 */
export function addressVerdict(s: Settings, url: string): 'off' | 'forced' | 'auto' {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'off';
  }
  const readable = u.protocol === 'https:' || u.protocol === 'http:' || (u.protocol === 'file:' && s.filePages);
  return readable ? preVerdict(s.enabled, siteMode(s, u.hostname)) : 'off';
}

/** Decides whether the page is active and why. Pure; never throws. */
export function shouldActivate(i: ActivationInput): Verdict {
  if (!i.enabled) return { active: false, reason: 'global-off' };
  if (i.siteMode === 'off') return { active: false, reason: 'site-off' };
  if (i.siteMode === 'on') return { active: true, reason: 'forced-on' };
  const d = i.detection;
  if (!d) return { active: false, reason: 'loading' };
  if (i.sensitivity === 'everywhere') {
    return (i.mentions ?? 0) > 0 || d.korea.related ? { active: true, reason: 'detected' } : { active: false, reason: 'not-korea' };
  }
  if (!d.korea.related) return { active: false, reason: 'not-korea' };
  if (!d.isArticle) return { active: false, reason: 'not-article' };
  return { active: true, reason: 'detected' };
}
