import { addDays, daysBetween, isoWeekOf, weekdayOf, type IsoDay } from '../domain/calendar.ts';
import type { Random } from './random.ts';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './vocabulary.ts';

/** How much of the date a phrase states: what a careful reader could date it to. */
export type StatedUnit = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'vague';

export interface DatePhrase {
  /** As written in running text, e.g. "on Tuesday", "in March 2014", "earlier this year". */
  text: string;
  unit: StatedUnit;
  /** The kind of phrase, for the answer key: explicit (full date), partial (no year), relative, vague. */
  kind: 'explicit' | 'partial' | 'relative' | 'vague';
}

const partsOf = (day: IsoDay): { y: number; m: number; d: number } => ({
  y: Number(day.slice(0, 4)),
  m: Number(day.slice(5, 7)),
  d: Number(day.slice(8, 10)),
});
const monthName = (m: number): string => MONTHS[m - 1] ?? 'January';
const count = (n: number): string => NUMBER_WORDS[n] ?? String(n);
const season = (m: number): string => (m <= 2 || m === 12 ? 'winter' : m <= 5 ? 'spring' : m <= 8 ? 'summer' : 'autumn');
const part = (d: number): string => (d <= 10 ? 'early' : d <= 20 ? 'mid-' : 'late');

/**
 * A phrase that a reporter writing on `published` would use for something that happened (or will
 * happen) on `day`: relative words close to the publication date, a month and day within the year,
 * full dates and bare years further away, and now and then a vague phrase. The choice is random but
 * always true: every phrase, read against the publication date, contains `day`.
 */
