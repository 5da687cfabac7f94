import { addDays, addMonths, addYears, daysBetween, lastDayOfMonth } from '../../domain/calendar.ts';
import { unlessOffCalendar } from '../off-calendar.ts';
import type { Precision, Timing } from '../../domain/corpus.ts';
import type { CalendarInterval } from '../temporal/types.ts';
import { namesMonthWithoutYear } from '../date-phrase.ts';
import { durationDaysOf } from '../duration-days.ts';
import { PREPOSITIONS } from '../english-words.ts';
import type { DateMention, EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { clauseVerbGroup, type VerbGroup } from '../verb-groups.ts';

/**
 * Places each candidate on the calendar with an honest precision, and says where it lies relative
 * to the publication date (DCT):
 * - `reported` (no date in the text): start = DCT, end = null, timing past — it happened on or
 *   before publication, and nothing more is claimed;
 * - duration-anchored: approximate range DCT - duration .. DCT, ongoing;
 * - "since X": starts at X (at X's precision), runs to the DCT, ongoing;
 * - otherwise the tagger's interval: a single day only when the text states that day; a range
 *   that is not exactly one calendar month/year is `approximate`.
 * Timing: future when the interval starts after the DCT (or a future verb dates a range reaching
 * past it), ongoing for "since" and present progressive/perfect clauses covering the DCT, past
 * otherwise. A past action's vague range ("rose ... at the start of the year") ends at the DCT at
 * the latest: the text says it already happened.
 *
 * Safety net, not year inference (that is the tagger's job): a past-tense or "since" clause whose
 * yearless date the tagger resolved after the DCT is moved back a year — "since December 12" in a
 * December 24 article is never next December — and the trace says so, naming the tagger's value,
 * so the disagreement is visible and can be reported as a tagger bug.
 */

/** DCT minus a duration: whole years and months on the calendar ("more than a year" -> same day last year), else days. */
function startBefore(dct: string, value: string, days: number): string {
  const calendar = /^P(\d+)([YM])$/.exec(value);
  if (calendar) {
    const n = Number(calendar[1]);
    return calendar[2] === 'Y' ? addYears(dct, -n) : addMonths(dct, -n);
  }
  return addDays(dct, -days);
}

function sinceSignal(text: string, m: DateMention): boolean {
  return /\bsince\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) || /^since\b/i.test(m.text) ||
    m.mod === 'ON_OR_AFTER' || m.mod === 'AFTER' && /^since\b/i.test(m.text);
}

function honestPrecision(iv: CalendarInterval, m: DateMention): Precision {
  // Several days are day-precise only as a range whose two ends the text states ("March 2 to 19",
  // joined by mergeDateRanges); "last week" is a stretch of days, approximate.
  if (iv.precision === 'day') return iv.start === iv.end || STATED_DAYS.test(m.value) ? 'day' : 'approximate';
  if (iv.precision === 'month') {
    const [y, mo] = iv.start.split('-').map(Number);
    const exact = y !== undefined && mo !== undefined && iv.start.endsWith('-01') && iv.end === lastDayOfMonth(y, mo);
    return exact ? 'month' : 'approximate';
  }
  if (iv.precision === 'year') {
    const whole = iv.start.endsWith('-01-01') && iv.end.endsWith('-12-31');
    // Several years are year-precise only as a span whose two ends the text states ("between AD 260
    // and AD 274", "from 2009 to 2011"); "the fifth century" or "the 1990s" is approximate.
    return whole && (iv.start.slice(0, 4) === iv.end.slice(0, 4) || STATED_YEARS.test(m.value) || m.form === 'year-span') ? 'year' : 'approximate';
  }
  return 'approximate';
}

const STATED_DAYS = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;
const STATED_YEARS = /^\d{4}\/\d{4}$/;

/**
 * The safety net only moves a date that says when the past action happened ("in December", "on
 * December 12", "since December 12"); never a target the action points to ("was postponed until
 * September", "delayed to March", "set for June"), which is after publication by right.
 */
export function placesThePastAction(text: string, m: DateMention, clause: { start: number }): boolean {
  // "Production had been due to start in November", "was scheduled to open in March": a plan seen
  // from the past, whose date may well lie ahead of publication.
  if (PLAN_IN_PAST.test(text.slice(clause.start, m.start))) return false;
  const before = /([\p{L}]+)[\s,]*$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
  return before === undefined || ['since', 'in', 'on', 'at', 'during', 'of', 'and'].includes(before) || !PREPOSITIONS.has(before) && !['until', 'till', 'by'].includes(before);
}

const PLAN_IN_PAST = /\b(?:was|were|had been)\s+(?:due|scheduled|expected|set|supposed|planned|slated|meant|going)\s+to\b|\b(?:was|were)\s+to\s+[a-z]+\b|\bhad\s+(?:planned|hoped|intended|aimed)\s+to\b/i;

interface Placement {
  start: string;
  end: string | null;
  precision: Precision;
  timing: Timing;
  note?: string;
}

