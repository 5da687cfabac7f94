/**
 * Windowing arithmetic for a long list of rows of varying height: prefix sums of (measured or
 * estimated) heights, and a binary search for the rows that meet the viewport. Pure, so the list
 * component only measures and renders.
 */

/** `offsets[i]` is the top of row i; `offsets[count]` the total height. O(n). */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + heightOf(i);
  return offsets;
}

/** The row holding pixel `y` (clamped to the rows). O(log n). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((offsets[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowRange {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/**
 * Rows to render for a viewport `top..top+height` of the list's own scroll box, with `overscan`
 * pixels above and below. A list of at most `renderAllBelow` rows is rendered whole: cheap, and
 * the browser's find-in-page then sees every event.
 */
export function visibleRows(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan: number,
  renderAllBelow: number,
): RowRange {
  const count = offsets.length - 1;
  if (count <= renderAllBelow) return { start: 0, end: Math.max(0, count) };
  const start = rowAt(offsets, Math.max(0, top - overscan));
  const end = rowAt(offsets, top + height + overscan) + 1;
  return { start, end: Math.min(count, end) };
}

/**
 * The scrollTop that brings row `index` fully into a viewport of `height` at `top`, moving as
 * little as possible (unchanged when it is already in view).
 */
export function scrollTopShowing(offsets: Float64Array, index: number, top: number, height: number): number {
  const rowTop = offsets[index] ?? 0;
  const rowBottom = offsets[index + 1] ?? rowTop;
  if (rowTop < top) return rowTop;
  if (rowBottom > top + height) return Math.max(0, Math.min(rowTop, rowBottom - height));
  return top;
}
