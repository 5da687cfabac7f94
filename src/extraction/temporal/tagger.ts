import { addDays, addMonths, CalendarRangeError, isIsoDay, isoWeekOf, weekdayOf } from '../../domain/calendar.ts';
import { clauseAround, parseReference, type ClauseTense, type Reference } from './anchoring.ts';
import { dateRules } from './date-rules.ts';
import { durationRules } from './duration-rules.ts';
import { intervalOfValue } from './interval.ts';
import { modOf } from './modifiers.ts';
import { relativeRules } from './relative-rules.ts';
import type { Draft, Rule, RuleContext } from './rule.ts';
import { timeRules } from './time-rules.ts';
import { MONTH_ANY, SPELLED_YEAR } from './lexicon.ts';
import type { CalendarInterval, StatedFields, TaggerOptions, TemporalMention } from './types.ts';

/**
 * The tagger's stage order. Every rule proposes candidates over the whole text; overlapping
 * candidates are settled longest-first (then by position in this list, so a more specific rule
 * listed earlier wins a tie); then modifiers ("early", "the end of") widen the survivors, anaphoric
 * expressions take their anchor from the mention before them, and values become intervals.
 */
const RULES: readonly Rule[] = [
  // Clock times before dates: "12:00 UTC Monday" must stay one TIME.
  ...timeRules,
  // Stated calendar dates before relative ones, so "May 7, 2005" never loses to "May".
  ...dateRules,
  ...relativeRules,
  ...durationRules,
];

interface Candidate extends Draft {
  start: number;
  end: number;
  rank: number;
  trace: string[];
  anchorDay?: string;
}

/**
 * A modifier right before a DATE: "early 2009", "the end of March", "later this year". The
 * determiner of "the late 1990s" belongs to the TIMEX3 extent, as in "the 1990s" by the guidelines.
 */
const MOD_PREFIX =
  /(?:\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|first days|last days)\s+of\s+|\b(?:the\s+)?(early|late|mid)[- ]|\b(earlier|later)\s+)$/i;
/** "so far this year", "to date this month": the part of the period up to the DCT. */
const SO_FAR_BEFORE = /\b(?:so far|thus far|to date|until now|up to now)\s+$/i;
const SO_FAR_AFTER = /^\s+(?:so far|to date|thus far)\b/i;
/** Values a modifier can narrow: years, months, decades, quarters, halves, seasons, weeks. */
const MODIFIABLE = /^(?:\d{2,4}|\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2})|FY\d{4})$/;

type Drop = NonNullable<TaggerOptions['onDrop']>;

/** Runs `fn`; a `CalendarRangeError` (a date outside 0001-9999) is reported to `drop` and gives undefined. */
function placed<T>(drop: Drop, text: string, start: number, end: number, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    drop({ start, end, text: text.slice(start, end), reason: error.message });
    return undefined;
  }
}

function collect(text: string, ctx: RuleContext, drop: Drop): Candidate[] {
  const out: Candidate[] = [];
  for (let rank = 0; rank < RULES.length; rank++) {
    const rule = RULES[rank];
    if (!rule) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const match = m;
      const built = placed(drop, text, m.index, m.index + m[0].length, () => rule.build(match, ctx));
      if (!built) continue;
      const drafts = Array.isArray(built) ? built : [built];
      for (const d of drafts) {
        const start = d.start ?? m.index;
        const end = d.end ?? m.index + m[0].length;
        if (end <= start) continue;
        out.push({ ...d, start, end, rank, trace: [rule.name] });
      }
    }
  }
  return out;
}

