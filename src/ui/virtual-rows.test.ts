import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, scrollTopShowing, visibleRows } from './virtual-rows.ts';

describe('rowOffsets', () => {
  it('sums heights into row tops and the total', () => {
    expect([...rowOffsets(3, (i) => [10, 20, 30][i] ?? 0)]).toEqual([0, 10, 30, 60]);
    expect([...rowOffsets(0, () => 10)]).toEqual([0]);
  });
});

describe('rowAt', () => {
  const offsets = rowOffsets(4, () => 50);
  it('finds the row holding a pixel, clamped to the rows', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 49)).toBe(0);
    expect(rowAt(offsets, 50)).toBe(1);
    expect(rowAt(offsets, 199)).toBe(3);
    expect(rowAt(offsets, 1000)).toBe(3);
    expect(rowAt(offsets, -5)).toBe(0);
  });
});

describe('visibleRows', () => {
  const offsets = rowOffsets(10_000, () => 40);
  it('renders the rows meeting the viewport plus the overscan', () => {
    // Viewport 4000..4400 with 200 px overscan: rows 95 (y 3800) .. 115 (y 4600).
    expect(visibleRows(offsets, 4000, 400, 200, 100)).toEqual({ start: 95, end: 116 });
  });

  it('clamps at both ends', () => {
    expect(visibleRows(offsets, 0, 400, 200, 100)).toEqual({ start: 0, end: 16 });
    expect(visibleRows(offsets, 400_000, 400, 200, 100)).toEqual({ start: 9_995, end: 10_000 });
  });

  it('renders a short list whole', () => {
    expect(visibleRows(rowOffsets(50, () => 40), 0, 100, 0, 100)).toEqual({ start: 0, end: 50 });
  });
});

describe('scrollTopShowing', () => {
  const offsets = rowOffsets(100, () => 40);
  it('leaves a visible row alone and scrolls as little as possible otherwise', () => {
    expect(scrollTopShowing(offsets, 5, 0, 400)).toBe(0);
    expect(scrollTopShowing(offsets, 20, 0, 400)).toBe(440); // row 20 spans 800..840: its bottom meets the viewport's
    expect(scrollTopShowing(offsets, 2, 400, 400)).toBe(80);
  });
});
