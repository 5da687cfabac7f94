import type { EventDating } from './corpus.ts';
import { dayNumber } from './calendar.ts';

/**
 * When several reports date one happening: do their dates agree, and which date does the event
 * take? Each report's date gives a window for the day the happening began: a day is one day; a
 * month, a year or an approximate range is that range; "reported" (no date stated) is any day up to
 * publication. Reports agree when their windows share a day ("December 12" and "mid-December"), and
 * the event takes the most precise date that every window allows. When they do not agree
 * ("December 12" and "December 14"), the event takes the date most reports allow (ties: the more
 * precise, then the earlier) and is marked uncertain; each report keeps its own date.
 */

export interface StartWindow {
  /** First possible day, or null for "any day up to `to`" (a report that states no date). */
  from: string | null;
  to: string;
}

export function startWindow(d: EventDating): StartWindow {
  if (d.precision === 'reported') return { from: null, to: d.start };
  if (d.precision === 'day') return { from: d.start, to: d.start };
  return { from: d.start, to: d.end ?? d.start };
}

export function intersectWindows(a: StartWindow, b: StartWindow): StartWindow | undefined {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from !== null && from > to ? undefined : { from, to };
}

/** Days between two windows (0 when they overlap): how far apart two reports put the start. */
export function windowGap(a: StartWindow, b: StartWindow): number {
  if (intersectWindows(a, b)) return 0;
  const [early, late] = a.to < b.to ? [a, b] : [b, a];
  return late.from === null ? 0 : dayNumber(late.from) - dayNumber(early.to);
}

/** Days a window spans (a dateless report: effectively unbounded). */
export function windowWidth(w: StartWindow): number {
  return w.from === null ? 1_000_000 : dayNumber(w.to) - dayNumber(w.from) + 1;
}

export interface AgreedDating {
  dating: EventDating;
  /** Index (into the input) of the report whose date the event takes, or -1 for a derived range. */
  from: number;
  uncertain: boolean;
}

function byPrecision(datings: readonly EventDating[]): (i: number, j: number) => number {
  const widths = datings.map((d) => windowWidth(startWindow(d)));
  return (i, j) => {
    const a = datings[i] as EventDating;
    const b = datings[j] as EventDating;
    const w = (widths[i] ?? 0) - (widths[j] ?? 0);
    if (w !== 0) return w;
    // Same window: the later end first (an ongoing state reported later is still going), then the earlier start.
    const ae = a.end ?? a.start;
    const be = b.end ?? b.start;
    if (ae !== be) return ae > be ? -1 : 1;
    return a.start < b.start ? -1 : a.start > b.start ? 1 : i - j;
  };
}

/** The date an event takes from the dates its reports give (see the module comment). */
export function agreeDatings(datings: readonly EventDating[]): AgreedDating {
  if (datings.length === 0) throw new Error('agreeDatings: no datings');
  if (datings.length === 1) return { dating: datings[0] as EventDating, from: 0, uncertain: false };
  const windows = datings.map(startWindow);
  let common: StartWindow | undefined = windows[0];
  for (const w of windows.slice(1)) common = common && intersectWindows(common, w);
  const order = datings.map((_, i) => i).sort(byPrecision(datings));
  if (common) {
    // The most precise report whose own window is the common one.
    const exact = order.find((i) => {
      const w = windows[i] as StartWindow;
      return w.from === common.from && w.to === common.to;
    });
    if (exact !== undefined) return { dating: datings[exact] as EventDating, from: exact, uncertain: false };
    if (common.from === null) {
      const earliest = order.filter((i) => datings[i]?.precision === 'reported').sort((i, j) => ((datings[i]?.start ?? '') < (datings[j]?.start ?? '') ? -1 : 1))[0] ?? 0;
      return { dating: datings[earliest] as EventDating, from: earliest, uncertain: false };
    }
    // Every report allows this range, none states it alone: an approximate range, never a made-up day.
    return { dating: { start: common.from, end: common.to, precision: 'approximate' }, from: -1, uncertain: false };
  }
  const support = windows.map((w) => windows.filter((v) => intersectWindows(w, v) !== undefined).length);
  const width = windows.map(windowWidth);
  const best = datings.map((_, i) => i).sort((i, j) =>
    (support[j] ?? 0) - (support[i] ?? 0) ||
    (width[i] ?? 0) - (width[j] ?? 0) ||
    ((datings[i]?.start ?? '') < (datings[j]?.start ?? '') ? -1 : (datings[i]?.start ?? '') > (datings[j]?.start ?? '') ? 1 : i - j))[0] ?? 0;
  return { dating: datings[best] as EventDating, from: best, uncertain: true };
}

export function datingsAgree(a: EventDating, b: EventDating): boolean {
  return intersectWindows(startWindow(a), startWindow(b)) !== undefined;
}
