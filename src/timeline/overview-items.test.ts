import { describe, expect, it } from 'vitest';
import { BRUSH_ID, mostSalient, overviewItems } from './overview-items.ts';
import type { TimelineItem } from './timeline-items.ts';

const point = (id: string, start: string, rank = 0): TimelineItem => ({
  id,
  eventId: id,
  label: `Event ${id}`,
  kind: 'point',
  start,
  endExclusive: null,
  className: 'sl-item',
  rank,
});

describe('overviewItems', () => {
  const events = [point('a', '2020-11-09', 5), point('b', '2022-12-12', 1), point('c', '2022-12-14', 9), point('d', '2022-12-24')];
  const items = overviewItems(events, { from: '2020-01-01', to: '2023-01-01' }, 300, { from: '2022-12-01', to: '2022-12-31' });

  it('bins events over the span, the densest bar full height', () => {
    const bars = items.filter((i) => i.kind === 'bar');
    expect(bars.reduce((n, b) => n + Number(b.title?.match(/^\d+/)?.[0]), 0)).toBe(4);
    expect(Math.max(...bars.map((b) => b.level ?? 0))).toBe(1);
    expect(bars[0]?.title).toMatch(/^1 event in /);
  });

  it('ticks the most important events, and draws the brush', () => {
    const ticks = items.filter((i) => i.kind === 'tick').map((i) => i.title);
    expect(ticks.slice(0, 2)).toEqual(['Event c', 'Event a']);
    expect(items.find((i) => i.id === BRUSH_ID)).toMatchObject({ kind: 'brush', start: '2022-12-01', endExclusive: '2022-12-31' });
  });
});

describe('mostSalient', () => {
  it('keeps the k best-ranked events, best first and the earlier of equals first, as a full sort would', () => {
    // Ranks with many ties, and a count item (no event) that never counts.
    const all = Array.from({ length: 300 }, (_, i) => point(`e${i}`, '2020-01-01', (i * 37) % 11));
    all.splice(40, 0, { ...point('count', '2020-01-01', 99), eventId: null });
    const sorted = all
      .filter((e) => e.eventId !== null)
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (b.e.rank ?? 0) - (a.e.rank ?? 0) || a.i - b.i)
      .map(({ e }) => e.id);
    for (const k of [1, 5, 24, 299, 400]) expect(mostSalient(all, k).map((e) => e.id)).toEqual(sorted.slice(0, k));
  });
});
