import type { DateMention, PipelineStage } from '../types.ts';

/**
 * Joins two placed dates that the text states as one range — "from December 1 to December 10",
 * "between November 5 and December 17", "December 1–10" when tagged as two mentions — into one
 * mention covering both phrases. The merged range is `approximate` unless both ends are days, in
 * which case the event is known to span exactly those days (still a range, so `approximate` is
 * what the schema offers; the label reads "December 1 – 10, 2022").
 */
const CONNECTOR = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
const OPENER = /(?:\bfrom|\bbetween)\s+$/i;

export const mergeDateRanges: PipelineStage = {
  name: 'mergeDateRanges',
  run(state) {
    const { text } = state.doc;
    const out: DateMention[] = [];
    const trace = [...state.trace];
    const ms = state.mentions;
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i];
      const b = ms[i + 1];
      if (!a) continue;
      if (b && a.interval && b.interval && a.sentenceIndex === b.sentenceIndex && a.type !== 'DURATION' && b.type !== 'DURATION') {
        const between = text.slice(a.end, b.start);
        const before = text.slice(Math.max(0, a.start - 12), a.start);
        const isDash = /^\s*[-–—]\s*$/.test(between);
        if (CONNECTOR.test(between) && (OPENER.test(before) || isDash) && a.interval.start <= b.interval.end) {
          const openerMatch = OPENER.exec(before);
          const start = openerMatch ? a.start - openerMatch[0].length : a.start;
          const merged: DateMention = {
            start,
            end: b.end,
            text: text.slice(start, b.end),
            type: 'DATE',
            value: `${a.value}/${b.value}`,
            interval: { start: a.interval.start, end: b.interval.end, precision: 'approximate' },
            trace: [...a.trace, ...b.trace, 'mergeDateRanges'],
            sentenceIndex: a.sentenceIndex,
            derived: true,
          };
          out.push(merged);
          trace.push({ stage: 'mergeDateRanges', message: () => `merged "${merged.text}" -> ${a.interval?.start}..${b.interval?.end}` });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return { ...state, mentions: out, trace };
  },
};
