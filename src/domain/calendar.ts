import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  addYears as addYearsFns,
  differenceInCalendarDays,
  endOfISOWeek,
  getISOWeek,
  getISOWeekYear,
  isValid,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings. The one place that turns day strings into
 * Dates and back: Dates are local midnights used only inside these functions, so no caller ever
 * meets a time zone. Everything else in Sourceline passes day strings around.
 *
 * Days exist in the years 0001 to 9999 only (four-digit years, no era arithmetic: date-fns would
 * format year 0 as "0001" and 10000 as "10000"). Arithmetic whose result falls outside them throws a
 * `CalendarRangeError`, which extraction turns into an undated mention; it never returns a wrong day.
 */

export type IsoDay = string;

export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** A day outside the years 0001-9999, or an amount so large the result is no date at all. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a local-midnight Date; undefined when it is not a real day. */
export function parseIsoDay(value: string): Date | undefined {
  const m = ISO_DAY.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(2000, mo - 1, d);
  if (y < FIRST_YEAR) return undefined;
  date.setFullYear(y); // years below 100 would otherwise map to the 1900s
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    return undefined;
  }
  return date;
}

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `month` (1-12) of `year`, proleptic Gregorian as Date is. */
function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `value` is a real day `YYYY-MM-DD` (what `parseIsoDay` accepts), by arithmetic: the tagger
 * asks this of every interval it builds, and a Date per question was a visible share of extraction.
 */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= FIRST_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Builds a day string from parts; undefined when the parts name no real day (2022-02-30). */
export function isoDayFromParts(year: number, month: number, day: number): IsoDay | undefined {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(s) ? s : undefined;
}

export function toIsoDay(date: Date): IsoDay {
  if (!isValid(date)) throw new CalendarRangeError('not a date (the arithmetic overflowed)');
  const year = date.getFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new CalendarRangeError(`year ${year} is outside 0001-9999`);
  // What format(date, 'yyyy-MM-dd') gives for the years 0001-9999, without parsing a format string per day.
  return `${pad4(year)}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

function must(value: string): Date {
  const date = parseIsoDay(value);
  if (!date) throw new CalendarRangeError(`not a calendar day: ${value}`);
  return date;
}

export function addDays(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addDaysFns(must(day), amount));
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addMonthsFns(must(day), amount));
}

export function addYears(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addYearsFns(must(day), amount));
}

/**
 * View arithmetic (windows, padding, period steps, exclusive ends): the same operations held to the
 * calendar, so a frame around an event on 9999-12-31 ends there instead of throwing. Only for framing
 * what is shown, never for an event's own date, which extraction computes with the strict versions.
 */
export const FIRST_DAY: IsoDay = '0001-01-01';
export const LAST_DAY: IsoDay = '9999-12-31';

function within(compute: () => IsoDay, amount: number): IsoDay {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarRangeError) return amount < 0 ? FIRST_DAY : LAST_DAY;
    throw error;
  }
}

export const addDaysWithin = (day: IsoDay, amount: number): IsoDay => within(() => addDays(day, amount), amount);
export const addMonthsWithin = (day: IsoDay, amount: number): IsoDay => within(() => addMonths(day, amount), amount);
export const addYearsWithin = (day: IsoDay, amount: number): IsoDay => within(() => addYears(day, amount), amount);

/** `toIsoDay` held to the calendar: a Date before year 1 or after 9999 gives the first or last day. */
export function toIsoDayWithin(date: Date): IsoDay {
  if (!isValid(date)) return FIRST_DAY;
  const year = date.getFullYear();
  return year < FIRST_YEAR ? FIRST_DAY : year > LAST_YEAR ? LAST_DAY : toIsoDay(date);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(must(to), must(from));
}

export function compareDays(a: IsoDay, b: IsoDay): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO day strings of 4-digit years sort lexically
}

export function lastDayOfMonth(year: number, month: number): IsoDay {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  if (!isIsoDay(first)) throw new CalendarRangeError(`not a calendar day: ${first}`);
  return `${first.slice(0, 8)}${daysInMonth(year, month)}`;
}

/** Monday and Sunday of ISO week `week` of ISO week-year `year`. */
export function isoWeekRange(year: number, week: number): { start: IsoDay; end: IsoDay } {
  const jan4 = must(`${String(year).padStart(4, '0')}-01-04`); // Jan 4 is always in ISO week 1
  const inWeek = setISOWeek(jan4, week);
  return { start: toIsoDay(startOfISOWeek(inWeek)), end: toIsoDay(endOfISOWeek(inWeek)) };
}

/** ISO week-year and week number of a day (`2022-12-24` -> { year: 2022, week: 51 }). */
export function isoWeekOf(day: IsoDay): { year: number; week: number } {
  const date = must(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
  return must(day).getDay();
}

const MS_PER_DAY = 86_400_000;

/**
 * The day as a number (days since 1970-01-01, proleptic Gregorian, UTC), for comparing many days fast
 * (the corpus stages compare hundreds of thousands of date windows): integer arithmetic, no Date objects
 * kept. Only for days that `isIsoDay` accepts.
 */
export function dayNumber(day: IsoDay): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** The inverse of `dayNumber`. */
export function dayFromNumber(n: number): IsoDay {
  const t = new Date(n * MS_PER_DAY);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}
