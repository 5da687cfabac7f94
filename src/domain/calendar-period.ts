// Period steps are held to the calendar (0001-9999): the last period ends at its edge.
import { addDaysWithin as addDays, addMonthsWithin as addMonths, addYearsWithin as addYears, type IsoDay } from './calendar.ts';
import { describeEventDate } from './event-date-label.ts';

/**
 * Calendar periods: the units the timeline counts events by when a window holds too many to draw
 * (and the overview band's histogram bins), with their wording. Pure day-string arithmetic.
 */

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'lustrum' | 'decade' | 'century' | 'millennium';

/** Days since 1970-01-01, so that comparisons of days are integer ones. */
export type DayNumber = number;


export function dayNumberOf(day: IsoDay): DayNumber {
  // Sliced rather than parsed: `YYYY-MM-DD` is validated at the corpus boundary. Not Date.UTC, which
  // reads years 0-99 as 1900-1999 and costs a Date per call (the timeline asks for every event's days);
  // the civil-date formula of H. Hinnant, "chrono-compatible low-level date algorithms" (days_from_civil).
  // Digits read as char codes: no substrings (a zoom asks for every shown event's days).
  const digit = (i: number): number => day.charCodeAt(i) - 48;
  const y0 = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of a day number (Hinnant's civil_from_days), held to 0001-01-01..9999-12-31 like the view arithmetic. */
export function isoDayOfNumber(n: DayNumber): IsoDay {
  const z = Math.min(Math.max(n, MIN_DAY_NUMBER), MAX_DAY_NUMBER) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day numbers of 0001-01-01 and 9999-12-31. */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;

/** Approximate length of each unit in days, to pick one for a window width. */
const UNIT_DAYS: ReadonlyArray<readonly [PeriodUnit, number]> = [
  ['day', 1],
  ['week', 7],
  ['month', 30.44],
  ['quarter', 91.31],
  ['year', 365.25],
  ['lustrum', 1826.25],
  ['decade', 3652.5],
  ['century', 36525],
  ['millennium', 365250],
];

/** The finest unit that cuts a span of `days` into at most `maxPeriods` periods. */
export function periodUnitFor(days: number, maxPeriods: number): PeriodUnit {
  for (const [unit, length] of UNIT_DAYS) if (days / length <= Math.max(1, maxPeriods)) return unit;
  return 'millennium';
}

/** The first day of the period of `unit` that holds `day` (weeks start on Monday, as ISO weeks do). */
export function periodStart(day: IsoDay, unit: PeriodUnit): IsoDay {
  const year = Number(day.slice(0, 4));
  const yearStart = (y: number): IsoDay => `${String(Math.max(0, y)).padStart(4, '0')}-01-01`;
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      const weekday = (((dayNumberOf(day) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
      return addDays(day, -weekday);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter': {
      const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
      return `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
    }
    case 'year':
      return yearStart(year);
    case 'lustrum':
      return yearStart(Math.floor(year / 5) * 5);
    case 'decade':
      return yearStart(Math.floor(year / 10) * 10);
    case 'century':
      return yearStart(Math.floor(year / 100) * 100);
    case 'millennium':
      return yearStart(Math.floor(year / 1000) * 1000);
  }
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: IsoDay, unit: PeriodUnit): IsoDay {
  switch (unit) {
    // Days and weeks by day number: the timeline steps through thousands of them per zoom level.
    case 'day':
      return isoDayOfNumber(dayNumberOf(start) + 1);
    case 'week':
      return isoDayOfNumber(dayNumberOf(start) + 7);
    case 'month':
      return addMonths(start, 1);
    case 'quarter':
      return addMonths(start, 3);
    case 'year':
      return addYears(start, 1);
    case 'lustrum':
      return addYears(start, 5);
    case 'decade':
      return addYears(start, 10);
    case 'century':
      return addYears(start, 100);
    case 'millennium':
      return addYears(start, 1000);
  }
}

const describeDay = (day: IsoDay): string => describeEventDate({ start: day, end: null, precision: 'day', timing: 'past' });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2022-12-01` -> "December 2022": the heading of a month in the Events list. */
export function describeMonth(day: IsoDay): string {
  return describePeriod(`${day.slice(0, 7)}-01`, 'month');
}

/**
 * A period in words: "December 24, 2022", "the week of December 19, 2022", "December 2022",
 * "October–December 2022", "2022", "2000–2004", "the 1990s".
 */
export function describePeriod(start: IsoDay, unit: PeriodUnit): string {
  const year = start.slice(0, 4).replace(/^0+(?=\d)/, '');
  const month = MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7);
  switch (unit) {
    case 'day':
      return describeDay(start);
    case 'week':
      return `the week of ${describeDay(start)}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${month}–${MONTHS[Number(start.slice(5, 7)) + 1] ?? ''} ${year}`;
    case 'year':
      return year;
    case 'lustrum':
      return `${year}–${Number(year) + 4}`;
    case 'decade':
    case 'century':
    case 'millennium':
      return `the ${year}s`;
  }
}

/** How long one period of a unit lasts, in words ("one week"), for "each box counts the events of one week". */
export const PERIOD_LENGTH_NAMES: Readonly<Record<PeriodUnit, string>> = {
  day: 'one day',
  week: 'one week',
  month: 'one month',
  quarter: 'three months',
  year: 'one year',
  lustrum: 'five years',
  decade: 'ten years',
  century: 'a century',
  millennium: 'a millennium',
};

/** First index whose value is >= `value` in a non-decreasing array (its length when none). */
export function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
