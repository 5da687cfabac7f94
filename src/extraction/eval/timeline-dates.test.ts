import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../domain/corpus.ts';
import { average, dateSelection, f1, parseTimelineFile, rankDays, scoreTimeline } from './timeline-dates.ts';

const SEP = '-'.repeat(32);

function event(id: string, start: string, precision: TimelineEvent['precision'], salience: number): TimelineEvent {
  return {
    id, aliases: [], title: id, start, end: null, precision, timing: 'past', uncertain: false, salience, actors: [],
    sources: [{ docId: 'd', quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start, end: null, precision } }],
  };
}

const corpus = (events: TimelineEvent[]): Corpus => ({ version: 2, documents: [], events, actors: [], warnings: [] });

describe('timeline date selection', () => {
  it('reads a gold timeline: date line, summary sentences, 32 dashes; a repeated date counts once', () => {
    const text = `2025-04-07\nTalks begin.\nBoth sides attend.\n${SEP}\n2025-04-01\nThe strike begins.\n${SEP}\n2025-04-07\nMore.\n${SEP}\n`;
    expect(parseTimelineFile(text)).toEqual([
      { date: '2025-04-01', summary: 'The strike begins.' },
      { date: '2025-04-07', summary: 'Talks begin. Both sides attend. More.' },
    ]);
    expect(() => parseTimelineFile('April 7\nx\n')).toThrow(/YYYY-MM-DD/);
  });

  it('ranks days by the most salient day-precision event on them, then the sum, and ignores other precisions and days out of range', () => {
    const c = corpus([
      event('a', '2025-04-01', 'day', 0.9), event('b', '2025-04-02', 'day', 0.3), event('c', '2025-04-02', 'day', 0.3),
      event('d', '2025-04-03', 'day', 0.3), event('e', '2025-04-04', 'month', 1), event('f', '2025-03-31', 'day', 1),
    ]);
    expect(rankDays(c, '2025-04-01', '2025-04-10').map((d) => d.day)).toEqual(['2025-04-01', '2025-04-02', '2025-04-03']);
  });

  it('precision and recall per timeline, averaged; F1 of the averages', () => {
    expect(dateSelection(['a', 'b'], ['a', 'c', 'd', 'e'])).toEqual({ precision: 0.5, recall: 0.25 });
    const c = corpus([event('a', '2025-04-01', 'day', 0.9), event('b', '2025-04-05', 'day', 0.5), event('c', '2025-04-06', 'day', 0.1)]);
    const gold = [{ date: '2025-04-01', summary: '' }, { date: '2025-04-06', summary: '' }];
    const s = scoreTimeline('t', 'g.txt', gold, c);
    // Top 2 days: 04-01 and 04-05 -> one hit of two; uncapped: three days, one... two hits.
    expect(s.capped).toEqual({ precision: 0.5, recall: 0.5 });
    expect(s.uncapped).toEqual({ precision: 2 / 3, recall: 1 });
    const perfect = scoreTimeline('t', 'h.txt', [{ date: '2025-04-01', summary: '' }], c);
    const a = average([s, perfect]);
    expect(a.precision).toBeCloseTo(0.75);
    expect(a.recall).toBeCloseTo(0.75);
    expect(a.f1).toBeCloseTo(f1(0.75, 0.75));
  });
});
