import { addDays, addMonths, addYears } from '../../domain/calendar.ts';
import { statesYear } from '../date-phrase.ts';
import { unlessOffCalendar } from '../off-calendar.ts';
import type { CalendarInterval } from '../temporal/types.ts';
import type { DateMention, PipelineStage, TraceEntry } from '../types.ts';

/**
 * Joins two placed dates that the text states as one range — "from December 1 to December 10",
 * "between November 5 and December 17", "December 1–10" when tagged as two mentions — into one
 * mention covering both phrases. The merged range is `approximate` unless both ends are stated days,
 * in which case it is day-precise with an end (the label reads "December 1 – 10, 2022" and the
 * timeline draws it exact), or both ends are stated years ("between AD 260 and AD 274": `year` with
 * an end, "260 – 274"). A window stated by its length
 * and end ("in the 12 months to January") becomes one mention the same way (see `windowEndingAt`), and so
 * does a stretch stated by its first day and its length ("for two weeks from 4 March", `lengthFromDay`).
 */
const CONNECTOR = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
/** "from", "between", and "between the" before a decade the tagger tags without its article ("between the 1990s and 2005"). */
const OPENER = /(?:\bfrom|\bbetween)\s+(?:the\s+)?$/i;

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
  if (statesYear(a.text) || !statesYear(b.text) || (ia.precision !== 'day' && ia.precision !== 'month')) return undefined;
  let shift = Number(ib.end.slice(0, 4)) - Number(ia.start.slice(0, 4));
  if (addYears(ia.start, shift) > ib.end) shift -= 1;
  const fixed: CalendarInterval = { start: addYears(ia.start, shift), end: addYears(ia.end, shift), precision: ia.precision };
  trace.push({ stage: 'mergeDateRanges', message: () => `safety net: "${a.text}" was resolved to ${ia.start}, after the range's end "${b.text}" (${ib.end}); it shares that stated year: ${fixed.start}` });
  return fixed;
}

const WINDOW_TO = /^\s+(?:to|through|ending(?:\s+in)?|until)\s+$/i;
/** "the year to March" (whether or not the tagger tagged "the year"): a one-year window. */
const UNIT_WINDOW_BEFORE = /\bthe\s+(year|quarter|month|week)\s+(?:to|through|ending(?:\s+in)?|until)\s+$/i;
const UNIT_LENGTH: Readonly<Record<string, string>> = { year: 'P1Y', quarter: 'P3M', month: 'P1M', week: 'P1W' };

/** The interval of the `length` (a TIMEX duration `PnY|M|W|D`) that ends where `end` ends. */
function windowOf(length: string, end: CalendarInterval): CalendarInterval | undefined {
  const [, n, unit] = /^P(\d+)([YMWD])$/.exec(length) ?? [];
  if (n === undefined) return undefined;
  const after = addDays(end.end, 1);
  const count = Number(n);
  const start = unit === 'Y' ? addYears(after, -count) : unit === 'M' ? addMonths(after, -count) : addDays(after, -count * (unit === 'W' ? 7 : 1));
  return { start, end: end.end, precision: 'approximate' };
}

/**
 * "in the 12 months to January", "the three months through May 2023", "the year to March": a window
 * of that length ending with the stated period, approximate (it may be counted from a day or a
 * month). The window's start is where its phrase starts: the duration mention, or "the year" when
 * the tagger left it untagged.
 */
function windowEndingAt(text: string, b: DateMention, a: DateMention | undefined): { start: number; length: string; interval: CalendarInterval } | undefined {
  if (!b.interval || b.type === 'DURATION') return undefined;
  if (a?.type === 'DURATION' && a.sentenceIndex === b.sentenceIndex && WINDOW_TO.test(text.slice(a.end, b.start))) {
    const interval = windowOf(a.value, b.interval);
    return interval && { start: a.start, length: a.value, interval };
  }
  const unit = UNIT_WINDOW_BEFORE.exec(text.slice(Math.max(0, b.start - 40), b.start));
  const length = UNIT_LENGTH[unit?.[1]?.toLowerCase() ?? ''];
  if (!unit || !length || (a && a.end > b.start - unit[0].length)) return undefined;
  const interval = windowOf(length, b.interval);
  return interval && { start: b.start - unit[0].length, length, interval };
}

/** A mention the stage builds over `[start, end)` from the tagger's `parts`. */
function derivedMention(text: string, start: number, end: number, value: string, interval: CalendarInterval, parts: readonly DateMention[]): DateMention {
  const sentenceIndex = parts[parts.length - 1]?.sentenceIndex ?? 0;
  return {
    start, end, text: text.slice(start, end), type: 'DATE', value, interval,
    trace: [...parts.flatMap((p) => p.trace), 'mergeDateRanges'], sentenceIndex, derived: true,
  };
}

/**
 * "from X to Y", "between X and Y", "X–Y", and two days in a row joined by "and" ("on September 16
 * and 17"): one range from X's start to Y's end. When both ends are days the text states, the range
 * is day-precise (`day` with an end: "March 2 – 19, 2024"); otherwise it is approximate.
 */
