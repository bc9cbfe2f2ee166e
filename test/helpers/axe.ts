// Runs axe-core (WCAG 2.x A/AA rules) inside a page, including open shadow roots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Violations inside `selector` (default: the extension's host). */
export async function axeViolations(page: Page, selector = 'kc-host'): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(
      { include: [[selector]] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector);
}

/** Landmark rules over the whole page (duplicate banners, content info, unnamed duplicates): ids of the failing nodes. */
export async function landmarkViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } })
      .axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'rule',
        values: [
          'landmark-no-duplicate-banner',
          'landmark-no-duplicate-contentinfo',
          'landmark-no-duplicate-main',
          'landmark-unique',
          'landmark-banner-is-top-level',
          'landmark-contentinfo-is-top-level',
        ],
      },
      resultTypes: ['violations'],
    });
    return r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + JSON.stringify(n.target))).sort();
  });
}
