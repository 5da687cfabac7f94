import { describe, expect, it } from 'vitest';
import { wordTokens } from '../english-words.ts';
import { inMonth, inYear, onDay, runOn, runUntil, type MentionSpec } from '../fixtures/seed-fixture.ts';
import { MAX_TITLE_LENGTH, shortenTitle } from './make-titles.ts';

describe('makeTitles on the seed', () => {
  const state = runUntil('makeTitles');
  const titles = state.candidates.map((c) => c.title);

  it('titles say who did what, from the clause', () => {
    expect(titles).toEqual(expect.arrayContaining([
      'The European Union and France called on Azerbaijan to end the blockade…',
      'The almost two-week-long blockade of the Lachin Corridor',
      'Josep Borrell emphasized the urgency to open the corridor',
      'The corridor has been blockaded since December 12',
      'Borrell tweeted: Discussed the need for freedom of movement…',
      'President Emmnuel Macron of France conveyed similar concerns…',
      'Macron expressed deep concern over the renewed tension in South Caucasus',
      'The November 9, 2020 ceasefire agreement',
      'The French leader called on Aliyev to adhere to the ceasefire agreement…',
      'Macron and Aliyev will once again talk to each other in the coming weeks',
      'Aliyev lashed out at Macron and France',
      'The article was published in the Le Figaro newspaper',
    ]));
  });

  it('every title is short and made only of words of its own sentence', () => {
    for (const c of state.candidates) {
      expect(c.title?.length ?? 0).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      const sentence = state.sentences[c.clause.sentenceIndex]?.text ?? '';
      const words = new Set(wordTokens(sentence).map((t) => t.lower));
      for (const w of wordTokens(c.title ?? '')) expect(words.has(w.lower), `"${w.text}" of "${c.title}"`).toBe(true);
    }
  });

  it('never titles an event with the reporting boilerplate', () => {
    expect(titles.some((t) => /presidency said|according to/i.test(t ?? ''))).toBe(false);
  });
});

describe('shortenTitle', () => {
  it('keeps short titles', () => {
    expect(shortenTitle('Aliyev lashed out at Macron and France')).toBe('Aliyev lashed out at Macron and France');
  });

  it('cuts at a phrase boundary, drops a dangling function word and adds an ellipsis', () => {
    const long = 'President Macron spoke about the urgent need to ensure unimpeded access of humanitarian organizations and UN agencies';
    const short = shortenTitle(long);
    expect(short).toBe('President Macron spoke about the urgent need to ensure unimpeded access…');
    expect(short.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('cuts inside a single long word run when there is no boundary', () => {
    const short = shortenTitle('x'.repeat(100));
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});

describe('makeTitles on unseen shapes', () => {
  const titlesOf = (text: string, published: string, specs: MentionSpec[] = []) => runOn('makeTitles', text, published, specs).candidates.map((c) => c.title);

  it('thousands separators and age appositives are not phrase boundaries', () => {
    expect(titlesOf('More than 13,000 people have been killed in the conflict.', '2024-06-20')).toEqual(['More than 13,000 people have been killed in the conflict']);
    expect(titlesOf('The court heard that Peter Lindqvist, 58, had abused the trust of residents.', '2024-03-15')).toEqual(['The court heard that Peter Lindqvist had abused the trust of residents']);
  });

  it('a last "-ing" word is a noun, not a participial phrase to cut', () => {
    expect(titlesOf('Shares rose 6 percent in early trading.', '2023-11-02')).toEqual(['Shares rose 6 percent in early trading']);
    expect(titlesOf('The government has declared three days of national mourning.', '2023-09-18', [['three days', { type: 'DURATION', value: 'P3D', durationDays: 3 }]]))
      .toEqual(['The government has declared three days of national mourning']);
  });

  it('must not match: "it" never takes the subject of the clause before ("signed a ceasefire, but it collapsed")', () => {
    const titles = titlesOf('The two sides signed a ceasefire in Geneva, but it collapsed within weeks.', '2024-06-20');
    expect(titles).toContain('It collapsed within weeks');
    expect(titles.some((t) => t?.includes('sides collapsed'))).toBe(false);
  });

  it('the subject of a main clause resumed after a relative clause leads its title', () => {
    expect(titlesOf('The minister, who took office in May, resigned on Friday.', '2025-01-08', [['May', inMonth('2024-05', '2024-05-31')], ['Friday', onDay('2025-01-03')]]))
      .toEqual(['The minister took office in May', 'The minister resigned on Friday']);
  });

  it('a relative clause with its own subject keeps "which she": the antecedent is its object', () => {
    expect(titlesOf('The library, which she completed in 1979, was listed in 2005.', '2024-03-12', [['1979', inYear('1979')], ['2005', inYear('2005')]]))
      .toEqual(['The library, which she completed in 1979', 'The library was listed in 2005']);
  });

  it('a noun after a determiner and an adjective is no participial phrase ("an amber warning for wind")', () => {
    expect(titlesOf('The Met Office issued an amber warning for wind on Monday evening.', '2024-11-12', [['Monday evening', onDay('2024-11-11')]]))
      .toEqual(['The Met Office issued an amber warning for wind on Monday evening']);
  });

  it('coordinated adverbials: the second conjunct is titled with the shared subject and verb', () => {
    expect(titlesOf('The talks were held in Geneva in May and in Vienna in June.', '2024-06-20', [['May', inMonth('2024-05', '2024-05-31')], ['June', inMonth('2024-06', '2024-06-30')]]))
      .toEqual(['The talks were held in Geneva in May', 'The talks were held in Vienna in June']);
  });
});
