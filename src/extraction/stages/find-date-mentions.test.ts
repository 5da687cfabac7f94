import { describe, expect, it } from 'vitest';
import { SEED_DOC, fixedTagger, mention, seedMentions } from '../fixtures/seed-fixture.ts';
import { extractEvents, initialState, runStages } from '../extract-events.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { splitSentences } from './split-sentences.ts';

describe('findDateMentions', () => {
  it('asks the tagger with the publication date as reference and places mentions in sentences', () => {
    const tagger = fixedTagger(seedMentions());
    const state = runStages(SEED_DOC, [splitSentences, findDateMentions(tagger)]);
    expect(tagger.references).toEqual(['2022-12-24']);
    const byText = new Map(state.mentions.map((m) => [m.text, m]));
    expect(byText.get('December 12')?.sentenceIndex).toBe(1);
    expect(byText.get('November 9, 2020')?.sentenceIndex).toBe(6);
    expect(byText.get('Just weeks ago')?.sentenceIndex).toBe(11);
    expect(state.mentions.map((m) => m.start)).toEqual([...state.mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('drops SET mentions and mentions whose offsets do not slice their text', () => {
    const text = 'The council meets every week. It met on December 5, 2022.';
    const good = mention(text, 'December 5, 2022', { value: '2022-12-05', interval: { start: '2022-12-05', end: '2022-12-05', precision: 'day' } });
    const set = mention(text, 'every week', { type: 'SET', value: 'P1W' });
    const broken = { ...good, start: good.start + 1, end: good.end + 1 };
    const doc = { id: 'd', text, published: '2022-12-24' };
    const sentences = splitSentences.run(initialState(doc));
    const state = findDateMentions(fixedTagger([set, good, broken])).run(sentences);
    expect(state.mentions.map((m) => m.text)).toEqual(['December 5, 2022']);
    expect(state.trace.map((t) => t.message()).join('\n')).toMatch(/ignored SET "every week"[\s\S]*dropped "December 5, 2022"/);
  });

  it('leaves fragments of an undated phrase and days before a year past 9999 undated, never dated by the publication year', () => {
    const dated = (published: string, text: string) =>
      extractEvents({ id: 'd', text, published }).events.map((e) => [e.title, e.precision, e.start]);
    // Was "years ago" (some years before publication, approximate) once "3000 years ago" was left undated.
    expect(dated('2023-01-10', 'The city was founded 3000 years ago. The temple was built 12,000 years ago.')).toEqual([
      ['The city was founded 3000 years ago', 'reported', '2023-01-10'],
      ['The temple was built 12,000 years ago', 'reported', '2023-01-10'],
    ]);
    // Was January 7, 2023 (day precision): the tagger does not read 10000 as a year.
    for (const text of ['The council met on January 7, 10000.', 'The council met in January 10000.', 'The fair ran from May 3 to May 9, 10000.', 'The fair ran on May 3-9, 10000.']) {
      expect(dated('2023-01-10', text).map(([, precision]) => precision)).toEqual(['reported']);
    }
    // Years that are years, and grouped numbers, still date as before.
    expect(dated('2023-01-10', 'The council met on January 7, 2023, and 10,000 people marched on March 4.').map(([, p, start]) => [p, start])).toEqual([
      ['day', '2022-03-04'],
      ['day', '2023-01-07'],
    ]);
    expect(dated('2023-01-10', 'The fair ran from May 3 until 9 June, 2024.').map(([, p]) => p)).not.toContain('reported');
  });
});