/** Longest candidate first, then earlier rule; keeps a non-overlapping set. */
function select(candidates: Candidate[], textLength: number): Candidate[] {
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/** Widens DATE mentions over a preceding "early"/"mid-"/"the end of"/"later" and records the mod. */
function applyModifiers(text: string, mentions: Candidate[], ref: Reference): void {
  let previousEnd = 0;
  for (const c of mentions) {
    if (c.type === 'DATE' && MODIFIABLE.test(c.value)) {
      const from = Math.max(previousEnd, c.start - 40);
      const m = MOD_PREFIX.exec(text.slice(from, c.start));
      if (m) {
        c.start = from + m.index;
        c.trace.push('modifier');
        const mod = modOf(m[1] ?? m[2] ?? '');
        if (mod) c.mod = mod;
        else if (m[3]) {
          // "earlier this month" / "later this year": the part of the period before or after the
          // DCT, when the period holds the DCT (a resignation "earlier this month" is not next week).
          const whole = intervalOfValue(c.value);
          if (whole && whole.start <= ref.iso && ref.iso <= whole.end) {
            c.interval = m[3].toLowerCase() === 'earlier'
              ? { start: whole.start, end: ref.iso, precision: 'approximate' }
              : { start: ref.iso, end: whole.end, precision: 'approximate' };
          }
        }
      }
    }
    if (c.type === 'DATE' && !c.interval && (SO_FAR_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) || SO_FAR_AFTER.test(text.slice(c.end, c.end + 16)))) {
      // "so far this year": from the start of the period to publication.
      const whole = intervalOfValue(c.value, c.mod);
      if (whole && whole.start <= ref.iso && ref.iso <= whole.end) {
        c.interval = { start: whole.start, end: ref.iso, precision: 'approximate' };
        c.trace.push('so-far');
      }
    }
    previousEnd = c.end;
  }
}

const RANGE_OPENER_BEFORE = /\b(?:from|between)\s+$/i;
const RANGE_JOINER = /^\s*(?:-|–|to|until|till|through|and)\s+$/i;
const YEAR_MONTH_VALUE = /^(\d{4})(-\d{2}(?:-\d{2})?)$/;

/**
 * "from December 5 until the end of February", "between November 20 and January 8": the second
 * end of a range does not come before the first. When one end's year was inferred (from the
 * clause's tense, each end on its own) and the two come out in the wrong order, that end moves by a
 * year to the side of the other. Runs after the modifiers, so "the end of" is inside the mention.
 */
function orderRangeEnds(text: string, mentions: Candidate[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1] as Candidate;
    const b = mentions[i] as Candidate;
    if (a.anchor || b.anchor || (a.type !== 'DATE' && a.type !== 'TIME') || b.type !== 'DATE') continue;
    const va = YEAR_MONTH_VALUE.exec(a.value.slice(0, 10));
    const vb = YEAR_MONTH_VALUE.exec(b.value);
    if (!va || !vb || !RANGE_JOINER.test(text.slice(a.end, b.start)) || !RANGE_OPENER_BEFORE.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    const length = Math.min(a.value.length, b.value.length, 10);
    if (b.value.slice(0, length) >= a.value.slice(0, length)) continue;
    const bStated = STATED_YEAR.test(text.slice(b.start, b.end));
    const aStated = STATED_YEAR.test(text.slice(a.start, a.end));
    if (!bStated) shiftYear(b, Number(vb[1]) + 1, vb[2] ?? '', 'range-order');
    else if (!aStated) shiftYear(a, Number(va[1]) - 1, (va[2] ?? '') + a.value.slice(10), 'range-order');
  }
}

function shiftYear(c: Candidate, year: number, rest: string, why: string): void {
  const value = `${String(year).padStart(4, '0')}${rest}`;
  if (rest.length === 6 && !isIsoDay(value)) return; // February 29 of a year that has none
  c.value = value;
  delete c.interval;
  c.trace.push(why);
}

/**
 * The week/month/year of the last calendar value (or day) the text mentioned, shifted by `shift`
 * units; undefined when that value is coarser than the unit (a year cannot give "the next week").
 */
