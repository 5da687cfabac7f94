// Window arithmetic is held to the calendar (0001-9999): a frame around an edge date stops at the edge.
import { addDaysWithin as addDays, compareDays, daysBetween, type IsoDay } from '../domain/calendar.ts';
import { firstStartingFrom, type IndexedEvent } from '../domain/corpus-index.ts';
import type { DayWindow } from '../domain/day-window.ts';

export type { DayWindow };

/**
 * Window arithmetic for the timeline, on day strings: what the first view frames, zooming,
 * fitting, centring on a date. Pure, so the framing rules are unit-tested and every window the app
 * sets can be written to the URL as-is (`from`/`to`).
 */

/** The narrowest window: vis is given the same `zoomMin`, so windows never collapse to one day. */
export const MIN_WINDOW_DAYS = 2;
/** The widest window (two centuries) keeps zooming out from running into nonsense years. */
export const MAX_WINDOW_DAYS = 200 * 366;
/** Share of events the first view tries to keep together when outliers would crush them. */
const CLUSTER_SHARE = 0.8;
/** The cluster is framed instead of everything when it would fill less than this of the full view. */
const CRUSHED_BELOW = 0.25;

const lastDay = (event: IndexedEvent): IsoDay => event.end ?? event.start;

/**
 * How much of the chart's width an item's label needs to the right of the item's start, as a share
 * (label px / chart px). vis draws a point's label to the right of its dot, so the last labels of a
 * frame are cut by the chart's edge unless the frame leaves that much room after them. 0 when unknown.
 */
export type LabelShare = number;

/** A label never claims more than this share of the chart: past it the frame would only crush the rest. */
const MAX_LABEL_SHARE = 0.6;

/**
 * Pads `from..to`: a tenth of its width before (at least a day); after it three tenths (at least two
 * days), or more when `labelShare` says the last items' labels need more room at this scale.
 */
function padded(from: IsoDay, to: IsoDay, labelShare: LabelShare = 0): DayWindow {
  const width = Math.max(daysBetween(from, to), 0);
  const before = Math.max(1, Math.ceil(width * 0.1));
  // With `after` days past the last start, the frame spans before + width + 1 + after days, and the
  // label needs share * span of them: after >= share * (before + width + 1) / (1 - share).
  const share = Math.min(Math.max(labelShare, 0), MAX_LABEL_SHARE);
  const forLabels = Math.ceil((share * (before + width + 1)) / (1 - share));
  const after = Math.max(2, Math.ceil(width * 0.3), forLabels);
  const window = { from: addDays(from, -before), to: addDays(to, after + 1) };
  return widenWindow(window, MIN_WINDOW_DAYS);
}

/** The window grown around its centre to at least `minDays` (the widget refuses narrower ones). */
export function widenWindow(window: DayWindow, minDays: number): DayWindow {
  const width = daysBetween(window.from, window.to);
  if (width >= minDays) return window;
  const grow = minDays - width;
  const before = Math.floor(grow / 2);
  return { from: addDays(window.from, -before), to: addDays(window.to, grow - before) };
}

function bounds(events: readonly IndexedEvent[]): { from: IsoDay; to: IsoDay } | null {
  let from: IsoDay | null = null;
  let to: IsoDay | null = null;
  for (const event of events) {
    if (from === null || compareDays(event.start, from) < 0) from = event.start;
    const end = lastDay(event);
    if (to === null || compareDays(end, to) > 0) to = end;
  }
  return from !== null && to !== null ? { from, to } : null;
}

/** Every event, padded. Null when there are none. */
export function fitWindow(events: readonly IndexedEvent[], labelShare: LabelShare = 0): DayWindow | null {
  const b = bounds(events);
  return b ? padded(b.from, b.to, labelShare) : null;
}

