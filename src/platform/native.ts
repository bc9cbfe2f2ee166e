/**
 * The browser's own extension API for content scripts, without the polyfill: Chrome's MV3 APIs and
 * Firefox's `browser` both return promises, and on a reader's page every wrapper costs main-thread
 * time (the polyfill's proxies took most of the engine's start-up). Extension pages and the
 * background keep the polyfill (platform/browser).
 */
type Api = typeof import('webextension-polyfill');

const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const native: Api = (g.browser ?? g.chrome)!;
