import { describe, expect, it } from 'vitest';
import { SEED_DOC } from '../fixtures/seed-fixture.ts';
import { initialState } from '../extract-events.ts';
import { splitSentences, splitSentenceSpans } from './split-sentences.ts';

const texts = (text: string): string[] => splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits the seed into its 15 sentences with offsets that slice the text', () => {
    const { sentences } = splitSentences.run(initialState(SEED_DOC));
    expect(sentences).toHaveLength(15);
    for (const s of sentences) expect(SEED_DOC.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[0]?.text).toBe(
      'The European Union and France called on Azerbaijan to end the almost two-week-long blockade of the Lachin Corridor—the only road connecting Artsakh to Armenia.',
    );
    expect(sentences[0]?.start).toBe(0);
    // The tweet opens a quote that never closes: still two sentences.
    expect(sentences[2]?.text).toBe('“Constructive phone call with Azeri Foreign Minister Jeyhun Bayramov.');
    expect(sentences[3]?.text.startsWith('Discussed the need for freedom of movement')).toBe(true);
    expect(sentences[8]?.text).toBe('“Aliyev stated his intention to ensure free movement through the corridor,” according to the French presidential statement.');
    expect(sentences[14]?.text.endsWith('many other renowned individuals.')).toBe(true);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(texts('Mr. Borrell met Dr. Aliyev on Dec. 12 in the U.S. capital. Talks ended.')).toEqual([
      'Mr. Borrell met Dr. Aliyev on Dec. 12 in the U.S. capital.',
      'Talks ended.',
    ]);
    expect(texts('J. Borrell spoke. Growth was 2.5 percent. Done.')).toEqual(['J. Borrell spoke.', 'Growth was 2.5 percent.', 'Done.']);
  });

  it('keeps closing quotes with their sentence and ends sentences at paragraphs', () => {
    expect(texts('He said “we will go.” Then he left!\n\nA new paragraph without a period\nNext line of it.')).toEqual([
      'He said “we will go.”',
      'Then he left!',
      'A new paragraph without a period\nNext line of it.',
    ]);
  });

  it('treats a Markdown heading as its own sentence', () => {
    expect(texts('# Council minutes\nThe council met. It voted.')).toEqual(['# Council minutes', 'The council met.', 'It voted.']);
  });

  it('gives nothing for text without words', () => {
    expect(texts('  \n\n --- \n')).toEqual([]);
  });
});

describe('archive text: datelines, bylines, captions and headlines are no part of a sentence', () => {
  it('starts the first sentence after a dateline and keeps standalone lines apart from the prose', () => {
    const text = 'March 01 , 2008\nWASHINGTON (Reuters) - The Senate voted on Tuesday.\nBy JANE DOE , Associated Press Writer\nMINISTER RESIGNS\nThe minister left on Monday.';
    const sentences = splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['March 01 , 2008', 'The Senate voted on Tuesday.', 'By JANE DOE , Associated Press Writer', 'MINISTER RESIGNS', 'The minister left on Monday.']);
  });
});