/**
 * The first view: all events, unless a few outliers (a 2020 ceasefire among December 2022 events)
 * would squeeze the rest into a sliver. Then it frames the narrowest run of starts that holds
 * CLUSTER_SHARE of the events. However many that is: the item policy (timeline/item-window.ts) labels
 * the key events of each period and counts the rest, so 100,000 events open on their decades with
 * their most salient events named, not on a few days of one burst (an earlier cap on the events
 * framed gave a 4-day window on an hour axis at 100k);
 * `fitWindow`, behind "Fit all events", still shows everything. `labelShare` leaves room for the last
 * labels (see `padded`). O(n log n) for the sort, O(n) for the sliding window.
 */
export function initialWindow(events: readonly IndexedEvent[], labelShare: LabelShare = 0): DayWindow | null {
  const all = bounds(events);
  if (!all) return null;
  const n = events.length;
  const share = Math.ceil(n * CLUSTER_SHARE);
  const k = share;
  if (n < 3 || k >= n) return padded(all.from, all.to, labelShare);
  // Events usually come in reading order (by start) already: sorting 100,000 again took 300 ms.
  const sorted = events.every((e, i) => i === 0 || compareDays((events[i - 1] as IndexedEvent).start, e.start) <= 0)
    ? events
    : [...events].sort((a, b) => compareDays(a.start, b.start));
  let best = 0;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = 0; i + k - 1 < n; i++) {
    const first = sorted[i];
    const last = sorted[i + k - 1];
    if (!first || !last) continue;
    const width = daysBetween(first.start, last.start);
    if (width < bestWidth) {
      bestWidth = width;
      best = i;
    }
  }
  const first = sorted[best];
  const last = sorted[best + k - 1];
  if (!first || !last) return padded(all.from, all.to, labelShare);
  // Framed by starts only: a long range in the cluster (a blockade "in the coming weeks") still
  // shows its beginning, and does not stretch the frame until the points are crushed again.
  const cluster = { from: first.start, to: last.start };
  const clusterDays = daysBetween(cluster.from, cluster.to) + 1;
  const allDays = daysBetween(all.from, all.to) + 1;
  return clusterDays < allDays * CRUSHED_BELOW
    ? padded(cluster.from, cluster.to, labelShare)
    : padded(all.from, all.to, labelShare);
}

export function windowDays(window: DayWindow): number {
  return daysBetween(window.from, window.to);
}

/**
 * The widest window the chart may show: MAX_WINDOW_DAYS, or more when the corpus itself spans more
 * (a story that recalls 1066 beside 2022), so that "Fit all events" and zooming out always reach
 * every event.
 */
export function maxWindowDays(events: readonly IndexedEvent[], labelShare: LabelShare = 0): number {
  const fit = fitWindow(events, labelShare);
  return Math.max(MAX_WINDOW_DAYS, fit ? windowDays(fit) : 0);
}

/** A window of `days` centred on `day`, at most `maxDays` wide. */
export function centredWindow(day: IsoDay, days: number, maxDays = MAX_WINDOW_DAYS): DayWindow {
  const width = clampWidth(days, maxDays);
  const before = Math.floor(width / 2);
  return { from: addDays(day, -before), to: addDays(day, width - before) };
}

/** Scales the window around its centre: `factor` 0.5 zooms in, 2 zooms out. */
export function zoomWindow(window: DayWindow, factor: number, maxDays = MAX_WINDOW_DAYS): DayWindow {
  const width = windowDays(window);
  const centre = addDays(window.from, Math.floor(width / 2));
  return centredWindow(centre, Math.round(width * factor), maxDays);
}

function clampWidth(days: number, maxDays: number): number {
  return Math.min(maxDays, Math.max(MIN_WINDOW_DAYS, days));
}

/** True when some day of the event lies inside the window. */
export function showsEvent(window: DayWindow, event: IndexedEvent): boolean {
  return compareDays(event.start, window.to) <= 0 && compareDays(lastDay(event), window.from) >= 0;
}

/**
 * A frame that holds more events than this is too crowded to find one event in: a link to an event
 * (or a date) frames the event's neighbours instead. Well above what a story's corpus puts in its
 * first view, so only archives (thousands of events over decades) get the closer frame.
 */
