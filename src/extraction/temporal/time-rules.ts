import { addDays, isoDayFromParts } from '../../domain/calendar.ts';
import { chooseYear, daySpan, pad2, resolveWeekday } from './anchoring.ts';
import { MONTHS, MONTH_ANY, WEEKDAY, WEEKDAYS } from './lexicon.ts';
import type { Draft, Rule, RuleContext } from './rule.ts';

/** Clock times ("16:15 UTC", "6:40 p.m.", "0800 GMT", "noon"), placed on the day the text gives or the DCT. */

// A zone, optionally with an offset ("GMT+8", "UTC-05:00"); the offset is read again from the match.
const ZONE = '(?:\\s*\\(?\\s*(UTC|GMT|Z|[ECMP][SD]T|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?(?:\\s*\\))?(?!\\d))';
const OFFSET = /\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i;
const DAY_AFTER = `(?:\\s+(?:on\\s+)?(${WEEKDAY}|today|yesterday|tomorrow|tonight|${MONTH_ANY}\\s+\\d{1,2}(?![\\d:])(?:,?\\s+\\d{4})?))?`;
const DAY_BEFORE = `(?:(${WEEKDAY}|[Tt]oday|[Yy]esterday|[Tt]omorrow)(?:\\s+at)?\\s+)?`;

const CLOCK_12 = new RegExp(
  `\\b${DAY_BEFORE}(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])(?:\\.\\s?m\\b\\.?|\\s?m\\b)${ZONE}?${DAY_AFTER}`,
  'gi',
);
const CLOCK_24 = new RegExp(`(?<![\\d:.])\\b${DAY_BEFORE}([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d|:\\d)${ZONE}?${DAY_AFTER}`, 'gi');
const MILITARY = new RegExp(`(?<![+\\-\\d])\\b${DAY_BEFORE}([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hours|hrs|${ZONE})${DAY_AFTER}`, 'gi');
const NOON = new RegExp(`\\b${DAY_BEFORE}(noon|midnight|midday)${DAY_AFTER}`, 'gi');

function dayFor(ctx: RuleContext, word: string, start: number, end: number): string {
  const w = word.toLowerCase();
  // "until 5 p.m. EST Nov. 9": a month and day (and maybe a year) after the clock time.
  const date = /^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(w);
  if (date) {
    const month = MONTHS[date[1] ?? ''] ?? 0;
    const day = Number(date[2]);
    const year = date[3] ? Number(date[3]) : chooseYear(ctx.ref, ctx.tense(start, end), (y) => daySpan(y, month, day), { governedPast: ctx.clause(start, end).governed });
    return (year !== undefined && isoDayFromParts(year, month, day)) || ctx.ref.iso;
  }
  if (w === 'yesterday') return addDays(ctx.ref.iso, -1);
  if (w === 'tomorrow') return addDays(ctx.ref.iso, 1);
  if (w === 'today' || w === 'tonight') return ctx.ref.iso;
  const weekday = WEEKDAYS[w];
  if (weekday === undefined) return ctx.ref.iso;
  // "stays in force until 8 a.m. Wednesday": a deadline looks ahead (on a Wednesday, to the next one).
  const clause = ctx.clause(start, end);
  if (/\b(?:until|till|by|before)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start)) && !(clause.tense === 'past' && clause.governed)) {
    const next = resolveWeekday(ctx.ref, weekday, 'future');
    return next === ctx.ref.iso ? addDays(next, 7) : next;
  }
  return resolveWeekday(ctx.ref, weekday, clause.tense === 'unknown' ? 'past' : clause.tense);
}

/**
 * A clock time on the day its phrase names, or (no day in the phrase) on the day its sentence names.
 * UTC/GMT times are written with Z; an offset ("GMT+8") is converted to UTC, which can move the day.
 */
function timeDraft(
  ctx: RuleContext, dayWord: string | undefined, start: number, end: number,
  hour: number, minute: number, zone: string | undefined, matched: string,
): Draft {
  let dayShift = 0;
  let suffix = `T${pad2(hour)}:${pad2(minute)}`;
  const z = zone?.toUpperCase();
  if (z === 'UTC' || z === 'GMT' || z === 'Z') {
    const offset = OFFSET.exec(matched);
    if (offset) {
      const sign = offset[1] === '-' ? -1 : 1;
      const total = hour * 60 + minute - sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
      dayShift = Math.floor(total / 1440);
      const inDay = total - dayShift * 1440;
      suffix = `T${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
    }
    suffix += 'Z';
  }
  if (!dayWord) {
    const past = ctx.tense(start, end) === 'past';
    return { type: 'TIME', value: '', anchor: { offsetDays: dayShift, timeSuffix: suffix, sameSentence: true, ...(past ? { past } : {}) } };
  }
  return { type: 'TIME', value: `${addDays(dayFor(ctx, dayWord, start, end), dayShift)}${suffix}` };
}

export const timeRules: Rule[] = [
  {
    name: 'time.clock-12h',
    pattern: CLOCK_12,
    build: (m, ctx) => {
      let hour = Number(m[2]);
      const minute = m[3] ? Number(m[3]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) return undefined;
      const pm = (m[4] ?? '').toLowerCase() === 'p';
      if (pm && hour !== 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      const end = m.index + m[0].length;
      return timeDraft(ctx, m[1] ?? m[6], m.index, end, hour, minute, m[5], m[0]);
    },
  },
  {
    name: 'time.clock-24h',
    pattern: CLOCK_24,
    build: (m, ctx) => {
      const zone = m[4];
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      // Scores ("won 3:1") and ratios need a zone, a day or a time preposition to count as clock times.
      if (!zone && !m[1] && !m[5] && !/\b(?:at|by|until|till|from|around|about|before|after|since)\s+$/i.test(before)) return undefined;
      const end = m.index + m[0].length;
      return timeDraft(ctx, m[1] ?? m[5], m.index, end, Number(m[2]), Number(m[3]), zone, m[0]);
    },
  },
  {
    name: 'time.military',
    pattern: MILITARY,
    build: (m, ctx) => {
      const end = m.index + m[0].length;
      return timeDraft(ctx, m[1] ?? m[5], m.index, end, Number(m[2]), Number(m[3]), m[4], m[0]);
    },
  },
  {
    name: 'time.noon',
    pattern: NOON,
    build: (m, ctx) => {
      const end = m.index + m[0].length;
      const word = (m[2] ?? '').toLowerCase();
      return timeDraft(ctx, m[1] ?? m[3], m.index, end, word === 'midnight' ? 24 : 12, 0, undefined, m[0]);
    },
  },
];
