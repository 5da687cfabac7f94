import { describe, expect, it } from 'vitest';
import { candidateOf, fixedTagger, mention, runUntil } from '../fixtures/seed-fixture.ts';

const S0 = 'The European Union and France called on Azerbaijan to end the almost two-week-long blockade of the Lachin Corridor—the only road connecting Artsakh to Armenia.';

function anchorOn(text: string, phrase: string, days: number, value: string) {
  return runUntil('anchorDurations', { id: 'd', text, published: '2022-12-24' },
    fixedTagger((t) => [mention(t, phrase, { type: 'DURATION', value, durationDays: days })]));
}

describe('anchorDurations', () => {
  it('anchors "the almost two-week-long blockade" (which others call to end) at publication', () => {
    const blockade = candidateOf(runUntil('anchorDurations'), S0, 'noun-modifier');
    expect(blockade?.ongoingFromDuration).toBe(true);
    expect(blockade?.stages).toContain('anchorDurations');
  });

  it('anchors a duration of a present-perfect clause', () => {
    const state = anchorOn('The corridor has been blockaded for two weeks.', 'two weeks', 14, 'P2W');
    expect(state.candidates).toHaveLength(1);
    expect(state.candidates[0]?.ongoingFromDuration).toBe(true);
  });

  it('drops a duration-modified noun with nothing tying it to publication', () => {
    const state = anchorOn('Veterans remembered the 44-day war in the capital.', '44-day', 44, 'P44D');
    expect(state.candidates.map((c) => c.anchor.kind)).toEqual(['reported']);
    expect(state.candidates.some((c) => c.ongoingFromDuration)).toBe(false);
  });

  it('turns a past clause dated only by a duration into a reported event', () => {
    const state = anchorOn('The delegation stayed for three days.', 'three days', 3, 'P3D');
    expect(state.candidates.map((c) => c.anchor.kind)).toEqual(['reported']);
  });

  it('leaves a duration stated by both ends ("from 2009 to 2011") on its own span, not anchored at publication', () => {
    const text = 'The company operated the mine from 2009 to 2011.';
    const state = runUntil('anchorDurations', { id: 'd', text, published: '2013-01-10' },
      fixedTagger((t) => [mention(t, 'from 2009 to 2011', { type: 'DURATION', value: 'P2Y', interval: { start: '2009-01-01', end: '2011-12-31', precision: 'year' } })]));
    expect(state.candidates).toHaveLength(1);
    expect(state.candidates[0]?.ongoingFromDuration).toBeFalsy();
    expect(state.candidates[0]?.anchor.kind).not.toBe('reported');
  });
});

describe('anchorDurations: look-back durations', () => {
  it('"in the past two weeks" ends at publication even for a finished action', () => {
    const state = anchorOn('Opinion polls published in the past two weeks show the opposition ahead.', 'the past two weeks', 14, 'P2W');
    expect(state.candidates).toHaveLength(1);
    expect(state.candidates[0]).toMatchObject({ lookbackFromDuration: true });
    expect(state.candidates[0]?.ongoingFromDuration).toBeFalsy();
  });

  it('must not match: a plain duration of a past action stays unplaced (reported)', () => {
    const state = anchorOn('The delegation stayed for two weeks.', 'two weeks', 14, 'P2W');
    expect(state.candidates.map((c) => [c.anchor.kind, c.lookbackFromDuration ?? false])).toEqual([['reported', false]]);
  });
});
