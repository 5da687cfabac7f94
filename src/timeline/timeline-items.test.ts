import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/corpus.ts';
import { diffItems, toTimelineItem, toTimelineItems, type TimelineItem } from './timeline-items.ts';

function event(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    title: `Event ${overrides.id}`,
    start: '2022-12-12',
    end: null,
    precision: 'day',
    timing: 'past',
    aliases: [],
    uncertain: false,
    salience: 0,
    actors: [],
    sources: [{ docId: 'd', quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' } }],
    ...overrides,
  };
}

describe('toTimelineItem', () => {
  it('draws a stated day as an exact point', () => {
    expect(toTimelineItem(event({ id: 'a' }))).toEqual({
      id: 'a',
      label: 'Event a',
      kind: 'point',
      start: '2022-12-12',
      endExclusive: null,
      className: 'sl-item sl-item--exact',
      reported: false,
    });
  });

  it('draws a month as an approximate range whose vis end is the day after its last day', () => {
    const item = toTimelineItem(event({ id: 'm', start: '2022-12-01', end: '2022-12-31', precision: 'month' }));
    expect(item.kind).toBe('range');
    expect(item.endExclusive).toBe('2023-01-01');
    expect(item.className).toBe('sl-item sl-item--approximate');
  });

  it('draws an ongoing span from a stated day as an exact range marked ongoing', () => {
    const item = toTimelineItem(event({ id: 'o', start: '2022-12-12', end: '2022-12-24', timing: 'ongoing' }));
    expect(item).toMatchObject({ kind: 'range', endExclusive: '2022-12-25', className: 'sl-item sl-item--exact sl-item--ongoing' });
  });

  it('keeps a one-day approximate interval a point, but hatched', () => {
    const item = toTimelineItem(event({ id: 'x', start: '2022-12-05', end: '2022-12-05', precision: 'approximate' }));
    expect(item.kind).toBe('point');
    expect(item.className).toContain('sl-item--approximate');
  });

  it('marks reported events', () => {
    const item = toTimelineItem(event({ id: 'r', precision: 'reported', start: '2022-12-24' }));
    expect(item.reported).toBe(true);
    expect(item.className).toBe('sl-item sl-item--approximate sl-item--reported');
  });

  it('keeps hostile titles as plain data (rendering uses textContent)', () => {
    const title = '<img src=x onerror="window.__pwned=1">';
    expect(toTimelineItem(event({ id: 'h', title })).label).toBe(title);
  });

  it('maps every event in order', () => {
    const items = toTimelineItems([event({ id: 'a' }), event({ id: 'b', timing: 'future' })]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[1]?.className).toBe('sl-item sl-item--exact sl-item--future');
  });
});

describe('diffItems', () => {
  const a = toTimelineItem(event({ id: 'a' }));
  const b = toTimelineItem(event({ id: 'b' }));
  const c = toTimelineItem(event({ id: 'c' }));

  it('is empty when nothing changed', () => {
    expect(diffItems([a, b], [b, a])).toEqual({ add: [], update: [], remove: [] });
  });

  it('adds, updates and removes by id', () => {
    const b2: TimelineItem = { ...b, label: 'Renamed' };
    expect(diffItems([a, b], [b2, c])).toEqual({ add: [c], update: [b2], remove: ['a'] });
  });

  it('starts from nothing and ends with nothing', () => {
    expect(diffItems([], [a, b])).toEqual({ add: [a, b], update: [], remove: [] });
    expect(diffItems([a, b], [])).toEqual({ add: [], update: [], remove: ['a', 'b'] });
  });

  it('notices a changed date or class', () => {
    const moved: TimelineItem = { ...a, start: '2022-12-13' };
    const restyled: TimelineItem = { ...b, className: 'sl-item sl-item--approximate' };
    expect(diffItems([a, b], [moved, restyled]).update).toEqual([moved, restyled]);
  });

  it('keeps only the first of duplicate ids, which a DataSet would refuse', () => {
    const dup: TimelineItem = { ...a, label: 'second a' };
    expect(diffItems([], [a, dup])).toEqual({ add: [a], update: [], remove: [] });
    expect(diffItems([a], [a, dup])).toEqual({ add: [], update: [], remove: [] });
  });

  it('diffs 100k items in linear time without blowing the stack', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...a, id: `e${i}` }));
    const changed = many.map((item, i) => (i % 1000 === 0 ? { ...item, label: 'changed' } : item));
    const diff = diffItems(many, changed);
    expect(diff.update).toHaveLength(100);
    expect(diff.add).toHaveLength(0);
    expect(diff.remove).toHaveLength(0);
  });
});