function place(c: EventCandidate, dct: string, text: string, group: VerbGroup | undefined): Placement | undefined {
  if (c.anchor.kind === 'reported') return { start: dct, end: null, precision: 'reported', timing: 'past' };
  const m = c.anchor.mention;
  if (c.ongoingFromDuration || c.lookbackFromDuration) {
    const length = Math.round(m.durationDays ?? durationDaysOf(m.value) ?? 0);
    if (length <= 0) return undefined;
    return { start: startBefore(dct, m.value, length), end: dct, precision: 'approximate', timing: c.ongoingFromDuration ? 'ongoing' : 'past' };
  }
  if (!m.interval) return undefined;
  let iv = m.interval;
  let note: string | undefined;
  const since = c.anchor.kind === 'adverbial' && sinceSignal(text, m);
  const pastClause = c.anchor.kind === 'adverbial' && group?.tense === 'past';
  if ((since || pastClause) && iv.start > dct && namesMonthWithoutYear(m.text) && (iv.precision === 'day' || iv.precision === 'month') && placesThePastAction(text, m, c.clause)) {
    const moved = { start: addYears(iv.start, -1), end: addYears(iv.end, -1), precision: iv.precision };
    note = `safety net: the tagger resolved yearless "${m.text}" (${m.value}) to ${iv.start}, after publication, in a past/since clause; moved back a year to ${moved.start} (a tagger year-inference bug)`;
    iv = moved;
  }
  const precision = honestPrecision(iv, m);
  // "He had worked there since 2010 until he retired": a past perfect ended before publication, so
  // "since" gives its start, not a state still holding.
  if (since && iv.start <= dct && group?.tense === 'past' && !group.perfect) {
    return { start: iv.start, end: precision === 'day' && iv.start === iv.end ? null : iv.end, precision, timing: 'past', ...(note ? { note } : {}) };
  }
  if (since && iv.start <= dct) {
    return { start: iv.start, end: dct, precision: precision === 'approximate' ? 'approximate' : precision, timing: 'ongoing', ...(note ? { note } : {}) };
  }
  // "to peak by Thursday": a future deadline day says on or before it, so from publication to that
  // day. A vague period ("by the end of October") already spans its own range and keeps it.
  if (iv.start > dct && precision === 'day' && c.anchor.kind === 'adverbial' && /\bby\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) {
    return { start: dct, end: iv.end, precision: 'approximate', timing: 'future', note: `"by ${m.text}": a deadline, ${dct}..${iv.end}` };
  }
  const end = precision === 'day' && iv.start === iv.end ? null : iv.end;
  let timing: Timing;
  if (iv.start > dct) timing = 'future';
  else if (c.anchor.kind === 'adverbial' && group?.tense === 'future' && iv.end > dct) timing = 'future';
  // "So far this year, three schools have closed": done things counted up to publication, not a
  // state that holds ("has been rising so far this year" stays ongoing).
  else if (m.trace.includes('so-far') && group?.perfect && !group.progressive) timing = 'past';
  else if (iv.end >= dct && c.anchor.kind === 'adverbial' && group && (group.progressive || group.perfect) && group.tense !== 'past') timing = 'ongoing';
  else if (iv.end >= dct && c.anchor.kind === 'adverbial' && group?.perfect) timing = 'ongoing';
  else timing = 'past';
  if (timing === 'past' && precision === 'approximate' && end !== null && end > dct && iv.start <= dct && c.anchor.kind === 'adverbial' && group?.tense === 'past') {
    const clipped = `"${m.text}" ${iv.start}..${end} dates a past action: ends at publication ${dct}`;
    return { start: iv.start, end: dct, precision, timing, note: note ? `${note}; ${clipped}` : clipped };
  }
  return { start: iv.start, end, precision, timing, ...(note ? { note } : {}) };
}

/** Stage 7: calendar range, honest precision and timing against the publication date (see above). */
export const assignTiming: PipelineStage = {
  name: 'assignTiming',
  run(state) {
    const { published: dct, text } = state.doc;
    const trace: TraceEntry[] = [...state.trace];
    const candidates: EventCandidate[] = [];
    for (const c of state.candidates) {
      const group = clauseVerbGroup(c.clause);
      const off = (reason: string): void => { trace.push({ stage: 'assignTiming', message: () => `"${c.quote.text}": its date is off the calendar (${reason})` }); };
      let placed = unlessOffCalendar(() => place(c, dct, text, group), off);
      let candidate = c;
      if (!placed && c.anchor.kind !== 'reported' && c.anchor.kind === 'adverbial' && group?.tense === 'past') {
        // An unplaceable date ("in the past") on a past action: say only what we know.
        candidate = { ...c, anchor: { kind: 'reported' } };
        placed = unlessOffCalendar(() => place(candidate, dct, text, group), off);
        trace.push({ stage: 'assignTiming', message: () => `"${c.quote.text}": date cannot be placed, reported instead` });
      }
      if (!placed) {
        trace.push({ stage: 'assignTiming', message: () => `"${c.quote.text}": date cannot be placed, no event` });
        continue;
      }
      const p = placed;
      if (p.note) trace.push({ stage: 'assignTiming', message: () => p.note ?? '' });
      if (p.end !== null && daysBetween(p.start, p.end) < 0) {
        throw new Error(`assignTiming: event range ${p.start}..${p.end} ends before it starts (${c.quote.text})`);
      }
      candidates.push({
        ...candidate,
        start: p.start,
        end: p.end,
        precision: p.precision,
        timing: p.timing,
        stages: [...candidate.stages, 'assignTiming'],
      });
      trace.push({ stage: 'assignTiming', message: () => `${p.start}..${p.end ?? ''} ${p.precision} ${p.timing}: ${c.quote.text}` });
    }
    return { ...state, candidates, trace };
  },
};