function shiftCalendarUnit(lastCalendar: string | undefined, lastDay: string, unit: 'week' | 'month' | 'year', shift: number): string | undefined {
  const base = lastCalendar ?? lastDay;
  const year = Number(base.slice(0, 4));
  if (unit === 'year') return String(year + shift).padStart(4, '0');
  const month = /^\d{4}-(\d{2})/.exec(base)?.[1];
  if (unit === 'month') {
    if (!month) return undefined;
    return addMonths(`${base.slice(0, 7)}-01`, shift).slice(0, 7);
  }
  const day = DAY_PREFIX.exec(base)?.[1] ?? (lastCalendar === undefined ? lastDay : undefined);
  if (!day) return undefined;
  const w = isoWeekOf(addDays(day, 7 * shift));
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

const SEASON_START_MONTH: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * "the following spring" after "in 1946": the first such season that starts after the narrative's
 * time (a bare year: the next year's; "in January 1946": that year's); "that summer": the narrative
 * year's (a January or February is still the winter that began the December before).
 */
function seasonOfNarrative(season: { code: 'SP' | 'SU' | 'FA' | 'WI'; direction: 0 | 1 }, base: string): string {
  const year = Number(base.slice(0, 4));
  const seasonCode = /^\d{4}-(SP|SU|FA|WI)$/.exec(base)?.[1] as keyof typeof SEASON_START_MONTH | undefined;
  const monthText = /^\d{4}-(\d{2})/.exec(base)?.[1];
  const month = seasonCode ? SEASON_START_MONTH[seasonCode] : monthText ? Number(monthText) : undefined;
  const start = SEASON_START_MONTH[season.code];
  const pick = season.direction === 1 ? (month === undefined || month >= start ? year + 1 : year)
    : season.code === 'WI' && month !== undefined && month <= 2 ? year - 1 : year;
  return `${String(pick).padStart(4, '0')}-${season.code}`;
}

const FOLLOWING_DAY_REACH = 12;
/** How far back (characters) a clock time still belongs to the day the narrative named: about two sentences. */
const NARRATIVE_DAY_REACH = 300;
const SENTENCE_END = /[.!?]["”'’)]?\s|\n/;
const DAY_PREFIX = /^(\d{4}-\d{2}-\d{2})/;
const BOUND_BEFORE = /\b(?:since|until|till|by)\s+$/i;
/** A day ("the quarter ended Sept. 30") or a bare year: in results copy, not the period compared. */
const REPORTING_DAY_OR_YEAR = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_VALUE = /^(\d{4})(-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}))?$/;

/** What the anaphora pass remembers of the mentions before the current one. */
interface AnaphoraState {
  lastDay: string;
  /** End offset of the mention that gave `lastDay`; -1 while that is still the DCT. */
  lastDayEnd: number;
  /**
   * The day a clock time without one falls on: the last day named, unless that was a state's start
   * or a deadline ("cut off since Wednesday evening. The river peaked at 3 a.m.": not Wednesday).
   */
  clockDay: string;
  clockDayEnd: number;
  lastCalendar: string | undefined;
  lastQuarter: string | undefined;
  /**
   * The quarter results copy reports on: the first one the text names, or a later one that has
   * ended by the DCT ("third-quarter profit rose ... from a flat second quarter ... a year ago"
   * compares the third quarter; "the fiscal first quarter ... the quarter ended Sept. 30" the third).
   */
  reportQuarter: string | undefined;
}

type Anchor = NonNullable<Candidate['anchor']>;

/**
 * "the same period last year", "the quarter", "the following week": the previous calendar value
 * shifted by whole units; '' when there is nothing to refer to ("the quarter" before any quarter).
 */
function shiftedCalendarValue(anchor: Anchor, state: AnaphoraState, ref: Reference): string {
  const quarter = state.reportQuarter ? /^(\d{4})(-Q[1-4])$/.exec(state.reportQuarter) : null;
  if (anchor.period) {
    if (!quarter) return anchor.period.fallback;
    const year = anchor.period.year ?? Number(quarter[1]) + (anchor.yearShift ?? 0);
    return `${String(year).padStart(4, '0')}${quarter[2]}`;
  }
  if (anchor.yearShift !== undefined) {
    // After "the quarter ended Sept. 30" or "fiscal 1989", results copy still compares quarters:
    // "a year earlier" is the same quarter a year back.
    // A quarter named in passing ("despite a flat second quarter") does not replace it either.
    const last = state.lastCalendar && !REPORTING_DAY_OR_YEAR.test(state.lastCalendar) && !(state.reportQuarter && /-Q[1-4]$/.test(state.lastCalendar))
      ? state.lastCalendar : state.reportQuarter ?? state.lastCalendar;
    const m = last ? CALENDAR_VALUE.exec(last) : null;
    // "the first quarter ... a year earlier" keeps the quarter; after a day ("on March 3, 2020. A year
    // earlier, inspectors had warned") the text gives no day, so only the year is honest.
    const part = m?.[2] !== undefined && !/^-\d{2}-\d{2}$/.test(m[2]) ? m[2] : '';
    return m ? `${String(Number(m[1]) + anchor.yearShift).padStart(4, '0')}${part}` : String(ref.year + anchor.yearShift);
  }
  const unit = anchor.unit;
  if (!unit) return '';
  if (unit.name === 'quarter') {
    // Only a quarter the text named ("third-quarter results ... revenue rose in the quarter").
    const q = state.lastQuarter ? /^(\d{4})-Q([1-4])$/.exec(state.lastQuarter) : null;
    if (!q) return '';
    const index = Number(q[1]) * 4 + Number(q[2]) - 1 + unit.shift;
    return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
  }
  return shiftCalendarUnit(state.lastCalendar, state.lastDay, unit.name, unit.shift) ??
    shiftCalendarUnit(undefined, ref.iso, unit.name, unit.shift) ?? ref.iso.slice(0, 4);
}

