import { addYears } from '../../domain/calendar.ts';
import type { CalendarInterval } from '../temporal/types.ts';
import type { DateMention, PipelineStage, TraceEntry } from '../types.ts';

/**
 * Joins two placed dates that the text states as one range — "from December 1 to December 10",
 * "between November 5 and December 17", "December 1–10" when tagged as two mentions — into one
 * mention covering both phrases. The merged range is `approximate` unless both ends are days, in
 * which case the event is known to span exactly those days (still a range, so `approximate` is
 * what the schema offers; the label reads "December 1 – 10, 2022").
 */
const CONNECTOR = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
const OPENER = /(?:\bfrom|\bbetween)\s+$/i;
const STATES_YEAR = /\b\d{4}\b|['’]\d{2}\b/;

/**
 * A range states its year once ("from March to May 2012"): the first end shares the second's
 * year, or the year before when its month comes later ("from December to February 2023"). The
 * tagger should already do this; when it resolved the yearless first end after the second, this
 * re-derives that end's year and says so in the trace (a tagger bug to report).
 */
function sharedYear(a: DateMention, b: DateMention, trace: TraceEntry[]): CalendarInterval | undefined {
  const ia = a.interval;
  const ib = b.interval;
  if (!ia || !ib) return undefined;
  if (ia.start <= ib.end) return ia;
  if (STATES_YEAR.test(a.text) || !STATES_YEAR.test(b.text) || (ia.precision !== 'day' && ia.precision !== 'month')) return undefined;
  let shift = Number(ib.end.slice(0, 4)) - Number(ia.start.slice(0, 4));
  if (addYears(ia.start, shift) > ib.end) shift -= 1;
  const fixed: CalendarInterval = { start: addYears(ia.start, shift), end: addYears(ia.end, shift), precision: ia.precision };
  trace.push({ stage: 'mergeDateRanges', message: () => `safety net: "${a.text}" was resolved to ${ia.start}, after the range's end "${b.text}" (${ib.end}); it shares that stated year: ${fixed.start}` });
  return fixed;
}

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
        const first = CONNECTOR.test(between) && (OPENER.test(before) || isDash) ? sharedYear(a, b, trace) : undefined;
        if (first) {
          const openerMatch = OPENER.exec(before);
          const start = openerMatch ? a.start - openerMatch[0].length : a.start;
          const merged: DateMention = {
            start,
            end: b.end,
            text: text.slice(start, b.end),
            type: 'DATE',
            value: `${a.value}/${b.value}`,
            interval: { start: first.start, end: b.interval.end, precision: 'approximate' },
            trace: [...a.trace, ...b.trace, 'mergeDateRanges'],
            sentenceIndex: a.sentenceIndex,
            derived: true,
          };
          out.push(merged);
          trace.push({ stage: 'mergeDateRanges', message: () => `merged "${merged.text}" -> ${first.start}..${b.interval?.end}` });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return { ...state, mentions: out, trace };
  },
};
