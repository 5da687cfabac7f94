import { compareDays } from '../domain/calendar.ts';
import type { IndexedEvent } from '../domain/corpus-index.ts';
import type { DayWindow } from '../domain/day-window.ts';
import type { VisibleEvents } from '../domain/event-query.ts';

/**
 * The event ArrowLeft (-1) or ArrowRight (+1) moves to, in date order among the shown events. With
 * nothing selected it starts from what is on screen: the first event in the window going right, the
 * last going left (the first or last event of all when the window shows none on that side).
 */
export function steppedEvent(
  visible: VisibleEvents,
  selectedId: string | null,
  direction: -1 | 1,
  window: DayWindow | null,
): IndexedEvent | null {
  const { events } = visible;
  if (events.length === 0) return null;
  const at = selectedId === null ? undefined : visible.positionById.get(selectedId);
  if (at !== undefined) return events[Math.min(events.length - 1, Math.max(0, at + direction))] ?? null;
  if (window !== null) {
    if (direction === 1) {
      const first = events.find((e) => compareDays(e.end ?? e.start, window.from) >= 0 && compareDays(e.start, window.to) < 0);
      if (first) return first;
    } else {
      const last = events.findLast((e) => compareDays(e.start, window.to) < 0 && compareDays(e.end ?? e.start, window.from) >= 0);
      if (last) return last;
    }
  }
  return (direction === 1 ? events[0] : events[events.length - 1]) ?? null;
}

/** The first (-1) or last (+1) shown event: Home and End. */
export function endEvent(visible: VisibleEvents, which: -1 | 1): IndexedEvent | null {
  const { events } = visible;
  return (which === -1 ? events[0] : events[events.length - 1]) ?? null;
}
