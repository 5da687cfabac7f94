import { describe, expect, it } from 'vitest';
import { tags } from './test-support.ts';

/**
 * Words and numbers that look temporal but are not (or are a different kind of timex), in news
 * sentences written for these tests. Each case lists the tagger's whole output for the sentence, so
 * a stray extra mention fails as well as a wrong one. Expected values follow the TimeML guidelines.
 */
const DCT = '2023-04-12'; // a Wednesday

describe('must not match: month names that are not months', () => {
  it('"may" as a modal, also at the start of a sentence', () => {
    expect(tags('Officials said prices may rise and the board may meet again.', DCT)).toEqual([]);
    expect(tags('May I add that the plan may fail?', DCT)).toEqual([]);
  });

  it('"march" as a noun or a verb', () => {
    expect(tags('Thousands joined the march on Washington.', DCT)).toEqual([]);
    expect(tags('Protesters plan to march on City Hall, and the March on Washington is remembered.', DCT)).toEqual([]);
  });

  it('months as first names', () => {
    expect(tags('Summer Jones, 31, and April Ryan were named in the squad.', DCT)).toEqual([]);
    expect(tags('Coach June Carter praised the players.', DCT)).toEqual([]);
  });

  it('still reads the month after a preposition', () => {
    // Past tense with an April DCT: the May before it.
    expect(tags('The law passed in May, and protesters marched in March.', DCT)).toEqual([
      ['May', 'DATE', '2022-05'],
      ['March', 'DATE', '2023-03'],
    ]);
  });
});

describe('must not match: weekdays and seasons in names, verbs and sports', () => {
  it('newspapers and clubs named after weekdays', () => {
    expect(tags('The Sunday Times and the Mail on Sunday both ran the story.', DCT)).toEqual([]);
    expect(tags('The season opens against Sunday Athletic.', DCT)).toEqual([]);
  });

  it('keeps a weekday before a name when a preposition leads it', () => {
    expect(tags('On Tuesday Prime Minister Ana Ruiz resigned.', DCT)).toEqual([['Tuesday', 'DATE', '2023-04-11']]);
  });

  it('"fall" as a verb or a noun, "Fall" in a place name', () => {
    expect(tags('Shares could fall further if rates rise, analysts said.', DCT)).toEqual([]);
    expect(tags('Fall River police said the suspect fled after a fall in the market.', DCT)).toEqual([]);
  });

  it('plural time units in compound nouns: "opening hours", "working weeks"', () => {
    expect(tags('Opening hours and working weeks vary by branch.', DCT)).toEqual([]);
    expect(tags('The truce broke down within hours, in just minutes.', DCT)).toEqual([
      ['hours', 'DURATION', 'PTXH'],
      ['minutes', 'DURATION', 'PTXM'],
    ]);
  });

  it('"the second half" and "the first half" of a match', () => {
    expect(tags('Rovers scored twice in the second half after a goalless first half.', DCT)).toEqual([]);
  });

  it('"the Arab Spring" is a name, not a season', () => {
    expect(tags('The protests recalled the Arab Spring.', DCT)).toEqual([]);
  });
});

describe('must not match: numbers that are not years', () => {
  it('aircraft, counts and thousands', () => {
    expect(tags('The 747 landed safely with 1,500 passengers aboard.', DCT)).toEqual([]);
    expect(tags('Police said 2,000 people marched and she scored 2012 points over her career.', DCT)).toEqual([]);
  });

  it('scores and ratios', () => {
    expect(tags('United won 2-1 and City drew 3:3 with Rovers.', DCT)).toEqual([]);
  });

  it('legal sections and phone numbers', () => {
    expect(tags('The charge falls under Section 2012 of the code.', DCT)).toEqual([]);
    expect(tags('Call 020 7946 2012 or 0800 555 2010 for tickets.', DCT)).toEqual([]);
  });

  it('counts of people before a year-like number', () => {
    expect(tags('About 1600 troops and 2000 police were deployed.', DCT)).toEqual([]);
  });

  it('product names and codes', () => {
    expect(tags('Windows 95, the PlayStation 5 and the COVID-19 pandemic were discussed at the G20.', DCT)).toEqual([]);
  });

  it('a figure reached by a rise or a fall is a count, not a year', () => {
    // Each was dated to the year of its figure (1012, 2045), a wrong date on the timeline.
    expect(tags('The death toll rose to 1012 on Thursday.', DCT)).toEqual([['Thursday', 'DATE', '2023-04-06']]);
    expect(tags('The number of confirmed deaths climbed to 2045, and arrests fell by 1500.', DCT)).toEqual([]);
    expect(tags('Turnout stood at 1998 and the cost of the project rose to 1001 million dollars.', DCT)).toEqual([]);
    expect(tags('Sales increased from about 1900 to 2010 units.', DCT)).toEqual([]);
    expect(tags('Exports reached 2010 tonnes.', DCT)).toEqual([]);
  });

  it('but a year after a verb of scheduling or a preposition of time stays a year', () => {
    expect(tags('The vote was postponed to 2027 and the contract extended to 2030.', DCT)).toEqual([
      ['2027', 'DATE', '2027'],
      ['2030', 'DATE', '2030'],
    ]);
    expect(tags('Prices rose in 2019 and fell from 2020 to 2021.', DCT)).toEqual([
      ['2019', 'DATE', '2019'],
      ['2020', 'DATE', '2020'],
      ['2021', 'DATE', '2021'],
    ]);
  });

  it('temperatures and money', () => {
    expect(tags('Temperatures hit 30 degrees and the fine was $2,010.', DCT)).toEqual([]);
  });
});

describe('temporal, but of another kind', () => {
  it('"a 24-hour strike" is a duration, not a time of day', () => {
    expect(tags('Unions called a 24-hour strike.', DCT)).toEqual([['24-hour', 'DURATION', 'PT24H']]);
  });

  it('an age is a duration, never a year', () => {
    expect(tags('The 45-year-old was arrested on Tuesday.', DCT)).toEqual([
      ['45-year-old', 'DURATION', 'P45Y'],
      ['Tuesday', 'DATE', '2023-04-11'],
    ]);
  });

  it('"the 1980s-era law" names the decade', () => {
    expect(tags('He defended the 1980s-era law.', DCT)).toEqual([['1980s', 'DATE', '198']]);
  });

  it('fiscal years and quarter codes', () => {
    expect(tags('The FY2023 budget was cut.', DCT)).toEqual([['FY2023', 'DATE', 'FY2023']]);
    expect(tags('The company reported Q3 results on Tuesday.', '2022-10-27')).toEqual([
      ['Q3', 'DATE', '2022-Q3'],
      ['Tuesday', 'DATE', '2022-10-25'],
    ]);
  });

  it('"9/11" and "the September 11 attacks" are 2001, not this year', () => {
    expect(tags('The September 11 attacks changed aviation, the 9/11 commission found.', DCT)).toEqual([
      ['September 11', 'DATE', '2001-09-11'],
      ['9/11', 'DATE', '2001-09-11'],
    ]);
    expect(tags('The hearing is on September 11.', DCT)).toEqual([['September 11', 'DATE', '2023-09-11']]);
  });

  it('"summer" as a season when a determiner or preposition leads it', () => {
    expect(tags('Cases may fall in the summer.', DCT)).toEqual([['the summer', 'DATE', '2023-SU']]);
  });
});
