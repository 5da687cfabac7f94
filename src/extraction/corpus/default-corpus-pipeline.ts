import { createMergeAcrossArticles, mergeAcrossArticles, type SegmentMemo } from './merge-across-articles.ts';
import { normaliseActors } from './normalise-actors.ts';
import { scoreSalience } from './score-salience.ts';
import { tallyActors } from './tally-actors.ts';
import type { CorpusStage } from './types.ts';

/**
 * The corpus-level stage order (the reduce after per-document extraction), one line per position.
 * Every stage is pure and independent of the order documents arrive in (they are sorted by id first,
 * and every tie is broken by id), so a sharded extraction merged later gives the same corpus.
 */
export const defaultCorpusPipeline: readonly CorpusStage[] = [
  // 1. One actor per person/organisation/place across documents; events' actor keys become corpus ids.
  normaliseActors,
  // 2. One event per happening across articles (needs 1: participants are compared as corpus actors).
  mergeAcrossArticles,
  // 3. Salience from the merged events (needs 2: how many documents and publishers report each).
  scoreSalience,
  // 4. Last: the actor table's counts over the final events.
  tallyActors,
];

/**
 * The same stages, with what may be kept between runs: `segmentMemo` (merge-across-articles.ts) keeps
 * each segment's clusters, so re-assembling a corpus after an edit re-clusters only the segments the
 * edited reports are in. The corpus is the same with or without it.
 */
export function corpusPipeline({ segmentMemo }: { segmentMemo?: SegmentMemo } = {}): readonly CorpusStage[] {
  return segmentMemo ? defaultCorpusPipeline.map((stage) => (stage === mergeAcrossArticles ? createMergeAcrossArticles(segmentMemo) : stage)) : defaultCorpusPipeline;
}
