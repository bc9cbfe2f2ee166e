// Page-side helpers for the card's first screen: mentions by substring, geometry of the open card.
import type { Page } from 'puppeteer-core';

/**
 * Scrolls the first highlighted mention whose text contains `text` (any of them, case-insensitive,
 * in the order given) into view; returns its viewport centre.
 */
export async function mentionContaining(page: Page, text: string | string[], block: 'center' | 'start' = 'center'): Promise<{ x: number; y: number }> {
  const wanted = (Array.isArray(text) ? text : [text]).map((x) => x.toLowerCase());
  await scrollSettled(page);
  const p = await page.evaluate(
    (wanted, block) => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const all: Range[] = [];
      for (const [name, hl] of reg) if (name.startsWith('kc-')) for (const r of hl) all.push(r);
      for (const w of wanted) {
        for (const r of all) {
          if (!r.toString().toLowerCase().includes(w)) continue;
          (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block });
          const rect = r.getClientRects()[0];
          return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    wanted,
    block,
  );
  if (!p) throw new Error('no highlighted mention containing "' + text + '"');
  await scrollSettled(page);
  // The scroll may have moved the mention since it was measured: measure again.
  return (await page.evaluate((wanted) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const w of wanted)
      for (const [name, hl] of reg)
        if (name.startsWith('kc-'))
          for (const r of hl)
            if (r.toString().toLowerCase().includes(w)) {
              const rect = r.getClientRects()[0];
              return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
            }
    return null;
  }, wanted))!;
}

/** Waits until the page has not scrolled for a few frames (focus return may scroll smoothly). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = scrollY;
        let still = 0;
        const t0 = performance.now();
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 6 || performance.now() - t0 > 3000) done();
          else setTimeout(tick, 20);
        };
        tick();
      }),
  );
}

export interface CardGeometry {
  /** The card's box in the viewport (whose width excludes a classic scrollbar). */
  card: { top: number; bottom: number; left: number; right: number; width: number; height: number };
  /** Scroll container: scrollTop and the full height of its content. */
  scrollTop: number;
  contentHeight: number;
  viewport: { width: number; height: number };
  /** The "Since this article" heading's box, or null. */
  since: { top: number; bottom: number } | null;
  sheet: boolean;
}

/** Where the open card and its "since this article" heading are (after its opening animation). */
export async function cardGeometry(page: Page): Promise<CardGeometry> {
  return page.evaluate(async () => {
    const root = document.documentElement.querySelector(':scope > kc-host')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.kc-card')!;
    await Promise.all(card.getAnimations().map((a) => a.finished.catch(() => null)));
    const scroll = card.querySelector<HTMLElement>('.kc-card-scroll') ?? card;
    const r = card.getBoundingClientRect();
    const s = root.querySelector('.kc-split-after')?.getBoundingClientRect();
    return {
      card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height },
      scrollTop: scroll.scrollTop,
      contentHeight: scroll.scrollHeight,
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      since: s ? { top: s.top, bottom: s.bottom } : null,
      sheet: card.classList.contains('kc-sheet'),
    };
  });
}

/** Text of the element focused inside the shadow root, described briefly. */
export async function focusedInCard(page: Page): Promise<{ inCard: boolean; tag: string; label: string }> {
  return page.evaluate(() => {
    const root = document.documentElement.querySelector(':scope > kc-host')!.shadowRoot!;
    const a = root.activeElement as HTMLElement | null;
    return {
      inCard: !!a?.closest('.kc-card'),
      tag: a?.tagName.toLowerCase() ?? '',
      label: a?.getAttribute('aria-label') ?? a?.textContent?.trim().slice(0, 60) ?? '',
    };
  });
}
