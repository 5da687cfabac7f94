import { describe, expect, it } from 'vitest';
import { labelShareFor } from './label-room.ts';

describe('labelShareFor', () => {
  it('gives a phone label a much larger share of its narrow chart than a desktop label', () => {
    // 180 px of 390 - 50 = 340 px; 350 px of 1280 - 498 = 782 px (the details stand beside the chart).
    expect(labelShareFor(390)).toBeCloseTo(180 / 340, 5);
    expect(labelShareFor(1280)).toBeCloseTo(350 / 782, 5);
    // One column between phone and wide: the chart takes the width.
    expect(labelShareFor(1000)).toBeCloseTo(350 / 934, 5);
  });
  it('measures the desktop chart on the centred page, never wider than it', () => {
    expect(labelShareFor(2560)).toBe(labelShareFor(1400));
  });
  it('is 0 when there is no chart width to speak of', () => {
    expect(labelShareFor(0)).toBe(0);
  });
});
