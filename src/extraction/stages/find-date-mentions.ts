import type { TagTemporalExpressions } from '../temporal/types.ts';
import type { DateMention, PipelineStage } from '../types.ts';

/**
 * Runs the temporal tagger over the whole body (so it sees paragraph context) with the
 * publication date as reference, keeps the kinds that can date an event (DATE, TIME, DURATION;
 * SET such as "every week" dates nothing) and places each mention in its sentence. A mention whose
 * offsets do not slice its own text is a tagger bug: it is dropped loudly in the trace rather than
 * allowed to produce an untraceable event. (Stage 2: the tagger's dates, because events are dated only by them.)
 */
/** After a day or month without a year: a five-digit year, directly or after the other end of a range. */
const YEAR_PAST_9999_AFTER = /^(?:\s*(?:-|–|—|to|until|till|through|and)\s*(?:\p{L}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?)?,?\s*(\d{5,})(?!\d|[,.]\d)/u;

export function findDateMentions(tag: TagTemporalExpressions): PipelineStage {
  return {
    name: 'findDateMentions',
    run(state) {
      const { text, published } = state.doc;
      const trace = [...state.trace];
      const mentions: DateMention[] = [];
      // Spans the tagger left undated (off the calendar, or its arithmetic failed): a shorter mention inside
      // one is a fragment of it, not a date ("3000 years ago" left undated must not date the clause by its
      // "years ago", some years before publication).
      const dropped: Array<{ start: number; end: number; text: string }> = [];
      const onDrop = (d: { start: number; end: number; text: string; reason: string }): void => {
        dropped.push(d);
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
        const whole = dropped.find((d) => d.start < m.end && m.start < d.end);
        if (whole) {
          trace.push({ stage: 'findDateMentions', message: () => `left "${m.text}" [${m.start}] undated: part of "${whole.text.slice(0, 60)}", which was left undated` });
          continue;
        }
        // "January 7, 10000": a day or month without a year, then a year past 9999 the tagger does not read as
        // one. Dated by the publication year it would be a wrong day; it is left undated.
        // The first day of a range shares that year: "from May 3 to May 9, 10000", "May 3-9, 10000".
        const yearAfter = !/\d{3}/.test(m.text) ? YEAR_PAST_9999_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
        if (yearAfter) {
          trace.push({ stage: 'findDateMentions', message: () => `left "${m.text}" [${m.start}] undated: followed by the year ${yearAfter[1]?.slice(0, 20)}, outside 0001-9999` });
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
