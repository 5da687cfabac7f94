import { describe, expect, it } from 'vitest';
import { candidateOf, fixedTagger, inYear, mention, runOn, runUntil, type MentionSpec } from '../fixtures/seed-fixture.ts';
import type { CalendarInterval } from '../temporal/types.ts';

const S0 = 'The European Union and France called on Azerbaijan to end the almost two-week-long blockade of the Lachin Corridor—the only road connecting Artsakh to Armenia.';
const S6 = 'The French leader called on Aliyev to adhere to the November 9, 2020 ceasefire agreement and ensure free movement through Lachin Corridor.';

function timeOn(text: string, phrase: string, value: string, interval: CalendarInterval) {
  return runUntil('assignTiming', { id: 'd', text, published: '2022-12-24' }, fixedTagger((t) => [mention(t, phrase, { value, interval })]));
}

describe('assignTiming on the seed', () => {
  const state = runUntil('assignTiming');
  const placed = (quote: string, kind: 'reported' | 'adverbial' | 'noun-modifier') => {
    const c = candidateOf(state, quote, kind);
    return c && { start: c.start, end: c.end, precision: c.precision, timing: c.timing };
  };

  it('reported events sit on the publication date and claim nothing more', () => {
    expect(placed(S0, 'reported')).toEqual({ start: '2022-12-24', end: null, precision: 'reported', timing: 'past' });
  });

  it('"since December 12" starts the blockade on 2022-12-12 (day) and keeps it ongoing to publication', () => {
    expect(placed('the corridor, which has been blockaded since December 12, creating a humanitarian crisis.', 'adverbial'))
      .toEqual({ start: '2022-12-12', end: '2022-12-24', precision: 'day', timing: 'ongoing' });
  });

  it('the almost two-week-long blockade is an approximate range ending at publication', () => {
    expect(placed(S0, 'noun-modifier')).toEqual({ start: '2022-12-10', end: '2022-12-24', precision: 'approximate', timing: 'ongoing' });
  });

  it('the November 9, 2020 ceasefire agreement is a past day', () => {
    expect(placed(S6, 'noun-modifier')).toEqual({ start: '2020-11-09', end: null, precision: 'day', timing: 'past' });
  });

  it('"in the coming weeks" is future and approximate; "Just weeks ago" past and approximate', () => {
    expect(placed('they will once again talk to each other in the coming weeks', 'adverbial'))
      .toEqual({ start: '2022-12-25', end: '2023-01-21', precision: 'approximate', timing: 'future' });
    expect(placed(
      'Just weeks ago, Aliyev lashed out at Macron and France calling into question their impartiality after the International Organization of the Franophonie issued a statement condemning Azerbaijan for invading the sovereign territory of Armenia.',
      'adverbial',
    )).toEqual({ start: '2022-11-12', end: '2022-12-17', precision: 'approximate', timing: 'past' });
  });

  it('drops a noun event whose date cannot be placed ("the ongoing blockade")', () => {
    expect(state.candidates.some((c) => c.anchor.kind === 'noun-modifier' && c.anchor.mention.text === 'ongoing')).toBe(false);
  });
});

