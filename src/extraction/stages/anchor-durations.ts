import { ONGOING_CUES } from '../english-words.ts';
import { durationDaysOf } from '../duration-days.ts';
import type { EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { clauseTokens, clauseVerbGroup } from '../verb-groups.ts';

/** "in the past two weeks", "over the last three years": a duration that looks back from publication. */
const LOOKBACK = /\b(?:past|last|previous|recent)\b/i;

/**
 * Turns durations into dates where the text lets us: a duration of something still going on at
 * publication ("the almost two-week-long blockade" of a blockade others call to end; "has been
 * blockaded for two weeks") is an ongoing range from about publication minus the duration to
 * publication. A duration with nothing saying it reaches publication ("a 44-day war") cannot be
 * placed: its noun event is dropped, and a clause it was dating falls back to `reported` when its
 * verb reports a past action. A look-back duration ("in the past two weeks", "over the last three
 * years") ends at publication by its own words, whatever the verb: a past range when the action is
 * finished ("polls published in the past two weeks"). Stage 6: a duration dates an event only
 * when the text ties it to publication; otherwise it stops dating.
 */
export const anchorDurations: PipelineStage = {
  name: 'anchorDurations',
  run(state) {
    const trace: TraceEntry[] = [...state.trace];
    const note = (message: () => string): void => { trace.push({ stage: 'anchorDurations', message }); };
    const candidates: EventCandidate[] = [];
    for (const c of state.candidates) {
      if (c.anchor.kind === 'reported' || c.anchor.mention.type !== 'DURATION') {
        candidates.push(c);
        continue;
      }
      const mention = c.anchor.mention;
      if (mention.interval) {
        // Stated by both ends ("from 2009 to 2011"): the span is already on the calendar.
        candidates.push(c);
        continue;
      }
      const days = mention.durationDays ?? durationDaysOf(mention.value);
      const tokens = clauseTokens(c.clause);
      const group = clauseVerbGroup(c.clause);
      const reachesPublication =
        tokens.some((t) => ONGOING_CUES.has(t.lower)) ||
        (group !== undefined && (group.perfect || (group.progressive && group.tense === 'present')));
      if (days !== undefined && days > 0 && reachesPublication) {
        candidates.push({ ...c, ongoingFromDuration: true, stages: [...c.stages, 'anchorDurations'] });
        note(() => `"${mention.text}" (${days} days) reaches publication: ongoing range`);
        continue;
      }
      if (days !== undefined && days > 0 && c.anchor.kind === 'adverbial' && LOOKBACK.test(mention.text)) {
        candidates.push({ ...c, lookbackFromDuration: true, stages: [...c.stages, 'anchorDurations'] });
        note(() => `"${mention.text}" (${days} days) looks back from publication: past range`);
        continue;
      }
      if (c.anchor.kind === 'adverbial' && group?.tense === 'past') {
        candidates.push({ ...c, anchor: { kind: 'reported' }, stages: [...c.stages, 'anchorDurations'] });
        note(() => `"${mention.text}" cannot be placed; the past action is reported: ${c.clause.text}`);
        continue;
      }
      note(() => `"${mention.text}" cannot be placed; no event: ${c.quote.text}`);
    }
    return { ...state, candidates, trace };
  },
};
