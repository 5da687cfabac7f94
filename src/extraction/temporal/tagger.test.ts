import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './index.ts';
import { mentionOf, tags } from './test-support.ts';

// Seed article seeds/000_5b3e6957073e45ff.txt (DCT 2022-12-24), quoted sentences.
const SEED_DCT = '2022-12-24';

describe('seed article phrases', () => {
  it('"since December 12" is 2022-12-12 with the extent "December 12", never 2023', () => {
    const m = mentionOf('the corridor, which has been blockaded since December 12, creating a crisis.', SEED_DCT, 'December 12');
    expect(m).toMatchObject({ type: 'DATE', value: '2022-12-12', interval: { start: '2022-12-12', end: '2022-12-12', precision: 'day' } });
  });

  it('"November 9, 2020" is a full date', () => {
    expect(mentionOf('adhere to the November 9, 2020 ceasefire agreement', SEED_DCT, 'November 9, 2020').value).toBe('2020-11-09');
  });

  it('"the almost two-week-long blockade" is an approximate two-week duration', () => {
    const m = mentionOf('to end the almost two-week-long blockade of the Lachin Corridor', SEED_DCT, 'almost two-week-long');
    expect(m).toMatchObject({ type: 'DURATION', value: 'P2W', mod: 'APPROX', durationDays: 14 });
    expect(m.interval).toBeUndefined();
  });

  it('"Just weeks ago" is PAST_REF with an approximate range of a few weeks before the DCT', () => {
    const m = mentionOf('Just weeks ago, Aliyev lashed out at Macron.', SEED_DCT, 'Just weeks ago');
    expect(m).toMatchObject({ type: 'DATE', value: 'PAST_REF', interval: { start: '2022-11-05', end: '2022-12-17', precision: 'approximate' } });
  });

  it('"in the coming weeks" is FUTURE_REF with an approximate range after the DCT', () => {
    const m = mentionOf('they will once again talk to each other in the coming weeks', SEED_DCT, 'the coming weeks');
    expect(m.value).toBe('FUTURE_REF');
    expect(m.interval?.precision).toBe('approximate');
    expect(m.interval && m.interval.start > SEED_DCT).toBe(true);
  });

  it('"the French presidency said" contains no timex', () => {
    expect(tags('"We will talk," the French presidency said.', SEED_DCT)).toEqual([]);
  });
});

describe('tagger invariants', () => {
  const text = 'On Tuesday, two years after the 2020 war, officials said talks would resume next month, ' +
    'between 60 and 90 days from 12:00 UTC Monday, every Friday, as in early December 2022.';
  const mentions = tagTemporalExpressions(text, { referenceDate: SEED_DCT });

  it('is sorted, non-overlapping and traceable', () => {
    expect(mentions.length).toBeGreaterThan(5);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.trace.length).toBeGreaterThan(0);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('records the rules that shaped a mention', () => {
    expect(tagTemporalExpressions('in early December 2022', { referenceDate: SEED_DCT })[0]?.trace).toEqual(['date.month-year', 'modifier']);
    expect(tagTemporalExpressions('On May 2, 2021 it began; the day was cold.', { referenceDate: SEED_DCT })[1]?.trace)
      .toEqual(['relative.anaphoric-day', 'anaphora']);
  });

  it('is deterministic and depends only on the reference date', () => {
    expect(tagTemporalExpressions(text, { referenceDate: SEED_DCT })).toEqual(mentions);
    expect(tagTemporalExpressions(text, { referenceDate: '2010-06-01' })).not.toEqual(mentions);
  });

  it('rejects a reference date that is not a calendar day', () => {
    expect(() => tagTemporalExpressions('today', { referenceDate: '2022-02-30' })).toThrow(/referenceDate/);
  });

  it('handles empty text', () => {
    expect(tagTemporalExpressions('', { referenceDate: SEED_DCT })).toEqual([]);
  });
});

describe('dates off the calendar (years outside 0001-9999)', () => {
  it('leaves them undated and reports each, never throws', () => {
    const dropped: string[] = [];
    const onDrop = (d: { text: string }): void => void dropped.push(d.text);
    const text = 'It rained 99999999 days later. It happened 3000 years ago. The council will meet in January.';
    const far = tagTemporalExpressions(text, { referenceDate: '9999-12-31', onDrop });
    expect(far.every((m) => !m.interval || m.interval.end <= '9999-12-31')).toBe(true);
    expect(dropped.length).toBeGreaterThan(0);
    expect(() => tagTemporalExpressions('yesterday', { referenceDate: '0001-01-01' })).not.toThrow();
    expect(tagTemporalExpressions('yesterday', { referenceDate: '0001-01-01' }).filter((m) => m.interval)).toEqual([]);
  });
});
