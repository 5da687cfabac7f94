// The esnext builds: no bundled core-js polyfills or second copy of vis-data. Measured with
// `vite build`: esnext 771 kB (221 kB gzip), standalone 906 kB (267 kB), peer 948 kB (289 kB).
import { DataSet } from 'vis-data/esnext';
import {
  Timeline,
  type DataGroup,
  type DataItem,
  type DateType,
  type TimelineItem as VisTimelineItem,
  type TimelineOptions,
} from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { addDaysWithin as addDays, parseIsoDay, toIsoDayWithin as toIsoDay } from '../domain/calendar.ts'; // held to 0001-9999
import { sameWindow, type DayWindow } from '../domain/day-window.ts';
import { AXIS_MINOR_CHARS, weekScaleFor } from './axis-scale.ts';
import { diffItems, stackOrder, type TimelineItem } from './timeline-items.ts';

/**
 * vis-timeline behind a narrow, React-free handle (react-map-gl's `maplibre.ts` model): created once
 * on an element, fed plain data (`setItems` diffs against what it holds, so the widget is never
 * rebuilt because data changed), told its window, selection and lanes, listened to with `on`, and
 * destroyed. Every setter compares with what the widget has and calls vis only for a real change.
 * vis's `xss` option is never touched: its default filter stays on for any string content.
 * The main chart and the overview band are two instances with different `kind`s.
 */

const DAY_MS = 86_400_000;

/** A lane (vis group). */
export interface TimelineLane {
  id: string;
  /** Plain text (from documents: publisher, title, actor name); set as textContent. */
  label: string;
  /** Colour slot class of the lane's source, when it has one. */
  className?: string;
}

export interface TimelineAdapterOptions {
  /** `chart`: stacked, pannable and zoomable; `overview`: the whole span, fixed, items side by side. */
  kind: 'chart' | 'overview';
  window: DayWindow | null;
  minDays: number;
  maxDays: number;
  /** Builds an item's DOM from its data (textContent only: titles are untrusted). */
  template: (item: TimelineItem) => HTMLElement;
  /** Builds a lane label's DOM. */
  laneTemplate?: (lane: TimelineLane) => HTMLElement;
  /** No animated moves (prefers-reduced-motion). */
  reducedMotion: boolean;
  /** Chart height bounds (CSS lengths or px). */
  maxHeight?: string | number;
  minHeight?: string | number;
  /** Whether items are drawn with wide margins (events) or touching (per-period counts). */
  packed?: boolean;
}

export interface AdapterEvents {
  /** An item was clicked or tapped (its item id), or empty space (null). */
  select: (itemId: string | null) => void;
  /** The range moves (every frame of a drag or zoom). */
  rangechange: (range: { start: Date; end: Date }) => void;
  /** The range settled; `byUser` for pans and zooms the user made. */
  rangechanged: (window: DayWindow, byUser: boolean) => void;
  /** A click on the chart's background at a day (the overview: move the brush there). */
  click: (day: string, itemId: string | null) => void;
  /** An editable item is dragged or resized (the overview's brush): its new span. */
  moving: (itemId: string, window: DayWindow) => void;
  /** The drag or resize ended: its last span. */
  moved: (itemId: string, window: DayWindow) => void;
}

type VisItem = DataItem & { id: string; data: TimelineItem };
type VisGroup = DataGroup & { id: string; lane: TimelineLane };

export function toVisWindow(window: DayWindow): { start: Date; end: Date } | null {
  const start = parseIsoDay(window.from);
  const end = parseIsoDay(window.to);
  return start && end ? { start, end } : null;
}

export function fromVisRange(range: { start: Date; end: Date }): DayWindow {
  return { from: toIsoDay(range.start), to: toIsoDay(range.end) };
}

/** The days a range touches, for querying items: a partly visible last day counts. */
export function coveredDays(range: { start: Date; end: Date }): DayWindow {
  return { from: toIsoDay(range.start), to: addDays(toIsoDay(range.end), 1) };
}

function toVisItem(item: TimelineItem): VisItem {
  const start = parseIsoDay(item.start) ?? item.start;
  const end = item.endExclusive === null ? undefined : parseIsoDay(item.endExclusive);
  const type = item.kind === 'point' ? 'point' : item.kind === 'band' ? 'background' : 'range';
  return {
    id: item.id,
    content: item.label,
    start,
    ...(end ? { end } : {}),
    type,
    className: item.className,
    ...(item.group === undefined ? {} : { group: item.group }),
    ...(item.kind === 'brush' ? { editable: { updateTime: true, remove: false, updateGroup: false } } : {}),
    data: item,
  };
}

function toDate(value: DateType): Date {
  return value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
}

function margins(packed: boolean): NonNullable<TimelineOptions['margin']> {
  return { item: { horizontal: packed ? 0 : 6, vertical: 6 }, axis: 8 };
}