export function datePhrase(day: IsoDay, published: IsoDay, random: Random): DatePhrase {
  const delta = daysBetween(published, day); // < 0: past
  const e = partsOf(day);
  const p = partsOf(published);
  const weekday = WEEKDAYS[weekdayOf(day)] ?? 'Monday';
  const sameWeek = isoWeekOf(day).week === isoWeekOf(published).week && Math.abs(delta) < 7;
  const options: Array<readonly [DatePhrase, number]> = [];
  const add = (text: string, unit: StatedUnit, kind: DatePhrase['kind'], weight: number): void => {
    options.push([{ text, unit, kind }, weight]);
  };
  const monthDay = `${monthName(e.m)} ${e.d}`;
  if (delta === 0) {
    add(`on ${weekday}`, 'day', 'relative', 6);
    add('today', 'day', 'relative', 2);
    add('earlier today', 'day', 'relative', 1);
  } else if (delta === -1) {
    add('yesterday', 'day', 'relative', 3);
    add(`on ${weekday}`, 'day', 'relative', 5);
    add(`on ${weekday} night`, 'day', 'relative', 1);
  } else if (delta < 0 && delta >= -6) {
    add(`on ${weekday}`, 'day', 'relative', 6);
    add(`${count(-delta)} days ago`, 'day', 'relative', 1);
    if (sameWeek) add('earlier this week', 'week', 'vague', 1);
    if (e.y === p.y) add(`on ${monthDay}`, 'day', 'partial', 1);
  } else if (delta < 0 && delta >= -13) {
    // A month and day without a year is read in the publication's year: only then is it true.
    if (e.y === p.y) add(`on ${monthDay}`, 'day', 'partial', 4);
    else add(`on ${monthDay}, ${e.y}`, 'day', 'explicit', 4);
    if (e.y === p.y) add(`on ${weekday}, ${monthDay}`, 'day', 'partial', 1);
    if (delta === -7) add('a week ago', 'day', 'relative', 1);
    if (isoWeekOf(addDays(published, -7)).week === isoWeekOf(day).week) add('last week', 'week', 'vague', 2);
  } else if (delta < 0 && e.y === p.y) {
    add(`on ${monthDay}`, 'day', 'partial', 5);
    add(`in ${monthName(e.m)}`, 'month', 'partial', e.m === p.m ? 0 : 3);
    if (e.m === p.m) add('earlier this month', 'month', 'vague', 2);
    add(`in ${part(e.d)}${part(e.d).endsWith('-') ? '' : ' '}${monthName(e.m)}`, 'month', 'partial', 1);
    if (e.m < p.m - 1) add('earlier this year', 'year', 'vague', 1);
    if (season(e.m) !== season(p.m) && e.m !== 12 && e.m >= 3) add(`this ${season(e.m)}`, 'season', 'vague', 1);
  } else if (delta < 0) {
    const yearsAgo = p.y - e.y;
    add(`on ${monthDay}, ${e.y}`, 'day', 'explicit', yearsAgo <= 3 ? 5 : 2);
    add(`in ${monthName(e.m)} ${e.y}`, 'month', 'explicit', 3);
    add(`in ${e.y}`, 'year', 'explicit', yearsAgo <= 3 ? 2 : 4);
    if (yearsAgo === 1) {
      add('last year', 'year', 'vague', 2);
      add(`last ${monthName(e.m)}`, 'month', 'relative', e.m > p.m ? 2 : 0);
    }
    if (e.m <= 4 || e.m >= 9) add(`in ${e.m <= 4 ? 'early' : 'late'} ${e.y}`, 'year', 'explicit', 1);
    if (yearsAgo >= 2 && yearsAgo <= 12) add(`${count(yearsAgo)} years ago`, 'year', 'relative', 1);
    if (yearsAgo >= 12) add(`in the ${Math.floor(e.y / 10) * 10}s`, 'decade', 'vague', 2);
    if (yearsAgo >= 20) add('decades ago', 'vague', 'vague', 1);
  } else if (delta === 1) {
    add('tomorrow', 'day', 'relative', 3);
    add(`on ${weekday}`, 'day', 'relative', 4);
  } else if (delta <= 6) {
    add(`on ${weekday}`, 'day', 'relative', 5);
    if (e.y === p.y) add(`on ${monthDay}`, 'day', 'partial', 1);
    if (!sameWeek) add('next week', 'week', 'vague', 1);
  } else if (e.y === p.y) {
    add(`on ${monthDay}`, 'day', 'partial', 5);
    if (e.m === p.m) add('later this month', 'month', 'vague', 2);
    else if (e.m === p.m + 1) add('next month', 'month', 'relative', 2);
    else add(`in ${monthName(e.m)}`, 'month', 'partial', 3);
    if (e.m > p.m + 1) add('later this year', 'year', 'vague', 1);
  } else {
    add(`on ${monthDay}, ${e.y}`, 'day', 'explicit', 3);
    add(`in ${monthName(e.m)} ${e.y}`, 'month', 'explicit', 3);
    if (e.y === p.y + 1) add('next year', 'year', 'vague', 2);
    else add(`in ${e.y}`, 'year', 'explicit', 2);
  }
  return random.weighted(options.filter(([, w]) => w > 0));
}

/** The bare phrase after "since" for a state that began on `day` and still holds on `published`. */
export function sincePhrase(day: IsoDay, published: IsoDay, random: Random): DatePhrase {
  const delta = daysBetween(published, day);
  const e = partsOf(day);
  const p = partsOf(published);
  const monthDay = `${monthName(e.m)} ${e.d}`;
  if (delta >= -6) return { text: WEEKDAYS[weekdayOf(day)] ?? 'Monday', unit: 'day', kind: 'relative' };
  if (e.y === p.y) {
    return random.chance(0.75)
      ? { text: monthDay, unit: 'day', kind: 'partial' }
      : { text: monthName(e.m), unit: 'month', kind: 'partial' };
  }
  return random.weighted<DatePhrase>([
    [{ text: `${monthDay}, ${e.y}`, unit: 'day', kind: 'explicit' }, 3],
    [{ text: `${monthName(e.m)} ${e.y}`, unit: 'month', kind: 'explicit' }, 2],
    [{ text: String(e.y), unit: 'year', kind: 'explicit' }, 1],
  ]);
}
