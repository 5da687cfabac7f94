import { describe, expect, it } from 'vitest';
import { SEED_DOC, inMonth, inYear, onDay, runOn, runUntil, type MentionSpec } from '../fixtures/seed-fixture.ts';
import type { DateMention } from '../types.ts';
import { clausesOf, isAttributionTail } from './split-clauses.ts';

describe('splitClauses', () => {
  const { clauses } = runUntil('splitClauses');
  const of = (sentenceIndex: number) => clauses.filter((c) => c.sentenceIndex === sentenceIndex);

  it('every clause slices the document text', () => {
    for (const c of clauses) expect(SEED_DOC.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('cuts a non-restrictive relative clause and remembers its antecedent', () => {
    const [main, relative] = of(1);
    expect(main?.text).toBe(
      'In a telephone conversation with Azerbaijan’s foreign minister Jeyhum Bayramov, the EU’s foreign affairs chief, Josep Borrell emphasized the urgency to open the corridor',
    );
    expect(relative?.text).toBe('which has been blockaded since December 12, creating a humanitarian crisis.');
    expect(relative?.antecedent?.text).toBe('the corridor');
    expect(relative?.antecedent?.start).toBe(SEED_DOC.text.indexOf('the corridor, which'));
  });

  it('cuts a coordinated clause with its own subject and marks the reporting tail', () => {
    const [agreed, talk, said] = of(10);
    expect(agreed?.text).toBe('Macron and Aliyev agreed to continue negotiations with stakeholder parties to find a sustainable political solution in the region');
    expect(talk?.text).toBe('they will once again talk to each other in the coming weeks');
    expect(talk?.coordinatedSubject?.start).toBe(agreed?.start);
    expect(said).toMatchObject({ text: 'the French presidency said.', attribution: true });
    expect(of(8).map((c) => [c.text, c.attribution])).toEqual([
      ['Aliyev stated his intention to ensure free movement through the corridor', false],
      ['according to the French presidential statement.', true],
    ]);
  });

  it('keeps a sentence whole when nothing cuts it', () => {
    expect(of(13).map((c) => c.text)).toEqual(['The article, “We Must Save the 120,000 Armenians of Artsakh,” and was published in the Le Figaro newspaper.']);
  });

  it('cuts at semicolons and ", but"', () => {
    const text = 'The road closed; trucks waited, but the army reopened it.';
    expect(clausesOf(text, { index: 0, start: 0, end: text.length, text }).map((c) => c.text)).toEqual([
      'The road closed',
      'trucks waited',
      'the army reopened it.',
    ]);
  });
});

describe('isAttributionTail', () => {
  it('recognises reporting boilerplate', () => {
    expect(isAttributionTail('the French presidency said')).toBe(true);
    expect(isAttributionTail('he told reporters')).toBe(true);
    expect(isAttributionTail('according to the French presidential statement')).toBe(true);
    expect(isAttributionTail('the ministry said in a statement')).toBe(true);
  });

  it('does not take actions or reported content for boilerplate', () => {
    expect(isAttributionTail('Borrell tweeted')).toBe(false);
    expect(isAttributionTail('the minister said that talks failed and troops moved')).toBe(false);
    expect(isAttributionTail('the army shelled the town and said nothing')).toBe(false);
    expect(isAttributionTail('creating a humanitarian crisis')).toBe(false);
  });
});

describe('splitClauses: one sentence, two dated events', () => {
  const clauseTexts = (text: string, specs: MentionSpec[]) => runOn('splitClauses', text, '2025-01-08', specs).clauses.map((c) => c.text);

  it('cuts a complement or subordinate clause that has its own verb and its own date', () => {
    expect(clauseTexts('The commission confirmed on Tuesday that polling stations will open on February 23.', [['Tuesday', onDay('2025-01-07')], ['February 23', onDay('2025-02-23')]]))
      .toEqual(['The commission confirmed on Tuesday', 'polling stations will open on February 23.']);
    expect(clauseTexts('Voters will choose a parliament next month after the coalition collapsed in December.', [['next month', inMonth('2025-02', '2025-02-28')], ['December', inMonth('2024-12', '2024-12-31')]]))
      .toEqual(['Voters will choose a parliament next month', 'the coalition collapsed in December.']);
    expect(clauseTexts('He was found guilty in January after a trial that began on November 20, 2023.', [['January', inMonth('2025-01', '2025-01-31')], ['November 20, 2023', onDay('2023-11-20')]]))
      .toEqual(['He was found guilty in January', 'a trial that began on November 20, 2023.']);
  });

  it('a gerund that opens the complement goes with it ("showing that")', () => {
    expect(clauseTexts('Researchers published a study on Monday showing that glaciers shrank between 2000 and 2023.', [['Monday', onDay('2025-01-06')], ['2000', inYear('2000')], ['2023', inYear('2023')]]))
      .toEqual(['Researchers published a study on Monday', 'glaciers shrank between 2000 and 2023.']);
  });

  it('must not cut: an undated subordinate clause, or a date that belongs to a later participle', () => {
    expect(clauseTexts('The minister resigned on December 19 after the Greens left the coalition.', [['December 19', onDay('2024-12-19')]]))
      .toEqual(['The minister resigned on December 19 after the Greens left the coalition.']);
    expect(clauseTexts('Prices rose from March to May 2022 after the invasion disrupted exports, squeezing margins for much of that year.',
      [['March', inMonth('2022-03', '2022-03-31')], ['May 2022', inMonth('2022-05', '2022-05-31')], ['that year', inYear('2022')]]))
      .toEqual(['Prices rose from March to May 2022 after the invasion disrupted exports, squeezing margins for much of that year.']);
  });

  it('ends a relative clause where the main clause resumes with a verb, which then speaks of the main subject', () => {
    const state = runOn('splitClauses', 'The minister, who took office in May, resigned on Friday.', '2025-01-08', [['May', inMonth('2024-05', '2024-05-31')], ['Friday', onDay('2025-01-03')]]);
    expect(state.clauses.map((c) => [c.text, c.antecedent?.text])).toEqual([
      ['The minister', undefined],
      ['who took office in May', 'The minister'],
      ['resigned on Friday.', 'The minister'],
    ]);
  });

  it('an antecedent steps over a date before the comma and drops a verb after "to"', () => {
    const walkout = runOn('splitClauses', 'The union held a walkout on December 12–14, which left commuters stranded.', '2023-01-10', [['December 12', onDay('2022-12-12')], ['14', onDay('2022-12-14')]]);
    expect(walkout.clauses[1]?.antecedent?.text).toBe('a walkout');
    const inflation = runOn('splitClauses', 'The union wants 9 percent to match inflation, which peaked in October.', '2023-01-10', [['October', inMonth('2022-10', '2022-10-31')]]);
    expect(inflation.clauses[1]?.antecedent?.text).toBe('inflation');
  });
});

describe('splitClauses: coordinated and relative verbs with their own dates', () => {
  it('a coordinated verb phrase shares the subject; a relative "that" takes its noun', () => {
    const law = runOn('splitClauses', 'The law was passed in 2019 and amended in 2021.', '2024-06-20', [['2019', inYear('2019')], ['2021', inYear('2021')]]);
    expect(law.clauses.map((c) => [c.text, c.antecedent?.text])).toEqual([['The law was passed in 2019', undefined], ['amended in 2021.', 'The law was']]);
    const fire = runOn('splitClauses', 'Police arrested a man on Monday over a fire that destroyed a warehouse last Tuesday.', '2025-07-15', [['Monday', onDay('2025-07-14')], ['last Tuesday', onDay('2025-07-08')]]);
    expect(fire.clauses.map((c) => [c.text, c.antecedent?.text])).toEqual([['Police arrested a man on Monday over a fire', undefined], ['destroyed a warehouse last Tuesday.', 'a fire']]);
  });

  it('a tail that only announces or confirms is attribution: its date never dates the content', () => {
    expect(isAttributionTail("the drivers' union announced on Monday")).toBe(true);
    expect(isAttributionTail('the ministry confirmed')).toBe(true);
    expect(isAttributionTail('the union announced a strike for next week and its demands')).toBe(false);
  });
});

describe('splitClauses: appositive participles', () => {
  it('cuts ", founded in 1990," only when the main clause resumes after it', () => {
    const firm = runOn('splitClauses', 'The firm, founded in 1990, was sold on Monday.', '2024-06-20', [['1990', inYear('1990')], ['Monday', onDay('2024-06-17')]]);
    expect(firm.clauses.map((c) => [c.text, c.antecedent?.text, c.resumesMain ?? false])).toEqual([
      ['The firm', undefined, false],
      ['founded in 1990', 'The firm', true],
      ['was sold on Monday.', 'The firm', true],
    ]);
  });

  it('must not cut: a trailing participle (", killing two people") or a comma before "and"', () => {
    const storm = 'The storm hit the coast on Monday, killing two people.';
    expect(clausesOf(storm, { index: 0, start: 0, end: storm.length, text: storm }).map((c) => c.text)).toEqual([storm]);
    const text = 'The plant was closed, damaged by the flood.';
    expect(clausesOf(text, { index: 0, start: 0, end: text.length, text }).map((c) => c.text)).toEqual([text]);
  });

  it('a reporting frame before a relative clause keeps only the frame; the resumed clause takes the noun after "that"', () => {
    const text = 'Police said on Tuesday that the suspect, who fled in May, was arrested on Sunday.';
    const ms = [
      { ...mentionAt(text, 'Tuesday', '2024-06-18') }, { ...mentionAt(text, 'May', '2024-05-01') }, { ...mentionAt(text, 'Sunday', '2024-06-16') },
    ];
    const clauses = clausesOf(text, { index: 0, start: 0, end: text.length, text }, ms);
    expect(clauses.map((c) => [c.text, c.antecedent?.text])).toEqual([
      ['Police said on Tuesday', undefined],
      ['who fled in May', 'the suspect'],
      ['was arrested on Sunday.', 'the suspect'],
    ]);
  });

  it('coordinated adverbials with a date each: the second shares the subject and verb of the first', () => {
    const text = 'The talks were held in Geneva in May and in Vienna in June.';
    const ms = [mentionAt(text, 'May', '2024-05-01'), mentionAt(text, 'June', '2024-06-01')];
    const clauses = clausesOf(text, { index: 0, start: 0, end: text.length, text }, ms);
    expect(clauses.map((c) => [c.text, c.antecedent?.text, c.sharesVerb])).toEqual([
      ['The talks were held in Geneva in May', undefined, undefined],
      ['in Vienna in June.', 'The talks were held', true],
    ]);
    // must not cut: the first conjunct has no date of its own
    const one = 'She lived in Paris and in Rome in 2019.';
    expect(clausesOf(one, { index: 0, start: 0, end: one.length, text: one }, [mentionAt(one, '2019', '2019-01-01')]).map((c) => c.text)).toEqual([one]);
  });
});

function mentionAt(text: string, phrase: string, day: string): DateMention {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value: day, interval: { start: day, end: day, precision: 'day' }, trace: [], sentenceIndex: 0 };
}
