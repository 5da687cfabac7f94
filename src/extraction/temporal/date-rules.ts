import { isoDayFromParts, lastDayOfMonth, weekdayOf } from '../../domain/calendar.ts';
import { chooseYear, daySpan, monthSpan, pad2, pad4, untilAfterPerfect, type Reference, type Tense } from './anchoring.ts';
import { MONTHS, MONTH_ANY, MONTH_FULL, ORDINAL_WORD, SPELLED_YEAR, WEEKDAY, WEEKDAYS, parseOrdinal, parseSpelledYear } from './lexicon.ts';
import { modOf } from './modifiers.ts';
import type { Draft, Rule, RuleContext } from './rule.ts';

/**
 * Calendar dates stated by name or number: full dates, month-day with an inferred year, months,
 * years, decades, centuries, quarters, halves, seasons and fiscal years.
 */

const ORD = '(?:st|nd|rd|th)?';
const WEEKDAY_PREFIX = `(?:${WEEKDAY},?[ \\t]+)?`;

function monthNumber(raw: string): number {
  return MONTHS[raw.toLowerCase().replace('.', '')] ?? 0;
}

function dayValue(year: number, month: number, day: number): string | undefined {
  return isoDayFromParts(year, month, day);
}

/** Year of a partial date, from the tense of its clause (see anchoring.chooseYear). */
function inferDayYear(ctx: RuleContext, start: number, end: number, month: number, day: number, weekday?: number): number | undefined {
  const spanOf = (y: number) => daySpan(y, month, day);
  // "Monday, Oct. 28": only the years where that day is a Monday (the nearest of them wins).
  if (weekday !== undefined) {
    const fitting = [ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1].filter((y) => {
      const iso = isoDayFromParts(y, month, day);
      return iso !== undefined && weekdayOf(iso) === weekday;
    });
    if (fitting.length === 1) return fitting[0];
    if (fitting.length > 1) return chooseYear(ctx.ref, 'unknown', (y) => (fitting.includes(y) ? spanOf(y) : undefined));
  }
  return chooseYear(ctx.ref, deadlineTense(ctx, start, end), spanOf, { governedPast: ctx.clause(start, end).governed });
}

/** The weekday a date phrase starts with ("Monday, Oct. 28"), 0 = Sunday. */
function statedWeekday(phrase: string): number | undefined {
  const w = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(phrase)?.[1];
  return w === undefined ? undefined : WEEKDAYS[w.toLowerCase()];
}

/**
 * The clause tense, except for deadlines and targets, which look ahead: "until" after a present
 * perfect (see untilAfterPerfect); "by August", "until March", "payable Dec. 7", "has set Nov. 10 as
 * the deadline" unless a past verb takes the date itself ("worked until March", "had fallen by May").
 */
function deadlineTense(ctx: RuleContext, start: number, end: number): Tense {
  const lead = ctx.text.slice(Math.max(0, start - 90), start);
  if (untilAfterPerfect(lead)) return 'future';
  const clause = ctx.clause(start, end);
  const near = lead.slice(-24);
  if (TARGET_BEFORE.test(near) || (DEADLINE_BEFORE.test(near) && !(clause.tense === 'past' && clause.governed))) return 'future';
  // "have not lost since October 24": a state's start is behind the DCT, whatever else the clause says;
  // so is a date the text says applies "retroactively".
  if (/\bsince\s+$/i.test(near) || /\b(?:retroactive(?:ly)?|backdated|back-dated)\b[^.;!?]*$/i.test(lead)) return 'past';
  return clause.tense;
}

/** Words right before a date that make it a deadline ahead of the clause's verb. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|payable)\s+$/i;
/** A date just chosen as a target: "has set Nov. 10 as the deadline", "have scheduled March 3". */
const TARGET_BEFORE = /\b(?:has|have)\s+(?:set|scheduled|fixed|named|picked|chosen|targeted)\s+$/i;

function inferMonthYear(ref: Reference, tense: Tense, month: number, governedPast: boolean): number {
  return chooseYear(ref, tense, (y) => monthSpan(y, month), { governedPast }) ?? ref.year;
}

/** One end of a range: a month, or a day of a month. */
interface RangeEnd {
  month: number;
  day?: number;
}

/**
 * The years of the two ends of a range stated once ("from March to May 2012", "December 28 to
 * January 3"): the first end is in the year of the second, or the year before when it comes later
 * in the calendar. Without a stated year, the whole range is placed by the tense of its clause.
 */
function rangeYears(
  ctx: RuleContext, start: number, end: number, first: RangeEnd, second: RangeEnd, stated?: number, list = false,
): [number, number] | undefined {
  const wrap = first.month > second.month || (first.month === second.month && (first.day ?? 1) > (second.day ?? 31)) ? 1 : 0;
  if (stated !== undefined) return [stated - wrap, stated];
  const edge = (y: number, e: RangeEnd, side: 'start' | 'end'): string | undefined =>
    e.day === undefined ? monthSpan(y, e.month)[side] : daySpan(y, e.month, e.day)?.[side];
  const tense = ctx.tense(start, end);
  // A future range ("will run from November to February") has not started yet: place its first end.
  // A list ("sales in November and December will grow", said on December 1) is one stretch that is
  // still open while its last month is.
  const y2 = chooseYear(ctx.ref, tense, (y) => {
    const a = edge(y - wrap, first, 'start');
    const b = tense === 'future' && !list ? edge(y - wrap, first, 'end') : edge(y, second, 'end');
    return a && b ? { start: a, end: b } : undefined;
  }, { governedPast: ctx.clause(start, end).governed });
  return y2 === undefined ? undefined : [y2 - wrap, y2];
}

