// Spans around the window are held to the calendar (0001-9999): they stop at its edges.
import { addDaysWithin as addDays, type IsoDay } from '../domain/calendar.ts';
import {
  dayNumberOf,
  lowerBound,
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
  /** Positions of the items longer than `SHORT_DAYS`, in start order, with their own `reach`. */
  readonly long: Int32Array;
  readonly longStarts: Int32Array;
  readonly longReach: Int32Array;
  /** How many lanes the items are drawn in (1 without lanes). */
  readonly laneCount: number;
  /** Per period unit, the counts and best-ranked items of each period: built on first use, then kept. */
  readonly digests: Map<PeriodUnit, Digest>;
}

/**
 * An item at most this many days long can reach into a window only from that many days before it, so
 * only the longer ones (ranges of months, years, decades) need the `long` list: the window queries
 * never scan the items before the window.
 */
const SHORT_DAYS = 31;

/**
 * The most items one period (per lane) labels. Labels per period come from the chart's width (a few
 * per label width); this bounds the ranked list each period keeps ahead of time.
 */
export const TOP_PER_PERIOD = 24;

/** One period of a digest: its items per lane, counted, the best `TOP_PER_PERIOD` of them ranked. */
interface PeriodCell {
  start: IsoDay;
  end: IsoDay;
  lanes: Map<string | undefined, { count: number; top: number[] }>;
}

/** The periods of one unit that hold an item start, in order (`startNs`: their first days, for a binary search). */
interface Digest {
  cells: PeriodCell[];
  startNs: Int32Array;
}

function lastDayNumber(item: TimelineItem, start: DayNumber): DayNumber {
  return item.endExclusive === null ? start : Math.max(start, dayNumberOf(item.endExclusive) - 1);
}

export function buildItemIndex(items: readonly TimelineItem[]): ItemIndex {
  const n = items.length;
  const startOf = new Int32Array(n);
  for (let i = 0; i < n; i++) startOf[i] = dayNumberOf((items[i] as TimelineItem).start);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (startOf[a] ?? 0) - (startOf[b] ?? 0) || a - b);
  const starts = new Int32Array(n);
  const lasts = new Int32Array(n);
  const reach = new Int32Array(n);
  const sorted: TimelineItem[] = new Array<TimelineItem>(n);
  const long: number[] = [];
  const lanes = new Set<string | undefined>();
  let furthest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const item = items[order[i] as number] as TimelineItem;
    sorted[i] = item;
    const start = startOf[order[i] as number] as number;
    starts[i] = start;
    const last = lastDayNumber(item, start);
    lasts[i] = last;
    furthest = Math.max(furthest, last);
    reach[i] = furthest;
    if (last - start > SHORT_DAYS) long.push(i);
    lanes.add(item.group);
  }
  const longStarts = new Int32Array(long.length);
  const longReach = new Int32Array(long.length);
  let longest = Number.NEGATIVE_INFINITY;
  long.forEach((i, k) => {
    longStarts[k] = starts[i] ?? 0;
    longest = Math.max(longest, lasts[i] ?? 0);
    longReach[k] = longest;
  });
  const positionsByEvent = new Map<string, number[]>();
  sorted.forEach((item, i) => {
    if (item.eventId === null) return;
    const list = positionsByEvent.get(item.eventId);
    if (list) list.push(i);
    else positionsByEvent.set(item.eventId, [i]);
  });
  return { items: sorted, starts, lasts, reach, positionsByEvent, long: Int32Array.from(long), longStarts, longReach, laneCount: Math.max(1, lanes.size), digests: new Map() };
}

/** Higher first: importance, then the order given (date order). */
const ranksAbove = (index: ItemIndex, a: number, b: number): boolean => {
  const ra = index.items[a]?.rank ?? 0;
  const rb = index.items[b]?.rank ?? 0;
  return ra > rb || (ra === rb && a < b);
};

/** Puts position `i` into `top` (best first), keeping at most `k`. O(k). */
function offer(index: ItemIndex, top: number[], i: number, k: number): void {
  if (top.length >= k && !ranksAbove(index, i, top[top.length - 1] as number)) return;
  let at = top.length;
  while (at > 0 && ranksAbove(index, i, top[at - 1] as number)) at--;
  top.splice(at, 0, i);
  if (top.length > k) top.pop();
}

