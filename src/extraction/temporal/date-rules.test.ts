import { describe, expect, it } from 'vitest';
import { mentionOf, profileTags, tags } from './test-support.ts';

const DCT = '2022-12-24';

describe('partial dates: year from tense', () => {
  it('leans to the past in past-tense reporting', () => {
    expect(mentionOf('The talks collapsed on January 5.', DCT, 'January 5').value).toBe('2022-01-05');
    expect(mentionOf('Fighting was reported on December 28.', DCT, 'December 28').value).toBe('2021-12-28');
  });

  it('leans to the future for will / next / is scheduled / plans', () => {
    expect(mentionOf('The summit will open on January 5.', DCT, 'January 5').value).toBe('2023-01-05');
    expect(mentionOf('The vote is scheduled for February 2.', DCT, 'February 2').value).toBe('2023-02-02');
    expect(mentionOf('He plans to visit Baku in March.', DCT, 'March').value).toBe('2023-03');
  });

  it('never moves a past December 12 into 2023 (must not match 2023)', () => {
    for (const text of ['It has been blockaded since December 12.', 'The road was closed on December 12.', 'Since December 12 nothing moved.']) {
      expect(mentionOf(text, DCT, 'December 12').value).toBe('2022-12-12');
    }
  });

  it('reads day-month order and month ranges', () => {
    expect(mentionOf('the plane made its maiden flight on 11 December', '2010-01-25', '11 December').value).toBe('2009-12-11');
    expect(tags('Talks were held December 12-14.', DCT)).toEqual([
      ['December 12', 'DATE', '2022-12-12'],
      ['14', 'DATE', '2022-12-14'],
    ]);
  });

  it('reads months with a relative year as one month; MEANTIME tags the two parts', () => {
    const text = 'franchises won\'t be renewed after October of next year';
    expect(tags(text, '2009-05-15')).toEqual([['October of next year', 'DATE', '2010-10']]);
    expect(profileTags(text, '2009-05-15', 'te3')).toEqual([['October of next year', 'DATE', '2010-10']]);
    expect(profileTags(text, '2009-05-15', 'meantime')).toEqual([
      ['October', 'DATE', '2010-10'],
      ['next year', 'DATE', '2010'],
    ]);
    // TimeBank: "In January this year" (1998-02-19) is one DATE 1998-01.
    expect(profileTags('In January this year, police arrived.', '1998-02-19', 'te3')).toEqual([['January this year', 'DATE', '1998-01']]);
  });
});

describe('years, decades, centuries', () => {
  it('tags bare years', () => {
    expect(tags('The plant opened in 1991 and closed by 2012.', DCT)).toEqual([
      ['1991', 'DATE', '1991'],
      ['2012', 'DATE', '2012'],
    ]);
  });

  it('does not read counts, models or names as years (must not match)', () => {
    expect(tags('About 1,500 people and 2000 troops flew on a Boeing 747.', DCT)).toEqual([]);
    expect(tags('The Russell 2000 Index fell.', DCT)).toEqual([]);
    expect(tags('The 2004 Olympics cost more.', DCT)).toEqual([['2004', 'DATE', '2004']]);
    expect(tags('It cost $2010 and weighed 1998 kg.', DCT)).toEqual([]);
  });

  it('tags decades without the determiner, and short decades in the right century', () => {
    expect(tags('Prices last seen in the 1990s', DCT)).toEqual([['1990s', 'DATE', '199']]);
    expect(tags('the boxy cars of the 70s and 80s', '2009-06-01')).toEqual([
      ['70s', 'DATE', '197'],
      ['80s', 'DATE', '198'],
    ]);
    expect(tags('She is in her 70s.', DCT)).toEqual([]);
  });

  it('does not read measurements as decades (must not match)', () => {
    expect(tags('Temperatures in the 30s were recorded.', DCT)).toEqual([]);
  });

  it('tags centuries and short years', () => {
    expect(mentionOf('since the 19th century', DCT, 'the 19th century').value).toBe('18');
    expect(mentionOf('the lowest level since \'82', '2008-10-27', '\'82').value).toBe('1982');
  });
});

