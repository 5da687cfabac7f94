import { describe, expect, it } from 'vitest';
import { wordTokens } from '../english-words.ts';
import { runUntil } from '../fixtures/seed-fixture.ts';
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