/**
 * The digest of one unit: every item counted in the period (and lane) of its start, the best
 * `TOP_PER_PERIOD` kept in rank order. O(n * TOP_PER_PERIOD) at worst, once per unit and corpus: a
 * zoom or pan then reads it in O(periods shown) instead of sorting the events of every period again.
 */
function digestOf(index: ItemIndex, unit: PeriodUnit): Digest {
  const known = index.digests.get(unit);
  if (known) return known;
  const cells: PeriodCell[] = [];
  const startNs: number[] = [];
  let cell: PeriodCell | null = null;
  let endN = Number.NEGATIVE_INFINITY;
  const { items, starts } = index;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TimelineItem;
    if ((starts[i] ?? 0) >= endN || cell === null) {
      const start = periodStart(item.start, unit);
      cell = { start, end: nextPeriod(start, unit), lanes: new Map() };
      endN = dayNumberOf(cell.end);
      cells.push(cell);
      startNs.push(dayNumberOf(start));
    }
    let lane = cell.lanes.get(item.group);
    if (!lane) cell.lanes.set(item.group, (lane = { count: 0, top: [] }));
    lane.count += 1;
    offer(index, lane.top, i, TOP_PER_PERIOD);
  }
  const digest = { cells, startNs: Int32Array.from(startNs) };
  index.digests.set(unit, digest);
  return digest;
}

export { lowerBound };

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

