import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../domain/corpus-index.ts';
import type { EventSource } from '../domain/corpus.ts';
import { testEvent } from '../domain/test-events.ts';
import { lanesFor } from './lanes.ts';
import { sourceStyles } from './source-styles.ts';

const src = (docId: string): EventSource => ({ docId, quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' } });
const data = {
  documents: [
    { id: 'r1', path: 'r1.md', title: 'Storm night', published: '2022-12-24', publisher: 'Reuters' },
    { id: 'r2', path: 'r2.md', title: 'Power back', published: '2022-12-24', publisher: 'Reuters' },
    { id: 'x', path: 'x.txt', title: 'Plain text', published: '2022-12-24' },
  ],
  events: [
    testEvent('a', '2022-12-10', { sources: [src('r1'), src('x')], actors: ['eu'] }),
    testEvent('b', '2022-12-12', { sources: [src('r2')], actors: [] }),
  ],
  actors: [{ id: 'eu', name: 'European Union', kind: 'organization' as const, aliases: [], events: 1 }],
  warnings: [],
};
const index = buildCorpusIndex(data);
const styles = sourceStyles(index.documents);

describe('lanesFor', () => {
  it('has none without a lane mode', () => {
    expect(lanesFor(null, index, index.events, styles)).toBeNull();
  });

  it('draws an event in the lane of each of its documents, telling a publisher’s documents apart', () => {
    const lanes = lanesFor('document', index, index.events, styles);
    expect(lanes?.lanes.map((l) => l.label)).toEqual(['Reuters: Storm night', 'Reuters: Power back', 'Plain text']);
    expect(lanes?.lanesOf(index.events[0]!)).toEqual(['doc:r1', 'doc:x']);
    expect(lanes?.laneSourceOf?.(index.events[0]!, 'doc:x')).toBe('x');
  });

  it('groups by publisher, documents without one last', () => {
    const lanes = lanesFor('publisher', index, index.events, styles);
    expect(lanes?.lanes.map((l) => l.label)).toEqual(['Reuters', 'No publisher']);
    expect(lanes?.lanesOf(index.events[0]!)).toEqual(['pub:Reuters', 'pub:none']);
    // In a publisher's lane the item stands for that publisher's report.
    expect(lanes?.laneSourceOf?.(index.events[0]!, 'pub:none')).toBe('x');
    expect(lanes?.laneSourceOf?.(index.events[0]!, 'pub:Reuters')).toBe('r1');
  });

  it('groups by actor, with a lane for events that name none', () => {
    const lanes = lanesFor('actor', index, index.events, styles);
    expect(lanes?.lanes.map((l) => l.label)).toEqual(['European Union', 'No actor named']);
    expect(lanes?.lanesOf(index.events[1]!)).toEqual(['actor:none']);
  });
});
