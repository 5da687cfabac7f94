import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { addDays, compareDays } from '../domain/calendar.ts';
import { sameWindow, type DayWindow } from '../domain/day-window.ts';
import { renderItemContent } from './item-content.ts';
import { BRUSH_ID, overviewItems } from './overview-items.ts';
import { TimelineAdapter } from './timeline-adapter.ts';
import type { TimelineItem } from './timeline-items.ts';

export interface OverviewHandle {
  /** Moves the brush to the main chart's window (every frame of a pan), without a render. */
  showWindow: (window: DayWindow) => void;
}

export interface OverviewBandProps {
  /** The shown events' items (the overview bins and ticks them). */
  items: readonly TimelineItem[];
  /** The whole span to draw (every shown event, padded). */
  span: DayWindow | null;
  /** The main chart's window, drawn as the brush. */
  window: DayWindow | null;
  /** The brush was dragged or resized (`final` when the drag ended). */
  onBrush: (window: DayWindow, final: boolean) => void;
  /** A click beside the brush: centre the main chart on this day. */
  onJump: (day: string) => void;
  reducedMotion: boolean;
  /** A short description for screen readers (the band itself is drawn for the eye). */
  summary: string;
  label: string;
  handleRef?: Ref<OverviewHandle>;
}

/**
 * The overview band under the main chart: the whole corpus at once, a histogram of event density,
 * ticks for the most important events, and the main window as a brush to drag, resize or click.
 * A second TimelineAdapter, not a second copy of the chart's code.
 */
export function OverviewBand({ items, span, window, onBrush, onJump, reducedMotion, summary, label, handleRef }: OverviewBandProps) {
  const container = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<TimelineAdapter | null>(null);
  const latest = useRef({ onBrush, onJump, span });
  useLayoutEffect(() => {
    latest.current = { onBrush, onJump, span };
  });
  const [widthPx, setWidthPx] = useState(0);
  const brushRef = useRef<DayWindow | null>(window);
  // Binned once the band's width is known (its mount effect measures it): not at the width guessed
  // before, so the histogram over every event is built once, after the chart's first paint.
  const base = useMemo(() => (span && widthPx > 0 ? overviewItems(items, span, widthPx, null) : []), [items, span, widthPx]);
  const baseRef = useRef(base);
  useLayoutEffect(() => {
    baseRef.current = base;
  });

  const draw = (): void => {
    const adapter = adapterRef.current;
    if (!adapter) return;
    const brush = brushRef.current;
    const withBrush = brush && span ? overviewItems([], span, widthPx || 600, clampToSpan(brush, span)) : [];
    adapter.setItems([...baseRef.current, ...withBrush]);
  };

  useEffect(() => {
    const element = container.current;
    if (!element || !latest.current.span) return undefined;
    const adapter = new TimelineAdapter(element, {
      kind: 'overview',
      window: latest.current.span,
      minDays: 1,
      maxDays: 4_000_000,
      reducedMotion: true,
      template: renderItemContent,
      maxHeight: 100,
      minHeight: 100,
    });
    adapter.on('moving', (id, moved) => {
      if (id !== BRUSH_ID) return;
      brushRef.current = moved;
      latest.current.onBrush(moved, false);
    });
    adapter.on('moved', (id, moved) => {
      if (id === BRUSH_ID) latest.current.onBrush(moved, true);
    });
    adapter.on('click', (day, itemId) => {
      if (itemId !== BRUSH_ID) latest.current.onJump(day);
    });
    adapterRef.current = adapter;
    const observer = new ResizeObserver(() => setWidthPx(element.clientWidth));
    observer.observe(element);
    setWidthPx(element.clientWidth);
    return () => {
      observer.disconnect();
      adapter.destroy();
      adapterRef.current = null;
    };
    // Created once per mount; the span and items reach it through the effects below.
  }, [Boolean(span)]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (span) adapterRef.current?.setWindow(span, { animate: !reducedMotion });
  }, [span, reducedMotion]);

  useEffect(() => {
    if (!sameWindow(brushRef.current, window)) brushRef.current = window;
    draw();
  });

  // The chart reports its window on every frame of a drag or zoom, sometimes several times a frame:
  // the brush is redrawn at most once per frame (each redraw re-lays out the whole band).
  const frame = useRef<number | null>(null);
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);
  useImperativeHandle(
    handleRef,
    () => ({
      showWindow: (next) => {
        if (sameWindow(brushRef.current, next)) return;
        brushRef.current = next;
        frame.current ??= requestAnimationFrame(() => {
          frame.current = null;
          draw();
        });
      },
    }),
  );

  if (!span) return null;
  return (
    <div className="sl-overview">
      <p className="sl-visually-hidden">{summary}</p>
      <div ref={container} className="sl-overview__chart" role="img" aria-label={label} title={label} />
    </div>
  );
}

function clampToSpan(window: DayWindow, span: DayWindow): DayWindow {
  const from = compareDays(window.from, span.from) < 0 ? span.from : window.from;
  const to = compareDays(window.to, span.to) > 0 ? span.to : window.to;
  return compareDays(from, to) < 0 ? { from, to } : { from, to: addDays(from, 1) };
}
