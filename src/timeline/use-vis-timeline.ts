import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
// The esnext builds: no bundled core-js polyfills or second copy of vis-data. Measured with
// `vite build`: esnext 771 kB (221 kB gzip), standalone 906 kB (267 kB), peer 948 kB (289 kB).
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { addDays, parseIsoDay, toIsoDay, type IsoDay } from '../domain/calendar.ts';
import { renderItemContent, type ItemContentData } from './item-content.ts';
import { buildItemIndex, isAggregateId, shownItems, type BucketUnit, type ShownItems } from './item-window.ts';
import { diffItems, type TimelineItem } from './timeline-items.ts';

/** The visible window in whole days: the widget shows `from` 00:00 to `to` 00:00, local time. */
export interface TimelineWindow {
  from: IsoDay;
  to: IsoDay;
}

export interface TimelineHandle {
  /** The window the widget shows now (it may be ahead of the `window` prop while the user pans). */
  getWindow: () => TimelineWindow | null;
}

export interface UseVisTimelineProps {
  /**
   * Every item of the corpus. The widget is given only those near its window (see `shownItems`):
   * at most `cap` events, or per-period counts when the window holds more.
   */
  items: readonly TimelineItem[];
  /** The most events handed to vis at once (it stacks every item it holds, superlinearly). */
  cap: number;
  /** Controlled window; applied when it changes and differs from what the widget shows. */
  window: TimelineWindow | null;
  /** Controlled selection. */
  selectedId: string | null;
  /** Zoom limits in days, so the widget and the app's window arithmetic agree. */
  minDays: number;
  maxDays: number;
  onSelect: (id: string) => void;
  /** Called once per user pan/zoom (vis `rangechanged` with `byUser`), never for programmatic moves. */
  onWindowChange: (window: TimelineWindow) => void;
  /** A per-period count was clicked: the app should show that period (`to` is the day after it). */
  onZoomTo: (window: TimelineWindow) => void;
}

type VisItem = DataItem & ItemContentData & { id: string };

const DAY_MS = 86_400_000;
/** A long drag or wheel zoom re-queries the shown items after this pause (the margin covers the wait). */
const RANGE_QUERY_DELAY_MS = 120;
/** Chart pixels per period count: enough for a label like "1.2K". */
const PX_PER_BUCKET = 40;

function toVisItem(item: TimelineItem): VisItem {
  const start = parseIsoDay(item.start);
  const end = item.endExclusive === null ? undefined : parseIsoDay(item.endExclusive);
  const aggregate = item.kind === 'aggregate';
  return {
    id: item.id,
    content: item.label,
    start: start ?? item.start,
    ...(end ? { end } : {}),
    type: aggregate ? 'range' : item.kind,
    className: item.className,
    reported: item.reported,
    ...(aggregate ? { aggregate } : {}),
    ...(item.title === undefined ? {} : { tooltip: item.title }),
  };
}

function toWindow(range: { start: Date; end: Date }): TimelineWindow {
  return { from: toIsoDay(range.start), to: toIsoDay(range.end) };
}

/** Label room in characters (vis measures one "0"): 4.5 fits "2022" and lets two-day steps through at phone width. */
const AXIS_MINOR_CHARS = 4.5;

function itemMargin(aggregated: boolean): NonNullable<TimelineOptions['margin']> {
  return { item: { horizontal: aggregated ? 0 : 6, vertical: 6 }, axis: 8 };
}

/**
 * Whether vis should offer its week scale for this range: only where it would otherwise jump from
 * two-day steps to months. With the week scale on, vis also draws a major line and label every
 * Monday of a day scale ("December 2022" four times in three weeks), so it is on only when days
 * do not fit. `charWidth` is vis's measured minor character width (0 before its first draw).
 */
function weekScaleFor(window: { from: IsoDay; to: IsoDay } | { start: Date; end: Date }, widthPx: number, charWidth: number): boolean {
  const ms =
    'start' in window
      ? window.end.getTime() - window.start.getTime()
      : (parseIsoDay(window.to)?.getTime() ?? 0) - (parseIsoDay(window.from)?.getTime() ?? 0);
  const days = ms / DAY_MS;
  if (days <= 0 || widthPx <= 0) return false;
  const minimumStepPx = (charWidth > 0 ? charWidth : 8) * AXIS_MINOR_CHARS;
  return (2 * widthPx) / days <= minimumStepPx; // two-day steps would be too narrow for their labels
}

/** The days a range touches, for querying items: a partly visible last day counts. */
function coveredDays(range: { start: Date; end: Date }): TimelineWindow {
  return { from: toIsoDay(range.start), to: addDays(toIsoDay(range.end), 1) };
}

const sameWindow = (a: TimelineWindow, b: TimelineWindow): boolean => a.from === b.from && a.to === b.to;

export interface VisTimelineState {
  handle: TimelineHandle;
  /** The period the chart counts events by, when its window holds too many to draw; else null. */
  aggregatedBy: BucketUnit | null;
}

