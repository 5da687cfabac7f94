import { describe, expect, it } from 'vitest';
import { durationDaysOf } from './duration-days.ts';

describe('durationDaysOf', () => {
  it('measures date units with the tagger’s unit lengths', () => {
    expect(durationDaysOf('P2W')).toBe(14);
    expect(durationDaysOf('P1Y')).toBe(365.25);
    expect(durationDaysOf('P3M')).toBeCloseTo(91.32, 2);
    expect(durationDaysOf('P2DE')).toBe(7305);
  });

  it('gives nothing for time units and vague values', () => {
    expect(durationDaysOf('PT5H')).toBeUndefined();
    expect(durationDaysOf('PXY')).toBeUndefined();
    expect(durationDaysOf('P1Q')).toBeUndefined();
  });
});
