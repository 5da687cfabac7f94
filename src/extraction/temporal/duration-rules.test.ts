import { describe, expect, it } from 'vitest';
import { mentionOf, tags } from './test-support.ts';

const DCT = '2022-12-24';

describe('durations', () => {
  it('tags counted durations with their TIMEX3 value and length in days', () => {
    expect(mentionOf('The strike lasted two weeks.', DCT, 'two weeks')).toMatchObject({ type: 'DURATION', value: 'P2W', durationDays: 14 });
    expect(mentionOf('It took a decade.', DCT, 'a decade')).toMatchObject({ type: 'DURATION', value: 'P10Y' });
    expect(mentionOf('after thirty minutes', DCT, 'thirty minutes').value).toBe('PT30M');
    expect(mentionOf('almost two and a half years', DCT, 'almost two and a half years').value).toBe('P2.5Y');
    expect(mentionOf('two consecutive quarters of decline', DCT, 'two consecutive quarters').value).toBe('P2Q');
  });

  it('tells "jailed for 10 years" (a duration) from a date 10 years ahead (must not match a DATE)', () => {
    const found = tags('He was jailed for 10 years.', DCT);
    expect(found).toEqual([['10 years', 'DURATION', 'P10Y']]);
    expect(mentionOf('He was jailed for 10 years.', DCT, '10 years').interval).toBeUndefined();
  });

  it('keeps "over" out of "over the past six months" (during, not more than)', () => {
    expect(tags('It hired 300 workers over the past six months.', DCT)).toEqual([['the past six months', 'DURATION', 'P6M']]);
    expect(tags('It lasted over six months.', DCT)).toEqual([['over six months', 'DURATION', 'P6M', 'MORE_THAN']]);
  });

  it('leaves the article out of adjectival durations', () => {
    expect(tags('a 12-hour flight', DCT)).toEqual([['12-hour', 'DURATION', 'PT12H']]);
  });

  it('tags vague durations', () => {
    expect(tags('It took several years, and decades more.', DCT)).toEqual([
      ['several years', 'DURATION', 'PXY'],
      ['decades', 'DURATION', 'PXDE'],
    ]);
  });

  it('splits duration ranges into both ends', () => {
    expect(tags('between 60 and 90 days', DCT)).toEqual([
      ['60', 'DURATION', 'P60D'],
      ['90 days', 'DURATION', 'P90D'],
    ]);
  });

  it('reads a range of years as one duration placed on the calendar', () => {
    const m = mentionOf('deliveries from 2009 to 2011', DCT, 'from 2009 to 2011');
    expect(m).toMatchObject({ type: 'DURATION', value: 'P2Y', interval: { start: '2009-01-01', end: '2011-12-31' } });
  });

  it('reads thousands separators whole and leaves idioms alone (must not match)', () => {
    expect(tags('The company has 1,000 days to comply.', DCT)).toEqual([['1,000 days', 'DURATION', 'P1000D']]);
    expect(tags('Those were the days.', DCT)).toEqual([]);
    expect(tags('The trial is expected to last several weeks.', DCT)).toEqual([['several weeks', 'DURATION', 'PXW']]);
  });

  it('reads "delayed from 2006 to 2009" as two dates, not a span', () => {
    expect(tags('Launch had been delayed from 2006 to 2009.', DCT)).toEqual([
      ['2006', 'DATE', '2006'],
      ['2009', 'DATE', '2009'],
    ]);
  });

  it('tags ages without their determiner', () => {
    expect(tags('The 48-year-old was released.', DCT)).toEqual([['48-year-old', 'DURATION', 'P48Y']]);
  });

  it('does not read ordinals or fractions as units (must not match)', () => {
    expect(tags('A second A380 followed; about a quarter of dealers closed.', DCT)).toEqual([]);
    expect(tags('One day he simply left.', DCT)).toEqual([]);
  });
});

describe('sets', () => {
  it('tags every-expressions and frequency adverbs', () => {
    expect(tags('every Monday', DCT)).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
    expect(tags('The report is published annually.', DCT)).toEqual([['annually', 'SET', 'P1Y']]);
    expect(tags('a weekly meeting', DCT)).toEqual([['weekly', 'SET', 'P1W']]);
    expect(tags('twice a year', DCT)).toEqual([['twice a year', 'SET', 'P1Y']]);
  });

  it('reads "$5 million a year" as a rate', () => {
    expect(mentionOf('It costs $5 million a year.', DCT, 'a year').type).toBe('SET');
  });
});

describe('the minutes of a meeting (blind batch 27-42)', () => {
  it('does not read the record of a meeting as a duration, but keeps "within minutes of"', () => {
    expect(tags("Minutes of last month's central bank meeting were released.", '2015-10-09')).toEqual([['last month', 'DATE', '2015-09']]);
    expect(tags('Police arrived within minutes of the blast.', '2015-10-09')).toEqual([['minutes', 'DURATION', 'PTXM']]);
  });
});

describe('vague durations keep "for" outside the extent (blind batch 27-42)', () => {
  it('tags "weeks" in "for weeks", as TimeML and MEANTIME ("for [33 years]") do', () => {
    expect(tags('Polls had shown the race tied for weeks.', '2016-11-09')).toEqual([['weeks', 'DURATION', 'PXW']]);
    expect(mentionOf('Polls had shown the race tied for weeks.', '2016-11-09', 'weeks').start).toBe(34);
  });
});
