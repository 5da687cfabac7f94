import { describe, expect, it } from 'vitest';
import { mentionOf, tags } from './test-support.ts';

const DCT = '2022-12-24'; // a Saturday

describe('deictic days', () => {
  it('tags today, yesterday, tomorrow, tonight', () => {
    expect(tags('Today he left; yesterday she came; tomorrow they vote, tonight they dine.', DCT)).toEqual([
      ['Today', 'DATE', '2022-12-24'],
      ['yesterday', 'DATE', '2022-12-23'],
      ['tomorrow', 'DATE', '2022-12-25'],
      ['tonight', 'TIME', '2022-12-24TNI'],
    ]);
  });

  it('tags parts of days', () => {
    expect(mentionOf('Apple announced this morning', DCT, 'this morning').value).toBe('2022-12-24TMO');
    expect(mentionOf('GM admitted Thursday night', DCT, 'Thursday night').value).toBe('2022-12-22TNI');
  });
});

describe('weekdays by tense', () => {
  it('resolves a past-tense weekday to the previous one', () => {
    expect(mentionOf('Talks collapsed on Tuesday.', DCT, 'Tuesday').value).toBe('2022-12-20');
  });

  it('resolves a future weekday to the next one', () => {
    expect(mentionOf('Talks will resume on Tuesday.', DCT, 'Tuesday').value).toBe('2022-12-27');
  });

  it('reads a weekday after a present copula as scheduled ahead ("The final is on Sunday")', () => {
    expect(mentionOf('The launch is on Friday.', '2024-05-20', 'Friday').value).toBe('2024-05-24');
    expect(mentionOf('The vote is Thursday.', '2024-05-20', 'Thursday').value).toBe('2024-05-23');
    expect(mentionOf('The launch was on Friday.', '2024-05-20', 'Friday').value).toBe('2024-05-17');
  });

  it('reads a weekday after "until"/"through" as a deadline ahead, unless the clause is past', () => {
    expect(mentionOf('Markets are to remain closed until Friday.', '2008-09-18', 'Friday').value).toBe('2008-09-19');
    expect(mentionOf('Markets remained closed until Friday.', '2008-09-18', 'Friday').value).toBe('2008-09-12');
  });

  it('reads the DCT weekday as the DCT', () => {
    expect(mentionOf('Markets fell on Saturday.', DCT, 'Saturday').value).toBe(DCT);
  });

  it('reads "last Friday" and "next Friday"', () => {
    expect(mentionOf('It happened last Friday.', DCT, 'last Friday').value).toBe('2022-12-23');
    expect(mentionOf('It happens next Friday.', DCT, 'next Friday').value).toBe('2022-12-30');
  });
});

describe('named days', () => {
  it('dates Easter and Good Friday and leaves undatable named days unplaced', () => {
    expect(mentionOf('Good Friday talks were held.', '2011-06-15', 'Good Friday').value).toBe('2011-04-22');
    const black = mentionOf('what is known as Black Monday.', '2007-10-20', 'Black Monday');
    expect(black.value).toBe('XXXX-XX-XX');
    expect(black.interval).toBeUndefined();
  });

  it('does not read newspapers as weekdays (must not match)', () => {
    expect(tags('The Sunday Times and the Mail on Sunday reported it.', DCT)).toEqual([]);
  });
});

describe('this/last/next units', () => {
  it('resolves weeks, months, years', () => {
    expect(tags('this week, last week, next month, last year, this year', DCT)).toEqual([
      ['this week', 'DATE', '2022-W51'],
      ['last week', 'DATE', '2022-W50'],
      ['next month', 'DATE', '2023-01'],
      ['last year', 'DATE', '2021'],
      ['this year', 'DATE', '2022'],
    ]);
  });

  it('reads numbered weeks and weekends', () => {
    expect(mentionOf('Sales peaked in week 12 of 2013.', DCT, 'week 12 of 2013')).toMatchObject({
      value: '2013-W12', interval: { start: '2013-03-18', end: '2013-03-24', precision: 'approximate' },
    });
    expect(mentionOf('Protests took place during the weekend.', '2008-10-15', 'the weekend').value).toBe('2008-W41-WE');
    expect(mentionOf('Protests will take place this weekend.', '2008-10-15', 'this weekend').value).toBe('2008-W42-WE');
  });

  it('places "earlier this year" between New Year and the DCT', () => {
    expect(mentionOf('Earlier this year, prices rose.', DCT, 'Earlier this year').interval).toEqual({ start: '2022-01-01', end: DCT, precision: 'approximate' });
  });

  it('gives a week an approximate seven-day interval', () => {
    expect(mentionOf('It happened this week.', DCT, 'this week').interval).toEqual({ start: '2022-12-19', end: '2022-12-25', precision: 'approximate' });
  });

  it('gives a year precision year', () => {
    expect(mentionOf('It happened last year.', DCT, 'last year').interval).toEqual({ start: '2021-01-01', end: '2021-12-31', precision: 'year' });
  });
});

