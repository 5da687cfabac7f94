import { addDays, type IsoDay } from '../domain/calendar.ts';
import { dayNumberOf, describePeriod, nextPeriod, periodStart, periodUnitFor } from '../domain/calendar-period.ts';
import type { DayWindow } from '../domain/day-window.ts';
import type { TimelineItem } from './timeline-items.ts';

/**
 * What the overview band draws over the whole span: event density per period as bars, the most
 * important events as ticks, and the main chart's window as a brush. Pure.
 */

/** Pixels per histogram bar. */
const PX_PER_BAR = 6;
/** Pixels per salient tick: about one tick per label's width. */
const PX_PER_TICK = 48;

export const BRUSH_ID = '#brush';

/**
 * The `k` best-ranked event items, best first (the earlier of equals first): one pass keeping the
 * best `k` in order, not a sort of every event (k is a few dozen, the events up to 100,000).
 */
export function mostSalient(items: readonly TimelineItem[], k: number): TimelineItem[] {
  const best: TimelineItem[] = [];
  for (const item of items) {
    if (item.eventId === null) continue;
    const rank = item.rank ?? 0;
    if (best.length === k && rank <= ((best[k - 1] as TimelineItem).rank ?? 0)) continue;
    let at = best.length;
    while (at > 0 && ((best[at - 1] as TimelineItem).rank ?? 0) < rank) at -= 1;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

export function overviewItems(events: readonly TimelineItem[], span: DayWindow, widthPx: number, brush: DayWindow | null): TimelineItem[] {
  const items: TimelineItem[] = [];
  const spanDays = Math.max(1, dayNumberOf(span.to) - dayNumberOf(span.from));
  const unit = periodUnitFor(spanDays, Math.max(4, Math.floor(widthPx / PX_PER_BAR)));
  const starts = Int32Array.from(events, (e) => dayNumberOf(e.start)).sort();
  const bins: Array<{ start: IsoDay; end: IsoDay; count: number }> = [];
  let at = 0;
  const last = dayNumberOf(span.to);
  for (let start = periodStart(span.from, unit); dayNumberOf(start) < last; ) {
    const end = nextPeriod(start, unit);
    const endN = dayNumberOf(end);
    let count = 0;
    while (at < starts.length && (starts[at] ?? 0) < endN) {
      if ((starts[at] ?? 0) >= dayNumberOf(start)) count += 1;
      at += 1;
    }
    if (count > 0) bins.push({ start, end, count });
    start = end;
  }
  const densest = Math.max(1, ...bins.map((b) => b.count));
  for (const bin of bins) {
    items.push({
      id: `#bar/${bin.start}`,
      eventId: null,
      label: '',
      kind: 'bar',
      start: bin.start,
      endExclusive: bin.end,
      className: 'sl-ov-bar-item',
      // A square root, so one dense day does not flatten every other bar to nothing.
      level: Math.sqrt(bin.count / densest),
      title: `${bin.count.toLocaleString('en')} ${bin.count === 1 ? 'event' : 'events'} in ${describePeriod(bin.start, unit)}`,
    });
  }
  const tickCount = Math.max(1, Math.floor(widthPx / PX_PER_TICK));
  for (const e of mostSalient(events, tickCount)) {
    items.push({ id: `#tick/${e.id}`, eventId: null, label: '', kind: 'tick', start: e.start, endExclusive: addDays(e.start, 1), className: 'sl-ov-tick-item', title: e.label });
  }
  if (brush !== null) {
    items.push({ id: BRUSH_ID, eventId: null, label: '', kind: 'brush', start: brush.from, endExclusive: brush.to, className: 'sl-ov-brush' });
  }
  return items;
}
