import { isoDayFromParts, lastDayOfMonth, weekdayOf, addDays, compareDays } from '../../domain/calendar.ts';

/**
 * Anchoring underspecified expressions to the reference date (DCT): the tense of the clause around a
 * mention decides whether "December 12" or "Tuesday" points back or forward. News reports mostly
 * about the past, so an unknown tense leans to the nearest occurrence, and weekdays lean to the past.
 */

export type Tense = 'past' | 'future' | 'unknown';

export interface Reference {
  iso: string;
  year: number;
  month: number;
  day: number;
}

export function parseReference(iso: string): Reference {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || isoDayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) {
    throw new RangeError(`referenceDate must be a calendar day YYYY-MM-DD, got "${iso}"`);
  }
  return { iso: iso.slice(0, 10), year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

// Future cues come first in the alternation so "scheduled"/"expected" are not read as past "-ed" forms.
const TENSE_CUE = new RegExp(
  "\\b(?:(will|won't|wo|shall|'ll|should|may|might|must|going to|next|upcoming|coming|scheduled|plans?|planned to|planning|" +
    'expects?|expected to|intends?|intended to|due to|due|would|aims?|set to|to be|to take place|to begin|to start|' +
    'to open|to close|to end|tomorrow|is to|are to)|' +
    // Reporting verbs are past even though "-ed": "announced on Friday that it will ..." is about a past Friday.
    '(was|were|had|did|ago|last|earlier|previously|said|says|told|began|came|went|took|fell|rose|saw|gave|' +
    'announced|reported|added|stated|confirmed|revealed|explained|noted|claimed|warned|agreed|decided|admitted)|' +
    '([a-z]{3,}ed|held|made|found|left|got|lost|won|met))\\b',
  'gi',
);
/**
 * An "-ed" form is a weak cue (it is also a participle: "should be completed", "to be held"), so it
 * counts as farther away than it is; cues after the mention count less than the verb before it.
 */
const WEAK_PENALTY = 20;
const AFTER_WEIGHT = 1.5;
const SENTENCE_BREAK = /[.!?]\s+[A-Z"“]|\n/g;

/**
 * The tense of the clause around [start, end): the grammatical cue nearest the mention within its
 * sentence (at most `reach` characters away) wins.
 */
export function tenseAround(text: string, start: number, end: number, reach = 90): Tense {
  // Work on a bounded window so the cost per mention does not grow with the document.
  const lo = Math.max(0, start - reach);
  const window = text.slice(lo, Math.min(text.length, end + reach));
  const s = start - lo;
  const e = end - lo;
  let from = 0;
  let to = window.length;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(window); m; m = SENTENCE_BREAK.exec(window)) {
    if (m.index < s) from = m.index + 1;
    else if (m.index >= e) {
      to = m.index + 1;
      break;
    }
  }
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  TENSE_CUE.lastIndex = from;
  for (let m = TENSE_CUE.exec(window); m && m.index < to; m = TENSE_CUE.exec(window)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > s && m.index < e) continue; // inside the mention itself ("last", "next")
    let distance = m.index >= e ? (m.index - e) * AFTER_WEIGHT : s - cueEnd;
    if (m[3] !== undefined) distance += WEAK_PENALTY;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = m[1] !== undefined ? 'future' : 'past';
    }
  }
  return best;
}

/** A calendar span (inclusive ISO days) used to compare candidate readings with the DCT. */
export interface Span {
  start: string;
  end: string;
}

/**
 * Picks the year for a partial date. `spanOf(year)` gives the span the expression denotes in that
 * year (undefined when impossible, e.g. February 29 in 2023). Past: the latest reading that has
 * started by the DCT; future: the earliest that has not ended before it; unknown: the nearest.
 */
export function chooseYear(ref: Reference, tense: Tense, spanOf: (year: number) => Span | undefined): number | undefined {
  const readings: { year: number; span: Span }[] = [];
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const span = spanOf(year);
    if (span) readings.push({ year, span });
  }
  if (readings.length === 0) return undefined;
  if (tense === 'past') {
    const started = readings.filter((r) => compareDays(r.span.start, ref.iso) <= 0);
    return started.at(-1)?.year ?? readings[0]?.year;
  }
  if (tense === 'future') {
    const open = readings.filter((r) => compareDays(r.span.end, ref.iso) >= 0);
    return open[0]?.year ?? readings.at(-1)?.year;
  }
  let best = readings[0];
  let bestDistance = Infinity;
  for (const r of readings) {
    const distance = compareDays(r.span.end, ref.iso) < 0
      ? dayDistance(r.span.end, ref.iso)
      : compareDays(r.span.start, ref.iso) > 0
        ? dayDistance(ref.iso, r.span.start)
        : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = r;
    }
  }
  return best?.year;
}

function dayDistance(a: string, b: string): number {
  // Cheap ordinal distance; exactness does not matter for picking the nearest of three years.
  const toDays = (s: string) => Number(s.slice(0, 4)) * 372 + Number(s.slice(5, 7)) * 31 + Number(s.slice(8, 10));
  return Math.abs(toDays(b) - toDays(a));
}

export function monthSpan(year: number, month: number): Span {
  return { start: `${pad4(year)}-${pad2(month)}-01`, end: lastDayOfMonth(year, month) };
}

export function daySpan(year: number, month: number, day: number): Span | undefined {
  const iso = isoDayFromParts(year, month, day);
  return iso === undefined ? undefined : { start: iso, end: iso };
}

/**
 * The day a bare weekday name refers to: the DCT itself when it is that weekday (news says "on
 * Friday" about the day of publication), otherwise the previous such day, or the next one when the
 * clause is about the future.
 */
export function resolveWeekday(ref: Reference, weekday: number, tense: Tense): string {
  const today = weekdayOf(ref.iso);
  if (today === weekday) return ref.iso;
  if (tense === 'future') return addDays(ref.iso, (weekday - today + 7) % 7);
  return addDays(ref.iso, -((today - weekday + 7) % 7));
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
