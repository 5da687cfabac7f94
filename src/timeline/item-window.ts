import { addDays, addMonths, addYears, type IsoDay } from '../domain/calendar.ts';
import { describeEventDate } from '../domain/event-date-label.ts';
import type { TimelineItem } from './timeline-items.ts';

/**
 * Which items vis-timeline is given: only those near the visible window, and per-period counts
 * instead of items when the window holds too many to draw. vis lays out and stacks every item it
 * holds (superlinearly: 5,000 items took ~44 s to fit), so the widget must never hold the corpus.
 *
 * Pure and O(log n + k) per call (k = items returned) over an index built once per corpus in
 * O(n log n): a panning or zooming timeline can call it on every settled range change.
 */

/**
 * The most events handed to vis at once. Measured on the production build (2-core machine, headless
 * Chromium): vis stays fluid with a few hundred items and took ~44 s to lay out 5,000.
 */
export const MAX_SHOWN_EVENTS = 400;

/** Items are looked up by day numbers (days since 1970-01-01), so comparisons are integer ones. */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumberOf(day: IsoDay): DayNumber {
  // Sliced rather than parsed with Date: `YYYY-MM-DD` is validated at the corpus boundary.
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

export interface ItemIndex {
  /** The items sorted by start (then by the order given). */
  readonly items: readonly TimelineItem[];
  readonly starts: Int32Array;
  /** Last day of each item (its start for a point). */
  readonly lasts: Int32Array;
  /**
   * `reach[i]`: the latest last day among items 0..i. Non-decreasing, so a binary search finds the
   * first item that can still overlap a window even when a long range started well before it.
   */
  readonly reach: Int32Array;
  /** Position of each item id in `items`. */
  readonly positionById: ReadonlyMap<string, number>;
}

function lastDayNumber(item: TimelineItem, start: DayNumber): DayNumber {
  return item.endExclusive === null ? start : Math.max(start, dayNumberOf(item.endExclusive) - 1);
}

export function buildItemIndex(items: readonly TimelineItem[]): ItemIndex {
  const keyed = items.map((item, order) => ({ item, order, start: dayNumberOf(item.start) }));
  keyed.sort((a, b) => a.start - b.start || a.order - b.order);
  const n = keyed.length;
  const starts = new Int32Array(n);
  const lasts = new Int32Array(n);
  const reach = new Int32Array(n);
  let furthest = Number.NEGATIVE_INFINITY;
  keyed.forEach(({ item, start }, i) => {
    starts[i] = start;
    const last = lastDayNumber(item, start);
    lasts[i] = last;
    furthest = Math.max(furthest, last);
    reach[i] = furthest;
  });
  const sorted = keyed.map((k) => k.item);
  return { items: sorted, starts, lasts, reach, positionById: new Map(sorted.map((item, i) => [item.id, i])) };
}

/** First index whose value is >= `value` in a non-decreasing array (its length when none). */
export function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of items whose start lies in `from..to` (inclusive day numbers). O(log n). */
export function countStarting(index: ItemIndex, from: DayNumber, to: DayNumber): number {
  return Math.max(0, lowerBound(index.starts, to + 1) - lowerBound(index.starts, from));
}

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'lustrum' | 'decade' | 'century' | 'millennium';

/** Approximate length of each unit in days, to pick one for a window width. */
const UNIT_DAYS: ReadonlyArray<readonly [BucketUnit, number]> = [
  ['day', 1],
  ['week', 7],
  ['month', 30.44],
  ['quarter', 91.31],
  ['year', 365.25],
  ['lustrum', 1826.25],
  ['decade', 3652.5],
  ['century', 36525],
  ['millennium', 365250],
];

/** The finest unit that cuts a window of `days` into at most `maxBuckets` periods. */
export function bucketUnitFor(days: number, maxBuckets: number): BucketUnit {
  for (const [unit, length] of UNIT_DAYS) if (days / length <= Math.max(1, maxBuckets)) return unit;
  return 'millennium';
}

/** The first day of the period of `unit` that holds `day` (weeks start on Monday, as ISO weeks do). */
export function periodStart(day: IsoDay, unit: BucketUnit): IsoDay {
  const year = Number(day.slice(0, 4));
  const yearStart = (y: number): IsoDay => `${String(y).padStart(4, '0')}-01-01`;
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      const weekday = (((dayNumberOf(day) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
      return addDays(day, -weekday);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter': {
      const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
      return `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
    }
    case 'year':
      return yearStart(year);
    case 'lustrum':
      return yearStart(Math.floor(year / 5) * 5);
    case 'decade':
      return yearStart(Math.floor(year / 10) * 10);
    case 'century':
      return yearStart(Math.floor(year / 100) * 100);
    case 'millennium':
      return yearStart(Math.floor(year / 1000) * 1000);
  }
}

function nextPeriod(start: IsoDay, unit: BucketUnit): IsoDay {
  switch (unit) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
    case 'quarter':
      return addMonths(start, 3);
    case 'year':
      return addYears(start, 1);
    case 'lustrum':
      return addYears(start, 5);
    case 'decade':
      return addYears(start, 10);
    case 'century':
      return addYears(start, 100);
    case 'millennium':
      return addYears(start, 1000);
  }
}

const describeDay = (day: IsoDay): string => describeEventDate({ start: day, end: null, precision: 'day', timing: 'past' });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A period in words: "December 24, 2022", "the week of December 19, 2022", "December 2022",
 * "October–December 2022", "2022", "2000–2004", "the 1990s".
 */
export function describePeriod(start: IsoDay, unit: BucketUnit): string {
  const year = start.slice(0, 4).replace(/^0+(?=\d)/, '');
  const month = MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7);
  switch (unit) {
    case 'day':
      return describeDay(start);
    case 'week':
      return `the week of ${describeDay(start)}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${month}–${MONTHS[Number(start.slice(5, 7)) + 1] ?? ''} ${year}`;
    case 'year':
      return year;
    case 'lustrum':
      return `${year}–${Number(year) + 4}`;
    case 'decade':
    case 'century':
    case 'millennium':
      return `the ${year}s`;
  }
}

/** The id of an aggregate item: `#` cannot occur in an event id (`[A-Za-z0-9_.:-]+`), so the two never clash. */
const AGGREGATE_ID_PREFIX = '#period/';

export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_ID_PREFIX);
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');

function aggregateItem(unit: BucketUnit, start: IsoDay, endExclusive: IsoDay, count: number, densest: number): TimelineItem {
  // Five shades, so a dense month stands out among sparse ones without a number to read.
  const shade = Math.min(5, Math.max(1, Math.ceil((count / Math.max(1, densest)) * 5)));
  const noun = count === 1 ? 'event' : 'events';
  return {
    id: `${AGGREGATE_ID_PREFIX}${unit}/${start}`,
    label: compact.format(count),
    kind: 'aggregate',
    start,
    endExclusive,
    className: `sl-aggregate sl-aggregate--${shade}`,
    reported: false,
    title: `${whole.format(count)} ${noun} in ${describePeriod(start, unit)}: click to zoom in`,
  };
}

/**
 * Counts per period of `unit` over `from..to` (inclusive), one aggregate item per non-empty period.
 * An event is counted in the period of its start. O(p log n) for p periods.
 */
export function aggregateItems(index: ItemIndex, from: IsoDay, to: IsoDay, unit: BucketUnit): TimelineItem[] {
  const last = dayNumberOf(to);
  const periods: Array<{ start: IsoDay; end: IsoDay; count: number }> = [];
  let densest = 0;
  for (let start = periodStart(from, unit); dayNumberOf(start) <= last; ) {
    const end = nextPeriod(start, unit);
    const count = countStarting(index, dayNumberOf(start), dayNumberOf(end) - 1);
    if (count > 0) {
      periods.push({ start, end, count });
      densest = Math.max(densest, count);
    }
    start = end;
  }
  return periods.map((p) => aggregateItem(unit, p.start, p.end, p.count, densest));
}

export interface ShownItemsQuery {
  /** The visible window: first day and the day after the last (vis's `end`). */
  from: IsoDay;
  to: IsoDay;
  /** The most event items handed to vis; a window holding more is shown as per-period counts. */
  cap: number;
  /** How many periods one window width may be cut into (about one per 50 px of chart). */
  maxBucketsPerWindow: number;
  /** Always included when it exists, so the selection stays visible over the counts. */
  selectedId: string | null;
}

export interface ShownItems {
  items: TimelineItem[];
  /** The period unit when the window is shown as counts, else null. */
  aggregatedBy: BucketUnit | null;
  /** Events whose days touch the visible window. */
  inWindow: number;
}

/**
 * The items to give vis for a window: every event that touches it plus a margin of up to one
 * window width on each side (nearest first, filling what the cap leaves), so short pans show
 * items at once while the next query is debounced. When the window itself holds more than `cap`
 * events, per-period counts over the window and its margins instead.
 */
export function shownItems(index: ItemIndex, query: ShownItemsQuery): ShownItems {
  const from = dayNumberOf(query.from);
  const to = dayNumberOf(query.to) - 1; // inclusive last visible day
  const width = Math.max(1, to - from + 1);
  const { starts, lasts, reach, items } = index;

  // Events starting inside the window, and before it those that still reach into it.
  const firstInside = lowerBound(starts, from);
  const afterInside = lowerBound(starts, to + 1);
  const firstReaching = lowerBound(reach, from);
  const inside: number[] = [];
  for (let i = firstReaching; i < firstInside; i++) if ((lasts[i] ?? 0) >= from) inside.push(i);
  const inWindow = inside.length + (afterInside - firstInside);

  const selected = (list: TimelineItem[]): TimelineItem[] => {
    if (query.selectedId === null || list.some((item) => item.id === query.selectedId)) return list;
    const at = index.positionById.get(query.selectedId);
    const item = at === undefined ? undefined : items[at];
    return item ? [...list, item] : list;
  };

  if (inWindow > query.cap) {
    const unit = bucketUnitFor(width, query.maxBucketsPerWindow);
    const aggregates = aggregateItems(index, addDays(query.from, -width), addDays(query.to, width - 1), unit);
    return { items: selected(aggregates), aggregatedBy: unit, inWindow };
  }

  for (let i = firstInside; i < afterInside; i++) inside.push(i);
  // The margin: what the cap leaves, split between both sides, nearest to the window first.
  const spare = Math.max(0, query.cap - inWindow);
  const before: number[] = [];
  const marginFrom = lowerBound(starts, from - width);
  for (let i = firstReaching - 1; i >= marginFrom && before.length < Math.ceil(spare / 2); i--) before.push(i);
  const after: number[] = [];
  const marginEnd = lowerBound(starts, to + 1 + width);
  for (let i = afterInside; i < marginEnd && after.length < Math.floor(spare / 2); i++) after.push(i);

  const picked = [...before.reverse(), ...inside.sort((a, b) => a - b), ...after];
  return { items: selected(picked.flatMap((i) => items[i] ?? [])), aggregatedBy: null, inWindow };
}
