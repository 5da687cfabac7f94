import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar.ts';
import { dayNumberOf } from '../domain/calendar-period.ts';
import { buildItemIndex, countStarting, isAggregateId, lowerBound, shownItems, type ShownItemsQuery } from './item-window.ts';
import type { TimelineItem } from './timeline-items.ts';

function point(id: string, start: string, rank = 0, group?: string): TimelineItem {
  return {
    id,
    eventId: id,
    label: id,
    kind: 'point',
    start,
    endExclusive: null,
    className: 'sl-item sl-item--exact',
    rank,
    ...(group === undefined ? {} : { group }),
  };
}

function range(id: string, start: string, endExclusive: string): TimelineItem {
  return { id, eventId: id, label: id, kind: 'range', start, endExclusive, className: 'sl-item sl-item--approximate' };
}

/** One point a day from `first`, ids e0, e1, ... */
function daily(first: string, count: number): TimelineItem[] {
  return Array.from({ length: count }, (_, i) => point(`e${i}`, addDays(first, i)));
}

/** 800 px wide, 100 px cells: a cell per 1/8 of the window; no narrow-range rule unless asked. */
const query = (from: string, to: string, extra: Partial<ShownItemsQuery> = {}): ShownItemsQuery => ({
  from,
  to,
  widthPx: 800,
  cap: 400,
  cellPx: 100,
  labelPx: 100,
  perCell: 6,
  selectedEventId: null,
  minRangePx: 0,
  ...extra,
});

const ids = (items: readonly TimelineItem[]): string[] => items.map((i) => i.id);
const events = (items: readonly TimelineItem[]): string[] => items.filter((i) => i.eventId !== null).map((i) => i.id);

describe('lowerBound and countStarting', () => {
  it('finds the first value not below the probe', () => {
    const values = Int32Array.from([1, 3, 3, 7]);
    expect(lowerBound(values, 0)).toBe(0);
    expect(lowerBound(values, 3)).toBe(1);
    expect(lowerBound(values, 4)).toBe(3);
    expect(lowerBound(values, 8)).toBe(4);
  });

  it('counts items starting inside an inclusive day range', () => {
    const index = buildItemIndex(daily('2022-12-01', 10));
    expect(countStarting(index, dayNumberOf('2022-12-03'), dayNumberOf('2022-12-05'))).toBe(3);
    expect(countStarting(index, dayNumberOf('2023-01-01'), dayNumberOf('2023-02-01'))).toBe(0);
  });
});

