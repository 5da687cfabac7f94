// Spans around the window are held to the calendar (0001-9999): they stop at its edges.
import { addDaysWithin as addDays, type IsoDay } from '../domain/calendar.ts';
import {
  dayNumberOf,
  describePeriod,
  nextPeriod,
  periodStart,
  periodUnitFor,
  type DayNumber,
  type PeriodUnit,
} from '../domain/calendar-period.ts';
import type { TimelineItem } from './timeline-items.ts';

/**
 * Which items vis-timeline is given (the item policy): only those near the visible window, and in a
 * period too dense to label everything, its most important events with a count of the rest. vis
 * lays out and stacks every item it holds (superlinearly: 5,000 items took ~44 s to fit), so the
 * widget never holds the corpus, and a dense day never buries the one event that matters.
 *
 * Pure and O(p log n + k) per call (p periods, k items returned) over an index built once per
 * corpus in O(n log n): a panning or zooming timeline calls it on every settled range change.
 */

/**
 * The most items handed to vis at once. Measured on the production build (2-core machine, headless
 * Chromium): vis stays fluid with a few hundred items and took ~44 s to lay out 5,000.
 */
export const MAX_SHOWN_EVENTS = 400;

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
  /** Positions in `items` of the items of each event. */
  readonly positionsByEvent: ReadonlyMap<string, readonly number[]>;
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
  const positionsByEvent = new Map<string, number[]>();
  sorted.forEach((item, i) => {
    if (item.eventId === null) return;
    const list = positionsByEvent.get(item.eventId);
    if (list) list.push(i);
    else positionsByEvent.set(item.eventId, [i]);
  });
  return { items: sorted, starts, lasts, reach, positionsByEvent };
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

/** The id of a count: `#` cannot occur in an event id (`[A-Za-z0-9_.:-]+`), so the two never clash. */
const AGGREGATE_ID_PREFIX = '#period/';

export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_ID_PREFIX);
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');

function countItem(
  unit: PeriodUnit,
  start: IsoDay,
  endExclusive: IsoDay,
  count: number,
  labelled: number,
  shade: number,
  lane: string | undefined,
): TimelineItem {
  const noun = count === 1 ? 'event' : 'events';
  const more = labelled > 0 ? ` more` : '';
  return {
    id: `${AGGREGATE_ID_PREFIX}${unit}/${start}${lane === undefined ? '' : `/${lane}`}`,
    eventId: null,
    label: `${labelled > 0 ? '+' : ''}${compact.format(count)}`,
    kind: 'aggregate',
    start,
    endExclusive,
    className: `sl-aggregate sl-aggregate--${shade}`,
    title: `${whole.format(count)}${more} ${noun} in ${describePeriod(start, unit)}: click to zoom in`,
    ...(lane === undefined ? {} : { group: lane }),
  };
}

export interface ShownItemsQuery {
  /** The visible window: first day and the day after the last (vis's `end`). */
  from: IsoDay;
  to: IsoDay;
  /** The chart's width in px. */
  widthPx: number;
  /** The most items handed to vis. */
  cap: number;
  /** Width of one cell (a calendar period chosen to be about this wide), in px. */
  cellPx: number;
  /** Width of one label, px: a period holds `perCell` labels per label width (at least 2). */
  labelPx: number;
  /** How many items a label's width of chart (per lane) labels before the rest are counted. */
  perCell: number;
  /** Always drawn when it exists, so the selection stays visible over the counts. */
  selectedEventId: string | null;
  /** A range narrower than this (px) is drawn as a point with a bar, so its label is never cut to a stub. */
  minRangePx: number;
}

export interface ShownItems {
  items: TimelineItem[];
  /** The period of the counts, when some events are counted rather than drawn; else null. */
  countedBy: PeriodUnit | null;
  /** Events folded into counts in the visible window. */
  counted: number;
  /** Events whose days touch the visible window. */
  inWindow: number;
}

/** Higher first: importance, then the order given (date order). */
function byRank(index: ItemIndex): (a: number, b: number) => number {
  return (a, b) => (index.items[b]?.rank ?? 0) - (index.items[a]?.rank ?? 0) || a - b;
}

/** A range drawn as a point with a bar when its box would be too narrow for a label. */
function fitted(item: TimelineItem, pxPerDay: number, minRangePx: number): TimelineItem {
  if (item.kind !== 'range' || item.endExclusive === null) return item;
  const px = (dayNumberOf(item.endExclusive) - dayNumberOf(item.start)) * pxPerDay;
  if (px >= minRangePx) return item;
  return { ...item, kind: 'point', spanPx: Math.max(4, Math.round(px)), className: `${item.className} sl-item--span` };
}

/**
 * The items to give vis for a window: the window and a margin of one window width on each side
 * (so short pans show items at once while the next query is debounced), cut into calendar periods
 * about `cellPx` wide. A period (per lane) with more than `perCell` items keeps its most important
 * ones (`rank`) and one count of the rest, which zooms into the period when clicked.
 */
