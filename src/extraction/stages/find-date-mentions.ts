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
      for (const m of tag(text, { referenceDate: published })) {
        if (text.slice(m.start, m.end) !== m.text) {
          trace.push({ stage: 'findDateMentions', message: () => `dropped "${m.text}": offsets [${m.start}, ${m.end}) do not slice it` });
          continue;
        }
        if (m.type === 'SET') {
          trace.push({ stage: 'findDateMentions', message: () => `ignored SET "${m.text}" (${m.value})` });
          continue;
        }
        const sentence = state.sentences.find((s) => m.start >= s.start && m.end <= s.end);
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