/**
 * The day a clock time without one belongs to: the day named earlier in its sentence, else a day
 * right after it ("at 16:15 UTC, June 1st"), else the day the narrative last named ("struck on
 * Saturday ... The quake hit at 8:29"), else the DCT.
 */
function dayOfClockTime(text: string, mentions: readonly Candidate[], i: number, state: AnaphoraState, ref: Reference): string {
  const c = mentions[i] as Candidate;
  if (state.clockDayEnd >= 0 && !SENTENCE_END.test(text.slice(state.clockDayEnd, c.start))) return state.clockDay;
  for (let j = i + 1; j < mentions.length; j++) {
    const next = mentions[j] as Candidate;
    if (next.start - c.end > FOLLOWING_DAY_REACH || SENTENCE_END.test(text.slice(c.end, next.start))) break;
    const day = next.anchor ? undefined : DAY_PREFIX.exec(next.value)?.[1];
    if (day !== undefined) return day;
  }
  if (state.clockDayEnd >= 0 && c.start - state.clockDayEnd <= NARRATIVE_DAY_REACH) return state.clockDay;
  return ref.iso;
}

/**
 * Anchors anaphoric mentions: "the day", "three days later", "that morning" to the last day-valued
 * mention before them (the DCT when there is none); clock times without a day to the day named in
 * their own sentence; "the same period last year" to the previous calendar value, a year back.
 */
function resolveAnaphora(text: string, mentions: Candidate[], ref: Reference, drop: Drop): void {
  const state: AnaphoraState = {
    lastDay: ref.iso, lastDayEnd: -1, clockDay: ref.iso, clockDayEnd: -1, lastCalendar: undefined, lastQuarter: undefined, reportQuarter: undefined,
  };
  for (let i = 0; i < mentions.length; i++) {
    const c = mentions[i] as Candidate;
    const anchor = c.anchor;
    if (anchor && !resolveAnchor(text, mentions, i, anchor, state, ref, drop)) {
      c.value = '';
      continue;
    }
    if (anchor) {
      c.trace.push('anaphora');
    }
    // A comparison period ("a year earlier", "the year-ago quarter") is not where the narrative
    // is: the next "a year earlier" compares with the same reporting period again, not with it.
    if (anchor && (anchor.yearShift !== undefined || anchor.period)) continue;
    const day = DAY_PREFIX.exec(c.value)?.[1];
    // "cut off since Wednesday evening. The river peaked at 3 a.m.": a state's start or a deadline
    // ("since", "until", "by") is not the day the narrative is on.
    if (day) {
      state.lastDay = day;
      state.lastDayEnd = c.end;
      if (!BOUND_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start)) && !inPastPerfect(text, c)) {
        state.clockDay = day;
        state.clockDayEnd = c.end;
      }
    }
    if (CALENDAR_VALUE.test(c.value)) state.lastCalendar = c.value;
    if (/^\d{4}-Q[1-4]$/.test(c.value)) {
      state.lastQuarter = c.value;
      // The reporting period is the latest quarter named that has ended by the DCT: "the fiscal
      // first quarter ... For the quarter ended Sept. 30" reports the third; "the best since the
      // third quarter of 1984" is a comparison in passing, not the quarter reported on.
      if (!anchor && (state.reportQuarter === undefined || (c.value > state.reportQuarter && quarterEnded(c.value, ref)))) state.reportQuarter = c.value;
    }
  }
}

