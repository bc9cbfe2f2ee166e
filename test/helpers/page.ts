// Page-side helpers for the kc-host test contract.
import type { Page } from 'puppeteer-core';

export interface HostInfo {
  count: number;
  status: string | null;
  matches: number;
  entries: number;
  open: boolean;
}

export async function hostInfo(page: Page): Promise<HostInfo> {
  return page.evaluate(() => {
    const hosts = document.documentElement.querySelectorAll(':scope > kc-host');
    const h = hosts[0];
    return {
      count: hosts.length,
      status: h?.getAttribute('data-kc-status') ?? null,
      matches: Number(h?.getAttribute('data-kc-matches') ?? 0),
      entries: Number(h?.getAttribute('data-kc-entries') ?? 0),
      open: !!h?.shadowRoot,
    };
  });
}

export async function waitForActive(page: Page, timeout = 30_000): Promise<HostInfo> {
  await page.waitForFunction(
    () => {
      const h = document.documentElement.querySelector(':scope > kc-host');
      return h?.getAttribute('data-kc-status') === 'active' && Number(h.getAttribute('data-kc-matches')) > 0;
    },
    { timeout, polling: 100 },
  );
  return hostInfo(page);
}

/** Every highlighted mention painted through CSS.highlights: text and the centre of its first box. */
export async function mentions(page: Page): Promise<{ name: string; text: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; x: number; y: number }[] = [];
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!reg) return out;
    reg.forEach((hl, name) => {
      if (!name.startsWith('kc-mention')) return;
      hl.forEach((r) => {
        const rect = r.getClientRects()[0];
        out.push({ name, text: r.toString(), x: rect ? rect.left + rect.width / 2 : -1, y: rect ? rect.top + rect.height / 2 : -1 });
      });
    });
    return out;
  });
}

/** Scrolls a mention into view and returns its viewport centre. */
export async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((text) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, hl] of reg) {
      if (!name.startsWith('kc-mention')) continue;
      for (const r of hl) {
        if (r.toString() !== text) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!p) throw new Error('no highlighted mention "' + text + '"');
  return p;
}

/** The open card's accessible name (aria-labelledby text), or null. */
export async function cardName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement.querySelector(':scope > kc-host')?.shadowRoot;
    const d = root?.querySelector('[role="dialog"].kc-card');
    if (!d) return null;
    const id = d.getAttribute('aria-labelledby');
    return (id ? root!.getElementById(id)?.textContent : d.getAttribute('aria-label'))?.trim() ?? null;
  });
}

export async function waitForCard(page: Page, name?: string, timeout = 10_000): Promise<string> {
  await page.waitForFunction(
    (name) => {
      const root = document.documentElement.querySelector(':scope > kc-host')?.shadowRoot;
      const d = root?.querySelector('[role="dialog"].kc-card');
      if (!d) return false;
      const id = d.getAttribute('aria-labelledby');
      const n = (id ? root!.getElementById(id)?.textContent : '')?.trim();
      return name ? n === name : !!n;
    },
    { timeout, polling: 100 },
    name ?? null,
  );
  return (await cardName(page))!;
}

export async function waitNoCard(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.querySelector(':scope > kc-host')?.shadowRoot?.querySelector('[role="dialog"].kc-card'), {
    timeout,
    polling: 100,
  });
}

/** Evaluates inside the extension's shadow root. */
export async function inShadow<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const root = document.documentElement.querySelector(':scope > kc-host').shadowRoot; ${fn} })()`) as Promise<T>;
}
