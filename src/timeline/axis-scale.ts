/**
 * How vis labels its time axis at a given zoom. vis picks the finest scale whose step is wider than
 * `maxMinorChars` characters; its default (7) is sized for "HH:mm" labels and, at phone width, skips
 * from days straight to months, leaving a three-week window with no minor label at all. Day numbers
 * need 2-3 characters; a week scale fills the gap between days and months.
 */

const DAY_MS = 86_400_000;

/** Label room in characters (vis measures one "0"): 4.5 fits "2022" and lets two-day steps through at phone width. */
export const AXIS_MINOR_CHARS = 4.5;

/**
 * Whether vis should offer its week scale for a range of `ms` milliseconds drawn `widthPx` wide: only
 * where it would otherwise jump from two-day steps to months. With the week scale on, vis also draws a
 * major line and label every Monday of a day scale ("December 2022" four times in three weeks), so it
 * is on only when days do not fit. `charWidth` is vis's measured minor character width (0 before its
 * first draw).
 */
export function weekScaleFor(ms: number, widthPx: number, charWidth: number): boolean {
  const days = ms / DAY_MS;
  if (days <= 0 || widthPx <= 0) return false;
  const minimumStepPx = (charWidth > 0 ? charWidth : 8) * AXIS_MINOR_CHARS;
  return (2 * widthPx) / days <= minimumStepPx; // two-day steps would be too narrow for their labels
}
