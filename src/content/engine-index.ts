/**
 * The engine's alias index. The build replaces this module with the index it compiled (and the slim
 * corpus it was compiled from), so a page never waits for a compile; in tests and tools it compiles
 * here from the full corpus.
 */
import { indexData, indexFrom, type CorpusIndex } from '../core/corpus/corpus-index';
import { slimCorpus } from '../core/corpus/slim';
import { corpus } from '../corpus/data';

export function loadIndex(): CorpusIndex {
  return indexFrom(slimCorpus(corpus), indexData(corpus));
}