function rangeOf(text: string, a: DateMention, b: DateMention, trace: TraceEntry[]): DateMention | undefined {
  if (!a.interval || !b.interval || a.sentenceIndex !== b.sentenceIndex || a.type === 'DURATION' || b.type === 'DURATION') return undefined;
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const isDash = /^\s*[-–—]\s*$/.test(between);
  const days = isDay(a) && isDay(b);
  // A list of two days is one stretch only when they follow each other: "Monday and Thursday" is two.
  const consecutiveAnd = days && /^\s*and\s*$/i.test(between) && a.interval.start < b.interval.start && addDays(a.interval.start, 1) === b.interval.start;
  const first = CONNECTOR.test(between) && (OPENER.test(before) || isDash || consecutiveAnd) ? sharedYear(a, b, trace) : undefined;
  if (!first) return undefined;
  const opener = OPENER.exec(before);
  const start = opener ? a.start - opener[0].length : a.start;
  const precision = days && first.precision === 'day' && first.start < b.interval.start ? 'day'
    : isStatedYear(a) && (isStatedYear(b) || namesYearFromPublication(b)) && first.start < b.interval.start ? 'year' : 'approximate';
  return derivedMention(text, start, b.end, `${a.value}/${b.value}`, { start: first.start, end: b.interval.end, precision }, [a, b]);
}

/** A mention of one stated day (a date or a weekday), not a part of a day or a vaguer period. */
function isDay(m: DateMention): boolean {
  return m.type === 'DATE' && m.interval?.precision === 'day' && m.interval.start === m.interval.end;
}

/** A mention of one year its words state ("2019", "AD 260"), not a year the tagger inferred or a decade. */
function isStatedYear(m: DateMention): boolean {
  const iv = m.interval;
  return m.type === 'DATE' && m.stated?.year === true && iv?.precision === 'year' && iv.start.slice(0, 4) === iv.end.slice(0, 4);
}

/**
 * "last year", "this year", "next year": one calendar year the words fix against the publication
 * date, as exactly as a stated one ("ran the mill from 1990 until last year" is 1990 – the year
 * before publication). Not "that year" (a narrative antecedent) nor "the past year" (a window).
 */
function namesYearFromPublication(m: DateMention): boolean {
  const iv = m.interval;
  return m.type === 'DATE' && /^(?:last|this|next)\s+year$/i.test(m.text) && iv?.precision === 'year' && iv.start.slice(0, 4) === iv.end.slice(0, 4);
}

/** "for two weeks from 4 March", "from Monday for three days": a stated length counted from a stated day. */
const LENGTH_THEN_DAY = /^\s+(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?)\s+$/i;
const DAY_THEN_LENGTH = /^\s+for\s+$/i;
const COUNTED_LENGTH = /^P(\d+)([DWMY])$/;

/**
 * A stretch the text states by its first day and its length: "will close for two weeks from 4
 * March" is March 4 – 17 (the 14 days from the 4th; `end` is the inclusive last day, so the school
 * reopens on the 18th), day-precise because both ends follow from what is written. A hedged
 * length ("for about two weeks", "for several weeks") or a start that is no single day ("from
 * June for three months") is not joined: the clause keeps its day and the length stays a second date.
 */
function lengthFromDay(text: string, a: DateMention, b: DateMention): DateMention | undefined {
  if (a.sentenceIndex !== b.sentenceIndex) return undefined;
  const between = text.slice(a.end, b.start);
  const forBefore = /\bfor\s+$/i.exec(text.slice(Math.max(0, a.start - 5), a.start));
  const fromBefore = /\bfrom\s+$/i.exec(text.slice(Math.max(0, a.start - 6), a.start));
  const [length, day, start] = a.type === 'DURATION' && forBefore && isDay(b) && LENGTH_THEN_DAY.test(between) ? [a, b, a.start - forBefore[0].length]
    : b.type === 'DURATION' && fromBefore && isDay(a) && DAY_THEN_LENGTH.test(between) ? [b, a, a.start - fromBefore[0].length]
      : [];
  const counted = length && !length.mod ? COUNTED_LENGTH.exec(length.value) : null;
  const first = day?.interval?.start;
  if (!counted || !day || first === undefined || start === undefined) return undefined;
  const n = Number(counted[1]);
  const unit = counted[2];
  if (n < 1) return undefined;
  const after = unit === 'Y' ? addYears(first, n) : unit === 'M' ? addMonths(first, n) : addDays(first, n * (unit === 'W' ? 7 : 1));
  const last = addDays(after, -1);
  return derivedMention(text, start, b.end, `${first}/${last}`, { start: first, end: last, precision: 'day' }, [a, b]);
}

/** Stage 3: one mention per stated period (ranges, windows), so no stage dates an event by half a range. */
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
      // A window ends at the next mention ("the 12 months | to January") or at this one ("the year to | March").
      const off = (reason: string): void => { trace.push({ stage: 'mergeDateRanges', message: () => `"${a.text}" not merged: ${reason}` }); };
      const pair = b ? unlessOffCalendar(() => windowEndingAt(text, b, a), off) : undefined;
      const window = pair ?? unlessOffCalendar(() => windowEndingAt(text, a, ms[i - 1]), off);
      const parts = pair && b ? [a, b] : [a];
      const last = parts[parts.length - 1] ?? a;
      const range = window ? undefined : b && unlessOffCalendar(() => rangeOf(text, a, b, trace) ?? lengthFromDay(text, a, b), off);
      const merged = window ? derivedMention(text, window.start, last.end, `${window.length}/${last.value}`, window.interval, parts) : range;
      if (!merged) {
        out.push(a);
        continue;
      }
      out.push(merged);
      trace.push({ stage: 'mergeDateRanges', message: () => `${window ? 'window' : 'merged'} "${merged.text}" -> ${merged.interval?.start}..${merged.interval?.end}` });
      if (pair || range) i++;
    }
    return { ...state, mentions: out, trace };
  },
};