/** "... 7 July last year": a year stated relative to the DCT right after a date or a range. */
function relativeYearAfter(ctx: RuleContext, at: number): { year: number; end: number } | undefined {
  const m = /^(\s+(?:of\s+)?)(this|last|next)\s+year\b/i.exec(ctx.text.slice(at, at + 20));
  if (!m) return undefined;
  const which = (m[2] ?? '').toLowerCase();
  return { year: ctx.ref.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0), end: at + m[0].length };
}

/** Words after which a bare "May" or "March" is a month rather than a verb or a noun. */
const MONTH_LEAD = /\b(?:in|since|until|till|by|of|during|from|to|through|early|late|mid|last|next|this|before|after|between|and|or|on|end|beginning|start|middle|until|throughout|into)[\s-]+$/i;

/** "last", "next", "this" (and "late last", "early next") right before a month name. */
const RELATIVE_MONTH_LEAD = /(?:\b(early|late|mid)[- ])?\b(last|next|this)\s+$/i;

/** A lowercase noun after a month ("vote", "election"), not a preposition or verb of a name ("March on Washington"). */
const MONTH_MODIFIES_NOUN = /^\s+(?!(?:on|to|of|through|against|for|from|in|and|or|is|was|are|were|has|had|will|be)\b)[a-z]{3,}/;