describe('PRESENT_REF, PAST_REF, FUTURE_REF', () => {
  it('tags vague references', () => {
    expect(tags('He is currently abroad. It recently rose. In the future, it may fall.', DCT)).toEqual([
      ['currently', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('tags "in the past" without the preposition', () => {
    expect(tags('It happened in the past.', DCT)).toEqual([['the past', 'DATE', 'PAST_REF']]);
  });

  it('leaves PAST_REF without a quantity unplaced', () => {
    expect(mentionOf('It recently rose.', DCT, 'recently').interval).toBeUndefined();
  });

  it('does not read "now-cancelled" or "soon-to-open" as references (must not match)', () => {
    expect(tags('the now-cancelled deal at the soon-to-open terminal', DCT)).toEqual([]);
  });
});

describe('ago and vague quantities', () => {
  it('reads "N units ago" at the unit\'s granularity', () => {
    expect(mentionOf('It happened a week ago.', '2011-03-18', 'a week ago').value).toBe('2011-03-11');
    expect(mentionOf('It began two years ago.', DCT, 'two years ago').value).toBe('2020');
    expect(mentionOf('It began three months ago.', DCT, 'three months ago').value).toBe('2022-09');
  });

  it('reads vague quantities as approximate ranges', () => {
    const m = mentionOf('A few weeks ago, it rose.', DCT, 'A few weeks ago');
    expect(m.value).toBe('PAST_REF');
    expect(m.interval?.precision).toBe('approximate');
    expect(mentionOf('It rose in recent months.', DCT, 'recent months').value).toBe('PAST_REF');
  });
});

describe('anaphoric expressions', () => {
  it('anchors "the day" and "two days later" to the previous date', () => {
    const text = 'Trading halted on March 3, 2010. Stocks recovered to end the day higher. Two days later, they fell.';
    expect(mentionOf(text, DCT, 'the day').value).toBe('2010-03-03');
    expect(mentionOf(text, DCT, 'Two days later').value).toBe('2010-03-05');
  });

  it('reads "two days before the launch" as a duration with a signal, not a date', () => {
    expect(mentionOf('available on June 17, two days before the phone launches', '2009-06-09', 'two days').type).toBe('DURATION');
  });

  it('anchors "the following month", "that year", "the previous year" to the time last talked about', () => {
    expect(tags('The plant closed in March 2008. The following month, workers protested. That year, sales fell. The previous year had been strong.', '2010-01-01')).toEqual([
      ['March 2008', 'DATE', '2008-03'],
      ['The following month', 'DATE', '2008-04'],
      ['That year', 'DATE', '2008'],
      ['The previous year', 'DATE', '2007'],
    ]);
  });

  it('anchors "the entire year" and "the year before" to the year talked about', () => {
    expect(tags('Profit for the fourth quarter of 2005 fell, and it lost money for the entire year. Person of the Year.', '2006-01-27')).toEqual([
      ['the fourth quarter of 2005', 'DATE', '2005-Q4'],
      ['the entire year', 'DATE', '2005'],
    ]);
  });

  it('anchors "the year-earlier quarter" to the quarter talked about', () => {
    expect(mentionOf('Earnings in the third quarter fell from the year-earlier quarter.', '1989-10-26', 'the year-earlier quarter').value).toBe('1988-Q3');
  });

  it('anchors "a year earlier" to the previous calendar value', () => {
    expect(mentionOf('Sales rose in the fourth quarter, compared with a year earlier.', '2010-03-17', 'a year earlier').value).toBe('2008-Q4');
  });

  it('shifts "the same month a year ago" from the previous calendar value', () => {
    expect(mentionOf('Sales fell 35% in January, compared to the same month a year ago.', '2009-02-03', 'the same month a year ago').value).toBe('2008-01');
  });
});

describe('modifiers', () => {
  it('marks early / mid / late / the end of, and narrows the interval', () => {
    const early = mentionOf('Talks began in early December 2022.', DCT, 'early December 2022');
    expect(early).toMatchObject({ value: '2022-12', mod: 'START', interval: { start: '2022-12-01', end: '2022-12-10', precision: 'approximate' } });
    const mid = mentionOf('It will be released in mid-2021.', DCT, 'mid-2021');
    expect(mid.mod).toBe('MID');
    expect(mid.interval?.start.slice(0, 7)).toBe('2021-05');
    expect(mid.interval?.end.slice(0, 7)).toBe('2021-08');
    expect(mentionOf('It slowed late last year.', DCT, 'late last year')).toMatchObject({ value: '2021', mod: 'END' });
    expect(mentionOf('Pay is due at the end of the month.', DCT, 'the end of the month')).toMatchObject({ value: '2022-12', mod: 'END' });
  });

  it('gives seasons their months', () => {
    expect(mentionOf('in the summer of 2021', DCT, 'the summer of 2021').interval).toEqual({ start: '2021-06-01', end: '2021-08-31', precision: 'approximate' });
  });
});

describe('weekdays: tense, determiners and the DCT', () => {
  const WED = '2023-04-12';
  const SAT = '2023-04-15';

  it('reads "on Tuesday" by the verb', () => {
    expect(mentionOf('Prices fell on Tuesday.', WED, 'Tuesday').value).toBe('2023-04-11');
    expect(mentionOf('Prices will fall on Tuesday.', WED, 'Tuesday').value).toBe('2023-04-18');
    expect(mentionOf('The talks resume on Tuesday.', WED, 'Tuesday').value).toBe('2023-04-18');
    expect(mentionOf('The talks did not resume on Tuesday.', WED, 'Tuesday').value).toBe('2023-04-11');
    expect(mentionOf('She sold the house on Tuesday.', WED, 'Tuesday').value).toBe('2023-04-11');
  });

  it('reads "last Monday" and "next Friday" as the nearest such day back or ahead', () => {
    expect(mentionOf('He resigned last Monday.', WED, 'last Monday').value).toBe('2023-04-10');
    expect(mentionOf('The deal will close next Friday.', WED, 'next Friday').value).toBe('2023-04-14');
    // On the weekday itself, "last"/"next" mean a week away, never the DCT.
    expect(mentionOf('He resigned last Wednesday.', WED, 'last Wednesday').value).toBe('2023-04-05');
    expect(mentionOf('They meet again next Wednesday.', WED, 'next Wednesday').value).toBe('2023-04-19');
  });

  it('reads "this Friday" as the one of the current week, ahead unless the clause is past', () => {
    expect(mentionOf('The vote is this Friday.', WED, 'this Friday').value).toBe('2023-04-14');
    expect(mentionOf('Pre-orders open this Friday.', WED, 'this Friday').value).toBe('2023-04-14');
    expect(mentionOf('The vote was held this Friday.', SAT, 'this Friday').value).toBe('2023-04-14');
    expect(mentionOf('The vote is this Friday.', SAT, 'this Friday').value).toBe('2023-04-21');
  });

  it('reads a deadline ahead unless the clause is past', () => {
    expect(mentionOf('The hearing was adjourned until Friday.', WED, 'Friday').value).toBe('2023-04-14');
    expect(mentionOf('The school is closed until Friday.', WED, 'Friday').value).toBe('2023-04-14');
    expect(mentionOf('Rescue teams worked through Sunday night.', '2021-08-16', 'Sunday night').value).toBe('2021-08-15TNI');
  });

  it('reads a deadline after a present perfect ahead: "has extended the ban until Friday"', () => {
    expect(mentionOf('The government has continued to hold all markets closed until Friday.', '2008-09-18', 'Friday').value).toBe('2008-09-19');
    expect(mentionOf('The markets were closed until Friday.', '2008-09-18', 'Friday').value).toBe('2008-09-12');
  });

  it('reads "by the weekend" ahead', () => {
    expect(mentionOf('Temperatures are forecast to hit 30C by the weekend.', WED, 'the weekend').value).toBe('2023-W15-WE');
    expect(mentionOf('The fire was contained by the weekend.', WED, 'the weekend').value).toBe('2023-W14-WE');
  });

  it('crosses the year end with the ISO week: "the weekend" on December 31', () => {
    expect(mentionOf('Winds drove the fire east over the weekend.', '2025-12-31', 'the weekend').value).toBe('2025-W52-WE');
    expect(mentionOf('Homes were evacuated last week.', '2020-01-08', 'last week').value).toBe('2020-W01');
  });
});

describe('anaphoric days (bug TB-b2-1)', () => {
  it('keeps "the day before/after" whole and shifts it from the last date named', () => {
    expect(tags('Rebels attacked the town on Friday. The day before, police had arrested two men.', '2024-06-20')).toEqual([
      ['Friday', 'DATE', '2024-06-14'],
      ['The day before', 'DATE', '2024-06-13'],
    ]);
    expect(tags('Rebels attacked the town on Friday. The day after, police arrested two men.', '2024-06-20')).toEqual([
      ['Friday', 'DATE', '2024-06-14'],
      ['The day after', 'DATE', '2024-06-15'],
    ]);
  });

  it('anchors on the DCT when no date came before', () => {
    expect(tags('The day before, police had arrested two men.', '2024-06-20')).toEqual([['The day before', 'DATE', '2024-06-19']]);
  });

  it('leaves "after" + clause out of "the day"', () => {
    expect(tags('The Dow rebounded late in the day after falling 250 points.', '2007-08-10')).toEqual([['the day', 'DATE', '2007-08-10']]);
  });

  it('does not date "the day before the vote" from an unrelated date', () => {
    expect(tags('The day before the vote, police arrested two men.', '2024-06-20')).toEqual([]);
  });
});

describe('weeks of a year and "the new year"', () => {
  it('reads "the final week of 2021" and "the first week of the year" as ISO weeks', () => {
    expect(tags('Sales in the final week of 2021 were up 9%.', '2022-01-03')).toEqual([['the final week of 2021', 'DATE', '2021-W52']]);
    expect(tags('Talks resume in the first week of the year.', '2023-12-20')).toEqual([['the first week of the year', 'DATE', '2023-W01']]);
  });

  it('reads "the new year" only near the turn of the year', () => {
    expect(tags('A memorial service is planned for the new year.', '2017-12-20')).toEqual([['the new year', 'DATE', '2018']]);
    expect(tags('Prices rose in the new year.', '2018-01-20')).toEqual([['the new year', 'DATE', '2018']]);
    expect(tags('The firm hopes for growth in the new year.', '2018-06-20')).toEqual([]);
    expect(tags("The New Year holiday ended.", '2018-01-03')).toEqual([]);
  });
});

describe('decades and centuries ago', () => {
  it('keeps the TIMEX3 decade value but places the interval about that far back', () => {
    const m = mentionOf('The warehouse, which was built a decade ago, was empty.', '2025-07-15', 'a decade ago');
    expect(m.value).toBe('201');
    expect(m.interval).toEqual({ start: '2014-07-15', end: '2016-07-15', precision: 'approximate' });
    expect(mentionOf('The church was built two centuries ago.', '2025-07-15', 'two centuries ago').interval)
      .toEqual({ start: '1815-07-15', end: '1835-07-15', precision: 'approximate' });
  });
});

describe('weekday pairs and spans', () => {
  const WED = '2023-06-14';

  it('puts the second weekday after the first, in the first one\'s direction', () => {
    expect(tags('Rain is forecast for Thursday and Friday.', WED)).toEqual([
      ['Thursday', 'DATE', '2023-06-15'],
      ['Friday', 'DATE', '2023-06-16'],
    ]);
    expect(tags('The two sides met on Monday and Tuesday.', WED)).toEqual([
      ['Monday', 'DATE', '2023-06-12'],
      ['Tuesday', 'DATE', '2023-06-13'],
    ]);
    expect(tags('Talks were held last Friday and Saturday.', WED)).toEqual([
      ['last Friday', 'DATE', '2023-06-09'],
      ['Saturday', 'DATE', '2023-06-10'],
    ]);
  });
});

describe('anaphoric offsets in months, weeks and days (blind batch 27-42)', () => {
  it('places "six months earlier" in the month of the date the text last named, shifted', () => {
    expect(mentionOf('The crash happened on Monday. The driver had passed his test six months earlier.', '2018-01-02', 'six months earlier').value)
      .toBe('2017-07');
    expect(mentionOf('The plant opened in March 2010. Two months later it closed.', '2012-05-05', 'Two months later').value).toBe('2010-05');
  });

  it('reads "the previous day that ..." as a day before the last date, not a relative clause', () => {
    expect(mentionOf('The ruling came Thursday. Prosecutors had told the court the previous day that they would not appeal.', '2017-09-29', 'the previous day').value)
      .toBe('2017-09-27');
    // A relative clause still hangs on an event: "the day that he died" is not the last date named.
    expect(tags('She remembers the day that he died.', '2017-09-29')).toEqual([]);
  });

  it('reads "the week" as the week the text is talking about', () => {
    expect(tags('Stocks rose on Friday and the index gained 3 percent for the week.', '2015-10-09')).toEqual([
      ['Friday', 'DATE', '2015-10-09'],
      ['the week', 'DATE', '2015-W41'],
    ]);
    // Before an event it has no date of its own, like "the day before the vote".
    expect(tags('Turnout fell in the week before the vote.', '2015-10-09')).toEqual([]);
    // An award names no stretch of the calendar (must not match).
    expect(tags('He was named player of the year and scored the goal of the week.', '2015-10-09')).toEqual([]);
    expect(tags('She was employee of the month twice.', '2015-10-09')).toEqual([]);
    expect(tags('Sales fell for the rest of the week.', '2015-10-09')).toEqual([['the week', 'DATE', '2015-W41']]);
  });

  it('tags "at the time" as a past reference without the preposition, but not "at the time of X"', () => {
    expect(tags('At the time, the White House called the plan unworkable.', '2011-06-01')).toEqual([['the time', 'DATE', 'PAST_REF']]);
    expect(tags('He was 20 at the time of the attack.', '2011-06-01')).toEqual([]);
  });
});

describe('pipeline bug reports TB-b3-1..4', () => {
  it('TB-b3-1: "this weekend" on a weekday is the coming one unless the clause is past', () => {
    expect(tags('Gusts of up to 80 mph are forecast this weekend along the coast.', '2024-11-12')).toEqual([['this weekend', 'DATE', '2024-W46-WE']]);
    expect(tags('Rain is forecast this weekend.', '2024-11-12')).toEqual([['this weekend', 'DATE', '2024-W46-WE']]);
    expect(tags('The storm hit this weekend.', '2024-11-11')).toEqual([['this weekend', 'DATE', '2024-W45-WE']]);
  });

  it('TB-b3-2: "overnight" is the night before the DCT, or the coming one in a future clause; not a modifier', () => {
    expect(mentionOf('Heavy rain overnight flooded dozens of homes.', '2024-11-12', 'overnight'))
      .toMatchObject({ type: 'TIME', value: '2024-11-11TNI', interval: { start: '2024-11-11', end: '2024-11-12', precision: 'approximate' } });
    expect(mentionOf('Snow will fall overnight.', '2024-11-12', 'overnight').value).toBe('2024-11-12TNI');
    expect(tags('The overnight rate rose. An overnight stay costs more. It was an overnight success.', '2024-11-12')).toEqual([]);
    expect(tags('An overnight curfew was imposed. Overnight trains were cut. The town changed almost overnight.', '2024-11-12')).toEqual([]);
    expect(mentionOf('Two men were arrested overnight in the city centre.', '2024-11-12', 'overnight').value).toBe('2024-11-11TNI');
  });

  it('TB-b3-3: "until <date>" after a present perfect lies ahead', () => {
    expect(mentionOf('Both have been released on bail until June 14.', '2024-05-20', 'June 14').value).toBe('2024-06-14');
    expect(mentionOf('The road has been closed until Monday.', '2024-05-22', 'Monday').value).toBe('2024-05-27');
    expect(mentionOf('The ban has been extended until March.', '2024-05-22', 'March').value).toBe('2025-03');
    // Without the perfect a past clause keeps its past reading.
    expect(mentionOf('The road was closed until June 14.', '2024-08-20', 'June 14').value).toBe('2024-06-14');
  });

  it('TB-b3-4: a clock time in a past clause does not take a later day from another sentence', () => {
    const text = 'Both have been released on bail until June 14. Detective Inspector Sam Reid said the attack followed an argument inside the club shortly before 10 p.m.';
    const m = mentionOf(text, '2024-05-20', '10 p.m.');
    expect(m.value).toBe('XXXX-XX-XXT22:00');
    expect(m.interval).toBeUndefined();
    // A past day the narrative named still holds.
    expect(mentionOf('The quake struck on Saturday. It hit at 8:29 a.m.', '2024-05-20', '8:29 a.m.').value).toBe('2024-05-18T08:29');
  });
});

describe('"a year earlier" keeps only the precision the text gives', () => {
  it('shifts a month or a quarter, but never invents a day from the last day named', () => {
    expect(mentionOf('The bridge collapsed on March 3, 2020. A year earlier, inspectors had warned of cracks.', '2020-03-10', 'A year earlier').value).toBe('2019');
    expect(mentionOf('Sales fell in October. A year earlier they had risen.', '2023-11-10', 'A year earlier').value).toBe('2022-10');
    expect(mentionOf('Net income for the first quarter was $1.2 billion, down from $1.7 billion a year earlier.', '2019-04-30', 'a year earlier').value).toBe('2018-Q1');
  });
});
