import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar.ts';
import {
  aggregateItems,
  bucketUnitFor,
  buildItemIndex,
  countStarting,
  dayNumberOf,
  describePeriod,
  isAggregateId,
  lowerBound,
  periodStart,
  shownItems,
  type ShownItemsQuery,
} from './item-window.ts';
import type { TimelineItem } from './timeline-items.ts';

function point(id: string, start: string): TimelineItem {
  return { id, label: id, kind: 'point', start, endExclusive: null, className: 'sl-item sl-item--exact', reported: false };
}

function range(id: string, start: string, endExclusive: string): TimelineItem {
  return { id, label: id, kind: 'range', start, endExclusive, className: 'sl-item sl-item--approximate', reported: false };
}

/** One point a day from `first`, ids e0, e1, ... */
function daily(first: string, count: number): TimelineItem[] {
  return Array.from({ length: count }, (_, i) => point(`e${i}`, addDays(first, i)));
}

const query = (from: string, to: string, extra: Partial<ShownItemsQuery> = {}): ShownItemsQuery => ({
  from,
  to,
  cap: 400,
  maxBucketsPerWindow: 20,
  selectedId: null,
  ...extra,
});

const ids = (items: readonly TimelineItem[]): string[] => items.map((i) => i.id);

describe('dayNumberOf', () => {
  it('counts days from 1970-01-01, across leap days', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('2000-03-01') - dayNumberOf('2000-02-28')).toBe(2);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
  });
});

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
  it('returns the window and a margin of up to one window width each side, in date order', () => {
    const index = buildItemIndex(daily('2022-12-01', 40));
    // Window Dec 11..Dec 20 (to is exclusive): the margin reaches Dec 1..Dec 30.
    const shown = shownItems(index, query('2022-12-11', '2022-12-21'));
    expect(shown.aggregatedBy).toBeNull();
    expect(shown.inWindow).toBe(10);
    expect(ids(shown.items)).toEqual(Array.from({ length: 30 }, (_, i) => `e${i}`));
  });

  it('sorts items given out of order', () => {
    const index = buildItemIndex([point('late', '2022-12-20'), point('early', '2022-12-02')]);
    expect(ids(shownItems(index, query('2022-12-01', '2022-12-31')).items)).toEqual(['early', 'late']);
  });

  it('keeps a range that started before the window and still covers it', () => {
    const index = buildItemIndex([
      range('long', '2020-01-01', '2023-01-01'),
      ...daily('2021-01-01', 5),
      point('in', '2022-12-10'),
    ]);
    const shown = shownItems(index, query('2022-12-01', '2022-12-31', { cap: 2 }));
    expect(ids(shown.items)).toEqual(['long', 'in']);
    expect(shown.inWindow).toBe(2);
  });

  it('drops a range that ended before the window unless the margin has room for it', () => {
    const index = buildItemIndex([range('over', '2022-11-01', '2022-11-20'), point('in', '2022-12-10')]);
    expect(ids(shownItems(index, query('2022-12-01', '2022-12-31', { cap: 1 })).items)).toEqual(['in']);
  });

  it('fills the margin nearest the window first, within the cap', () => {
    const index = buildItemIndex(daily('2022-12-01', 30));
    // Window Dec 11..Dec 20 holds 10; the cap leaves 4: two before (Dec 9, 10), two after (Dec 21, 22).
    const shown = shownItems(index, query('2022-12-11', '2022-12-21', { cap: 14 }));
    expect(ids(shown.items)).toEqual(['e8', 'e9', ...Array.from({ length: 10 }, (_, i) => `e${i + 10}`), 'e20', 'e21']);
  });

  it('shows per-period counts when the window holds more than the cap', () => {
    const index = buildItemIndex(daily('2022-01-01', 365));
    const shown = shownItems(index, query('2022-01-01', '2023-01-01', { cap: 100, maxBucketsPerWindow: 20 }));
    expect(shown.aggregatedBy).toBe('month');
    expect(shown.inWindow).toBe(365);
    expect(shown.items.every((item) => item.kind === 'aggregate' && isAggregateId(item.id))).toBe(true);
    const total = shown.items.reduce((sum, item) => sum + Number(item.title?.match(/^([\d,]+)/)?.[1]?.replace(/,/g, '')), 0);
    expect(total).toBe(365);
    expect(shown.items[0]).toMatchObject({ start: '2022-01-01', endExclusive: '2022-02-01', label: '31' });
    expect(shown.items[0]?.title).toBe('31 events in January 2022: click to zoom in');
  });

  it('keeps the selected event over the counts', () => {
    const index = buildItemIndex(daily('2022-01-01', 365));
    const shown = shownItems(index, query('2022-01-01', '2023-01-01', { cap: 100, selectedId: 'e40' }));
    expect(shown.items.filter((item) => item.kind !== 'aggregate').map((i) => i.id)).toEqual(['e40']);
  });

  it('adds the selected event when it lies outside the window and margin', () => {
    const index = buildItemIndex([point('far', '1990-01-01'), point('near', '2022-12-10')]);
    expect(ids(shownItems(index, query('2022-12-01', '2022-12-31', { selectedId: 'far' })).items)).toEqual(['near', 'far']);
  });

  it('returns nothing for an empty corpus', () => {
    expect(shownItems(buildItemIndex([]), query('2022-12-01', '2022-12-31')).items).toEqual([]);
  });
});

