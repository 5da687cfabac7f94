import { describe, expect, it } from 'vitest';
import { labelShareFor } from './label-room.ts';

describe('labelShareFor', () => {
  it('gives a phone label a much larger share of its narrow chart than a desktop label', () => {
    // 160 px of 390 - 50 = 340 px; 300 px of 1280 - 66 = 1214 px.
    expect(labelShareFor(390)).toBeCloseTo(160 / 340, 5);
    expect(labelShareFor(1280)).toBeCloseTo(300 / 1214, 5);
  });
  it('measures the desktop chart on the centred page, never wider than it', () => {
    expect(labelShareFor(2560)).toBe(labelShareFor(1280));
  });
  it('is 0 when there is no chart width to speak of', () => {
    expect(labelShareFor(0)).toBe(0);
  });
});
