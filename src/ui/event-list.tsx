import {
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { describeMonth } from '../domain/calendar-period.ts';
import { reportCounts } from '../domain/corpus-index.ts';
import type { EventSource } from '../domain/corpus.ts';
import { MAX_TITLE_CHARS, shortenText } from '../domain/display-text.ts';
import { describeEventDate, type DatedEvent } from '../domain/event-date-label.ts';
import { M } from '../i18n/messages.ts';
import { Highlighted, type TextRanges } from './highlighted.tsx';
import type { SourceInfo } from './source-info.ts';
import { Segmented } from './toolbar.tsx';
import { RowHeights, scrollTopShowing, visibleRows } from './virtual-rows.ts';

/**
 * An event as the list needs it (a corpus event fits as is). The date is worded only when its row
 * is rendered: wording 100,000 dates up front took ~0.8 s.
 */
export interface EventListEntry extends DatedEvent {
  id: string;
  title: string;
  uncertain?: boolean;
  sources: ReadonlyArray<Pick<EventSource, 'docId' | 'timexValue'>>;
}

export type ListOrder = 'date' | 'key';

/** A row of the list: a month heading (date order) or an event. */
type ListRow = { kind: 'month'; id: string; label: string } | { kind: 'event'; id: string; entry: EventListEntry; position: number };

function rowsOf(entries: readonly EventListEntry[], order: ListOrder): ListRow[] {
  if (order === 'key') return entries.map((entry, position) => ({ kind: 'event', id: entry.id, entry, position }));
  const rows: ListRow[] = [];
  let month = '';
  entries.forEach((entry, position) => {
    const key = entry.start.slice(0, 7);
    if (key !== month) {
      month = key;
      rows.push({ kind: 'month', id: `#month/${key}`, label: describeMonth(entry.start) });
    }
    rows.push({ kind: 'event', id: entry.id, entry, position });
  });
  return rows;
}

export interface EventListHandle {
  /** Moves keyboard focus to an event's button (e.g. after its details close). */
  focusEvent: (id: string) => void;
}

export interface EventListProps {
  /** In the order shown: date order (grouped by month), or by importance for `order: 'key'`. */
  entries: readonly EventListEntry[];
  order: ListOrder;
  onOrder: (order: ListOrder) => void;
  /** Source of each document (colour, short name), by id. */
  sourceOf: (docId: string) => SourceInfo | undefined;
  highlight?: ((text: string) => TextRanges) | undefined;
  /** Shown when the list is empty. */
  emptyMessage: string;
  /** Extra content under an empty list (a "Clear search and filters" button). */
  emptyAction?: ReactNode;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /**
   * Pixels at the bottom of the viewport hidden by an overlay (the phone's bottom sheet): a selected
   * row that is on screen but under it is scrolled above it.
   */
  coveredBottomPx?: number;
  ref?: Ref<EventListHandle>;
}

/** Up to this many rows the list is rendered whole (cheap, and find-in-page sees every event). */
const RENDER_ALL_BELOW = 200;
/** Rows are rendered this far above and below the visible part of the list. */
const OVERSCAN_PX = 800;
/** Height assumed for a row not measured yet (a two-line title and its date). */
const ESTIMATED_ROW_PX = 72;
/** Room left between a lifted row and the bottom sheet's top edge. */
const ROW_GAP_PX = 8;

/**
 * Every event as a button in date order: the keyboard and screen-reader path through the timeline.
 * Long lists are windowed: only rows near the list's scroll viewport are in the DOM, each placed
 * at its offset (heights are measured once rendered, estimated before) and numbered with
 * aria-posinset/aria-setsize so a screen reader still hears "12 of 100,000". The selected row is
 * always rendered and scrolled into view; ArrowUp/ArrowDown/Home/End move between rows. The list is
 * one Tab stop (a roving tabindex on the selected row, else the last focused, else the first), so Tab
 * goes on to the details instead of through every event.
 */
export function EventList(props: EventListProps) {
  const { entries: events, order, onOrder, sourceOf, highlight, emptyMessage, emptyAction, selectedId, onSelect, coveredBottomPx = 0, ref } = props;
  const entries = useMemo(() => rowsOf(events, order), [events, order]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Rows are memoised and get one stable callback, so a new selection re-renders two rows, not all.
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });
  const select = useCallback((id: string) => onSelectRef.current(id), []);

  const indexById = useMemo(() => new Map(entries.map((row, i) => [row.id, i])), [entries]);
  const highlightRef = useRef(highlight);
  useLayoutEffect(() => {
    highlightRef.current = highlight;
  });
  /** Measured row heights by event id, kept across new entries; cleared when the list's width changes (rows rewrap). */
  const heights = useRef(new Map<string, number>());
  /** Set when the last commit measured new heights, so its offsets are already out of date. */
  const remeasured = useRef(false);
  /** Counts renders asked for by a measurement or a reveal (the row heights change in place). */
  const [measured, setMeasured] = useState(0);
  /** Counts width changes: every row is measured again. */
  const [widths, setWidths] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  /** A row that must be rendered so it can take focus (keyboard moves, `focusEvent`). */
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  // Built once per entries (and width); measurements then update it in place, O(log n) each.
  const rows = useMemo(
    () => new RowHeights(entries.length, (i) => heights.current.get(entries[i]?.id ?? '') ?? ESTIMATED_ROW_PX),
    // `widths` counts width changes, after which `heights` is empty.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, widths],
  );
  const range = visibleRows(rows, viewport.top, viewport.height, OVERSCAN_PX, RENDER_ALL_BELOW);
  const selectedIndex = selectedId === null ? undefined : indexById.get(selectedId);
  /** The row Tab lands on: it is always rendered, so the list never loses its Tab stop. */
  const firstEventRow = entries.findIndex((row) => row.kind === 'event');
  const tabStop = selectedIndex ?? focusIndex ?? Math.max(0, firstEventRow);
  const rendered = useMemo(() => {
    const rows: number[] = [];
    for (let i = range.start; i < range.end; i++) rows.push(i);
    for (const extra of new Set([tabStop, focusIndex])) {
      if (extra !== null && extra < entries.length && (extra < range.start || extra >= range.end)) rows.push(extra);
    }
    return rows.sort((a, b) => a - b);
  }, [range.start, range.end, tabStop, focusIndex, entries.length]);

  const readViewport = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    // A list that is not its own scroll box (a short list on a phone) shows all of itself.
    const height = scroller.scrollHeight > scroller.clientHeight ? scroller.clientHeight : scroller.scrollHeight;
    setViewport((v) => (v.top === scroller.scrollTop && v.height === height ? v : { top: scroller.scrollTop, height }));
  }, []);

  // Measure what was rendered; a changed height re-renders before paint with corrected offsets.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let changed = false;
    for (const row of list.children) {
      if (!(row instanceof HTMLElement)) continue;
      const id = row.dataset.rowId;
      const index = Number(row.dataset.rowIndex);
      if (id === undefined || entries[index]?.id !== id) continue;
      const height = row.offsetHeight;
      if (height > 0 && rows.set(index, height)) {
        heights.current.set(id, height);
        changed = true;
      }
    }
    remeasured.current = changed;
    if (changed) setMeasured((m) => m + 1);
  }, [rendered, measured, entries, rows]);

  // The viewport follows scrolling and resizing; a new width rewraps titles, so heights are re-measured.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return undefined;
    let width = scroller.clientWidth;
    const observer = new ResizeObserver(() => {
      if (scroller.clientWidth !== width) {
        width = scroller.clientWidth;
        heights.current.clear();
        setWidths((w) => w + 1);
      }
      readViewport();
    });
    observer.observe(scroller);
    readViewport();
    return () => observer.disconnect();
  }, [readViewport, entries.length]);

  /**
   * A row to bring into the list's own scroll box (never the page: scrollIntoView would also scroll
   * the page, yanking it away from the timeline the user just clicked). Rows near it are measured
   * only once rendered, which moves it, so it is revealed again after each measurement until it
   * stays put (a few passes at most).
   */
  const revealTarget = useRef<{ index: number; passes: number } | null>(null);
  const coveredRef = useRef(coveredBottomPx);
  useLayoutEffect(() => {
    coveredRef.current = coveredBottomPx;
  });
  /**
   * The one page scroll the list makes: a row on screen but under the bottom sheet is lifted above
   * it. A row off screen is left alone (the user is looking at the timeline, not at the list).
   */
  const liftAboveCover = useCallback(
    (index: number) => {
      const covered = coveredRef.current;
      const id = entries[index]?.id;
      const button = id === undefined ? undefined : buttonOf(listRef.current, id);
      if (covered <= 0 || !button) return;
      const box = button.getBoundingClientRect();
      const limit = window.innerHeight - covered;
      if (box.top < window.innerHeight && box.bottom > limit) window.scrollBy({ top: box.bottom - limit + ROW_GAP_PX });
    },
    [entries],
  );
  useLayoutEffect(() => {
    const target = revealTarget.current;
    const scroller = scrollerRef.current;
    // Heights just changed: this commit's offsets are stale, the next render brings fresh ones.
    if (!target || !scroller || remeasured.current) return;
    if (scroller.scrollHeight <= scroller.clientHeight || target.passes >= 6) {
      revealTarget.current = null;
      liftAboveCover(target.index);
      return;
    }
    const top = scrollTopShowing(rows, target.index, scroller.scrollTop, scroller.clientHeight);
    if (Math.abs(top - scroller.scrollTop) < 1) {
      revealTarget.current = null;
      liftAboveCover(target.index);
      return;
    }
    target.passes += 1;
    scroller.scrollTop = top;
    readViewport();
  });
  const reveal = useCallback(
    (index: number) => {
      revealTarget.current = { index, passes: 0 };
      setMeasured((m) => m + 1); // a render, so the reveal pass above runs
    },
    [],
  );

  // Also when the sheet opens or changes height: it may now cover the selected row.
  useEffect(() => {
    if (selectedIndex !== undefined) reveal(selectedIndex);
  }, [selectedIndex, coveredBottomPx, reveal]);

  const focusRow = useCallback(
    (index: number) => {
      pendingFocus.current = index;
      setFocusIndex(index);
      reveal(index);
    },
    [reveal],
  );
  // Focus lands once the row is rendered.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const id = entries[index]?.id;
    const button = id === undefined ? undefined : buttonOf(listRef.current, id);
    if (button) {
      pendingFocus.current = null;
      button.focus({ preventScroll: true });
    }
  });

  useImperativeHandle(
    ref,
    () => ({
      focusEvent: (id) => {
        const index = indexById.get(id);
        if (index !== undefined) focusRow(index);
      },
    }),
    [indexById, focusRow],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const row = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-row-index]') : null;
    const at = row ? Number(row.dataset.rowIndex) : NaN;
    if (Number.isNaN(at)) return;
    const isEvent = (i: number): boolean => entries[i]?.kind === 'event';
    const step = (from: number, by: 1 | -1): number => {
      for (let i = from + by; i >= 0 && i < entries.length; i += by) if (isEvent(i)) return i;
      return from;
    };
    const target =
      event.key === 'ArrowDown' ? step(at, 1)
      : event.key === 'ArrowUp' ? step(at, -1)
      : event.key === 'Home' ? step(-1, 1)
      : event.key === 'End' ? step(entries.length, -1)
      : null;
    if (target === null) return;
    event.preventDefault();
    focusRow(target);
  };

  const total = rows.total();
  return (
    <section className="sl-events" aria-label={M.list.region}>
      <div className="sl-events__head">
        <h2 className="sl-section-title">
          {M.list.title} <span className="sl-count">({events.length.toLocaleString('en')})</span>
        </h2>
        <Segmented label={M.list.order} options={[['date', M.list.byDate], ['key', M.list.keyFirst]]} value={order} onChange={onOrder} />
      </div>
      {entries.length === 0 ? (
        <div className="sl-events__empty">
          <p className="sl-muted">{emptyMessage}</p>
          {emptyAction}
        </div>
      ) : (
        <div
          ref={scrollerRef}
          className={
            entries.length > RENDER_ALL_BELOW ? 'sl-events__scroller sl-events__scroller--windowed' : 'sl-events__scroller'
          }
          onScroll={readViewport}
        >
          <ol className="sl-events__list" ref={listRef} style={{ height: total }} onKeyDown={onKeyDown}>
            {rendered.map((i) => {
              const row = entries[i];
              if (!row) return null;
              if (row.kind === 'month') {
                return (
                  <li key={row.id} className="sl-events__row sl-events__month" style={{ transform: `translateY(${rows.top(i)}px)` }} data-row-id={row.id} data-row-index={i}>
                    <h3 className="sl-events__month-title">{row.label}</h3>
                  </li>
                );
              }
              return (
                <EventRow
                  key={row.id}
                  entry={row.entry}
                  index={i}
                  position={row.position}
                  setSize={events.length}
                  top={rows.top(i)}
                  selected={row.id === selectedId}
                  tabbable={i === tabStop}
                  onSelect={select}
                  sourceOf={sourceOf}
                  highlight={highlight}
                />
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}

const EventRow = memo(function EventRow({
  entry,
  index,
  position,
  setSize,
  top,
  selected,
  tabbable,
  onSelect,
  sourceOf,
  highlight,
}: {
  entry: EventListEntry;
  index: number;
  position: number;
  setSize: number;
  top: number;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  sourceOf: (docId: string) => SourceInfo | undefined;
  highlight: ((text: string) => TextRanges) | undefined;
}) {
  const first = entry.sources[0];
  const source = first ? sourceOf(first.docId) : undefined;
  const title = shortenText(entry.title, MAX_TITLE_CHARS);
  return (
    <li
      className="sl-events__row"
      style={{ transform: `translateY(${top}px)` }}
      aria-setsize={setSize}
      aria-posinset={position + 1}
      data-row-id={entry.id}
      data-row-index={index}
    >
      <button
        type="button"
        className="sl-events__item"
        data-event-id={entry.id}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onSelect(entry.id)}
      >
        <span className="sl-events__title">
          <bdi>
            <Highlighted text={title} ranges={highlight?.(title)} />
          </bdi>
        </span>
        <span className="sl-events__meta">
          <span className="sl-events__date">
            {entry.uncertain === true && (
              <span className="sl-badge sl-badge--uncertain" role="img" aria-label={M.badges.uncertain}>
                ?
              </span>
            )}{' '}
            {describeEventDate(entry)}
          </span>
          {source && (
            <span className={`sl-events__source sl-src-${source.slot}`}>
              <span className="sl-swatch" aria-hidden="true" />
              <bdi>{source.name}</bdi>
              {entry.sources.length > 1 && <span className="sl-events__count"> · {reportsOf(entry)}</span>}
            </span>
          )}
          {!source && entry.sources.length > 1 && <span className="sl-events__count">{reportsOf(entry)}</span>}
        </span>
      </button>
    </li>
  );
});

function reportsOf(entry: EventListEntry): string {
  const { quotes, articles } = reportCounts(entry);
  return M.reports(quotes, articles);
}

function buttonOf(list: HTMLOListElement | null, id: string): HTMLButtonElement | undefined {
  return list?.querySelector<HTMLButtonElement>(`button[data-event-id="${CSS.escape(id)}"]`) ?? undefined;
}
