import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, CalendarRangeError, dayFromNumber, dayNumber, daysBetween, isIsoDay, isoDayFromParts, isoWeekOf, isoWeekRange, lastDayOfMonth, weekdayOf } from './calendar.ts';

describe('calendar', () => {
  it('rejects days that do not exist', () => {
    expect(isIsoDay('2022-13-45')).toBe(false);
    expect(isIsoDay('2022-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isoDayFromParts(2022, 2, 30)).toBeUndefined();
  });
  it('keeps years below 100', () => {
    expect(isoDayFromParts(44, 3, 15)).toBe('0044-03-15');
    expect(addDays('0044-03-15', 1)).toBe('0044-03-16');
  });
  it('does day and month arithmetic', () => {
    expect(addDays('2022-12-24', -14)).toBe('2022-12-10');
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(daysBetween('2022-12-12', '2022-12-24')).toBe(12);
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  });
  it('knows ISO weeks and weekdays', () => {
    expect(isoWeekOf('2022-12-24')).toEqual({ year: 2022, week: 51 });
    expect(isoWeekRange(2013, 12)).toEqual({ start: '2013-03-18', end: '2013-03-24' });
    expect(isoWeekOf('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(weekdayOf('2022-12-24')).toBe(6);
  });

  it('day numbers count days like daysBetween, and go back to the same day', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2022-12-24') - dayNumber('2022-12-12')).toBe(daysBetween('2022-12-12', '2022-12-24'));
    for (const day of ['2024-02-29', '0050-03-01', '1899-12-31', '9999-12-31']) expect(dayFromNumber(dayNumber(day))).toBe(day);
  });
});

describe('the years 0001-9999, and nothing outside them', () => {
  it('never formats an era year: arithmetic past either end throws a CalendarRangeError', () => {
    expect(() => addDays('0001-01-01', -1)).toThrow(CalendarRangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(CalendarRangeError);
    expect(() => addDays('2023-01-01', 99_999_999)).toThrow(CalendarRangeError);
    expect(() => addYears('2023-06-01', -3000)).toThrow(CalendarRangeError);
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });

  it('has no year 0000', () => {
    expect(isIsoDay('0000-01-01')).toBe(false);
    expect(isoDayFromParts(0, 1, 1)).toBeUndefined();
    expect(isoDayFromParts(10_000, 1, 1)).toBeUndefined();
  });
});
