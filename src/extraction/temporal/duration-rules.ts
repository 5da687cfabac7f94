import { MONTHS, MONTH_FULL, NUMBER_WORD, TIME_UNIT, UNIT_DAYS, VAGUE_QUANTITY, WEEKDAY, WEEKDAYS, parseNumber, parseUnit, type DurationUnit } from './lexicon.ts';
import { addDays, addMonths, addYears } from '../../domain/calendar.ts';
import type { Draft, Rule } from './rule.ts';
import type { CalendarInterval, TimexMod } from './types.ts';

/** Durations ("two weeks" -> P2W), vague durations ("several years" -> PXY) and sets ("every Monday"). */

/** The TIMEX3 value of a quantity of units: P2W, PT3H, P10Y (a decade), PXY (a vague count). */
export function durationValue(amount: number | 'X', unit: DurationUnit): string {
  // "a minute and a half" is PT1M30S, "an hour and a half" PT1H30M (TimeBank), not PT1.5M.
  if (amount !== 'X' && !Number.isInteger(amount) && (unit === 'MIN' || unit === 'H')) {
    const whole = Math.floor(amount);
    const rest = Math.round((amount - whole) * 60);
    const small = unit === 'H' ? 'M' : 'S';
    return `PT${whole > 0 ? `${whole}${unit === 'H' ? 'H' : 'M'}` : ''}${rest}${small}`;
  }
  const n = amount === 'X' ? 'X' : formatAmount(amount);
  switch (unit) {
    case 'S':
      return `PT${n}S`;
    case 'MIN':
      return `PT${n}M`;
    case 'H':
      return `PT${n}H`;
    case 'Q':
      return `P${n}Q`;
    case 'DE':
      return amount === 'X' ? 'PXDE' : `P${formatAmount(amount * 10)}Y`;
    case 'CE':
      return amount === 'X' ? 'PXCE' : `P${formatAmount(amount * 100)}Y`;
    default:
      return `P${n}${unit}`;
  }
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

const MODIFIER: Readonly<Record<string, TimexMod>> = {
  almost: 'APPROX', nearly: 'APPROX', about: 'APPROX', around: 'APPROX', approximately: 'APPROX',
  roughly: 'APPROX', some: 'APPROX', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'just over': 'MORE_THAN',
  'well over': 'MORE_THAN', 'less than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS',
};
const MOD_WORDS = '(?:almost|nearly|about|around|approximately|roughly|some|more than|just over|well over|over|less than|just under|under|at least|up to|at most)';

const DURATION = new RegExp(
  `\\b(?:(${MOD_WORDS})\\s+)?(?:(?:the|a|an)\\s+(?:(?:past|last|next|first|final|previous|coming|following|remaining|initial|year-earlier|year-ago)\\s+)?)?` +
    `(${NUMBER_WORD}(?: and a half)?|half an?)[- ]` +
    `(?:(?:straight|consecutive|full|long|trading|business|working|calendar|more|additional|extra|successive|whole|entire)[- ])?` +
    `(${TIME_UNIT})(?:[- ](long|old)|( and a half))?\\b`,
  'gi',
);
const VAGUE_DURATION = new RegExp(
  `\\b(?:(?:for|over)\\s+(?:the\\s+)?)?(?:(${VAGUE_QUANTITY})\\s+)?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?:-long)?\\b`,
  'gi',
);
const SET_EVERY = new RegExp(
  `\\b(every|each)\\s+(other\\s+|(${NUMBER_WORD})\\s+)?(day|night|morning|evening|week|weekend|month|year|quarter|summer|winter|spring|autumn|${WEEKDAY}|${MONTH_FULL}|days|weeks|months|years|hours?|minutes)\\b`,
  'gi',
);
const SET_ADVERB = /\b(daily|nightly|weekly|bi-weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|annual|hourly|biannually|semi-annually)\b/gi;
/** A noun (or its adjective) after "daily", "weekly": the word is an adjective ("daily flights"), not an adverb ("published daily"). */
const RATE_ADJECTIVE_BEFORE = /^\s+(?!(?:and|or|in|on|at|for|to|from|by|since|until|with|as|than|through|during|over|the|a|an)\b)(?:[a-z]+-)?[a-z]{3,}/;
const SET_TIMES = /\b(once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|decade)\b/gi;
const SET_WEEKDAYS = new RegExp(`\\b(${WEEKDAY})s\\b`, 'g');

const PER_UNIT: Readonly<Record<string, string>> = {
  minute: 'PT1M',
  day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', year: 'P1Y',
  quarter: 'P3M', hour: 'PT1H', decade: 'P10Y', summer: 'P1Y', winter: 'P1Y', spring: 'P1Y', autumn: 'P1Y',
};

const SEASON_CODES: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' };

/** "$5 million a year", "30 percent a year": a rate, i.e. a SET, not a one-year duration. */
const RATE_BEFORE = /(?:\d|million|billion|thousand|percent|%|times|once|twice|dollars|euros|pounds)\S*\s*$/i;

const SMALL_NUMBER = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)';
const DURATION_RANGE = new RegExp(
  `\\b(?:between\\s+)?(${SMALL_NUMBER})\\s*(?:and|to|or|-|–)\\s*(${SMALL_NUMBER}[- ](${TIME_UNIT}))\\b`,
  'gid',
);
const CHANGE_VERB_BEFORE = /\b(?:delay|postpon|mov|push|shift|reschedul|brought|bring|rais|rose|rise|fell|fall|increas|decreas|cut|chang|extend|revis|switch)\w*(?:\s+\w+){0,3}\s*$/i;
const YEAR_RANGE = /\b(?:(from|between)\s+)?((?:1[6-9]|20)\d\d)\s*(?:to|until|till|through|and|-|–)\s*((?:1[6-9]|20)\d\d)\b/gid;

