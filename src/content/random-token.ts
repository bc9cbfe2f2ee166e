/**
 * Random names for what a release build leaves in the page (highlight names, the host's tag).
 * `Math.random` is enough: page scripts run in another context with a generator of their own, and it
 * costs nothing to set up, unlike the first `crypto` call in the extension's world.
 */
export function randomToken(n: number): string {
  let t = '';
  while (t.length < n) t += Math.random().toString(36).slice(2);
  return t.slice(0, n);
}
