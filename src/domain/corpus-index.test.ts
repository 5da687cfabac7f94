import { describe, expect, it } from 'vitest';
import { compareDays } from './calendar.ts';
import { buildCorpusIndex, type CorpusIndexData } from './corpus-index.ts';
import { testEvent } from './test-events.ts';

/** A deterministic mix of days, ranges and ties (no randomness: the same events every run). */
function events(n: number) {
  const days = ['0099-12-31', '1999-01-01', '2022-12-01', '2022-12-02', '2022-12-31', '9999-12-31'];
  return Array.from({ length: n }, (_, i) => {
    const start = days[(i * 7) % days.length] as string;
    const later = days.filter((d) => d > start);
    const end = i % 3 === 0 && later.length > 0 ? (later[i % later.length] as string) : null;
    return testEvent(`e${i}`, start, { end });
  });
}

const data = (list: ReturnType<typeof events>): CorpusIndexData => ({ documents: [], events: list, actors: [], warnings: [] });

describe('buildCorpusIndex', () => {
  it('orders events by first day, then last day, then corpus order', () => {
    const list = events(200);
    const expected = [...list].sort(
      (a, b) => compareDays(a.start, b.start) || compareDays(a.end ?? a.start, b.end ?? b.start) || list.indexOf(a) - list.indexOf(b),
    );
    const index = buildCorpusIndex(data(list));
    expect(index.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(index.positionById.get(expected[17]?.id ?? '')).toBe(17);
  });

  it('keeps the first of two events with one id, and lists a document once per event', () => {
    const first = testEvent('same', '2022-12-02');
    const twice = testEvent('twice', '2022-12-01', { sources: [...first.sources, ...first.sources] });
    const index = buildCorpusIndex(data([first, testEvent('same', '2022-12-01'), twice]));
    expect(index.events.map((e) => e.id)).toEqual(['twice', 'same']);
    expect(index.eventById.get('same')).toBe(first);
    const docId = first.sources[0]?.docId ?? '';
    expect(index.eventsByDocument.get(docId)?.map((e) => e.id)).toEqual(['twice', 'same']);
  });

  it('builds once per data object', () => {
    const d = data(events(10));
    expect(buildCorpusIndex(d)).toBe(buildCorpusIndex(d));
    expect(buildCorpusIndex({ ...d })).not.toBe(buildCorpusIndex(d));
  });
});
