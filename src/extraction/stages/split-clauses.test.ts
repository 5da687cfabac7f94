import { describe, expect, it } from 'vitest';
import { SEED_DOC, runUntil } from '../fixtures/seed-fixture.ts';
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
