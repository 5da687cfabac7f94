import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowHeights, scrollTopShowing, visibleRows } from './virtual-rows.ts';

const even = (count: number, height: number): RowHeights => new RowHeights(count, () => height);
const topsOf = (rows: RowHeights): number[] => Array.from({ length: rows.count + 1 }, (_, i) => rows.top(i));

describe('RowHeights', () => {
  it('sums heights into row tops and the total', () => {
    expect(topsOf(new RowHeights(3, (i) => [10, 20, 30][i] ?? 0))).toEqual([0, 10, 30, 60]);
    expect(topsOf(new RowHeights(0, () => 10))).toEqual([0]);
    expect(new RowHeights(3, (i) => [10, 20, 30][i] ?? 0).total()).toBe(60);
  });

  it('moves every later top when a height is measured, and says whether it changed', () => {
    const rows = even(5, 10);
    expect(rows.set(1, 25)).toBe(true);
    expect(rows.set(1, 25)).toBe(false);
    expect(topsOf(rows)).toEqual([0, 10, 35, 45, 55, 65]);
    expect(rows.height(1)).toBe(25);
  });

  it('finds the row holding a pixel, clamped to the rows', () => {
    const rows = even(4, 50);
    expect(rows.rowAt(0)).toBe(0);
    expect(rows.rowAt(49)).toBe(0);
    expect(rows.rowAt(50)).toBe(1);
    expect(rows.rowAt(199)).toBe(3);
    expect(rows.rowAt(1000)).toBe(3);
    expect(rows.rowAt(-5)).toBe(0);
    expect(even(0, 50).rowAt(10)).toBe(0);
  });

  it('agrees with plain running sums after any measurements', () => {
    const heights = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 300 });
    const updates = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 })), { maxLength: 40 });
    fc.assert(
      fc.property(heights, updates, fc.nat(), (initial, changes, probe) => {
        const plain = [...initial];
        const rows = new RowHeights(plain.length, (i) => plain[i] ?? 0);
        for (const [at, height] of changes) {
          plain[at % plain.length] = height;
          rows.set(at % plain.length, height);
        }
        const tops = [0];
        for (const h of plain) tops.push((tops.at(-1) ?? 0) + h);
        expect(topsOf(rows)).toEqual(tops);
        const y = probe % ((tops.at(-1) ?? 0) + 50);
        let expected = 0;
        for (let i = 0; i < plain.length; i++) if ((tops[i] ?? 0) <= y) expected = i;
        expect(rows.rowAt(y)).toBe(expected);
      }),
    );
  });
});

describe('visibleRows', () => {
  const rows = even(10_000, 40);
  it('renders the rows meeting the viewport plus the overscan', () => {
    // Viewport 4000..4400 with 200 px overscan: rows 95 (y 3800) .. 115 (y 4600).
    expect(visibleRows(rows, 4000, 400, 200, 100)).toEqual({ start: 95, end: 116 });
  });

  it('clamps at both ends', () => {
    expect(visibleRows(rows, 0, 400, 200, 100)).toEqual({ start: 0, end: 16 });
    expect(visibleRows(rows, 400_000, 400, 200, 100)).toEqual({ start: 9_995, end: 10_000 });
  });

  it('renders a short list whole', () => {
    expect(visibleRows(even(50, 40), 0, 100, 0, 100)).toEqual({ start: 0, end: 50 });
  });
});

describe('scrollTopShowing', () => {
  const rows = even(100, 40);
  it('leaves a visible row alone and scrolls as little as possible otherwise', () => {
    expect(scrollTopShowing(rows, 5, 0, 400)).toBe(0);
    expect(scrollTopShowing(rows, 20, 0, 400)).toBe(440); // row 20 spans 800..840: its bottom meets the viewport's
    expect(scrollTopShowing(rows, 2, 400, 400)).toBe(80);
  });
});