export const CROWDED_FRAME_EVENTS = 200;
/** How many events before and after a linked event its closer frame holds (at most). */
const LINKED_NEIGHBOURS = 12;
/** A linked event's closer frame is at least this wide, so its neighbours in a burst of one day show too. */
const MIN_LINKED_DAYS = 14;

/**
 * The window for a linked event (a `?event=` or `?date=` link with no `from`/`to`): `frame` moved to
 * show it (see `windowShowing`), unless that frame holds more than CROWDED_FRAME_EVENTS starts. Then
 * the window is centred on the event and just wide enough for its LINKED_NEIGHBOURS neighbours on each
 * side (at least MIN_LINKED_DAYS, at most the frame's width), so the chart opens on the event among
 * its neighbours, labelled, instead of a decade of counts with one dot in it. `events` are the shown
 * events by start (`visibleEvents`), `position` the event's place among them. O(log n).
 */
export function windowForLinkedEvent(events: readonly IndexedEvent[], position: number, frame: DayWindow): DayWindow {
  const event = events[position];
  if (!event) return frame;
  const shown = windowShowing(frame, event);
  const inFrame = firstStartingFrom(events, shown.to) - firstStartingFrom(events, shown.from);
  if (inFrame <= CROWDED_FRAME_EVENTS) return shown;
  const before = events[Math.max(0, position - LINKED_NEIGHBOURS)] ?? event;
  const after = events[Math.min(events.length - 1, position + LINKED_NEIGHBOURS)] ?? event;
  const half = Math.max(daysBetween(before.start, event.start), daysBetween(event.start, after.start)) + 1;
  const days = Math.min(windowDays(shown), Math.max(MIN_LINKED_DAYS, 2 * half));
  return centredWindow(event.start, days);
}

/** The window unchanged when it shows the event, else the same width centred on the event's start. */
export function windowShowing(window: DayWindow, event: IndexedEvent): DayWindow {
  return showsEvent(window, event) ? window : centredWindow(event.start, windowDays(window));
}

/**
 * The event nearest to `day`: the smallest gap between the day and the event's days; ties go to an
 * event that starts on that very day, then to a stated day over a vaguer date, then to list order.
 */
export function nearestEvent(events: readonly IndexedEvent[], day: IsoDay): IndexedEvent | null {
  let best: IndexedEvent | null = null;
  let bestKey: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const event of events) {
    const gap =
      compareDays(day, event.start) < 0 ? daysBetween(day, event.start) : Math.max(0, daysBetween(lastDay(event), day));
    const key: [number, number, number] = [gap, Math.abs(daysBetween(day, event.start)), event.precision === 'day' ? 0 : 1];
    if (lessThan(key, bestKey)) {
      best = event;
      bestKey = key;
    }
  }
  return best;
}

function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The window scaled by `factor` around `centre` (kept at the same place on screen), at most `maxDays` wide. */
export function zoomAround(window: DayWindow, factor: number, centre: IsoDay, maxDays = MAX_WINDOW_DAYS): DayWindow {
  const width = windowDays(window);
  const next = clampWidth(Math.round(width * factor), maxDays);
  // The centre keeps its share of the window: a selection near the left edge stays near it.
  const share = width > 0 ? Math.min(1, Math.max(0, daysBetween(window.from, centre) / width)) : 0.5;
  const before = Math.round(next * share);
  return { from: addDays(centre, -before), to: addDays(centre, next - before) };
}

/** The window moved by `share` of its width (negative: earlier). */
export function shiftWindow(window: DayWindow, share: number): DayWindow {
  const days = Math.round(windowDays(window) * share) || Math.sign(share);
  return { from: addDays(window.from, days), to: addDays(window.to, days) };
}

/** The middle day of the events that show in the window (by start), or null when none does. */
export function centreOfEventsIn(window: DayWindow, events: readonly IndexedEvent[]): IsoDay | null {
  const inside = events.filter((e) => showsEvent(window, e));
  if (inside.length === 0) return null;
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return null;
  return addDays(first.start, Math.floor(daysBetween(first.start, last.start) / 2));
}