describe('assignTiming must-not-match', () => {
  it('"since December 12" never becomes 2023, even if a tagger resolved it forward', () => {
    const state = timeOn('The road has been closed since December 12.', 'December 12', '2023-12-12', { start: '2023-12-12', end: '2023-12-12', precision: 'day' });
    expect(state.candidates[0]).toMatchObject({ start: '2022-12-12', end: '2022-12-24', precision: 'day', timing: 'ongoing' });
    expect(state.trace.map((t) => t.message()).join('\n')).toContain('moved back a year to 2022-12-12');
  });

  it('a weekday resolved after publication is not moved a year back', () => {
    const state = timeOn('Officials met on Monday.', 'Monday', '2022-12-26', { start: '2022-12-26', end: '2022-12-26', precision: 'day' });
    expect(state.candidates[0]).toMatchObject({ start: '2022-12-26', timing: 'future' });
  });

  it('a stated year is never moved', () => {
    const state = timeOn('Officials met on December 12, 2023.', 'December 12, 2023', '2023-12-12', { start: '2023-12-12', end: '2023-12-12', precision: 'day' });
    expect(state.candidates[0]).toMatchObject({ start: '2023-12-12', timing: 'future' });
  });

  it('a multi-day "day" interval is not presented as a day', () => {
    const state = timeOn('Troops withdrew last week.', 'last week', '2022-W50', { start: '2022-12-12', end: '2022-12-18', precision: 'day' });
    expect(state.candidates[0]).toMatchObject({ start: '2022-12-12', end: '2022-12-18', precision: 'approximate', timing: 'past' });
  });

  it('a month is a month only when it is exactly one calendar month', () => {
    const month = timeOn('Prices rose in November.', 'November', '2022-11', { start: '2022-11-01', end: '2022-11-30', precision: 'month' });
    expect(month.candidates[0]).toMatchObject({ start: '2022-11-01', end: '2022-11-30', precision: 'month', timing: 'past' });
    const early = timeOn('Prices rose in early November.', 'early November', '2022-11', { start: '2022-11-01', end: '2022-11-10', precision: 'month' });
    expect(early.candidates[0]?.precision).toBe('approximate');
  });

  it('a past action with an unplaceable date is reported, not guessed', () => {
    const state = runUntil('assignTiming', { id: 'd', text: 'Officials signed it in the past.', published: '2022-12-24' },
      fixedTagger((t) => [mention(t, 'the past', { value: 'PAST_REF' })]));
    expect(state.candidates[0]).toMatchObject({ start: '2022-12-24', end: null, precision: 'reported', timing: 'past' });
  });
});

describe('assignTiming: ranges reaching publication', () => {
  const placedOn = (text: string, published: string, specs: MentionSpec[]) =>
    runOn('assignTiming', text, published, specs).candidates.map((c) => ({ start: c.start, end: c.end, precision: c.precision, timing: c.timing }));

  it('a duration in years or months is subtracted on the calendar ("more than a year" -> same day last year)', () => {
    expect(placedOn('Peace talks have been stalled for more than a year.', '2024-06-20', [['more than a year', { type: 'DURATION', value: 'P1Y', mod: 'MORE_THAN', durationDays: 365.25 }]]))
      .toEqual([{ start: '2023-06-20', end: '2024-06-20', precision: 'approximate', timing: 'ongoing' }]);
  });

  it('a look-back duration of a finished action is a past range ending at publication', () => {
    expect(placedOn('Polls published in the past two weeks show a lead.', '2025-01-08', [['the past two weeks', { type: 'DURATION', value: 'P2W', durationDays: 14 }]]))
      .toEqual([{ start: '2024-12-25', end: '2025-01-08', precision: 'approximate', timing: 'past' }]);
  });

  it('a past action does not end after publication: its vague range is cut at the DCT', () => {
    const state = runOn('assignTiming', 'Fares rose by 15 percent at the start of the year.', '2023-01-10',
      [['the start of the year', { value: '2023', mod: 'START', interval: { start: '2023-01-01', end: '2023-05-02', precision: 'approximate' } }]]);
    expect(state.candidates.map((c) => [c.start, c.end, c.timing])).toEqual([['2023-01-01', '2023-01-10', 'past']]);
    expect(state.trace.map((t) => t.message()).join('\n')).toContain('ends at publication 2023-01-10');
  });

  it('must not clip: a future or stated-year range', () => {
    expect(placedOn('Fares will rise at the start of the year.', '2023-01-10',
      [['the start of the year', { value: '2023', mod: 'START', interval: { start: '2023-01-01', end: '2023-05-02', precision: 'approximate' } }]]))
      .toEqual([{ start: '2023-01-01', end: '2023-05-02', precision: 'approximate', timing: 'future' }]);
    expect(placedOn('Fares rose in 2023.', '2023-01-10', [['2023', inYear('2023')]]))
      .toEqual([{ start: '2023-01-01', end: '2023-12-31', precision: 'year', timing: 'past' }]);
  });
});