/**
 * Puts a vis-timeline behind React (react-map-gl's model): the widget is created once per mount
 * and destroyed in the cleanup (StrictMode mounts twice), data flows in through a DataSet updated
 * by `diffItems` (the widget is never rebuilt because data changed), window and selection are
 * controlled props pushed only when they changed, listeners are registered once and call the
 * latest callbacks through a ref, `rangechanged` reaches the app only when `byUser`, and vis's
 * `xss` filter is left on.
 */
export function useVisTimeline(container: RefObject<HTMLElement | null>, props: UseVisTimelineProps): VisTimelineState {
  const { items, cap, window, selectedId, minDays, maxDays, onSelect, onWindowChange, onZoomTo } = props;
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef<DataSet<VisItem> | null>(null);
  const shownRef = useRef<readonly TimelineItem[]>([]);
  /** Whether the widget's options are set for per-period counts (see `itemMargin`). */
  const aggregatedRef = useRef(false);
  /** The last `window` prop pushed to the widget: a prop that did not change is not re-applied,
   * so a re-render while the user's pan is still on its way to the URL never snaps the view back. */
  const appliedWindowRef = useRef<TimelineWindow | null>(null);
  const latest = useRef({ onSelect, onWindowChange, onZoomTo, selectedId, window, minDays, maxDays });
  useLayoutEffect(() => {
    latest.current = { onSelect, onWindowChange, onZoomTo, selectedId, window, minDays, maxDays };
  });

  // What vis is given follows the range it shows, re-queried when the range settles (and during
  // long drags, debounced): `shownItems` is a binary search, the diff touches only what changed.
  const index = useMemo(() => buildItemIndex(items), [items]);
  const [range, setRange] = useState<{ days: TimelineWindow; widthPx: number } | null>(() =>
    window ? { days: window, widthPx: container.current?.clientWidth ?? 0 } : null,
  );
  const shown = useMemo((): ShownItems => {
    const days = range?.days ?? window;
    if (!days) return { items: [], aggregatedBy: null, inWindow: 0 };
    const widthPx = range?.widthPx || 800;
    return shownItems(index, {
      from: days.from,
      to: days.to,
      cap,
      maxBucketsPerWindow: Math.max(4, Math.floor(widthPx / PX_PER_BUCKET)),
      selectedId,
    });
  }, [index, range, window, cap, selectedId]);
  const shownAggregatedRef = useRef(false);
  useLayoutEffect(() => {
    shownAggregatedRef.current = shown.aggregatedBy !== null;
  });

  const applySelection = useCallback(() => {
    const timeline = timelineRef.current;
    const data = dataRef.current;
    if (!timeline || !data) return;
    const id = latest.current.selectedId;
    const wanted = id !== null && data.get(id) !== null ? [id] : [];
    const current = timeline.getSelection().map(String);
    if (current.length !== wanted.length || current.some((c, i) => c !== wanted[i])) timeline.setSelection(wanted);
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const { window: initial, minDays: initialMin, maxDays: initialMax } = latest.current;
    // Set at creation: calling setOptions before vis's first draw keeps its root hidden.
    const initialAggregated = shownAggregatedRef.current;
    const data = new DataSet<VisItem>();
    const options: TimelineOptions = {
      // `xss` is deliberately not set: vis's default filter stays on for any string content.
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      verticalScroll: true,
      // Tall enough for a day's stack of reported events on a laptop; beyond it the chart scrolls,
      // and app.css turns vis's bottom shadow into a visible "more below" fade.
      maxHeight: 'max(320px, min(64vh, 620px))',
      minHeight: 160,
      // Axis labels: vis picks the finest scale whose step is wider than maxMinorChars characters.
      // Its default (7) is sized for "HH:mm" labels and, at phone width, skips from days straight
      // to months, leaving a three-week window with no minor label at all. Day numbers need 2-3
      // characters; a week scale fills the gap between days and months (see `weekScaleFor`).
      maxMinorChars: AXIS_MINOR_CHARS,
      showWeekScale: initial ? weekScaleFor(initial, element.clientWidth, 0) : false,
      format: {
        minorLabels: { week: 'D' },
        majorLabels: { week: 'MMMM YYYY' },
      },
      margin: itemMargin(initialAggregated),
      // The zoom limits go in at creation too: vis only reveals its root after the first range
      // change, and a window that is already within limits when created would otherwise stay hidden.
      zoomMin: initialMin * DAY_MS,
      zoomMax: initialMax * DAY_MS,
      template: (item: ItemContentData) => renderItemContent(item),
      ...(initial ? { start: parseIsoDay(initial.from), end: parseIsoDay(initial.to) } : {}),
    };
    const timeline = new Timeline(element, data, options);
    timeline.on('select', (event?: { items?: Array<string | number> }) => {
      const id = event?.items?.[0];
      if (id !== undefined && isAggregateId(String(id))) {
        applySelection(); // a count is not an event: keep the selection, show its period instead
        const period = shownRef.current.find((item) => item.id === String(id));
        if (period?.endExclusive) latest.current.onZoomTo({ from: period.start, to: period.endExclusive });
      } else if (id !== undefined) latest.current.onSelect(String(id));
      else applySelection(); // a tap on empty space keeps the current selection
    });
    let pendingQuery: ReturnType<typeof setTimeout> | undefined;
    const query = (event: { start: Date; end: Date }): void => {
      clearTimeout(pendingQuery);
      setRange({ days: coveredDays(event), widthPx: element.clientWidth });
    };
    let weekScale = options.showWeekScale === true;
    const updateAxisScale = (event: { start: Date; end: Date }): void => {
      const charWidth = element.querySelector<HTMLElement>('.vis-time-axis .vis-minor.vis-measure')?.clientWidth ?? 0;
      const wanted = weekScaleFor(event, element.clientWidth, charWidth);
      if (wanted !== weekScale) {
        weekScale = wanted;
        timeline.setOptions({ showWeekScale: wanted });
      }
    };
    timeline.on('rangechange', (event?: { start: Date; end: Date }) => {
      if (!event) return;
      updateAxisScale(event);
      clearTimeout(pendingQuery);
      pendingQuery = setTimeout(() => query(event), RANGE_QUERY_DELAY_MS);
    });
    let revealed = false;
    timeline.on('rangechanged', (event?: { start: Date; end: Date; byUser?: boolean }) => {
      // vis reveals its root on the first 'changed' after its first (200 ms debounced) 'rangechanged',
      // and nothing redraws until the next data change: redraw once so the chart shows now, not ~1 s later.
      if (!revealed) {
        revealed = true;
        timeline.redraw();
      }
      if (!event) return;
      updateAxisScale(event);
      query(event);
      if (event.byUser === true) latest.current.onWindowChange(toWindow(event));
    });
    const visible = timeline.getWindow();
    setRange({ days: coveredDays(visible), widthPx: element.clientWidth });
    timelineRef.current = timeline;
    dataRef.current = data;
    shownRef.current = [];
    aggregatedRef.current = initialAggregated;
    appliedWindowRef.current = initial;
    return () => {
      clearTimeout(pendingQuery);
      timeline.destroy();
      timelineRef.current = null;
      dataRef.current = null;
    };
    // Created once per mount: later prop changes reach the widget through the effects below.
  }, [container, applySelection]);

  const limitsRef = useRef<string | null>(null);
  useEffect(() => {
    const timeline = timelineRef.current;
    const limits = `${minDays}:${maxDays}`;
    // The first run only records the limits the widget was created with: calling setOptions
    // before vis's first draw keeps its root hidden.
    if (timeline && limitsRef.current !== null && limitsRef.current !== limits) {
      timeline.setOptions({ zoomMin: minDays * DAY_MS, zoomMax: maxDays * DAY_MS });
    }
    limitsRef.current = limits;
  }, [minDays, maxDays]);

  useEffect(() => {
    const data = dataRef.current;
    if (!data) return;
    const aggregated = shown.aggregatedBy !== null;
    if (aggregated !== aggregatedRef.current) {
      aggregatedRef.current = aggregated;
      // Per-period counts touch end to end; vis's horizontal item margin would stack every other one.
      timelineRef.current?.setOptions({ margin: itemMargin(aggregated) });
    }
    const diff = diffItems(shownRef.current, shown.items);
    // An update is a remove + add: DataSet.update merges fields, and a range turned point must lose its `end`.
    const gone = [...diff.remove, ...diff.update.map((item) => item.id)];
    if (gone.length > 0) data.remove(gone);
    const fresh = [...diff.add, ...diff.update];
    if (fresh.length > 0) data.add(fresh.map(toVisItem));
    shownRef.current = shown.items;
    applySelection();
  }, [shown, applySelection]);

  const from = window?.from;
  const to = window?.to;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || from === undefined || to === undefined) return;
    const wanted = { from, to };
    const applied = appliedWindowRef.current;
    if (applied && sameWindow(applied, wanted)) return;
    appliedWindowRef.current = wanted;
    if (sameWindow(toWindow(timeline.getWindow()), wanted)) return;
    const start = parseIsoDay(from);
    const end = parseIsoDay(to);
    if (start && end) timeline.setWindow(start, end, { animation: { duration: 300, easingFunction: 'easeInOutQuad' } });
  }, [from, to]);

  useEffect(() => {
    applySelection();
  }, [selectedId, applySelection]);

  const handle = useMemo<TimelineHandle>(
    () => ({
      getWindow: () => {
        const timeline = timelineRef.current;
        return timeline ? toWindow(timeline.getWindow()) : null;
      },
    }),
    [],
  );
  return { handle, aggregatedBy: shown.aggregatedBy };
}
