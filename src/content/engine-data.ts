/**
 * The compiled index travels to a page in a few plain-data scripts injected one by one before the
 * engine, so no single task on the reader's page parses all of it. The build writes
 * `engine-data-0.js` … `engine-data-<N-1>.js`; each stores its piece of one JSON text here.
 */
export const ENGINE_DATA_CHUNKS = 4;
export const ENGINE_DATA_KEY = '__koreaContextIndexData';

/** The injected pieces joined, or null when they are not all there (tests and tools compile instead). */
export function injectedIndexText(): string | null {
  const parts = (globalThis as unknown as Record<string, string[] | undefined>)[ENGINE_DATA_KEY];
  if (!parts || parts.length !== ENGINE_DATA_CHUNKS || parts.some((p) => typeof p !== 'string')) return null;
  return parts.join('');
}
