import { describe, expect, it } from 'vitest';
import { runUntil } from '../fixtures/seed-fixture.ts';
import { TraceabilityError, checkTraceability } from './check-traceability.ts';

describe('checkTraceability', () => {
  const state = runUntil('assignIds');
  const first = state.candidates[0];
  if (!first) throw new Error('seed has candidates');

  it('passes the seed and records itself on every event', () => {
    const checked = checkTraceability.run(state);
    for (const c of checked.candidates) expect(c.stages[c.stages.length - 1]).toBe('checkTraceability');
  });

  it('throws loudly on a quote that is not a verbatim slice', () => {
    const bad = { ...first, quote: { ...first.quote, start: first.quote.start + 1, end: first.quote.end + 1 } };
    expect(() => checkTraceability.run({ ...state, candidates: [bad] })).toThrow(TraceabilityError);
    expect(() => checkTraceability.run({ ...state, candidates: [bad] })).toThrow(/000_5b3e6957073e45ff: quote \[/);
  });

  it('throws on a title with words that are not in the sentence', () => {
    const bad = { ...first, title: 'Borrell urges opening of Lachin corridor' };
    expect(() => checkTraceability.run({ ...state, candidates: [bad] })).toThrow(/urges, opening/);
  });

  it('throws on an event that was never placed', () => {
    const unplaced = { ...first, start: undefined };
    expect(() => checkTraceability.run({ ...state, candidates: [unplaced] })).toThrow(/incomplete/);
  });
});