/** "had given", "had been told", "had already left": a past perfect, not "had to" or "had a lead". */
const PAST_PERFECT = /\bhad\s+(?:(?:not|never|already|just|previously|earlier|first)\s+)?(?!to\b|a\b|an\b|the\b|no\b|its\b|their\b|his\b|her\b)[a-z]{3,}(?:ed|en|wn|ne|de|ven|ght|id|ft|lt|pt|nt|ld|ck|ung|ade)\b/i;
const SENTENCE_START = /[.!?]["”'’)]?\s+(?=[A-Z"“])|\n/g;

/**
 * "The first count, on Monday, had given her a lead": a day in a past-perfect sentence is backstory,
 * told from a later point, so it is not the day a following clock time ("confirmed at 4:30 a.m.")
 * falls on.
 */
function inPastPerfect(text: string, c: Candidate): boolean {
  const lo = Math.max(0, c.start - 160);
  const before = text.slice(lo, c.start);
  let from = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(before); m; m = SENTENCE_START.exec(before)) from = m.index + m[0].length;
  const after = text.slice(c.end, c.end + 160);
  const stop = after.search(/[.!?]["”'’)]?\s|\n/);
  return PAST_PERFECT.test(before.slice(from) + ' ' + (stop < 0 ? after : after.slice(0, stop)));
}

/** Whether the quarter `YYYY-Qn` ended before the quarter that holds the DCT began. */
function quarterEnded(quarter: string, ref: Reference): boolean {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return year * 4 + q - 1 < ref.year * 4 + Math.floor((ref.month - 1) / 3);
}

/** Sets an anaphoric mention's value from what came before it; false when that value is off the calendar. */
function resolveAnchor(text: string, mentions: Candidate[], i: number, anchor: Anchor, state: AnaphoraState, ref: Reference, drop: Drop): boolean {
  const c = mentions[i] as Candidate;
  const value = placed(drop, text, c.start, c.end, () => {
    if (anchor.yearShift !== undefined || anchor.unit || anchor.period) return shiftedCalendarValue(anchor, state, ref);
    if (anchor.season) return seasonOfNarrative(anchor.season, state.lastCalendar ?? state.lastDay);
    if (anchor.weekday) {
      // "the previous Friday": the nearest such weekday before (or after) the narrative's day.
      const from = weekdayOf(state.lastDay);
      const step = anchor.weekday.direction < 0 ? -(((from - anchor.weekday.day + 7) % 7) || 7) : ((anchor.weekday.day - from + 7) % 7) || 7;
      return addDays(state.lastDay, step);
    }
    if (anchor.ownSentence && (state.lastDayEnd < 0 || SENTENCE_END.test(text.slice(state.lastDayEnd, c.start)))) return `XXXX-XX-XX${anchor.timeSuffix ?? ''}`;
    const day = anchor.sameSentence ? dayOfClockTime(text, mentions, i, state, ref) : state.lastDay;
    // "the attack followed an argument shortly before 10 p.m." after a sentence about a bail date:
    // a past event is not on a later day, and the text gives no other, so the day stays unknown.
    // Nor is it on the DCT when the only day the text named was a deadline ("on bail until June 14").
    const unknownDay = anchor.past === true && (day > ref.iso || (anchor.sameSentence === true && state.clockDayEnd < 0 && state.lastDayEnd >= 0));
    if (!unknownDay) c.anchorDay = day;
    return `${unknownDay ? 'XXXX-XX-XX' : addDays(day, anchor.offsetDays)}${anchor.timeSuffix ?? ''}`;
  });
  if (value === undefined) return false;
  c.value = value;
  return true;
}

/** A value whose year is not four digits 0001-9999 ("-977", "10000-01-07", "0000") is off the calendar. */
function offCalendar(value: string): boolean {
  return /^-/.test(value) || /^\d{5}/.test(value) || /^0000(?:\D|$)/.test(value);
}

function toMention(text: string, c: Candidate): TemporalMention {
  const mention: TemporalMention = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    trace: c.trace,
  };
  if (c.mod) mention.mod = c.mod;
  const interval: CalendarInterval | undefined =
    c.interval ?? (c.type === 'DATE' || c.type === 'TIME' ? intervalOfValue(c.value, c.mod) : undefined);
  if (interval) mention.interval = interval;
  if (c.durationDays !== undefined) mention.durationDays = c.durationDays;
  if (c.form) mention.form = c.form;
  if (c.parts) mention.parts = c.parts;
  const stated = c.stated ?? statedFields(mention.text, c.type, c.value);
  if (stated) mention.stated = stated;
  if (c.anchor) mention.anchoredTo = 'narrative';
  else if (c.anchoredTo) mention.anchoredTo = c.anchoredTo;
  if (c.anchorDay) mention.anchorDay = c.anchorDay;
  return mention;
}

