import { describe, expect, it } from 'vitest';
import { testEvent } from './test-events.ts';
import { buildCorpusIndex, eventNamed } from './corpus-index.ts';
import { facetCounts, NO_FILTERS, precisionClassOf, SHOW_ALL, visibleEvents, type EventQuery } from './event-query.ts';
import type { EventSource } from './corpus.ts';

const src = (docId: string): EventSource => ({ docId, quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' } });
const index = buildCorpusIndex({
  documents: [
    { id: 'r1', path: 'r1.md', title: 'R1', published: '2022-12-24', publisher: 'Reuters' },
    { id: 'r2', path: 'r2.md', title: 'R2', published: '2022-12-24', publisher: 'Reuters' },
    { id: 'lm', path: 'lm.md', title: 'LM', published: '2022-12-24', publisher: 'Le Monde' },
    { id: 'np', path: 'np.txt', title: 'No publisher', published: '2022-12-24' },
  ],
  events: [
    testEvent('a', '2022-12-10', { sources: [src('r1')], actors: ['eu'] }),
    testEvent('b', '2022-12-12', { sources: [src('r2'), src('lm')], precision: 'month', end: '2022-12-31', actors: ['eu', 'fr'] }),
    testEvent('c', '2022-12-20', { sources: [src('lm')], timing: 'future', aliases: ['old-c'] }),
    testEvent('d', '2022-12-24', { sources: [src('np')], precision: 'reported' }),
  ],
  actors: [],
  warnings: [],
});
const shown = (query: Partial<EventQuery['filters']>, matches: ReadonlySet<string> | null = null): string[] =>
  visibleEvents(index, { filters: { ...NO_FILTERS, ...query }, matches }).events.map((e) => e.id);

describe('visibleEvents', () => {
  it('shows everything, as the index holds it, without a query', () => {
    expect(visibleEvents(index, SHOW_ALL).events).toBe(index.events);
    expect(visibleEvents(index, SHOW_ALL).total).toBe(4);
  });

  it('keeps an event when any of its sources passes the document or publisher filter', () => {
    expect(shown({ documents: { only: ['lm'] } })).toEqual(['b', 'c']);
    expect(shown({ documents: { except: ['lm'] } })).toEqual(['a', 'b', 'd']);
    expect(shown({ publishers: { only: ['Reuters'] } })).toEqual(['a', 'b']);
    expect(shown({ publishers: { except: ['Reuters'] } })).toEqual(['b', 'c', 'd']);
  });

  it('filters by precision class, timing, actor and date range', () => {
    expect(precisionClassOf('year')).toBe('approximate');
    expect(shown({ precision: ['exact'] })).toEqual(['a', 'c']);
    expect(shown({ timing: ['future'] })).toEqual(['c']);
    expect(shown({ actors: ['fr'] })).toEqual(['b']);
    // b (Dec 12-31) overlaps Dec 21..22; a range open on one side.
    expect(shown({ range: { from: '2022-12-21', to: '2022-12-22' } })).toEqual(['b']);
    expect(shown({ range: { from: null, to: '2022-12-11' } })).toEqual(['a']);
  });

  it('intersects with the search matches', () => {
    expect(shown({ timing: ['past'] }, new Set(['a', 'c', 'd']))).toEqual(['a', 'd']);
  });

  it('resolves aliases', () => {
    expect(eventNamed(index, 'old-c')?.id).toBe('c');
    expect(eventNamed(index, 'c')?.id).toBe('c');
    expect(eventNamed(index, 'zzz')).toBeUndefined();
  });
});

describe('facetCounts', () => {
  it('counts each option among the events the other filters leave', () => {
    const counts = facetCounts(index, { filters: { ...NO_FILTERS, timing: ['past'], documents: { only: ['r1'] } }, matches: null });
    // Sources ignore their own filter: past events per document.
    expect(Object.fromEntries(counts.documents)).toEqual({ r1: 1, r2: 1, lm: 1, np: 1 });
    expect(Object.fromEntries(counts.publishers)).toEqual({ Reuters: 2, 'Le Monde': 1 });
    // Timing ignores its own filter but not the document one.
    expect(counts.timing).toEqual({ past: 1, ongoing: 0, future: 0 });
    expect(counts.precision).toEqual({ exact: 1, approximate: 0, reported: 0 });
    expect(Object.fromEntries(counts.actors)).toEqual({ eu: 1 });
  });

  it('counts an event once per document, publisher and actor however often it names them', () => {
    const repeated = buildCorpusIndex({
      ...index.data,
      events: [testEvent('x', '2022-12-10', { sources: [src('r1'), src('r2'), src('r1'), src('lm')], actors: ['eu', 'fr', 'eu'] })],
    });
    const counts = facetCounts(repeated, SHOW_ALL);
    expect(Object.fromEntries(counts.documents)).toEqual({ r1: 1, r2: 1, lm: 1 });
    expect(Object.fromEntries(counts.publishers)).toEqual({ Reuters: 1, 'Le Monde': 1 });
    expect(Object.fromEntries(counts.actors)).toEqual({ eu: 1, fr: 1 });
  });
});
