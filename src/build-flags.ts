/**
 * Build-time switches. Test builds (dist/test/…) keep the open test contract: an open shadow root,
 * `data-kc-*` status attributes and handlers that accept scripted events. Release builds show a page
 * none of that.
 */
declare const __KC_TEST_BUILD__: boolean | undefined;

/** True only in the test builds that end-to-end tests load. */
export const TEST_BUILD: boolean = typeof __KC_TEST_BUILD__ !== 'undefined' && __KC_TEST_BUILD__ === true;

/** Whether a DOM event may drive our UI: in release builds only events the reader caused. */
export function fromReader(e: Event): boolean {
  return TEST_BUILD || e.isTrusted;
}
