import type { TagTemporalExpressions } from '../temporal/types.ts';
import type { DateMention, PipelineStage } from '../types.ts';

/**
 * Runs the temporal tagger over the whole body (so it sees paragraph context) with the
 * publication date as reference, keeps the kinds that can date an event (DATE, TIME, DURATION;
 * SET such as "every week" dates nothing) and places each mention in its sentence. A mention whose
 * offsets do not slice its own text is a tagger bug: it is dropped loudly in the trace rather than
 * allowed to produce an untraceable event. (Stage 2: the tagger's dates, because events are dated only by them.)
 */
export function findDateMentions(tag: TagTemporalExpressions): PipelineStage {
  return {
    name: 'findDateMentions',
    run(state) {
      const { text, published } = state.doc;
      const trace = [...state.trace];
      const mentions: DateMention[] = [];
      const onDrop = (d: { start: number; end: number; text: string; reason: string }): void => {
        trace.push({ stage: 'findDateMentions', message: () => `left "${d.text.slice(0, 60)}" [${d.start}] undated: ${d.reason}` });
      };
      // Sentences in text order: each mention's sentence is found by binary search (not a scan per mention).
      const sentenceAt = (start: number, end: number): (typeof state.sentences)[number] | undefined => {
        let lo = 0;
        let hi = state.sentences.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const s = state.sentences[mid];
          if (!s) break;
          if (s.end < start) lo = mid + 1;
          else if (s.start > start) hi = mid - 1;
          else return start >= s.start && end <= s.end ? s : undefined;
        }
        return undefined;
      };
      for (const m of tag(text, { referenceDate: published, onDrop })) {
        if (text.slice(m.start, m.end) !== m.text) {
          trace.push({ stage: 'findDateMentions', message: () => `dropped "${m.text}": offsets [${m.start}, ${m.end}) do not slice it` });
          continue;
        }
        if (m.type === 'SET') {
          trace.push({ stage: 'findDateMentions', message: () => `ignored SET "${m.text}" (${m.value})` });
          continue;
        }
        const sentence = sentenceAt(m.start, m.end);
        if (!sentence) {
          trace.push({ stage: 'findDateMentions', message: () => `ignored "${m.text}": crosses a sentence boundary` });
          continue;
        }
        mentions.push({ ...m, sentenceIndex: sentence.index });
        trace.push({
          stage: 'findDateMentions',
          message: () => `"${m.text}" [${m.start}] ${m.type} ${m.value}${m.mod ? ` ${m.mod}` : ''} -> ${m.interval ? `${m.interval.start}..${m.interval.end} ${m.interval.precision}` : 'no interval'}`,
        });
      }
      mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      return { ...state, mentions, trace };
    },
  };
}
