import { describe, expect, it } from 'vitest';
import { bootstrapValueF1, countDocument, scoreCounts, sumCounts, type Span } from './score.ts';

const span = (start: number, end: number, type: string, value: string): Span => ({ start, end, type, value });

describe('TempEval-3 scoring', () => {
  it('counts overlap as relaxed and identical extent as strict', () => {
    const gold = [span(0, 10, 'DATE', '2022-12-12')];
    const system = [span(6, 10, 'DATE', '2022-12-12')];
    const s = scoreCounts(countDocument(gold, system));
    expect(s.relaxed.f1).toBe(1);
    expect(s.strict.f1).toBe(0);
    expect(s.valueF1).toBe(1);
  });

  it('multiplies type and value accuracy over relaxed matches by relaxed F1', () => {
    const gold = [span(0, 5, 'DATE', '2022'), span(10, 15, 'DURATION', 'P2W')];
    const system = [span(0, 5, 'DATE', '2021'), span(10, 15, 'DATE', 'P2W'), span(20, 25, 'DATE', '2020')];
    const s = scoreCounts(countDocument(gold, system));
    expect(s.relaxed.precision).toBeCloseTo(2 / 3);
    expect(s.relaxed.recall).toBe(1);
    expect(s.relaxed.f1).toBeCloseTo(0.8);
    expect(s.typeF1).toBeCloseTo(0.4);
    expect(s.valueF1).toBeCloseTo(0.4);
  });

  it('scores an empty system as zero without dividing by zero', () => {
    const s = scoreCounts(countDocument([span(0, 4, 'DATE', '2022')], []));
    expect(s.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.valueF1).toBe(0);
  });

  it('matches each gold timex at most once', () => {
    const gold = [span(0, 10, 'DATE', '2022-12-12')];
    const system = [span(0, 4, 'DATE', '2022-12-12'), span(5, 10, 'DATE', '2022-12-12')];
    const c = countDocument(gold, system);
    expect(c.relaxed).toBe(1);
    expect(scoreCounts(c).relaxed.precision).toBe(0.5);
  });

  it('prefers the exact extent when several system spans overlap one gold', () => {
    const gold = [span(0, 10, 'DATE', 'A'), span(12, 14, 'DATE', 'B')];
    const system = [span(0, 14, 'DATE', 'X'), span(0, 10, 'DATE', 'A')];
    const c = countDocument(gold, system);
    expect(c.strict).toBe(1);
    expect(c.relaxed).toBe(2);
    expect(c.valueCorrect).toBe(1);
  });

  it('breaks counts down by gold type', () => {
    const c = countDocument([span(0, 4, 'DATE', '2022'), span(5, 8, 'SET', 'P1Y')], [span(0, 4, 'DATE', '2022')]);
    expect(c.byType).toEqual({ DATE: { gold: 1, matched: 1, valueCorrect: 1 }, SET: { gold: 1, matched: 0, valueCorrect: 0 } });
  });

  it('gives a deterministic bootstrap interval around the point estimate', () => {
    const docs = [
      countDocument([span(0, 4, 'DATE', 'a')], [span(0, 4, 'DATE', 'a')]),
      countDocument([span(0, 4, 'DATE', 'a')], [span(0, 4, 'DATE', 'b')]),
      countDocument([span(0, 4, 'DATE', 'a'), span(5, 9, 'DATE', 'c')], [span(0, 4, 'DATE', 'a')]),
    ];
    const point = scoreCounts(sumCounts(docs)).valueF1;
    const a = bootstrapValueF1(docs, 500, 7);
    expect(bootstrapValueF1(docs, 500, 7)).toEqual(a);
    expect(a.low).toBeLessThanOrEqual(point);
    expect(a.high).toBeGreaterThanOrEqual(point);
    expect(a.low).toBeLessThan(a.high);
  });
});
