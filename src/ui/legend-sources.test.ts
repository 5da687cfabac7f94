import { describe, expect, it } from 'vitest';
import { legendSources, MAX_LEGEND_SOURCES } from './legend-sources.ts';
import type { SourceInfo } from './source-info.ts';

const source = (i: number): SourceInfo => ({ id: `d${i}`, title: `Document ${i}`, publisher: null, slot: i % 8, name: `D${i}` });

describe('legendSources', () => {
  it('keeps every source of a small corpus, in its order', () => {
    const sources = [source(2), source(0), source(1)];
    expect(legendSources(sources, new Map())).toBe(sources);
  });

  it('keeps the sources with most events of a large one, in corpus order, ties to the earlier', () => {
    const sources = Array.from({ length: 100 }, (_, i) => source(i));
    // d99 has most events, then d50; every other source one event, d0 none.
    const counts = new Map(sources.map((s, i) => [s.id, i === 0 ? 0 : 1]));
    counts.set('d99', 30).set('d50', 20);
    const kept = legendSources(sources, counts).map((s) => s.id);
    expect(kept).toHaveLength(MAX_LEGEND_SOURCES);
    expect(kept).toContain('d99');
    expect(kept).toContain('d50');
    expect(kept).not.toContain('d0');
    // The rest are the earliest sources with one event: d1, d2, ...
    expect(kept.filter((id) => id !== 'd50' && id !== 'd99')).toEqual(Array.from({ length: MAX_LEGEND_SOURCES - 2 }, (_, i) => `d${i + 1}`));
    expect(kept.indexOf('d50')).toBeLessThan(kept.indexOf('d99'));
  });
});
