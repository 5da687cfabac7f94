import { describe, expect, it } from 'vitest';
import type { EventDating } from './corpus.ts';
import { agreeDatings, datingsAgree, windowGap, startWindow } from './date-agreement.ts';

const day = (start: string): EventDating => ({ start, end: null, precision: 'day' });
const approx = (start: string, end: string): EventDating => ({ start, end, precision: 'approximate' });
const month = (start: string, end: string): EventDating => ({ start, end, precision: 'month' });
const reported = (start: string): EventDating => ({ start, end: null, precision: 'reported' });

describe('agreeDatings: the most precise date the reports agree on', () => {
  it('"December 12" and "mid-December" agree: December 12, certain', () => {
    expect(agreeDatings([approx('2022-12-11', '2022-12-20'), day('2022-12-12')])).toEqual({ dating: day('2022-12-12'), from: 1, uncertain: false });
  });

  it('a month and a day in it agree on the day; a dateless report agrees with any earlier date', () => {
    expect(agreeDatings([month('2022-12-01', '2022-12-31'), day('2022-12-05')]).dating).toEqual(day('2022-12-05'));
    expect(agreeDatings([reported('2022-12-24'), day('2022-12-20')]).dating).toEqual(day('2022-12-20'));
  });

  it('dateless reports only: reported on the earliest publication', () => {
    expect(agreeDatings([reported('2022-12-25'), reported('2022-12-24')])).toMatchObject({ dating: reported('2022-12-24'), uncertain: false });
  });

  it('"December 12" and "December 14" disagree: the date most reports give, uncertain', () => {
    expect(agreeDatings([day('2022-12-14'), day('2022-12-12'), day('2022-12-12')])).toEqual({ dating: day('2022-12-12'), from: 1, uncertain: true });
    // A tie: the earlier.
    expect(agreeDatings([day('2022-12-14'), day('2022-12-12')]).dating).toEqual(day('2022-12-12'));
  });

  it('two ranges that overlap without either stating it give the overlap as an approximate range, never a made-up day', () => {
    expect(agreeDatings([approx('2022-12-01', '2022-12-10'), approx('2022-12-08', '2022-12-20')]).dating).toEqual(approx('2022-12-08', '2022-12-10'));
  });

  it('an ongoing state reported later keeps the later end', () => {
    const early = { start: '2022-12-12', end: '2022-12-24', precision: 'day' } as const;
    const late = { start: '2022-12-12', end: '2022-12-28', precision: 'day' } as const;
    expect(agreeDatings([early, late]).dating).toEqual(late);
  });

  it('windows and gaps', () => {
    expect(startWindow(reported('2022-12-24'))).toEqual({ from: null, to: '2022-12-24' });
    expect(windowGap(startWindow(day('2022-12-12')), startWindow(day('2022-12-14')))).toBe(2);
    expect(datingsAgree(day('2022-12-12'), month('2022-12-01', '2022-12-31'))).toBe(true);
    expect(datingsAgree(day('2022-12-12'), day('2022-12-13'))).toBe(false);
    expect(() => agreeDatings([])).toThrow();
  });
});
