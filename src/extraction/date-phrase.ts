import { MONTH_ANY, WEEKDAY } from './temporal/lexicon.ts';

/**
 * What a date phrase's own words state, read from its text: whether it names a year, a month, a
 * weekday. The stages use this to tell "in August" (a month of some year the tagger inferred, or
 * of every year) from "in August 2023" (stated).
 */

const YEAR = /\b\d{4}\b|['’]\d{2}\b/;
const MONTH = new RegExp(`\\b${MONTH_ANY}(?![\\p{L}])`, 'iu');
const WEEKDAY_NAME = new RegExp(`\\b${WEEKDAY}s?\\b`, 'i');

/** True when the phrase writes a year ("2023", "’23"). */
export function statesYear(phrase: string): boolean {
  return YEAR.test(phrase);
}

/** A month name without a year ("December 12", "in November"): its year is inferred, and can be wrong by one. */
export function namesMonthWithoutYear(phrase: string): boolean {
  return MONTH.test(phrase) && !statesYear(phrase);
}

/** A month or weekday name without a year: a date that may recur ("in August", "on Sundays"). */
export function namesRecurringDate(phrase: string): boolean {
  return namesMonthWithoutYear(phrase) || (WEEKDAY_NAME.test(phrase) && !statesYear(phrase));
}

const DAY_WORDS = /\b(?:day|night|morning|afternoon|evening|tonight|today|yesterday|tomorrow|week|weekend|dawn|dusk)\b|\d{4}|\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * A clock time with no day in its own words ("shortly before 10 p.m.", "at noon"): the tagger must
 * borrow the day from context, which can be another sentence's date. It dates nothing on its own.
 */
export function isBareClockTime(type: string, phrase: string): boolean {
  return type === 'TIME' && !namesRecurringDate(phrase) && !DAY_WORDS.test(phrase);
}

/**
 * `text[from, to)` with the characters of the given spans (date mentions) overwritten by `fill`, so
 * punctuation inside them ("November 20, 2023") is no clause or phrase boundary. Same length as
 * the slice, so offsets still line up.
 */
export function maskSpans(text: string, from: number, to: number, spans: ReadonlyArray<{ start: number; end: number }>, fill = 'x'): string {
  // One pass over the spans, built from pieces: rebuilding the string per span was quadratic.
  const inside = spans.filter((m) => m.end > from && m.start < to).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return text.slice(from, to);
  const pieces: string[] = [];
  let at = from;
  for (const m of inside) {
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, to);
    if (e <= s) continue;
    pieces.push(text.slice(at, s), fill.repeat(e - s));
    at = e;
  }
  pieces.push(text.slice(at, to));
  return pieces.join('');
}
