import type { IsoDay } from './calendar.ts';

/**
 * A span of whole days as the timeline shows it: from `from` 00:00 to `to` 00:00 (so `to` is the
 * day after the last day fully shown). The one window type of the app: the URL's `from`/`to`, the
 * chart's visible range, the overview's brush and every framing rule use it.
 */
export interface DayWindow {
  from: IsoDay;
  to: IsoDay;
}

export const sameWindow = (a: DayWindow | null, b: DayWindow | null): boolean =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
