/**
 * The engine's alias index: in a page, the index the build compiled, read from the data scripts the
 * background injected before the engine (no compile step); in tests and tools, compiled here.
 */
import { indexFrom, type CorpusIndex } from '../core/corpus/corpus-index';
import { decodeIndex } from '../core/corpus/index-codec';
import { injectedIndexText } from './engine-data';
import { compileIndex } from './engine-index-compile';

export function loadIndex(): CorpusIndex {
  const text = injectedIndexText();
  if (!text) return compileIndex();
  const d = JSON.parse(text);
  return indexFrom(d.slim, decodeIndex(d.index));
}
