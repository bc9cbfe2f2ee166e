/**
 * The alias index lives here, not in the reader's page: pages send the text they read and get back
 * where the names are. The index is read once per background start, from the data the build compiled.
 */
import browser from '../platform/browser';
import type { Handlers } from '../core/messages';
import { indexFrom, type CorpusIndex } from '../core/corpus/corpus-index';
import { decodeIndex, INDEX_FILE } from '../core/corpus/index-codec';
import { serveDetect, serveMatch } from '../core/matching/service';
import { senderTab } from './sender';
import { highlightCss } from './highlight-css';

let loading: Promise<CorpusIndex> | null = null;

/** The index, loaded on first use (and again after a failed load). */
export function matchIndex(): Promise<CorpusIndex> {
  loading ??= fetch(browser.runtime.getURL(INDEX_FILE))
    .then((r) => r.arrayBuffer())
    .then((buf) => {
      const { slim, index } = decodeIndex(buf);
      return indexFrom(slim, index);
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

/** Loads the index as the background starts, so the first page that asks does not wait for it. */
export function warmIndex(): void {
  void matchIndex().catch(() => undefined);
}

export const matchHandlers: Handlers = {
  'kc:detect': async (m, sender) => {
    const tabId = senderTab(sender);
    if (tabId === null) return null;
    const reply = serveDetect(await matchIndex(), m.req);
    // The style sheet goes in only where the page is active (the reply then carries its first names).
    if (m.css && reply.first) await highlightCss(tabId, m.css, false);
    return reply;
  },
  'kc:match': async (m, sender) => {
    const tabId = senderTab(sender);
    if (tabId === null) return null;
    const [reply] = await Promise.all([matchIndex().then((index) => serveMatch(index, m.req)), m.css ? highlightCss(tabId, m.css, false) : null]);
    return reply;
  },
};
