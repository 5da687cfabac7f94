import { addDays, isoDayFromParts, isoWeekRange, lastDayOfMonth } from '../../domain/calendar.ts';
import { pad2, pad4 } from './anchoring.ts';
import type { CalendarInterval, TimexMod } from './types.ts';

/**
 * Turns a TIMEX3 date value (plus mod) into the calendar interval the timeline draws. Precision is
 * honest: `day`/`month`/`year` only when the value states exactly that unit and no modifier blurs it;
 * everything else (weeks, quarters, seasons, decades, "early"/"mid"/"late") is `approximate`.
 * Returns undefined for values that name no place on the calendar (PAST_REF, XXXX-...).
 */
export function intervalOfValue(value: string, mod?: TimexMod): CalendarInterval | undefined {
  const base = baseInterval(value);
  if (!base) return undefined;
  if (!mod) return base;
  return narrow(base, mod);
}

function baseInterval(value: string): CalendarInterval | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const day = isoDayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { start: day, end: day, precision: 'day' } : undefined;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    return { start: `${pad4(y)}-${pad2(mo)}-01`, end: lastDayOfMonth(y, mo), precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, precision: 'approximate' };
  m = /^(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31`, precision: 'approximate' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { start: `${m[1]}-${pad2(q * 3 - 2)}-01`, end: lastDayOfMonth(y, q * 3), precision: 'approximate' };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    return m[2] === '1'
      ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30`, precision: 'approximate' }
      : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31`, precision: 'approximate' };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return seasonInterval(Number(m[1]), m[2] as 'SP' | 'SU' | 'FA' | 'WI');
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const week = isoWeekRange(Number(m[1]), Number(m[2]));
    if (m[3]) return { start: addDays(week.start, 5), end: week.end, precision: 'approximate' };
    return { start: week.start, end: week.end, precision: 'approximate' };
  }
  m = /^FY(\d{4})$/.exec(value);
  if (m) {
    // Fiscal years start in different months per organisation: bound the widest common reading.
    const y = Number(m[1]);
    return { start: `${pad4(y - 1)}-04-01`, end: `${m[1]}-12-31`, precision: 'approximate' };
  }
  return undefined;
}

function seasonInterval(year: number, season: 'SP' | 'SU' | 'FA' | 'WI'): CalendarInterval {
  const y = pad4(year);
  switch (season) {
    case 'SP':
      return { start: `${y}-03-01`, end: `${y}-05-31`, precision: 'approximate' };
    case 'SU':
      return { start: `${y}-06-01`, end: `${y}-08-31`, precision: 'approximate' };
    case 'FA':
      return { start: `${y}-09-01`, end: `${y}-11-30`, precision: 'approximate' };
    case 'WI':
      // TimeML's 2022-WI is the winter that begins in December 2022.
      return { start: `${y}-12-01`, end: lastDayOfMonth(year + 1, 2), precision: 'approximate' };
  }
}

/** START/MID/END keep the first, middle or last third of the interval; other mods only blur it. */
function narrow(base: CalendarInterval, mod: TimexMod): CalendarInterval {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return { ...base, precision: 'approximate' };
  const year = base.start.slice(0, 4);
  if (base.start === `${year}-01-01` && base.end === `${year}-12-31`) {
    // Thirds of a year follow months (January-April, May-August, September-December): "early 2025"
    // read as ending on May 2 would draw a boundary no reader means.
    const [from, to] = mod === 'START' ? ['01-01', '04-30'] : mod === 'MID' ? ['05-01', '08-31'] : ['09-01', '12-31'];
    return { start: `${year}-${from}`, end: `${year}-${to}`, precision: 'approximate' };
  }
  const length = daysInclusive(base.start, base.end);
  if (length <= 1) return { ...base, precision: 'approximate' };
  const third = Math.max(1, Math.round(length / 3));
  if (mod === 'START') return { start: base.start, end: addDays(base.start, third - 1), precision: 'approximate' };
  if (mod === 'END') return { start: addDays(base.end, -(third - 1)), end: base.end, precision: 'approximate' };
  const startOffset = Math.floor((length - third) / 2);
  return {
    start: addDays(base.start, startOffset),
    end: addDays(base.start, startOffset + third - 1),
    precision: 'approximate',
  };
}

function daysInclusive(start: string, end: string): number {
  const a = Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  const b = Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, Number(end.slice(8, 10)));
  return Math.round((b - a) / 86400000) + 1;
}