describe('shownItems', () => {
  it('returns the window and a margin of one window width each side, in date order', () => {
    const index = buildItemIndex(daily('2022-12-01', 40));
    // Window Dec 11..Dec 20 (to is exclusive): the margin reaches Dec 1..Dec 30.
    const shown = shownItems(index, query('2022-12-11', '2022-12-21'));
    expect(shown.countedBy).toBeNull();
    expect(shown.inWindow).toBe(10);
    expect(ids(shown.items)).toEqual(Array.from({ length: 30 }, (_, i) => `e${i}`));
  });

  it('sorts items given out of order', () => {
    const index = buildItemIndex([point('late', '2022-12-20'), point('early', '2022-12-02')]);
    expect(ids(shownItems(index, query('2022-12-01', '2022-12-31')).items)).toEqual(['early', 'late']);
  });

  it('keeps a range that started before the window and still covers it', () => {
    const index = buildItemIndex([range('long', '2020-01-01', '2023-01-01'), ...daily('2021-01-01', 5), point('in', '2022-12-10')]);
    const shown = shownItems(index, query('2022-12-01', '2022-12-31'));
    expect(ids(shown.items)).toEqual(['long', 'in']);
    expect(shown.inWindow).toBe(2);
  });

  it('labels the most important events of a dense period and counts the rest', () => {
    // 20 events on one day, ranks 0..19; cells hold 6: the 5 of highest rank and a count of 15.
    const dense = Array.from({ length: 20 }, (_, i) => point(`d${i}`, '2022-12-12', i));
    const shown = shownItems(buildItemIndex(dense), query('2022-12-10', '2022-12-18'));
    expect(events(shown.items).sort()).toEqual(['d15', 'd16', 'd17', 'd18', 'd19']);
    const counts = shown.items.filter((i) => i.kind === 'aggregate');
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({ label: '+15', start: '2022-12-12', endExclusive: '2022-12-13' });
    expect(counts[0]?.title).toBe('15 more events in December 12, 2022: click to zoom in');
    expect(isAggregateId(counts[0]?.id ?? '')).toBe(true);
    expect(shown.counted).toBe(15);
    expect(shown.countedBy).toBe('day');
  });

  it('keeps the selected event drawn even when it ranks low', () => {
    const dense = Array.from({ length: 20 }, (_, i) => point(`d${i}`, '2022-12-12', i));
    const shown = shownItems(buildItemIndex(dense), query('2022-12-10', '2022-12-18', { selectedEventId: 'd0' }));
    expect(events(shown.items)).toContain('d0');
    expect(events(shown.items)).toHaveLength(5);
    expect(shown.counted).toBe(15);
  });

  it('counts per lane', () => {
    const items = [
      ...Array.from({ length: 8 }, (_, i) => point(`a${i}`, '2022-12-12', i, 'A')),
      point('b0', '2022-12-12', 0, 'B'),
    ];
    const shown = shownItems(buildItemIndex(items), query('2022-12-10', '2022-12-18'));
    expect(events(shown.items)).toContain('b0');
    expect(shown.items.filter((i) => i.kind === 'aggregate').map((i) => [i.group, i.label])).toEqual([['A', '+3']]);
  });

  it('says how many of the window\'s events are in boxes: its events less those labelled, even where its edges cut a period', () => {
    // Monthly boxes; the window starts and ends inside a month, so the two edge months hold events outside it.
    const index = buildItemIndex(daily('2022-01-01', 365));
    const shown = shownItems(index, query('2022-01-20', '2022-07-10', { cap: 100, cellPx: 66 }));
    expect(shown.countedBy).toBe('month');
    const from = dayNumberOf('2022-01-20');
    const to = dayNumberOf('2022-07-10');
    const labelledHere = shown.items.filter((i) => i.eventId !== null && dayNumberOf(i.start) >= from && dayNumberOf(i.start) < to).length;
    expect(shown.inWindow).toBe(to - from);
    expect(labelledHere).toBeGreaterThan(0);
    expect(shown.counted).toBe(shown.inWindow - labelledHere);
  });

  it('never hands vis more than the cap: a year of daily events becomes monthly counts', () => {
    const index = buildItemIndex(daily('2022-01-01', 365));
    const shown = shownItems(index, query('2022-01-01', '2023-01-01', { cap: 30, cellPx: 66 }));
    expect(shown.countedBy).toBe('month');
    expect(shown.inWindow).toBe(365);
    expect(shown.items.length).toBeLessThanOrEqual(30 + 36);
    expect(shown.items[0]).toMatchObject({ kind: 'aggregate', start: '2022-01-01', endExclusive: '2022-02-01', label: '31' });
    expect(shown.items[0]?.title).toBe('31 events in January 2022: click to zoom in');
  });

  it('adds the selected event when it lies outside the window and margin', () => {
    const index = buildItemIndex([point('far', '1990-01-01'), point('near', '2022-12-10')]);
    expect(ids(shownItems(index, query('2022-12-01', '2022-12-31', { selectedEventId: 'far' })).items)).toEqual(['far', 'near']);
  });

  it('draws a range too narrow for its label as a point with a bar of its width', () => {
    /** An item whose tooltip is a getter on its class, as event items' are (built when first read). */
    class LazyTip {
      constructor(base: TimelineItem) {
        Object.assign(this, base);
      }
      get title(): string {
        return 'the tooltip';
      }
    }
    const r = new LazyTip(range('r', '2022-12-12', '2022-12-15')) as unknown as TimelineItem;
    const index = buildItemIndex([r, range('wide', '2022-12-01', '2022-12-20')]);
    // 31 days over 800 px: ~26 px a day; the 3-day range is ~77 px, under 96.
    const shown = shownItems(index, query('2022-12-01', '2023-01-01', { minRangePx: 96 }));
    expect(shown.items.find((i) => i.id === 'r')).toMatchObject({ kind: 'point', spanPx: 77 });
    // Drawn as a point, it keeps its tooltip (built from the event when read).
    expect(shown.items.find((i) => i.id === 'r')?.title).toBe('the tooltip');
    expect(shown.items.find((i) => i.id === 'r')?.className).toContain('sl-item--span');
    expect(shown.items.find((i) => i.id === 'wide')?.kind).toBe('range');
  });

  it('returns nothing for an empty corpus', () => {
    expect(shownItems(buildItemIndex([]), query('2022-12-01', '2022-12-31')).items).toEqual([]);
  });
});