const MEETING_RECORD = /^\s+(?:of|from)\s+(?:[\w'’]+\s+){0,4}?(?:meeting|session|talks|hearing|conference|committee|board)\b/i;

/**
 * The days "in N units" from the DCT can mean: a window around the day N units on (a day either
 * side per week, half a month per month...), or from the DCT to it for "within".
 */
function windowAfter(dct: string, unit: DurationUnit, count: number, within: boolean): CalendarInterval | undefined {
  const days = count * UNIT_DAYS[unit];
  if (!(days >= 1) || days > 36525) return undefined;
  const target = unit === 'M' ? addMonths(dct, Math.round(count)) : unit === 'Y' ? addYears(dct, Math.round(count)) : addDays(dct, Math.round(days));
  if (within) return { start: addDays(dct, 1), end: target, precision: 'approximate' };
  const slack = unit === 'D' ? 0 : unit === 'W' ? Math.min(3, Math.round(count)) : Math.round(days / 12);
  return { start: addDays(target, -slack), end: addDays(target, slack), precision: 'approximate' };
}

export const durationRules: Rule[] = [
  {
    // "between 60 and 90 days": the first number is a duration of the unit that follows the second.
    name: 'duration.range',
    pattern: DURATION_RANGE,
    build: (m) => {
      const unitInfo = parseUnit(m[3] ?? '');
      const amount = parseNumber(m[1] ?? '');
      const amount2 = parseNumber((m[2] ?? '').slice(0, -(m[3] ?? '').length - 1));
      const first = m.indices?.[1];
      const second = m.indices?.[2];
      if (!unitInfo || amount === undefined || amount2 === undefined || !first || !second || !(amount2 > amount) || amount2 > 1000) {
        return undefined;
      }
      const draft = (count: number, [start, end]: [number, number]): Draft => ({
        type: 'DURATION',
        value: durationValue(count * unitInfo.factor, unitInfo.unit),
        durationDays: count * unitInfo.factor * UNIT_DAYS[unitInfo.unit],
        start,
        end,
      });
      return [draft(amount, first), draft(amount2, second)];
    },
  },
  {
    // MEANTIME annotates "from 2009 to 2011" as one DURATION (P2Y); the interval keeps its place on the calendar.
    name: 'duration.year-range',
    pattern: YEAR_RANGE,
    build: (m, ctx) => {
      // "delayed from 2006 to 2009", "rose from 2009 to 2010 levels": two dates, not a span.
      if (CHANGE_VERB_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
      const y1 = Number(m[2]);
      const y2 = Number(m[3]);
      const lead = (m[1] ?? '').toLowerCase();
      const joiner = m[0].slice((m[1] ?? '').length).replace(/\d{4}/g, '').trim().toLowerCase();
      if (!(y2 > y1) || y2 - y1 > 100) return undefined;
      if (joiner === 'and' && lead !== 'between') return undefined;
      const first = m.indices?.[2];
      const second = m.indices?.[3];
      return {
        type: 'DURATION',
        value: `P${y2 - y1}Y`,
        durationDays: Math.round((y2 - y1) * 365.25),
        interval: { start: `${m[2]}-01-01`, end: `${m[3]}-12-31`, precision: 'year' },
        form: 'year-span',
        ...(first && second ? {
          parts: [
            { role: 'first' as const, start: first[0], end: first[1], type: 'DATE' as const, value: m[2] ?? '' },
            { role: 'second' as const, start: second[0], end: second[1], type: 'DATE' as const, value: m[3] ?? '' },
          ],
        } : {}),
      };
    },
  },
  {
    name: 'duration.quantity',
    pattern: DURATION,
    build: (m, ctx) => {
      const rawNumber = (m[2] ?? '').toLowerCase();
      const parsed = rawNumber.startsWith('half') ? 0.5 : parseNumber(rawNumber);
      // "a minute and a half": the half comes after the unit.
      const amount = parsed === undefined ? undefined : parsed + (m[5] ? 0.5 : 0);
      const unitInfo = parseUnit(m[3] ?? '');
      if (amount === undefined || !unitInfo) return undefined;
      const start = m.index;
      const phrase = m[0].toLowerCase();
      const article = /^(?:a|an)$/.test(rawNumber);
      // "a year" after an amount is a rate (SET); "per year" too.
      if (article && !m[1] && phrase === `${rawNumber} ${(m[3] ?? '').toLowerCase()}` &&
        RATE_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start))) {
        return { type: 'SET', value: PER_UNIT[(m[3] ?? '').toLowerCase()] ?? `P1${unitInfo.unit}` };
      }
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "a second A380", "about a quarter of": ordinals and fractions, not units of time.
      if (article && (unitInfo.unit === 'S' || unitInfo.unit === 'Q') &&
        (!/\b(?:for|in|within|over|after|last|past)\s+$/i.test(before) || /^\s+(?!ago|later|earlier|or|and|of)[a-z]/i.test(after))) {
        return undefined;
      }
      // Bare "a day"/"one day" narrates ("one day he left"), and "a minute" is an idiom: need a context word.
      if ((article || rawNumber === 'one') && unitInfo.unit === 'D' && !m[1] && /^(?:one|a)\s+day$/.test(phrase) &&
        !/\b(?:for|in|within|than|over|after|about|take|takes|took|lasted|last|only|just|per|each|every|half)\s+$/i.test(before) &&
        !/^\s+(?:after|before|later|earlier|long)\b/i.test(after)) {
        return undefined;
      }
      // Numbers over a plausible bound are counts of things ("747 days" is fine, "2008 years" is not).
      if (amount > 1000) return undefined;
      // Ages ("a 34-year-old", "37 years old", "aged 5 months and older") say how old someone is,
      // not when anything happened: TempEval-3 does not tag them (MEANTIME's guidelines do).
      const age = m[4]?.toLowerCase() === 'old' || /\baged\s+$/i.test(before) || /^\s+(?:and\s+(?:older|over|up|under|younger)|of age)\b/i.test(after);
      // "about three-quarters of its food", "more than a quarter of the market": fractions.
      if (unitInfo.unit === 'Q' && (/-quarters$/i.test(m[0]) || (article && /^\s+of\b/i.test(after)))) return undefined;
      // Measures of distance or margin: "a ten-minute walk", "two seconds faster", "five minutes away".
      if (/^[\s-]+(?:walk|drive|ride|stroll|commute|away)\b/i.test(after)) return undefined;
      if ((unitInfo.unit === 'S' || unitInfo.unit === 'MIN') && /^\s+(?:faster|slower|quicker|ahead|behind|clear|off the pace)\b/i.test(after)) return undefined;
      const count = amount * unitInfo.factor;
      // "over the past six months" is "during", not "more than": the preposition stays outside.
      const during = m[1] !== undefined && /^over$/i.test(m[1]) && /^over\s+the\s/i.test(m[0]);
      const mod = m[1] && !during ? MODIFIER[m[1].toLowerCase()] : undefined;
      const draft: Draft = {
        type: 'DURATION',
        value: durationValue(count, unitInfo.unit),
        durationDays: Math.round(count * UNIT_DAYS[unitInfo.unit] * 1000) / 1000,
      };
      if (mod) draft.mod = mod;
      if (age) draft.form = 'age';
      // "a verdict will be given in three weeks": a future clause counts from publication, so the
      // timeline gets an approximate window around the day it names.
      if (!age && /\b(?:in|within)\s+$/i.test(before) && unitInfo.unit !== 'S' && unitInfo.unit !== 'MIN' && unitInfo.unit !== 'H' &&
        ctx.tense(start, m.index + m[0].length) === 'future') {
        const window = windowAfter(ctx.ref.iso, unitInfo.unit, count, /^within$/i.test(/(\w+)\s+$/.exec(before)?.[1] ?? ''));
        if (window) {
          draft.interval = window;
          draft.anchoredTo = 'dct';
        }
      }
      // "a 12-hour flight", "the 48-year-old": the determiner belongs to the noun phrase, not to the
      // TIMEX3 (it stays in "the past six months" and "the first 100 days").
      const determiner = /^(?:an?\s+(?=\d|[a-z]+[- ])|the\s+(?=[\w.,]+-))/i.exec(m[0]);
      if (determiner && !m[1] && !article) draft.start = start + determiner[0].length;
      if (during) draft.start = start + (m[1]?.length ?? 0) + 1;
      return draft;
    },
  },
  {
    name: 'duration.vague',
    pattern: VAGUE_DURATION,
    build: (m, ctx) => {
      const unitInfo = parseUnit(m[2] ?? '');
      if (!unitInfo) return undefined;
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      // "two years" is matched by duration.quantity; a bare plural after a digit is a count elsewhere.
      if (/\d\s*$|-$/.test(before)) return undefined;
      if (/^(?:many|some)$/i.test(m[1] ?? '') && unitInfo.unit === 'S') return undefined;
      // A bare "days" is mostly idiom ("those were the days"): only with a quantity or a preposition of extent.
      if (unitInfo.unit === 'D' && !m[1] && !/^(?:for|over)\s/i.test(m[0]) && !/\b(?:within|in|after|several|few)\s+$/i.test(before)) return undefined;
      // "opening hours", "office hours", "working weeks": a bare plural after a noun or adjective is a
      // compound, not a stretch of time. It needs a word of extent before it, or "of"/"later" after it.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!m[1] && !/^(?:for|over)\s|-long$/i.test(m[0]) && /[a-z]\s+$/i.test(before) &&
        !/\b(?:within|in|after|before|for|over|took|take|takes|taking|lasted|lasts|last|lasting|spent|spend|spends|waited|wait|than|until|by|across|during|throughout|just|only|mere|and|or|nearly|almost|even)\s+$/i.test(before) &&
        !/^\s+(?:of|later|earlier|ago|long|on end|in the making)\b/i.test(after)) return undefined;
      // "Minutes of last month's meeting": the record of a meeting, not a stretch of time.
      if (unitInfo.unit === 'MIN' && !m[1] && MEETING_RECORD.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return undefined;
      // "for weeks": "for" only shows it is a stretch and stays outside the TIMEX3, as TimeML and
      // MEANTIME ("for [33 years]") have it; "over the years" is MEANTIME's whole idiom.
      const lead = /^for\s+/i.exec(m[0]);
      return { type: 'DURATION', value: durationValue('X', unitInfo.unit), ...(lead ? { start: m.index + lead[0].length } : {}) };
    },
  },
  {
    name: 'set.every',
    pattern: SET_EVERY,
    build: (m) => {
      const unit = (m[4] ?? '').toLowerCase();
      const weekday = WEEKDAYS[unit];
      if (weekday !== undefined) return { type: 'SET', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` };
      const month = MONTHS[unit];
      if (month !== undefined) return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
      // "every summer" is a calendar pattern like "every September" (TimeBank: "the past three
      // summers" XXXX-SU); "every other summer", a count of years, stays P2Y.
      const season = SEASON_CODES[unit];
      if (season !== undefined && !m[2] && !m[3]) return { type: 'SET', value: `XXXX-${season}` };
      const every = m[3] ? parseNumber(m[3]) : m[2] ? 2 : 1;
      const base = PER_UNIT[unit.replace(/s$/, '')];
      if (!base || every === undefined) return undefined;
      return { type: 'SET', value: base.replace('1', formatAmount(every)) };
    },
  },
  {
    name: 'set.adverb',
    pattern: SET_ADVERB,
    build: (m, ctx) => {
      const w = (m[1] ?? '').toLowerCase();
      const value = w === 'daily' || w === 'nightly' ? 'P1D' : w === 'weekly' ? 'P1W'
        : w === 'bi-weekly' || w === 'biweekly' || w === 'fortnightly' ? 'P2W' : w === 'monthly' ? 'P1M'
          : w === 'quarterly' ? 'P3M' : w === 'hourly' ? 'PT1H' : w === 'biannually' || w === 'semi-annually' ? 'P6M' : 'P1Y';
      // MEANTIME annotates the adjective "annual" as a DURATION (an annual report covers a year) and
      // "weekly gain" as a SET; TimeBank tags none of "annual", "quarterly dividend", "daily flights".
      const end = m.index + m[0].length;
      const adjective = w === 'annual' || RATE_ADJECTIVE_BEFORE.test(ctx.text.slice(end, end + 24));
      return { type: w === 'annual' ? 'DURATION' : 'SET', value, ...(adjective ? { form: 'rate-adjective' as const } : {}) };
    },
  },
  {
    name: 'set.times-per',
    pattern: SET_TIMES,
    build: (m) => {
      const unit = (m[2] ?? '').toLowerCase();
      const value = PER_UNIT[unit];
      return value ? { type: 'SET', value } : undefined;
    },
  },
  {
    name: 'set.weekdays',
    pattern: SET_WEEKDAYS,
    build: (m, ctx) => {
      const weekday = WEEKDAYS[(m[1] ?? '').toLowerCase()];
      if (weekday === undefined) return undefined;
      if (/^['’]/.test(ctx.text.slice(m.index + m[0].length))) return undefined;
      return { type: 'SET', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` };
    },
  },
];