const STATED_YEAR = new RegExp(`\\b\\d{4}\\b|\\b(?:AD|A\\.D\\.|CE)\\s*\\d{1,4}\\b|\\b\\d{1,4}\\s*(?:AD|A\\.D\\.|CE|BCE?|B\\.C\\.)(?![a-z])|['’]\\d{2}\\b|\\b${SPELLED_YEAR}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'i');
const STATED_MONTH = new RegExp(`\\b${MONTH_ANY}(?![a-z])|\\b\\d{4}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}\\b`, 'i');
const STATED_DAY = new RegExp(`\\b${MONTH_ANY}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY}|^\\d{1,2}(?:st|nd|rd|th)?$|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}\\b`, 'i');

/**
 * Which calendar fields a date's own words state (chrono's `isCertain`): "December 12" states the
 * month and day, not the year (inferred from the clause); "last week" states none (all from the
 * DCT). Only for values that name calendar fields.
 */
function statedFields(phrase: string, type: string, value: string): StatedFields | undefined {
  if ((type !== 'DATE' && type !== 'TIME') || !/^\d{4}/.test(value)) return undefined;
  return { year: STATED_YEAR.test(phrase), month: STATED_MONTH.test(phrase), day: STATED_DAY.test(phrase) };
}

/**
 * Finds the temporal expressions of `text` as TIMEX3 mentions, sorted by start and non-overlapping.
 * Pure and deterministic: the only notion of "now" is `options.referenceDate`.
 */
export function tagTemporalExpressions(text: string, options: TaggerOptions): TemporalMention[] {
  const ref = parseReference(options.referenceDate);
  const clauseCache = new Map<number, ClauseTense>();
  const clause = (start: number, end: number): ClauseTense => {
    const key = start * 65536 + (end - start);
    let t = clauseCache.get(key);
    if (t === undefined) {
      t = clauseAround(text, start, end);
      clauseCache.set(key, t);
    }
    return t;
  };
  const ctx: RuleContext = { text, ref, clause, tense: (start, end) => clause(start, end).tense };
  const drop: Drop = options.onDrop ?? (() => undefined);
  const kept = select(collect(text, ctx, drop), text.length);
  // Anaphora first, so "the end of the year" (anaphoric "the year") can take its modifier.
  resolveAnaphora(text, kept, ref, drop);
  applyModifiers(text, kept, ref);
  orderRangeEnds(text, kept);
  // An anaphor with nothing to refer to ("the quarter" before any quarter) is no mention; nor is a
  // value off the calendar (years 0001-9999), which is reported to `onDrop`.
  const mentions: TemporalMention[] = [];
  for (const c of kept) {
    if (c.value === '') continue;
    const mention = offCalendar(c.value) ? undefined : placed(drop, text, c.start, c.end, () => toMention(text, c));
    const interval = mention?.interval;
    if (!mention || (interval && (!isIsoDay(interval.start) || !isIsoDay(interval.end)))) {
      if (mention || offCalendar(c.value)) drop({ start: c.start, end: c.end, text: text.slice(c.start, c.end), reason: `value ${c.value.slice(0, 20)} is outside the years 0001-9999` });
      continue;
    }
    mentions.push(mention);
  }
  return mentions;
}