export function shownItems(index: ItemIndex, query: ShownItemsQuery): ShownItems {
  const from = dayNumberOf(query.from);
  const to = dayNumberOf(query.to) - 1; // inclusive last visible day
  const width = Math.max(1, to - from + 1);
  const { starts, lasts, reach, items } = index;
  const pxPerDay = query.widthPx > 0 ? query.widthPx / width : 1;

  const firstReaching = lowerBound(reach, from);
  const firstInside = lowerBound(starts, from);
  const afterInside = lowerBound(starts, to + 1);
  let inWindow = afterInside - firstInside;
  for (let i = firstReaching; i < firstInside; i++) if ((lasts[i] ?? 0) >= from) inWindow += 1;

  const spanFrom = addDays(query.from, -width);
  const spanTo = addDays(query.to, width - 1); // inclusive
  const spanFromN = dayNumberOf(spanFrom);
  const spanToN = dayNumberOf(spanTo);
  const cellsPerWindow = Math.max(1, Math.floor(query.widthPx / Math.max(1, query.cellPx)));
  const unit = periodUnitFor(width, cellsPerWindow);

  // Periods over the span; items reaching in from before the span belong to the first.
  const periods: Array<{ start: IsoDay; end: IsoDay; members: number[] }> = [];
  const reachingIn: number[] = [];
  const spanFirst = lowerBound(starts, spanFromN);
  for (let i = lowerBound(reach, spanFromN); i < spanFirst; i++) if ((lasts[i] ?? 0) >= spanFromN) reachingIn.push(i);
  for (let start = periodStart(spanFrom, unit); dayNumberOf(start) <= spanToN; ) {
    const end = nextPeriod(start, unit);
    const lo = Math.max(lowerBound(starts, dayNumberOf(start)), spanFirst);
    const hi = Math.min(lowerBound(starts, dayNumberOf(end)), lowerBound(starts, spanToN + 1));
    const members: number[] = periods.length === 0 ? [...reachingIn] : [];
    for (let i = lo; i < hi; i++) members.push(i);
    periods.push({ start, end, members });
    start = end;
  }

  const lanes = new Set(items.map((i) => i.group)).size;
  // Never more than the cap in all: fewer labels per label width when the span has many of them.
  const spanPx = (spanToN - spanFromN + 1) * pxPerDay;
  const labelWidths = Math.max(1, (spanPx / Math.max(1, query.labelPx)) * Math.max(1, lanes));
  const perCell = Math.max(1, Math.min(query.perCell, Math.floor(query.cap / labelWidths)));
  const selected = new Set(query.selectedEventId === null ? [] : (index.positionsByEvent.get(query.selectedEventId) ?? []));

  const kept: number[] = [];
  const counts: Array<{ period: (typeof periods)[number]; count: number; labelled: number; lane: string | undefined }> = [];
  let densest = 0;
  let counted = 0;
  for (const period of periods) {
    const byLane = new Map<string | undefined, number[]>();
    for (const i of period.members) {
      const lane = items[i]?.group;
      const list = byLane.get(lane);
      if (list) list.push(i);
      else byLane.set(lane, [i]);
    }
    // A period holds `perCell` labels per label width it spans (labels reach past a narrow period's end).
    const periodPx = (dayNumberOf(period.end) - dayNumberOf(period.start)) * pxPerDay;
    const capacity = Math.max(Math.min(2, perCell), Math.round((perCell * periodPx) / Math.max(1, query.labelPx)));
    for (const [lane, members] of byLane) {
      if (members.length <= capacity) {
        kept.push(...members);
        continue;
      }
      const room = capacity - 1;
      const ranked = [...members].sort(byRank(index));
      const chosen = ranked.filter((i) => selected.has(i));
      for (const i of ranked) {
        if (chosen.length >= room) break;
        if (!selected.has(i)) chosen.push(i);
      }
      kept.push(...chosen);
      const count = members.length - chosen.length;
      if (count <= 0) continue;
      densest = Math.max(densest, count);
      counts.push({ period, count, labelled: chosen.length, lane });
      const overlapsWindow = dayNumberOf(period.end) - 1 >= from && dayNumberOf(period.start) <= to;
      if (overlapsWindow) counted += count;
    }
  }
  for (const i of selected) if (!kept.includes(i)) kept.push(i);

  const shown = [...new Set(kept)].sort((a, b) => a - b).flatMap((i) => {
    const item = items[i];
    return item ? [fitted(item, pxPerDay, query.minRangePx)] : [];
  });
  for (const { period, count, labelled, lane } of counts) {
    // Five shades, so a dense period stands out among sparse ones without a number to read.
    const shade = Math.min(5, Math.max(1, Math.ceil((count / Math.max(1, densest)) * 5)));
    shown.push(countItem(unit, period.start, period.end, count, labelled, shade, lane));
  }
  return { items: shown, countedBy: counts.length > 0 ? unit : null, counted, inWindow };
}
