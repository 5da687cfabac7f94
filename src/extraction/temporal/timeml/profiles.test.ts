import { describe, expect, it } from 'vitest';
import { profileTags, tags } from '../test-support.ts';

/**
 * One analysis, two conventions: each case shows the te3 (TempEval-3 / TimeBank) output, the
 * meantime output, and where it matters a partner that must not change.
 */
const DCT = '2024-03-20';

describe('te3 and meantime profiles', () => {
  it('"two weeks earlier": te3 tags the quantity as a DURATION, MEANTIME the date it names', () => {
    const text = 'The dam failed on March 9. Two weeks earlier, engineers had warned of cracks.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['March 9', 'DATE', '2024-03-09'], ['Two weeks', 'DURATION', 'P2W']]);
    expect(profileTags(text, DCT, 'meantime')).toEqual([['March 9', 'DATE', '2024-03-09'], ['Two weeks earlier', 'DATE', '2024-02-24']]);
    // The analysis the timeline uses is the date, whatever the profile.
    expect(tags(text, DCT)[1]).toEqual(['Two weeks earlier', 'DATE', '2024-02-24']);
  });

  it('"a year earlier" stays the period it names in both (TimeBank: 16 of 16)', () => {
    const text = 'Profit rose in the fourth quarter from a year earlier.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['the fourth quarter', 'DATE', '2023-Q4'], ['a year earlier', 'DATE', '2022-Q4']]);
    expect(profileTags(text, DCT, 'meantime')).toEqual(profileTags(text, DCT, 'te3'));
  });

  it('"ten years earlier", "two years later": te3 tags the quantity, as any shift of more than one year', () => {
    const text = 'The club was promoted in 2019 and relegated two years later. Fines were double ten years earlier.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['2019', 'DATE', '2019'], ['two years', 'DURATION', 'P2Y'], ['ten years', 'DURATION', 'P10Y']]);
    expect(profileTags(text, DCT, 'meantime').map((t) => t[0])).toEqual(['2019', 'two years later', 'ten years earlier']);
    // Must not: a one-year shift is still the period it names.
    expect(profileTags('Sales fell in 2019 from a year earlier.', DCT, 'te3')).toEqual([['2019', 'DATE', '2019'], ['a year earlier', 'DATE', '2018']]);
  });

  it('"between 2004 and 2007": te3 tags two years, MEANTIME one span', () => {
    const text = 'He ran the agency between 2004 and 2007.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['2004', 'DATE', '2004'], ['2007', 'DATE', '2007']]);
    expect(profileTags(text, DCT, 'meantime')).toEqual([['between 2004 and 2007', 'DURATION', 'P3Y']]);
  });

  it('"in recent months", "over the coming weeks": te3 vague durations, MEANTIME vague references', () => {
    const text = 'Prices climbed in recent months and will settle over the coming weeks.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['recent months', 'DURATION', 'PXM'], ['the coming weeks', 'DURATION', 'PXW']]);
    expect(profileTags(text, DCT, 'meantime')).toEqual([['recent months', 'DATE', 'PAST_REF'], ['the coming weeks', 'DATE', 'FUTURE_REF']]);
  });

  it('rate adjectives, "later", "short-term" and ages are no timexes in te3', () => {
    const text = 'The annual report, filed later, showed short-term debt; the 34-year-old founder left.';
    expect(profileTags(text, DCT, 'te3')).toEqual([]);
    expect(profileTags(text, DCT, 'meantime').map((t) => t[0])).toEqual(['annual', 'later', 'short-term', '34-year-old']);
  });

  it('must not drop the adverb "annually" or a daily that is no adjective', () => {
    expect(profileTags('Dividends are paid annually.', DCT, 'te3')).toEqual([['annually', 'SET', 'P1Y']]);
    expect(profileTags('The paper is published daily, except on Sundays.', DCT, 'te3')[0]).toEqual(['daily', 'SET', 'P1D']);
  });

  it('clock times carry no zone suffix in te3; fiscal years are plain years', () => {
    const text = 'The launch at 16:15 UTC opened fiscal 2025.';
    expect(profileTags(text, DCT, 'te3')).toEqual([['16:15 UTC', 'TIME', '2024-03-20T16:15'], ['fiscal 2025', 'DATE', '2025']]);
    expect(profileTags(text, DCT, 'meantime')).toEqual([['16:15 UTC', 'TIME', '2024-03-20T16:15Z'], ['fiscal 2025', 'DATE', 'FY2025']]);
  });

  it('approximators stay inside the extent with a mod (TimeBank: 19 of 19)', () => {
    expect(profileTags('The siege lasted nearly two years.', DCT, 'te3')).toEqual([['nearly two years', 'DURATION', 'P2Y', 'APPROX']]);
  });

  it('"last April" and "late last August" include the determiner', () => {
    expect(profileTags('The plan was approved last April and revised late last August.', DCT, 'te3')).toEqual([
      ['last April', 'DATE', '2023-04'],
      ['late last August', 'DATE', '2023-08', 'END'],
    ]);
  });
});
