import { describe, expect, it } from 'vitest';
import type { EventSource } from '../domain/corpus.ts';
import { testEvent } from '../domain/test-events.ts';
import { dateDisagreement } from './date-disagreement.ts';

const source = (docId: string, start: string): EventSource => ({
  docId,
  quote: { start: 0, end: 1, text: 'x' },
  datePhrase: null,
  date: { start, end: null, precision: 'day' },
});

describe('dateDisagreement', () => {
  it('lists each date the sources give, most reported first', () => {
    const event = testEvent('e', '2022-12-12', {
      sources: [source('a', '2022-12-14'), source('b', '2022-12-12'), source('c', '2022-12-12')],
      uncertain: true,
    });
    expect(dateDisagreement(event)).toEqual(['2 sources: December 12, 2022', '1 source: December 14, 2022']);
  });

  it('says nothing when the corpus found the dates compatible ("around December 10" and "December 12")', () => {
    const around = { ...source('a', '2022-12-10'), date: { start: '2022-12-10', end: '2022-12-14', precision: 'approximate' as const } };
    expect(dateDisagreement(testEvent('e', '2022-12-12', { sources: [around, source('b', '2022-12-12')], uncertain: false }))).toBeNull();
  });

  it('leaves out reports that state no date', () => {
    const reported = { ...source('r', '2022-12-24'), date: { start: '2022-12-24', end: null, precision: 'reported' as const } };
    const event = testEvent('e', '2022-12-12', { sources: [source('a', '2022-12-14'), source('b', '2022-12-12'), reported], uncertain: true });
    expect(dateDisagreement(event)).toEqual(['1 source: December 14, 2022', '1 source: December 12, 2022']);
  });

  it('says nothing when the sources agree', () => {
    expect(dateDisagreement(testEvent('e', '2022-12-12', { sources: [source('a', '2022-12-12'), source('b', '2022-12-12')] }))).toBeNull();
  });
});
