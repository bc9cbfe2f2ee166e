// Chromium only: reach into a closed shadow root over CDP (a page script cannot), to show that what
// a page could do with a reference — synthetic clicks and keys — does nothing in a release build.
import type { CDPSession, Page } from 'puppeteer-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function attr(n: DomNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* walk(c);
}

/** A node matching `test` anywhere in the page, closed shadow roots included. */
export async function findPierced(cdp: CDPSession, test: (n: DomNode) => boolean, within?: (n: DomNode) => boolean): Promise<number | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  for (const n of walk(root)) {
    if (within && !within(n)) continue;
    if (!within && test(n)) return n.backendNodeId;
    if (within) for (const m of walk(n)) if (test(m)) return m.backendNodeId;
  }
  return null;
}

export const isCardDialog = (n: DomNode) => attr(n, 'role') === 'dialog' && (attr(n, 'class') ?? '').split(' ').includes('kc-card');
export const hasClass = (c: string) => (n: DomNode) => (attr(n, 'class') ?? '').split(' ').includes(c);

/** Runs `fn` with `this` bound to the node, in the page's own world (as a page script would). */
export async function callOnNode(cdp: CDPSession, backendNodeId: number, fn: string): Promise<unknown> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  const r = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as {
    result: { value: unknown };
  };
  return r.result.value;
}

/** Centre of a node in viewport coordinates. */
export async function nodeCentre(cdp: CDPSession, backendNodeId: number): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
  const q = model.border;
  return { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2 };
}

export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  return cdp;
}
