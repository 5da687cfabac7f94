import { describe, expect, it } from 'vitest';
import { mentionOf, tags } from './test-support.ts';

describe('clock times', () => {
  it('tags UTC times on the DCT', () => {
    expect(tags('Prices fell at 14:58 UTC.', '2008-09-20')).toEqual([['14:58 UTC', 'TIME', '2008-09-20T14:58Z']]);
  });

  it('keeps a day after the time in the same TIMEX3', () => {
    expect(mentionOf('filed at 12:00 UTC Monday, in a Manhattan court', '2009-06-01', '12:00 UTC Monday').value).toBe('2009-06-01T12:00Z');
    expect(mentionOf('a speech at 16:00 UTC today', '2009-06-01', '16:00 UTC today').value).toBe('2009-06-01T16:00Z');
  });

  it('places a time on the day named in its sentence', () => {
    expect(mentionOf('In a press conference at 16:15 UTC, June 1st, he spoke.', '2009-06-04', '16:15 UTC').value).toBe('2009-06-01T16:15Z');
  });

  it('converts a GMT offset to UTC', () => {
    expect(mentionOf('It landed at 6:40 p.m. (GMT +8) on time.', '2007-10-17', '6:40 p.m. (GMT +8)').value).toBe('2007-10-17T10:40Z');
    expect(mentionOf('It left at 02:00 GMT+8.', '2007-10-17', '02:00 GMT+8').value).toBe('2007-10-16T18:00Z');
  });

  it('does not take a later day of the sentence for a time', () => {
    expect(mentionOf('At 0800 UTC it opened, and the vote is on Friday.', '2008-09-18', '0800 UTC').value).toBe('2008-09-18T08:00Z');
  });

  it('reads 12-hour and military times', () => {
    expect(mentionOf('The meeting starts at 3 p.m. tomorrow.', '2022-12-24', '3 p.m. tomorrow').value).toBe('2022-12-25T15:00');
    expect(mentionOf('Trading opened at 0800 UTC.', '2008-09-18', '0800 UTC').value).toBe('2008-09-18T08:00Z');
  });

  it('does not read scores or ratios as times (must not match)', () => {
    expect(tags('They won 3:1 and the ratio was 10:30 in favour.', '2022-12-24')).toEqual([]);
  });
});

describe('clock times in narrative and punctuation', () => {
  it('places a time on the day the previous sentence named', () => {
    const text = 'A magnitude 7.2 earthquake struck southern Haiti on Saturday morning. The quake hit at 8:29 a.m. local time.';
    expect(mentionOf(text, '2021-08-16', '8:29 a.m.').value).toBe('2021-08-14T08:29');
  });

  it('falls back to the DCT when no day was named nearby', () => {
    expect(mentionOf('The quake hit at 8:29 a.m. local time.', '2021-08-16', '8:29 a.m.').value).toBe('2021-08-16T08:29');
  });

  it('leaves a sentence-final period out of "6am" but keeps the dots of "a.m."', () => {
    expect(tags('A curfew runs from 10pm to 6am.', '2023-04-12')).toEqual([
      ['10pm', 'TIME', '2023-04-12T22:00'],
      ['6am', 'TIME', '2023-04-12T06:00'],
    ]);
    expect(tags('It ended at 6 a.m.', '2023-04-12')).toEqual([['6 a.m.', 'TIME', '2023-04-12T06:00']]);
  });
});
