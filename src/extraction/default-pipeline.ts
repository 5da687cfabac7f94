import { tagTemporalExpressions } from './temporal/index.ts';
import type { TagTemporalExpressions } from './temporal/types.ts';
import { anchorDurations } from './stages/anchor-durations.ts';
import { assignIds } from './stages/assign-ids.ts';
import { assignTiming } from './stages/assign-timing.ts';
import { checkTraceability } from './stages/check-traceability.ts';
import { confirmTenseDates } from './stages/confirm-tense-dates.ts';
import { describeHappenings } from './stages/describe-happenings.ts';
import { findActors } from './stages/find-actors.ts';
import { findDateMentions } from './stages/find-date-mentions.ts';
import { makeTitles } from './stages/make-titles.ts';
import { mergeDateRanges } from './stages/merge-date-ranges.ts';
import { mergeWithinArticle } from './stages/merge-within-article.ts';
import { selectEventSentences } from './stages/select-event-sentences.ts';
import { splitClauses } from './stages/split-clauses.ts';
import { splitSentences } from './stages/split-sentences.ts';
import type { PipelineStage } from './types.ts';

/**
 * The stage order, one line per position. Order matters: each stage reads what the ones above it
 * produced, and `checkTraceability` must stay last so nothing can change an event after the check.
 */
export function createPipeline(tag: TagTemporalExpressions = tagTemporalExpressions): readonly PipelineStage[] {
  return [
    // 1. Sentences with offsets: everything below works sentence by sentence.
    splitSentences,
    // 2. Tag date/duration phrases over the whole body (context matters), place them in sentences.
    findDateMentions(tag),
    // 3. "from X to Y" / "between X and Y" tagged as two dates become one range before anyone uses them.
    mergeDateRanges,
    // 4. Clauses (relative, coordinated, reporting tails): one sentence can hold two events.
    splitClauses,
    // 5. Decide which clauses/noun phrases are events and what dates each (needs clauses + mentions).
    selectEventSentences,
    // 6. Durations become ongoing ranges ending at publication, or stop dating anything.
    anchorDurations,
    // 7. Start/end/precision/timing against the publication date (needs anchors settled by 6).
    assignTiming,
    // 8. No past event after publication, no future one before it: corrected or marked uncertain (needs 7's dates).
    confirmTenseDates,
    // 9. Titles from the clause's own words (needs all candidates: it drops other events' date modifiers).
    makeTitles,
    // 10. Stable ids from document id + spans, after the set of events is final.
    assignIds,
    // 11. People, organisations and places the document names, with the article's own coreference.
    findActors,
    // 12. Each report's kind of happening, actors, key words and modality (needs 11 and the final candidates).
    describeHappenings,
    // 13. One event per happening within the article; the first report's id, the others' as aliases (needs 10, 12).
    mergeWithinArticle,
    // 14. Last: verbatim spans, title words, completeness. Throws on any failure.
    checkTraceability,
  ];
}

export const defaultPipeline: readonly PipelineStage[] = createPipeline();
