import { describe, expect, it } from 'vitest';
import type { TemporalMention } from '../temporal/types.ts';
import { fixedTagger, mention } from '../fixtures/seed-fixture.ts';
import { extractEvents, runStages } from '../extract-events.ts';
import { anchorDurations } from './anchor-durations.ts';
import { assignTiming } from './assign-timing.ts';
import { confirmTenseDates } from './confirm-tense-dates.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { mergeDateRanges } from './merge-date-ranges.ts';
import { selectEventSentences } from './select-event-sentences.ts';
import { splitClauses } from './split-clauses.ts';
import { splitSentences } from './split-sentences.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

/** The candidates after `confirmTenseDates`, with a tagger that says exactly `mentions`, and its trace. */
function confirmed(text: string, published: string, mentions: (text: string) => TemporalMention[]) {
  const stages = [splitSentences, findDateMentions(fixedTagger(mentions)), mergeDateRanges, splitClauses, selectEventSentences, anchorDurations, assignTiming, confirmTenseDates];
  const state = runStages({ id: 'd', text, published }, stages);
  const trace = state.trace.filter((t) => t.stage === 'confirmTenseDates').map((t) => t.message());
  return { candidates: state.candidates.map((c) => ({ start: c.start, end: c.end, precision: c.precision, timing: c.timing, uncertain: c.uncertain === true })), trace };
}

type Row = [start: string, end: string | null, precision: string, timing: string, uncertain: boolean];

function rows(published: string, text: string): Row[] {
  return extractEvents({ id: 'd', text, published }).events.map((e) => [e.start, e.end, e.precision, e.timing, e.uncertain]);
}

describe('confirmTenseDates: a past event is not after publication', () => {
  it('an anaphor counted from a day before publication that lands after it: between that day and publication, uncertain, with a trace line', () => {
    const text = 'The trawler sank on Sunday. Three days later, the coastguard called off the search.';
    expect(rows('2024-03-12', text)).toEqual([
      ['2024-03-10', null, 'day', 'past', false],
      ['2024-03-11', '2024-03-12', 'approximate', 'past', true],
    ]);
    const { trace } = confirmed(text, '2024-03-12', (t) => [
      mention(t, 'Sunday', { value: '2024-03-10', interval: day('2024-03-10') }),
      { ...mention(t, 'Three days later', { value: '2024-03-13', interval: day('2024-03-13') }), anchoredTo: 'narrative', anchorDay: '2024-03-10' },
    ]);
    expect(trace.join('\n')).toMatch(/counts from 2024-03-10 to 2024-03-13, after publication 2024-03-12, in a past-tense clause/);
  });

  it('a weekday whose week was inferred, resolved ahead in a past clause: the one a week before', () => {
    const { candidates, trace } = confirmed('The vigil was cancelled on Saturday.', '2025-06-12', (t) => [
      { ...mention(t, 'Saturday', { value: '2025-06-14', interval: day('2025-06-14') }), stated: { year: false, month: false, day: false } },
    ]);
    expect(candidates).toEqual([{ start: '2025-06-07', end: null, precision: 'day', timing: 'past', uncertain: false }]);
    expect(trace.join('\n')).toMatch(/the one a week before, 2025-06-07/);
  });

  it('a stated date after publication in a past clause is kept as the text says, and marked uncertain', () => {
    const { candidates, trace } = confirmed('The bridge reopened on 14 July 2025.', '2025-06-12', (t) => [
      { ...mention(t, '14 July 2025', { value: '2025-07-14', interval: day('2025-07-14') }), stated: { year: true, month: true, day: true } },
    ]);
    expect(candidates).toEqual([{ start: '2025-07-14', end: null, precision: 'day', timing: 'future', uncertain: true }]);
    expect(trace).toHaveLength(1);
  });
});

describe('confirmTenseDates: a future event is not before publication', () => {
  it('a future weekday resolved behind: the one a week later', () => {
    const { candidates } = confirmed('The ministers will meet on Monday.', '2024-03-12', (t) => [
      { ...mention(t, 'Monday', { value: '2024-03-11', interval: day('2024-03-11') }), stated: { year: false, month: false, day: false } },
    ]);
    expect(candidates).toEqual([{ start: '2024-03-18', end: null, precision: 'day', timing: 'future', uncertain: false }]);
  });

  it('a yearless day resolved behind in a future clause: next year\'s', () => {
    const { candidates } = confirmed('The museum will reopen on March 3.', '2024-03-12', (t) => [
      { ...mention(t, 'March 3', { value: '2024-03-03', interval: day('2024-03-03') }), stated: { year: false, month: true, day: true } },
    ]);
    expect(candidates).toEqual([{ start: '2025-03-03', end: null, precision: 'day', timing: 'future', uncertain: false }]);
  });
});

describe('confirmTenseDates must-not-match', () => {
  it('an anaphor that stays before publication is left exact', () => {
    expect(rows('2024-03-12', 'The trawler sank on Thursday. Two days later, the coastguard called off the search.')).toEqual([
      ['2024-03-07', null, 'day', 'past', false],
      ['2024-03-09', null, 'day', 'past', false],
    ]);
  });

  it('a target the past action points to is after publication by right ("was postponed until March 30")', () => {
    expect(rows('2024-03-12', 'The strike was postponed until March 30.')).toEqual([['2024-03-30', null, 'day', 'future', false]]);
  });

  it('a plan seen from the past ("had been due to start in May") is not corrected', () => {
    const { candidates, trace } = confirmed('Production had been due to start in May.', '2024-03-12', (t) => [
      { ...mention(t, 'May', { value: '2024-05', interval: { start: '2024-05-01', end: '2024-05-31', precision: 'month' } }), stated: { year: false, month: true, day: false } },
    ]);
    expect(candidates).toEqual([{ start: '2024-05-01', end: '2024-05-31', precision: 'month', timing: 'future', uncertain: false }]);
    expect(trace).toEqual([]);
  });

  it('a future clause dated after publication, and a past one before it, are left alone', () => {
    expect(rows('2024-03-12', 'The ministers will meet on March 20. The ferry sank on March 2.')).toEqual([
      ['2024-03-02', null, 'day', 'past', false],
      ['2024-03-20', null, 'day', 'future', false],
    ]);
  });
});
