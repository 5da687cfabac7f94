import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
// The esnext builds: no bundled core-js polyfills or second copy of vis-data. Measured with
// `vite build`: esnext 771 kB (221 kB gzip), standalone 906 kB (267 kB), peer 948 kB (289 kB).
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { parseIsoDay, toIsoDay, type IsoDay } from '../domain/calendar.ts';
import { renderItemContent, type ItemContentData } from './item-content.ts';
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
  /** The items to show. Pass only what should be drawn (later: the visible slice plus a density band). */
  items: readonly TimelineItem[];
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
}

type VisItem = DataItem & ItemContentData & { id: string };

const DAY_MS = 86_400_000;

function toVisItem(item: TimelineItem): VisItem {
  const start = parseIsoDay(item.start);
  const end = item.endExclusive === null ? undefined : parseIsoDay(item.endExclusive);
  return {
    id: item.id,
    content: item.label,
    start: start ?? item.start,
    ...(end ? { end } : {}),
    type: item.kind,
    className: item.className,
    reported: item.reported,
  };
}

function toWindow(range: { start: Date; end: Date }): TimelineWindow {
  return { from: toIsoDay(range.start), to: toIsoDay(range.end) };
}

const sameWindow = (a: TimelineWindow, b: TimelineWindow): boolean => a.from === b.from && a.to === b.to;

/**
 * Puts a vis-timeline behind React (react-map-gl's model): the widget is created once per mount
 * and destroyed in the cleanup (StrictMode mounts twice), data flows in through a DataSet updated
 * by `diffItems` (the widget is never rebuilt because data changed), window and selection are
 * controlled props pushed only when they changed, and listeners are registered once and call the
 * latest callbacks through a ref.
 */
export function useVisTimeline(container: RefObject<HTMLElement | null>, props: UseVisTimelineProps): TimelineHandle {
  const { items, window, selectedId, minDays, maxDays, onSelect, onWindowChange } = props;
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef<DataSet<VisItem> | null>(null);
  const shownRef = useRef<readonly TimelineItem[]>([]);
  /** The last `window` prop pushed to the widget: a prop that did not change is not re-applied,
   * so a re-render while the user's pan is still on its way to the URL never snaps the view back. */
  const appliedWindowRef = useRef<TimelineWindow | null>(null);
  const latest = useRef({ onSelect, onWindowChange, selectedId, window, minDays, maxDays });
  useLayoutEffect(() => {
    latest.current = { onSelect, onWindowChange, selectedId, window, minDays, maxDays };
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
      maxHeight: 360,
      minHeight: 160,
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
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
      if (id !== undefined) latest.current.onSelect(String(id));
      else applySelection(); // a tap on empty space keeps the current selection
    });
    timeline.on('rangechanged', (event?: { start: Date; end: Date; byUser?: boolean }) => {
      if (event?.byUser === true) latest.current.onWindowChange(toWindow(event));
    });
    timelineRef.current = timeline;
    dataRef.current = data;
    shownRef.current = [];
    appliedWindowRef.current = initial;
    return () => {
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
    const diff = diffItems(shownRef.current, items);
    // An update is a remove + add: DataSet.update merges fields, and a range turned point must lose its `end`.
    const gone = [...diff.remove, ...diff.update.map((item) => item.id)];
    if (gone.length > 0) data.remove(gone);
    const fresh = [...diff.add, ...diff.update];
    if (fresh.length > 0) data.add(fresh.map(toVisItem));
    shownRef.current = items;
    applySelection();
  }, [items, applySelection]);

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

  return useMemo<TimelineHandle>(
    () => ({
      getWindow: () => {
        const timeline = timelineRef.current;
        return timeline ? toWindow(timeline.getWindow()) : null;
      },
    }),
    [],
  );
}
