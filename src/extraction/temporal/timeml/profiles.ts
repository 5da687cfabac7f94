import type { TemporalMention } from '../types.ts';
import type { TimexToWrite } from './document.ts';

/**
 * TimeML output profiles: the annotation conventions of a corpus, applied to the tagger's one
 * analysis when writing TIMEX3. The tagger says what a phrase means (an interval, an anchor, a
 * form such as "a quantity before 'earlier'"); a profile says how that corpus tags such a phrase.
 *
 * - `te3`: TimeML 1.2.1 as annotated in TempEval-3 (TimeBank, AQUAINT, the platinum test set).
 * - `meantime`: the MEANTIME corpus (NewsReader guidelines), in its TempEval-3 style conversion.
 *
 * Where the two differ (each choice checked against the corpus's gold, see the README of
 * ../../../../shared/benchmarks/timebank and src/extraction/temporal/fixtures/heldout):
 *
 * | phrase | te3 | meantime |
 * |---|---|---|
 * | "two weeks earlier", "three days later", "ten years earlier" | DURATION P2W over the quantity ("earlier" is a signal); a one-year shift ("a year earlier") stays the DATE it names | DATE, whole phrase |
 * | "January this year", "June last year" | one DATE (1998-01) | two DATEs ("January", "this year") |
 * | "from 2009 to 2011", "between 2004 and 2007" | two DATEs | one DURATION (P2Y) |
 * | "in recent months", "over the coming weeks" | DURATION PXM, PXW | DATE PAST_REF, FUTURE_REF |
 * | "annual", "quarterly" before a noun | not a timex | DURATION P1Y / SET |
 * | "later", "short-term", "long-term" | not a timex | FUTURE_REF |
 * | "a 34-year-old", "37 years old" | not a timex | DURATION P34Y |
 * | "16:15 UTC" | no zone suffix (T16:15) | T16:15Z |
 * | "fiscal 1989" | 1989 | FY1989 |
 */
export type TimemlProfile = 'te3' | 'meantime';

export const PROFILES: readonly TimemlProfile[] = ['te3', 'meantime'];

export const PROFILE_NAMES: Readonly<Record<TimemlProfile, string>> = {
  te3: 'TimeML 1.2.1 / TempEval-3 (TimeBank)',
  meantime: 'MEANTIME (NewsReader)',
};

export function isProfile(s: string): s is TimemlProfile {
  return (PROFILES as readonly string[]).includes(s);
}

/** A written TIMEX3 with the analysis it came from, for error listings. */
export interface ProfiledTimex extends TimexToWrite {
  text: string;
  trace: string[];
}

function whole(m: TemporalMention, over: Partial<TimexToWrite> = {}): ProfiledTimex {
  const t: ProfiledTimex = { start: m.start, end: m.end, type: m.type, value: m.value, text: m.text, trace: m.trace, ...over };
  if (m.mod && over.mod === undefined) t.mod = m.mod;
  return t;
}

function part(m: TemporalMention, text: string, role: string, start: number, end: number, type: string, value: string): ProfiledTimex {
  return { start, end, type, value, text: text.slice(start, end), trace: [...m.trace, `profile:${role}`] };
}

function te3(m: TemporalMention, text: string): ProfiledTimex[] {
  const parts = m.parts ?? [];
  const find = (role: string) => parts.find((p) => p.role === role);
  switch (m.form) {
    case 'offset': {
      const q = find('quantity');
      // TimeBank tags "a year earlier"/"a year ago" as the (earlier) period itself, 16 times of 16;
      // a shift of several years is a quantity like any other ("twenty years after": P20Y).
      if (!q || q.value === 'P1Y') break;
      return [part(m, text, 'quantity', q.start, q.end, q.type, q.value)];
    }
    case 'year-span': {
      const a = find('first');
      const b = find('second');
      if (a && b) return [part(m, text, 'first', a.start, a.end, a.type, a.value), part(m, text, 'second', b.start, b.end, b.type, b.value)];
      break;
    }
    case 'vague-stretch': {
      const d = find('duration');
      if (d) return [part(m, text, 'duration', d.start, d.end, d.type, d.value)];
      break;
    }
    case 'rate-adjective':
    case 'vague-adverb':
    case 'age':
      return [];
    default:
      break;
  }
  let value = m.value;
  if (m.type === 'TIME') value = value.replace(/Z$/, '');
  if (/^FY\d{4}$/.test(value)) value = value.slice(2);
  return [whole(m, { value })];
}

function meantime(m: TemporalMention, text: string): ProfiledTimex[] {
  if (m.form === 'month-of-relative-year') {
    const month = m.parts?.find((p) => p.role === 'month');
    const year = m.parts?.find((p) => p.role === 'year');
    if (month && year) {
      return [part(m, text, 'month', month.start, month.end, month.type, month.value), part(m, text, 'year', year.start, year.end, year.type, year.value)];
    }
  }
  return [whole(m)];
}

/**
 * The TIMEX3 a corpus with `profile`'s conventions would hold for these mentions (`text` is the
 * tagged text, for the extents of parts), sorted by start and non-overlapping.
 */
export function timexesFor(mentions: readonly TemporalMention[], text: string, profile: TimemlProfile): ProfiledTimex[] {
  const apply = profile === 'te3' ? te3 : meantime;
  const out: ProfiledTimex[] = [];
  for (const m of mentions) out.push(...apply(m, text));
  return out.sort((a, b) => a.start - b.start);
}