/** A range drawn as a point with a bar when its box would be too narrow for a label. */
function fitted(item: TimelineItem, pxPerDay: number, minRangePx: number): TimelineItem {
  if (item.kind !== 'range' || item.endExclusive === null) return item;
  const px = (dayNumberOf(item.endExclusive) - dayNumberOf(item.start)) * pxPerDay;
  if (px >= minRangePx) return item;
  // A spread copies own fields only: an event item's tooltip and badges are getters on its class (built
  // when first read), so the copy reads them from the item it stands for, still lazily.
  const spanPx = Math.max(4, Math.round(px));
  const className = `${item.className} sl-item--span`;
  return {
    ...item,
    kind: 'point',
    spanPx,
    className,
    get title() {
      return item.title;
    },
    get badges() {
      return item.badges;
    },
  };
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
  const { starts, lasts, items } = index;
  const pxPerDay = query.widthPx > 0 ? query.widthPx / width : 1;

  const reachingInto = (day: DayNumber): number[] => {
    // Short items from the SHORT_DAYS before `day`, long ones from their own list: never a scan from the start.
    const found: number[] = [];
    for (let i = lowerBound(starts, day - SHORT_DAYS), end = lowerBound(starts, day); i < end; i++) if ((lasts[i] ?? 0) >= day && (lasts[i] ?? 0) - (starts[i] ?? 0) <= SHORT_DAYS) found.push(i);
    for (let k = lowerBound(index.longReach, day), end = lowerBound(index.longStarts, day); k < end; k++) {
      const i = index.long[k] ?? 0;
      if ((lasts[i] ?? 0) >= day) found.push(i);
    }
    return found;
  };
  const inWindow = lowerBound(starts, to + 1) - lowerBound(starts, from) + reachingInto(from).length;

  const spanFrom = addDays(query.from, -width);
  const spanTo = addDays(query.to, width - 1); // inclusive
  const spanFromN = dayNumberOf(spanFrom);
  const spanToN = dayNumberOf(spanTo);
  const cellsPerWindow = Math.max(1, Math.floor(query.widthPx / Math.max(1, query.cellPx)));
  const unit = periodUnitFor(width, cellsPerWindow);

  // Never more than the cap in all: fewer labels per label width when the span has many of them.
  const spanPx = (spanToN - spanFromN + 1) * pxPerDay;
  const labelWidths = Math.max(1, (spanPx / Math.max(1, query.labelPx)) * index.laneCount);
  const perCell = Math.max(1, Math.min(query.perCell, Math.floor(query.cap / labelWidths)));
  const selected = new Set(query.selectedEventId === null ? [] : (index.positionsByEvent.get(query.selectedEventId) ?? []));

  // The periods of the span (about three windows' worth of cells), each read from the digest; the two
  // the span's edges cut, and items reaching in from before it, are ranked here.
  const digest = digestOf(index, unit);
  const reachingIn = reachingInto(spanFromN);
  const kept = new Set<number>();
  const counts: Array<{ cell: PeriodCell; count: number; labelled: number; lane: string | undefined }> = [];
  let densest = 0;
  const choose = (cell: PeriodCell, lane: string | undefined, count: number, top: readonly number[]): void => {
    // A period holds `perCell` labels per label width it spans (labels reach past a narrow period's end).
    const periodPx = (dayNumberOf(cell.end) - dayNumberOf(cell.start)) * pxPerDay;
    const capacity = Math.min(TOP_PER_PERIOD, Math.max(Math.min(2, perCell), Math.round((perCell * periodPx) / Math.max(1, query.labelPx))));
    if (count <= capacity) {
      for (const i of top) kept.add(i);
      return;
    }
    const room = capacity - 1;
    let chosen = 0;
    for (const i of top) if (selected.has(i)) chosen += 1;
    for (const i of top) {
      if (chosen >= room) break;
      if (!selected.has(i) && !kept.has(i)) {
        kept.add(i);
        chosen += 1;
      }
    }
    const rest = count - chosen;
    if (rest <= 0) return;
    densest = Math.max(densest, rest);
    counts.push({ cell, count: rest, labelled: chosen, lane });
  };
  for (let start = periodStart(spanFrom, unit), first = true; dayNumberOf(start) <= spanToN; first = false) {
    const end = nextPeriod(start, unit);
    const startN = dayNumberOf(start);
    const endN = dayNumberOf(end);
    const at = lowerBound(digest.startNs, startN);
    const known = digest.startNs[at] === startN ? digest.cells[at] : undefined;
    if (known && startN >= spanFromN && endN - 1 <= spanToN && !(first && reachingIn.length > 0)) {
      for (const [lane, own] of known.lanes) choose(known, lane, own.count, own.top);
    } else if (known || (first && reachingIn.length > 0)) {
      const cell: PeriodCell = known ?? { start, end, lanes: new Map() };
      const lanes = new Map<string | undefined, { count: number; top: number[] }>();
      const add = (i: number): void => {
        const lane = items[i]?.group;
        let bucket = lanes.get(lane);
        if (!bucket) lanes.set(lane, (bucket = { count: 0, top: [] }));
        bucket.count += 1;
        offer(index, bucket.top, i, TOP_PER_PERIOD);
      };
      if (first) for (const i of reachingIn) add(i);
      for (let i = lowerBound(starts, Math.max(startN, spanFromN)), hi = lowerBound(starts, Math.min(endN, spanToN + 1)); i < hi; i++) add(i);
      for (const [lane, bucket] of lanes) choose(cell, lane, bucket.count, bucket.top);
    }
    start = end;
  }
  for (const i of selected) kept.add(i);
  // What the window's boxes hold: its events less those drawn as labels. (Summing the boxes of the
  // periods the window touches counted the events of periods its edges cut, outside it too, so at 100k
  // the first view said "98,864 of 98,864 events are counted" while it labelled a dozen.)
  let labelledHere = 0;
  for (const i of kept) if ((starts[i] ?? 0) <= to && (lasts[i] ?? 0) >= from) labelledHere += 1;
  const counted = counts.length > 0 ? Math.max(0, inWindow - labelledHere) : 0;

  const shown = [...kept].sort((a, b) => a - b).flatMap((i) => {
    const item = items[i];
    return item ? [fitted(item, pxPerDay, query.minRangePx)] : [];
  });
  for (const { cell, count, labelled, lane } of counts) {
    // Five shades, so a dense period stands out among sparse ones without a number to read.
    const shade = Math.min(5, Math.max(1, Math.ceil((count / Math.max(1, densest)) * 5)));
    shown.push(countItem(unit, cell.start, cell.end, count, labelled, shade, lane));
  }
  return { items: shown, countedBy: counts.length > 0 ? unit : null, counted, inWindow };
}
