import { describe, expect, it } from 'vitest';
import { candidateOf, fixedTagger, inMonth, mention, onDay, runOn, runUntil, type MentionSpec } from '../fixtures/seed-fixture.ts';
import type { TemporalMention } from '../temporal/types.ts';

const S0 = 'The European Union and France called on Azerbaijan to end the almost two-week-long blockade of the Lachin Corridor—the only road connecting Artsakh to Armenia.';
const S6 = 'The French leader called on Aliyev to adhere to the November 9, 2020 ceasefire agreement and ensure free movement through Lachin Corridor.';

function selectOn(text: string, mentions: (t: string) => TemporalMention[] = () => []) {
  return runUntil('selectEventSentences', { id: 'd', text, published: '2022-12-24' }, fixedTagger(mentions));
}

describe('selectEventSentences on the seed', () => {
  const state = runUntil('selectEventSentences');

  it('draws two events from one sentence: the reported call and the duration-dated blockade', () => {
    expect(candidateOf(state, S0, 'reported')?.trigger?.text).toBe('called');
    const blockade = candidateOf(state, S0, 'noun-modifier');
    expect(blockade?.anchor.kind === 'noun-modifier' && blockade.anchor.phrase.text).toBe('the almost two-week-long blockade of the Lachin Corridor');
  });

  it('dates the noun a date modifies, not the clause verb', () => {
    const ceasefire = candidateOf(state, S6, 'noun-modifier');
    expect(ceasefire?.anchor.kind === 'noun-modifier' && ceasefire.anchor.phrase.text).toBe('the November 9, 2020 ceasefire agreement');
    expect(candidateOf(state, S6, 'reported')).toBeDefined();
    expect(candidateOf(state, S6, 'adverbial')).toBeUndefined();
  });

  it('dates a clause by its adverbial date phrase', () => {
    const since = candidateOf(state, 'the corridor, which has been blockaded since December 12, creating a humanitarian crisis.', 'adverbial');
    expect(since?.anchor.kind === 'adverbial' && since.anchor.mention.text).toBe('December 12');
    const future = candidateOf(state, 'they will once again talk to each other in the coming weeks', 'adverbial');
    expect(future?.anchor.kind === 'adverbial' && future.anchor.mention.text).toBe('the coming weeks');
  });

  it('must not match: reporting boilerplate, verbless fragments, background description', () => {
    const quotes = state.candidates.map((c) => c.quote.text);
    expect(quotes.some((q) => q.includes('the French presidency said'))).toBe(false);
    expect(quotes.some((q) => q.includes('according to the French presidential statement'))).toBe(false);
    expect(quotes.some((q) => q.includes('Constructive phone call'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('The signatories include'))).toBe(false);
  });

  it('drawing a noun event from "the ongoing blockade" waits for anchorDurations/assignTiming to place it', () => {
    // "ongoing" is a PRESENT_REF with no interval: selected here, dropped when it cannot be placed.
    expect(state.candidates.filter((c) => c.anchor.kind === 'noun-modifier').map((c) => c.anchor.kind === 'noun-modifier' && c.anchor.mention.text))
      .toEqual(['almost two-week-long', 'November 9, 2020', 'ongoing']);
  });
});

describe('selectEventSentences must-not-match', () => {
  it('a sentence with no date and no action gives no event', () => {
    expect(selectOn('The corridor is the only road to Armenia. The signatories include actors and writers.').candidates).toEqual([]);
  });

  it('a present-tense or future clause without a date is not a reported event', () => {
    expect(selectOn('Officials will meet again. The talks continue to matter.').candidates).toEqual([]);
  });

  it('attribution alone is not an event', () => {
    const state = selectOn('“The road is closed,” the French presidency said.');
    expect(state.candidates).toEqual([]);
  });

  it('a speech verb is an event only when it reports an action', () => {
    expect(selectOn('Officials said the dam.').candidates).toEqual([]);
    expect(selectOn('Negotiators said they made progress.').candidates.map((c) => c.anchor.kind)).toEqual(['reported']);
    expect(selectOn('Aliyev stated his intention to ensure free movement.').candidates.map((c) => c.anchor.kind)).toEqual(['reported']);
  });

  it('adjectives ending in -ed are not actions', () => {
    expect(selectOn('The affected population faces the renewed tension.').candidates).toEqual([]);
  });

  it('past actions are reported; the passive and the present perfect count', () => {
    const state = selectOn('The article was published in Le Figaro. The blockade has moved scholars to act. Borrell tweeted.');
    expect(state.candidates.map((c) => [c.quote.text, c.anchor.kind])).toEqual([
      ['The article was published in Le Figaro.', 'reported'],
      ['The blockade has moved scholars to act.', 'reported'],
      ['Borrell tweeted.', 'reported'],
    ]);
  });

  it('a dated clause needs a recognised finite verb (historical present is a known miss, never a guess)', () => {
    const text = 'On December 5, 2022 the council approves the budget.';
    const state = selectOn(text, (t) => [mention(t, 'December 5, 2022', { value: '2022-12-05', interval: { start: '2022-12-05', end: '2022-12-05', precision: 'day' } })]);
    expect(state.candidates).toHaveLength(0);
    const past = selectOn('On December 5, 2022 the council approved the budget.', (t) => [mention(t, 'December 5, 2022', { value: '2022-12-05', interval: { start: '2022-12-05', end: '2022-12-05', precision: 'day' } })]);
    expect(past.candidates.map((c) => c.anchor.kind)).toEqual(['adverbial']);
  });
});

describe('selectEventSentences: what dates a clause', () => {
  const picked = (text: string, published: string, specs: MentionSpec[]) =>
    runOn('selectEventSentences', text, published, specs).candidates.map((c) => [c.anchor.kind, c.anchor.kind === 'reported' ? null : c.anchor.mention.text]);

  it('a true adverbial beats a date that pre-modifies a noun ("third-quarter profit on Wednesday")', () => {
    expect(picked('Harbor Mills reported a 14 percent rise in third-quarter profit on Wednesday.', '2023-11-02',
      [['third-quarter', { value: '2023-Q3', interval: { start: '2023-07-01', end: '2023-09-30', precision: 'approximate' } }], ['Wednesday', onDay('2023-11-01')]]))
      .toEqual([['adverbial', 'Wednesday']]);
  });

  it('a measure ("three days of mourning") dates nothing: the declaration is reported', () => {
    expect(picked('The government has declared three days of national mourning.', '2023-09-18', [['three days', { type: 'DURATION', value: 'P3D', durationDays: 3 }]]))
      .toEqual([['reported', null]]);
  });

  it('a speech verb: dated by a date right after it, or by a date inside content that has its own verb', () => {
    expect(picked('The ministry said on Monday that it would extend vaccinations.', '2024-10-10', [['Monday', onDay('2024-10-07')]])).toEqual([['adverbial', 'Monday']]);
    expect(picked('Prosecutors said he moved the money between 2015 and 2022.', '2024-03-15',
      [['between 2015 and 2022', { type: 'DURATION', value: 'P7Y', interval: { start: '2015-01-01', end: '2022-12-31', precision: 'year' } }]]))
      .toEqual([['adverbial', 'between 2015 and 2022']]);
  });

  it('must not match: a date inside verbless reported content; a present relative clause; an opinion', () => {
    expect(picked('The company said sales in fiscal 2023 would be strong.', '2023-11-02', [['fiscal 2023', { value: 'FY2023', interval: { start: '2022-04-01', end: '2023-12-31', precision: 'approximate' } }]]))
      .toEqual([]);
    expect(picked('Sales rose in fiscal 2023, which ends in January, the company said.', '2023-11-02', [['January', inMonth('2024-01', '2024-01-31')]]))
      .toEqual([['reported', null]]);
    expect(picked('The manager said the players deserved the applause.', '2024-05-26', [])).toEqual([]);
  });
});