describe('periods', () => {
  it('picks the finest unit that keeps the count of periods per window within the limit', () => {
    expect(bucketUnitFor(10, 20)).toBe('day');
    expect(bucketUnitFor(60, 20)).toBe('week');
    expect(bucketUnitFor(365, 20)).toBe('month');
    expect(bucketUnitFor(365 * 2, 20)).toBe('quarter');
    expect(bucketUnitFor(365 * 35, 20)).toBe('lustrum');
    expect(bucketUnitFor(365 * 35, 5)).toBe('decade');
    expect(bucketUnitFor(365 * 35, 40)).toBe('year');
  });

  it('starts weeks on Monday, months on the 1st, decades on years ending in 0', () => {
    expect(periodStart('2022-12-24', 'week')).toBe('2022-12-19'); // a Saturday
    expect(periodStart('2022-12-19', 'week')).toBe('2022-12-19'); // a Monday
    expect(periodStart('2022-12-24', 'month')).toBe('2022-12-01');
    expect(periodStart('2022-12-24', 'year')).toBe('2022-01-01');
    expect(periodStart('2022-12-24', 'quarter')).toBe('2022-10-01');
    expect(periodStart('2022-03-31', 'quarter')).toBe('2022-01-01');
    expect(periodStart('2004-06-01', 'lustrum')).toBe('2000-01-01');
    expect(periodStart('1999-06-01', 'decade')).toBe('1990-01-01');
  });

  it('words periods for tooltips', () => {
    expect(describePeriod('2022-12-24', 'day')).toBe('December 24, 2022');
    expect(describePeriod('2022-12-19', 'week')).toBe('the week of December 19, 2022');
    expect(describePeriod('2022-12-01', 'month')).toBe('December 2022');
    expect(describePeriod('2022-10-01', 'quarter')).toBe('October–December 2022');
    expect(describePeriod('2000-01-01', 'lustrum')).toBe('2000–2004');
    expect(describePeriod('1990-01-01', 'decade')).toBe('the 1990s');
  });

  it('counts each event in the period of its start and skips empty periods', () => {
    const index = buildItemIndex([point('a', '2022-01-30'), range('b', '2022-01-31', '2022-03-01'), point('c', '2022-03-05')]);
    const items = aggregateItems(index, '2022-01-01', '2022-03-31', 'month');
    expect(items.map((i) => [i.start, i.label])).toEqual([
      ['2022-01-01', '2'],
      ['2022-03-01', '1'],
    ]);
    expect(items[0]?.className).toBe('sl-aggregate sl-aggregate--5');
    expect(items[1]?.className).toBe('sl-aggregate sl-aggregate--3');
  });

  it('gives aggregate ids that no event id can take', () => {
    const [item] = aggregateItems(buildItemIndex([point('a', '2022-01-30')]), '2022-01-01', '2022-01-31', 'month');
    expect(item?.id).toBe('#period/month/2022-01-01');
    expect(/^[A-Za-z0-9_.:-]+$/.test(item?.id ?? '')).toBe(false);
  });
});
