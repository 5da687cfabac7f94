import { endOfMonth, format, isValid } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { CalendarRangeError, isIsoDay, lastDayOfMonth, toIsoDay } from './calendar.ts';

/**
 * `isIsoDay`, `toIsoDay` and `lastDayOfMonth` compute by arithmetic what they used to ask Date and
 * date-fns (extraction calls them for every date it reads): held here to those definitions.
 */
function referenceIsIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(2000, mo - 1, d);
  if (y < 1) return false;
  date.setFullYear(y);
  return isValid(date) && date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The first and last years, every seventh year between, and every year of 1895-2105. */
const YEARS = [...new Set([...Array.from({ length: 9999 }, (_, i) => i + 1).filter((y) => y <= 30 || y >= 9970 || y % 7 === 0), ...Array.from({ length: 211 }, (_, i) => 1895 + i)])];

/** Every year's February and March edges, the first and last years, and every day of 1895-2105. */
function sampleDays(): Date[] {
  const days: Date[] = [];
  for (let y = 1; y <= 9999; y += y < 30 || y > 9970 ? 1 : 7) {
    for (const [mo, d] of [[0, 1], [1, 28], [1, 29], [2, 1], [11, 31]] as const) {
      const date = new Date(2000, mo, d);
      date.setFullYear(y);
      days.push(date);
    }
  }
  const day = new Date(1895, 0, 1);
  while (day.getFullYear() < 2106) {
    days.push(new Date(day));
    day.setDate(day.getDate() + 1);
  }
  return days;
}

describe('calendar arithmetic without Date', () => {
  const days = sampleDays();

  it('formats a Date as date-fns does (yyyy-MM-dd), over the years 0001-9999', () => {
    const wrong = days.filter((date) => toIsoDay(date) !== format(date, 'yyyy-MM-dd'));
    expect(wrong.map((d) => format(d, 'yyyy-MM-dd'))).toEqual([]);
  });

  it('accepts and rejects day strings exactly as parsing them into a Date does', () => {
    const wrong: string[] = [];
    for (const y of YEARS) {
      for (let mo = 0; mo <= 13; mo++) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const value = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          if (isIsoDay(value) !== referenceIsIsoDay(value)) wrong.push(value);
        }
      }
    }
    for (const odd of ['0000-01-01', '10000-01-01', '2022-1-01', '2022-02-29 ', ' 2022-02-28', '２０２２-01-01', '']) {
      if (isIsoDay(odd) !== referenceIsIsoDay(odd)) wrong.push(odd);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the last day of every month as date-fns does, and throws for a month that is no month', () => {
    const wrong: string[] = [];
    for (const y of YEARS) {
      for (let mo = 1; mo <= 12; mo++) {
        const first = new Date(2000, mo - 1, 1);
        first.setFullYear(y);
        if (lastDayOfMonth(y, mo) !== format(endOfMonth(first), 'yyyy-MM-dd')) wrong.push(`${y}-${mo}`);
      }
    }
    expect(wrong).toEqual([]);
    for (const [y, mo] of [[0, 1], [10000, 1], [2022, 0], [2022, 13], [2022.5, 1], [-1, 1]] as const) {
      expect(() => lastDayOfMonth(y, mo)).toThrow(CalendarRangeError);
    }
  });
});
