/**
 * What a page session reads before it asks whether the page is active: the signals (the visible
 * text, in slices), the container it would paint, and the first chunk it would paint, which travels
 * with the detection request (an active page gets its first names in the same reply).
 */
import type { PageSignals } from '../core/detection/detect';
import type { DetectRequest } from '../core/matching/service';
import { MAX_MATCH_CHARS } from '../core/messages';
import { siteMode, type Settings } from '../core/settings/settings';
import { readHead, type HeadStart } from './paint-pass';
import { nextTask, runSliced, type SliceOptions } from './scheduler';
import { baseOptions } from './session-prefs';
import { startSignals } from './signals';
import { stylesReady } from './styles-ready';

export interface PageLook {
  signals: PageSignals;
  /** The main text's container (null: the whole body). */
  root: Element | null;
  /** The first chunk to paint, and the walker that goes on after it. */
  start: HeadStart | null;
}

export async function lookAtPage(slice: SliceOptions): Promise<PageLook> {
  // Visibility and the page's colours mean nothing before its style sheets apply.
  await stylesReady(document, slice.signal);
  const reading = startSignals(document, location.href);
  await runSliced(() => reading.walk.step(), slice);
  const { signals, root } = reading.finish();
  const paintRoot = root ?? document.body;
  // The first chunk is read in a task of its own (the walk's last slice may have used its budget).
  await nextTask(slice.signal);
  return { signals, root, start: paintRoot ? readHead(paintRoot) : null };
}

/** The detection request for what the page showed, with its first chunk and the reader's switches. */
export function detectRequest(look: PageLook, s: Settings): DetectRequest {
  const { signals, start } = look;
  const body = signals.body.slice(0, 4 * MAX_MATCH_CHARS);
  const req: DetectRequest = { signals: { ...signals, body }, sensitivity: s.sensitivity };
  if (start)
    req.first = {
      texts: start.maps.map((m) => m.text),
      options: baseOptions(s, signals.publishedAt),
      enabled: s.enabled,
      siteMode: siteMode(s, location.hostname),
    };
  return req;
}
