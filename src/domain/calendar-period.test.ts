import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoDayOfNumber, describeMonth, describePeriod, nextPeriod, periodStart, periodUnitFor } from './calendar-period.ts';

describe('dayNumberOf', () => {
  it('counts days from 1970-01-01, across leap days', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('2000-03-01') - dayNumberOf('2000-02-28')).toBe(2);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
  });
});

describe('periods', () => {
  it('picks the finest unit that keeps the count of periods within the limit', () => {
    expect(periodUnitFor(10, 20)).toBe('day');
    expect(periodUnitFor(60, 20)).toBe('week');
    expect(periodUnitFor(365, 20)).toBe('month');
    expect(periodUnitFor(365 * 2, 20)).toBe('quarter');
    expect(periodUnitFor(365 * 35, 20)).toBe('lustrum');
    expect(periodUnitFor(365 * 35, 5)).toBe('decade');
    expect(periodUnitFor(365 * 35, 40)).toBe('year');
  });

  it('starts weeks on Monday, months on the 1st, decades on years ending in 0', () => {
    expect(periodStart('2022-12-24', 'week')).toBe('2022-12-19'); // a Saturday
    expect(periodStart('2022-12-19', 'week')).toBe('2022-12-19'); // a Monday
    expect(periodStart('2022-12-24', 'month')).toBe('2022-12-01');
    expect(periodStart('2022-12-24', 'year')).toBe('2022-01-01');
    expect(periodStart('2022-12-24', 'quarter')).toBe('2022-10-01');
    expect(periodStart('2022-03-31', 'quarter')).toBe('2022-01-01');
    expect(periodStart('2004-06-01', 'lustrum')).toBe('2000-01-01');
    expect(periodStart('1999-06-01', 'decade')).toBe('1990-01-01');
  });

  it('steps to the next period', () => {
    expect(nextPeriod('2022-12-19', 'week')).toBe('2022-12-26');
    expect(nextPeriod('2022-12-01', 'month')).toBe('2023-01-01');
    expect(nextPeriod('2022-10-01', 'quarter')).toBe('2023-01-01');
  });

  it('words periods for tooltips and list headings', () => {
    expect(describePeriod('2022-12-24', 'day')).toBe('December 24, 2022');
    expect(describePeriod('2022-12-19', 'week')).toBe('the week of December 19, 2022');
    expect(describePeriod('2022-12-01', 'month')).toBe('December 2022');
    expect(describePeriod('2022-10-01', 'quarter')).toBe('October–December 2022');
    expect(describePeriod('2000-01-01', 'lustrum')).toBe('2000–2004');
    expect(describePeriod('1990-01-01', 'decade')).toBe('the 1990s');
    expect(describeMonth('2022-12-24')).toBe('December 2022');
  });
});

describe('dayNumberOf and isoDayOfNumber', () => {
  it('count days across the whole calendar, two-digit years included (Date.UTC reads 0050 as 1950)', () => {
    expect(dayNumberOf('0001-01-01')).toBe(-719162);
    expect(dayNumberOf('0050-03-01') - dayNumberOf('0050-02-28')).toBe(1);
    expect(dayNumberOf('0100-01-01') - dayNumberOf('0099-12-31')).toBe(1);
    expect(dayNumberOf('2000-03-01') - dayNumberOf('2000-02-28')).toBe(2); // a leap day
    expect(dayNumberOf('1900-03-01') - dayNumberOf('1900-02-28')).toBe(1); // no leap day
    for (const day of ['0001-01-01', '0050-02-28', '1582-10-15', '1970-01-01', '2024-02-29', '9999-12-31']) expect(isoDayOfNumber(dayNumberOf(day))).toBe(day);
    let n = dayNumberOf('1899-12-25');
    for (let i = 0; i < 800; i++, n += 37) expect(dayNumberOf(isoDayOfNumber(n))).toBe(n);
  });

  it('keeps the view on the calendar', () => {
    expect(isoDayOfNumber(dayNumberOf('9999-12-31') + 1)).toBe('9999-12-31');
    expect(isoDayOfNumber(dayNumberOf('0001-01-01') - 1)).toBe('0001-01-01');
  });
});
