import { addDays, addMonths, addYears, daysBetween, isoWeekOf, lastDayOfMonth, weekdayOf } from '../../domain/calendar.ts';
import { chooseYear, monthSpan, pad2, pad4, perfectBefore, resolveWeekday, type Reference } from './anchoring.ts';
import {
  MONTHS, MONTH_ANY, MONTH_FULL, NUMBER_WORD, ORDINALS, TIME_UNIT, VAGUE_QUANTITY, WEEKDAY, WEEKDAYS, parseNumber, parseUnit, type DurationUnit,
} from './lexicon.ts';
import { durationValue } from './duration-rules.ts';
import { modOf } from './modifiers.ts';
import type { Draft, Rule, RuleContext } from './rule.ts';
import type { CalendarInterval } from './types.ts';

/**
 * Expressions anchored to the DCT (deictic: "today", "last week", "two years ago", "on Tuesday")
 * or to the previous mention (anaphoric: "the day", "three days later"), and the vague references
 * PRESENT_REF / PAST_REF / FUTURE_REF.
 */

const PART_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function weekValue(day: string): string {
  const w = isoWeekOf(day);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

function monthValue(day: string): string {
  return day.slice(0, 7);
}

/** The value of "this/last/next <unit>" relative to the DCT. */
function deicticUnit(ref: Reference, unit: string, shift: number): string | undefined {
  switch (unit) {
    case 'day':
      return addDays(ref.iso, shift);
    case 'week':
      return weekValue(addDays(ref.iso, 7 * shift));
    case 'weekend': {
      const week = weekValue(addDays(ref.iso, 7 * shift));
      return `${week}-WE`;
    }
    case 'month':
      return monthValue(addMonths(`${ref.iso.slice(0, 7)}-01`, shift));
    case 'year':
      return pad4(ref.year + shift);
    case 'quarter': {
      const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + shift;
      return `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'decade':
      return String(Math.floor(ref.year / 10) + shift);
    case 'century':
      return pad2(Math.floor(ref.year / 100) + shift);
    default:
      return undefined;
  }
}

const TODAY_LIKE = /\b(?:(earlier|later)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi;
const THIS_PART = /\b(this|last|that)\s+(morning|afternoon|evening|night)\b/gi;
/** "mid-afternoon yesterday", "by late morning", "in the afternoon": a part of the day the narrative is on. */
const PART_OF_NARRATIVE_DAY = /\b(?:(early|mid|late)[- ]?|(?<=\bin\s)the\s+)(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?\b/gi;
const DEICTIC_UNIT =
  /\b(this|last|next|the previous|the following|the coming|the current|the last|the next|the past|the same|that|current|previous|past|coming)\s+(day|week|weekend|month|year|quarter|decade|century)\b/gi;
const THE_WEEKEND = /\b(?:the|this past)\s+weekend\b/gi;
const AGO = new RegExp(
  `\\b(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|more than|over|less than|exactly)\\s+)?` +
    `(${NUMBER_WORD}(?: and a half)?)[- ](${TIME_UNIT})( and a half)?( or so)?\\s+(ago|earlier|later|from now|hence)\\b`,
  'gid',
);
const VAGUE_AGO = new RegExp(
  `\\b(?:(?:just|only|mere|a mere)\\s+)?(?:${VAGUE_QUANTITY}\\s+)?(days|weeks|months|years|decades)\\s+(ago|earlier|later|from now)\\b`,
  'gi',
);
const VAGUE_COMING =
  /\b(?:(?:the\s+)?(coming|next few|next several|next couple of|coming few|upcoming|recent)|the\s+(past few|last few|past several|last several|past couple of|last couple of))\s+(days|weeks|months|years|decades)\b|\b(?:the\s+)?(days|weeks|months|years)\s+(ahead)\b/gi;
const WEEKDAY_RE = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his|[Pp]ast|[Cc]oming|[Oo]n)\\s+)?(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?\\b`,
  'g',
);
/** "the previous Friday", "the following Monday": that weekday before or after the day the narrative is on. */
const NARRATIVE_WEEKDAY = new RegExp(`\\b[Tt]he\\s+(previous|preceding|following|next)\\s+(${WEEKDAY})\\b`, 'g');
/** Vague references by what they point at; one table feeds both the pattern and the value. */
const REF_WORDS: Readonly<Record<'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', readonly string[]>> = {
  PRESENT_REF: ['now', 'right now', 'currently', 'nowadays', 'presently', 'at present', 'at the moment', 'at this time',
    'these days', 'the present', 'the time being', 'current'],
  PAST_REF: ['recently', 'lately', 'more recently', 'most recently', 'in recent times', 'in the past', 'the past', 'recent', 'at the time'],
  FUTURE_REF: ['the future', 'the near future', 'the distant future', 'the near term', 'the long term', 'the short term', 'soon',
    'very soon', 'later', 'long-term', 'short-term'],
};
const REF_VALUE: ReadonlyMap<string, string> = new Map(
  Object.entries(REF_WORDS).flatMap(([value, words]) => words.map((w) => [w, value] as const)),
);
// Longest first, so a phrase is never cut to a shorter one that starts the same way.
const REFS = new RegExp(`\\b(${[...REF_VALUE.keys()].sort((a, b) => b.length - a.length).join('|')})\\b(?!-)`, 'gi');
/**
 * "Heavy rain overnight flooded homes", "Snow will fall overnight.": the night before the DCT (the
 * coming one in a future clause). Only where the word closes a clause or a verb follows it: before a
 * noun ("overnight rates", "an overnight curfew") it names no night, and "almost overnight" means fast.
 */
const OVERNIGHT = /\bovernight\b/gi;
const OVERNIGHT_NOT_AFTER = /\b(?:an?|the|its|their|almost|virtually|practically|literally|seemingly|nearly)\s+$/i;
const OVERNIGHT_CLAUSE_END =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|but|or|on|in|at|to|from|into|as|after|before|while|when|with|near|across|along|amid|despite|[a-z]+ed)\b)/i;
// Longer phrases first: the alternation takes the first that matches, and "the day" must not cut "the day before".
// "the day before/after" only stands alone before punctuation ("The day before, police..."); otherwise
// "before/after" introduces a clause or an event ("late in the day after falling", "the day before the vote").
const ANAPHORIC_DAY = /\b(the same day|that same day|the following day|the next day|the previous day|the day (?:before|after)(?=\s*(?:[,.;:!?)]|$))|the day|that day|that time)\b/gi;

