import { addDays, addYears, daysBetween, lastDayOfMonth } from '../../domain/calendar.ts';
import type { Precision, Timing } from '../../domain/corpus.ts';
import type { CalendarInterval } from '../temporal/types.ts';
import { wordTokens } from '../english-words.ts';
import { durationDaysOf } from '../duration-days.ts';
import type { DateMention, EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { findVerbGroup, type VerbGroup } from '../verb-groups.ts';

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
 * otherwise. A past-tense or "since" clause whose yearless date was resolved after the DCT is moved
 * back a year — "since December 12" in a December 24 article is never next December.
 */

function sinceSignal(text: string, m: DateMention): boolean {
  return /\bsince\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) || /^since\b/i.test(m.text) ||
    m.mod === 'ON_OR_AFTER' || m.mod === 'AFTER' && /^since\b/i.test(m.text);
}

function honestPrecision(iv: CalendarInterval): Precision {
  if (iv.precision === 'day') return iv.start === iv.end ? 'day' : 'approximate';
  if (iv.precision === 'month') {
    const [y, mo] = iv.start.split('-').map(Number);
    const exact = y !== undefined && mo !== undefined && iv.start.endsWith('-01') && iv.end === lastDayOfMonth(y, mo);
    return exact ? 'month' : 'approximate';
  }
  if (iv.precision === 'year') {
    return iv.start.endsWith('-01-01') && iv.end.endsWith('-12-31') && iv.start.slice(0, 4) === iv.end.slice(0, 4) ? 'year' : 'approximate';
  }
  return 'approximate';
}

/**
 * A month name without a year ("December 12", "in November"): the only kind whose year a tagger
 * infers and can get wrong by one. Weekdays and relative phrases are resolved from the DCT
 * directly and are never moved.
 */
function yearlessMonthDate(m: DateMention): boolean {
  const namesMonth = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i.test(m.text);
  return namesMonth && !/\b\d{4}\b|['’]\d{2}\b/.test(m.text);
}

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
  if (c.ongoingFromDuration) {
    const length = Math.round(m.durationDays ?? durationDaysOf(m.value) ?? 0);
    if (length <= 0) return undefined;
    return { start: addDays(dct, -length), end: dct, precision: 'approximate', timing: 'ongoing' };
  }
  if (!m.interval) return undefined;
  let iv = m.interval;
  let note: string | undefined;
  const since = c.anchor.kind === 'adverbial' && sinceSignal(text, m);
  const pastClause = c.anchor.kind === 'adverbial' && group?.tense === 'past';
  if ((since || pastClause) && iv.start > dct && yearlessMonthDate(m) && (iv.precision === 'day' || iv.precision === 'month')) {
    const moved = { start: addYears(iv.start, -1), end: addYears(iv.end, -1), precision: iv.precision };
    note = `"${m.text}" was resolved to ${iv.start}, after publication, in a past/since clause: moved to ${moved.start}`;
    iv = moved;
  }
  const precision = honestPrecision(iv);
  if (since && iv.start <= dct) {
    return { start: iv.start, end: dct, precision: precision === 'approximate' ? 'approximate' : precision, timing: 'ongoing', ...(note ? { note } : {}) };
  }
  const end = precision === 'day' ? null : iv.end;
  let timing: Timing;
  if (iv.start > dct) timing = 'future';
  else if (c.anchor.kind === 'adverbial' && group?.tense === 'future' && iv.end > dct) timing = 'future';
  else if (iv.end >= dct && c.anchor.kind === 'adverbial' && group && (group.progressive || group.perfect) && group.tense !== 'past') timing = 'ongoing';
  else if (iv.end >= dct && c.anchor.kind === 'adverbial' && group?.perfect) timing = 'ongoing';
  else timing = 'past';
  return { start: iv.start, end, precision, timing, ...(note ? { note } : {}) };
}

export const assignTiming: PipelineStage = {
  name: 'assignTiming',
  run(state) {
    const { published: dct, text } = state.doc;
    const trace: TraceEntry[] = [...state.trace];
    const candidates: EventCandidate[] = [];
    for (const c of state.candidates) {
      const group = findVerbGroup(wordTokens(c.clause.text, c.clause.start));
      let placed = place(c, dct, text, group);
      let candidate = c;
      if (!placed && c.anchor.kind !== 'reported' && c.anchor.kind === 'adverbial' && group?.tense === 'past') {
        // An unplaceable date ("in the past") on a past action: say only what we know.
        candidate = { ...c, anchor: { kind: 'reported' } };
        placed = place(candidate, dct, text, group);
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
