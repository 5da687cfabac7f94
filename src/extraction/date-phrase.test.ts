import { describe, expect, it } from 'vitest';
import { isBareClockTime, maskSpans, namesMonthWithoutYear, namesRecurringDate, statesYear } from './date-phrase.ts';

describe('date phrases', () => {
  it('tells a stated year from an inferred one', () => {
    expect(statesYear('May 2023')).toBe(true);
    expect(statesYear('in ’23')).toBe(true);
    expect(statesYear('December 12')).toBe(false);
    expect(namesMonthWithoutYear('December 12')).toBe(true);
    expect(namesMonthWithoutYear('Sept. 3')).toBe(true);
    expect(namesMonthWithoutYear('March 2021')).toBe(false);
    expect(namesMonthWithoutYear('last week')).toBe(false);
  });

  it('a month or weekday without a year may recur; a relative phrase does not', () => {
    expect(namesRecurringDate('August')).toBe(true);
    expect(namesRecurringDate('Mondays')).toBe(true);
    expect(namesRecurringDate('Monday, May 6, 2024')).toBe(false);
    expect(namesRecurringDate('two years later')).toBe(false);
  });

  it('a clock time with no day in its words is bare', () => {
    expect(isBareClockTime('TIME', '10 p.m.')).toBe(true);
    expect(isBareClockTime('TIME', 'noon')).toBe(true);
    expect(isBareClockTime('TIME', '10:30 p.m. on Saturday')).toBe(false);
    expect(isBareClockTime('TIME', 'Tuesday morning')).toBe(false);
    expect(isBareClockTime('TIME', 'this morning')).toBe(false);
    expect(isBareClockTime('DATE', 'May')).toBe(false);
  });

  it('masks spans inside a slice without moving offsets', () => {
    const text = 'It began on November 20, 2023, and ended.';
    const at = text.indexOf('November');
    const masked = maskSpans(text, 3, text.length, [{ start: at, end: at + 'November 20, 2023'.length }]);
    expect(masked).toHaveLength(text.length - 3);
    expect(masked).toBe('began on xxxxxxxxxxxxxxxxx, and ended.');
    expect(maskSpans(text, 0, 5, [{ start: 20, end: 30 }], ' ')).toBe('It be');
  });
});