function refValue(word: string): { value: string; type: 'DATE' } | undefined {
  const value = REF_VALUE.get(word);
  return value === undefined ? undefined : { type: 'DATE', value };
}

/** Shifts a day by a count of units (fractional counts round to whole days). */
function shiftDay(day: string, unit: DurationUnit, amount: number): string | undefined {
  switch (unit) {
    case 'D':
      return addDays(day, Math.round(amount));
    case 'W':
      return addDays(day, Math.round(amount * 7));
    case 'M':
      return addMonths(day, Math.round(amount));
    case 'Q':
      return addMonths(day, Math.round(amount * 3));
    case 'Y':
      return addYears(day, Math.round(amount));
    case 'DE':
      return addYears(day, Math.round(amount * 10));
    case 'CE':
      return addYears(day, Math.round(amount * 100));
    default:
      return undefined;
  }
}

/** The granularity a shifted date is stated at: "two weeks ago" is a day, "two years ago" a year. */
function valueAtGranularity(day: string, unit: DurationUnit): string {
  if (unit === 'M' || unit === 'Q') return monthValue(day);
  if (unit === 'Y') return day.slice(0, 4);
  if (unit === 'DE') return day.slice(0, 3);
  if (unit === 'CE') return day.slice(0, 2);
  return day;
}

/** Approximate ranges for vague quantities of time before or after the DCT. */
function vagueRange(ref: Reference, unit: string, direction: -1 | 1): CalendarInterval {
  const [near, far] = unit.startsWith('day') ? [2, 9] : unit.startsWith('week') ? [7, 49]
    : unit.startsWith('month') ? [30, 365] : unit.startsWith('year') ? [730, 3650] : [3650, 18262];
  if (direction < 0) return { start: addDays(ref.iso, -far), end: addDays(ref.iso, -near), precision: 'approximate' };
  return { start: addDays(ref.iso, 1), end: addDays(ref.iso, far), precision: 'approximate' };
}

const NAMED_DAY = new RegExp(`\\b(Good|Easter|Black|Super|Bloody|Cyber|Ash|Palm|Holy|Maundy|Shrove|Patriots?|Boxing)\\s+(${WEEKDAY})\\b|\\b(Easter)(?!\\s+${WEEKDAY})\\b`, 'g');
/** A weekday right before this one in a pair or a span: "Thursday and Friday", "last Monday to Wednesday". */
const WEEKDAY_PAIR_LEAD = new RegExp(`\\b(?:(last|next|this|on)\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\s*(?:,|and|or|to|through|until|till|-|–)\\s*(?:on\\s+)?$`, 'i');
/** A capitalised word after a weekday: "Sunday Times", "Sunday Athletic" (months and clock zones excepted). */
const NAME_AFTER_WEEKDAY = new RegExp(`^\\s+(?!${MONTH_FULL}\\b|(?:UTC|GMT|EST|EDT|PST|PDT|BST|CET)\\b)[A-Z][a-z]`);
/** Words that make the weekday after them a day: prepositions, determiners, clause edges. */
const TEMPORAL_LEAD = /(?:^|[.,;:!?(—–-]\s*|\b(?:on|since|until|till|by|from|last|next|this|before|after|through|early|late|to|and|or|every|each|that|past|coming|until|as of|starting|from)\s+)$/i;
const NOT_A_WEEKDAY_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Independent|Star|Tribune|Night Live|School|Club)\b/;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

const NUMBERED_WEEK = /\b(?:[Ww]eek\s+(\d{1,2})\s+of\s+(\d{4})|(\d{4})[- ]W(\d{2}))\b/g;

const PERIOD_OF_THE = /\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close)\s+of\s+the\s+(year|month|week|decade)\b/gi;


