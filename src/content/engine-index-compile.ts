/** Compiles the index from the full corpus: for tests and tools. The build leaves it out of the engine bundle. */
import { indexData, indexFrom, type CorpusIndex } from '../core/corpus/corpus-index';
import { slimCorpus } from '../core/corpus/slim';
import { corpus } from '../corpus/data';

export function compileIndex(): CorpusIndex {
  return indexFrom(slimCorpus(corpus), indexData(corpus));
}