export class TimelineAdapter {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private shown: readonly TimelineItem[] = [];
  private lanes: readonly TimelineLane[] | null = null;
  private selection: readonly string[] = [];
  private window: DayWindow | null;
  private limits: string;
  private packed: boolean;
  private weekScale: boolean;
  /** Set while a `reveal` moves the view: that move is reported as the user's. */
  private revealing = false;
  private readonly listeners: { [K in keyof AdapterEvents]: Set<AdapterEvents[K]> } = {
    select: new Set(),
    rangechange: new Set(),
    rangechanged: new Set(),
    click: new Set(),
    moving: new Set(),
    moved: new Set(),
  };

  constructor(
    private readonly element: HTMLElement,
    private readonly options: TimelineAdapterOptions,
  ) {
    const { window, minDays, maxDays, kind } = options;
    const overview = kind === 'overview';
    this.window = window;
    this.limits = `${minDays}:${maxDays}`;
    this.packed = options.packed ?? false;
    const visWindow = window ? toVisWindow(window) : null;
    this.weekScale = visWindow ? weekScaleFor(visWindow.end.getTime() - visWindow.start.getTime(), element.clientWidth, 0) : false;
    const visOptions: TimelineOptions = {
      orientation: { axis: overview ? 'bottom' : 'top', item: overview ? 'bottom' : 'top' },
      stack: !overview,
      // Stated days on top, long approximate periods below (see stackOrder); vis hands the items' data.
      ...(overview ? {} : { order: (a: VisItem, b: VisItem) => stackOrder(a.data, b.data) }),
      selectable: !overview,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      moveable: !overview,
      zoomable: !overview,
      // A plain wheel scrolls the page; Ctrl + wheel (and a trackpad pinch, which browsers send as
      // one) zooms. Over the chart a wheel used to be captured for zooming, so the page never scrolled.
      zoomKey: 'ctrlKey',
      verticalScroll: !overview,
      ...(overview ? { itemsAlwaysDraggable: { item: true, range: true }, snap: null } : {}),
      maxHeight: options.maxHeight ?? 'max(320px, min(64vh, 620px))',
      minHeight: options.minHeight ?? 160,
      maxMinorChars: AXIS_MINOR_CHARS,
      showWeekScale: this.weekScale,
      format: { minorLabels: { week: 'D' }, majorLabels: { week: 'MMMM YYYY' } },
      margin: overview ? { item: { horizontal: 0, vertical: 0 }, axis: 0 } : margins(this.packed),
      // Set at creation: calling setOptions before vis's first draw keeps its root hidden, and vis
      // only reveals its root after the first range change.
      zoomMin: minDays * DAY_MS,
      zoomMax: maxDays * DAY_MS,
      template: (item: VisItem | undefined) => (item?.data ? options.template(item.data) : document.createElement('span')),
      ...(options.laneTemplate
        ? { groupTemplate: (group: VisGroup | undefined) => (group?.lane && options.laneTemplate ? options.laneTemplate(group.lane) : document.createElement('span')) }
        : {}),
      ...(overview
        ? {
            onMoving: (item: VisTimelineItem, callback: (item: VisTimelineItem | null) => void) => {
              const start = toDate(item.start);
              const end = item.end === undefined ? start : toDate(item.end);
              for (const l of this.listeners.moving) l(String(item.id), fromVisRange({ start, end }));
              callback(item);
            },
            // The brush is put where the app says (setItems) once the URL has the new window.
            onMove: (item: VisTimelineItem, callback: (item: VisTimelineItem | null) => void) => {
              const start = toDate(item.start);
              const end = item.end === undefined ? start : toDate(item.end);
              callback(item);
              for (const l of this.listeners.moved) l(String(item.id), fromVisRange({ start, end }));
            },
          }
        : {}),
      ...(visWindow ?? {}),
    };
    this.timeline = new Timeline(element, this.items, visOptions);

    this.timeline.on('select', (event?: { items?: Array<string | number> }) => {
      const id = event?.items?.[0];
      for (const l of this.listeners.select) l(id === undefined ? null : String(id));
    });
    this.timeline.on('click', (event?: { time?: Date; item?: string | number | null; what?: string }) => {
      if (!event?.time) return;
      const day = toIsoDay(event.time);
      for (const l of this.listeners.click) l(day, event.item === null || event.item === undefined ? null : String(event.item));
    });
    this.timeline.on('rangechange', (event?: { start: Date; end: Date }) => {
      if (!event) return;
      this.updateAxisScale(event);
      for (const l of this.listeners.rangechange) l(event);
    });
    let revealed = false;
    this.timeline.on('rangechanged', (event?: { start: Date; end: Date; byUser?: boolean }) => {
      // vis reveals its root on the first 'changed' after its first (200 ms debounced) 'rangechanged',
      // and nothing redraws until the next data change: redraw once so the chart shows now, not ~1 s later.
      if (!revealed) {
        revealed = true;
        this.timeline.redraw();
      }
      if (!event) return;
      this.updateAxisScale(event);
      const window = fromVisRange(event);
      const byUser = event.byUser === true || this.revealing;
      this.revealing = false;
      for (const l of this.listeners.rangechanged) l(window, byUser);
    });
  }

