import { describe, expect, it } from 'vitest';
import { fixedTagger, mention } from '../fixtures/seed-fixture.ts';
import { runStages } from '../extract-events.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { mergeDateRanges } from './merge-date-ranges.ts';
import { splitSentences } from './split-sentences.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

function merged(text: string, phrases: Array<[string, string]>) {
  const tagger = fixedTagger(phrases.map(([p, d]) => mention(text, p, { value: d, interval: day(d) })));
  return runStages({ id: 'd', text, published: '2022-12-24' }, [splitSentences, findDateMentions(tagger), mergeDateRanges]).mentions;
}

describe('mergeDateRanges', () => {
  it('joins "from X to Y" into one range mention covering the whole phrase', () => {
    const ms = merged('Talks ran from December 1 to December 10 in Brussels.', [['December 1', '2022-12-01'], ['December 10', '2022-12-10']]);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ text: 'from December 1 to December 10', interval: { start: '2022-12-01', end: '2022-12-10', precision: 'day' }, derived: true });
  });

  it('joins "between X and Y" and dashed ranges', () => {
    expect(merged('Fighting went on between November 5 and December 17.', [['November 5', '2022-11-05'], ['December 17', '2022-12-17']])[0]?.text)
      .toBe('between November 5 and December 17');
    expect(merged('The summit (December 1–December 3) ended.', [['December 1', '2022-12-01'], ['December 3', '2022-12-03']])[0]?.text)
      .toBe('December 1–December 3');
  });

  it('leaves separate dates alone', () => {
    const ms = merged('He arrived on December 1 and left on December 10.', [['December 1', '2022-12-01'], ['December 10', '2022-12-10']]);
    expect(ms.map((m) => m.text)).toEqual(['December 1', 'December 10']);
  });

  it('never builds a range that ends before it starts', () => {
    const ms = merged('It ran from December 10 to December 1.', [['December 10', '2022-12-10'], ['December 1', '2022-12-01']]);
    expect(ms).toHaveLength(2);
  });
});

describe('mergeDateRanges: a range states its year once', () => {
  const month = (ym: string, end: string) => ({ value: ym, interval: { start: `${ym}-01`, end, precision: 'month' as const } });
  const mergedMonths = (text: string, published: string, a: [string, string, string], b: [string, string, string]) => {
    const tagger = fixedTagger((t) => [mention(t, a[0], month(a[1], a[2])), mention(t, b[0], month(b[1], b[2]))]);
    return runStages({ id: 'd', text, published }, [splitSentences, findDateMentions(tagger), mergeDateRanges]);
  };

  it('"from March to May 2012" is one range 2012-03-01..2012-05-31, even if the tagger put March in the DCT year', () => {
    const state = mergedMonths('Prices rose from March to May 2012.', '2013-01-10', ['March', '2013-03', '2013-03-31'], ['May 2012', '2012-05', '2012-05-31']);
    expect(state.mentions).toHaveLength(1);
    expect(state.mentions[0]).toMatchObject({ text: 'from March to May 2012', interval: { start: '2012-03-01', end: '2012-05-31', precision: 'approximate' } });
    expect(state.trace.map((t) => t.message()).join('\n')).toContain('safety net');
  });

  it('"from December to February 2023" starts in the year before', () => {
    const state = mergedMonths('Snow fell from December to February 2023.', '2023-06-01', ['December', '2023-12', '2023-12-31'], ['February 2023', '2023-02', '2023-02-28']);
    expect(state.mentions[0]?.interval).toEqual({ start: '2022-12-01', end: '2023-02-28', precision: 'approximate' });
  });

  it('must not merge: a first end that states its own later year', () => {
    const state = mergedMonths('It ran from March 2014 to May 2012.', '2015-01-10', ['March 2014', '2014-03', '2014-03-31'], ['May 2012', '2012-05', '2012-05-31']);
    expect(state.mentions).toHaveLength(2);
  });

  it('a duration "to" a date is the window of that length ending with the date', () => {
    const text = 'Inflation rose 3 percent in the 12 months to January.';
    const tagger = fixedTagger([
      mention(text, 'the 12 months', { type: 'DURATION', value: 'P12M' }),
      mention(text, 'January', { value: '2023-01', interval: { start: '2023-01-01', end: '2023-01-31', precision: 'month' } }),
    ]);
    const ms = runStages({ id: 'd', text, published: '2023-03-01' }, [splitSentences, findDateMentions(tagger), mergeDateRanges]).mentions;
    expect(ms.map((m) => [m.text, m.value, m.interval])).toEqual([
      ['the 12 months to January', 'P12M/2023-01', { start: '2022-02-01', end: '2023-01-31', precision: 'approximate' }],
    ]);
  });

  it('"the year to March" is a one-year window even when only "March" is tagged; "the week to" too', () => {
    const window = (text: string, phrase: string, iv: { start: string; end: string; precision: 'month' | 'day' }) => {
      const tagger = fixedTagger([mention(text, phrase, { value: iv.start.slice(0, 7), interval: iv })]);
      return runStages({ id: 'd', text, published: '2023-06-01' }, [splitSentences, findDateMentions(tagger), mergeDateRanges]).mentions
        .map((m) => [m.text, m.interval?.start, m.interval?.end, m.interval?.precision]);
    };
    expect(window('Prices rose in the year to March.', 'March', { start: '2023-03-01', end: '2023-03-31', precision: 'month' }))
      .toEqual([['the year to March', '2022-04-01', '2023-03-31', 'approximate']]);
    expect(window('Sales fell in the week to May 7.', 'May 7', { start: '2023-05-07', end: '2023-05-07', precision: 'day' }))
      .toEqual([['the week to May 7', '2023-05-01', '2023-05-07', 'approximate']]);
    // must not match: "to" after something that is no window
    expect(window('The vote was moved to March.', 'March', { start: '2023-03-01', end: '2023-03-31', precision: 'month' }))
      .toEqual([['March', '2023-03-01', '2023-03-31', 'month']]);
  });
});
