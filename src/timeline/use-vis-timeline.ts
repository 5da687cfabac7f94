import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PeriodUnit } from '../domain/calendar-period.ts';
import type { DayWindow } from '../domain/day-window.ts';
import { renderItemContent, renderLaneLabel } from './item-content.ts';
import { buildItemIndex, isAggregateId, shownItems, type ShownItems } from './item-window.ts';
import { coveredDays, TimelineAdapter, type TimelineLane } from './timeline-adapter.ts';
import type { TimelineItem } from './timeline-items.ts';

/** How densely the chart labels events (see `shownItems`). */
export interface ChartDensity {
  /** The most items handed to vis at once. */
  cap: number;
  /** Width of a period the chart counts by, about (px). */
  cellPx: number;
  /** Width of one label (px). */
  labelPx: number;
  /** Labelled items per label's width of chart (per lane) before the rest are counted: about the rows it shows. */
  perCell: number;
  /** Narrower ranges are drawn as a point with a bar. */
  minRangePx: number;
}

export interface UseVisTimelineProps {
  /** Every item of the shown events; the widget is given those near its window (see `shownItems`). */
  items: readonly TimelineItem[];
  /** Lanes, or null for one. */
  lanes: readonly TimelineLane[] | null;
  density: ChartDensity;
  /** Controlled window; applied when it changes and differs from what the widget shows. */
  window: DayWindow | null;
  selectedEventId: string | null;
  /** Zoom limits in days, so the widget and the app's window arithmetic agree. */
  minDays: number;
  maxDays: number;
  reducedMotion: boolean;
  onSelect: (eventId: string) => void;
  /** Called once per user pan/zoom (vis `rangechanged` with `byUser`), never for programmatic moves. */
  onWindowChange: (window: DayWindow) => void;
  /** Every frame of a move (a pan, a zoom, an animation): for the overview's brush. */
  onLiveWindow?: (window: DayWindow) => void;
  /** A count was clicked: the app should show its period (`to` is the day after it). */
  onZoomTo: (window: DayWindow) => void;
}

export interface TimelineHandle {
  /** The window the widget shows now (it may be ahead of the `window` prop while the user pans). */
  getWindow: () => DayWindow | null;
  /** Moves the view now, without waiting for a render (the overview's brush drags it). */
  moveTo: (window: DayWindow) => void;
  /** Scrolls the chart's stack to an event's item when it is out of view (a selection made in the list). */
  reveal: (eventId: string) => void;
}

export interface VisTimelineState {
  handle: TimelineHandle;
  shown: ShownItems;
}

/** A long drag or wheel zoom re-queries the shown items after this pause (the margin covers the wait). */
const RANGE_QUERY_DELAY_MS = 120;

/**
 * The chart's React side (react-map-gl's model): the adapter is created once per mount and destroyed
 * in the cleanup (StrictMode mounts twice); each aspect (items, lanes, window, selection, limits) is
 * pushed in its own effect, and the adapter calls vis only when the value changed; listeners are
 * registered once and call the latest callbacks through a ref; `rangechanged` reaches the app only
 * when `byUser`.
 */
export function useVisTimeline(container: RefObject<HTMLElement | null>, props: UseVisTimelineProps): VisTimelineState {
  const { items, lanes, density, window, selectedEventId, minDays, maxDays, reducedMotion } = props;
  const adapterRef = useRef<TimelineAdapter | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const index = useMemo(() => buildItemIndex(items), [items]);
  const [range, setRange] = useState<{ days: DayWindow; widthPx: number } | null>(null);
  const shown = useMemo((): ShownItems => {
    const days = range?.days ?? window;
    if (!days) return { items: [], countedBy: null as PeriodUnit | null, counted: 0, inWindow: 0 };
    return shownItems(index, {
      from: days.from,
      to: days.to,
      widthPx: range?.widthPx || 800,
      cap: density.cap,
      cellPx: density.cellPx,
      labelPx: density.labelPx,
      perCell: density.perCell,
      minRangePx: density.minRangePx,
      selectedEventId,
    });
  }, [index, range, window, density, selectedEventId]);
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const { window: initial, minDays: min, maxDays: max, reducedMotion: still } = latest.current;
    const adapter = new TimelineAdapter(element, {
      kind: 'chart',
      window: initial,
      minDays: min,
      maxDays: max,
      reducedMotion: still,
      template: renderItemContent,
      laneTemplate: renderLaneLabel,
      packed: false,
    });
    adapter.on('select', (itemId) => {
      const item = itemId === null ? undefined : adapter.getItems().find((i) => i.id === itemId);
      if (item && isAggregateId(item.id)) {
        adapter.setSelection(selectionOf(adapter.getItems(), latest.current.selectedEventId));
        if (item.endExclusive) latest.current.onZoomTo({ from: item.start, to: item.endExclusive });
      } else if (item?.eventId) latest.current.onSelect(item.eventId);
      // A tap on empty space keeps the current selection.
      else adapter.setSelection(selectionOf(adapter.getItems(), latest.current.selectedEventId));
    });
    let pendingQuery: ReturnType<typeof setTimeout> | undefined;
    const query = (visRange: { start: Date; end: Date }): void => {
      clearTimeout(pendingQuery);
      setRange({ days: coveredDays(visRange), widthPx: element.clientWidth });
    };
    adapter.on('rangechange', (visRange) => {
      latest.current.onLiveWindow?.(coveredDays(visRange));
      clearTimeout(pendingQuery);
      pendingQuery = setTimeout(() => query(visRange), RANGE_QUERY_DELAY_MS);
    });
    adapter.on('rangechanged', (window, byUser) => {
      query(adapter.getRange());
      latest.current.onLiveWindow?.(window);
      if (byUser) latest.current.onWindowChange(window);
    });
    adapterRef.current = adapter;
    query(adapter.getRange());
    return () => {
      clearTimeout(pendingQuery);
      adapter.destroy();
      adapterRef.current = null;
    };
    // Created once per mount: later prop changes reach the widget through the effects below.
  }, [container]);

  useEffect(() => {
    adapterRef.current?.setLimits(minDays, maxDays);
  }, [minDays, maxDays]);

  useEffect(() => {
    adapterRef.current?.setGroups(lanes);
  }, [lanes]);

  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter) return;
    adapter.setPacked(shown.countedBy !== null && shown.items.every((i) => i.kind === 'aggregate'));
    adapter.setItems(shown.items);
    adapter.setSelection(selectionOf(shown.items, selectedEventId));
  }, [shown, selectedEventId]);

  useEffect(() => {
    if (window) adapterRef.current?.setWindow(window, { animate: !reducedMotion });
  }, [window, reducedMotion]);

  const handle = useMemo<TimelineHandle>(
    () => ({
      getWindow: () => adapterRef.current?.getWindow() ?? null,
      moveTo: (target) => adapterRef.current?.setWindow(target, { animate: false }),
      reveal: (eventId) => {
        const adapter = adapterRef.current;
        const item = adapter?.getItems().find((i) => i.eventId === eventId);
        if (adapter && item) adapter.reveal(item.id);
      },
    }),
    [],
  );
  return { handle, shown };
}

/** The ids of the items drawing an event (one per lane it is in). */
function selectionOf(items: readonly TimelineItem[], eventId: string | null): string[] {
  return eventId === null ? [] : items.filter((i) => i.eventId === eventId).map((i) => i.id);
}