const FULL_DATE_MDY = new RegExp(`\\b${WEEKDAY_PREFIX}(${MONTH_ANY})\\s+(\\d{1,2})${ORD}(?:,\\s*|\\s+)(\\d{4})\\b`, 'g');
const FULL_DATE_DMY = new RegExp(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ANY}),?\\s+(\\d{4})\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${WEEKDAY_PREFIX}(${MONTH_ANY})\\s+(\\d{1,2})${ORD}\\b(?!:\\d|\\.\\d|,\\d)`, 'g');
const DAY_MONTH = new RegExp(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ANY})(?![a-z])`, 'g');
const MONTH_RANGE = new RegExp(
  `\\b(${MONTH_ANY}\\s+(\\d{1,2})${ORD})\\s*(?:-|–|—|to|through|until|and)\\s*((\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?)`,
  'gd',
);
/** "from March to May 2012", "between June and August last year", "March-May": both ends share a year. */
const MONTH_TO_MONTH = new RegExp(
  `\\b(?:(from|between)\\s+)?(${MONTH_ANY})\\s*(-|–|\\bto|\\buntil|\\btill|\\bthrough|\\band)\\s*(${MONTH_ANY})(?![a-z])` +
    `(?:(,?\\s+(?:of\\s+)?)(\\d{4})\\b|(\\s+(?:of\\s+)?)((this|last|next)\\s+year)\\b)?`,
  'gd',
);
/** "12-14 December", "12 to 14 December 2012": the first day takes the month and year of the second. */
const DAY_RANGE_DMY = new RegExp(
  `\\b(\\d{1,2})${ORD}\\s*(?:-|–|to|until|till|through|and)\\s*((\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ANY})(?![a-z])(?:,?\\s+(\\d{4})\\b)?)`,
  'gd',
);
/** "March 30 to April 2", "30 March - 2 April 2012": two days of a range that may cross a year end. */
const CROSS_MONTH_RANGE = new RegExp(
  `\\b(?:(${MONTH_ANY})\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${MONTH_ANY}))\\s*(?:-|–|to|until|till|through)\\s*` +
    `((?:(${MONTH_ANY})\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${MONTH_ANY}))(?![a-z\\d])(?:,?\\s+(\\d{4})\\b)?)`,
  'gd',
);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_ANY}),?\\s+(?:of\\s+)?(\\d{4}|${SPELLED_YEAR})\\b`, 'gi');
/**
 * "in nineteen ninety-six", "Atlanta, nineteen ninety-six.", "the year two thousand": a year in
 * words. A bare "two thousand" is mostly a count, so it needs "the year" or a preposition of time
 * and no noun after it.
 */
const SPELLED_YEAR_RE = new RegExp(`\\b(?:(the\\s+year)\\s+)?(${SPELLED_YEAR})\\b`, 'gi');
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${MONTH_FULL})(\\s+(?:of\\s+)?)((this|last|next)\\s+year)\\b`, 'g');
const MONTH_ALONE = new RegExp(`\\b(${MONTH_FULL})\\b`, 'g');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const YEAR = /\b(1\d{3}|20\d{2})\b/g;
/** "AD 124", "A.D. 79", "1066 AD", "260 CE", "3000 BC", "44 B.C." (capitals only: "ad" is a word). */
const ERA_YEAR = /(?<![\w.])(?:(?:AD|A\.D\.|CE|C\.E\.)\s?(\d{1,4})\b|(\d{1,4})\s?(AD|A\.D\.|CE|C\.E\.|BCE|B\.C\.E\.|BC|B\.C\.)(?![\w]))/g;
const SHORT_YEAR = /(?<=^|[\s(])['’](\d{2})\b(?!['’]?s)/g;
const DECADE = /\b(1\d|20)(\d)0['’]?s\b/g;
const SHORT_DECADE = /(?<![\w'’])['’]?([2-9])0['’]?s\b/g;
const CENTURY = new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORD})[- ]century\\b`, 'gi');
const QUARTER = new RegExp(
  '\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter\\b' +
    '(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+|financial\\s+)?(\\d{4})|(this|last|next|the)\\s+year))?',
  'gi',
);
const QUARTER_CODE = /\bQ([1-4])(?:(?:\s+|-|\/)(\d{4}|['’]?\d{2}))?\b/g;
const HALF = /\b(?:the\s+)?(first|second|latter|last)[- ]half\s+of\s+(?:(\d{4})|(this|last|next|the)\s+year)\b/gi;
const SEASON = new RegExp(`\\b(?:(this|last|next|the coming|the past|the previous|the following|the same|that|the)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4}|${SPELLED_YEAR})|\\s+of\\s+(this|last|next)\\s+year)?\\b`, 'gi');
/** A lower-case word after a season that is no function word or verb of being: "winter sailings". */
const BARE_SEASON_NOUN_AFTER = /^\s+(?!(?:and|or|in|on|to|at|of|for|is|was|were|has|had|will|would|when|as|the|this|that|months?|season|term)\b)[a-z]{3,}/;
/** Words before a bare season that make it a time: a preposition, a conjunction, a quantifier. */
const SEASON_FUNCTION_WORD_BEFORE = /(?:^|\b(?:in|during|over|through|since|until|till|by|before|after|from|of|for|each|every|all|but|and|or|mid|early|late|a|an)\s+)$/i;
/** A holiday's day in a given year: a fixed date, or the nth weekday of a month (US federal rules; -1 = last). */
type HolidayRule = readonly [month: number, day: number] | { month: number; weekday: number; nth: number };
const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], christmas: [12, 25], 'boxing day': [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], "valentine's day": [2, 14], halloween: [10, 31],
  'independence day': [7, 4], 'bastille day': [7, 14],
  thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'memorial day': { month: 5, weekday: 1, nth: -1 }, 'labor day': { month: 9, weekday: 1, nth: 1 },
};
const HOLIDAY =
  /\b(?:(last|next|this)\s+)?(Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Independence Day|Bastille Day|Thanksgiving(?: Day)?|Memorial Day|Labor Day)(?:,?\s+(\d{4}))?\b/g;

function holidayDay(rule: HolidayRule, year: number): number {
  if (Array.isArray(rule)) return rule[1];
  const { month, weekday, nth } = rule as { month: number; weekday: number; nth: number };
  if (nth > 0) {
    const first = isoDayFromParts(year, month, 1);
    return first === undefined ? 1 : 1 + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
  }
  const last = lastDayOfMonth(year, month);
  return Number(last.slice(8)) - ((weekdayOf(last) - weekday + 7) % 7);
}

/**
 * Days that news names by their date: "9/11", "the September 11 attacks" (2001). The bare date needs
 * a noun of the event after it, otherwise "September 11" is this year's (or last year's) day.
 */
const NAMED_DATE = /\b(?:9\/11(?!\/)|(?:September|Sept\.?)\s+11(?:th)?(?=\s+(?:attacks?|terror|terrorist|hijack\w*|commission|memorial|anniversary|victims|plot|era)\b))/g;
const FISCAL = /\b(?:fiscal|financial)(?:\s+year)?\s+(\d{4})\b|\bFY\s?(\d{4}|\d{2})\b|\b(\d{4})\s+(?:fiscal|financial)\s+year\b/gi;

/** Tokens that show a four-digit number is a count or a code, not a year. */
const NOT_YEAR_BEFORE = /(?:[$€£¥#]|\bNo\.?|\b[Nn]umber|\bBoeing|\bAirbus|\b(?:[Ff]light|[Rr]oute|[Pp]age|[Rr]oom|[Ss]ection|[Aa]rticle|[Cc]hapter|[Cc]lause|[Pp]aragraph|[Rr]ule|[Rr]egulation|[Rr]esolution|[Bb]ill|[Mm]odel|[Gg]ate|[Pp]latform|[Cc]hannel|[Hh]ighway|[Ii]nterstate|[Bb]uilding|[Ss]uite|[Aa]partment|[Uu]nit|[Ll]ine|[Cc]ode|[Bb]ox|[Ff]orm|[Tt]itle|[Pp]art|[Ss]tage|[Pp]hase|[Ll]evel|[Ee]xit|[Bb]us|[Vv]ersion)|\bp\.|\babout|\baround|\bsome|\bover|\bnearly|\balmost|\bthan|\bto|\bup to|\bof)\s*$/;
const YEAR_LEAD = /(?:\b(?:in|since|of|by|from|until|till|to|and|or|the|during|before|after|between|early|late|mid|around|circa|c\.|year|years|its|his|her|their|this|that|for|on|at|through|throughout|summer|winter|spring|autumn|fall)[\s-]*|[,(–—-]\s*|^\s*)$/i;
const COUNT_NOUN_AFTER = /^\s*(?:%|(?:percent|per cent|hundred|thousand|million|billion|trillion|[a-z]+s|people|men|women|children|staff|police|personnel|military|infantry|cattle|livestock|sheep|aircraft|equipment|km|kg|lbs?|mph|MW|GW|kilometres|kilometers|kilograms|miles|metres|meters|feet|tons|tonnes|hectares|acres|votes|points)\b)/;

/** Capitalised function words before a year do not make it part of a name ("The 2004 Olympics"). */
const NAME_LEAD_EXCEPTIONS =
  /\b(?:In|Since|By|From|Until|During|Of|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Last|Next|Before|After|At|On|And|But|Or|For|To|Early|Late|Mid)\s$/;

/**
 * A figure reached by a change ("the death toll rose to 1012", "deaths climbed to 2045", "fell by
 * 1500", "stood at 1998"): a count, never a year. Times moved by a verb of scheduling ("postponed to
 * 2027", "extended to 2030") do not match: only verbs of quantity do; nor does "from" ("prices fell
 * from 2020 to 2021" reads as the years).
 */
const CHANGED_TO = /\b(?:rose|risen|rising|rises|climbed|climbs|climbing|fell|fallen|falling|falls|dropped|drops|dropping|jumped|jumps|increased|increases|decreased|decreases|declined|declines|grew|grown|grows|soared|soars|surged|surges|plunged|plunges|slipped|tumbled|swelled|totalled|totaled|totals|stood|stands|reached|reaches)\s+(?:to|by|at)\s+(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more than\s+)?$/i;

function yearNotCount(text: string, start: number, end: number): boolean {
  if (CHANGED_TO.test(text.slice(Math.max(0, start - 40), start))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (/^[.,]\d|^\d/.test(after) || /\d[.,]$/.test(before)) return false;
  // Phone numbers and other digit groups: "0800 555 2012", "2012 555 0100".
  if (/\d\s$/.test(before) || /^\s\d/.test(after)) return false;
  const countAfter = COUNT_NOUN_AFTER.test(after);
  if (NOT_YEAR_BEFORE.test(before)) {
    // "about 2000 troops" is a count, but "to 2011" / "of 2009" are years unless a count noun follows.
    if (!/\b(?:to|of|up to)\s*$/.test(before) || countAfter) return false;
  }
  if (countAfter && !/\b(?:in|since|the|of|by|from|until|during)\s*$/i.test(before)) return false;
  // "Russell 2000 Index": a number between two capitalised words is part of a name.
  if (/\b[A-Z][a-z]+\s$/.test(before) && !NAME_LEAD_EXCEPTIONS.test(before) &&
    /^\s[A-Z][a-z]/.test(after) && !new RegExp(`^\\s${MONTH_FULL}`).test(after)) return false;
  return true;
}

export const dateRules: Rule[] = [
  {
    name: 'date.month-day-year',
    pattern: FULL_DATE_MDY,
    build: (m) => {
      const value = dayValue(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'date.day-month-year',
    pattern: FULL_DATE_DMY,
    build: (m) => {
      const value = dayValue(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'date.named-date',
    pattern: NAMED_DATE,
    build: () => ({ type: 'DATE', value: '2001-09-11' }),
  },
  {
    name: 'date.month-range',
    pattern: MONTH_TO_MONTH,
    build: (m, ctx) => {
      const m1 = monthNumber(m[2] ?? '');
      const m2 = monthNumber(m[4] ?? '');
      const joiner = (m[3] ?? '').toLowerCase();
      const lead = (m[1] ?? '').toLowerCase();
      const firstAt = m.indices?.[2];
      const secondAt = m.indices?.[4];
      if (!m1 || !m2 || m1 === m2 || !firstAt || !secondAt) return undefined;
      // "in June and August": a list, not a range; the shared year still holds, a year wrap does not.
      if (joiner === 'and' && lead !== 'between' && m1 > m2) return undefined;
      const rel = m[9]?.toLowerCase();
      const stated = m[6] ? Number(m[6]) : rel === 'last' ? ctx.ref.year - 1 : rel === 'next' ? ctx.ref.year + 1 : rel === 'this' ? ctx.ref.year : undefined;
      const list = joiner === 'and' && lead !== 'between';
      const years = rangeYears(ctx, m.index, m.index + m[0].length, { month: m1 }, { month: m2 }, stated, list);
      if (!years) return undefined;
      const drafts: Draft[] = [{ type: 'DATE', value: `${pad4(years[0])}-${pad2(m1)}`, start: firstAt[0], end: firstAt[1] }];
      const secondEnd = m[6] ? m.index + m[0].length : secondAt[1];
      drafts.push({ type: 'DATE', value: `${pad4(years[1])}-${pad2(m2)}`, start: secondAt[0], end: secondEnd });
      const relAt = m.indices?.[8];
      if (rel && relAt) drafts.push({ type: 'DATE', value: pad4(years[1]), start: relAt[0], end: relAt[1] });
      return drafts;
    },
  },
  {
    name: 'date.day-range-dmy',
    pattern: DAY_RANGE_DMY,
    build: (m, ctx) => {
      const d1 = Number(m[1]);
      const d2 = Number(m[3]);
      const month = monthNumber(m[4] ?? '');
      const firstAt = m.indices?.[1];
      const secondAt = m.indices?.[2];
      if (!month || !(d1 < d2) || d2 > 31 || !firstAt || !secondAt) return undefined;
      const rel = m[5] ? undefined : relativeYearAfter(ctx, m.index + m[0].length);
      const years = rangeYears(ctx, m.index, m.index + m[0].length, { month, day: d1 }, { month, day: d2 }, m[5] ? Number(m[5]) : rel?.year);
      const v1 = years && dayValue(years[0], month, d1);
      const v2 = years && dayValue(years[1], month, d2);
      if (!v1 || !v2) return undefined;
      return [
        { type: 'DATE', value: v1, start: firstAt[0], end: firstAt[0] + (/^\d+(?:st|nd|rd|th)?/.exec(m[0])?.[0].length ?? 0) },
        { type: 'DATE', value: v2, start: secondAt[0], end: rel ? rel.end : secondAt[1] },
      ];
    },
  },
  {
    name: 'date.cross-month-range',
    pattern: CROSS_MONTH_RANGE,
    build: (m, ctx) => {
      const m1 = monthNumber(m[1] ?? m[4] ?? '');
      const d1 = Number(m[2] ?? m[3]);
      const m2 = monthNumber(m[6] ?? m[9] ?? '');
      const d2 = Number(m[7] ?? m[8]);
      const secondAt = m.indices?.[5];
      if (!m1 || !m2 || !secondAt || d1 > 31 || d2 > 31) return undefined;
      const firstEnd = secondAt[0] - (/\s*(?:-|–|to|until|till|through)\s*$/i.exec(m[0].slice(0, secondAt[0] - m.index))?.[0].length ?? 0);
      const years = rangeYears(ctx, m.index, m.index + m[0].length, { month: m1, day: d1 }, { month: m2, day: d2 }, m[10] ? Number(m[10]) : undefined);
      const v1 = years && dayValue(years[0], m1, d1);
      const v2 = years && dayValue(years[1], m2, d2);
      if (!v1 || !v2) return undefined;
      return [
        { type: 'DATE', value: v1, start: m.index, end: firstEnd },
        { type: 'DATE', value: v2, start: secondAt[0], end: secondAt[1] },
      ];
    },
  },
  {
    name: 'date.month-day-range',
    pattern: MONTH_RANGE,
    build: (m, ctx) => {
      const month = monthNumber((m[1] ?? '').split(/\s/)[0] ?? '');
      const d1 = Number(m[2]);
      const d2 = Number(m[4]);
      const first = m.indices?.[1];
      const second = m.indices?.[3];
      if (!(d1 < d2) || d2 > 31 || !first || !second) return undefined;
      const rel = m[5] ? undefined : relativeYearAfter(ctx, m.index + m[0].length);
      const years = rangeYears(ctx, m.index, m.index + m[0].length, { month, day: d1 }, { month, day: d2 }, m[5] ? Number(m[5]) : rel?.year);
      if (!years) return undefined;
      const v1 = dayValue(years[0], month, d1);
      const v2 = dayValue(years[1], month, d2);
      if (!v1 || !v2) return undefined;
      // TimeML tags each end of a range: "December 12" and "14" (a stated year goes with the second).
      return [
        { type: 'DATE', value: v1, start: first[0], end: first[1] },
        { type: 'DATE', value: v2, start: second[0], end: rel ? rel.end : second[1] },
      ];
    },
  },
  {
    name: 'date.month-day',
    pattern: MONTH_DAY,
    build: (m, ctx) => {
      const month = monthNumber(m[1] ?? '');
      const day = Number(m[2]);
      if (day < 1 || day > 31) return undefined;
      if ((m[1] === 'May' || m[1] === 'March') && /^\s+\d+\s+(?:people|percent|%)/.test(ctx.text.slice(m.index + m[1].length))) return undefined;
      const rel = relativeYearAfter(ctx, m.index + m[0].length);
      const year = rel?.year ?? inferDayYear(ctx, m.index, m.index + m[0].length, month, day, statedWeekday(m[0]));
      const value = year === undefined ? undefined : dayValue(year, month, day);
      return value ? { type: 'DATE', value, ...(rel ? { end: rel.end } : {}) } : undefined;
    },
  },
  {
    name: 'date.day-month',
    pattern: DAY_MONTH,
    build: (m, ctx) => {
      const month = monthNumber(m[2] ?? '');
      const day = Number(m[1]);
      if (day < 1 || day > 31) return undefined;
      if (m[2] === 'May' && /^\s+(?:be|have|not|also|well|still)\b/.test(ctx.text.slice(m.index + m[0].length))) return undefined;
      const rel = relativeYearAfter(ctx, m.index + m[0].length);
      const year = rel?.year ?? inferDayYear(ctx, m.index, m.index + m[0].length, month, day, statedWeekday(m[0]));
      const value = year === undefined ? undefined : dayValue(year, month, day);
      return value ? { type: 'DATE', value, ...(rel ? { end: rel.end } : {}) } : undefined;
    },
  },
  {
    name: 'date.month-year',
    pattern: MONTH_YEAR,
    build: (m) => {
      // Case-insensitive only for the spelled year: the month must still be capitalised.
      if (!/^[A-Z]/.test(m[1] ?? '')) return undefined;
      const month = monthNumber(m[1] ?? '');
      const raw = m[2] ?? '';
      const year = /^\d{4}$/.test(raw) ? Number(raw) : parseSpelledYear(raw);
      return month && year !== undefined ? { type: 'DATE', value: `${pad4(year)}-${pad2(month)}` } : undefined;
    },
  },
  {
    name: 'date.spelled-year',
    pattern: SPELLED_YEAR_RE,
    build: (m, ctx) => {
      const year = parseSpelledYear(m[2] ?? '');
      if (year === undefined || year > ctx.ref.year + 50) return undefined;
      const end = m.index + m[0].length;
      const after = ctx.text.slice(end, end + 16);
      // "nineteen twenty-dollar bills", "two thousand people": counts.
      if (/^[- ](?:dollar|pound|euro|people|men|women|troops|soldiers|percent|miles|feet|votes)/i.test(after)) return undefined;
      if (/^two thousand$/i.test(m[2] ?? '') && !m[1] && !/\b(?:in|by|since|until|of|before|after|year)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      if (/^two thousand$/i.test(m[2] ?? '') && /^\s+[a-z]/.test(after) && !m[1]) return undefined;
      return { type: 'DATE', value: pad4(year) };
    },
  },
  {
    name: 'date.month-of-relative-year',
    pattern: MONTH_OF_RELATIVE_YEAR,
    build: (m, ctx) => {
      // One month ("January this year" is 1998-01); MEANTIME's conventions tag its two parts apart.
      const year = ctx.ref.year + (m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0);
      const monthEnd = m.index + (m[1] ?? '').length;
      const yearStart = monthEnd + (m[2] ?? '').length;
      const value = `${pad4(year)}-${pad2(monthNumber(m[1] ?? ''))}`;
      return {
        type: 'DATE', value, form: 'month-of-relative-year',
        parts: [
          { role: 'month', start: m.index, end: monthEnd, type: 'DATE', value },
          { role: 'year', start: yearStart, end: yearStart + (m[3] ?? '').length, type: 'DATE', value: pad4(year) },
        ],
      };
    },
  },
  {
    name: 'date.month',
    pattern: MONTH_ALONE,
    build: (m, ctx) => {
      const name = m[1] ?? '';
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const after = ctx.text.slice(m.index + name.length, m.index + name.length + 16);
      // "the March vote", "a May election": a month naming when a noun happened (never the modal or the verb).
      const modifier = /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && MONTH_MODIFIES_NOUN.test(after);
      if ((name === 'May' || name === 'March' || name === 'August') && !MONTH_LEAD.test(before) && !modifier) return undefined;
      // "June Carter", "April Fools": a month name followed by a capitalised word is a name.
      // "and April Ryan": a list joiner does not make a name a month; a preposition of time does.
      if (/^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + name.length, m.index + name.length + 3)) &&
        !/\b(?:in|since|until|till|by|during|from|through|throughout|before|after|early|late|mid|last|next|this|of)[\s-]+$/i.test(before)) return undefined;
      const month = monthNumber(name);
      const end = m.index + name.length;
      // "last April", "late last August", "this September": the determiner is part of the TIMEX3 and
      // fixes the year: the latest such month before the DCT's, the next one after it, this year's.
      // The current month and the one just gone are the previous year's: a writer means those by
      // "this month" / "last month" / "in February", so "last February" written on March 1 is a year
      // back (TimeBank's gold for APW19980301.0720; MEANTIME's "not seen since last September" on
      // 2009-10-12, the FTSE's "highest levels in over a year", is the same reading).
      const det = RELATIVE_MONTH_LEAD.exec(before);
      if (det) {
        const which = (det[2] ?? '').toLowerCase();
        const year = which === 'this' ? ctx.ref.year
          : which === 'last' ? (month < ctx.ref.month - 1 ? ctx.ref.year : ctx.ref.year - 1)
            : (month > ctx.ref.month ? ctx.ref.year : ctx.ref.year + 1);
        const mod = det[1] ? modOf(det[1]) : undefined;
        return { type: 'DATE', value: `${pad4(year)}-${pad2(month)}`, start: m.index - det[0].length, ...(mod ? { mod } : {}) };
      }
      const year = inferMonthYear(ctx.ref, deadlineTense(ctx, m.index, end), month, ctx.clause(m.index, end).governed);
      return { type: 'DATE', value: `${pad4(year)}-${pad2(month)}` };
    },
  },
  {
    name: 'date.iso',
    pattern: ISO_DATE,
    build: (m) => {
      const value = dayValue(Number(m[1]), Number(m[2]), Number(m[3]));
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'date.slash',
    pattern: SLASH_DATE,
    build: (m, ctx) => {
      // US order (month/day/year), as in English-language wire copy.
      const raw = m[3] ?? '';
      let year = Number(raw);
      if (raw.length === 2) year = 2000 + year > ctx.ref.year + 10 ? 1900 + year : 2000 + year;
      const value = dayValue(year, Number(m[1]), Number(m[2]));
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    // "AD 124", "1066 AD", "260 CE", "3000 BC": a year with its era marker, any number of digits.
    // A BC year gets TIMEX2's "BC" prefix and no calendar interval: the timeline cannot place it,
    // and the number read without its "BC" would be a wrong date ("3000", "1200").
    name: 'date.era-year',
    pattern: ERA_YEAR,
    build: (m, ctx) => {
      const year = Number(m[1] ?? m[2]);
      const era = m[3] ?? 'AD';
      if (!(year >= 1 && year <= 9999)) return undefined;
      if (era.startsWith('B')) return { type: 'DATE', value: `BC${pad4(year)}` };
      // "5 CE credits": a trailing "CE" is an era only after a preposition of time.
      if (era.startsWith('C') && m[2] !== undefined && !YEAR_LEAD.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      return { type: 'DATE', value: pad4(year) };
    },
  },
  {
    name: 'date.year',
    pattern: YEAR,
    build: (m, ctx) => {
      const year = Number(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (!yearNotCount(ctx.text, start, end)) return undefined;
      if (year < 1600 || year > ctx.ref.year + 50) {
        if (!YEAR_LEAD.test(ctx.text.slice(Math.max(0, start - 12), start))) return undefined;
      }
      return { type: 'DATE', value: m[1] ?? '' };
    },
  },
  {
    name: 'date.short-year',
    pattern: SHORT_YEAR,
    build: (m, ctx) => {
      const yy = Number(m[1]);
      const year = 2000 + yy > ctx.ref.year + 10 ? 1900 + yy : 2000 + yy;
      return { type: 'DATE', value: String(year) };
    },
  },
  {
    name: 'date.decade',
    pattern: DECADE,
    build: (m) => ({ type: 'DATE', value: `${m[1]}${m[2]}` }),
  },
  {
    name: 'date.short-decade',
    pattern: SHORT_DECADE,
    build: (m, ctx) => {
      // "in his 70s" is an age, not the 1970s; an apostrophe ("'90s") settles it as a decade.
      const apostrophe = /['’]/.test(m[0]);
      if (!apostrophe && /\b(?:his|her|their|in the|mid|low|high|early|late|aged?)\s*[- ]?$/i.test(ctx.text.slice(Math.max(0, m.index - 14), m.index)) &&
        !/\bthe\s*$/.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return undefined;
      // "temperatures in the 30s", "unemployment in the 20s": measurements, not decades.
      const around = ctx.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30);
      if (!apostrophe && /\b(?:temperatures?|degrees|celsius|fahrenheit|aged?|years old|percent|per cent|mph|km\/h)\b|%/i.test(around)) return undefined;
      const d = Number(m[1]);
      // A decade after the DCT's own is read in the previous century ("the 70s" in 2009 -> 197).
      return { type: 'DATE', value: 2000 + d * 10 > ctx.ref.year ? `19${d}` : `20${d}` };
    },
  },
  {
    name: 'date.century',
    pattern: CENTURY,
    build: (m) => {
      const n = parseOrdinal((m[1] ?? '').replace(' ', '-'));
      return n && n <= 21 ? { type: 'DATE', value: pad2(n - 1) } : undefined;
    },
  },
  {
    name: 'date.quarter',
    pattern: QUARTER,
    build: (m, ctx) => {
      const word = (m[1] ?? '').toLowerCase();
      const start = m.index;
      const end = start + m[0].length;
      const rel = m[3]?.toLowerCase();
      const currentQ = Math.floor((ctx.ref.month - 1) / 3) + 1;
      if (word === 'last' && !m[2] && !rel) {
        // "the last quarter" with no year: the most recent completed quarter.
        const q = currentQ === 1 ? 4 : currentQ - 1;
        const y = currentQ === 1 ? ctx.ref.year - 1 : ctx.ref.year;
        return { type: 'DATE', value: `${y}-Q${q}` };
      }
      const q = word === 'final' || word === 'last' ? 4 : (parseOrdinal(word) ?? 0);
      if (q < 1 || q > 4) return undefined;
      let year: number;
      if (m[2]) year = Number(m[2]);
      else if (rel === 'last') year = ctx.ref.year - 1;
      else if (rel === 'next') year = ctx.ref.year + 1;
      else if (rel === 'this' || rel === 'the') year = ctx.ref.year;
      else {
        // "expects to report third-quarter net income" in late October: the quarter just ended.
        year = chooseYear(ctx.ref, ctx.tense(start, end), (y) => ({
          start: `${pad4(y)}-${pad2(q * 3 - 2)}-01`,
          end: monthSpan(y, q * 3).end,
        }), { reportingGraceDays: 75 }) ?? ctx.ref.year;
      }
      return { type: 'DATE', value: `${pad4(year)}-Q${q}` };
    },
  },
  {
    name: 'date.quarter-code',
    pattern: QUARTER_CODE,
    build: (m, ctx) => {
      const raw = (m[2] ?? '').replace(/['’]/, '');
      const year = raw.length === 4 ? Number(raw) : raw.length === 2 ? 2000 + Number(raw) : ctx.ref.year;
      return { type: 'DATE', value: `${pad4(year)}-Q${m[1]}` };
    },
  },
  {
    name: 'date.half',
    pattern: HALF,
    build: (m, ctx) => {
      const half = (m[1] ?? '').toLowerCase() === 'first' ? 1 : 2;
      const rel = m[3]?.toLowerCase();
      const year = m[2] ? Number(m[2]) : rel === 'last' ? ctx.ref.year - 1 : rel === 'next' ? ctx.ref.year + 1 : ctx.ref.year;
      return { type: 'DATE', value: `${pad4(year)}-H${half}` };
    },
  },
  {
    name: 'date.season',
    pattern: SEASON,
    build: (m, ctx) => {
      // A bare "the" is part of the extent (TimeML: "the summer") but says nothing about the year.
      const rel = m[1]?.toLowerCase() === 'the' ? undefined : m[1]?.toLowerCase();
      const the = m[1]?.toLowerCase() === 'the';
      const word = (m[2] ?? '').toLowerCase();
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 10), start);
      const after = ctx.text.slice(end, end + 12);
      // "fall" is mostly a verb or a noun ("a fall in prices"): only with a year, a determiner or "in the".
      if (word === 'fall' && !m[3] && !rel && !the && !/\b(?:the|this|last|next|in|early|late)\s+$/i.test(before)) return undefined;
      if (word === 'fall' && /^\s+(?:of|in)\s+(?!\d)/i.test(after)) return undefined;
      if (/^\s+(?:Olympics|Games|Palace|Festival|School|Street)/.test(after)) return undefined;
      // A capitalised season next to another capitalised word is a name: "Arab Spring", "Spring Street".
      if (/^[A-Z]/.test(m[2] ?? '') && !m[3] && !rel && /\b[A-Z][a-z]+\s+$/.test(before) && !/(?:^|[.!?]\s+)(?:In|By|Since|Until|The|This|Last|Next)\s+$/.test(before)) return undefined;
      if (/^[A-Z]/.test(m[2] ?? '') && /^\s+[A-Z][a-z]/.test(after) && !m[3]) return undefined;
      // "cuts winter sailings", "sells summer clothes": a bare season between a verb and a noun names
      // a kind of thing, not a season of some year. After an article it is one season's ("despite a
      // summer crash"); after a conjunction it may be the subject ("but spring shows promise").
      if (!m[1] && !m[3] && !m[4] && /^[a-z]/.test(m[2] ?? '') && BARE_SEASON_NOUN_AFTER.test(after) && !SEASON_FUNCTION_WORD_BEFORE.test(before)) return undefined;
      const code = word === 'spring' ? 'SP' : word === 'summer' ? 'SU' : word === 'winter' ? 'WI' : 'FA';
      // "was founded in 1946 and gave its first concert the following spring": the season after the
      // time the narrative is at, not one counted from the DCT. "said that summer sales rose" is no anaphor.
      if (!m[3] && !m[4] && (rel === 'the following' || rel === 'the same' || rel === 'that')) {
        if (rel === 'that' && BARE_SEASON_NOUN_AFTER.test(after)) return undefined;
        return { type: 'DATE', value: '', anchor: { offsetDays: 0, season: { code, direction: rel === 'the following' ? 1 : 0 } } };
      }
      const startMonth = code === 'SP' ? 3 : code === 'SU' ? 6 : code === 'FA' ? 9 : 12;
      let year: number;
      const ofYear = m[4]?.toLowerCase();
      if (m[3]) year = /^\d{4}$/.test(m[3]) ? Number(m[3]) : (parseSpelledYear(m[3]) ?? ctx.ref.year);
      // "the spring of next year"; winter "of this year" is the one that begins in its December.
      else if (ofYear) year = ctx.ref.year + (ofYear === 'last' ? -1 : ofYear === 'next' ? 1 : 0);
      else if (rel === 'last' || rel === 'the past' || rel === 'the previous') {
        // The most recent season that has ended (winter Y runs December Y to February Y+1).
        if (code === 'WI') year = ctx.ref.month > 2 ? ctx.ref.year - 1 : ctx.ref.year - 2;
        else year = ctx.ref.month > startMonth + 2 ? ctx.ref.year : ctx.ref.year - 1;
      } else if (rel === 'next' || rel === 'the coming') {
        year = ctx.ref.month < startMonth ? ctx.ref.year : ctx.ref.year + 1;
      } else if (rel === 'this') year = code === 'WI' && ctx.ref.month <= 2 ? ctx.ref.year - 1 : ctx.ref.year;
      else {
        year = chooseYear(ctx.ref, ctx.tense(start, end), (y) => ({
          start: `${pad4(y)}-${pad2(startMonth)}-01`,
          end: code === 'WI' ? monthSpan(y + 1, 2).end : monthSpan(y, startMonth + 2).end,
        })) ?? ctx.ref.year;
      }
      return { type: 'DATE', value: `${pad4(year)}-${code}` };
    },
  },
  {
    // Fixed-date holidays; the year comes from the text, a determiner, or the tense.
    name: 'date.holiday',
    pattern: HOLIDAY,
    build: (m, ctx) => {
      const rule = HOLIDAYS[(m[2] ?? '').toLowerCase().replace('’', "'")];
      if (!rule) return undefined;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "Christmas sales", "Thanksgiving dinner": a modifier of a noun, not the day.
      if ((m[2] === 'Christmas' || m[2] === 'Thanksgiving') && !m[3] && !m[1] && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|in|of|on|to|at|this|last|next)\b/.test(after)) return undefined;
      // "Labor Day weekend" is a stretch of days around the holiday: the day alone would be too precise.
      if (/^\s+weekend\b/i.test(after)) return undefined;
      const month = Array.isArray(rule) ? rule[0] : (rule as { month: number }).month;
      const iso = (y: number) => `${pad4(y)}-${pad2(month)}-${pad2(holidayDay(rule, y))}`;
      const span = (y: number) => daySpan(y, month, holidayDay(rule, y));
      let year: number;
      if (m[3]) year = Number(m[3]);
      else if (m[1] === 'last') year = chooseYear(ctx.ref, 'past', (y) => (iso(y) < ctx.ref.iso ? span(y) : undefined)) ?? ctx.ref.year - 1;
      else if (m[1] === 'next') year = chooseYear(ctx.ref, 'future', (y) => (iso(y) > ctx.ref.iso ? span(y) : undefined)) ?? ctx.ref.year + 1;
      else year = chooseYear(ctx.ref, ctx.tense(m.index, m.index + m[0].length), span) ?? ctx.ref.year;
      const day = holidayDay(rule, year);
      const value = dayValue(year, month, day);
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'date.fiscal-year',
    pattern: FISCAL,
    build: (m) => {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      return { type: 'DATE', value: `FY${pad4(year)}` };
    },
  },
];