describe('seasons, quarters, halves, fiscal years', () => {
  it('tags seasons with their year', () => {
    expect(mentionOf('The deal closed in the spring of 2021.', DCT, 'the spring of 2021').value).toBe('2021-SP');
    expect(mentionOf('Sales rose last summer.', DCT, 'last summer').value).toBe('2022-SU');
    expect(mentionOf('It opens next winter.', DCT, 'next winter').value).toBe('2023-WI');
    expect(mentionOf('The factory was built in the summer.', DCT, 'the summer').value).toBe('2022-SU');
  });

  it('does not read names as seasons (must not match)', () => {
    expect(tags('The Arab Spring began on Spring Street.', DCT)).toEqual([]);
    expect(mentionOf('They held their Autumn meetings.', '2008-10-13', 'Autumn').value).toBe('2008-FA');
  });

  it('does not read "fall" the verb as autumn (must not match)', () => {
    expect(tags('Prices may fall further, and a fall in demand was seen.', DCT)).toEqual([]);
  });

  it('tags quarters and halves', () => {
    expect(mentionOf('profit in the first quarter of 2022', DCT, 'the first quarter of 2022').value).toBe('2022-Q1');
    expect(mentionOf('losses in the fourth quarter', '2007-01-18', 'the fourth quarter').value).toBe('2006-Q4');
    expect(mentionOf('results for the third quarter of this year', '2009-10-16', 'the third quarter of this year').value).toBe('2009-Q3');
    expect(mentionOf('sales in Q2 2021', DCT, 'Q2 2021').value).toBe('2021-Q2');
    expect(mentionOf('growth in the first half of 2022', DCT, 'the first half of 2022').value).toBe('2022-H1');
  });

  it('tags fiscal years', () => {
    expect(mentionOf('the budget for fiscal 2023', DCT, 'fiscal 2023').value).toBe('FY2023');
  });
});

describe('month names', () => {
  it('does not read "may" or "May" the verb as a month (must not match)', () => {
    expect(tags('Officials may resign. May we ask?', DCT)).toEqual([]);
  });

  it('reads "in May" as the month', () => {
    expect(mentionOf('The law passed in May.', DCT, 'May').value).toBe('2022-05');
  });

  it('gives month-only values month precision', () => {
    expect(mentionOf('The law passed in May 2021.', DCT, 'May 2021').interval).toEqual({ start: '2021-05-01', end: '2021-05-31', precision: 'month' });
  });
});

describe('holidays', () => {
  it('places fixed-date holidays by tense', () => {
    expect(mentionOf('On Christmas Eve, he left.', '2010-03-17', 'Christmas Eve').value).toBe('2009-12-24');
    expect(mentionOf('The shop will open on Christmas Day.', '2010-03-17', 'Christmas Day').value).toBe('2010-12-25');
    expect(mentionOf('on New Year\'s Day 2009', DCT, 'New Year\'s Day 2009').value).toBe('2009-01-01');
  });

  it('does not read "Christmas shopping" as the day (must not match)', () => {
    expect(tags('Christmas shopping was slow.', DCT)).toEqual([]);
  });
});

describe('ranges share the year stated once', () => {
  const JAN = '2013-01-10';

  it('gives the first month the year of the second end', () => {
    expect(tags('Prices rose sharply from March to May 2012.', JAN)).toEqual([
      ['March', 'DATE', '2012-03'],
      ['May 2012', 'DATE', '2012-05'],
    ]);
    expect(tags('The committee met from January to March 2018.', '2019-03-14')).toEqual([
      ['January', 'DATE', '2018-01'],
      ['March 2018', 'DATE', '2018-03'],
    ]);
  });

  it('takes the previous year when the first month comes later in the calendar', () => {
    expect(tags('The works ran from November to February 2012.', JAN)).toEqual([
      ['November', 'DATE', '2011-11'],
      ['February 2012', 'DATE', '2012-02'],
    ]);
    expect(tags('The exhibition ran from 28 December to 3 January 2013.', JAN)).toEqual([
      ['28 December', 'DATE', '2012-12-28'],
      ['3 January 2013', 'DATE', '2013-01-03'],
    ]);
  });

  it('shares a relative year: "between June and August last year"', () => {
    expect(profileTags('Sales fell between June and August last year.', JAN, 'meantime')).toEqual([
      ['June', 'DATE', '2012-06'],
      ['August', 'DATE', '2012-08'],
      ['last year', 'DATE', '2012'],
    ]);
  });

  it('tags both ends of day ranges in either order, with one year', () => {
    expect(tags('The talks were held December 12-14.', JAN)).toEqual([
      ['December 12', 'DATE', '2012-12-12'],
      ['14', 'DATE', '2012-12-14'],
    ]);
    expect(tags('The talks were held 12-14 December.', JAN)).toEqual([
      ['12', 'DATE', '2012-12-12'],
      ['14 December', 'DATE', '2012-12-14'],
    ]);
    expect(tags('Voting took place March 3 to 5.', JAN)).toEqual([
      ['March 3', 'DATE', '2012-03-03'],
      ['5', 'DATE', '2012-03-05'],
    ]);
  });

  it('places an unstated range as a whole by tense', () => {
    // A future range has not started yet: November 2013 to February 2014, not November 2012.
    expect(tags('The works will run from November to February.', JAN)).toEqual([
      ['November', 'DATE', '2013-11'],
      ['February', 'DATE', '2014-02'],
    ]);
    expect(tags('The exhibition ran from December 28 to January 3.', JAN)).toEqual([
      ['December 28', 'DATE', '2012-12-28'],
      ['January 3', 'DATE', '2013-01-03'],
    ]);
  });

  it('does not wrap a list of months: "in November and January"', () => {
    expect(tags('Turnout fell in November and January.', JAN).map((t) => t[2])).toEqual(['2012-11', '2013-01']);
  });
});