  on<K extends keyof AdapterEvents>(name: K, listener: AdapterEvents[K]): () => void {
    const set = this.listeners[name] as Set<AdapterEvents[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  /** The window the widget shows now (ahead of the app's while the user pans). */
  getWindow(): DayWindow {
    return fromVisRange(this.timeline.getWindow());
  }

  /** The visible range as vis holds it (fractions of days included). */
  getRange(): { start: Date; end: Date } {
    return this.timeline.getWindow();
  }

  widthPx(): number {
    return this.element.clientWidth;
  }

  /** Makes the widget hold exactly `items`: a diff, so only what changed is touched. */
  setItems(items: readonly TimelineItem[]): void {
    const diff = diffItems(this.shown, items);
    // An update is a remove + add: DataSet.update merges fields, and a range turned point must lose its `end`.
    const gone = [...diff.remove, ...diff.update.map((item) => item.id)];
    if (gone.length > 0) this.items.remove(gone);
    const fresh = [...diff.add, ...diff.update];
    if (fresh.length > 0) this.items.add(fresh.map(toVisItem));
    this.shown = items;
    this.applySelection();
  }

  /** The items the widget holds now. */
  getItems(): readonly TimelineItem[] {
    return this.shown;
  }

  /** Lanes, or null for one lane. Items name their lane in `group`. */
  setGroups(lanes: readonly TimelineLane[] | null): void {
    if (sameLanes(this.lanes, lanes)) return;
    this.lanes = lanes;
    if (lanes === null) {
      this.timeline.setGroups(undefined);
      return;
    }
    const groups = new DataSet<VisGroup>(lanes.map((lane) => ({ id: lane.id, content: lane.label, lane, className: lane.className ?? '' })));
    this.timeline.setGroups(groups);
  }

  /**
   * Moves the view unless it was last told to show `window` or already shows it. The first check
   * keeps a re-render (with the URL still behind a pan the user is making) from snapping the view back.
   */
  setWindow(window: DayWindow, { animate = true }: { animate?: boolean } = {}): void {
    if (sameWindow(this.window, window)) return;
    this.window = window;
    if (sameWindow(this.getWindow(), window)) return;
    const range = toVisWindow(window);
    if (!range) return;
    const animation = animate && !this.options.reducedMotion ? { duration: 300, easingFunction: 'easeInOutQuad' as const } : false;
    this.timeline.setWindow(range.start, range.end, { animation });
  }

  /** Selects the items with these ids (those the widget holds). */
  setSelection(itemIds: readonly string[]): void {
    this.selection = itemIds;
    this.applySelection();
  }

  setLimits(minDays: number, maxDays: number): void {
    const limits = `${minDays}:${maxDays}`;
    if (limits === this.limits) return;
    this.limits = limits;
    this.timeline.setOptions({ zoomMin: minDays * DAY_MS, zoomMax: maxDays * DAY_MS });
  }

  /** Per-period counts touch end to end; vis's horizontal item margin would stack every other one. */
  setPacked(packed: boolean): void {
    if (packed === this.packed || this.options.kind === 'overview') return;
    this.packed = packed;
    this.timeline.setOptions({ margin: margins(packed) });
  }

  /**
   * Scrolls the chart's stack so the item is in view when it is hidden above or below (a selection
   * made in the list). vis's `focus` also centres it in time; the move is then reported as the
   * user's (`rangechanged` with byUser), so the URL follows.
   */
  reveal(itemId: string): void {
    const panel = this.element.querySelector('.vis-panel.vis-center');
    const eventId = this.shown.find((i) => i.id === itemId)?.eventId;
    const content = eventId ? this.element.querySelector(`[data-event-id="${CSS.escape(eventId)}"]`)?.closest('.vis-item') : null;
    if (!panel || !content || this.items.get(itemId) === null) return;
    const box = content.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    this.revealing = true;
    this.timeline.focus(itemId, { zoom: false, animation: this.options.reducedMotion ? false : { duration: 300, easingFunction: 'easeInOutQuad' } });
  }

  /** Redraws after the element was resized or restyled (vis also watches its size itself). */
  redraw(): void {
    this.timeline.redraw();
  }

  destroy(): void {
    for (const set of Object.values(this.listeners)) set.clear();
    this.timeline.destroy();
  }

  private applySelection(): void {
    const held = this.selection.filter((id) => this.items.get(id) !== null);
    const current = this.timeline.getSelection().map(String);
    if (current.length !== held.length || current.some((c, i) => c !== held[i])) this.timeline.setSelection(held);
  }

  private updateAxisScale(range: { start: Date; end: Date }): void {
    if (this.options.kind === 'overview') return;
    const charWidth = this.element.querySelector<HTMLElement>('.vis-time-axis .vis-minor.vis-measure')?.clientWidth ?? 0;
    const wanted = weekScaleFor(range.end.getTime() - range.start.getTime(), this.element.clientWidth, charWidth);
    if (wanted !== this.weekScale) {
      this.weekScale = wanted;
      this.timeline.setOptions({ showWeekScale: wanted });
    }
  }
}

function sameLanes(a: readonly TimelineLane[] | null, b: readonly TimelineLane[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((lane, i) => lane.id === b[i]?.id && lane.label === b[i]?.label && lane.className === b[i]?.className);
}
