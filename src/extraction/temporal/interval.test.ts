import { describe, expect, it } from 'vitest';
import { intervalOfValue } from './interval.ts';

describe('intervalOfValue', () => {
  it('gives honest precision for stated units', () => {
    expect(intervalOfValue('2022-12-12')).toEqual({ start: '2022-12-12', end: '2022-12-12', precision: 'day' });
    expect(intervalOfValue('2022-02')).toEqual({ start: '2022-02-01', end: '2022-02-28', precision: 'month' });
    expect(intervalOfValue('2021')).toEqual({ start: '2021-01-01', end: '2021-12-31', precision: 'year' });
  });

  it('makes weeks, quarters, halves, seasons and decades approximate', () => {
    expect(intervalOfValue('2013-W12')).toEqual({ start: '2013-03-18', end: '2013-03-24', precision: 'approximate' });
    expect(intervalOfValue('2022-Q1')).toEqual({ start: '2022-01-01', end: '2022-03-31', precision: 'approximate' });
    expect(intervalOfValue('2022-H2')).toEqual({ start: '2022-07-01', end: '2022-12-31', precision: 'approximate' });
    expect(intervalOfValue('2022-WI')).toEqual({ start: '2022-12-01', end: '2023-02-28', precision: 'approximate' });
    expect(intervalOfValue('199')).toEqual({ start: '1990-01-01', end: '1999-12-31', precision: 'approximate' });
  });

  it('narrows by START / MID / END', () => {
    expect(intervalOfValue('2022-12', 'START')).toEqual({ start: '2022-12-01', end: '2022-12-10', precision: 'approximate' });
    expect(intervalOfValue('2022-12', 'END')).toEqual({ start: '2022-12-22', end: '2022-12-31', precision: 'approximate' });
    // A year's thirds follow months: "early next year" ends with April, "late 2018" starts in September.
    expect(intervalOfValue('2025', 'START')).toEqual({ start: '2025-01-01', end: '2025-04-30', precision: 'approximate' });
    expect(intervalOfValue('2025', 'MID')).toEqual({ start: '2025-05-01', end: '2025-08-31', precision: 'approximate' });
    expect(intervalOfValue('2018', 'END')).toEqual({ start: '2018-09-01', end: '2018-12-31', precision: 'approximate' });
  });

  it('places times on their day and leaves references unplaced', () => {
    expect(intervalOfValue('2009-06-01T16:15Z')?.precision).toBe('day');
    expect(intervalOfValue('PAST_REF')).toBeUndefined();
    expect(intervalOfValue('XXXX-WXX-1')).toBeUndefined();
    expect(intervalOfValue('2022-02-30')).toBeUndefined();
  });
});