describe('a bare month near the year boundary', () => {
  it('reads the clause tense with the DCT in January', () => {
    expect(mentionOf('The strike began in March.', '2013-01-05', 'March').value).toBe('2012-03');
    expect(mentionOf('The strike will begin in March.', '2013-01-05', 'March').value).toBe('2013-03');
    expect(mentionOf('Sales slumped in December.', '2013-01-05', 'December').value).toBe('2012-12');
    expect(mentionOf('The plant will reopen in December.', '2013-01-05', 'December').value).toBe('2013-12');
  });

  it('reads the clause tense with the DCT in December', () => {
    expect(mentionOf('The law takes effect in January.', '2012-12-20', 'January').value).toBe('2013-01');
    expect(mentionOf('Sales slumped in January.', '2012-12-20', 'January').value).toBe('2012-01');
    expect(mentionOf('Results are due in March.', '2012-12-20', 'March').value).toBe('2013-03');
    expect(mentionOf('Prices rose sharply in March.', '2012-12-20', 'March').value).toBe('2012-03');
  });

  it('reads a month naming a noun: "the March vote"', () => {
    expect(mentionOf('The March vote was postponed.', '2019-03-14', 'March').value).toBe('2019-03');
    expect(mentionOf('Officials blamed the May election.', '2019-06-14', 'May').value).toBe('2019-05');
  });

  it('reads a fiscal year written before its noun', () => {
    expect(mentionOf('Profits for the 2024 financial year will fall.', '2023-12-29', '2024 financial year').value).toBe('FY2024');
  });
});

describe('floating holidays and month lists (blind batch 27-42)', () => {
  it('dates US floating holidays by their weekday rule', () => {
    expect(mentionOf('Online sales on Thanksgiving Day rose 14 percent.', '2014-12-01', 'Thanksgiving Day').value).toBe('2014-11-27');
    expect(mentionOf('Stores will open on Thanksgiving.', '2019-10-01', 'Thanksgiving').value).toBe('2019-11-28');
    expect(mentionOf('The parade on Memorial Day drew crowds.', '2021-06-02', 'Memorial Day').value).toBe('2021-05-31');
    expect(mentionOf('Schools reopen after Labor Day.', '2020-08-20', 'Labor Day').value).toBe('2020-09-07');
  });

  it('leaves a holiday used as a modifier or naming a long weekend undated (must not match)', () => {
    expect(tags('Thanksgiving dinner costs more.', '2020-11-01')).toEqual([]);
    expect(tags('Labor Day weekend traffic was heavy.', '2020-09-10')).toEqual([]);
  });

  it('keeps a future list of months in the stretch that is still open', () => {
    // Said on December 1: November has just ended but "November and December" is this season.
    expect(tags('The group expects sales in November and December to grow 4 percent.', '2014-12-01')).toEqual([
      ['November', 'DATE', '2014-11'],
      ['December', 'DATE', '2014-12'],
    ]);
    // A range that "will run from" a month that is over starts next year.
    expect(tags('The fair will run from November to December.', '2014-12-01')).toEqual([
      ['November', 'DATE', '2015-11'],
      ['December', 'DATE', '2015-12'],
    ]);
  });

  it('reads a date after "runs/lasts until" as still ahead', () => {
    expect(mentionOf('The hurricane season, which runs until November 30, had already cost the state more than 2020.', '2021-08-31', 'November 30').value)
      .toBe('2021-11-30');
  });
});

describe('modified decades keep their determiner (blind batch 35-42)', () => {
  it('tags "the late 1990s" whole, as "the end of the year" is', () => {
    expect(tags('Energy shares have had their worst run since the late 1990s.', '2015-10-09')).toEqual([['the late 1990s', 'DATE', '199', 'END']]);
    expect(tags('Output peaked in late 2018.', '2019-04-30')).toEqual([['late 2018', 'DATE', '2018', 'END']]);
  });
});