// "the week" closes news on markets and sport ("gained 3% for the week"); like "the day before the
// vote", "the week before the vote" hangs on an event the text may never date, so that reading is left out.
const THE_YEAR =
  /\b[Tt]he (?:(?:entire|whole|full|same|fiscal|financial) )?(year|month|quarter|week)(?!\s+(?:before|after|ending|ended|to)\s+(?:the|a|an|his|her|its|their|our|[A-Z]))(?:\s+(previous|before|after))?\b(?![-'’]|\s+of\b)/g;

/**
 * Results copy names its quarters by year: "the 1988 third quarter", "this year's third quarter",
 * "the year-ago third quarter", "the 1989 period", "last year's quarter".
 */
const QUALIFIED_PERIOD =
  /\b(?:the\s+)?(?:((?:19|20)\d\d)|(this|last|next)\s+year['’]s|(year[- ](?:ago|earlier)))\s+(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?)?(quarter|period)\b/gi;
/** "the latest quarter", "the most recent period", "the current quarter", "the latest fiscal year". */
const LATEST_PERIOD = /\b[Tt]he\s+(latest|most recent|just-ended|just-completed|current)\s+(?:(fiscal)\s+)?(quarter|period|year)\b/g;
/** "for the quarter ended Sept. 30", "the year ending March 31": the period a results statement covers. */
const PERIOD_ENDED = new RegExp(`\\b[Tt]he\\s+(?:(fiscal|financial)\\s+)?(quarter|year|three months)(?=\\s+(?:ended|ending)\\s+(?:(${MONTH_ANY})|today|tomorrow|yesterday))`, 'g');

/** "by year-end", "since year end", "at the year's end": December 31, this year's or the last one's. */
const YEAR_END = /\b(?:(around|about|near)\s+)?(?:the\s+)?(?:(this|last|next)\s+)?year[- ]end\b(?!-)|\bthe\s+year['’]s\s+end\b/gi;
/** "will one day be": an unspecified future day. */
const ONE_DAY_FUTURE = /\b(?:will|would|could|may|might|should|must)\s+(?:\w+\s+)?(one day|some day|someday)\b/gi;

const AWARD_OF =
  /\b(?:player|employee|team|coach|manager|goal|try|save|car|book|album|song|record|word|person|man|woman|rookie|athlete|artist|entrepreneur|businessman|businesswoman|company|product|story|photo|picture|film|movie|game|match|deal|pick|signing|newcomer|volunteer|citizen|hero|star|teacher|driver)s?\s+of\s+$/i;

const SAME_PERIOD =
  /\bthe (?:same|corresponding|comparable) (?:period|month|quarter|week|time|season)\s+(?:of\s+)?(?:last year|the last year|the previous year|a year (?:ago|earlier|before)|the year before|one year (?:ago|earlier))\b|\b(?:the\s+)?year[- ](?:earlier|ago)(?:\s+(?:period|quarter|month|week|level|levels|figure|figures|results))?\b/gi;
/** "the final week of 2021", "the first week of the year": ISO weeks 01 and the one holding December 28. */
const WEEK_OF_YEAR = /\b(?:the\s+)?(first|last|final)\s+week\s+of\s+(?:(\d{4})|(?:the|this)\s+year)\b/gi;
/** "the new year" seen from its last months or its first: the coming year in November/December. */
const NEW_YEAR = /\b(?:the|this)\s+[Nn]ew\s+[Yy]ear\b(?!['’]s|\s+(?:Day|Eve|holiday|celebrations?|honours|sales|period|break|resolutions?)\b)/g;
const WEEK_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_FULL})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);

export const relativeRules: Rule[] = [
  {
    name: 'relative.period-of-the',
    pattern: PERIOD_OF_THE,
    build: (m, ctx) => {
      const mod = modOf(m[1] ?? '');
      const unit = (m[2] ?? '').toLowerCase();
      const value = unit === 'year' ? ctx.ref.iso.slice(0, 4) : unit === 'month' ? ctx.ref.iso.slice(0, 7)
        : unit === 'decade' ? ctx.ref.iso.slice(0, 3) : unit === 'week' ? weekValue(ctx.ref.iso) : undefined;
      if (!value || !mod) return undefined;
      return { type: 'DATE', value, mod };
    },
  },
  {
    // "the entire year", "the year previous", "in the quarter": the year (month, quarter) the text is talking about.
    name: 'relative.the-year',
    pattern: THE_YEAR,
    build: (m, ctx) => {
      // "player of the year", "goal of the week": an award names no stretch of the calendar.
      if (AWARD_OF.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
      const unit = m[1] === 'month' || m[1] === 'quarter' || m[1] === 'week' ? m[1] : 'year';
      const shift = m[2] === 'after' ? 1 : m[2] ? -1 : 0;
      return { type: 'DATE', value: '', anchor: { offsetDays: 0, unit: { name: unit, shift } } };
    },
  },
  {
    name: 'relative.qualified-period',
    pattern: QUALIFIED_PERIOD,
    build: (m, ctx) => {
      const rel = m[2]?.toLowerCase();
      const yearShift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const stated = m[1] ? Number(m[1]) : rel !== undefined ? ctx.ref.year + yearShift : undefined;
      const ordinal = (m[4] ?? '').toLowerCase();
      const q = ordinal === 'final' ? 4 : ordinal ? parseOrdinalWord(ordinal) : undefined;
      if (q !== undefined) {
        if (q < 1 || q > 4) return undefined;
        // "the year-ago third quarter": the latest such quarter begun by the DCT, a year back.
        const year = stated ?? (latestQuarterYear(ctx.ref, q) - 1);
        return { type: 'DATE', value: `${pad4(year)}-Q${q}` };
      }
      if (m[3]) return undefined; // "the year-ago period" is relative.same-period's
      // "the 1988 period", "last year's quarter": the quarter the text reports on, in that year.
      const fallback = pad4(stated ?? ctx.ref.year);
      return { type: 'DATE', value: '', anchor: { offsetDays: 0, period: m[1] ? { year: Number(m[1]), fallback } : { fallback } , yearShift } };
    },
  },
  {
    name: 'relative.latest-period',
    pattern: LATEST_PERIOD,
    build: (m, ctx) => {
      const which = (m[1] ?? '').toLowerCase();
      const unit = (m[3] ?? '').toLowerCase();
      const currentQ = Math.floor((ctx.ref.month - 1) / 3) + 1;
      if (unit === 'year') {
        if (which === 'current') return undefined; // relative.deictic-unit's "the current year"
        return { type: 'DATE', value: pad4(ctx.ref.year - 1) };
      }
      if (which === 'current') return { type: 'DATE', value: `${pad4(ctx.ref.year)}-Q${currentQ}` };
      // The quarter the text reports on, else the last one completed by the DCT.
      const q = currentQ === 1 ? 4 : currentQ - 1;
      const y = currentQ === 1 ? ctx.ref.year - 1 : ctx.ref.year;
      return { type: 'DATE', value: '', anchor: { offsetDays: 0, period: { fallback: `${pad4(y)}-Q${q}` } } };
    },
  },
  {
    name: 'relative.period-ended',
    pattern: PERIOD_ENDED,
    build: (m, ctx) => {
      const unit = (m[2] ?? '').toLowerCase();
      // TimeBank: "for the year ended March 31" is the fiscal year's length (P1Y, three of four).
      if (unit === 'year') return { type: 'DURATION', value: 'P1Y', durationDays: 365.25 };
      if (unit === 'three months') return { type: 'DURATION', value: 'P3M', durationDays: 91.31 };
      // "the quarter ended Sept. 30": the calendar quarter holding that month, the latest ended by the DCT.
      const month = MONTHS[(m[3] ?? '').toLowerCase().replace('.', '')] ?? 0;
      if (!month) return undefined;
      const q = Math.floor((month - 1) / 3) + 1;
      return { type: 'DATE', value: `${pad4(latestQuarterYear(ctx.ref, q))}-Q${q}` };
    },
  },
  {
    name: 'relative.year-end',
    pattern: YEAR_END,
    build: (m, ctx) => {
      const rel = m[2]?.toLowerCase();
      const start = m.index + (m[1] ? m[1].length + 1 : 0);
      const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
      // "since year-end" and a past clause look back to the last December 31; otherwise this year's.
      const back = rel === 'last' || /\bsince\s+$/i.test(before) ||
        (rel === undefined && !/\b(?:by|until|till|before)\s+$/i.test(before) && ctx.tense(m.index, m.index + m[0].length) === 'past' && ctx.ref.month < 12);
      const year = ctx.ref.year + (rel === 'next' ? 1 : back ? -1 : 0);
      return { type: 'DATE', value: `${pad4(year)}-12-31`, start, ...(m[1] ? { mod: 'APPROX' as const } : {}) };
    },
  },
  {
    name: 'relative.one-day',
    pattern: ONE_DAY_FUTURE,
    build: (m) => {
      const phrase = m[1] ?? '';
      const start = m.index + m[0].length - phrase.length;
      return { type: 'DATE', value: 'FUTURE_REF', start };
    },
  },
  {
    name: 'relative.numbered-week',
    pattern: NUMBERED_WEEK,
    build: (m) => {
      const year = Number(m[2] ?? m[3]);
      const week = Number(m[1] ?? m[4]);
      if (week < 1 || week > 53) return undefined;
      return { type: 'DATE', value: `${pad4(year)}-W${pad2(week)}` };
    },
  },
  {
    // "Good Friday" and Easter move with the moon; "Black Monday", "Super Tuesday" name days the text
    // does not date: tag them (they are timexes) but never guess a day.
    name: 'relative.named-day',
    pattern: NAMED_DAY,
    build: (m, ctx) => {
      const adjective = m[1];
      const weekday = m[2];
      const offset = !adjective ? 0 : adjective === 'Good' && weekday === 'Friday' ? -2
        : adjective === 'Easter' && weekday === 'Sunday' ? 0 : adjective === 'Easter' && weekday === 'Monday' ? 1 : undefined;
      if (offset === undefined) return { type: 'DATE', value: 'XXXX-XX-XX' };
      const end = m.index + m[0].length;
      // "Easter works", "Easter holidays": the feast names a noun, not the day.
      if (m[3] && /^\s+[a-z]/.test(ctx.text.slice(end, end + 3)) && !/^\s+(?:and|or|in|on|to|at|this|last|next|weekend)\b/.test(ctx.text.slice(end, end + 10))) return undefined;
      const tense = ctx.tense(m.index, end);
      const candidates = [ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1].map((y) => addDays(easter(y), offset));
      const past = [...candidates].reverse().find((d) => d <= ctx.ref.iso);
      const ahead = candidates.find((d) => d >= ctx.ref.iso);
      // No tense: the nearer of the last and the next (a travel notice in the week before Easter).
      const nearer = past && ahead ? (daysBetween(past, ctx.ref.iso) <= daysBetween(ctx.ref.iso, ahead) ? past : ahead) : past ?? ahead;
      const value = tense === 'future' ? ahead : tense === 'past' ? past : nearer;
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'relative.same-period',
    pattern: SAME_PERIOD,
    build: () => ({ type: 'DATE', value: '', anchor: { offsetDays: 0, yearShift: -1 } }),
  },
  {
    name: 'relative.week-of-year',
    pattern: WEEK_OF_YEAR,
    build: (m, ctx) => {
      const year = m[2] ? Number(m[2]) : ctx.ref.year;
      const first = (m[1] ?? '').toLowerCase() === 'first';
      return { type: 'DATE', value: weekValue(`${pad4(year)}-${first ? '01-04' : '12-28'}`) };
    },
  },
  {
    name: 'relative.new-year',
    pattern: NEW_YEAR,
    build: (m, ctx) => {
      // Only near the turn of the year is "the new year" a particular one; elsewhere leave it untagged.
      if (ctx.ref.month >= 11) return { type: 'DATE', value: pad4(ctx.ref.year + 1) };
      if (ctx.ref.month <= 2) return { type: 'DATE', value: pad4(ctx.ref.year), start: m.index, end: m.index + m[0].length };
      return undefined;
    },
  },
  {
    name: 'relative.week-of-month',
    pattern: WEEK_OF_MONTH,
    build: (m, ctx) => {
      const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 1;
      const which = (m[1] ?? '').toLowerCase();
      const year = m[3] ? Number(m[3])
        : chooseYear(ctx.ref, ctx.tense(m.index, m.index + m[0].length), (y) => monthSpan(y, month)) ?? ctx.ref.year;
      // The ISO week holding the month's 4th (first week) or its last day but three (last week).
      const last = Number(lastDayOfMonth(year, month).slice(8));
      const n = which === 'last' || which === 'final' ? 0 : (ORDINALS[which] ?? 1);
      const day = n === 0 ? last - 3 : Math.min(last, 7 * n - 3);
      return { type: 'DATE', value: weekValue(`${pad4(year)}-${pad2(month)}-${pad2(day)}`) };
    },
  },
  {
    name: 'relative.today',
    pattern: TODAY_LIKE,
    build: (m, ctx) => {
      const word = (m[2] ?? '').toLowerCase();
      const part = m[3]?.toLowerCase();
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const day = addDays(ctx.ref.iso, shift);
      // "This is VOA Today", "USA Today": a capitalised "Today" after a name is a programme or a paper.
      if (/^Today/.test(m[2] ?? '') && /\b[A-Z][A-Za-z]+\s+$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) &&
        !/(?:^|[.!?]["”]?\s+)(?:[A-Z][a-z]*\s+)?$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      if (word === 'tonight') return { type: 'TIME', value: `${day}TNI` };
      if (part) return { type: 'TIME', value: `${day}T${PART_OF_DAY[part] ?? ''}` };
      return { type: 'DATE', value: day };
    },
  },
  {
    name: 'relative.part-of-day',
    pattern: THIS_PART,
    build: (m, ctx) => {
      const det = (m[1] ?? '').toLowerCase();
      const part = PART_OF_DAY[(m[2] ?? '').toLowerCase()] ?? '';
      if (det === 'this') return { type: 'TIME', value: `${ctx.ref.iso}T${part}` };
      if (det === 'last') {
        const day = part === 'NI' ? addDays(ctx.ref.iso, -1) : ctx.ref.iso;
        return { type: 'TIME', value: `${day}T${part}` };
      }
      // "that morning": the day last talked about.
      return { type: 'TIME', value: '', anchor: { offsetDays: 0, timeSuffix: `T${part}` } };
    },
  },
  {
    name: 'relative.part-of-narrative-day',
    pattern: PART_OF_NARRATIVE_DAY,
    build: (m, ctx) => {
      const part = PART_OF_DAY[(m[2] ?? '').toLowerCase()] ?? '';
      const mod = m[1] ? modOf(m[1]) : undefined;
      const dayWord = m[3]?.toLowerCase();
      const extra = mod ? { mod } : {};
      if (dayWord) {
        const day = addDays(ctx.ref.iso, dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0);
        return { type: 'TIME', value: `${day}T${part}`, ...extra };
      }
      return { type: 'TIME', value: '', anchor: { offsetDays: 0, timeSuffix: `T${part}`, sameSentence: true }, ...extra };
    },
  },
  {
    name: 'relative.deictic-unit',
    pattern: DEICTIC_UNIT,
    build: (m, ctx) => {
      const det = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      // "ABC News' "This Week"": a title-cased unit inside the sentence is a programme's name.
      if (/^[A-Z]/.test(m[2] ?? '') && !/(?:^|[.!?]["”]?\s+)$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return undefined;
      if ((det === 'the same' || det === 'that' || det === 'the previous' || det === 'the following') &&
        (unit === 'week' || unit === 'month' || unit === 'year')) {
        // Anaphoric: relative to the time the text last talked about, not to the DCT.
        const shift = det === 'the previous' ? -1 : det === 'the following' ? 1 : 0;
        return { type: 'DATE', value: '', anchor: { offsetDays: 0, unit: { name: unit, shift } } };
      }
      if (det === 'the same' || det === 'that') return undefined;
      // "the next day" is relative.anaphoric-day's (the day after the narrative's), not "the next 24 hours".
      if (det === 'the next' && unit === 'day') return undefined;
      // "over the following decade", "during the coming year": a stretch, like "the next year".
      const stretch = (det === 'the following' || det === 'the coming') &&
        /\b(?:over|during|throughout|within)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index));
      if (det === 'past' || det === 'the past' || det === 'the next' || stretch) {
        // "the past year", "the next month": a stretch of time measured from the DCT.
        {
          const code = unit === 'day' ? 'P1D' : unit === 'week' ? 'P1W' : unit === 'month' ? 'P1M'
            : unit === 'year' ? 'P1Y' : unit === 'quarter' ? 'P3M' : unit === 'decade' ? 'P10Y' : unit === 'century' ? 'P100Y' : undefined;
          if (code === undefined) return undefined;
          const days = { P1D: 1, P1W: 7, P1M: 30.44, P1Y: 365.25, P3M: 91.31, P10Y: 3652.5, P100Y: 36525 }[code];
          return { type: 'DURATION', value: code, durationDays: days };
        }
      }
      const shift = det === 'last' || det === 'the previous' || det === 'the last' || det === 'previous' ? -1
        : det === 'next' || det === 'the following' || det === 'the coming' || det === 'coming' ? 1 : 0;
      if (unit === 'day') return undefined;
      if (unit === 'weekend' && shift === 0) {
        // "are forecast this weekend" on a Tuesday: "this" points ahead unless the clause is past, as
        // "this Friday" does; a bare "the weekend" leans to the one just gone (news reports what happened).
        const clause = ctx.tense(m.index, m.index + m[0].length);
        return { type: 'DATE', value: weekendOf(ctx.ref, det === 'this' && clause !== 'past' ? 'future' : clause) };
      }
      const value = deicticUnit(ctx.ref, unit, shift);
      return value ? { type: 'DATE', value } : undefined;
    },
  },
  {
    name: 'relative.weekend',
    pattern: THE_WEEKEND,
    build: (m, ctx) => {
      const tense = ctx.tense(m.index, m.index + m[0].length);
      // "by the weekend", "until the weekend": ahead, unless the clause is past.
      const deadline = /\b(?:by|until|till)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      return { type: 'DATE', value: weekendOf(ctx.ref, deadline && tense !== 'past' ? 'future' : tense) };
    },
  },
  {
    name: 'relative.ago',
    pattern: AGO,
    build: (m, ctx) => {
      const parsed = parseNumber(m[1] ?? '');
      const unit = parseUnit(m[2] ?? '');
      const dir = (m[5] ?? '').toLowerCase();
      if (parsed === undefined || !unit) return undefined;
      const amount = parsed + (m[3] ? 0.5 : 0);
      const count = amount * unit.factor;
      // "a week or so ago": the same day, approximately.
      if (m[4]) {
        const d = dir === 'ago' || dir === 'from now' || dir === 'hence' ? agoDraft(ctx.ref, unit.unit, dir === 'ago' ? -count : count) : undefined;
        return d ? { ...d, mod: 'APPROX' } : undefined;
      }
      if (dir === 'ago' && unit.unit === 'Y' && count === 1) {
        // "from $2 million a year ago" in results copy is the reporting quarter a year back.
        return { type: 'DATE', value: '', anchor: { offsetDays: 0, yearShift: -1, period: { fallback: pad4(ctx.ref.year - 1) } } };
      }
      if (dir === 'ago' || dir === 'from now' || dir === 'hence') return agoDraft(ctx.ref, unit.unit, dir === 'ago' ? -count : count);
      const draft = offsetDraft(unit.unit, dir === 'earlier' || dir === 'before' ? -count : count);
      const unitEnd = m.indices?.[3]?.[1] ?? m.indices?.[2]?.[1];
      if (!draft || unitEnd === undefined) return draft;
      // The quantity on its own, for conventions that tag "two weeks" of "two weeks earlier".
      const quantity = { role: 'quantity' as const, start: m.index, end: unitEnd, type: 'DURATION' as const, value: durationValue(count, unit.unit) };
      return { ...draft, form: 'offset', parts: [quantity] };
    },
  },
  {
    name: 'relative.vague-ago',
    pattern: VAGUE_AGO,
    build: (m, ctx) => {
      const unit = (m[1] ?? '').toLowerCase();
      const dir = (m[2] ?? '').toLowerCase();
      if (dir === 'earlier' || dir === 'later') {
        return undefined;
      }
      const past = dir === 'ago';
      return {
        type: 'DATE',
        value: past ? 'PAST_REF' : 'FUTURE_REF',
        interval: vagueRange(ctx.ref, unit, past ? -1 : 1),
      };
    },
  },
  {
    name: 'relative.vague-stretch',
    pattern: VAGUE_COMING,
    build: (m, ctx) => {
      const which = (m[1] ?? m[2] ?? (m[5] ? 'coming' : '')).toLowerCase();
      const unit = (m[3] ?? m[4] ?? '').toLowerCase();
      const future = which.startsWith('coming') || which.startsWith('next') || which === 'upcoming';
      const n = which.endsWith('couple of') ? '2' : 'X';
      const code = unit.startsWith('day') ? `P${n}D` : unit.startsWith('week') ? `P${n}W` : unit.startsWith('month') ? `P${n}M`
        : unit.startsWith('year') ? `P${n}Y` : n === 'X' ? 'PXDE' : 'P20Y';
      if (which === 'recent' || future) {
        // A stretch before or after the DCT for the timeline; TempEval-3 tags it as the vague duration.
        return {
          type: 'DATE',
          value: future ? 'FUTURE_REF' : 'PAST_REF',
          interval: vagueRange(ctx.ref, unit, future ? 1 : -1),
          form: 'vague-stretch',
          parts: [{ role: 'duration', start: m.index, end: m.index + m[0].length, type: 'DURATION', value: code }],
        };
      }
      // "the past few weeks": a vague duration reaching back to the DCT.
      return { type: 'DURATION', value: code };
    },
  },
  {
    name: 'relative.narrative-weekday',
    pattern: NARRATIVE_WEEKDAY,
    build: (m) => {
      const weekday = WEEKDAYS[(m[2] ?? '').toLowerCase()];
      if (weekday === undefined) return undefined;
      const back = /^(?:previous|preceding)$/i.test(m[1] ?? '');
      return { type: 'DATE', value: '', anchor: { offsetDays: 0, weekday: { day: weekday, direction: back ? -1 : 1 } } };
    },
  },
  {
    name: 'relative.weekday',
    pattern: WEEKDAY_RE,
    build: (m, ctx) => {
      const det = m[1]?.toLowerCase();
      const weekday = WEEKDAYS[(m[2] ?? '').toLowerCase()];
      if (weekday === undefined) return undefined;
      let start = m.index;
      const end = start + m[0].length;
      const weekdayStart = end - (m[2] ?? '').length - (m[3] ? m[3].length + 1 : 0);
      const lead = ctx.text.slice(Math.max(0, m.index - 60), m.index);
      // "The Sunday Times", "against Sunday Athletic", "Mail on Sunday": names. A weekday followed by a
      // capitalised word is a name unless a temporal word or a clause edge leads it ("on Sunday Mr X said").
      if (!m[3] && !m[1] && NAME_AFTER_WEEKDAY.test(ctx.text.slice(end, end + 16)) && !TEMPORAL_LEAD.test(lead)) return undefined;
      if (!m[3] && NOT_A_WEEKDAY_AFTER.test(ctx.text.slice(end, end + 16))) return undefined;
      if (/\bMail on\s+$/.test(ctx.text.slice(Math.max(0, weekdayStart - 10), weekdayStart))) return undefined;
      // "on Monday": the preposition is not part of the TIMEX3 extent.
      if (det === 'on' && m[1]) start += m[1].length + 1;
      // "Thursday and Friday", "Monday to Wednesday": the second day follows the first one.
      const pair = det === undefined || det === 'on' ? WEEKDAY_PAIR_LEAD.exec(ctx.text.slice(Math.max(0, m.index - 40), m.index)) : null;
      const firstWeekday = pair ? WEEKDAYS[(pair[2] ?? '').toLowerCase()] : undefined;
      let day: string;
      if (pair && firstWeekday !== undefined) {
        const firstStart = m.index - pair[0].length;
        const firstLead = ctx.text.slice(Math.max(0, firstStart - 60), firstStart);
        const first = weekdayDay(ctx, pair[1]?.toLowerCase(), firstWeekday, firstStart, firstStart + (pair[1] ? pair[1].length + 1 : 0) + (pair[2] ?? '').length, firstLead);
        day = addDays(first, (weekday - firstWeekday + 7) % 7 || 7);
        // "statements made Friday and Thursday" (on a Friday): a past list runs either way; the
        // second day is the past one, never a day after publication.
        if (day > ctx.ref.iso && first <= ctx.ref.iso && ctx.tense(firstStart, end) === 'past') day = weekdayDay(ctx, det, weekday, m.index, end, lead);
      } else {
        day = weekdayDay(ctx, det, weekday, m.index, end, lead);
      }
      const part = m[3]?.toLowerCase();
      if (part) return { type: 'TIME', value: `${day}T${PART_OF_DAY[part] ?? ''}`, start, end };
      return { type: 'DATE', value: day, start, end };
    },
  },
  {
    name: 'relative.reference',
    pattern: REFS,
    build: (m, ctx) => {
      const word = (m[1] ?? '').toLowerCase();
      const end = m.index + m[0].length;
      const after = ctx.text.slice(end, end + 24);
      let start = m.index;
      if (word === 'now' && /^\s*(?:that|,\s*(?:as|with))\b/i.test(after)) return undefined;
      if (word === 'at the time') {
        // "at the time of the crash" names the event's own time, which the text dates elsewhere if at all.
        if (/^\s+of\b/i.test(after)) return undefined;
        // TimeML leaves the preposition out: "At [the time], the White House called the plan unworkable."
        start += 3;
      }
      if (word === 'in the past' || word === 'the past') {
        // "the past few weeks" and "the past five years" belong to duration rules.
        if (/^\s+(?:\d|few|several|couple|\w+\s+(?:days|weeks|months|years|decades))/i.test(after)) return undefined;
        if (word === 'in the past') start += 3; // the preposition is not part of the extent
      }
      if (word === 'in recent times') start += 3;
      if (word === 'later' && /^\s+(?:this|that|on|today|tonight|than)\b/i.test(after)) return undefined;
      // "killed soon after being captured", "as soon as": a conjunction, no time of its own.
      if ((word === 'soon' || word === 'very soon') && (/^\s+(?:after|afterwards|before|as|thereafter)\b/i.test(after) || /\bas\s+$/i.test(ctx.text.slice(Math.max(0, start - 4), start)))) return undefined;
      if (word === 'later' && /\b(?:any|a|an|the|its|their|his|her|some|no|each)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) {
        // An adjective: "any later version" is no timex, "at a later date" is one (FUTURE_REF).
        const noun = /^\s+(?:date|time|stage|point)\b/i.exec(after);
        if (!noun) return undefined;
        const det = /\b(?:a|the|some)\s+$/i.exec(ctx.text.slice(Math.max(0, start - 6), start));
        return { type: 'DATE', value: 'FUTURE_REF', start: det ? start - det[0].length : start, end: end + noun[0].length };
      }
      if (word === 'current' && /^\s+(?:account|affairs|events|of|members?|president|leader|chairman|owner|champion|version|status|state|leadership|government|situation|system)\b/i.test(after)) {
        return undefined;
      }
      const ref = refValue(word);
      if (!ref) return undefined;
      // TempEval-3 never tags these (TimeBank: "later" alone 0 of 9, "short-term"/"long-term" 0 of 7).
      if (word === 'later' || word === 'short-term' || word === 'long-term') return { ...ref, start, form: 'vague-adverb' };
      return { ...ref, start };
    },
  },
  {
    name: 'relative.overnight',
    pattern: OVERNIGHT,
    build: (m, ctx) => {
      const end = m.index + m[0].length;
      if (OVERNIGHT_NOT_AFTER.test(ctx.text.slice(Math.max(0, m.index - 14), m.index))) return undefined;
      if (!OVERNIGHT_CLAUSE_END.test(ctx.text.slice(end, end + 24))) return undefined;
      const evening = ctx.tense(m.index, m.index + m[0].length) === 'future' ? ctx.ref.iso : addDays(ctx.ref.iso, -1);
      return { type: 'TIME', value: `${evening}TNI`, interval: { start: evening, end: addDays(evening, 1), precision: 'approximate' } };
    },
  },
  {
    name: 'relative.anaphoric-day',
    pattern: ANAPHORIC_DAY,
    build: (m, ctx) => {
      const phrase = (m[1] ?? '').toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the day that he died" is a relative clause; after "the previous day" a "that" opens what was said
      // ("told the court the previous day that they would not...").
      const relative = /^\s+(?:of|when|in which|on which)\b/i.test(after) || (/^\s+that\b/i.test(after) && !/previous|following|next/.test(phrase));
      if (relative && phrase !== 'the same day') return undefined;
      // "the day before the vote": relative to an event the text may never date, not to the last date.
      if (phrase === 'the day' && /^\s+(?:before|after)\s+(?:the|a|an|his|her|its|their|our|[A-Z])/.test(after)) return undefined;
      const offset = phrase.includes('following') || phrase.includes('next') || phrase === 'the day after' ? 1
        : phrase.includes('previous') || phrase === 'the day before' ? -1 : 0;
      // "were treated in hospital and released the same day": the same day as the verb coordinated
      // before it, in this sentence; when the sentence names no day, neither does the phrase.
      const coordinated = phrase === 'the same day' && /\band\s+(?:(?:was|were)\s+)?[a-z]+ed\b[^,.;:!?]*$/i.test(ctx.text.slice(Math.max(0, m.index - 60), m.index));
      return { type: 'DATE', value: '', anchor: { offsetDays: offset, ...(coordinated ? { ownSentence: true } : {}) } };
    },
  },
];

/** The year of the latest quarter `q` that has begun by the DCT. */
function latestQuarterYear(ref: Reference, q: number): number {
  return ref.month >= q * 3 - 2 ? ref.year : ref.year - 1;
}

function parseOrdinalWord(word: string): number | undefined {
  return ORDINALS[word] ?? (/^(\d)(?:st|nd|rd|th)$/.exec(word) ? Number(word[0]) : undefined);
}

/** "two years ago", "a week from now": the DCT shifted, at the unit's granularity. */
function agoDraft(ref: Reference, unit: DurationUnit, count: number): Draft | undefined {
  const day = shiftDay(ref.iso, unit, count);
  if (!day) return undefined;
  const value = valueAtGranularity(day, unit);
  // "a decade ago" is about ten years back, not the whole 2010s its TIMEX3 value names: the
  // timeline gets a year either side of the shifted day (a decade either side for centuries).
  if (unit === 'DE' || unit === 'CE') {
    const slack = unit === 'DE' ? 1 : 10;
    return { type: 'DATE', value, interval: { start: addYears(day, -slack), end: addYears(day, slack), precision: 'approximate' } };
  }
  return { type: 'DATE', value };
}

/** "a year earlier", "six months earlier", "three days later": the last date the text named, shifted. */
function offsetDraft(unit: DurationUnit, count: number): Draft | undefined {
  // Whole years and months keep the granularity of the value they shift ("the first quarter ... a year earlier").
  if (unit === 'Y' && Number.isInteger(count)) return { type: 'DATE', value: '', anchor: { offsetDays: 0, yearShift: count } };
  if (unit === 'M' && Number.isInteger(count)) return { type: 'DATE', value: '', anchor: { offsetDays: 0, unit: { name: 'month', shift: count } } };
  if (unit !== 'D' && unit !== 'W') return undefined;
  return { type: 'DATE', value: '', anchor: { offsetDays: Math.round(count * (unit === 'W' ? 7 : 1)) } };
}

/**
 * The day a weekday phrase names. "last"/"next" and "this" settle the direction ("this Friday" is
 * ahead unless the clause is past); "until/through/by Friday" is a deadline ahead unless the clause is
 * past ("rescuers worked through Sunday night"); otherwise the clause tense decides, leaning to the
 * past (news reports what happened).
 */
function weekdayDay(ctx: RuleContext, det: string | undefined, weekday: number, start: number, end: number, lead: string): string {
  const deadline = /\b(?:until|till|through|by)\s+$/i.test(lead);
  // "has extended the ban until Friday": a present perfect reaches up to now, so the deadline is ahead.
  const perfect = perfectBefore(lead);
  const fixed = det === 'last' || det === 'past' || det === 'this past' || det === 'next' || det === 'coming' || det === 'this coming';
  const clause = fixed ? 'unknown' : ctx.tense(start, end);
  // "The final is on Sunday", "the vote is Friday": a present copula states a schedule, since a
  // day gone by would take "was".
  const copula = clause === 'unknown' && /\b(?:is|are)\s+$/i.test(lead);
  const tense = det === 'last' || det === 'past' || det === 'this past' ? 'past'
    : det === 'next' || det === 'coming' || det === 'this coming' ? 'future'
      : det === 'this' ? (clause === 'past' ? 'past' : 'future')
        : (deadline && (clause !== 'past' || perfect)) || copula ? 'future' : clause;
  const day = resolveWeekday(ctx.ref, weekday, tense === 'unknown' ? 'past' : tense);
  if ((det === 'last' || det === 'next') && day === ctx.ref.iso) return addDays(ctx.ref.iso, det === 'last' ? -7 : 7);
  return day;
}

/** The weekend of a weekday DCT: the coming one in future clauses, else the one just gone; on a weekend, that one. */
function weekendOf(ref: Reference, tense: 'past' | 'future' | 'unknown'): string {
  const wd = weekdayOf(ref.iso);
  // In ISO weeks the weekend closes the week; on Monday-Friday a past weekend is the previous week's.
  if (wd === 0 || wd === 6) return `${weekValue(ref.iso)}-WE`;
  const day = tense === 'future' ? ref.iso : addDays(ref.iso, -7);
  return `${weekValue(day)}-WE`;
}
